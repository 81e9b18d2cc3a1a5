#include <crisis/error.hpp>
#include <crisis/spike_detector.hpp>

#include <algorithm>
#include <cmath>

namespace crisis {

long long SpikeConfig::windowBuckets() const {
    return baseline.count() / bucket.count();
}

long long SpikeConfig::coverageNeeded() const {
    const long long window = windowBuckets();
    const auto share = static_cast<long long>(std::ceil(minimumCoverage * static_cast<double>(window)));
    return std::clamp<long long>(std::max<long long>(share, minimumCoverageBuckets), 1, window);
}

SpikeDetector::SpikeDetector(SpikeConfig config) : m_config(config) {
    if (m_config.bucket <= Duration::zero() || m_config.baseline < m_config.bucket)
        throw Error(ErrorCode::InvalidInput, {"error.spike_config", {}});
}

void SpikeDetector::setStreamStart(Instant first) {
    const long long index = indexOf(first);
    m_first = m_first ? std::min(*m_first, index) : index;
}

std::optional<Instant> SpikeDetector::streamStart() const {
    if (!m_first)
        return std::nullopt;
    return Instant{m_config.bucket * *m_first};
}

long long SpikeDetector::indexOf(Instant at) const {
    const auto ms = at.time_since_epoch().count();
    const auto width = m_config.bucket.count();
    return ms >= 0 ? ms / width : -((-ms + width - 1) / width);
}

int SpikeDetector::countAt(Instant at) const {
    const auto it = m_buckets.find(indexOf(at));
    return it == m_buckets.end() ? 0 : it->second.total;
}

bool SpikeDetector::cooling(const std::map<long long, Bucket>::const_iterator& current,
                            bool Bucket::*flag) const {
    const long long buckets =
        (m_config.cooldown.count() + m_config.bucket.count() - 1) / m_config.bucket.count();
    for (auto it = m_buckets.lower_bound(current->first - buckets); it != current; ++it)
        if (it->second.*flag)
            return true;
    return false;
}

Instant SpikeDetector::bucketStart(Instant at) const {
    return Instant{m_config.bucket * indexOf(at)};
}

void SpikeDetector::restore(Instant start, const Bucket& bucket) {
    m_buckets[indexOf(start)] = bucket;
    setStreamStart(start);
}

std::map<Instant, SpikeDetector::Bucket> SpikeDetector::buckets() const {
    std::map<Instant, Bucket> out;
    for (const auto& [index, bucket] : m_buckets)
        out.emplace(Instant{m_config.bucket * index}, bucket);
    return out;
}

std::vector<SpikeAlert> SpikeDetector::add(Instant at, SentimentLabel label, double score) {
    const long long index = indexOf(at);
    setStreamStart(at);
    auto current = m_buckets.try_emplace(index).first;
    Bucket& bucket = current->second;
    ++bucket.total;
    bucket.negative += label == SentimentLabel::Negative;
    bucket.positive += label == SentimentLabel::Positive;
    bucket.scoreSum += score;

    // The baseline: the buckets of the fixed window before this one that the stream covers
    // (empty ones there count as 0; those before the stream's first mention are unknown).
    const long long from = std::max(index - m_config.windowBuckets(), *m_first);
    const long long covered = index - from;
    const bool judged = covered >= m_config.coverageNeeded();
    double sum = 0, squares = 0;
    int negatives = 0, mentions = 0;
    for (auto it = m_buckets.lower_bound(from); it != current; ++it) {
        sum += it->second.total;
        squares += static_cast<double>(it->second.total) * it->second.total;
        negatives += it->second.negative;
        mentions += it->second.total;
    }
    const double n = static_cast<double>(std::max<long long>(covered, 1));
    const double mean = sum / n;
    const double sigma = std::sqrt(std::max(0.0, squares / n - mean * mean));
    const double above = mean + m_config.k * sigma;
    const double threshold = std::max<double>(m_config.minimumCount, above);
    const double share = static_cast<double>(bucket.negative) / bucket.total;
    const double baselineShare = mentions > 0 ? static_cast<double>(negatives) / mentions : 0.0;
    const auto dominant = bucket.negative > bucket.positive   ? SentimentLabel::Negative
                          : bucket.positive > bucket.negative ? SentimentLabel::Positive
                                                              : SentimentLabel::Neutral;
    const Instant start{m_config.bucket * index};

    std::vector<SpikeAlert> alerts;
    if (!judged)
        return alerts;
    // Strictly above the band: a flat series (sigma 0) at its own mean is no spike.
    if (!bucket.volumeAlerted && bucket.total >= m_config.minimumCount && bucket.total > above &&
        !cooling(current, &Bucket::volumeAlerted)) {
        bucket.volumeAlerted = true;
        alerts.push_back(
            {SpikeAlert::Kind::Volume, start, bucket.total, mean, threshold, share, baselineShare, dominant});
    }
    if (!bucket.dipAlerted && bucket.total >= m_config.minimumForDip &&
        share - baselineShare >= m_config.negativeMargin && !cooling(current, &Bucket::dipAlerted)) {
        bucket.dipAlerted = true;
        alerts.push_back({SpikeAlert::Kind::SentimentDip, start, bucket.total, mean, threshold, share,
                          baselineShare, SentimentLabel::Negative});
    }
    return alerts;
}

} // namespace crisis
