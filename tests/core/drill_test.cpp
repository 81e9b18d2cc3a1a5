#include <crisis/clock.hpp>
#include <crisis/drill.hpp>
#include <crisis/drill_score.hpp>
#include <crisis/error.hpp>
#include <crisis/scenario.hpp>

#include "drill_scenarios.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

// 2030-01-01T09:00:00Z, built without test::at, which asserts and so cannot run before main.
const Instant t0 = std::chrono::sys_days{std::chrono::year{2030} / 1 / 1} + std::chrono::hours{9};

DrillRun timingRun() {
    return DrillRun(parseScenario(test::timingScenario, "timing.json"), t0);
}

InjectStatus statusOf(const DrillRun& run, const std::string& id, Instant now) {
    return run.snapshot(now).inject(id)->status;
}

const ExpectedResult& resultOf(const DrillScore& score, const std::string& inject) {
    for (const auto& r : score.results)
        if (r.inject == inject)
            return r;
    FAIL("no result for " << inject);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("Scheduled injects fire at start plus offset and not before") {
    const auto run = timingRun();
    CHECK(statusOf(run, "a", t0) == InjectStatus::Fired);
    CHECK(statusOf(run, "b", t0 + 1h - 1ms) == InjectStatus::Pending);
    CHECK(statusOf(run, "b", t0 + 1h) == InjectStatus::Fired);
    CHECK(run.snapshot(t0 + 1h).inject("b")->at == t0 + 1h);
    CHECK(run.snapshot(t0 + 1h).inject("b")->cause == FireCause::Schedule);
    // Nobody scoped within 30 minutes, so the contingency c came first.
    CHECK(run.firedBetween(t0, t0 + 2h) == std::vector<std::string>{"c", "b", "s"});
    CHECK(run.firedBetween(t0 - 1ms, t0) == std::vector<std::string>{"a"});
    CHECK(run.firedBetween(t0 + 1h, t0 + 1h + 30min).empty());
}

TEST_CASE("nextDue walks every change of injects mentions and deadlines") {
    auto run = timingRun();
    run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 10min});
    run.record({ActionKind::InboxAnswered, "b", t0 + 1h + 20min});
    run.record({ActionKind::StatementPublished, "social-post", t0 + 2h + 5min});
    std::vector<Instant> changes;
    for (auto next = run.nextDue(t0); next; next = run.nextDue(*next))
        changes.push_back(*next);
    // mention of a at 5m, the recorded actions, b at 1h, s at 2h; nothing is ever late.
    CHECK(changes ==
          std::vector<Instant>{t0 + 5min, t0 + 10min, t0 + 1h, t0 + 1h + 20min, t0 + 2h, t0 + 2h + 5min});
}

TEST_CASE("A late expected action fires its contingency one millisecond after the deadline") {
    auto run = timingRun();
    CHECK(run.nextDue(t0 + 6min) == t0 + 30min + 1ms); // a's deadline passes unanswered
    CHECK(statusOf(run, "c", t0 + 30min) == InjectStatus::Pending);
    const auto snap = run.snapshot(t0 + 30min + 1ms);
    CHECK(snap.inject("c")->status == InjectStatus::Fired);
    CHECK(snap.inject("c")->cause == FireCause::Contingency);
    CHECK(snap.inject("c")->triggeredBy == "a");
    CHECK_FALSE(snap.inject("c")->scheduledAt.has_value());
    // Its mention follows it, the earlier one of a stays first.
    REQUIRE(snap.mentions.size() == 1);
    const auto later = run.snapshot(t0 + 32min);
    REQUIRE(later.mentions.size() == 2);
    CHECK(later.mentions[0].inject == "a");
    CHECK(later.mentions[0].at == t0 + 5min);
    CHECK(later.mentions[1].inject == "c");
    CHECK(later.mentions[1].at == t0 + 31min + 1ms);
    CHECK(later.mentions[1].mention.language == "zh");

    // A late answer does not undo the contingency.
    run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 45min});
    CHECK(statusOf(run, "c", t0 + 50min) == InjectStatus::Fired);
    const auto score = scoreDrill(run, t0 + 50min);
    CHECK(resultOf(score, "a").outcome == Outcome::Late);
    CHECK(resultOf(score, "a").taken == Duration{45min});
}

TEST_CASE("An answer on time even exactly at the deadline keeps the contingency away") {
    for (const auto when : {t0 + 1min, t0 + 30min}) {
        auto run = timingRun();
        run.record({ActionKind::ChecklistItemChecked, "scope", when});
        CHECK(statusOf(run, "c", t0 + 24h) == InjectStatus::Pending);
        CHECK(resultOf(scoreDrill(run, t0 + 24h), "a").outcome == Outcome::OnTime);
    }
}

TEST_CASE("Trainer commands fire now and skip and change nothing once an inject is settled") {
    auto run = timingRun();
    run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 1min});
    run.command({TrainerCommand::Kind::FireNow, "b", t0 + 10min});
    run.command({TrainerCommand::Kind::Skip, "s", t0 + 2h}); // at its own instant: the skip wins
    run.command({TrainerCommand::Kind::FireNow, "c", t0 + 3h});
    run.command({TrainerCommand::Kind::Skip, "c", t0 + 4h});    // already fired: nothing changes
    run.command({TrainerCommand::Kind::FireNow, "b", t0 + 5h}); // fires once only
    const auto snap = run.snapshot(t0 + 6h);
    CHECK(snap.inject("b")->at == t0 + 10min);
    CHECK(snap.inject("b")->cause == FireCause::Trainer);
    CHECK(snap.inject("s")->status == InjectStatus::Skipped);
    CHECK(snap.inject("s")->at == t0 + 2h);
    CHECK(snap.inject("c")->status == InjectStatus::Fired);
    CHECK(snap.inject("c")->cause == FireCause::Trainer);
    // b's deadline runs from its early delivery.
    CHECK(resultOf(scoreDrill(run, t0 + 6h), "b").deadline == t0 + 1h + 10min);
    CHECK(resultOf(scoreDrill(run, t0 + 6h), "s").outcome == Outcome::NotDelivered);

    CHECK_THROWS_AS(run.command({TrainerCommand::Kind::FireNow, "zz", t0}), Error);
    CHECK_THROWS_AS(run.command({TrainerCommand::Kind::FireNow, "a", t0 - 1ms}), Error);
    CHECK_THROWS_AS(run.record({ActionKind::TaskDone, "x", t0 - 1s}), Error);
}

TEST_CASE("A skipped contingency never fires even when the action is late") {
    auto run = timingRun();
    run.command({TrainerCommand::Kind::Skip, "c", t0 + 5min});
    CHECK(statusOf(run, "c", t0 + 2h) == InjectStatus::Skipped);
}

TEST_CASE("States answer later injects but statements and answers must follow the inject") {
    auto run = timingRun();
    run.record({ActionKind::ChecklistItemChecked, "scope", t0});          // before/at a
    run.record({ActionKind::StatementPublished, "social-post", t0 + 1h}); // before s: does not count
    run.record({ActionKind::InboxAnswered, "b", t0 + 2h + 1ms});          // b is late by 1 ms
    const auto score = scoreDrill(run, t0 + 3h);
    CHECK(resultOf(score, "a").outcome == Outcome::OnTime);
    CHECK(resultOf(score, "a").taken == Duration{0});
    CHECK(resultOf(score, "b").outcome == Outcome::Late);
    CHECK(resultOf(score, "s").outcome == Outcome::Missed);
    CHECK_FALSE(resultOf(score, "s").answeredAt.has_value());
}

TEST_CASE("Scoring turns pending into missed at the deadline and aggregates objectives with ratings") {
    auto run = timingRun();
    run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 20min});
    run.record({ActionKind::InboxAnswered, "b", t0 + 1h + 40min});

    const auto early = scoreDrill(run, t0 + 2h + 15min);
    CHECK(resultOf(early, "s").outcome == Outcome::Pending);
    const auto late = scoreDrill(run, t0 + 2h + 15min + 1ms);
    CHECK(resultOf(late, "s").outcome == Outcome::Missed);
    CHECK(late.totals.onTime == 2);
    CHECK(late.totals.missed == 1);
    CHECK(late.totals.notDelivered == 0); // c has no expected action: not scored

    const std::vector<EvaluatorRating> ratings{
        {"comms", "Evaluator A", Rating::S, "Reporter answered late-ish"},
        {"scope", "Evaluator B", Rating::P, "Fast scoping"}};
    const auto score = scoreDrill(run, t0 + 3h, ratings);
    REQUIRE(score.objectives.size() == 2);
    CHECK(score.objectives[0].id == "scope");
    CHECK(score.objectives[0].counts.onTime == 1);
    CHECK(score.objectives[0].meanTaken == Duration{20min});
    REQUIRE(score.objectives[0].ratings.size() == 1);
    CHECK(score.objectives[0].ratings[0].rating == Rating::P);
    CHECK(score.objectives[1].counts.onTime == 1);
    CHECK(score.objectives[1].counts.missed == 1);
    CHECK(score.objectives[1].meanTaken == Duration{40min});
    CHECK(score.objectives[1].ratings[0].comment == "Reporter answered late-ish");

    CHECK_THROWS_AS(scoreDrill(run, t0 + 3h, {{"nope", "E", Rating::U, ""}}), Error);
    CHECK(ratingFromName("M") == Rating::M);
    CHECK_FALSE(ratingFromName("X"));
}

TEST_CASE("Score JSON is byte-identical for identical inputs and carries the outcomes") {
    auto makeRun = [] {
        auto run = timingRun();
        run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 40min});
        run.command({TrainerCommand::Kind::FireNow, "b", t0 + 50min});
        run.record({ActionKind::InboxAnswered, "b", t0 + 55min});
        return run;
    };
    const std::vector<EvaluatorRating> ratings{{"scope", "E1", Rating::M, "Slow: 中文 comment"}};
    const auto first = scoreToJson(scoreDrill(makeRun(), t0 + 4h, ratings));
    const auto second = scoreToJson(scoreDrill(makeRun(), t0 + 4h, ratings));
    CHECK(first == second);

    const auto doc = nlohmann::json::parse(first);
    CHECK(doc["scenario"] == "timing");
    CHECK(doc["version"] == 3);
    CHECK(doc["start"] == "2030-01-01T09:00:00Z");
    CHECK(doc["totals"]["late"] == 1);
    CHECK(doc["totals"]["on_time"] == 1);
    CHECK(doc["totals"]["missed"] == 1);
    CHECK(doc["expected"][0]["outcome"] == "late");
    CHECK(doc["expected"][0]["taken_ms"] == 40 * 60 * 1000);
    CHECK(doc["expected"][1]["delivered_at"] == "2030-01-01T09:50:00Z");
    CHECK(doc["injects"][3]["cause"] == "contingency");
    CHECK(doc["injects"][3]["triggered_by"] == "a");
    CHECK(doc["objectives"][0]["ratings"][0]["rating"] == "M");

    // A different action time changes the bytes.
    auto other = makeRun();
    other.record({ActionKind::StatementPublished, "social-post", t0 + 2h + 1min});
    CHECK(scoreToJson(scoreDrill(other, t0 + 4h, ratings)) != first);
}

TEST_CASE("Inject timing on a DrillClock at several speeds") {
    for (const double speed : {1.0, 7.0, 60.0, 120.0}) {
        INFO("speed " << speed);
        ManualClock real(at("2026-03-01T08:00:00Z"));
        DrillClock clock(real, t0, speed);
        auto run = timingRun();
        run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 1min});
        std::vector<std::string> delivered = run.firedBetween(t0 - 1ms, clock.now());
        auto seen = clock.now();
        // Follow the single timer a GUI would set: wake, deliver what fired, set the next.
        for (int guard = 0; guard < 20; ++guard) {
            const auto wake = realWakeUp(run, clock);
            if (!wake)
                break;
            REQUIRE(*wake > real.now());
            const auto due = *run.nextDue(clock.now());
            real.set(*wake - 1ms);
            CHECK(clock.now() < due); // the timer does not wake too early...
            real.set(*wake);
            CHECK(clock.now() >= due);                                 // ...nor too late:
            CHECK(clock.now() - due < Duration{(long long)speed + 1}); // within one real ms
            for (auto& id : run.firedBetween(seen, clock.now()))
                delivered.push_back(id);
            seen = clock.now();
        }
        CHECK(delivered == std::vector<std::string>{"a", "b", "s"});
        CHECK(run.snapshot(clock.now()).inject("s")->at == t0 + 2h);
    }
}

TEST_CASE("Inject timing across pause and resume") {
    ManualClock real(at("2026-03-01T08:00:00Z"));
    DrillClock clock(real, t0, 60.0); // one real second is one drill minute
    const auto run = timingRun();
    real.advance(30s);
    CHECK(clock.now() == t0 + 30min);
    clock.pause();
    CHECK_FALSE(realWakeUp(run, clock).has_value()); // nothing is due while paused
    real.advance(2h);                                // a long coffee break in real time
    CHECK(clock.now() == t0 + 30min);
    CHECK(statusOf(run, "b", clock.now()) == InjectStatus::Pending);
    CHECK(statusOf(run, "c", clock.now()) == InjectStatus::Pending);
    clock.resume();
    // a's deadline (30m) passes 1 ms later in drill time: c fires first, then b at 1h.
    const auto wake = realWakeUp(run, clock);
    REQUIRE(wake);
    CHECK(*wake == real.now() + 1ms);
    real.advance(30s);
    CHECK(clock.now() == t0 + 1h);
    CHECK(run.firedBetween(t0 + 30min, clock.now()) == std::vector<std::string>{"c", "b"});

    // Jump to the next inject, as the trainer's button does: s at 2h.
    CHECK(statusOf(run, "s", clock.now()) == InjectStatus::Pending);
    clock.jumpTo(*run.nextDue(clock.now()));
    CHECK(clock.now() == t0 + 2h);
    CHECK(statusOf(run, "s", clock.now()) == InjectStatus::Fired);
    clock.setSpeed(120.0);
    real.advance(30s);
    CHECK(clock.now() == t0 + 3h);
}

TEST_CASE("Each built-in scenario runs to its end with every expected action on time") {
    for (const auto& scenario : builtInScenarios()) {
        INFO(scenario.id);
        DrillRun run(scenario, t0);
        Instant end = t0;
        // The script answers each scheduled inject halfway through its allowance.
        for (const auto& in : scenario.injects) {
            if (!in.offset || !in.expected)
                continue;
            const auto answer = t0 + *in.offset + in.expected->allowance / 2;
            run.record({in.expected->action, in.expected->target, answer});
            end = std::max(end, t0 + *in.offset + in.expected->allowance);
        }
        // Play the drill the way the console does: from change to change.
        std::size_t delivered = 0;
        for (auto now = t0, next = run.nextDue(now).value_or(now); next > now;
             now = next, next = run.nextDue(now).value_or(now))
            delivered += run.firedBetween(now, next).size();
        const auto score = scoreDrill(run, end + 1h);
        std::size_t expectedCount = 0;
        std::size_t contingencies = 0;
        for (const auto& in : scenario.injects) {
            expectedCount += in.expected && in.offset ? 1 : 0;
            contingencies += in.offset ? 0 : 1;
        }
        CHECK(delivered + 1 == scenario.injects.size() - contingencies); // + the one at T0
        CHECK(score.totals.onTime == static_cast<int>(expectedCount));
        CHECK(score.totals.late == 0);
        CHECK(score.totals.missed == 0);
        CHECK(score.totals.pending == 0);
        for (const auto& state : score.snapshot.injects)
            CHECK((state.status == InjectStatus::Fired) == state.scheduledAt.has_value());
        CHECK(scoreToJson(score) == scoreToJson(scoreDrill(run, end + 1h)));
    }
}

TEST_CASE("Each built-in scenario with no response fires its contingencies and misses everything") {
    for (const auto& scenario : builtInScenarios()) {
        INFO(scenario.id);
        DrillRun run(scenario, t0);
        const auto score = scoreDrill(run, t0 + 72h);
        CHECK(score.totals.onTime == 0);
        CHECK(score.totals.missed == static_cast<int>(score.results.size()));
        for (const auto& state : score.snapshot.injects)
            CHECK(state.status == InjectStatus::Fired);
    }
}

namespace {

// The timing scenario with an expected action on its contingency c (a statement within 1h), so
// the score has a result for it.
DrillRun scoredContingencyRun() {
    auto doc = nlohmann::json::parse(test::timingScenario);
    for (auto& in : doc["injects"])
        if (in["id"] == "c")
            in["expected"] = {
                {"action", "statement_published"}, {"target", "press-release"}, {"allowance", "1h"}};
    return DrillRun(parseScenario(doc.dump(), "timing.json"), t0);
}

} // namespace

TEST_CASE("A contingency that can still be triggered scores pending and one that cannot not delivered") {
    auto run = scoredContingencyRun();
    // a (T0, scope within 30m) is unanswered and its deadline has not passed: c may still come.
    CHECK(resultOf(scoreDrill(run, t0 + 10min), "c").outcome == Outcome::Pending);
    CHECK(resultOf(scoreDrill(run, t0 + 30min), "c").outcome == Outcome::Pending); // the deadline itself
    CHECK(scoreDrill(run, t0 + 10min).totals.notDelivered == 0);
    // Answered in time: c can no longer fire by itself.
    run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 20min});
    CHECK(resultOf(scoreDrill(run, t0 + 10min), "c").outcome == Outcome::Pending);
    CHECK(resultOf(scoreDrill(run, t0 + 20min), "c").outcome == Outcome::NotDelivered);
    CHECK(resultOf(scoreDrill(run, t0 + 24h), "c").outcome == Outcome::NotDelivered);
    // a skipped before it arrives can never trigger c either.
    auto skipped = scoredContingencyRun();
    skipped.command({TrainerCommand::Kind::Skip, "a", t0});
    CHECK(resultOf(scoreDrill(skipped, t0 + 10min), "c").outcome == Outcome::NotDelivered);
}

TEST_CASE("A final score has nothing pending") {
    auto run = scoredContingencyRun();
    run.record({ActionKind::ChecklistItemChecked, "scope", t0 + 5min});
    // Ended at T+1h30m: b (T+1h, answer within 1h) was delivered and not answered, s (T+2h)
    // never came, c can no longer come.
    const auto live = scoreDrill(run, t0 + 90min);
    CHECK(resultOf(live, "b").outcome == Outcome::Pending);
    CHECK(resultOf(live, "s").outcome == Outcome::Pending);
    const auto final = scoreDrill(run, t0 + 90min, {}, true);
    CHECK(resultOf(final, "a").outcome == Outcome::OnTime);
    CHECK(resultOf(final, "b").outcome == Outcome::Missed);
    CHECK(resultOf(final, "s").outcome == Outcome::NotDelivered);
    CHECK(resultOf(final, "c").outcome == Outcome::NotDelivered);
    CHECK(final.totals.pending == 0);
    // Ended while a could still trigger c: c never reached the players.
    auto early = scoredContingencyRun();
    CHECK(resultOf(scoreDrill(early, t0 + 10min, {}, true), "c").outcome == Outcome::NotDelivered);
    CHECK(resultOf(scoreDrill(early, t0 + 10min, {}, true), "a").outcome == Outcome::Missed);
    CHECK(scoreToJson(scoreDrill(run, t0 + 90min, {}, true)) == scoreToJson(final));
}
