#include <crisis/error.hpp>
#include <crisis/phase_machine.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

const char* playbookJson = R"({"format": "crisisdesk.playbook/1", "id": "t", "crisis_type": "data-leak",
  "origin": "external", "name": {"en": "Test", "zh": "测试"}, "description": {"en": "d", "zh": "描述"},
  "clocks": [{"id": "gdpr-art33", "name": {"en": "GDPR", "zh": "GDPR"}, "start": "awareness", "duration": "72h",
              "met_by": "mark", "regulatory": true, "reference": "GDPR Art. 33"},
             {"id": "sec-8k", "name": {"en": "8-K", "zh": "8-K"}, "start": "materiality-decision",
              "duration": "4bd", "met_by": "mark", "warnings": [0.5]}],
  "tasks": [{"id": "t1", "title": {"en": "Reset", "zh": "重置"}, "role": "it", "due": "1h"}]})";

struct Fixture {
    Playbook playbook = parsePlaybook(playbookJson, "test");
    Instant t0 = at("2026-03-02T08:00:00Z"); // a Monday
    Incident incident;

    Fixture() {
        incident.id = 1;
        incident.playbookId = "t";
        incident.detectedAt = t0;
        incident.openedAt = t0;
        incident.startEvents["detection"] = t0;
        incident.tasks.push_back(
            Task{1, 1, "t1", {"Reset", "重置"}, "it", "Zhang", t0 + 1h, std::nullopt, ""});
    }

    ClockStatus clock(const std::string& id, Instant when) const {
        for (auto& c : status(incident, playbook, when).clocks)
            if (c.id == id)
                return c;
        FAIL("no clock " << id);
        return {};
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Identify clock boundaries to the millisecond") {
    const Instant due = t0 + 30min;
    CHECK(clock("identify", t0).state == ClockState::Pending);
    CHECK(clock("identify", t0).due == due);
    // Warning thresholds at 50 % (15 min) and 80 % (24 min).
    CHECK(clock("identify", t0 + 15min - 1ms).state == ClockState::Pending);
    CHECK(clock("identify", t0 + 15min).state == ClockState::Warning);
    CHECK(clock("identify", t0 + 15min).warningLevel == 1);
    CHECK(clock("identify", t0 + 24min - 1ms).warningLevel == 1);
    CHECK(clock("identify", t0 + 24min).warningLevel == 2);
    CHECK(clock("identify", due - 1ms).state == ClockState::Warning);
    CHECK(clock("identify", due).state == ClockState::Warning);
    CHECK(clock("identify", due + 1ms).state == ClockState::Overdue);
    CHECK(clock("identify", t0 + 31min).state == ClockState::Overdue);
}

TEST_CASE_METHOD(Fixture, "A clock met in time is met - met late stays recorded as late") {
    incident.phaseExits[Phase::Identify] = PhaseExit{t0 + 30min, false, ""};
    CHECK(clock("identify", t0 + 30min).state == ClockState::Met);
    CHECK(clock("identify", t0 + 5h).state == ClockState::Met);
    // Before the exit happened, the same facts give the running state.
    CHECK(clock("identify", t0 + 29min).state == ClockState::Warning);

    incident.phaseExits[Phase::Identify] = PhaseExit{t0 + 30min + 1ms, false, ""};
    CHECK(clock("identify", t0 + 30min + 1ms).state == ClockState::MetLate);
    CHECK(clock("identify", t0 + 30min + 1ms).metAt == t0 + 30min + 1ms);
}

TEST_CASE_METHOD(Fixture, "First acknowledgement is met by a mark") {
    CHECK(clock("first-acknowledgement", t0 + 1h + 1ms).state == ClockState::Overdue);
    incident.clockMarks["first-acknowledgement"] = t0 + 40min;
    CHECK(clock("first-acknowledgement", t0 + 1h + 1ms).state == ClockState::Met);
}

TEST_CASE_METHOD(Fixture, "Regulatory clocks wait for their start event") {
    CHECK(clock("gdpr-art33", t0 + 1h).state == ClockState::NotStarted);
    CHECK_FALSE(clock("gdpr-art33", t0 + 1h).due.has_value());
    incident.startEvents["awareness"] = t0 + 2h;
    CHECK(clock("gdpr-art33", t0 + 1h).state == ClockState::NotStarted); // not yet at that instant
    CHECK(clock("gdpr-art33", t0 + 2h).state == ClockState::Pending);
    CHECK(clock("gdpr-art33", t0 + 2h).due == t0 + 74h);
    CHECK(clock("gdpr-art33", t0 + 74h).state == ClockState::Warning);
    CHECK(clock("gdpr-art33", t0 + 74h + 1ms).state == ClockState::Overdue);

    // SEC 8-K: four business days; Friday 10:00 -> Thursday 10:00.
    incident.startEvents["materiality-decision"] = at("2026-03-06T10:00:00Z");
    CHECK(clock("sec-8k", at("2026-03-06T10:00:00Z")).due == at("2026-03-12T10:00:00Z"));
}

TEST_CASE_METHOD(Fixture, "Status shows the current phase's exit checklist") {
    incident.checked["scope"] = t0 + 5min;
    auto s = status(incident, playbook, t0 + 10min);
    CHECK(s.phase == Phase::Identify);
    REQUIRE(s.checklist.size() == 4);
    CHECK(s.checklist[0].id == "scope");
    CHECK(s.checklist[0].done);
    CHECK_FALSE(s.checklist[1].done);
    CHECK_FALSE(s.canAdvance);
    for (const char* item : {"impact", "cause", "customers-affected"})
        incident.checked[item] = t0 + 6min;
    CHECK(status(incident, playbook, t0 + 10min).canAdvance);
}

TEST_CASE_METHOD(Fixture, "Advancing requires the exit checklist - forcing requires a reason") {
    try {
        requireCanAdvance(incident, playbook);
        FAIL("advanced with an open checklist");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::RuleViolation);
        CHECK(std::string(e.what()).find("scope, impact, cause, customers-affected") != std::string::npos);
    }
    CHECK_THROWS_AS(requireCanForce(incident, "   "), Error);
    CHECK_NOTHROW(requireCanForce(incident, "CEO decided to skip"));
    incident.closedAt = t0;
    CHECK_THROWS_AS(requireCanForce(incident, "reason"), Error);
}

TEST_CASE_METHOD(Fixture, "nextChange gives the earliest future state change of any clock or task") {
    // Clocks from T0: identify thresholds at 15 and 24 min come first.
    CHECK(nextChange(incident, playbook, t0) == t0 + 15min);
    CHECK(nextChange(incident, playbook, t0 + 15min) == t0 + 24min);
    CHECK(nextChange(incident, playbook, t0 + 24min) == t0 + 30min);       // first-ack 50 %
    CHECK(nextChange(incident, playbook, t0 + 30min) == t0 + 30min + 1ms); // identify overdue
    // Meeting identify removes its instants.
    incident.phaseExits[Phase::Identify] = PhaseExit{t0 + 20min, false, ""};
    incident.phase = Phase::Analyze;
    CHECK(nextChange(incident, playbook, t0 + 20min) == t0 + 30min);
    // The task's overdue instant (1 h + 1 ms) comes after first-ack overdue (also 1 h + 1 ms).
    CHECK(nextChange(incident, playbook, t0 + 60min) == t0 + 60min + 1ms);
    incident.closedAt = t0 + 61min;
    CHECK_FALSE(nextChange(incident, playbook, t0 + 61min).has_value());
}

TEST_CASE_METHOD(Fixture, "nextChange follows every instant where status changes") {
    // Walk from T0 through the next 30 hours by nextChange; between two change instants the
    // status must not change, and at each it must.
    auto fingerprint = [&](Instant when) {
        std::string f;
        for (const auto& c : status(incident, playbook, when).clocks)
            f += std::string(clockStateName(c.state)) + std::to_string(c.warningLevel) + ",";
        for (const auto& t : incident.tasks)
            f += std::string(taskStateName(taskState(t, when))) + ",";
        return f;
    };
    Instant now = t0;
    int changes = 0;
    while (auto next = nextChange(incident, playbook, now)) {
        if (*next > t0 + 30h)
            break;
        CHECK(fingerprint(*next - 1ms) == fingerprint(now));
        CHECK(fingerprint(*next) != fingerprint(now));
        now = *next;
        ++changes;
    }
    CHECK(changes >= 10);
}

TEST_CASE("Task state: open until due, overdue after, done or done late") {
    const Instant due = at("2026-03-02T09:00:00Z");
    Task task{1, 1, "t", {"t", "t"}, "it", "", due, std::nullopt, ""};
    CHECK(taskState(task, due) == TaskState::Open);
    CHECK(taskState(task, due + 1ms) == TaskState::Overdue);
    task.doneAt = due;
    CHECK(taskState(task, due + 1h) == TaskState::Done);
    task.doneAt = due + 1ms;
    CHECK(taskState(task, due + 1h) == TaskState::DoneLate);
    CHECK(taskState(task, due) == TaskState::Open);
}
