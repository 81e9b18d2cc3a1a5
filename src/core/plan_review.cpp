// Review dates of playbooks and templates (plan_review.hpp).

#include <crisis/error.hpp>
#include <crisis/plan_review.hpp>
#include <crisis/template_kit.hpp>

#include <algorithm>

namespace crisis {

std::string_view reviewKindName(ReviewItem::Kind kind) {
    return kind == ReviewItem::Kind::Playbook ? "playbook" : "template";
}

std::optional<ReviewItem::Kind> reviewKindFromName(std::string_view name) {
    if (name == "playbook")
        return ReviewItem::Kind::Playbook;
    if (name == "template")
        return ReviewItem::Kind::Template;
    return std::nullopt;
}

std::vector<ReviewItem> reviewSchedule(const Store& store) {
    std::vector<ReviewItem> out;
    std::vector<DueOffset> intervals; // beside `out`: a review restarts the item's own interval
    for (const auto& record : store.playbooks()) {
        out.push_back({ReviewItem::Kind::Playbook,
                       record.playbook.id,
                       record.playbook.name,
                       record.version,
                       record.importedAt,
                       record.playbook.reviewInterval.addTo(record.importedAt),
                       std::nullopt,
                       {}});
        intervals.push_back(record.playbook.reviewInterval);
    }
    const auto setUp = store.setUpAt();
    for (const auto& record : effectiveTemplates(store)) {
        const auto since = record.importedAt ? record.importedAt : setUp;
        if (!since)
            continue;
        out.push_back({ReviewItem::Kind::Template,
                       record.tmpl.id,
                       {record.tmpl.title, record.tmpl.title},
                       record.version,
                       *since,
                       record.tmpl.reviewInterval.addTo(*since),
                       std::nullopt,
                       {}});
        intervals.push_back(record.tmpl.reviewInterval);
    }
    // A review that found the item current restarts its interval, as a new version does.
    const auto reviews = store.planReviews();
    for (std::size_t i = 0; i < out.size(); ++i) {
        ReviewItem& item = out[i];
        for (const auto& r : reviews)
            if (r.kind == reviewKindName(item.kind) && r.id == item.id) {
                item.reviewedAt = r.at; // oldest first: the last one wins
                item.reviewedBy = r.by;
            }
        if (item.reviewedAt && *item.reviewedAt > item.since) {
            item.since = *item.reviewedAt;
            item.due = intervals[i].addTo(item.since);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewItem& a, const ReviewItem& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return a.kind == ReviewItem::Kind::Playbook;
        return a.id < b.id;
    });
    return out;
}

std::vector<ReviewItem> overdueReviews(const Store& store, Instant at) {
    auto all = reviewSchedule(store);
    std::erase_if(all, [&](const ReviewItem& item) { return !(item.due < at); });
    return all;
}

void markReviewed(Store& store, ReviewItem::Kind kind, const std::string& id, const std::string& by,
                  Instant at, const std::string& note) {
    if (by.find_first_not_of(" \t") == std::string::npos)
        throw Error(ErrorCode::InvalidInput, {"error.review_by_blank", {}});
    const auto schedule = reviewSchedule(store);
    const auto it = std::find_if(schedule.begin(), schedule.end(),
                                 [&](const ReviewItem& item) { return item.kind == kind && item.id == id; });
    if (it == schedule.end())
        throw Error(ErrorCode::NotFound,
                    {"error.not_found.review_item", {std::string(reviewKindName(kind)), id}});
    store.addPlanReview({std::string(reviewKindName(kind)), id, it->version, at, by, note});
}

} // namespace crisis
