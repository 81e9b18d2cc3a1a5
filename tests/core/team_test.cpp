// The roster's primary and backup per role, and role hand-off during an incident.

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

struct Team {
    TempDir dir;
    Store store{dir.file("team.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock{t0};
    IncidentService service{store, clock, "Lin"};

    Team() { installDefaultPlaybooks(store, t0); }

    std::vector<Task> tasksOf(const Incident& incident, const std::string& role) const {
        std::vector<Task> out;
        for (const auto& t : incident.tasks)
            if (t.role == role)
                out.push_back(t);
        return out;
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

TEST_CASE_METHOD(Team, "A role has one primary and any number of backups") {
    const auto emma = store.addMember({0, "Emma", "comms", "emma@example.com"});
    CHECK_FALSE(emma.backup);
    CHECK(errorOf([&] { store.addMember({0, "Ann", "comms", ""}); }) == ErrorCode::RuleViolation);
    try {
        store.addMember({0, "Ann", "comms", ""});
    } catch (const Error& e) {
        CHECK(e.describe(Language::En) ==
              "Emma is already the primary for comms: add Ann as a backup, or make Emma a backup first.");
        CHECK(e.describe(Language::Zh).find("候补") != std::string::npos);
    }
    CHECK(store.members().size() == 1); // nothing stored
    const auto ann = store.addMember({0, "Ann", "comms", "", true});
    const auto bo = store.addMember({0, "Bo", "comms", "", true});
    CHECK(ann.backup);
    REQUIRE(store.members().size() == 3);
    CHECK(store.members()[1].backup);

    SECTION("a backup cannot become primary while the role has one") {
        auto promoted = ann;
        promoted.backup = false;
        CHECK(errorOf([&] { store.updateMember(promoted); }) == ErrorCode::RuleViolation);
        CHECK(store.members()[1].backup);
    }
    SECTION("swapping: the primary steps back, then the backup steps up") {
        auto demoted = emma;
        demoted.backup = true;
        store.updateMember(demoted);
        auto promoted = ann;
        promoted.backup = false;
        store.updateMember(promoted);
        const auto members = store.members();
        CHECK(roleHolder(members, "comms")->name == "Ann");
    }
    SECTION("moving a primary to a role that has a primary is refused") {
        store.addMember({0, "Sarah", "legal", ""});
        auto moved = emma;
        moved.role = "legal";
        CHECK(errorOf([&] { store.updateMember(moved); }) == ErrorCode::RuleViolation);
        moved.backup = true;
        store.updateMember(moved);
        CHECK(store.members()[0].role == "legal");
    }
    SECTION("the holder is the primary, else the first backup, else nobody") {
        auto members = store.members();
        CHECK(roleHolder(members, "comms")->name == "Emma");
        store.removeMember(emma.id);
        members = store.members();
        CHECK(roleHolder(members, "comms")->name == "Ann");
        CHECK(roleHolder(members, "legal") == nullptr);
        (void)bo;
    }
}

TEST_CASE_METHOD(Team, "At open tasks go to the role's primary or the backup when there is no primary") {
    store.addMember({0, "Lin", "crisis-manager", ""});
    store.addMember({0, "Zhao", "it", "", true}); // backup added first
    store.addMember({0, "Zhang", "it", ""});      // the primary
    store.addMember({0, "Ann", "comms", "", true});
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    const auto incident = store.incident(id);
    for (const auto& t : tasksOf(incident, "it"))
        CHECK(t.assignee == "Zhang");
    for (const auto& t : tasksOf(incident, "comms"))
        CHECK(t.assignee == "Ann");
    for (const auto& t : tasksOf(incident, "legal"))
        CHECK(t.assignee.empty());
    // The first holders, from the open.
    REQUIRE(incident.holderOf("it"));
    CHECK(incident.holderOf("it")->holder == "Zhang");
    CHECK(incident.holderOf("it")->from == t0);
    CHECK(incident.holderOf("comms")->holder == "Ann");
    CHECK(incident.holderOf("legal") == nullptr);
    CHECK(incident.roles.size() == 3);
    CHECK(incident.roles.front().role == "crisis-manager");
}

TEST_CASE_METHOD(Team,
                 "Hand-off history: several hand-offs - open tasks follow - done tasks keep their doer") {
    store.addMember({0, "Lin", "crisis-manager", ""});
    store.addMember({0, "Emma", "comms", ""});
    store.addMember({0, "Ann", "comms", "", true});
    store.addMember({0, "Bo", "comms", "", true});
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    auto comms = tasksOf(store.incident(id), "comms");
    REQUIRE(comms.size() >= 2);
    // Emma finishes the first comms task, then hands over at the end of her shift.
    clock.advance(20min);
    {
        ManualClock emmaClock{clock.now()};
        IncidentService asEmma{store, emmaClock, "Emma"};
        asEmma.completeTask(comms[0].id);
    }
    clock.advance(40min);
    const auto first = service.handOff(id, "comms", "Ann", "end of shift");
    CHECK(first.from == "Emma");
    CHECK(first.at == t0 + 1h);
    CHECK(first.tasks.size() == comms.size() - 1);

    auto incident = store.incident(id);
    auto now = tasksOf(incident, "comms");
    CHECK(now[0].assignee == "Emma"); // done: keeps who did it
    CHECK(now[0].doneBy == "Emma");
    for (std::size_t i = 1; i < now.size(); ++i)
        CHECK(now[i].assignee == "Ann");
    // Other roles' tasks did not move.
    for (const auto& t : tasksOf(incident, "crisis-manager"))
        CHECK(t.assignee == "Lin");

    clock.advance(3h);
    service.handOff(id, "comms", "Bo", "Ann is briefing the press");
    clock.advance(1h);
    service.handOff(id, "comms", "Emma", "");
    incident = store.incident(id);
    std::vector<RoleTenure> history;
    for (const auto& t : incident.roles)
        if (t.role == "comms")
            history.push_back(t);
    REQUIRE(history.size() == 4);
    CHECK(history[0].holder == "Emma");
    CHECK(history[0].from == t0);
    CHECK(history[0].until == t0 + 1h);
    CHECK(history[1].holder == "Ann");
    CHECK(history[1].reason == "end of shift");
    CHECK(history[1].by == "Lin");
    CHECK(history[1].until == t0 + 4h);
    CHECK(history[2].holder == "Bo");
    CHECK(history[2].until == t0 + 5h);
    CHECK(history[3].holder == "Emma");
    CHECK_FALSE(history[3].until);
    CHECK(incident.holderOf("comms")->holder == "Emma");

    SECTION("a task reopened later follows the holder of the time") {
        service.reopenTask(comms[0].id);
        service.handOff(id, "comms", "Ann", "");
        const auto reopened = *store.incident(id).task(comms[0].id);
        CHECK(reopened.assignee == "Ann");
        CHECK_FALSE(reopened.doneAt);
    }
    SECTION("the log replays to the same holders and assignees") {
        const auto live = store.incident(id);
        store.rebuildProjections();
        CHECK(store.incident(id) == live);
        Incident folded;
        for (const auto& e : store.events(id))
            applyEvent(folded, e);
        CHECK(folded.roles == live.roles);
        CHECK(folded.tasks == live.tasks);
        CHECK_FALSE(store.verify());
    }
    SECTION("the hand-off is one event with role, from, to, reason and the tasks that moved") {
        const auto events = store.events(id);
        const auto handoffs = std::count_if(
            events.begin(), events.end(), [](const Event& e) { return e.kind == event_kind::roleHandedOff; });
        CHECK(handoffs == 3);
        const auto& e = *std::find_if(events.begin(), events.end(),
                                      [](const Event& e) { return e.kind == event_kind::roleHandedOff; });
        CHECK(e.payload.at("role") == "comms");
        CHECK(e.payload.at("from") == "Emma");
        CHECK(e.payload.at("to") == "Ann");
        CHECK(e.payload.at("reason") == "end of shift");
        CHECK(e.payload.at("tasks").size() == comms.size() - 1);
    }
    SECTION("my tasks follow the holder") {
        TaskFilter mine;
        mine.assignee = "Emma";
        mine.incident = id;
        const auto emmas = store.tasks(mine);
        CHECK(emmas.size() == comms.size()); // the done one and the ones back with her
        mine.assignee = "Bo";
        CHECK(store.tasks(mine).empty());
    }
}

TEST_CASE_METHOD(Team, "A bad hand-off gets a clear error and changes nothing") {
    store.addMember({0, "Emma", "comms", ""});
    store.addMember({0, "Ann", "comms", "", true});
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    const auto before = store.eventCount();
    CHECK(errorOf([&] { service.handOff(id, "chef", "Ann", ""); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { service.handOff(id, "comms", "Nobody", ""); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { service.handOff(id, "comms", "Emma", ""); }) == ErrorCode::RuleViolation);
    CHECK(errorOf([&] { service.handOff(99, "comms", "Ann", ""); }) == ErrorCode::NotFound);
    service.close(id, "false alarm");
    const auto closed = store.eventCount();
    CHECK(errorOf([&] { service.handOff(id, "comms", "Ann", ""); }) == ErrorCode::RuleViolation);
    CHECK(store.eventCount() == closed);
    CHECK(closed == before + 1);
}

TEST_CASE_METHOD(Team,
                 "A hand-off before the holder took the role or before T0 is refused and changes nothing") {
    store.addMember({0, "Emma", "comms", ""});
    store.addMember({0, "Ann", "comms", "", true});
    // Opened two hours after detection: Emma holds comms from the open, nobody legal.
    clock.set(t0 + 2h);
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    store.addMember({0, "Sarah", "legal", ""});
    service.handOff(id, "comms", "Ann", "shift change");
    const auto before = store.eventCount();
    const auto messageOf = [&](const std::function<void()>& command) {
        try {
            command();
        } catch (const Error& e) {
            return e.message();
        }
        FAIL("command succeeded");
        return Message{};
    };
    clock.set(t0 + 1h); // e.g. crisisctl --at with an instant already past
    const auto early = messageOf([&] { service.handOff(id, "comms", "Emma", ""); });
    CHECK(early.id == "error.handoff_before_holder");
    CHECK(early.args ==
          std::vector<std::string>{"2026-03-02T09:00:00Z", "Ann", "comms", "2026-03-02T10:00:00Z"});
    CHECK(render(early, Language::En).find("before Ann took the role comms") != std::string::npos);
    // A role nobody holds cannot be handed over before the incident was detected.
    clock.set(t0 - 1min);
    CHECK(messageOf([&] { service.handOff(id, "legal", "Sarah", ""); }).id == "error.handoff_before_t0");
    CHECK(store.eventCount() == before);
    const auto incident = store.incident(id);
    for (const auto& tenure : incident.roles)
        CHECK((!tenure.until || *tenure.until >= tenure.from));
    // At the holder's own start instant the hand-off is fine.
    clock.set(t0 + 2h);
    CHECK(service.handOff(id, "comms", "Emma", "").from == "Ann");
}

TEST_CASE_METHOD(Team, "A role nobody held at open can be handed to someone - who gets its open tasks") {
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    store.addMember({0, "Sarah", "legal", ""});
    const auto moved = service.handOff(id, "legal", "Sarah", "joined late");
    CHECK(moved.from.empty());
    const auto incident = store.incident(id);
    CHECK(moved.tasks.size() == tasksOf(incident, "legal").size());
    for (const auto& t : tasksOf(incident, "legal"))
        CHECK(t.assignee == "Sarah");
}

TEST_CASE_METHOD(Team, "Logs written before holders were recorded take the first holders from the tasks") {
    store.addMember({0, "Emma", "comms", ""});
    const auto id = service.open({"cyber-breach", "Breach", 1, t0, false});
    auto opened = store.events(id).front();
    opened.payload.erase("holders");
    Incident folded;
    applyEvent(folded, opened);
    REQUIRE(folded.holderOf("comms"));
    CHECK(folded.holderOf("comms")->holder == "Emma");
    CHECK(folded.holderOf("it") == nullptr);
}
