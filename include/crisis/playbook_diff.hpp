#pragma once
// What changed between two versions of a playbook: clocks, checklist items and tasks added,
// removed or changed, and changed names. Used by `crisisctl playbook diff` and the editor.

#include <crisis/playbook.hpp>

#include <string>
#include <vector>

namespace crisis {

/// One difference. `path` names the element ("clocks/identify", "checklists/respond/staff-briefed",
/// "tasks/reset-credentials", "name", "description", "origin", "crisis_type").
struct PlaybookChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::string path;
    std::string before; ///< compact JSON of the old element (empty when added)
    std::string after;  ///< compact JSON of the new element (empty when removed)
};

/// "added", "removed", "changed".
std::string_view changeKindName(PlaybookChange::Kind kind);

/// Differences from `before` to `after`, in a stable order (top level, clocks, checklists by
/// phase, tasks; each by id).
std::vector<PlaybookChange> diffPlaybooks(const Playbook& before, const Playbook& after);

} // namespace crisis
