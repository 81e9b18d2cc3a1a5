#pragma once
// Ticking an exit-checklist item as a side effect of another command (a published holding
// statement, paused marketing, a briefing everyone acknowledged), inside that command's batch.

#include <crisis/incident_service.hpp>
#include <crisis/store.hpp>

#include <string>

namespace crisis::detail {

/// Ticks `item` of an open incident when its playbook has the item and it is not ticked yet
/// (custom playbooks may leave it out). Returns whether it ticked. Call inside Store::batch.
inline bool tickIfPending(Store& store, IncidentService& incidents, std::int64_t incidentId,
                          const std::string& item) {
    const Incident incident = store.incident(incidentId);
    if (!incident.isOpen() || incident.checked.contains(item) ||
        !incidents.playbookOf(incident).phaseOfItem(item))
        return false;
    incidents.check(incidentId, item);
    return true;
}

} // namespace crisis::detail
