#pragma once
// One line of text per event, in the user's language: the after-action timeline and the
// ICS-214 activity log say what happened the same way.

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/messages.hpp>
#include <crisis/playbook.hpp>

#include <string>

namespace crisis {

/// What `event` did, for a reader: names of clocks, items and tasks come from the playbook
/// and the incident. Plain text (callers escape it for their format).
std::string describeEvent(const Event& event, const Incident& incident, const Playbook& playbook,
                          Language lang);

/// The text of a checklist item of `playbook` in `lang` (its id when the playbook has none).
std::string checklistItemText(const Playbook& playbook, const std::string& id, Language lang);

/// True for the events the after-action timeline keeps: the opening, phase changes (forced
/// ones included), clocks marked, alerts, statements and spikes.
bool isSignificant(const Event& event);

} // namespace crisis
