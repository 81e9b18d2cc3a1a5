// crisisctl communication commands, black box: statements through their workflow, incident
// facts, the marketing register, the internal briefing and the reports.

#include "cli_harness.hpp"

#include <cstdlib>
#include <fstream>

using crisis::test::Cli;

namespace {

constexpr const char* T0 = "2026-03-01T08:00:00Z";
const std::string clean =
    "We are investigating a data-security incident detected today. We will contact every "
    "affected customer. Next update by 18:00.";

// A database with the approvers on the roster and incident 1 opened at T0.
void setUp(const Cli& cli) {
    cli.ok({"init"});
    cli.ok({"team", "add", "Lin", "--role", "crisis-manager"});
    cli.ok({"team", "add", "Sarah", "--role", "legal", "--contact", "sarah@example.com"});
    cli.ok({"team", "add", "Emma", "--role", "comms"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
}

std::string draftClean(const Cli& cli, const std::string& at = "2026-03-01T08:10:00Z") {
    auto out = cli.ok({"--at", at, "--actor", "Emma", "statement", "draft", "1", "--channel",
                       "customer-email", "--subject", "Update", "--to", "All customers", "--from",
                       "Customer care", "--message", clean})
                   .out;
    out.pop_back(); // the id alone, then a newline
    return out;
}

nlohmann::json clockOf(const nlohmann::json& status, const std::string& id) {
    for (const auto& c : status["clocks"])
        if (c["name"] == id)
            return c;
    FAIL("no clock " << id);
    return {};
}

} // namespace

TEST_CASE("crisisctl: a statement from draft to published meets the acknowledgement clock") {
    Cli cli;
    setUp(cli);
    const auto id = draftClean(cli);
    auto shown = cli.ok({"--json", "statement", "show", id}).json();
    CHECK(shown["state"] == "draft");
    CHECK(shown["revision"] == 1);
    CHECK(shown["to"] == "All customers");
    CHECK(shown["from"] == "Customer care");
    CHECK(shown["subject"] == "Update");
    CHECK(shown["message"] == clean);
    CHECK(shown["channel"] == "customer-email");
    CHECK(shown["time"] == "2026-03-01T08:10:00Z");
    CHECK(shown["missing_approvals"] == nlohmann::json::array({"legal", "crisis-manager"}));
    CHECK(shown["approved_by"].empty());
    CHECK(shown["published"].is_null());
    CHECK(shown["revisions"].size() == 1);

    const auto check = cli.ok({"--json", "statement", "check", id}).json();
    CHECK(check["statement"] == std::stoll(id));
    CHECK(check["findings"].empty());
    CHECK(cli.ok({"statement", "check", id}).out.find("No findings") != std::string::npos);

    CHECK(cli.run({"--actor", "Sarah", "statement", "approve", id}).exit == 1); // not submitted
    cli.ok({"--at", "2026-03-01T08:12:00Z", "statement", "submit", id});
    const auto approved = cli.ok({"--json", "--at", "2026-03-01T08:15:00Z", "--actor", "Sarah", "statement",
                                  "approve", id, "--revision", "1"})
                              .json();
    CHECK(approved["state"] == "in-review");
    CHECK(approved["approved_by"][0]["role"] == "legal");
    CHECK(approved["approved_by"][0]["actor"] == "Sarah");
    const auto notApproved = cli.run({"statement", "publish", id, "--audience", "Customers"});
    CHECK(notApproved.exit == 1);
    CHECK(notApproved.err.find("approval missing from crisis-manager") != std::string::npos);
    cli.ok({"--at", "2026-03-01T08:16:00Z", "--actor", "Lin", "statement", "approve", id});

    auto status = cli.ok({"--json", "--at", "2026-03-01T08:20:00Z", "incident", "status", "1"}).json();
    CHECK(clockOf(status, "first-acknowledgement")["state"] == "pending");
    const auto published =
        cli.ok({"--json", "--at", "2026-03-01T08:20:00Z", "--actor", "Emma", "statement", "publish", id,
                "--audience", "Customers in the EU", "--link", "https://example.com/notice"})
            .json();
    CHECK(published["state"] == "published");
    CHECK(published["published"]["at"] == "2026-03-01T08:20:00Z");
    CHECK(published["published"]["audience"] == "Customers in the EU");
    CHECK(published["published"]["link"] == "https://example.com/notice");
    CHECK(published["published"]["external"] == true);
    CHECK(published["published"]["channel"] == "customer-email");
    status = cli.ok({"--json", "--at", "2026-03-01T08:21:00Z", "incident", "status", "1"}).json();
    CHECK(clockOf(status, "first-acknowledgement")["state"] == "met");
    CHECK(clockOf(status, "first-acknowledgement")["met_at"] == "2026-03-01T08:20:00Z");

    const auto list = cli.ok({"--json", "statement", "list", "1"}).json();
    REQUIRE(list.size() == 1);
    CHECK(list[0]["id"] == std::stoll(id));
    CHECK(cli.ok({"--json", "statement", "list", "1", "--state", "draft"}).json().empty());
    CHECK(cli.ok({"statement", "list", "1"}).out.find("published") != std::string::npos);
    // In the log with the keys the review reads.
    const auto log = cli.ok({"--json", "log", "1"}).json();
    const auto& event = log[log.size() - 2]; // the publication, then the holding-statement tick
    CHECK(event["kind"] == "statement.published");
    for (const auto* key : {"statement", "channel", "audience", "external", "link", "title"})
        CHECK(event["payload"].contains(key));
    CHECK(log.back()["payload"]["item"] == "holding-statement");
    cli.ok({"verify"});
}

TEST_CASE("crisisctl: the acknowledgement clock is missed without a public statement") {
    Cli cli;
    setUp(cli);
    const auto id = draftClean(cli);
    cli.ok({"statement", "submit", id});
    cli.ok({"--actor", "Sarah", "statement", "approve", id});
    cli.ok({"--actor", "Lin", "statement", "approve", id});
    cli.ok({"--at", "2026-03-01T08:30:00Z", "statement", "publish", id, "--audience", "Staff", "--internal"});
    auto status = cli.ok({"--json", "--at", "2026-03-01T09:01:00Z", "incident", "status", "1"}).json();
    CHECK(clockOf(status, "first-acknowledgement")["state"] == "overdue");
    const auto late = draftClean(cli, "2026-03-01T09:05:00Z");
    cli.ok({"statement", "submit", late});
    cli.ok({"--actor", "Sarah", "statement", "approve", late});
    cli.ok({"--actor", "Lin", "statement", "approve", late});
    cli.ok({"--at", "2026-03-01T09:10:00Z", "statement", "publish", late, "--audience", "Customers"});
    status = cli.ok({"--json", "--at", "2026-03-01T09:11:00Z", "incident", "status", "1"}).json();
    CHECK(clockOf(status, "first-acknowledgement")["state"] == "met-late");
}

TEST_CASE("crisisctl: revise makes approvals lapse and findings need a logged reason") {
    Cli cli;
    setUp(cli);
    const auto id = cli.ok({"--json", "statement", "draft", "1", "--channel", "social-post", "--message",
                            "We guarantee it will never happen again. " + clean})
                        .json()["id"]
                        .get<long long>();
    const auto sid = std::to_string(id);
    const auto found = cli.ok({"--json", "statement", "check", sid}).json()["findings"];
    REQUIRE(found.size() == 2);
    CHECK(found[0]["code"] == "promise");
    CHECK(found[0]["protects"] == "credibility");
    CHECK(found[0]["span"] == "guarantee");
    CHECK(found[0]["field"] == "body");
    CHECK(cli.ok({"--lang", "zh", "--json", "statement", "check", sid})
              .json()["findings"][0]["protects_name"] == "可信");
    CHECK(cli.ok({"statement", "check", sid}).out.find("[Credibility] promise") != std::string::npos);

    cli.ok({"statement", "submit", sid});
    const auto refused = cli.run({"--actor", "Sarah", "statement", "approve", sid});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("needs a reason") != std::string::npos);
    const auto approved =
        cli.ok({"--json", "--actor", "Sarah", "statement", "approve", sid, "--reason", "Legal accepts"})
            .json();
    CHECK(approved["approved_by"][0]["reason"] == "Legal accepts");
    CHECK(approved["approved_by"][0]["overrides"].size() == 2);
    CHECK(cli.run({"--actor", "Emma", "statement", "approve", sid, "--role", "legal"}).exit == 1); // not hers
    cli.ok({"--actor", "Lin", "statement", "approve", sid, "--reason", "Agreed"});

    // An edit after approval needs approval again; the old revision cannot be approved.
    const auto revised = cli.ok({"--json", "statement", "revise", sid, "--message", clean}).json();
    CHECK(revised["revision"] == 2);
    auto shown = cli.ok({"--json", "statement", "show", sid}).json();
    CHECK(shown["state"] == "draft");
    CHECK(shown["approved_by"].empty());
    CHECK(shown["approvals"].size() == 2); // lapsed, kept
    CHECK(shown["revisions"].size() == 2);
    CHECK(shown["revisions"][0]["message"] != shown["revisions"][1]["message"]);
    CHECK(cli.run({"statement", "publish", sid, "--audience", "All"}).exit == 1);
    cli.ok({"statement", "submit", sid});
    const auto stale = cli.run({"--actor", "Sarah", "statement", "approve", sid, "--revision", "1"});
    CHECK(stale.exit == 1);
    CHECK(stale.err.find("has changed since revision 1") != std::string::npos);
    CHECK(cli.run({"statement", "revise", sid, "--message", clean}).exit == 1); // nothing changed
}

TEST_CASE("crisisctl: without approvers publish needs a reason for the findings") {
    Cli cli;
    setUp(cli);
    auto playbook = cli.ok({"playbook", "export", "cyber-breach"}).json();
    playbook["approvers"] = nlohmann::json::array();
    std::ofstream(cli.file("open.json")) << playbook.dump();
    cli.ok({"playbook", "import", cli.file("open.json").string()});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Outage"});
    auto id = cli.ok({"--at", "2026-03-01T08:10:00Z", "statement", "draft", "2", "--channel",
                      "customer-email", "--message", "We guarantee a fix. " + clean})
                  .out;
    id.pop_back();
    CHECK(cli.ok({"--json", "statement", "submit", id}).json()["state"] == "approved");
    const auto refused = cli.run({"statement", "publish", id, "--audience", "Customers"});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("reason") != std::string::npos);
    CHECK(cli.ok({"--json", "statement", "show", id}).json()["published"].is_null());
    const auto published = cli.ok({"--json", "statement", "publish", id, "--audience", "Customers",
                                   "--reason", "Engineering confirmed the fix"})
                               .json()["published"];
    CHECK(published["reason"] == "Engineering confirmed the fix");
    REQUIRE(published["overrides"].size() == 1);
    CHECK(published["overrides"][0]["code"] == "promise");
    CHECK(cli.ok({"statement", "show", id}).out.find("Overridden: promise") != std::string::npos);
}

TEST_CASE("crisisctl: drafting from a template and bad statement input") {
    Cli cli;
    setUp(cli);
    cli.ok({"org", "set", "--company", "Northwind"});
    const auto id = cli.ok({"--json", "statement", "draft", "1", "--template",
                            "cyber-breach.social-post.holding.zh", "--set", "next_update=今天18:00"})
                        .json()["id"]
                        .get<long long>();
    const auto shown = cli.ok({"--json", "statement", "show", std::to_string(id)}).json();
    CHECK(shown["language"] == "zh");
    CHECK(shown["template"] == "cyber-breach.social-post.holding.zh");
    CHECK(shown["channel"] == "social-post");
    CHECK(shown["message"].get<std::string>().find("Northwind") != std::string::npos);

    CHECK(cli.run({"statement", "draft", "1", "--channel", "fax", "--message", "x"}).exit == 2);
    CHECK(cli.run({"statement", "draft", "1", "--channel", "sms", "--message", " "}).exit == 1);
    CHECK(cli.run({"statement", "draft", "1", "--template", "nope"}).exit == 1);
    CHECK(cli.run({"statement", "draft", "1", "--template", "cyber-breach.social-post.holding.en", "--set",
                   "colour=red"})
              .exit == 1);
    CHECK(cli.run({"statement", "show", "999"}).exit == 1);
    const auto before = cli.ok({"--json", "log", "1"}).json().size();
    CHECK(cli.run({"statement", "publish", std::to_string(id), "--audience", "x"}).exit == 1);
    CHECK(cli.ok({"--json", "log", "1"}).json().size() == before);

    // A text that is not stored can be checked too.
    const auto loose = cli.ok({"--json", "statement", "check", "--incident", "1", "--channel", "sms",
                               "--message", "我们深表歉意。"})
                           .json();
    CHECK(loose["statement"].is_null());
    CHECK(loose["findings"][0]["code"] == "apology-unverified");
}

TEST_CASE("crisisctl: statement check refuses options it would ignore") {
    Cli cli;
    setUp(cli);
    const auto id = draftClean(cli);
    const auto withText = cli.run({"statement", "check", id, "--message", "We guarantee it."});
    CHECK(withText.exit == 2);
    CHECK(withText.err.find("--message") != std::string::npos);
    CHECK(cli.run({"statement", "check", id, "--incident", "1"}).exit == 2);
    CHECK(cli.run({"statement", "check", id, "--channel", "sms"}).exit == 2);
    const auto noText = cli.run({"statement", "check", "--incident", "1"});
    CHECK(noText.exit == 2);
    CHECK(noText.err.find("--message") != std::string::npos);
    CHECK(cli.run({"statement", "check"}).exit == 2);
    CHECK(cli.ok({"--json", "statement", "check", id}).json()["findings"].empty());
}

TEST_CASE("crisisctl: a template of another crisis type is refused") {
    Cli cli;
    setUp(cli);
    const auto before = cli.ok({"--json", "log", "1"}).json().size();
    const auto refused =
        cli.run({"statement", "draft", "1", "--template", "financial.social-post.holding.en"});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("financial") != std::string::npos);
    CHECK(refused.err.find("cyber-breach") != std::string::npos);
    CHECK(cli.ok({"--json", "log", "1"}).json().size() == before);
    CHECK(cli.ok({"statement", "list", "1"}).out.find("No statements") != std::string::npos);
    cli.ok({"statement", "draft", "1", "--template", "cyber-breach.social-post.holding.en"});
}

TEST_CASE("crisisctl: incident facts feed the checks") {
    Cli cli;
    setUp(cli);
    const auto facts = cli.ok({"--json", "incident", "facts", "1", "--cause-verified", "yes",
                               "--customers-affected", "12000"})
                           .json();
    CHECK(facts["cause_verified"] == true);
    CHECK(facts["customers_affected"] == 12000);
    CHECK(cli.run({"incident", "facts", "1"}).exit == 1);
    CHECK(cli.run({"incident", "facts", "1", "--customers-affected", "-5"}).exit == 1);
    const auto found = cli.ok({"--json", "statement", "check", "--incident", "1", "--message",
                               "About 3,000 customers are affected. " + clean})
                           .json()["findings"];
    REQUIRE(found.size() == 1);
    CHECK(found[0]["code"] == "figure-contradicts-record");
    CHECK(
        cli.ok({"--json", "incident", "facts", "1", "--cause-verified", "no"}).json()["customers_affected"] ==
        12000);
}

TEST_CASE("crisisctl: marketing add import pause and resume") {
    Cli cli;
    setUp(cli);
    const auto added = cli.ok({"--json", "marketing", "add", "--name", "Spring sale", "--channel",
                               "newsletter", "--scheduled", "2026-03-05T09:00:00Z"})
                           .json();
    CHECK(added["state"] == "scheduled");
    CHECK(added["paused_by"].is_null());
    CHECK(added["ends_at"].is_null());
    CHECK(cli.run({"marketing", "add", "--name", "Spring sale", "--channel", "newsletter", "--scheduled",
                   "2026-03-05T09:00:00Z"})
              .exit == 1);
    {
        std::ofstream(cli.file("plan.csv"))
            << "name,channel,scheduled_at,ends_at,crisis\n"
               "March campaign,instagram,2026-02-20T00:00:00Z,2026-03-31T00:00:00Z,no\n"
               "Safety notice,website,2026-03-02T00:00:00Z,,yes\n";
        std::ofstream(cli.file("bad.csv")) << "name,channel,scheduled_at\n"
                                              "Good,email,2026-03-06T00:00:00Z\n"
                                              "Bad,email,soon\n"
                                              ",email,2026-03-07T00:00:00Z\n";
    }
    const auto bad = cli.run({"marketing", "import", cli.file("bad.csv").string()});
    CHECK(bad.exit == 1);
    CHECK(bad.err.find("line 3") != std::string::npos);
    CHECK(bad.err.find("line 4") != std::string::npos);
    CHECK(cli.ok({"--json", "marketing", "list"}).json().size() == 1); // nothing stored
    CHECK(cli.ok({"--json", "marketing", "import", cli.file("plan.csv").string()}).json().size() == 2);

    const auto paused = cli.ok({"--json", "--at", "2026-03-01T09:00:00Z", "marketing", "pause", "1"}).json();
    CHECK(paused["ticked"] == true);
    REQUIRE(paused["paused"].size() == 2); // the running campaign and the sale, not the crisis notice
    CHECK(paused["paused"][0]["name"] == "March campaign");
    CHECK(paused["paused"][0]["state"] == "paused");
    CHECK(paused["paused"][0]["paused_by"] == 1);
    CHECK(cli.ok({"--json", "marketing", "list", "--paused-by", "1"}).json().size() == 2);
    const auto status = cli.ok({"--json", "incident", "status", "1"}).json();
    (void)status;
    const auto log = cli.ok({"--json", "log", "1"}).json();
    bool ticked = false;
    for (const auto& e : log)
        ticked |= e["kind"] == "checklist.checked" && e["payload"]["item"] == "marketing-paused";
    CHECK(ticked);

    // Closing says what is still paused; resuming gives it back.
    const auto closed = cli.ok({"incident", "close", "1", "--reason", "resolved"});
    CHECK(closed.err.find("2 marketing item(s)") != std::string::npos);
    CHECK(cli.ok({"--json", "marketing", "resume", "1"}).json()["resumed"].size() == 2);
    for (const auto& i : cli.ok({"--json", "marketing", "list"}).json())
        CHECK(i["state"] == "scheduled");
    CHECK(cli.run({"marketing", "resume", "1"}).exit == 1);
    CHECK(cli.ok({"marketing", "list"}).out.find("Spring sale") != std::string::npos);
}

TEST_CASE("crisisctl: marketing resume says what stays paused for another incident") {
    Cli cli;
    setUp(cli);
    cli.ok({"marketing", "add", "--name", "Spring sale", "--channel", "newsletter", "--scheduled",
            "2026-03-05T09:00:00Z"});
    cli.ok({"marketing", "add", "--name", "Easter post", "--channel", "instagram", "--scheduled",
            "2026-03-06T09:00:00Z"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Second breach"});
    cli.ok({"--at", "2026-03-01T09:00:00Z", "marketing", "pause", "1"});
    cli.ok({"--at", "2026-03-01T09:05:00Z", "marketing", "pause", "2"}); // nothing new to pause
    const auto text = cli.ok({"--at", "2026-03-01T10:00:00Z", "marketing", "resume", "1"}).out;
    CHECK(text.find("0 item(s) resumed; 2 item(s) stay paused for incident 2") != std::string::npos);
    CHECK(text.find("2 item(s) resumed.") == std::string::npos);
    const auto held = cli.ok({"--json", "marketing", "list", "--paused-by", "2"}).json();
    CHECK(held.size() == 2);
    const auto back = cli.ok({"--json", "--at", "2026-03-01T11:00:00Z", "marketing", "resume", "2"}).json();
    CHECK(back["kept_for"].is_null());
    CHECK(back["resumed"].size() == 2);
}

TEST_CASE("crisisctl: the internal briefing is sent to the roster and acknowledged") {
    Cli cli;
    setUp(cli);
    cli.ok({"org", "set", "--company", "Northwind", "--website", "https://n.example", "--support-contact",
            "help"});
    CHECK(cli.run({"briefing", "send", "1"}).exit == 1); // unfilled placeholders
    const auto sent = cli.ok({"--json", "--at", "2026-03-01T08:30:00Z", "briefing", "send", "1", "--set",
                              "customers_affected=1200", "--set", "affected_data=e-mail addresses", "--set",
                              "actions_taken=passwords reset", "--set", "next_update=12:00"})
                          .json();
    CHECK(sent["title"] == "Internal briefing: Breach");
    CHECK(sent["recipients"].size() == 3);
    CHECK(sent["acknowledged"] == 0);
    const auto id = std::to_string(sent["id"].get<long long>());
    cli.ok({"--actor", "Sarah", "briefing", "ack", id});
    CHECK(cli.run({"--actor", "Sarah", "briefing", "ack", id}).exit == 1);
    CHECK(cli.run({"--actor", "Nobody", "briefing", "ack", id}).exit == 1);
    const auto status = cli.ok({"--json", "briefing", "status", "1"}).json();
    REQUIRE(status.size() == 1);
    CHECK(status[0]["acknowledged"] == 1);
    CHECK(status[0]["recipients"][1]["name"] == "Sarah");
    CHECK(status[0]["recipients"][1]["contact"] == "sarah@example.com");
    CHECK(status[0]["recipients"][0]["acknowledged_at"].is_null());
    const auto text = cli.ok({"briefing", "status", "1"}).out;
    CHECK(text.find("1 of 3 acknowledged") != std::string::npos);
    CHECK(text.find("[x] Sarah") != std::string::npos);
    CHECK(text.find("[ ] Lin") != std::string::npos);
    cli.ok({"--actor", "Lin", "briefing", "ack", id});
    cli.ok({"--actor", "Lin", "briefing", "ack", id, "--member", "Emma"});
    const auto log = cli.ok({"--json", "log", "1"}).json();
    CHECK(log.back()["payload"]["item"] == "staff-briefed");
}

TEST_CASE("crisisctl: reports as Markdown HTML and PDF escape user text") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Lin", "--role", "crisis-manager"});
    cli.ok({"team", "add", "Sarah", "--role", "legal"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title",
            "Breach <script>alert(1)</script>"});
    const auto id = cli.ok({"--json", "statement", "draft", "1", "--channel", "social-post", "--subject",
                            "<script>alert(2)</script>", "--message", "<script>alert(3)</script> " + clean})
                        .json()["id"]
                        .get<long long>();
    cli.ok({"statement", "submit", std::to_string(id)});
    cli.ok({"--actor", "Sarah", "statement", "approve", std::to_string(id), "--reason", "test"});
    cli.ok({"--actor", "Lin", "statement", "approve", std::to_string(id), "--reason", "test"});
    cli.ok({"--at", "2026-03-01T08:20:00Z", "statement", "publish", std::to_string(id), "--audience", "x"});

    const auto html =
        cli.ok({"report", "can", "1", "--format", "html", "--needs", "<script>alert(4)</script>"}).out;
    CHECK(html.find("<script") == std::string::npos);
    for (const auto* n : {"1", "2", "3", "4"})
        CHECK(html.find(std::string("&lt;script&gt;alert(") + n + ")&lt;/script&gt;") != std::string::npos);
    const auto md = cli.ok({"report", "exec", "1", "--format", "md"}).out;
    CHECK(md.starts_with("# Executive summary: Breach"));

    const auto out =
        cli.ok({"--json", "report", "can", "1", "--format", "md", "--out", cli.file("can.md").string()})
            .json();
    CHECK(out["report"] == "can");
    CHECK(out["title"] == "CAN report: Breach <script>alert(1)</script>");
    CHECK(crisis::test::slurp(cli.file("can.md")).find("## Conditions") != std::string::npos);
    CHECK(cli.run({"report", "can", "1", "--format", "pdf"}).exit == 1); // needs --out
    CHECK(cli.run({"report", "can", "1", "--format", "doc"}).exit == 2);
    CHECK(cli.run({"report", "can", "9", "--format", "md"}).exit == 1);

    const auto pdf = cli.file("exec.pdf");
    cli.ok({"--lang", "zh", "report", "exec", "1", "--format", "pdf", "--out", pdf.string()});
    const auto txt = cli.file("exec.txt");
    REQUIRE(std::system(("pdftotext -enc UTF-8 " + crisis::test::quote(pdf.string()) + " " +
                         crisis::test::quote(txt.string()))
                            .c_str()) == 0);
    const auto read = crisis::test::slurp(txt);
    // The title "执行摘要:Breach…": pdftotext reads some CJK glyphs of the Noto font back as
    // their Kangxi-radical twins (执⾏ for 执行), so the check uses characters without one.
    CHECK(read.find("摘要") != std::string::npos);
    CHECK(read.find("Breach") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(pdf.string() + ".partial"));
}
