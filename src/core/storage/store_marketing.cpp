// Store: the marketing register and its paused/resumed projection.

#include <crisis/marketing_item.hpp>

#include "store_impl.hpp"

namespace crisis {

namespace {

MarketingItem readItem(SQLite::Statement& q) {
    MarketingItem item;
    item.id = q.getColumn(0).getInt64();
    item.name = q.getColumn(1).getString();
    item.channel = q.getColumn(2).getString();
    item.scheduledAt = instant(q.getColumn(3).getInt64());
    item.endsAt = optionalInstant(q.getColumn(4));
    item.crisis = q.getColumn(5).getInt() != 0;
    item.paused = q.getColumn(6).getString() == "paused";
    item.pausedBy = q.getColumn(7).isNull() ? 0 : q.getColumn(7).getInt64();
    return item;
}

} // namespace

void Store::Impl::projectMarketingEvent(const Event& event) {
    const bool paused = event.kind == event_kind::marketingPaused;
    if (!paused && event.kind != event_kind::marketingResumed)
        return;
    // Only items still in the state the event found them in change: replaying the log gives the
    // same register whatever was added in between.
    // A resume while another crisis keeps marketing paused hands the items over to it.
    const std::int64_t keptFor = paused ? 0 : event.payload.value("kept_for", std::int64_t{0});
    auto& u = paused        ? stmt("UPDATE marketing_items SET state = 'paused', paused_by = ?1 "
                                   "WHERE id = ?2 AND state = 'scheduled'")
              : keptFor != 0 ? stmt("UPDATE marketing_items SET paused_by = ?3 WHERE id = ?2 AND paused_by = ?1")
                             : stmt("UPDATE marketing_items SET state = 'scheduled', paused_by = NULL "
                                    "WHERE id = ?2 AND paused_by = ?1");
    for (const auto& id : event.payload.at("items")) {
        u.bind(1, static_cast<std::int64_t>(event.incident));
        u.bind(2, id.get<std::int64_t>());
        if (keptFor != 0)
            u.bind(3, keptFor);
        u.exec();
        u.reset();
    }
}

std::vector<MarketingItem> Store::addMarketingItems(const std::vector<MarketingItem>& items) {
    m_impl->requireWritable();
    std::vector<MarketingItem> stored = items;
    batch([&] {
        auto& exists = m_impl->stmt(
            "SELECT count(*) FROM marketing_items WHERE name = ?1 AND channel = ?2 AND scheduled_at = ?3");
        auto& i = m_impl->stmt("INSERT INTO marketing_items (name, channel, scheduled_at, ends_at, crisis) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)");
        for (auto& item : stored) {
            exists.bind(1, item.name);
            exists.bind(2, item.channel);
            exists.bind(3, ms(item.scheduledAt));
            exists.executeStep();
            const bool taken = exists.getColumn(0).getInt() > 0;
            exists.reset();
            if (taken)
                throw Error(ErrorCode::InvalidInput,
                            {"error.marketing_duplicate",
                             {item.name, item.channel, formatInstant(item.scheduledAt)}});
            i.bind(1, item.name);
            i.bind(2, item.channel);
            i.bind(3, ms(item.scheduledAt));
            if (item.endsAt)
                i.bind(4, ms(*item.endsAt));
            else
                i.bind(4);
            i.bind(5, item.crisis ? 1 : 0);
            i.exec();
            i.reset();
            item.id = m_impl->db().getLastInsertRowid();
            item.paused = false;
            item.pausedBy = 0;
        }
    });
    return stored;
}

std::vector<MarketingItem> Store::marketingItems() const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT id, name, channel, scheduled_at, ends_at, crisis, state, paused_by "
                               "FROM marketing_items ORDER BY scheduled_at, id");
        std::vector<MarketingItem> out;
        while (q.executeStep())
            out.push_back(readItem(q));
        q.reset();
        return out;
    });
}

} // namespace crisis
