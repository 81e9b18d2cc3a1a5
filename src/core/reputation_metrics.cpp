// ReputationService queries: review metrics, recovery against the pre-crisis band, charts.

#include <crisis/error.hpp>
#include <crisis/reputation.hpp>

#include <algorithm>
#include <cmath>
#include <deque>

namespace crisis {

namespace {

SentimentWindow window(const Store& store, std::int64_t incident, Instant from, Instant to) {
    SentimentWindow w{from, to};
    if (to <= from)
        return w;
    const auto counts = store.mentionCounts(incident, from, to);
    w.mentions = counts.total;
    w.negative = counts.negative;
    w.meanScore = counts.total > 0 ? counts.scoreSum / static_cast<double>(counts.total) : 0.0;
    return w;
}

} // namespace

ReputationMetrics ReputationService::metrics(std::int64_t incidentId, Duration before, Duration after) const {
    const Incident inc = m_store.incident(incidentId);
    const Instant now = m_incidents.nowFor(inc);
    const Instant t0 = inc.detectedAt;
    // Figures as of `now`: what was known then, not mentions stamped later (a what-if at an
    // earlier instant, or posts the listening tool dated ahead).
    const Instant known = now + Duration{1};
    const Instant end = std::min(inc.closedAt.value_or(now), now);
    ReputationMetrics m;
    const auto all = m_store.mentionCounts(incidentId, Instant{Duration{INT64_MIN / 2}}, known);
    m.mentions = all.total;
    m.negative = all.negative;
    m.before = window(m_store, incidentId, t0 - before, std::min(t0, known));
    m.during = window(m_store, incidentId, t0, std::max(t0, end));
    m.after = inc.closedAt && *inc.closedAt <= now
                  ? window(m_store, incidentId, *inc.closedAt, std::min(*inc.closedAt + after, known))
                  : SentimentWindow{end, end};
    const auto raised = alerts(incidentId);
    m.spikes = static_cast<int>(
        std::count_if(raised.begin(), raised.end(), [&](const auto& a) { return a.at <= now; }));
    Duration sum{0};
    std::map<std::string, std::pair<Duration, int>> byMember;
    for (const auto& [responder, took] : m_store.responseTimes(incidentId)) {
        sum += took;
        auto& slot = byMember[responder];
        slot.first += took;
        ++slot.second;
        ++m.responded;
    }
    if (m.responded > 0)
        m.meanResponse = sum / m.responded;
    for (const auto& [member, total] : byMember)
        m.meanResponseByMember[member] = total.first / total.second;
    return m;
}

RecoveryStatus ReputationService::recovery(std::int64_t incidentId) const {
    const Incident inc = m_store.incident(incidentId);
    const ReputationRule& r = rule(incidentId);
    const SpikeConfig config = spikeConfig(r);
    const SpikeDetector grid(config);
    const Instant now = m_incidents.nowFor(inc);
    const Instant t0 = inc.detectedAt;
    RecoveryStatus status;
    const auto pre = m_store.mentionCounts(incidentId, t0 - config.baseline, t0);
    status.preCrisisShare =
        pre.total > 0 ? static_cast<double>(pre.negative) / static_cast<double>(pre.total) : 0;
    status.band = status.preCrisisShare + r.recoveryMargin;
    for (const auto& [start, b] :
         m_store.mentionBuckets(incidentId, config.bucket, grid.bucketStart(t0), now + config.bucket))
        if (b.total >= config.minimumCount &&
            static_cast<double>(b.negative) / static_cast<double>(b.total) > status.band)
            status.lastOutOfBand = start + config.bucket;
    status.within = std::max(t0, status.lastOutOfBand.value_or(t0));
    const Instant reached = status.within + spanOf(r.recoveryWindow);
    if (reached <= now)
        status.recoveredAt = reached;
    return status;
}

bool ReputationService::applyRecovery(std::int64_t incidentId) {
    const Incident inc = m_store.incident(incidentId);
    if (inc.phase != Phase::Reputation || !recovery(incidentId).recoveredAt)
        return false;
    const Playbook& playbook = m_incidents.playbookOf(inc);
    bool changed = false;
    const auto& items = playbook.checklist(Phase::Reputation);
    const bool hasItem =
        std::any_of(items.begin(), items.end(), [](const ChecklistItem& i) { return i.id == recoveryItem; });
    if (hasItem && !inc.checked.contains(std::string(recoveryItem))) {
        m_incidents.check(incidentId, std::string(recoveryItem));
        changed = true;
    }
    if (playbook.clock("reputation") && !inc.clockMarks.contains("reputation")) {
        m_incidents.markClock(incidentId, "reputation");
        changed = true;
    }
    return changed;
}

std::vector<ChartBucket> ReputationService::chart(std::int64_t incidentId) const {
    const SpikeConfig config = spikeConfig(rule(incidentId));
    const auto saved = m_store.mentionBuckets(incidentId, config.bucket, Instant{Duration{INT64_MIN / 2}},
                                              Instant{Duration{INT64_MAX / 2}});
    std::vector<ChartBucket> out;
    if (saved.empty())
        return out;
    // Contiguous buckets (empty ones are zero) so the baseline is a true rolling window; capped
    // so a stray mention years away cannot make a chart of millions of points.
    constexpr long long maxBuckets = 20000;
    const Instant first = saved.begin()->first;
    const Instant last = saved.rbegin()->first;
    const long long span = (last - first) / config.bucket + 1;
    const bool contiguous = span <= maxBuckets;
    // The band is the detector's: over the part of the window the stream covers (the chart
    // starts at the stream's first bucket), judged once that part is long enough.
    const long long window = config.windowBuckets();
    const auto needed = static_cast<std::size_t>(config.coverageNeeded());
    std::deque<int> recent;
    double sum = 0, squares = 0;
    const auto push = [&](Instant start, const SpikeDetector::Bucket* b) {
        ChartBucket c;
        c.start = start;
        c.total = b ? b->total : 0;
        c.negative = b ? b->negative : 0;
        c.meanScore = b && b->total > 0 ? b->scoreSum / b->total : 0;
        const double n = static_cast<double>(std::max<std::size_t>(recent.size(), 1));
        const double mean = sum / n;
        c.baselineMean = mean;
        c.baselineSigma = std::sqrt(std::max(0.0, squares / n - mean * mean));
        c.judged = recent.size() >= needed;
        out.push_back(c);
        recent.push_back(c.total);
        sum += c.total;
        squares += static_cast<double>(c.total) * c.total;
        if (static_cast<long long>(recent.size()) > window) {
            sum -= recent.front();
            squares -= static_cast<double>(recent.front()) * recent.front();
            recent.pop_front();
        }
    };
    if (contiguous) {
        for (Instant t = first; t <= last; t += config.bucket) {
            const auto it = saved.find(t);
            push(t, it == saved.end() ? nullptr : &it->second);
        }
    } else {
        for (const auto& [start, b] : saved)
            push(start, &b);
    }
    return out;
}

} // namespace crisis
