// The statement workflow: draft → review → approval by the playbook's roles → published, with
// the acknowledgement and cadence clocks met and missed through it.

#include <crisis/bootstrap.hpp>
#include <crisis/briefing.hpp>
#include <crisis/error.hpp>
#include <crisis/event_text.hpp>
#include <crisis/marketing.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/review_metrics.hpp>
#include <crisis/statement_service.hpp>
#include <crisis/template_kit.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

const std::string cleanEn = "We are investigating a data-security incident detected today. We have reset all "
                            "passwords and we will contact every affected customer. Next update by 18:00.";

// A desk with the shipped playbooks and a roster holding both approver roles.
struct Comms {
    TempDir dir;
    Store store{dir.file("desk.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock{t0};
    IncidentService incidents{store, clock, "Lin"};

    Comms() {
        installDefaultPlaybooks(store, t0);
        store.addMember({0, "Lin", "crisis-manager", ""});
        store.addMember({0, "Sarah", "legal", ""});
        store.addMember({0, "Emma", "comms", ""});
    }

    StatementService as(const std::string& actor) { return StatementService(store, incidents, clock, actor); }

    std::int64_t open(int severity = 1) {
        return incidents.open({"cyber-breach", "Breach", severity, t0, false});
    }

    std::int64_t draft(std::int64_t incident, const std::string& message = cleanEn,
                       const std::string& channel = "customer-email") {
        DraftRequest r;
        r.content.channel = channel;
        r.content.to = "All customers";
        r.content.from = "Customer care";
        r.content.subject = "Update on the incident";
        r.content.message = message;
        return as("Emma").draft(incident, r);
    }

    // Drafted, submitted, approved by legal and the crisis manager, published.
    std::int64_t publishClean(std::int64_t incident, bool external = true,
                              const std::string& message = cleanEn) {
        const auto id = draft(incident, message);
        as("Emma").submit(id);
        as("Sarah").approve(id, "legal", {}, "accepted");
        as("Lin").approve(id, "crisis-manager", {}, "accepted");
        PublishRequest p;
        p.audience = "All customers";
        p.link = "https://example.com/notice";
        p.external = external;
        as("Emma").publish(id, p);
        return id;
    }

    Message errorOf(const std::function<void()>& command) {
        try {
            command();
        } catch (const Error& e) {
            return e.message();
        }
        FAIL("command succeeded");
        return {};
    }

    ClockState clockState(std::int64_t incident, std::string_view clock) {
        const auto incidentNow = store.incident(incident);
        const auto st = status(incidentNow, incidents.playbookOf(incidentNow), clock_now());
        const auto it = std::find_if(st.clocks.begin(), st.clocks.end(),
                                     [&](const ClockStatus& c) { return c.id == clock; });
        REQUIRE(it != st.clocks.end());
        return it->state;
    }
    Instant clock_now() const { return clock.now(); }
};

} // namespace

TEST_CASE_METHOD(Comms, "A statement goes from draft through review and approval to published") {
    const auto incident = open();
    const auto id = draft(incident);
    auto s = as("Emma").statement(id);
    CHECK(s.state == StatementState::Draft);
    CHECK(s.incident == incident);
    CHECK(s.revisions.size() == 1);
    CHECK(s.content().to == "All customers");
    CHECK(s.content().from == "Customer care");
    CHECK(s.current().actor == "Emma");

    as("Emma").submit(id);
    CHECK(as("Emma").statement(id).state == StatementState::InReview);
    clock.advance(5min);
    as("Sarah").approve(id);
    s = as("Emma").statement(id);
    CHECK(s.state == StatementState::InReview); // the crisis manager has not approved yet
    CHECK(s.missingApprovals(as("Emma").approvers(incident)) == std::vector<std::string>{"crisis-manager"});
    as("Lin").approve(id);
    s = as("Emma").statement(id);
    CHECK(s.state == StatementState::Approved);
    REQUIRE(s.currentApprovals().size() == 2);
    CHECK(s.currentApprovals()[0].actor == "Sarah");
    CHECK(s.currentApprovals()[0].overrides.empty());

    clock.advance(5min);
    as("Emma").publish(id, {"All customers", "https://example.com/n", std::nullopt, {}});
    s = as("Emma").statement(id);
    CHECK(s.state == StatementState::Published);
    REQUIRE(s.published);
    CHECK(s.published->at == t0 + 10min);
    CHECK(s.published->external); // a customer e-mail is external by default
    CHECK(s.published->channel == "customer-email");
    CHECK(s.published->link == "https://example.com/n");

    // Every step is on the timeline with the keys the review reads.
    const auto log = store.events(incident);
    const auto published = publishedStatements(log);
    REQUIRE(published.size() == 1);
    CHECK(published[0].statement == id);
    CHECK(published[0].audience == "All customers");
    CHECK(published[0].title == "Update on the incident");
    for (const auto kind : {event_kind::statementDrafted, event_kind::statementSubmitted,
                            event_kind::statementApproved, event_kind::statementPublished})
        CHECK(std::any_of(log.begin(), log.end(), [&](const Event& e) { return e.kind == kind; }));
    CHECK_FALSE(store.verify());
}

TEST_CASE_METHOD(Comms, "Drafting from a template fills what is known and leaves the rest visible") {
    const auto incident = open();
    OrganisationProfile org;
    org.company = "Northwind";
    store.setOrganisation(org);
    StatementService service = as("Emma");
    const auto kit = service.templatesFor(incident);
    REQUIRE(std::all_of(kit.begin(), kit.end(),
                        [](const MessageTemplate& t) { return t.crisisType == "cyber-breach"; }));
    DraftRequest r;
    r.templateId = "cyber-breach.social-post.holding.en";
    r.values = {{"next_update", "18:00 UTC"}};
    const auto id = service.draft(incident, r);
    const auto s = service.statement(id);
    CHECK(s.templateId == r.templateId);
    CHECK(s.language == "en");
    CHECK(s.content().channel == "social-post");
    CHECK(s.content().message.find("Northwind") != std::string::npos);
    CHECK(s.content().message.find("{{company}}") == std::string::npos);

    // A placeholder without a value stays, and the checks name it.
    DraftRequest gaps;
    gaps.templateId = "cyber-breach.press-release.statement.en";
    const auto withGaps = service.draft(incident, gaps);
    const auto findings = service.check(withGaps, Language::En);
    CHECK(std::any_of(findings.begin(), findings.end(),
                      [](const Finding& f) { return f.code == "unresolved-placeholder"; }));

    // Chinese template: the statement is in Chinese.
    DraftRequest zh;
    zh.templateId = "cyber-breach.social-post.holding.zh";
    CHECK(service.statement(service.draft(incident, zh)).language == "zh");

    CHECK(errorOf([&] {
              DraftRequest bad;
              bad.templateId = "no.such.template";
              service.draft(incident, bad);
          }).id == "error.not_found.template");
    CHECK_THROWS_AS(service.draft(incident, DraftRequest{r.templateId, {{"colour", "red"}}, {}, "en"}),
                    ValidationError);
}

TEST_CASE_METHOD(Comms, "Bad drafts are refused and change nothing") {
    const auto incident = open();
    const auto before = store.eventCount();
    StatementService service = as("Emma");
    DraftRequest r;
    r.content.channel = "carrier-pigeon";
    r.content.message = "Hello";
    CHECK(errorOf([&] { service.draft(incident, r); }).id == "error.channel_unknown");
    r.content.channel = "sms";
    r.content.message = "   ";
    CHECK(errorOf([&] { service.draft(incident, r); }).id == "error.statement_message_blank");
    r.content.message = "Hello";
    r.language = "fr";
    CHECK(errorOf([&] { service.draft(incident, r); }).id == "template.language");
    CHECK(errorOf([&] {
              service.draft(999, DraftRequest{{}, {}, {"sms", "", "", "", "Hi", ""}, "en"});
          }).id == "error.not_found.incident");
    // A template of another kind of crisis: a financial holding statement for a breach.
    DraftRequest other;
    other.templateId = "financial.social-post.holding.en";
    const auto wrongType = errorOf([&] { service.draft(incident, other); });
    CHECK(wrongType.id == "error.template_crisis_type");
    CHECK(wrongType.args ==
          std::vector<std::string>{"financial.social-post.holding.en", "financial", "cyber-breach"});
    CHECK(store.eventCount() == before);
    CHECK(errorOf([&] { service.statement(1); }).id == "error.not_found.statement"); // seq 1 is the opening
}

TEST_CASE_METHOD(Comms, "A revision makes every approval lapse and needs approval again") {
    const auto incident = open();
    const auto id = draft(incident);
    as("Emma").submit(id);
    as("Sarah").approve(id);
    as("Lin").approve(id);
    REQUIRE(as("Emma").statement(id).state == StatementState::Approved);

    auto content = as("Emma").statement(id).content();
    content.message += " Call us on 800-123.";
    as("Emma").revise(id, content);
    auto s = as("Emma").statement(id);
    CHECK(s.state == StatementState::Draft);
    CHECK(s.revisions.size() == 2);
    CHECK(s.current().number == 2);
    CHECK(s.currentApprovals().empty());
    CHECK(s.approvals.size() == 2); // the lapsed ones stay in the record
    CHECK(errorOf([&] { as("Emma").publish(id, {"All", "", {}, {}}); }).id == "error.statement_not_approved");

    // Approving what was read before the edit is refused.
    as("Emma").submit(id);
    CHECK(errorOf([&] { as("Sarah").approve(id, "legal", 1); }).id == "error.revision_changed");
    as("Sarah").approve(id, "legal", 2);
    as("Lin").approve(id, "crisis-manager", 2);
    CHECK(as("Emma").statement(id).state == StatementState::Approved);

    CHECK(errorOf([&] { as("Emma").revise(id, as("Emma").statement(id).content()); }).id ==
          "error.statement_unchanged");
    as("Emma").publish(id, {"All", "", {}, {}});
    CHECK(errorOf([&] { as("Emma").revise(id, content); }).id == "error.statement_published");
    CHECK(errorOf([&] { as("Emma").publish(id, {"All", "", {}, {}}); }).id == "error.statement_published");
}

TEST_CASE_METHOD(Comms, "Publishing needs every approver role of the playbook") {
    const auto incident = open();
    const auto id = draft(incident);
    CHECK(errorOf([&] { as("Emma").publish(id, {"All", "", {}, {}}); }).id == "error.statement_not_approved");
    as("Emma").submit(id);
    as("Sarah").approve(id);
    const auto missing = errorOf([&] { as("Emma").publish(id, {"All", "", {}, {}}); });
    CHECK(missing.id == "error.statement_not_approved");
    CHECK(missing.args.at(1) == "crisis-manager");
    as("Lin").approve(id);
    CHECK(errorOf([&] { as("Emma").publish(id, {" ", "", {}, {}}); }).id == "error.audience_blank");
    as("Emma").publish(id, {"All", "", {}, {}});
    CHECK(as("Emma").statement(id).state == StatementState::Published);
}

TEST_CASE_METHOD(Comms, "Only a roster member holding an approver role approves for it") {
    const auto incident = open();
    const auto id = draft(incident);
    CHECK(errorOf([&] { as("Sarah").approve(id); }).id == "error.statement_not_in_review");
    as("Emma").submit(id);
    CHECK(errorOf([&] { as("Emma").submit(id); }).id == "error.statement_not_draft");
    // Emma (comms) holds no approver role; comms is not an approver; Sarah is not the crisis manager.
    CHECK(errorOf([&] { as("Emma").approve(id); }).id == "error.approver_no_role");
    CHECK(errorOf([&] { as("Emma").approve(id, "comms"); }).id == "error.approver_role");
    CHECK(errorOf([&] { as("Sarah").approve(id, "crisis-manager"); }).id == "error.approver_not_holder");
    CHECK(errorOf([&] { as("Nobody").approve(id, "legal"); }).id == "error.approver_not_holder");
    as("Sarah").approve(id, "legal");
    CHECK(errorOf([&] { as("Sarah").approve(id, "legal"); }).id == "error.approval_duplicate");
    CHECK(as("Sarah").rolesToApprove(id).empty());
    CHECK(as("Lin").rolesToApprove(id) == std::vector<std::string>{"crisis-manager"});
}

TEST_CASE_METHOD(Comms, "Findings must be overridden with a reason and the override is logged") {
    const auto incident = open();
    const std::string risky = "We guarantee this will never happen again. " + cleanEn;
    const auto id = draft(incident, risky);
    as("Emma").submit(id);
    const auto before = store.eventCount();
    const auto refused = errorOf([&] { as("Sarah").approve(id, "legal"); });
    CHECK(refused.id == "error.override_reason");
    CHECK(refused.args.at(0) == "2"); // guarantee, will never
    CHECK(errorOf([&] { as("Sarah").approve(id, "legal", {}, "  "); }).id == "error.override_reason");
    CHECK(store.eventCount() == before);

    as("Sarah").approve(id, "legal", {}, "Board insists on the wording");
    const auto s = as("Emma").statement(id);
    const auto approvals = s.currentApprovals();
    REQUIRE(approvals.size() == 1);
    const auto& approval = approvals.front();
    CHECK(approval.reason == "Board insists on the wording");
    REQUIRE(approval.overrides.size() == 2);
    CHECK(approval.overrides[0].code == "promise");
    CHECK(approval.overrides[0].protects == FiveC::Credibility);
    CHECK(approval.overrides[0].span == "guarantee");
    CHECK(render(approval.overrides[0].message, Language::Zh) == "“guarantee”是一个可能无法兑现的承诺。");
    const auto log = store.events(incident);
    const auto& event = *std::find_if(log.rbegin(), log.rend(),
                                      [](const Event& e) { return e.kind == event_kind::statementApproved; });
    CHECK(event.payload["reason"] == "Board insists on the wording");
    CHECK(event.payload["overrides"].size() == 2);
    CHECK(event.payload["overrides"][1]["span"] == "will never");

    // A clean statement needs no reason, and none is logged.
    const auto clean = draft(incident);
    as("Emma").submit(clean);
    as("Sarah").approve(clean);
    CHECK(as("Emma").statement(clean).currentApprovals().front().reason.empty());
}

TEST_CASE_METHOD(Comms, "Without approvers the checks gate publication and the override is logged in it") {
    auto playbook = store.playbook("cyber-breach")->playbook;
    playbook.approvers.clear();
    store.savePlaybook(playbook, t0);
    const auto incident = open();
    REQUIRE(as("Emma").approvers(incident).empty());

    const auto id = draft(incident, "We guarantee this will never happen again. " + cleanEn);
    as("Emma").submit(id);
    CHECK(as("Emma").statement(id).state == StatementState::Approved); // no approval step
    const auto before = store.eventCount();
    PublishRequest request;
    request.audience = "All customers";
    const auto refused = errorOf([&] { as("Emma").publish(id, request); });
    CHECK(refused.id == "error.publish_override_reason");
    CHECK(refused.args.at(0) == "2"); // guarantee, will never
    request.reason = "  ";
    CHECK(errorOf([&] { as("Emma").publish(id, request); }).id == "error.publish_override_reason");
    CHECK(store.eventCount() == before);
    CHECK_FALSE(as("Emma").statement(id).published);
    CHECK(clockState(incident, "first-acknowledgement") != ClockState::Met);

    request.reason = "Legal cleared the wording";
    as("Emma").publish(id, request);
    const auto s = as("Emma").statement(id);
    REQUIRE(s.published);
    CHECK(s.published->reason == "Legal cleared the wording");
    REQUIRE(s.published->overrides.size() == 2);
    CHECK(s.published->overrides[0].code == "promise");
    CHECK(s.published->overrides[1].span == "will never");
    const auto log = store.events(incident);
    const auto& event = *std::find_if(
        log.rbegin(), log.rend(), [](const Event& e) { return e.kind == event_kind::statementPublished; });
    CHECK(event.payload["reason"] == "Legal cleared the wording");
    CHECK(event.payload["overrides"].size() == 2);
    CHECK(describeEvent(event, store.incident(incident), playbook, Language::En)
              .find("2 finding(s) overridden: Legal cleared the wording") != std::string::npos);

    // A clean statement publishes without a reason, and none is logged.
    const auto clean = draft(incident);
    as("Emma").submit(clean);
    as("Emma").publish(clean, {"All customers", "", {}, {}});
    CHECK(as("Emma").statement(clean).published->overrides.empty());
    CHECK(as("Emma").statement(clean).published->reason.empty());
}

TEST_CASE_METHOD(Comms, "Checks run against the incident facts and earlier published statements") {
    const auto incident = open();
    StatementService service = as("Emma");
    const StatementContent apology{"customer-email", "", "", "", "We apologize. " + cleanEn, ""};
    const auto codes = [&](const StatementContent& c) {
        std::vector<std::string> out;
        for (const auto& f : service.check(incident, c, Language::En))
            out.push_back(f.code);
        return out;
    };
    CHECK(codes(apology) == std::vector<std::string>{"apology-unverified"});
    service.recordFacts(incident, {true, std::nullopt});
    CHECK(codes(apology).empty());
    CHECK(store.incident(incident).causeVerified);

    const StatementContent figures{
        "customer-email", "", "", "", "About 3,000 customers are affected. " + cleanEn, ""};
    CHECK(codes(figures).empty());
    service.recordFacts(incident, {std::nullopt, 12000});
    CHECK(codes(figures) == std::vector<std::string>{"figure-contradicts-record"});
    CHECK(store.incident(incident).causeVerified); // unset fields stay

    CHECK(errorOf([&] { service.recordFacts(incident, {}); }).id == "error.facts_empty");
    CHECK(errorOf([&] {
              service.recordFacts(incident, {std::nullopt, -1});
          }).id == "error.customers_negative");

    // A figure changed since a published statement, without saying so.
    service.recordFacts(incident, {std::nullopt, 15000});
    publishClean(incident, true, "About 12,000 customers may be affected. " + cleanEn);
    const StatementContent changed{
        "customer-email", "", "", "", "About 15,000 customers are affected. " + cleanEn, ""};
    CHECK(codes(changed) == std::vector<std::string>{"figure-changed"});
    const StatementContent explained{
        "customer-email", "", "", "", "Our revised estimate: about 15,000 customers. " + cleanEn, ""};
    CHECK(codes(explained).empty());
}

TEST_CASE_METHOD(Comms, "A figure in the subject of an earlier statement counts for consistency") {
    const auto incident = open();
    DraftRequest r;
    r.content = {"customer-email", "All customers", "Care", "300 customers affected", cleanEn, ""};
    const auto earlier = as("Emma").draft(incident, r);
    as("Emma").submit(earlier);
    as("Sarah").approve(earlier, "legal", {}, "accepted");
    as("Lin").approve(earlier, "crisis-manager", {}, "accepted");
    as("Emma").publish(earlier, {"All customers", "", {}, {}});

    const auto codes = [&](const StatementContent& content) {
        std::vector<std::string> out;
        for (const auto& f : as("Emma").check(incident, content, Language::En))
            out.push_back(f.code);
        return out;
    };
    const StatementContent changed{
        "customer-email", "", "", "", "About 500 customers are affected. " + cleanEn, ""};
    CHECK(codes(changed) == std::vector<std::string>{"figure-changed"});
    const auto finding = as("Emma").check(incident, changed, Language::En).front();
    CHECK(finding.message.args.at(1) == "300 customers");
    const StatementContent headline{"customer-email", "", "", "About 500 customers affected", cleanEn, ""};
    CHECK(codes(headline) == std::vector<std::string>{"figure-changed"});
    const StatementContent same{"customer-email", "", "", "", "300 customers are affected. " + cleanEn, ""};
    CHECK(codes(same).empty());
}

TEST_CASE_METHOD(Comms, "The first external statement meets the acknowledgement clock") {
    SECTION("met within the hour") {
        const auto incident = open();
        CHECK(clockState(incident, "first-acknowledgement") == ClockState::Pending);
        clock.advance(40min);
        publishClean(incident);
        CHECK(clockState(incident, "first-acknowledgement") == ClockState::Met);
        CHECK(store.incident(incident).checked.contains("holding-statement"));
    }
    SECTION("an internal statement does not count") {
        const auto incident = open();
        clock.advance(35min);
        publishClean(incident, false);
        CHECK(clockState(incident, "first-acknowledgement") == ClockState::Warning);
        CHECK_FALSE(store.incident(incident).checked.contains("holding-statement"));
        clock.advance(26min);
        CHECK(clockState(incident, "first-acknowledgement") == ClockState::Overdue);
    }
    SECTION("missed, then met late") {
        const auto incident = open();
        clock.advance(61min);
        CHECK(clockState(incident, "first-acknowledgement") == ClockState::Overdue);
        publishClean(incident);
        CHECK(clockState(incident, "first-acknowledgement") == ClockState::MetLate);
    }
}

TEST_CASE_METHOD(Comms, "In respond each external statement restarts the update cadence of the severity") {
    const auto incident = open(1); // severity 1: every 4 h
    incidents.forceAdvance(incident, "drill");
    incidents.forceAdvance(incident, "drill");
    REQUIRE(store.incident(incident).phase == Phase::Respond);
    const auto respondAt = clock.now();
    CHECK(clockState(incident, "update-cadence") == ClockState::Pending);

    SECTION("kept") {
        clock.advance(3h + 50min);
        publishClean(incident);
        CHECK(clockState(incident, "update-cadence") == ClockState::Pending);
        const auto inc = store.incident(incident);
        CHECK(inc.startEvents.at(std::string(respondUpdateEvent)) == respondAt + 3h + 50min);
        clock.advance(3h);
        CHECK(clockState(incident, "update-cadence") == ClockState::Warning);
        publishClean(incident);
        CHECK(clockState(incident, "update-cadence") == ClockState::Pending);
    }
    SECTION("missed") {
        clock.advance(4h + 1min);
        CHECK(clockState(incident, "update-cadence") == ClockState::Overdue);
        // An internal statement is no public update.
        publishClean(incident, false);
        CHECK(clockState(incident, "update-cadence") == ClockState::Overdue);
        publishClean(incident, true);
        CHECK(clockState(incident, "update-cadence") == ClockState::Pending);
    }
    SECTION("severity 3 asks every 12 h") {
        const auto calm = open(3);
        incidents.forceAdvance(calm, "drill");
        incidents.forceAdvance(calm, "drill");
        clock.advance(11h);
        CHECK(clockState(calm, "update-cadence") == ClockState::Warning);
        clock.advance(2h);
        CHECK(clockState(calm, "update-cadence") == ClockState::Overdue);
    }
}

TEST_CASE_METHOD(Comms,
                 "A press release ticks its respond item and statements survive a projection rebuild") {
    const auto incident = open();
    const auto id = draft(incident, cleanEn, "press-release");
    as("Emma").submit(id);
    as("Sarah").approve(id);
    as("Lin").approve(id);
    as("Emma").publish(id, {"Media", "https://example.com/press", {}, {}});
    const auto inc = store.incident(incident);
    CHECK(inc.checked.contains("press-release"));
    CHECK(inc.checked.contains("holding-statement"));
    const auto listed = as("Emma").list(incident);
    store.rebuildProjections();
    CHECK(store.incident(incident) == inc);
    CHECK(as("Emma").list(incident).size() == listed.size());
    CHECK_FALSE(store.verify());
}

TEST_CASE_METHOD(Comms, "Statements of a closed incident no longer change") {
    const auto incident = open();
    const auto id = draft(incident);
    incidents.close(incident, "false alarm");
    CHECK(errorOf([&] { as("Emma").submit(id); }).id == "error.incident_closed");
    CHECK(errorOf([&] { draft(incident); }).id == "error.incident_closed");
}

TEST_CASE("Statements fold from the log alone") {
    const auto event = [](std::int64_t seq, std::string kind, nlohmann::json payload) {
        Event e;
        e.seq = seq;
        e.incident = 7;
        e.at = at("2026-03-02T08:00:00Z") + std::chrono::minutes(seq);
        e.actor = "x";
        e.kind = std::move(kind);
        e.payload = std::move(payload);
        return e;
    };
    const nlohmann::json body{{"channel", "sms"}, {"message", "Hi"}};
    auto revised = body;
    revised["statement"] = 3;
    revised["revision"] = 2;
    const std::vector<Event> log{
        event(3, "statement.drafted", body),
        event(4, "statement.submitted", {{"statement", 3}, {"revision", 1}}),
        event(5, "statement.approved", {{"statement", 3}, {"revision", 1}, {"role", "legal"}}),
        event(6, "statement.revised", revised),
        event(7, "statement.submitted", {{"statement", 3}, {"revision", 2}}),
        event(8, "statement.approved", {{"statement", 3}, {"revision", 2}, {"role", "legal"}}),
    };
    const auto folded = foldStatements(log, {"legal"});
    REQUIRE(folded.size() == 1);
    CHECK(folded[0].id == 3);
    CHECK(folded[0].state == StatementState::Approved);
    CHECK(folded[0].approvals.size() == 2);
    CHECK(folded[0].currentApprovals().size() == 1);
    CHECK(foldStatements({log.begin(), log.begin() + 4}, {"legal"})[0].state == StatementState::Draft);
    CHECK(foldStatements({log.begin(), log.begin() + 2}, {})[0].state ==
          StatementState::Approved); // no approvers

    CHECK_THROWS_AS(foldStatements({event(9, "statement.submitted", {{"statement", 42}})}, {}), Error);
    // Recorded without the workflow (a drill script): a published statement of its own.
    const auto recorded = foldStatements({event(10, "statement.published",
                                                {{"statement", 0},
                                                 {"channel", "social-post"},
                                                 {"audience", "Followers"},
                                                 {"external", true},
                                                 {"title", "We are investigating"}})},
                                         {"legal"});
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].id == 10);
    CHECK(recorded[0].state == StatementState::Published);
    CHECK(recorded[0].content().subject == "We are investigating");
    REQUIRE(recorded[0].published);
    CHECK(recorded[0].published->audience == "Followers");
    CHECK(statementStateFromName("in-review") == StatementState::InReview);
    CHECK_FALSE(statementStateFromName("lost"));
}

TEST_CASE("The demo shows statements in every state and paused marketing") {
    TempDir dir;
    Store store(dir.file("demo.db"));
    const Instant now = at("2026-03-02T10:00:00Z");
    REQUIRE(seedDemoData(store, now));
    ManualClock clock(now);
    IncidentService incidents(store, clock, "x");
    const auto breach = store.incidents().back().id; // newest first: the drill, then the breach
    REQUIRE(store.incident(breach).playbookId == "cyber-breach");
    StatementService statements(store, incidents, clock, "x");
    const auto all = statements.list(breach);
    REQUIRE(all.size() == 3);
    CHECK(all[0].state == StatementState::Published);
    CHECK(all[1].state == StatementState::InReview);
    CHECK(all[1].language == "zh");
    CHECK(all[2].state == StatementState::Draft);
    CHECK_FALSE(statements.check(all[2].id, Language::En).empty()); // the apology draft
    CHECK(statements.check(all[0].id, Language::En).empty());       // the shipped holding statement
    const auto inc = store.incident(breach);
    CHECK(inc.clockMarks.contains(std::string(firstAcknowledgementClock)));
    CHECK(inc.checked.contains("marketing-paused"));
    CHECK(inc.checked.contains("holding-statement"));
    MarketingService marketing(store, incidents, clock, "x");
    CHECK(marketing.items().size() == 5);
    CHECK(marketing.pausedBy(breach).size() == 3);
    BriefingService briefings(store, incidents, clock, "x");
    REQUIRE(briefings.list(breach).size() == 1);
    CHECK(briefings.list(breach)[0].acknowledged() == 4);
    CHECK(briefings.list(breach)[0].recipients.size() == store.members().size());
    for (const auto& e : store.events(breach))
        CHECK(e.at <= now);

    // The closed recall published its statements through the workflow: the review counts them.
    const auto closed = store.incidents(true);
    const auto recall = std::find_if(closed.begin(), closed.end(),
                                     [](const Incident& i) { return i.phase == Phase::Closed; });
    REQUIRE(recall != closed.end());
    const auto recallStatements = statements.list(recall->id);
    REQUIRE(recallStatements.size() == 4);
    for (const auto& s : recallStatements) {
        CHECK(s.state == StatementState::Published);
        CHECK(s.currentApprovals().size() == 2);
    }
    const auto recallIncident = store.incident(recall->id);
    CHECK(recallIncident.clockMarks.at(std::string(firstAcknowledgementClock)) ==
          recallIncident.detectedAt + std::chrono::minutes{28});
    CHECK(recallIncident.checked.contains("press-release"));
    // Every demo log is in time order (replay stops at the first event after its instant).
    for (const auto& incident : store.incidents(true)) {
        const auto log = store.events(incident.id);
        for (std::size_t i = 1; i < log.size(); ++i) {
            INFO(incident.title << " seq " << log[i].seq);
            CHECK(log[i - 1].at <= log[i].at);
        }
    }
    CHECK_FALSE(store.verify());
}

TEST_CASE_METHOD(Comms, "Dates are read in the organisation's time zone and the kit in effect is used") {
    // Detected (and opened) 20:00 UTC on 1 March: already 2 March in Shanghai.
    clock.set(t0 - 12h);
    const auto incident = incidents.open({"cyber-breach", "Breach", 1, std::nullopt, false});
    const StatementContent dated{
        "customer-email", "", "", "", "We detected the incident on March 2. " + cleanEn, ""};
    const auto has = [&](const std::string& code) {
        const auto found = as("Emma").check(incident, dated, Language::En);
        return std::any_of(found.begin(), found.end(), [&](const Finding& f) { return f.code == code; });
    };
    CHECK(has("date-contradicts-record")); // no zone set: UTC, 1 March
    OrganisationProfile org;
    org.timeZone = "Asia/Shanghai";
    store.setOrganisation(org);
    CHECK_FALSE(has("date-contradicts-record"));

    // An imported template is draftable like a shipped one.
    importTemplateKits(store,
                       {{"kit.json", R"({"format": "crisisdesk.templates/1", "crisis_type": "cyber-breach",
                         "templates": [{"id": "cyber-breach.sms.ours.en", "channel": "sms", "language": "en",
                                        "title": "Ours", "body": "We are investigating. Next update by {{next_update}}."}]})"}},
                       t0);
    DraftRequest r;
    r.templateId = "cyber-breach.sms.ours.en";
    r.values = {{"next_update", "18:00"}};
    const auto id = as("Emma").draft(incident, r);
    CHECK(as("Emma").statement(id).content().message == "We are investigating. Next update by 18:00.");
}
