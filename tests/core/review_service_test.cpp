// ReviewService: answers tick the review checklist, notes and improvements on closed incidents,
// proposals accepted by the playbook owner only, reminders, figures and the dashboard.

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/review_service.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

struct ReviewDesk {
    test::TempDir dir;
    Store store{dir.file("review.db")};
    ManualClock clock{at("2026-03-02T08:00:00Z")};
    IncidentService incidents{store, clock, "Li"};
    ReviewService reviews{store, incidents, clock, "Li"};
    std::int64_t id = 0;

    ReviewDesk() {
        installDefaultPlaybooks(store, clock.now());
        store.addMember({0, "Li", "crisis-manager", ""});
        store.addMember({0, "Wang", "comms", ""});
        id = incidents.open({"cyber-breach", "Breach", 1, at("2026-03-02T08:00:00Z"), false});
    }

    // Forces the incident on to Review (the checklists are not what these tests are about).
    void toReview() {
        while (store.incident(id).phase != Phase::Review)
            incidents.forceAdvance(id, "test");
    }

    ImprovementRequest item(const std::string& finding, const std::string& due) {
        return {"", finding, "Do better", "Wang", at(due), std::nullopt};
    }
};

} // namespace

TEST_CASE("Answering a review question ticks its checklist item once and a later answer replaces it") {
    ReviewDesk d;
    d.toReview();
    d.reviews.answer(d.id, "what-worked", "comms", "Holding statement in 40 min");
    CHECK(d.store.incident(d.id).checked.contains("what-worked"));
    const auto before = d.store.eventCount();
    d.clock.advance(5min);
    d.reviews.answer(d.id, "what-worked", "comms", "Holding statement in 35 min");
    CHECK(d.store.eventCount() == before + 1); // no second tick
    d.reviews.answer(d.id, "what-worked", "it", "Backups restored");
    const auto state = d.reviews.review(d.id);
    REQUIRE(state.answers.at("what-worked").size() == 2);
    CHECK(state.answers.at("what-worked").at("comms").text == "Holding statement in 35 min");

    // Every question answered (and this playbook's own item ticked): the incident can close.
    for (const auto& q : {"challenges", "team-support", "channels-formats"})
        d.reviews.answer(d.id, q, "comms", "Answer");
    CHECK_THROWS_AS(d.incidents.close(d.id), Error);
    d.incidents.check(d.id, "plan-updated");
    d.incidents.close(d.id);
    CHECK_FALSE(d.store.incident(d.id).isOpen());
    // Answers belong to an open incident; notes and improvements go on after closing.
    CHECK_THROWS_AS(d.reviews.answer(d.id, "challenges", "hr", "Late"), Error);
    d.reviews.note(d.id, "Board briefed");
    CHECK(d.reviews.review(d.id).notes.size() == 1);
}

TEST_CASE("Bad review input is refused and changes nothing") {
    ReviewDesk d;
    const auto before = d.store.eventCount();
    CHECK_THROWS_AS(d.reviews.answer(d.id, "what-failed", "comms", "x"), ValidationError);
    CHECK_THROWS_AS(d.reviews.answer(d.id, "challenges", "  ", "x"), ValidationError);
    CHECK_THROWS_AS(d.reviews.note(d.id, ""), ValidationError);
    CHECK_THROWS_AS(d.reviews.addImprovement(d.id, {"Bad Id", "f", "a", "o", d.clock.now(), {}}),
                    ValidationError);
    CHECK_THROWS_AS(d.reviews.addImprovement(d.id, {"", "f", "", "o", d.clock.now(), {}}), ValidationError);
    CHECK_THROWS_AS(d.reviews.addImprovement(d.id, {"", "f", "a", "o", d.clock.now(),
                                                    SetClockDuration{"no-such-clock", {20, {}}}}),
                    ValidationError);
    CHECK_THROWS_AS(d.reviews.completeImprovement(d.id, "nothing"), Error);
    CHECK_THROWS_AS(d.reviews.review(999), Error);
    CHECK(d.store.eventCount() == before);
}

TEST_CASE("Improvement ids come from the finding and stay unique") {
    ReviewDesk d;
    CHECK(d.reviews.addImprovement(d.id, d.item("Press release late!", "2026-04-01T00:00:00Z")) ==
          "press-release-late");
    CHECK(d.reviews.addImprovement(d.id, d.item("Press release late", "2026-04-01T00:00:00Z")) ==
          "press-release-late-2");
    CHECK(d.reviews.addImprovement(d.id, d.item("新闻稿太慢", "2026-04-01T00:00:00Z")) == "improvement");
    try {
        d.reviews.addImprovement(d.id, {"press-release-late", "f", "a", "o", d.clock.now(), {}});
        FAIL("duplicate accepted");
    } catch (const Error& e) {
        CHECK(e.message().id == "error.improvement_duplicate");
    }
}

TEST_CASE("Reminders list open items past due and the next one is due just after its instant") {
    ReviewDesk d;
    d.reviews.addImprovement(d.id, d.item("Second", "2026-03-10T00:00:00Z"));
    d.reviews.addImprovement(d.id, d.item("First", "2026-03-05T00:00:00Z"));
    CHECK(d.reviews.reminders().empty());
    CHECK(d.reviews.nextReminder() == at("2026-03-05T00:00:00.001Z"));

    d.clock.set(at("2026-03-05T00:00:00Z")); // at the due instant: not yet overdue
    CHECK(d.reviews.reminders().empty());
    d.clock.set(at("2026-03-06T00:00:00Z"));
    auto reminders = d.reviews.reminders();
    REQUIRE(reminders.size() == 1);
    CHECK(reminders.front().item.id == "first");
    CHECK(reminders.front().incidentTitle == "Breach");
    CHECK(d.reviews.nextReminder() == at("2026-03-10T00:00:00.001Z"));

    d.reviews.completeImprovement(d.id, "first");
    CHECK(d.reviews.reminders().empty());
    CHECK_THROWS_AS(d.reviews.completeImprovement(d.id, "first"), Error);
    d.clock.set(at("2026-03-11T00:00:00Z"));
    CHECK(d.reviews.reminders().size() == 1);
    CHECK_FALSE(d.reviews.nextReminder());
}

TEST_CASE("Only the playbook owner accepts a proposal and it becomes a new playbook version") {
    ReviewDesk d;
    const auto before = d.store.playbook("cyber-breach");
    REQUIRE(before);
    ImprovementRequest request = d.item("Identify too slow", "2026-04-01T00:00:00Z");
    request.proposal = SetClockDuration{"identify", *DueOffset::parse("20m")};
    const auto id = d.reviews.addImprovement(d.id, request);

    const Playbook draft = d.reviews.proposedDraft(d.id, id);
    CHECK(draft.clock("identify")->duration == *DueOffset::parse("20m"));
    CHECK(d.store.playbook("cyber-breach")->version == before->version); // nothing stored yet

    // Wang (comms) is not the owner (crisis-manager): refused, nothing stored.
    ReviewService asWang{d.store, d.incidents, d.clock, "Wang"};
    CHECK_THROWS_AS(asWang.acceptProposal(d.id, id), Error);
    CHECK(d.store.playbook("cyber-breach")->version == before->version);

    const int version = d.reviews.acceptProposal(d.id, id);
    CHECK(version == before->version + 1);
    CHECK(d.store.playbook("cyber-breach")->playbook == draft);
    const auto item = *d.reviews.review(d.id).improvement(id);
    CHECK(item.acceptedVersion == version);
    CHECK(item.status == ImprovementStatus::Done);
    // The incident keeps the version it was opened with.
    CHECK(d.store.incident(d.id).playbookVersion == before->version);
    CHECK_THROWS_AS(d.reviews.acceptProposal(d.id, id), Error);

    const auto plain = d.reviews.addImprovement(d.id, d.item("No change", "2026-04-01T00:00:00Z"));
    CHECK_THROWS_AS(d.reviews.proposedDraft(d.id, plain), Error);
}

TEST_CASE("Figures come from the log and the dashboard counts closed incidents only") {
    ReviewDesk d;
    d.clock.advance(20min);
    for (const auto& item : {"scope", "impact", "cause", "customers-affected"})
        d.incidents.check(d.id, item);
    d.incidents.advance(d.id); // identify left after 20 min: met
    d.clock.advance(3h);
    d.incidents.forceAdvance(d.id, "analysis done off-line"); // analyze at 3 h 20: late
    const auto m = d.reviews.metrics(d.id);
    CHECK(m.phases.at(Phase::Identify).outcome == TargetOutcome::Met);
    CHECK(m.phases.at(Phase::Analyze).outcome == TargetOutcome::MetLate);
    CHECK(m.forcedAdvances == 1);
    REQUIRE(m.reputation);
    CHECK(m.reputation->mentions == 0);

    CHECK(d.reviews.dashboard().real.all.count == 0);
    d.incidents.close(d.id, "resolved");
    const auto drill = d.incidents.open({"cyber-breach", "Drill", 2, d.clock.now(), true});
    d.incidents.close(drill, "drill over");
    const auto figures = d.reviews.dashboard();
    CHECK(figures.real.all.count == 1);
    CHECK(figures.drills.all.count == 1);
    CHECK(figures.real.byType.at("cyber-breach").count == 1);
}

TEST_CASE("The review checklist asks for answers and answers wait for the review phase") {
    ReviewDesk d;
    // Before Review: nothing to look back on yet.
    try {
        d.reviews.answer(d.id, "what-worked", "comms", "Too early");
        FAIL("answered in identify");
    } catch (const Error& e) {
        CHECK(e.message().id == "error.review_not_yet");
    }
    d.toReview();
    // Ticking a question's item by hand, without any answer, is refused...
    try {
        d.incidents.check(d.id, "challenges");
        FAIL("ticked without an answer");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::RuleViolation);
        CHECK(e.message().id == "error.review_needs_answer");
    }
    CHECK_FALSE(d.store.incident(d.id).checked.contains("challenges"));
    // ...other review items tick as before, and once answered (then unticked) it ticks again.
    d.incidents.check(d.id, "plan-updated");
    d.reviews.answer(d.id, "challenges", "it", "Backups were slow");
    d.incidents.uncheck(d.id, "challenges");
    d.incidents.check(d.id, "challenges");
    CHECK(d.store.incident(d.id).checked.contains("challenges"));
}

TEST_CASE("A closed incident keeps the figures it closed with") {
    ReviewDesk d;
    d.clock.advance(10min);
    d.incidents.close(d.id, "false alarm"); // clocks still running at the close
    const auto atClose = d.reviews.metrics(d.id);
    const auto dashboardAtClose = d.reviews.dashboard();
    d.clock.advance(24h * 30); // a month on, every clock would be overdue by now
    const auto later = d.reviews.metrics(d.id);
    REQUIRE(later.clocks.size() == atClose.clocks.size());
    for (std::size_t i = 0; i < later.clocks.size(); ++i) {
        INFO(later.clocks[i].clock);
        CHECK(later.clocks[i].outcome == atClose.clocks[i].outcome);
        CHECK(later.clocks[i].outcome != TargetOutcome::Missed);
    }
    CHECK(later.at == atClose.at + 24h * 30); // as of now (the plan goes on); only the clocks stopped
    const auto dashboardLater = d.reviews.dashboard();
    CHECK(dashboardLater.real.all.clocksJudged == dashboardAtClose.real.all.clocksJudged);
    CHECK(dashboardLater.real.all.clocksMet == dashboardAtClose.real.all.clocksMet);

    // Closed from identify: identify was abandoned, not completed in 10 minutes.
    CHECK(later.phases.at(Phase::Identify).outcome == TargetOutcome::Running);
    CHECK_FALSE(later.phaseExitAfterT0.contains(Phase::Identify));
    CHECK(dashboardLater.real.all.clocksMet == 0);
    CHECK_FALSE(dashboardLater.real.all.meanPhaseExit.contains(Phase::Identify));
    // The board shows the clocks as they stood at the close, not overdue a month later.
    const auto board = d.incidents.status(d.id);
    for (const auto& clock : board.clocks) {
        INFO(clock.id);
        CHECK(clock.state != ClockState::Overdue);
        CHECK(clock.state != ClockState::Met);
    }
}

TEST_CASE("A proposal the playbook already holds is refused and the item stays open") {
    ReviewDesk d;
    const auto before = d.store.playbook("cyber-breach");
    REQUIRE(before);
    ImprovementRequest request = d.item("Identify clock", "2026-04-01T00:00:00Z");
    request.proposal = SetClockDuration{"identify", before->playbook.clock("identify")->duration};
    const auto id = d.reviews.addImprovement(d.id, request);
    try {
        d.reviews.acceptProposal(d.id, id);
        FAIL("accepted a proposal that changes nothing");
    } catch (const Error& e) {
        CHECK(e.message().id == "error.proposal_no_change");
    }
    CHECK(d.store.playbook("cyber-breach")->version == before->version);
    CHECK(d.reviews.review(d.id).improvement(id)->status == ImprovementStatus::Open);
}
