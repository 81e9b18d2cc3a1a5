// Store: social mentions, the unified inbox projection and the spike detector's saved buckets.

#include <crisis/inbox.hpp>

#include "store_impl.hpp"

namespace crisis {

namespace {

SentimentLabel labelFromName(const std::string& name) {
    return name == "negative"   ? SentimentLabel::Negative
           : name == "positive" ? SentimentLabel::Positive
                                : SentimentLabel::Neutral;
}

// A macro so queries stay string literals: the connection caches prepared statements by the
// literal's address.
#define CRISIS_INBOX_COLUMNS                                                                                 \
    "id, external_id, at, channel, author, text, url, reach, language, score, label, state, assignee, "      \
    "responded_at, responder, reply, direct"

InboxItem readInboxItem(SQLite::Statement& q) {
    InboxItem item;
    Mention& m = item.mention;
    m.id = q.getColumn(0).getInt64();
    m.externalId = q.getColumn(1).getString();
    m.at = instant(q.getColumn(2).getInt64());
    m.channel = q.getColumn(3).getString();
    m.author = q.getColumn(4).getString();
    m.text = q.getColumn(5).getString();
    m.url = q.getColumn(6).getString();
    m.reach = q.getColumn(7).getInt64();
    m.language = q.getColumn(8).getString();
    m.sentiment.score = q.getColumn(9).getDouble();
    m.sentiment.label = labelFromName(q.getColumn(10).getString());
    item.state = inboxStateFromName(q.getColumn(11).getString()).value_or(InboxState::Open);
    item.assignee = q.getColumn(12).getString();
    item.respondedAt = optionalInstant(q.getColumn(13));
    item.responder = q.getColumn(14).getString();
    item.reply = q.getColumn(15).getString();
    m.direct = q.getColumn(16).getInt() != 0;
    return item;
}

} // namespace

std::string_view inboxStateName(InboxState state) {
    switch (state) {
    case InboxState::Open:
        return "open";
    case InboxState::Replied:
        return "replied";
    case InboxState::Reviewed:
        return "reviewed";
    case InboxState::NoAction:
        return "no-action";
    }
    return "open";
}

std::optional<InboxState> inboxStateFromName(std::string_view name) {
    for (const auto s : {InboxState::Open, InboxState::Replied, InboxState::Reviewed, InboxState::NoAction})
        if (inboxStateName(s) == name)
            return s;
    return std::nullopt;
}

void Store::Impl::projectMentionEvent(const Event& event) {
    const auto& p = event.payload;
    if (event.kind == event_kind::mentionAssigned) {
        auto& u = stmt("UPDATE mentions SET assignee = ?1 WHERE id = ?2 AND incident = ?3");
        u.bind(1, p.at("assignee").get<std::string>());
        u.bind(2, p.at("mention").get<std::int64_t>());
        u.bind(3, static_cast<std::int64_t>(event.incident));
        u.exec();
        u.reset();
    } else if (event.kind == event_kind::mentionReplied) {
        // The first reply fixes the response time; later replies only update the text.
        auto& u = stmt("UPDATE mentions SET state = 'replied', reply = ?1, "
                       "responder = CASE WHEN responded_at IS NULL THEN ?2 ELSE responder END, "
                       "responded_at = COALESCE(responded_at, ?3) WHERE id = ?4 AND incident = ?5");
        u.bind(1, p.at("text").get<std::string>());
        u.bind(2, event.actor);
        u.bind(3, ms(event.at));
        u.bind(4, p.at("mention").get<std::int64_t>());
        u.bind(5, static_cast<std::int64_t>(event.incident));
        u.exec();
        u.reset();
    } else if (event.kind == event_kind::mentionResolved) {
        auto& u = stmt("UPDATE mentions SET state = ?1 WHERE id = ?2 AND incident = ?3");
        u.bind(1, p.at("state").get<std::string>());
        u.bind(2, p.at("mention").get<std::int64_t>());
        u.bind(3, static_cast<std::int64_t>(event.incident));
        u.exec();
        u.reset();
    }
}

std::vector<std::int64_t> Store::insertMentions(std::int64_t incidentId,
                                                const std::vector<Mention>& mentions) {
    m_impl->requireWritable();
    incident(incidentId); // NotFound rather than a foreign-key failure
    std::vector<std::int64_t> ids;
    ids.reserve(mentions.size());
    batch([&] {
        auto& i = m_impl->stmt(
            "INSERT OR IGNORE INTO mentions (incident, dedupe_key, external_id, at, channel, author, "
            "text, url, reach, language, score, label, direct) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        for (const auto& m : mentions) {
            i.bind(1, static_cast<std::int64_t>(incidentId));
            i.bind(2, mentionKey(m));
            i.bind(3, m.externalId);
            i.bind(4, ms(m.at));
            i.bind(5, m.channel);
            i.bind(6, m.author);
            i.bind(7, m.text);
            i.bind(8, m.url);
            i.bind(9, static_cast<std::int64_t>(m.reach));
            i.bind(10, m.language);
            i.bind(11, m.sentiment.score);
            i.bind(12, std::string(sentimentLabelName(m.sentiment.label)));
            i.bind(13, m.direct ? 1 : 0);
            const bool inserted = i.exec() == 1;
            i.reset();
            ids.push_back(inserted ? m_impl->db().getLastInsertRowid() : 0);
        }
    });
    return ids;
}

std::vector<Mention> Store::mentions(std::int64_t incidentId) const {
    return m_impl->guarded([&] {
        auto& q =
            m_impl->stmt("SELECT " CRISIS_INBOX_COLUMNS " FROM mentions WHERE incident = ? ORDER BY at, id");
        q.bind(1, static_cast<std::int64_t>(incidentId));
        std::vector<Mention> out;
        while (q.executeStep())
            out.push_back(readInboxItem(q).mention);
        q.reset();
        return out;
    });
}

InboxItem Store::inboxItem(std::int64_t incidentId, std::int64_t mentionId) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT " CRISIS_INBOX_COLUMNS " FROM mentions WHERE id = ? AND incident = ?");
        q.bind(1, static_cast<std::int64_t>(mentionId));
        q.bind(2, static_cast<std::int64_t>(incidentId));
        if (!q.executeStep()) {
            q.reset();
            throw Error(ErrorCode::NotFound, {"error.not_found.mention", {std::to_string(mentionId)}});
        }
        InboxItem item = readInboxItem(q);
        q.reset();
        return item;
    });
}

std::vector<InboxItem> Store::inbox(const InboxQuery& query) const {
    return m_impl->guarded([&] {
        // Built from fixed fragments; every value is a bound parameter.
        std::string sql = "SELECT " CRISIS_INBOX_COLUMNS " FROM mentions WHERE incident = ?";
        if (query.attentionOnly) {
            sql += " AND (direct = 1 OR label = 'negative' OR reach >= ?";
            for (std::size_t i = 0; i < query.watchWords.size(); ++i)
                sql += " OR instr(lower(text), lower(?)) > 0";
            sql += ")";
        }
        if (!query.channel.empty())
            sql += " AND channel = ?";
        if (query.label)
            sql += " AND label = ?";
        if (query.state)
            sql += " AND state = ?";
        if (!query.assignee.empty())
            sql += " AND assignee = ?";
        if (query.minReach > 0)
            sql += " AND reach >= ?";
        sql += " ORDER BY at DESC, id DESC LIMIT ?";
        SQLite::Statement q(m_impl->db(), sql);
        int n = 0;
        q.bind(++n, static_cast<std::int64_t>(query.incident));
        if (query.attentionOnly) {
            q.bind(++n, static_cast<std::int64_t>(query.highReach));
            for (const auto& w : query.watchWords)
                q.bind(++n, w);
        }
        if (!query.channel.empty())
            q.bind(++n, query.channel);
        if (query.label)
            q.bind(++n, std::string(sentimentLabelName(*query.label)));
        if (query.state)
            q.bind(++n, std::string(inboxStateName(*query.state)));
        if (!query.assignee.empty())
            q.bind(++n, query.assignee);
        if (query.minReach > 0)
            q.bind(++n, static_cast<std::int64_t>(query.minReach));
        q.bind(++n, static_cast<std::int64_t>(query.limit));
        std::vector<InboxItem> out;
        while (q.executeStep())
            out.push_back(readInboxItem(q));
        return out;
    });
}

std::map<Instant, SpikeDetector::Bucket> Store::mentionBuckets(std::int64_t incidentId, Duration width,
                                                               Instant from, Instant to) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT start_ms, total, negative, positive, score_sum, volume_alerted, "
                               "dip_alerted FROM mention_buckets WHERE incident = ? AND width_ms = ? AND "
                               "start_ms >= ? AND start_ms < ? ORDER BY start_ms");
        q.bind(1, static_cast<std::int64_t>(incidentId));
        q.bind(2, static_cast<std::int64_t>(width.count()));
        q.bind(3, ms(from));
        q.bind(4, ms(to));
        std::map<Instant, SpikeDetector::Bucket> out;
        while (q.executeStep())
            out.emplace(instant(q.getColumn(0).getInt64()),
                        SpikeDetector::Bucket{q.getColumn(1).getInt(), q.getColumn(2).getInt(),
                                              q.getColumn(3).getInt(), q.getColumn(4).getDouble(),
                                              q.getColumn(5).getInt() != 0, q.getColumn(6).getInt() != 0});
        q.reset();
        return out;
    });
}

std::optional<Instant> Store::firstMentionBucket(std::int64_t incidentId, Duration width) const {
    return m_impl->guarded([&] {
        auto& q =
            m_impl->stmt("SELECT min(start_ms) FROM mention_buckets WHERE incident = ? AND width_ms = ?");
        q.bind(1, static_cast<std::int64_t>(incidentId));
        q.bind(2, static_cast<std::int64_t>(width.count()));
        q.executeStep();
        const auto first = optionalInstant(q.getColumn(0));
        q.reset();
        return first;
    });
}

void Store::saveMentionBuckets(std::int64_t incidentId, Duration width,
                               const std::map<Instant, SpikeDetector::Bucket>& buckets) {
    batch([&] {
        auto& u = m_impl->stmt("INSERT OR REPLACE INTO mention_buckets (incident, width_ms, start_ms, total, "
                               "negative, positive, score_sum, volume_alerted, dip_alerted) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [start, b] : buckets) {
            u.bind(1, static_cast<std::int64_t>(incidentId));
            u.bind(2, static_cast<std::int64_t>(width.count()));
            u.bind(3, ms(start));
            u.bind(4, b.total);
            u.bind(5, b.negative);
            u.bind(6, b.positive);
            u.bind(7, b.scoreSum);
            u.bind(8, b.volumeAlerted ? 1 : 0);
            u.bind(9, b.dipAlerted ? 1 : 0);
            u.exec();
            u.reset();
        }
    });
}

MentionCounts Store::mentionCounts(std::int64_t incidentId, Instant from, Instant to) const {
    return m_impl->guarded([&] {
        auto& q =
            m_impl->stmt("SELECT count(*), COALESCE(sum(label = 'negative'), 0), COALESCE(sum(score), 0) "
                         "FROM mentions WHERE incident = ? AND at >= ? AND at < ? AND direct = 0");
        q.bind(1, static_cast<std::int64_t>(incidentId));
        q.bind(2, ms(from));
        q.bind(3, ms(to));
        q.executeStep();
        const MentionCounts out{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                                q.getColumn(2).getDouble()};
        q.reset();
        return out;
    });
}

std::vector<std::pair<std::string, Duration>> Store::responseTimes(std::int64_t incidentId) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT responder, responded_at - at FROM mentions "
                               "WHERE incident = ? AND responded_at IS NOT NULL ORDER BY id");
        q.bind(1, static_cast<std::int64_t>(incidentId));
        std::vector<std::pair<std::string, Duration>> out;
        while (q.executeStep())
            out.emplace_back(q.getColumn(0).getString(), Duration{q.getColumn(1).getInt64()});
        q.reset();
        return out;
    });
}

std::vector<std::pair<std::string, MentionCounts>> Store::channelCounts(std::int64_t incidentId) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT channel, count(*), sum(label = 'negative'), sum(score) FROM mentions "
                               "WHERE incident = ? AND direct = 0 GROUP BY channel ORDER BY channel");
        q.bind(1, static_cast<std::int64_t>(incidentId));
        std::vector<std::pair<std::string, MentionCounts>> out;
        while (q.executeStep())
            out.emplace_back(q.getColumn(0).getString(),
                             MentionCounts{q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
                                           q.getColumn(3).getDouble()});
        q.reset();
        return out;
    });
}

} // namespace crisis
