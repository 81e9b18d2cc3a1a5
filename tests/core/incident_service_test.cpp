#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/review_service.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

struct Desk {
    TempDir dir;
    Store store{dir.file("desk.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock{t0};
    IncidentService service{store, clock, "Lin"};

    Desk() {
        installDefaultPlaybooks(store, t0);
        store.addMember({0, "Lin", "crisis-manager", ""});
        store.addMember({0, "Zhang", "it", ""});
        store.addMember({0, "Zhao", "it", "", true}); // a backup: the primary holds the role
        store.addMember({0, "Emma", "comms", ""});
    }

    ErrorCode errorOf(const std::function<void()>& command) {
        try {
            command();
        } catch (const Error& e) {
            return e.code();
        }
        FAIL("command succeeded");
        return ErrorCode::Io;
    }
};

} // namespace

TEST_CASE_METHOD(Desk, "Opening creates the playbook's tasks, assigned to the first holder of each role") {
    const auto id = service.open({"cyber-breach", "Breach", 1, t0 - 5min, false});
    const auto incident = store.incident(id);
    CHECK(incident.phase == Phase::Identify);
    CHECK(incident.detectedAt == t0 - 5min);
    const auto pb = crisis::test::shippedPlaybook("cyber-breach");
    REQUIRE(incident.tasks.size() == pb.tasks.size());
    for (std::size_t i = 0; i < pb.tasks.size(); ++i) {
        const auto& task = incident.tasks[i];
        CHECK(task.role == pb.tasks[i].role);
        CHECK(task.due == pb.tasks[i].due.addTo(t0 - 5min));
        if (task.role == "it")
            CHECK(task.assignee == "Zhang");
        else if (task.role == "comms")
            CHECK(task.assignee == "Emma");
        else if (task.role == "crisis-manager")
            CHECK(task.assignee == "Lin");
        else
            CHECK(task.assignee.empty());
    }
    TaskFilter itTasks;
    itTasks.role = "it";
    CHECK(store.tasks(itTasks).size() ==
          static_cast<std::size_t>(std::count_if(pb.tasks.begin(), pb.tasks.end(),
                                                 [](const TaskTemplate& t) { return t.role == "it"; })));
}

TEST_CASE_METHOD(Desk, "Opening validates its request") {
    CHECK(errorOf([&] { service.open({"nope", "x", 1, {}, false}); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { service.open({"financial", " ", 1, {}, false}); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { service.open({"financial", "x", 5, {}, false}); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { service.open({"financial", "x", 1, t0 + 1min, false}); }) == ErrorCode::InvalidInput);
    CHECK(store.eventCount() == 0);
}

TEST_CASE_METHOD(Desk, "The identify-to-analyze scenario: overdue, tick, advance") {
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    clock.advance(31min);
    auto s = service.status(id);
    CHECK(s.phase == Phase::Identify);
    CHECK(s.clocks.front().id == "identify");
    CHECK(s.clocks.front().state == ClockState::Overdue);
    CHECK(errorOf([&] { service.advance(id); }) == ErrorCode::RuleViolation);
    for (const auto& item : s.checklist)
        service.check(id, item.id);
    service.advance(id);
    s = service.status(id);
    CHECK(s.phase == Phase::Analyze);
    CHECK(s.clocks.front().state == ClockState::MetLate);
    CHECK(s.checklist.front().id == "who");
}

TEST_CASE_METHOD(Desk, "Forced transitions need a reason, which is logged") {
    const auto id = service.open({"financial", "Rumour", 1, t0, false});
    CHECK(errorOf([&] { service.forceAdvance(id, ""); }) == ErrorCode::RuleViolation);
    service.forceAdvance(id, "Bank run in progress: respond now");
    const auto incident = store.incident(id);
    CHECK(incident.phase == Phase::Analyze);
    CHECK(incident.phaseExits.at(Phase::Identify).forced);
    CHECK(incident.phaseExits.at(Phase::Identify).reason == "Bank run in progress: respond now");
    const auto log = store.events(id);
    CHECK(log.back().kind == "phase.advanced");
    CHECK(log.back().payload["reason"] == "Bank run in progress: respond now");
}

TEST_CASE_METHOD(Desk, "Closing: from review with a complete checklist, elsewhere only with a reason") {
    const auto id = service.open({"reputation", "Complaint wave", 2, t0, false});
    CHECK(errorOf([&] { service.close(id); }) == ErrorCode::RuleViolation);
    service.close(id, "False alarm: duplicate report");
    CHECK_FALSE(store.incident(id).isOpen());
    CHECK(store.incidents(false).empty());
    CHECK(errorOf([&] { service.check(id, "scope"); }) == ErrorCode::RuleViolation);
    CHECK(errorOf([&] { service.close(id, "again"); }) == ErrorCode::RuleViolation);

    const auto other = service.open({"reputation", "Second", 2, t0, false});
    const auto pb = crisis::test::shippedPlaybook("reputation");
    for (auto phase : {Phase::Identify, Phase::Analyze, Phase::Respond, Phase::Reputation}) {
        for (const auto& item : pb.checklist(phase))
            service.check(other, item.id);
        service.advance(other);
    }
    CHECK(store.incident(other).phase == Phase::Review);
    CHECK(errorOf([&] { service.close(other); }) == ErrorCode::RuleViolation);
    // The review's questions are ticked by answering them; its other items by hand.
    ReviewService reviews{store, service, clock, "Lin"};
    for (const auto& item : pb.checklist(Phase::Review)) {
        if (isReviewQuestion(item.id))
            reviews.answer(other, item.id, "comms", "Answered");
        else
            service.check(other, item.id);
    }
    service.close(other);
    CHECK(store.incident(other).phase == Phase::Closed);
}

TEST_CASE_METHOD(Desk, "Checklist items and clocks are checked against the playbook") {
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    CHECK(errorOf([&] { service.check(id, "no-such-item"); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { service.markClock(id, "identify"); }) == ErrorCode::RuleViolation);
    CHECK(errorOf([&] { service.markClock(id, "nope"); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { service.markClock(id, "gdpr-art33"); }) == ErrorCode::RuleViolation); // not started
    CHECK(errorOf([&] { service.recordStartEvent(id, "lunch"); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { service.recordStartEvent(id, "awareness", t0 + 1h); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { service.check(99, "scope"); }) == ErrorCode::NotFound);
    service.check(id, "scope");
    service.uncheck(id, "scope");
    CHECK_FALSE(store.incident(id).checked.contains("scope"));

    clock.advance(20min);
    service.recordStartEvent(id, "awareness", t0 + 10min);
    service.markClock(id, "first-acknowledgement");
    const auto s = service.status(id);
    const auto find = [&](const std::string& clockId) {
        return *std::find_if(s.clocks.begin(), s.clocks.end(), [&](auto& c) { return c.id == clockId; });
    };
    CHECK(find("gdpr-art33").due == t0 + 10min + 72h);
    CHECK(find("first-acknowledgement").state == ClockState::Met);
}

TEST_CASE_METHOD(Desk, "Tasks are done and reopened - due lists what needs attention") {
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    const auto first = store.incident(id).tasks.front();
    service.completeTask(first.id);
    CHECK(store.incident(id).task(first.id)->doneAt == t0);
    CHECK(store.incident(id).task(first.id)->doneBy == "Lin");
    service.reopenTask(first.id);
    CHECK_FALSE(store.incident(id).task(first.id)->doneAt.has_value());
    CHECK(errorOf([&] { service.completeTask(999999); }) == ErrorCode::NotFound);

    CHECK(service.due().empty());
    clock.advance(16min);
    auto due = service.due();
    REQUIRE_FALSE(due.empty());
    // The 15-minute task is overdue and sorts before the identify clock's warning.
    CHECK(due.front().what == "task:" + std::to_string(first.id));
    CHECK(due.front().state == "overdue");
    const auto identify =
        std::find_if(due.begin(), due.end(), [](const DueItem& d) { return d.what == "identify"; });
    REQUIRE(identify != due.end());
    CHECK(identify->state == "warning");
    clock.advance(15min);
    due = service.due();
    CHECK(due.front().state == "overdue");
}

TEST_CASE_METHOD(Desk, "nextChange spans every open incident") {
    CHECK_FALSE(service.nextChange().has_value());
    service.open({"cyber-breach", "A", 1, t0 - 20min, false}); // identify 80 % at T0+4 min
    service.open({"financial", "B", 1, t0, false});            // identify 50 % at T0+15 min
    CHECK(service.nextChange() == t0 + 4min);
}

TEST_CASE_METHOD(Desk, "Demo data fills an empty store once") {
    TempDir other;
    Store fresh(other.file("demo.db"));
    CHECK(seedDemoData(fresh, t0));
    CHECK(fresh.members().size() == 10); // a primary for each role, two backups
    CHECK(fresh.incidents().size() == 2);
    CHECK(fresh.playbooks().size() == 10);
    CHECK_FALSE(seedDemoData(fresh, t0));
    CHECK(fresh.incidents().size() == 2);
    CHECK_FALSE(fresh.verify().has_value());
}

TEST_CASE_METHOD(Desk, "Alerts are raised once per clock and state, and logged") {
    const auto id = service.open({"financial", "Rumour", 1, t0, false});
    CHECK(service.raiseAlerts().empty());
    clock.advance(16min); // identify and first-acknowledgement (30 min) pass 50 %
    auto raised = service.raiseAlerts();
    REQUIRE_FALSE(raised.empty());
    CHECK(std::any_of(raised.begin(), raised.end(),
                      [](const DueItem& d) { return d.what == "identify" && d.state == "warning"; }));
    CHECK(service.raiseAlerts().empty()); // nothing new
    clock.advance(15min);                 // identify overdue: a new state, a new alert
    raised = service.raiseAlerts();
    CHECK(std::any_of(raised.begin(), raised.end(),
                      [](const DueItem& d) { return d.what == "identify" && d.state == "overdue"; }));
    const auto log = store.events(id);
    CHECK(std::count_if(log.begin(), log.end(), [](const Event& e) { return e.kind == "alert.raised"; }) ==
          static_cast<long>(store.incident(id).alerts.size()));

    // A second console on the same database raises nothing already raised.
    IncidentService other(store, clock, "Emma");
    CHECK(other.raiseAlerts().empty());
    store.rebuildProjections();
    CHECK(store.incident(id).alerts.contains("identify:overdue"));
}

TEST_CASE_METHOD(Desk, "My tasks: assigned to me or to my role") {
    service.open({"cyber-breach", "Breach", 1, t0, false});
    TaskFilter mine;
    mine.assignee = "Zhao"; // second IT member: holds no task by name, sees the role's
    mine.role = "it";
    mine.assigneeOrRole = true;
    const auto tasks = store.tasks(mine);
    REQUIRE_FALSE(tasks.empty());
    for (const auto& t : tasks)
        CHECK(t.role == "it");
    TaskFilter strict = mine;
    strict.assigneeOrRole = false;
    CHECK(store.tasks(strict).empty()); // assignee AND role: Zhao holds none
}
