// DrillService: drills as drill incidents on the drill clock, persisted in the log.

#include <crisis/bootstrap.hpp>
#include <crisis/drill_report.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/error.hpp>
#include <crisis/review_dashboard.hpp>
#include <crisis/review_metrics.hpp>
#include <crisis/review_report.hpp>

#include "drill_scenarios.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

// One console's view of a database: store, services and a manual real clock. reopen() is a
// restart: a new Store on the same file, new services, the same real instant.
struct DrillDesk {
    test::TempDir dir;
    ManualClock clock{at("2030-01-01T09:00:00Z")};
    std::unique_ptr<Store> store;
    std::unique_ptr<IncidentService> incidents;
    std::unique_ptr<ReputationService> reputation;
    std::unique_ptr<DrillService> drills;

    DrillDesk() {
        reopen();
        installDefaultPlaybooks(*store, clock.now());
        store->addMember({0, "Lin", "crisis-manager", ""});
        store->addMember({0, "Emma", "comms", ""});
        drills->importScenario(test::timingScenario, "timing.json");
    }
    void reopen() {
        drills.reset();
        reputation.reset();
        incidents.reset();
        store = std::make_unique<Store>(dir.file("d.db"));
        incidents = std::make_unique<IncidentService>(*store, clock, "Lin");
        reputation = std::make_unique<ReputationService>(*store, *incidents, clock, "Lin");
        drills = std::make_unique<DrillService>(*store, *incidents, *reputation);
    }
    std::int64_t start(double speed, const std::string& scenario = "timing") {
        DrillStartRequest r;
        r.scenario = scenario;
        r.speed = speed;
        return drills->start(r);
    }
    InjectStatus inject(std::int64_t id, const std::string& name) {
        return drills->status(id).snapshot.inject(name)->status;
    }
    const ExpectedResult& result(const DrillScore& score, const std::string& inject) {
        for (const auto& r : score.results)
            if (r.inject == inject)
                return r;
        FAIL("no result for " << inject);
        return score.results.front();
    }
    std::vector<Event> events(std::int64_t id, std::string_view kind) {
        std::vector<Event> out;
        for (auto& e : store->events(id))
            if (e.kind == kind)
                out.push_back(std::move(e));
        return out;
    }
};

} // namespace

TEST_CASE("Starting a drill opens a flagged drill incident and delivers the T0 injects") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    const auto incident = d.store->incident(id);
    CHECK(incident.drill);
    CHECK(incident.title == "Timing");
    CHECK(incident.detectedAt == t0);
    REQUIRE(incident.drillClock);
    CHECK(incident.drillClock->speed == 60);
    const auto delivered = d.events(id, event_kind::drillInjectDelivered);
    REQUIRE(delivered.size() == 1);
    CHECK(delivered[0].payload["inject"] == "a");
    CHECK(delivered[0].at == t0);
    // The inject reaches the inbox as a message the team can answer, with attention.
    const auto inbox = d.store->inbox(d.reputation->inboxQuery(id));
    REQUIRE(inbox.size() == 1);
    CHECK(inbox[0].mention.externalId == "drill:a");
    CHECK(inbox[0].mention.direct);
    CHECK(inbox[0].mention.text == "Pay up");
    CHECK(inbox[0].mention.channel == "email");
}

TEST_CASE("Inject timing on the drill clock at several speeds") {
    for (const double speed : {1.0, 60.0, 120.0}) {
        INFO("speed " << speed);
        DrillDesk d;
        const auto t0 = d.clock.now();
        const auto id = d.start(speed);
        // b is due at drill T0+1h: one real hour at 1x, one real minute at 60x, 30 s at 120x.
        const auto realForB = Duration{static_cast<long long>(3600000 / speed)};
        const auto st = d.drills->status(id);
        CHECK(st.nextInject == t0 + 30min + 1ms); // a's contingency, as nobody scopes
        REQUIRE(st.wakeUp);
        d.clock.set(t0 + realForB - 1ms);
        CHECK(d.inject(id, "b") == InjectStatus::Pending);
        d.clock.set(t0 + realForB);
        CHECK(d.drills->status(id).now == t0 + 1h);
        CHECK(d.inject(id, "b") == InjectStatus::Fired);
        CHECK(d.drills->deliver(id) >= 1);
        CHECK(d.drills->deliver(id) == 0); // delivered once
        CHECK(d.events(id, event_kind::drillInjectDelivered).back().at == t0 + 1h);
    }
}

TEST_CASE("Pause freezes the drill clock and resume continues from the frozen instant") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.advance(30s); // 30 drill minutes
    d.drills->pause(id);
    CHECK(d.drills->status(id).now == t0 + 30min);
    CHECK_FALSE(d.drills->status(id).wakeUp);
    CHECK_FALSE(d.drills->nextWakeUp());
    d.clock.advance(10min); // a long real pause changes nothing
    CHECK(d.drills->status(id).now == t0 + 30min);
    CHECK(d.inject(id, "b") == InjectStatus::Pending);
    CHECK_THROWS_AS(d.drills->pause(id), Error);
    d.drills->resume(id);
    CHECK_THROWS_AS(d.drills->resume(id), Error);
    d.clock.advance(30s);
    CHECK(d.drills->status(id).now == t0 + 1h);
    CHECK(d.inject(id, "b") == InjectStatus::Fired);
    // Speed changes from now on without a jump.
    d.drills->setSpeed(id, 120);
    CHECK(d.drills->status(id).now == t0 + 1h);
    d.clock.advance(30s);
    CHECK(d.drills->status(id).now == t0 + 2h);
    CHECK_THROWS_AS(d.drills->setSpeed(id, 0.5), Error);
    CHECK_THROWS_AS(d.drills->setSpeed(id, 121), Error);
    CHECK(d.store->incident(id).drillClock->speed == 120);
}

TEST_CASE("Restart in the middle of a drill rebuilds the same drill clock and queue") {
    DrillDesk d;
    const auto id = d.start(60);
    d.clock.advance(20s);
    d.drills->fire(id, "s");
    d.clock.advance(10s);
    d.drills->pause(id);
    d.clock.advance(5s);
    d.drills->resume(id);
    d.drills->setSpeed(id, 30);
    d.clock.advance(50s);
    d.drills->deliver(id);
    const auto before = d.drills->status(id);
    const auto liveIncident = d.store->incident(id);

    d.reopen();
    const auto after = d.drills->status(id);
    CHECK(after.now == before.now);
    CHECK(after.record.clock == before.record.clock);
    CHECK(after.wakeUp == before.wakeUp);
    CHECK(after.nextInject == before.nextInject);
    CHECK(scoreToJson(after.score) == scoreToJson(before.score));
    for (std::size_t i = 0; i < before.snapshot.injects.size(); ++i) {
        CHECK(after.snapshot.injects[i].status == before.snapshot.injects[i].status);
        CHECK(after.snapshot.injects[i].at == before.snapshot.injects[i].at);
    }
    // The projection folds again from the log to the same drill clock.
    d.store->rebuildProjections();
    CHECK(d.store->incident(id) == liveIncident);
}

TEST_CASE("The trainer fires and skips injects and bad commands change nothing") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.advance(10s); // T+10m
    d.drills->fire(id, "s");
    CHECK(d.inject(id, "s") == InjectStatus::Fired);
    CHECK(d.events(id, event_kind::drillInjectDelivered).back().payload["inject"] == "s");
    CHECK(d.events(id, event_kind::drillInjectDelivered).back().at == t0 + 10min);
    d.drills->skip(id, "b");
    CHECK(d.inject(id, "b") == InjectStatus::Skipped);
    const auto count = d.store->eventCount();
    CHECK_THROWS_AS(d.drills->fire(id, "s"), Error);       // already fired
    CHECK_THROWS_AS(d.drills->skip(id, "b"), Error);       // already skipped
    CHECK_THROWS_AS(d.drills->fire(id, "nothing"), Error); // unknown
    CHECK(d.store->eventCount() == count);
    d.clock.advance(2min); // past b's slot: a skipped inject never arrives
    d.drills->deliver(id);
    CHECK(d.inject(id, "b") == InjectStatus::Skipped);
    for (const auto& e : d.events(id, event_kind::drillInjectDelivered))
        CHECK(e.payload["inject"] != "b");
}

TEST_CASE("A late expected action fires its contingency inject with its mention") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.advance(30s); // T+30m: the deadline itself, still on time
    d.drills->deliver(id);
    CHECK(d.inject(id, "c") == InjectStatus::Pending);
    CHECK(d.drills->status(id).nextDue == t0 + 30min + 1ms);
    d.clock.advance(2s); // T+32m
    d.drills->deliver(id);
    const auto st = d.drills->status(id);
    CHECK(st.snapshot.inject("c")->status == InjectStatus::Fired);
    CHECK(st.snapshot.inject("c")->cause == FireCause::Contingency);
    CHECK(st.snapshot.inject("c")->at == t0 + 30min + 1ms);
    const auto mentions = d.store->mentions(id);
    CHECK(std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) {
        return m.externalId == "drill:c:0" && m.text == "泄露了?" && m.reach == 99;
    }));
    CHECK(d.result(st.score, "a").outcome == Outcome::Missed);
}

TEST_CASE("Participants act through the incident and the drill clock stamps and scores them") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.advance(20s); // T+20m
    d.incidents->check(id, "scope");
    CHECK(d.store->incident(id).checked.at("scope") == t0 + 20min);
    // The incident's clocks follow the drill clock: identify (30 min) is overdue 31 real seconds in.
    d.clock.set(t0 + 31s);
    const auto status = d.incidents->status(id);
    const auto identify = std::find_if(status.clocks.begin(), status.clocks.end(),
                                       [](const ClockStatus& c) { return c.id == "identify"; });
    REQUIRE(identify != status.clocks.end());
    CHECK(identify->state == ClockState::Overdue);
    // Alerts are raised at drill time too.
    const auto raised = d.incidents->raiseAlerts();
    CHECK_FALSE(raised.empty());
    CHECK(d.events(id, event_kind::alertRaised).back().at == t0 + 31min);
    // nextChange speaks real time: the drill's next change converted through its clock.
    const auto next = d.incidents->nextChange();
    REQUIRE(next);
    CHECK(*next > d.clock.now());
    CHECK(*next - d.clock.now() < 2min);

    d.clock.set(t0 + 65s); // T+65m: b arrived at T+60m
    d.drills->deliver(id);
    const auto inbox = d.store->mentions(id);
    const auto b =
        std::find_if(inbox.begin(), inbox.end(), [](const Mention& m) { return m.externalId == "drill:b"; });
    REQUIRE(b != inbox.end());
    d.reputation->reply(id, b->id, "We will call back");
    d.clock.set(t0 + 140s); // T+2h20m: the social post (15 m) is missed
    const auto score = d.drills->score(id);
    CHECK(d.result(score, "a").outcome == Outcome::OnTime);
    CHECK(d.result(score, "a").taken == 20min);
    CHECK(d.result(score, "b").outcome == Outcome::OnTime);
    CHECK(d.result(score, "b").taken == 5min);
    CHECK(d.result(score, "s").outcome == Outcome::Missed);
    CHECK(score.totals.onTime == 2);
    CHECK(score.totals.missed == 1);
    CHECK_FALSE(score.clocks.empty());
}

TEST_CASE("A late answer scores late with the time taken") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.set(t0 + 40s); // T+40m: scope after the 30 m allowance
    d.drills->deliver(id);
    d.incidents->check(id, "scope");
    const auto& r = d.result(d.drills->score(id), "a");
    CHECK(r.outcome == Outcome::Late);
    CHECK(r.taken == 40min);
}

TEST_CASE("Injected mentions flow into the reputation view while drill messages stay out of its figures") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.set(t0 + 6s); // T+6m: a's mention arrived at T+5m
    d.drills->deliver(id);
    const auto mentions = d.store->mentions(id);
    const auto tweet = std::find_if(mentions.begin(), mentions.end(),
                                    [](const Mention& m) { return m.externalId == "drill:a:0"; });
    REQUIRE(tweet != mentions.end());
    CHECK(tweet->at == t0 + 5min);
    CHECK_FALSE(tweet->direct);
    CHECK(tweet->sentiment.label == SentimentLabel::Negative);
    // Counted once: the public mention, not the inject's own message.
    CHECK(d.store->mentionCounts(id, t0 - 1h, t0 + 1h).total == 1);
    CHECK(d.events(id, event_kind::mentionsImported).size() == 2);
    d.drills->deliver(id);
    CHECK(d.events(id, event_kind::mentionsImported).size() == 2); // nothing new, nothing logged
}

TEST_CASE("Jump to the next inject moves drill time and delivers it") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(1);
    d.incidents->check(id, "scope"); // so a's contingency never fires
    CHECK(d.drills->jumpToNextInject(id) == t0 + 1h);
    CHECK(d.drills->status(id).now == t0 + 1h);
    CHECK(d.inject(id, "b") == InjectStatus::Fired);
    CHECK(d.events(id, event_kind::drillJumped).size() == 1);
    CHECK(d.drills->jumpToNextInject(id) == t0 + 2h);
    CHECK_FALSE(d.drills->jumpToNextInject(id)); // only the unneeded contingency is left
}

TEST_CASE("Ending a drill freezes it and closes the incident while evaluators may still write") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.set(t0 + 10s);
    d.drills->end(id);
    const auto incident = d.store->incident(id);
    CHECK_FALSE(incident.isOpen());
    CHECK(incident.drillClock->ended);
    d.clock.set(t0 + 1h);
    const auto st = d.drills->status(id);
    CHECK(st.now == t0 + 10min);
    CHECK(st.record.endedAt == t0 + 10min);
    CHECK_FALSE(st.wakeUp);
    // Clocks are scored as the drill left them, not as the closing left them.
    for (const auto& c : st.score.clocks)
        if (c.id == "identify")
            CHECK(c.state == ClockState::Pending);
    CHECK_THROWS_AS(d.drills->fire(id, "b"), Error);
    CHECK_THROWS_AS(d.drills->pause(id), Error);
    CHECK_THROWS_AS(d.drills->end(id), Error);
    d.drills->rate(id, "scope", Rating::S, "took a while");
    d.drills->rate(id, "scope", Rating::M, "second thoughts"); // the same evaluator: replaces
    d.drills->hotWash(id, "We lacked a template", NoteKind::Improvement);
    const auto after = d.drills->status(id);
    REQUIRE(after.record.ratings.size() == 1);
    CHECK(after.record.ratings[0].rating == Rating::M);
    CHECK(after.record.notes.size() == 1);
    CHECK(d.drills->drills().empty());
}

TEST_CASE("Closing a drill incident ends its drill in the same transaction") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    d.clock.set(t0 + 10s); // T+10m
    d.drills->deliver(id);
    d.incidents->close(id, "oops");
    const auto incident = d.store->incident(id);
    CHECK_FALSE(incident.isOpen());
    REQUIRE(incident.drillClock);
    CHECK(incident.drillClock->ended);
    const auto ended = d.events(id, event_kind::drillEnded);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].at == t0 + 10min);
    CHECK(ended[0].payload.value("on_close", false));
    // The end comes right before the close, at the same drill instant.
    const auto log = d.store->events(id);
    REQUIRE(log.size() >= 2);
    CHECK(log[log.size() - 2].kind == event_kind::drillEnded);
    CHECK(log.back().kind == event_kind::advanced);
    CHECK(log.back().at == t0 + 10min);

    d.clock.set(t0 + 1h); // the clock is frozen: nothing ticks on unseen
    const auto st = d.drills->status(id);
    CHECK(st.now == t0 + 10min);
    CHECK(st.record.endedAt == t0 + 10min);
    CHECK_FALSE(st.running());
    CHECK_FALSE(st.wakeUp);
    CHECK(st.score.totals.pending == 0); // a final score: b and s never came
    CHECK(d.result(st.score, "b").outcome == Outcome::NotDelivered);
    const auto count = d.store->eventCount();
    CHECK(d.drills->deliverAll() == 0);
    CHECK_THROWS_AS(d.drills->fire(id, "b"), Error);
    CHECK_THROWS_AS(d.drills->skip(id, "b"), Error);
    CHECK_THROWS_AS(d.drills->pause(id), Error);
    CHECK_THROWS_AS(d.drills->setSpeed(id, 2), Error);
    CHECK_THROWS_AS(d.drills->jumpToNextInject(id), Error);
    CHECK_THROWS_AS(d.drills->end(id), Error);
    CHECK(d.store->eventCount() == count);
    CHECK(d.drills->drills().empty());
    CHECK_FALSE(d.drills->nextWakeUp());
}

TEST_CASE("A refused close leaves the drill running") {
    DrillDesk d;
    const auto id = d.start(60);
    const auto count = d.store->eventCount();
    CHECK_THROWS_AS(d.incidents->close(id), Error); // not in review, no reason
    CHECK(d.store->eventCount() == count);
    CHECK_FALSE(d.store->incident(id).drillClock->ended);
    CHECK(d.drills->status(id).running());
}

TEST_CASE("A running drill on a closed incident from an older log takes no commands but end") {
    DrillDesk d;
    const auto t0 = d.clock.now();
    const auto id = d.start(60);
    // As logs written before closing ended the drill hold it: a forced close, no drill.ended.
    d.store->append(id, t0, "Lin", [](const AppendContext&) {
        return EventDraft{std::string(event_kind::advanced),
                          {{"from", "identify"}, {"to", "closed"}, {"forced", true}, {"reason", "old"}}};
    });
    REQUIRE_FALSE(d.store->incident(id).isOpen());
    d.clock.set(t0 + 2min); // T+2h: b and s are due, but a closed incident takes no deliveries
    const auto count = d.store->eventCount();
    CHECK(d.drills->deliver(id) == 0);
    try {
        d.drills->fire(id, "s");
        FAIL("fire on a closed drill incident");
    } catch (const Error& e) {
        CHECK(e.message().id == "drill.incident_closed");
    }
    CHECK_THROWS_AS(d.drills->pause(id), Error);
    CHECK(d.store->eventCount() == count);
    CHECK_FALSE(d.drills->status(id).running());
    d.drills->end(id); // the way out: the clock stops for good
    CHECK(d.store->incident(id).drillClock->ended);
    CHECK(d.store->eventCount() == count + 1);
}

TEST_CASE("Notes and ratings are checked before anything is written") {
    DrillDesk d;
    const auto id = d.start(60);
    const auto count = d.store->eventCount();
    CHECK_THROWS_AS(d.drills->note(id, "comms", "  "), Error);
    CHECK_THROWS_AS(d.drills->note(id, "nobody", "slow"), Error);
    CHECK_THROWS_AS(d.drills->rate(id, "no-such-objective", Rating::P, ""), Error);
    CHECK_THROWS_AS(d.drills->addImprovement(id, ImprovementRequest{}), Error);
    CHECK(d.store->eventCount() == count);
    d.drills->note(id, "comms", "Fast holding line", NoteKind::Strength);
    d.drills->note(id, "Emma", "Checked the facts first");
    d.drills->note(id, "", "Whole team calm");
    CHECK(d.drills->status(id).record.notes.size() == 3);
    ImprovementRequest item;
    item.id = "breach-template";
    item.finding = "No template for an extortion demand";
    item.action = "Write one";
    item.owner = "comms";
    item.due = d.clock.now() + 24h * 14;
    CHECK(d.drills->addImprovement(id, item) == "breach-template");
    CHECK_THROWS_AS(d.drills->addImprovement(id, item), Error);
    CHECK(foldReview(d.store->events(id)).improvements.size() == 1);
}

TEST_CASE("Scenario import is validated whole and versions are never silently replaced") {
    DrillDesk d;
    const auto listed = d.drills->scenarios();
    CHECK(std::count_if(listed.begin(), listed.end(), [](const ScenarioEntry& e) { return e.builtIn; }) == 5);
    CHECK(d.drills->scenario("timing").scenario.version == 3);
    CHECK_FALSE(d.drills->scenario("timing").builtIn);
    // The same file again: nothing new.
    CHECK_NOTHROW(d.drills->importScenario(test::timingScenario, "timing.json"));
    CHECK(d.store->scenarios().size() == 1);
    // Changed content under the same version is refused.
    std::string changed = test::timingScenario;
    changed.replace(changed.find("Ransom mail"), 11, "Ransom note");
    CHECK_THROWS_AS(d.drills->importScenario(changed, "timing.json"), Error);
    // A bad file lists its problems and stores nothing.
    try {
        d.drills->importScenario(R"({"format": "crisisdesk.scenario/1", "id": "Bad Id"})", "bad.json");
        FAIL("accepted a bad scenario");
    } catch (const ValidationError& e) {
        CHECK(e.problems().size() > 1);
    }
    // A scenario whose playbook expects an item the playbook lacks.
    std::string wrongItem = test::timingScenario;
    wrongItem.replace(wrongItem.find("\"version\": 3"), 12, "\"version\": 4");
    wrongItem.replace(wrongItem.find("\"target\": \"scope\""), 17, "\"target\": \"nope\"");
    CHECK_THROWS_AS(d.drills->importScenario(wrongItem, "wrong.json"), ValidationError);
    CHECK(d.store->scenarios().size() == 1);
    CHECK_THROWS_AS(d.start(60, "no-such-scenario"), Error);
    CHECK_THROWS_AS(d.start(0.5), Error);
    CHECK_THROWS_AS(d.start(200), Error);
    CHECK(d.store->incidents(true).empty());
}

TEST_CASE("A plain drill incident is not a scenario drill") {
    DrillDesk d;
    const auto id = d.incidents->open({"cyber-breach", "Plain drill", 2, std::nullopt, true});
    CHECK_THROWS_AS(d.drills->status(id), Error);
    CHECK(d.drills->drills().empty());
    CHECK(d.incidents->nowFor(id) == d.clock.now());
}

TEST_CASE("The drill report escapes every user text and has every section") {
    DrillDesk d;
    const auto id = d.start(60);
    d.drills->note(id, "comms", "<script>alert(1)</script>", NoteKind::Strength);
    d.drills->rate(id, "scope", Rating::U, "<img src=x onerror=alert(2)>");
    d.drills->hotWash(id, "</td><script>x</script>", NoteKind::Improvement);
    d.clock.advance(40s);
    d.drills->end(id);
    const auto html = d.drills->reportHtml(id, Language::En);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    for (const auto* heading :
         {"Exercise overview", "Objectives and ratings", "Timeline of injects and responses", "Strengths",
          "Areas for improvement", "Improvement plan", "Hot wash"})
        CHECK(html.find(heading) != std::string::npos);
    CHECK(html.find("U — unable to be performed") != std::string::npos);
    const auto zh = d.drills->reportHtml(id, Language::Zh);
    CHECK(zh.find("演练评估报告") != std::string::npos);
    CHECK(zh.find("勒索邮件") != std::string::npos);
}

TEST_CASE("Drills stay out of the real incidents' dashboard and their reports say drill") {
    DrillDesk d;
    const auto drill = d.start(60);
    d.clock.advance(20s);
    d.incidents->check(drill, "scope");
    d.drills->end(drill);
    const auto real = d.incidents->open({"cyber-breach", "Real", 1, std::nullopt, false});
    d.incidents->close(real, "false alarm");
    std::vector<IncidentReview> reviews;
    for (const auto& inc : d.store->incidents(true)) {
        const auto& playbook = d.incidents->playbookOf(inc);
        const auto log = d.store->events(inc.id);
        const auto metrics = computeReviewMetrics(inc, playbook, log, nullptr, d.incidents->nowFor(inc));
        reviews.push_back({inc, playbook.crisisType, metrics});
        // The review's after-action report names the kind, so a drill never passes for a real one.
        const auto review = foldReview(log);
        const auto html = afterActionHtml({inc, playbook, log, metrics, review, {}}, Language::En);
        CHECK(html.find(inc.drill ? "<td>Drill</td>" : "<td>Real incident</td>") != std::string::npos);
    }
    const auto figures = dashboard(reviews);
    CHECK(figures.real.all.count == 1);
    CHECK(figures.drills.all.count == 1);
    CHECK(figures.real.byType.at("cyber-breach").count == 1);
    // A drill's synthetic mentions and messages stay with the drill incident.
    CHECK(d.store->mentions(real).empty());
    CHECK_FALSE(d.store->mentions(drill).empty());
}
