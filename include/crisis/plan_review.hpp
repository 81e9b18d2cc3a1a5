#pragma once
// Keeping the plan current: every playbook and every template of the kit in effect has a
// review interval; an item is due for review that long after its version took effect.

#include <crisis/playbook.hpp>
#include <crisis/store.hpp>
#include <crisis/time.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// One playbook or template and when its review falls due.
struct ReviewItem {
    enum class Kind { Playbook, Template };
    Kind kind = Kind::Playbook;
    std::string id;
    LocalizedText name; ///< a playbook's name; a template's title (in its own language, both fields)
    int version = 0;    ///< stored version; 0 for a shipped template
    Instant since;      ///< when this version took effect (shipped templates: Store::setUpAt), or
                        ///< when it was last reviewed and found current, whichever is later
    Instant due;        ///< since + review interval
    std::optional<Instant> reviewedAt; ///< the latest review that found it current
    std::string reviewedBy;
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

/// Records that a playbook or template (in effect now) was reviewed at `at` by `by` and found
/// current: its next review is due one interval later, no new version is made. Throws
/// Error(NotFound) for an id the schedule does not have, Error(InvalidInput) for a blank `by`.
void markReviewed(Store& store, ReviewItem::Kind kind, const std::string& id, const std::string& by,
                  Instant at, const std::string& note = {});
/// Inverse of reviewKindName; nullopt for anything else.
std::optional<ReviewItem::Kind> reviewKindFromName(std::string_view name);

} // namespace crisis
