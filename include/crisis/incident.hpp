#pragma once
// An incident's current state: the projection of its event log.

#include <crisis/clock.hpp>
#include <crisis/event.hpp>
#include <crisis/phase.hpp>
#include <crisis/playbook.hpp>
#include <crisis/time.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// How an incident left a phase.
struct PhaseExit {
    Instant at;
    bool forced = false;
    std::string reason; ///< required when forced
    bool operator==(const PhaseExit&) const = default;
};

/// A task of an incident, created from the playbook's task templates at open.
struct Task {
    std::int64_t id = 0;
    std::int64_t incident = 0;
    std::string templateId;
    LocalizedText title;
    std::string role;
    std::string assignee; ///< empty when nobody held the role at open
    Instant due;
    std::optional<Instant> doneAt;
    std::string doneBy;
    bool operator==(const Task&) const = default;
};

/// One person's time holding a role of an incident: from the open (the first holder) or a
/// hand-off, until the next hand-off of the role.
struct RoleTenure {
    std::string role;
    std::string holder;
    Instant from;
    std::optional<Instant> until; ///< nullopt: holds the role now
    std::string reason;           ///< why the role was handed over (empty for the first holder)
    std::string by;               ///< who recorded the hand-off (who opened, for the first)
    bool operator==(const RoleTenure&) const = default;
};

/// The state of one incident, as folded from its events.
struct Incident {
    std::int64_t id = 0;
    std::string playbookId;
    int playbookVersion = 0;
    std::string title;
    int severity = 2;   ///< 1 (most severe) .. 4
    Instant detectedAt; ///< T0
    bool drill = false;
    Phase phase = Phase::Identify;
    Instant openedAt;
    std::string openedBy;
    std::optional<Instant> closedAt;
    std::map<std::string, Instant> checked;     ///< checklist item id -> when ticked
    std::map<std::string, Instant> clockMarks;  ///< clock id -> when marked met
    std::map<std::string, Instant> startEvents; ///< start event -> when it happened
    std::map<std::string, Instant> alerts;      ///< "<what>:<state>" -> when that alert was raised
    std::map<Phase, PhaseExit> phaseExits;      ///< phase -> how it was left
    std::vector<Task> tasks;
    std::vector<RoleTenure> roles;              ///< who held each role from when to when, in order of start
    bool causeVerified = false;                 ///< apologies are checked until this is set
    std::optional<long long> customersAffected; ///< the record statements are checked against
    /// A scenario drill's clock (drill.* events); nullopt for real incidents and plain drills.
    std::optional<DrillClockState> drillClock;
    std::int64_t lastSeq = 0;
    std::string lastHash;

    bool isOpen() const { return !closedAt.has_value(); }
    /// The incident's own instant when the wall clock reads `real`: its drill clock's time for
    /// a scenario drill, `real` itself otherwise. Clocks, tasks and new events use this instant.
    Instant timeAt(Instant real) const { return drillClock ? drillClock->at(real) : real; }
    /// The task with this id, or nullptr.
    Task* task(std::int64_t taskId);
    /// Who holds `role` now, or nullptr when nobody does.
    const RoleTenure* holderOf(std::string_view role) const;
    /// The phase an incident was closed from before reaching its review (a false alarm closed
    /// in identify, say), or nullopt. That phase was abandoned, not completed: its clock is not
    /// met by the close.
    std::optional<Phase> closedEarlyFrom() const;
    bool operator==(const Incident&) const = default;
};

/// Applies one event to the state (the projection's reducer). Pure: the same log always
/// folds to the same state. Throws Error(Integrity) for an event that cannot apply.
void applyEvent(Incident& incident, const Event& event);

} // namespace crisis
