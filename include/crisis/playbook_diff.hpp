#pragma once
// What changed between two versions of a playbook: clocks, checklist items and tasks added,
// removed, changed or moved, and changed names. Used by `crisisctl playbook diff` and the editor.

#include <crisis/playbook.hpp>

#include <string>
#include <vector>

namespace crisis {

/// One difference. `path` names the element ("clocks/identify", "checklists/respond/staff-briefed",
/// "tasks/reset-credentials", "name", "description", "origin", "crisis_type").
struct PlaybookChange {
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind = Kind::Changed;
    std::string path;
    std::string before;   ///< compact JSON of the old element (empty when added)
    std::string after;    ///< compact JSON of the new element (empty when removed)
    std::size_t from = 0; ///< Moved: the element's index in the old list
    std::size_t to = 0;   ///< Moved: its index in the new list
};

/// "added", "removed", "changed", "moved".
std::string_view changeKindName(PlaybookChange::Kind kind);

/// Differences from `before` to `after`, in a stable order (top level, clocks, checklists by
/// phase, tasks; in each list removed and changed by id, then added by id, then moved in the new
/// order). Order matters (clocks show in it, checklist items are ticked in it): the fewest
/// elements that, moved, turn the old order of the kept elements into the new one are reported
/// as moved, e.g. one of two swapped clocks. A moved element whose content changed too is listed
/// twice, changed and moved.
std::vector<PlaybookChange> diffPlaybooks(const Playbook& before, const Playbook& after);

} // namespace crisis
