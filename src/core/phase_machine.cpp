#include <crisis/error.hpp>
#include <crisis/phase_machine.hpp>

#include "text.hpp"

#include <algorithm>
#include <cmath>

namespace crisis {

namespace {

std::optional<Instant> startOf(const Incident& incident, const ClockDef& clock, Instant at) {
    const auto it = incident.startEvents.find(clock.start);
    if (it == incident.startEvents.end() || it->second > at)
        return std::nullopt;
    return it->second;
}

// When the clock was met according to the facts recorded so far (regardless of `at`).
std::optional<Instant> metInstant(const Incident& incident, const ClockDef& clock) {
    if (clock.metByPhaseExit) {
        if (incident.closedEarlyFrom() == clock.metByPhaseExit)
            return std::nullopt; // the phase was abandoned by the close, not completed
        const auto it = incident.phaseExits.find(*clock.metByPhaseExit);
        if (it != incident.phaseExits.end())
            return it->second.at;
        return std::nullopt;
    }
    const auto it = incident.clockMarks.find(clock.id);
    if (it != incident.clockMarks.end())
        return it->second;
    return std::nullopt;
}

Instant thresholdInstant(Instant start, Instant due, double fraction) {
    const auto span = static_cast<double>((due - start).count());
    return start + Duration{static_cast<long long>(std::floor(span * fraction))};
}

void consider(std::optional<Instant>& best, Instant candidate, Instant after) {
    if (candidate > after && (!best || candidate < *best))
        best = candidate;
}

} // namespace

std::string_view clockStateName(ClockState state) {
    switch (state) {
    case ClockState::NotStarted:
        return "not-started";
    case ClockState::Pending:
        return "pending";
    case ClockState::Warning:
        return "warning";
    case ClockState::Met:
        return "met";
    case ClockState::MetLate:
        return "met-late";
    case ClockState::Overdue:
        return "overdue";
    }
    return "pending";
}

std::string_view taskStateName(TaskState state) {
    switch (state) {
    case TaskState::Open:
        return "open";
    case TaskState::Overdue:
        return "overdue";
    case TaskState::Done:
        return "done";
    case TaskState::DoneLate:
        return "done-late";
    }
    return "open";
}

TaskState taskState(const Task& task, Instant at) {
    if (task.doneAt && *task.doneAt <= at)
        return *task.doneAt <= task.due ? TaskState::Done : TaskState::DoneLate;
    return at > task.due ? TaskState::Overdue : TaskState::Open;
}

ClockStatus clockStatus(const Incident& incident, const ClockDef& clock, Instant at) {
    ClockStatus s;
    s.id = clock.id;
    s.name = clock.name;
    s.regulatory = clock.regulatory;
    s.start = clock.start;
    s.startedAt = startOf(incident, clock, at);
    if (!s.startedAt)
        return s; // NotStarted
    const Instant due = clock.durationFor(incident.severity).addTo(*s.startedAt);
    s.due = due;
    if (const auto met = metInstant(incident, clock); met && *met <= at) {
        s.metAt = met;
        s.state = *met <= due ? ClockState::Met : ClockState::MetLate;
        return s;
    }
    if (at > due) {
        s.state = ClockState::Overdue;
        return s;
    }
    for (const double fraction : clock.warnings)
        if (at >= thresholdInstant(*s.startedAt, due, fraction))
            ++s.warningLevel;
    s.state = s.warningLevel > 0 ? ClockState::Warning : ClockState::Pending;
    return s;
}

IncidentStatus status(const Incident& incident, const Playbook& playbook, Instant now) {
    // A closed incident's clocks stop at the close: nothing turns overdue afterwards.
    const Instant at = incident.closedAt ? std::min(now, *incident.closedAt) : now;
    IncidentStatus result;
    result.phase = incident.phase;
    for (const auto& clock : playbook.clocks)
        result.clocks.push_back(clockStatus(incident, clock, at));
    bool complete = true;
    for (const auto& item : playbook.checklist(incident.phase)) {
        ChecklistStatus c{item.id, item.text, false, std::nullopt};
        if (const auto it = incident.checked.find(item.id); it != incident.checked.end()) {
            c.done = true;
            c.doneAt = it->second;
        }
        complete = complete && c.done;
        result.checklist.push_back(std::move(c));
    }
    result.canAdvance = incident.isOpen() && complete;
    return result;
}

std::optional<Instant> nextChange(const Incident& incident, const Playbook& playbook, Instant at) {
    if (!incident.isOpen())
        return std::nullopt;
    std::optional<Instant> best;
    for (const auto& clock : playbook.clocks) {
        const auto startIt = incident.startEvents.find(clock.start);
        if (startIt == incident.startEvents.end())
            continue; // starts only when somebody records its start event: that is a new fact
        const Instant start = startIt->second;
        consider(best, start, at);
        const Instant due = clock.durationFor(incident.severity).addTo(start);
        const auto met = metInstant(incident, clock);
        if (met) {
            consider(best, *met, at); // a fact recorded for a later instant (e.g. --at in the past)
            if (*met <= at)
                continue;
        }
        for (const double fraction : clock.warnings)
            consider(best, thresholdInstant(start, due, fraction), at);
        consider(best, due + Duration{1}, at);
    }
    for (const auto& task : incident.tasks) {
        if (task.doneAt && *task.doneAt <= at)
            continue;
        consider(best, task.due + Duration{1}, at);
        if (task.doneAt)
            consider(best, *task.doneAt, at);
    }
    return best;
}

void requireCanAdvance(const Incident& incident, const Playbook& playbook) {
    if (!incident.isOpen())
        throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident.id)}});
    std::string open;
    for (const auto& item : playbook.checklist(incident.phase))
        if (!incident.checked.contains(item.id))
            open += (open.empty() ? "" : ", ") + item.id;
    if (!open.empty())
        throw Error(ErrorCode::RuleViolation,
                    {"error.checklist_incomplete", {std::string(phaseName(incident.phase)), open}});
}

void requireCanForce(const Incident& incident, const std::string& reason) {
    if (!incident.isOpen())
        throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident.id)}});
    if (detail::isBlank(reason))
        throw Error(ErrorCode::RuleViolation, {"error.reason_required", {}});
}

} // namespace crisis
