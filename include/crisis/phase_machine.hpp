#pragma once
// The timed state machine: every answer is a pure function of the incident's stored facts,
// its playbook and the instant asked about. Nothing runs in the background, so a restart,
// a crash or a clock jump loses no deadline.

#include <crisis/incident.hpp>
#include <crisis/playbook.hpp>
#include <crisis/time.hpp>

#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// State of one clock at one instant.
enum class ClockState {
    NotStarted, ///< its start event has not been recorded yet
    Pending,    ///< running, before its first warning threshold
    Warning,    ///< running, past a warning threshold, not yet past due
    Met,        ///< done at or before its due instant
    MetLate,    ///< done, but after its due instant (stays recorded as late)
    Overdue,    ///< not done and the instant is after due
};
/// "not-started", "pending", "warning", "met", "met-late", "overdue".
std::string_view clockStateName(ClockState state);

/// One clock's status.
struct ClockStatus {
    std::string id;
    LocalizedText name;
    bool regulatory = false;
    std::string start;                ///< start event name
    std::optional<Instant> startedAt; ///< nullopt while NotStarted
    std::optional<Instant> due;       ///< nullopt while NotStarted
    std::optional<Instant> metAt;
    ClockState state = ClockState::NotStarted;
    int warningLevel = 0; ///< how many warning thresholds have passed (0 when not Warning)
};

/// One exit-checklist item and whether it is ticked.
struct ChecklistStatus {
    std::string id;
    LocalizedText text;
    bool done = false;
    std::optional<Instant> doneAt;
};

/// The whole answer of status(incident, at).
struct IncidentStatus {
    Phase phase = Phase::Identify;
    std::vector<ClockStatus> clocks;
    std::vector<ChecklistStatus> checklist; ///< the current phase's exit checklist
    bool canAdvance = false;                ///< checklist complete and not closed
};

/// A task's state at an instant: open tasks past due are overdue.
enum class TaskState { Open, Overdue, Done, DoneLate };
/// "open", "overdue", "done", "done-late".
std::string_view taskStateName(TaskState state);
/// The state of `task` at `at`. Boundary: at == due is still Open.
TaskState taskState(const Task& task, Instant at);

/// Status of `incident` at `at`. A fact recorded after `at` (a tick, a mark) does not count yet.
IncidentStatus status(const Incident& incident, const Playbook& playbook, Instant at);
/// Status of one clock definition for `incident` at `at`.
ClockStatus clockStatus(const Incident& incident, const ClockDef& clock, Instant at);
/// The earliest instant strictly after `at` at which any clock or task of `incident` changes
/// state; nullopt when nothing will change (closed, or everything done).
std::optional<Instant> nextChange(const Incident& incident, const Playbook& playbook, Instant at);

/// Rule check for an ordinary advance. Throws Error(RuleViolation) naming the open items.
void requireCanAdvance(const Incident& incident, const Playbook& playbook);
/// Rule check for a forced transition: open incident and a non-blank reason.
void requireCanForce(const Incident& incident, const std::string& reason);

} // namespace crisis
