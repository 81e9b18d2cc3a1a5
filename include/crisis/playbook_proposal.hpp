#pragma once
// A change to a playbook proposed by an improvement item. Applying it gives a draft playbook
// that the playbook owner accepts (stored as a new version) or drops; the base is never changed.

#include <crisis/phase.hpp>
#include <crisis/playbook.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

namespace crisis {

/// Sets how long a clock runs.
struct SetClockDuration {
    std::string clock;
    DueOffset duration;
    bool operator==(const SetClockDuration&) const = default;
};

/// Adds an item to the end of a phase's exit checklist.
struct AddChecklistItem {
    Phase phase = Phase::Identify;
    ChecklistItem item;
    bool operator==(const AddChecklistItem&) const = default;
};

/// Adds a task every new incident of this type starts with.
struct AddTaskTemplate {
    TaskTemplate task;
    bool operator==(const AddTaskTemplate&) const = default;
};

/// Replaces a clock's warning thresholds (fractions of its duration, strictly increasing).
struct SetClockWarnings {
    std::string clock;
    std::vector<double> warnings;
    bool operator==(const SetClockWarnings&) const = default;
};

/// One proposed change.
using PlaybookProposal = std::variant<SetClockDuration, AddChecklistItem, AddTaskTemplate, SetClockWarnings>;

/// The draft: `base` with `proposal` applied, validated by a round trip through
/// parsePlaybook(playbookToJson(...)). Throws ValidationError when the clock is unknown or the
/// result is not a valid playbook (duplicate id, bad warnings, unknown role...).
Playbook applyProposal(const Playbook& base, const PlaybookProposal& proposal);

/// The JSON form stored in improvement.added: {"kind": "clock-duration" | "checklist-item" |
/// "task-template" | "clock-warnings", ...} (docs/review.md lists the fields).
nlohmann::json proposalToJson(const PlaybookProposal& proposal);
/// Inverse of proposalToJson. Throws ValidationError naming `source` on a malformed proposal.
PlaybookProposal proposalFromJson(const nlohmann::json& value, const std::string& source);

} // namespace crisis
