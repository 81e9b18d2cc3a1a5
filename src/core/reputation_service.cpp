// ReputationService: imports, spike alerts and inbox commands.

#include <crisis/error.hpp>
#include <crisis/reputation.hpp>

#include "text.hpp"

#include <algorithm>

namespace crisis {

namespace {

std::string_view alertKindName(SpikeAlert::Kind kind) {
    return kind == SpikeAlert::Kind::Volume ? "volume" : "dip";
}

nlohmann::json alertPayload(const SpikeAlert& a) {
    return {{"type", alertKindName(a.kind)},
            {"bucket", formatInstant(a.bucketStart)},
            {"count", a.count},
            {"baseline_mean", a.baselineMean},
            {"threshold", a.threshold},
            {"negative_share", a.negativeShare},
            {"baseline_negative_share", a.baselineNegativeShare},
            {"dominant", sentimentLabelName(a.dominant)}};
}

} // namespace

Duration spanOf(const DueOffset& offset) {
    return std::chrono::duration_cast<Duration>(offset.addTo(Instant{}) - Instant{});
}

ReputationService::ReputationService(Store& store, IncidentService& incidents, const Clock& clock,
                                     std::string actor)
    : m_store(store), m_incidents(incidents), m_clock(clock), m_actor(std::move(actor)) {}

const ReputationRule& ReputationService::rule(std::int64_t incident) const {
    return m_incidents.playbookOf(m_store.incident(incident)).reputation;
}

SpikeConfig ReputationService::spikeConfig(const ReputationRule& rule) const {
    SpikeConfig c;
    c.bucket = spanOf(rule.bucket);
    c.baseline = spanOf(rule.baseline);
    c.k = rule.k;
    c.minimumCount = rule.minimumCount;
    c.cooldown = spanOf(rule.cooldown);
    c.negativeMargin = rule.dipMargin;
    c.minimumForDip = rule.minimumCount;
    return c;
}

InboxQuery ReputationService::inboxQuery(std::int64_t incident) const {
    const auto& r = rule(incident);
    InboxQuery q;
    q.incident = incident;
    q.highReach = r.highReach;
    q.watchWords = r.watchWords;
    return q;
}

ImportOutcome ReputationService::import(std::int64_t incident, std::vector<Mention> mentions,
                                        const std::string& source) {
    rule(incident); // NotFound before scoring a large file for nothing
    scoreMentions(m_scorer, mentions);
    return importScored(incident, std::move(mentions), source);
}

ImportOutcome ReputationService::importScored(std::int64_t incident, std::vector<Mention> mentions,
                                              const std::string& source) {
    const SpikeConfig config = spikeConfig(rule(incident));
    ImportOutcome out;
    m_store.batch([&] {
        const auto ids = m_store.insertMentions(incident, mentions);
        std::vector<const Mention*> added;
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (ids[i] != 0)
                added.push_back(&mentions[i]);
        out.added = static_cast<int>(added.size());
        out.duplicates = static_cast<int>(mentions.size() - added.size());
        if (!added.empty()) {
            // Only the buckets the new mentions can touch or be judged against are read back.
            std::sort(added.begin(), added.end(),
                      [](const Mention* a, const Mention* b) { return a->at < b->at; });
            SpikeDetector detector(config);
            const Instant from = detector.bucketStart(added.front()->at) - config.baseline - config.cooldown;
            const Instant to = detector.bucketStart(added.back()->at) + config.bucket;
            for (const auto& [start, bucket] : m_store.mentionBuckets(incident, config.bucket, from, to))
                detector.restore(start, bucket);
            // Earlier files may have begun the stream before the buckets read back.
            if (const auto first = m_store.firstMentionBucket(incident, config.bucket))
                detector.setStreamStart(*first);
            for (const Mention* m : added)
                if (!m->direct) // a message to the team is not public chatter
                    for (auto& alert : detector.add(m->at, m->sentiment.label, m->sentiment.score))
                        out.alerts.push_back(alert);
            m_store.saveMentionBuckets(incident, config.bucket, detector.buckets());
        }
        const Instant now = m_incidents.nowFor(incident);
        m_store.append(incident, now, m_actor, [&](const AppendContext&) {
            return EventDraft{std::string(event_kind::mentionsImported),
                              {{"source", source}, {"added", out.added}, {"duplicates", out.duplicates}}};
        });
        for (const auto& alert : out.alerts)
            m_store.append(incident, now, m_actor, [&](const AppendContext&) {
                return EventDraft{std::string(event_kind::spikeDetected), alertPayload(alert)};
            });
        out.recovered = applyRecovery(incident);
    });
    return out;
}

void ReputationService::assign(std::int64_t incident, std::int64_t mention, const std::string& member) {
    m_store.incident(incident); // an unknown incident is named before an unknown member
    const auto roster = m_store.members();
    if (std::none_of(roster.begin(), roster.end(), [&](const Member& m) { return m.name == member; }))
        throw Error(ErrorCode::NotFound, {"error.not_found.member", {member}});
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext&) {
        m_store.inboxItem(incident, mention);
        return EventDraft{std::string(event_kind::mentionAssigned),
                          {{"mention", mention}, {"assignee", member}}};
    });
}

void ReputationService::reply(std::int64_t incident, std::int64_t mention, const std::string& text,
                              const std::string& templateId) {
    if (detail::isBlank(text))
        throw Error(ErrorCode::InvalidInput, {"error.reply_blank", {}});
    const Instant now = m_incidents.nowFor(incident);
    m_store.append(incident, now, m_actor, [&](const AppendContext&) {
        // The first reply fixes the response time: one before the mention would make it negative.
        const auto item = m_store.inboxItem(incident, mention);
        if (now < item.mention.at)
            throw Error(ErrorCode::InvalidInput,
                        {"error.reply_before_mention", {formatInstant(now), formatInstant(item.mention.at)}});
        return EventDraft{std::string(event_kind::mentionReplied),
                          {{"mention", mention}, {"text", text}, {"template", templateId}}};
    });
}

void ReputationService::resolve(std::int64_t incident, std::int64_t mention, InboxState state) {
    if (state != InboxState::Reviewed && state != InboxState::NoAction)
        throw Error(ErrorCode::InvalidInput, {"error.inbox_state", {std::string(inboxStateName(state))}});
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext&) {
        m_store.inboxItem(incident, mention);
        return EventDraft{std::string(event_kind::mentionResolved),
                          {{"mention", mention}, {"state", inboxStateName(state)}}};
    });
}

std::vector<Event> ReputationService::alerts(std::int64_t incident) const {
    m_store.incident(incident); // NotFound, not an empty list
    EventQuery q;
    q.incident = incident;
    q.kind = std::string(event_kind::spikeDetected);
    auto page = m_store.eventPage(q, 0, 100000);
    std::sort(page.begin(), page.end(), [](const Event& a, const Event& b) { return a.seq < b.seq; });
    return page;
}

} // namespace crisis
