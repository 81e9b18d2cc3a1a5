#pragma once
// Keeping the plan current: every playbook and every template of the kit in effect has a
// review interval; an item is due for review that long after its version took effect.

#include <crisis/playbook.hpp>
#include <crisis/store.hpp>
#include <crisis/time.hpp>

#include <string>
#include <vector>

namespace crisis {

/// One playbook or template and when its review falls due.
struct ReviewItem {
    enum class Kind { Playbook, Template };
    Kind kind = Kind::Playbook;
    std::string id;
    LocalizedText name; ///< a playbook's name; a template's title (in its own language, both fields)
    int version = 0;    ///< stored version; 0 for a shipped template
    Instant since;      ///< when this version took effect (shipped templates: Store::setUpAt)
    Instant due;        ///< since + review interval
    bool operator==(const ReviewItem&) const = default;
};

/// "playbook" or "template".
std::string_view reviewKindName(ReviewItem::Kind kind);

/// Every stored playbook (latest version) and every template in effect, earliest due first
/// (then playbooks before templates, then by id). Shipped templates are left out while the
/// database has no playbook (nothing to date them from).
std::vector<ReviewItem> reviewSchedule(const Store& store);
/// The items of reviewSchedule whose review date is before `at`.
std::vector<ReviewItem> overdueReviews(const Store& store, Instant at);

} // namespace crisis
