#pragma once
// Commands and queries on incidents: the service edge the CLI and the GUI both call. Rules
// live in the phase machine; this class reads the facts, asks the rules, appends events.

#include <crisis/clock.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/store.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// What opening an incident needs.
struct OpenRequest {
    std::string playbookId;
    std::string title;
    int severity = 2;                  ///< 1..4
    std::optional<Instant> detectedAt; ///< T0; defaults to now, may be earlier, never later
    bool drill = false;
};

/// What a role hand-off did.
struct HandOffResult {
    std::string from;                ///< the previous holder; empty when nobody held the role
    Instant at;                      ///< when the new holder took over
    std::vector<std::int64_t> tasks; ///< ids of the open tasks that moved to the new holder
};

/// A clock or task that needs attention now (for alerts).
struct DueItem {
    std::int64_t incident = 0;
    std::string incidentTitle;
    std::string what; ///< clock id, or "task:<id>"
    LocalizedText name;
    std::string state; ///< "warning" or "overdue"
    Instant due;
};

/// Incident commands and queries over one Store, evaluated at the Clock's instant and
/// recorded under `actor`.
class IncidentService {
public:
    IncidentService(Store& store, const Clock& clock, std::string actor);

    /// Opens an incident in Identify with the playbook's tasks assigned to the members who
    /// hold each role (its primary, else its first backup: roleHolder). Those holders are the
    /// incident's first role holders, from the open. Returns the new id.
    std::int64_t open(const OpenRequest& request);
    /// Ticks / unticks an exit-checklist item of any phase of an open incident. A review
    /// question's item (review.hpp) needs an answer first (ReviewService::answer ticks it).
    void check(std::int64_t incident, const std::string& itemId);
    void uncheck(std::int64_t incident, const std::string& itemId);
    /// Moves to the next phase; requires the current exit checklist to be complete.
    void advance(std::int64_t incident);
    /// Moves to the next phase whatever the checklist says; the reason is logged.
    void forceAdvance(std::int64_t incident, const std::string& reason);
    /// Closes from Review with a complete checklist, or from any phase with a reason. A drill
    /// incident whose drill still runs has its drill ended first, in the same transaction (a
    /// drill.ended event with `on_close`), so no drill clock runs on a closed incident.
    void close(std::int64_t incident, const std::string& reason = {});
    /// Records that a start event (e.g. "awareness") happened at `when` (default now).
    void recordStartEvent(std::int64_t incident, const std::string& event, std::optional<Instant> when = {});
    /// Records a mark-met clock (e.g. first-acknowledgement) as done now.
    void markClock(std::int64_t incident, const std::string& clockId);
    /// Hands `role` of an open incident from its current holder to the roster member named
    /// `to` (a role.handed-off event with the reason); the role's open tasks follow the new
    /// holder, done ones keep who did them. Throws for an unknown role or member, a closed
    /// incident, `to` already holding the role, or a now (e.g. `crisisctl --at`) before the
    /// current holder took the role or before T0: a tenure never ends before it began.
    HandOffResult handOff(std::int64_t incident, const std::string& role, const std::string& to,
                          const std::string& reason);
    /// Marks a task done / open again.
    void completeTask(std::int64_t taskId);
    void reopenTask(std::int64_t taskId);

    /// status() of one incident at the clock's instant.
    IncidentStatus status(std::int64_t incident) const;
    /// Earliest real instant after now at which any clock or task of any open incident changes
    /// (a drill's drill-time change is converted to the real instant its clock reaches it).
    std::optional<Instant> nextChange() const;
    /// Everything in warning or overdue now across open incidents, most urgent first.
    std::vector<DueItem> due() const;
    /// Records an `alert.raised` event for every due item not alerted in its current state
    /// yet (once per clock or task and state, whichever console notices first), and returns
    /// those. After a restart, what became due while nobody watched is raised at once.
    std::vector<DueItem> raiseAlerts();
    /// The same for a due() list the caller already has.
    std::vector<DueItem> raiseAlerts(const std::vector<DueItem>& items);
    /// The incident's own "now" (Incident::timeAt): its drill clock's time for a scenario
    /// drill, the service's clock otherwise. Every command records its event at this instant.
    Instant nowFor(const Incident& incident) const;
    Instant nowFor(std::int64_t incident) const;
    /// The real instant at which `incident`'s own time reaches `at`; nullopt while its drill
    /// clock is paused or ended.
    std::optional<Instant> realInstantFor(const Incident& incident, Instant at) const;
    /// The clock this service reads real time from.
    const Clock& clock() const { return m_clock; }
    /// Who this service records on events.
    const std::string& actor() const { return m_actor; }
    /// The playbook version an incident was opened with (cached: versions never change).
    const Playbook& playbookOf(const Incident& incident) const;

private:
    void closeNow(std::int64_t incident, const std::string& reason);
    std::int64_t taskIncident(std::int64_t taskId) const;
    bool hasReviewAnswer(std::int64_t incidentId, const std::string& question) const;

    Store& m_store;
    const Clock& m_clock;
    std::string m_actor;
    mutable std::map<std::pair<std::string, int>, Playbook> m_playbooks;
};

} // namespace crisis
