// Review dates of playbooks and templates (plan_review.hpp).

#include <crisis/plan_review.hpp>
#include <crisis/template_kit.hpp>

#include <algorithm>

namespace crisis {

std::string_view reviewKindName(ReviewItem::Kind kind) {
    return kind == ReviewItem::Kind::Playbook ? "playbook" : "template";
}

std::vector<ReviewItem> reviewSchedule(const Store& store) {
    std::vector<ReviewItem> out;
    for (const auto& record : store.playbooks())
        out.push_back({ReviewItem::Kind::Playbook, record.playbook.id, record.playbook.name, record.version,
                       record.importedAt, record.playbook.reviewInterval.addTo(record.importedAt)});
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
                       record.tmpl.reviewInterval.addTo(*since)});
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

} // namespace crisis
