#include <crisis/error.hpp>
#include <crisis/replay.hpp>
#include <crisis/review.hpp>
#include <crisis/review_dashboard.hpp>
#include <crisis/review_metrics.hpp>

#include "review_log.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

const TargetFigure& clockFigure(const ReviewMetrics& m, const std::string& id) {
    for (const auto& c : m.clocks)
        if (c.clock == id)
            return c;
    FAIL("no clock " << id);
    return m.clocks.front();
}

} // namespace

TEST_CASE("Review metrics of a hand-built log have the answers worked out by hand") {
    const auto r = test::handBuiltLog();
    ReputationMetrics reputation;
    reputation.mentions = 120;
    reputation.negative = 45;
    reputation.spikes = 2;
    reputation.meanResponse = 15min;
    reputation.before = {r.t0 - 24h, r.t0, 10, 1, 0.1};
    const auto m = computeReviewMetrics(r.incident, r.playbook, r.log, &reputation, r.now, {4h});

    // Acknowledged by the first external statement at 50 min, before the mark at 70 min.
    CHECK(m.acknowledgement.clock == "first-acknowledgement");
    CHECK(m.acknowledgement.doneAt == at("2026-03-02T08:50:00Z"));
    CHECK(m.acknowledgement.took == 50min);
    CHECK(m.acknowledgement.outcome == TargetOutcome::Met);

    REQUIRE(m.phases.size() == 3);
    CHECK(m.phases.at(Phase::Identify).took == 20min);
    CHECK(m.phases.at(Phase::Identify).outcome == TargetOutcome::Met);
    CHECK(m.phases.at(Phase::Analyze).took == 2h + 30min);
    CHECK(m.phases.at(Phase::Analyze).outcome == TargetOutcome::MetLate);
    CHECK(m.phases.at(Phase::Respond).took == 26h);
    CHECK(m.phases.at(Phase::Respond).outcome == TargetOutcome::MetLate);
    CHECK(m.phaseExitAfterT0.at(Phase::Review) == 72h);

    // The regulator clock was never marked: missed.
    CHECK(clockFigure(m, "regulator").outcome == TargetOutcome::Missed);
    CHECK_FALSE(clockFigure(m, "regulator").doneAt);
    CHECK(clockFigure(m, "first-acknowledgement").outcome == TargetOutcome::Met);
    // The five of the file and the standard update cadence the reader adds.
    CHECK(m.clocks.size() == 6);
    CHECK(m.clocks.back().clock == "update-cadence");

    CHECK(m.firstExternalStatement == at("2026-03-02T08:50:00Z"));
    CHECK(m.firstExternalAfterT0 == 50min);
    CHECK(m.statements.size() == 4);
    CHECK(m.cadence.cadence == 4h); // the playbook's update cadence at severity 1
    // External updates in Respond (10:30 to T0 + 26 h): 11:00 and 19:30; the staff note is internal.
    CHECK(m.cadence.gaps == std::vector<Duration>{30min, 8h + 30min, 14h + 30min});
    CHECK(m.cadence.gapsOverCadence == 2);
    CHECK(m.cadence.longest == 14h + 30min);

    CHECK(m.tasksByRole.at("it").late == 1);
    CHECK(m.tasksByRole.at("it").onTime == 0);
    CHECK(m.tasksByRole.at("comms").onTime == 1);
    CHECK(m.tasksByRole.at("comms").missed == 1);
    CHECK(m.tasksByRole.at("comms").late == 0);

    CHECK(m.forcedAdvances == 1);
    CHECK(m.alertsRaised == 1);
    CHECK(m.spikesLogged == 1);
    REQUIRE(m.reputation);
    CHECK(m.reputation->negative == 45);
    CHECK(m.reputation->meanResponse == 15min);
    CHECK(m.reputation->before.mentions == 10);
}

TEST_CASE("Without an external statement the acknowledgement is the mark, here late") {
    const auto r = test::handBuiltLog(false);
    const auto m = computeReviewMetrics(r.incident, r.playbook, r.log, nullptr, r.now);
    CHECK(m.acknowledgement.doneAt == at("2026-03-02T09:10:00Z"));
    CHECK(m.acknowledgement.took == 1h + 10min);
    CHECK(m.acknowledgement.outcome == TargetOutcome::MetLate);
    CHECK(m.firstExternalStatement == at("2026-03-02T11:00:00Z"));
    CHECK_FALSE(m.reputation);
}

TEST_CASE("The cadence kept follows the playbook's update clock for the incident's severity") {
    auto r = test::handBuiltLog();
    r.incident.severity = 3; // every 12 h: neither gap is over
    auto m = computeReviewMetrics(r.incident, r.playbook, r.log, nullptr, r.now);
    CHECK(m.cadence.cadence == 12h);
    CHECK(m.cadence.gapsOverCadence == 1); // only the wait after the last update

    // Without the clock the caller's figure applies.
    std::erase_if(r.playbook.clocks, [](const ClockDef& c) { return c.id == "update-cadence"; });
    m = computeReviewMetrics(r.incident, r.playbook, r.log, nullptr, r.now, {2h});
    CHECK(m.cadence.cadence == 2h);
    CHECK(m.cadence.gapsOverCadence == 2);
}

TEST_CASE("Figures at an earlier instant ignore what came later") {
    const auto r = test::handBuiltLog();
    const auto m = computeReviewMetrics(r.incident, r.playbook, r.log, nullptr, at("2026-03-02T08:40:00Z"));
    CHECK(m.acknowledgement.outcome == TargetOutcome::Running);
    CHECK_FALSE(m.acknowledgement.doneAt);
    CHECK(m.statements.empty());
    CHECK(m.phases.at(Phase::Analyze).outcome == TargetOutcome::Running);
    CHECK(m.tasksByRole.at("it").open == 1);
    CHECK(m.forcedAdvances == 0);
}

TEST_CASE("Replay reaches the same final state as folding the whole log") {
    const auto r = test::handBuiltLog();
    CHECK(replayUntil(r.log, r.now) == r.incident);
    CHECK(replayUntil(r.log, r.log.back().at) == r.incident);

    const auto midway = replayUntil(r.log, at("2026-03-02T10:30:00Z"));
    CHECK(midway.phase == Phase::Respond);
    CHECK(midway.lastSeq == 7);
    CHECK(replayUntil(r.log, at("2026-03-02T10:29:59.999Z")).phase == Phase::Analyze);
    CHECK(replayUntil(r.log, at("2026-03-01T00:00:00Z")) == Incident{});

    const auto moments = replayMoments(r.log);
    CHECK(moments.size() == r.log.size());
    CHECK(std::is_sorted(moments.begin(), moments.end()));
    CHECK(moments.front() == r.log.front().at);
    for (const auto moment : moments)
        CHECK(replayUntil(r.log, moment).lastSeq > 0);
}

TEST_CASE("The dashboard groups closed incidents and keeps drills apart") {
    auto review = [](const std::string& type, int severity, const std::string& t0, bool drill, Duration ack,
                     std::vector<TargetOutcome> outcomes) {
        IncidentReview r;
        r.crisisType = type;
        r.incident.severity = severity;
        r.incident.detectedAt = at(t0);
        r.incident.drill = drill;
        r.incident.closedAt = at(t0) + 72h;
        r.metrics.t0 = at(t0);
        r.metrics.acknowledgement.doneAt = at(t0) + ack;
        r.metrics.phaseExitAfterT0[Phase::Identify] = ack / 2;
        for (const auto o : outcomes)
            r.metrics.clocks.push_back(TargetFigure{"c", {}, {}, {}, {}, {}, o});
        return r;
    };
    std::vector<IncidentReview> all{
        review("data-leak", 2, "2026-03-02T08:00:00Z", false, 40min,
               {TargetOutcome::Met, TargetOutcome::Missed}),
        review("data-leak", 1, "2026-03-20T08:00:00Z", false, 80min,
               {TargetOutcome::Met, TargetOutcome::MetLate}),
        review("reputation", 2, "2026-04-01T08:00:00Z", false, 30min,
               {TargetOutcome::Met, TargetOutcome::Running}),
        // A drill with perfect figures must not flatter the real ones.
        review("data-leak", 2, "2026-03-05T08:00:00Z", true, 1min, {TargetOutcome::Met, TargetOutcome::Met}),
    };
    auto open = review("data-leak", 2, "2026-03-06T08:00:00Z", false, 1min, {TargetOutcome::Met});
    open.incident.closedAt.reset();
    all.push_back(open);

    const auto d = dashboard(all);
    CHECK(d.real.all.count == 3);
    CHECK(d.real.all.meanAcknowledge == 50min);
    CHECK(d.real.all.meanPhaseExit.at(Phase::Identify) == 25min);
    CHECK(d.real.all.clocksJudged == 5); // Running is not judged
    CHECK(d.real.all.clocksMet == 3);
    CHECK(d.real.all.shareMet() == Approx(0.6));
    CHECK(d.real.byType.at("data-leak").count == 2);
    CHECK(d.real.byType.at("data-leak").meanAcknowledge == 60min);
    CHECK(d.real.byType.at("reputation").count == 1);
    CHECK(d.real.bySeverity.at(1).count == 1);
    CHECK(d.real.bySeverity.at(2).count == 2);
    CHECK(d.real.byMonth.at("2026-03").count == 2);
    CHECK(d.real.byMonth.at("2026-04").count == 1);
    CHECK(d.real.byMonth.size() == 2);

    CHECK(d.drills.all.count == 1);
    CHECK(d.drills.all.meanAcknowledge == 1min);
    CHECK(d.drills.all.shareMet() == Approx(1.0));
    CHECK_FALSE(dashboard({}).real.all.shareMet());
    CHECK(isoMonth(at("2026-12-31T23:59:59Z")) == "2026-12");
}

TEST_CASE("Review answers, notes and the improvement plan fold from the log") {
    auto r = test::handBuiltLog();
    r.add("2026-03-05T08:10:00Z", "Chen", event_kind::reviewAnswered,
          reviewAnsweredPayload("what-worked", "comms " + test::evil, "Replaced"));
    r.add("2026-03-05T08:11:00Z", "Chen", event_kind::reviewAnswered,
          reviewAnsweredPayload("challenges", "it", "Slow logs"));
    ImprovementItem item;
    item.id = "log-retention";
    item.finding = "Logs rotated too fast";
    item.action = "Keep 90 days";
    item.owner = "Zhang";
    item.due = at("2026-03-10T00:00:00Z");
    item.proposal = SetClockDuration{"identify", *DueOffset::parse("20m")};
    r.add("2026-03-05T08:12:00Z", "Chen", event_kind::improvementAdded, improvementAddedPayload(item));
    r.add("2026-03-05T08:13:00Z", "Zhang", event_kind::improvementDone,
          improvementDonePayload("faster-analysis"));

    const auto state = foldReview(r.log);
    CHECK(state.answers.at("what-worked").size() == 1);
    CHECK(state.answers.at("what-worked").at("comms " + test::evil).text == "Replaced");
    CHECK(state.answers.at("what-worked").at("comms " + test::evil).author == "Chen");
    CHECK(state.answered("challenges"));
    CHECK_FALSE(state.answered("team-support"));
    REQUIRE(state.notes.size() == 1);
    CHECK(state.notes[0].text == "Note " + test::evil);
    REQUIRE(state.improvements.size() == 2);
    CHECK(state.improvement("faster-analysis")->status == ImprovementStatus::Done);
    CHECK(state.improvement("faster-analysis")->doneBy == "Zhang");
    CHECK(std::holds_alternative<AddChecklistItem>(*state.improvement("faster-analysis")->proposal));
    const auto* added = state.improvement("log-retention");
    REQUIRE(added);
    CHECK(added->status == ImprovementStatus::Open);
    CHECK(added->proposal == PlaybookProposal{item.proposal.value()});
    CHECK(added->due == item.due);

    CHECK(overdueImprovements(state, at("2026-03-10T00:00:00Z")).empty());
    const auto overdue = overdueImprovements(state, at("2026-03-10T00:00:00.001Z"));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].id == "log-retention");

    // The incident itself is untouched by review events.
    CHECK(r.incident.phase == Phase::Closed);
}

TEST_CASE("Review payload helpers refuse what the review cannot use") {
    CHECK_THROWS_AS(reviewAnsweredPayload("lessons", "it", "x"), ValidationError);
    CHECK_THROWS_AS(reviewAnsweredPayload("challenges", " ", "x"), ValidationError);
    CHECK_THROWS_AS(reviewAnsweredPayload("challenges", "it", ""), ValidationError);
    CHECK_THROWS_AS(reviewNotedPayload("  "), ValidationError);
    ImprovementItem bad;
    bad.id = "Not Kebab";
    CHECK_THROWS_AS(improvementAddedPayload(bad), ValidationError);
    try {
        improvementAddedPayload(bad);
    } catch (const ValidationError& e) {
        CHECK(e.problems().size() == 4); // id, finding, action, owner
    }
    for (const auto q : reviewQuestions)
        CHECK(isReviewQuestion(q));
}

TEST_CASE("A done event for an improvement never added breaks the fold") {
    Event e;
    e.kind = std::string(event_kind::improvementDone);
    e.payload = improvementDonePayload("ghost");
    CHECK_THROWS_AS(foldReview({e}), Error);
}
