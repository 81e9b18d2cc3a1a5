#pragma once
// Message-spike and sentiment-dip alerts over a stream of mentions: volume per bucket
// (default 10 min) against a rolling baseline (default the previous 12 h: mean + k·σ, with a
// minimum count and a cooldown), and the share of negative mentions against the baseline's.
// Each mention updates one bucket and is judged against a fixed window of bucket counts:
// adding mentions never recomputes anything over the whole stream. Mentions may arrive out
// of order (files from several listening tools).

#include <crisis/sentiment.hpp>
#include <crisis/time.hpp>

#include <map>
#include <optional>
#include <vector>

namespace crisis {

/// Tuning of the detector; the defaults are the issue's.
struct SpikeConfig {
    Duration bucket = std::chrono::minutes(10);
    Duration baseline = std::chrono::hours(12);
    double k = 2.0;                               ///< standard deviations above the baseline mean
    int minimumCount = 10;                        ///< no volume alert below this many mentions in a bucket
    Duration cooldown = std::chrono::minutes(30); ///< quiet time after an alert of the same kind
    double negativeMargin = 0.2; ///< negative share above the baseline's share that counts as a dip
    int minimumForDip = 10;      ///< mentions a bucket needs before its share means anything
};

/// One alert.
struct SpikeAlert {
    enum class Kind { Volume, SentimentDip };
    Kind kind = Kind::Volume;
    Instant bucketStart;
    int count = 0;            ///< mentions in the bucket when the alert fired
    double baselineMean = 0;  ///< mean mentions per bucket over the baseline
    double threshold = 0;     ///< count that had to be reached (volume)
    double negativeShare = 0; ///< in the bucket
    double baselineNegativeShare = 0;
    SentimentLabel dominant = SentimentLabel::Neutral; ///< labels the alert positive or negative
};

class SpikeDetector {
public:
    /// What the detector keeps per bucket; persisted between imports so a new file is judged
    /// against the baseline of earlier ones without rereading them.
    struct Bucket {
        int total = 0;
        int negative = 0;
        int positive = 0;
        double scoreSum = 0; ///< sum of sentiment scores, for the average-sentiment chart
        bool volumeAlerted = false;
        bool dipAlerted = false;
        bool operator==(const Bucket&) const = default;
    };

    explicit SpikeDetector(SpikeConfig config = {});

    /// Adds one mention at `at` with its sentiment; returns the alerts it triggers (at most one
    /// per kind and bucket).
    std::vector<SpikeAlert> add(Instant at, SentimentLabel label, double score = 0.0);
    /// Puts back a bucket saved earlier (its start as returned by buckets()).
    void restore(Instant bucketStart, const Bucket& bucket);
    /// Every bucket held, by start.
    std::map<Instant, Bucket> buckets() const;
    /// The start of the bucket containing `at`.
    Instant bucketStart(Instant at) const;
    /// Mentions counted in the bucket containing `at`.
    int countAt(Instant at) const;
    const SpikeConfig& config() const { return m_config; }

private:
    long long indexOf(Instant at) const;
    bool cooling(const std::map<long long, Bucket>::const_iterator& from, bool Bucket::*flag) const;

    SpikeConfig m_config;
    std::map<long long, Bucket> m_buckets;
};

} // namespace crisis
