#pragma once
// Message-spike and sentiment-dip alerts over a stream of mentions: volume per bucket
// (default 10 min) against a rolling baseline (default the previous 12 h: strictly above
// mean + k·σ, with a minimum count and a cooldown), and the share of negative mentions against
// the baseline's. Each mention updates one bucket and is judged against a fixed window of
// bucket counts: adding mentions never recomputes anything over the whole stream. Mentions may
// arrive out of order (files from several listening tools).
// Buckets before the stream's first mention are unknown, not zero: a bucket is judged only
// against the part of its window that the stream covers, and only once that part holds at
// least coverageNeeded() buckets (a quarter of the window, at least 6), so a fresh stream does
// not alert against an empty past.

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
    double negativeMargin = 0.2;    ///< negative share above the baseline's share that counts as a dip
    int minimumForDip = 10;         ///< mentions a bucket needs before its share means anything
    double minimumCoverage = 0.25;  ///< share of the baseline window the stream must cover first
    int minimumCoverageBuckets = 6; ///< and at least this many buckets of it

    /// Buckets in the baseline window.
    long long windowBuckets() const;
    /// Buckets of the window the stream must cover before a bucket is judged: the larger of
    /// `minimumCoverage` of the window and `minimumCoverageBuckets`, at most the whole window.
    long long coverageNeeded() const;
};

/// One alert.
struct SpikeAlert {
    enum class Kind { Volume, SentimentDip };
    Kind kind = Kind::Volume;
    Instant bucketStart;
    int count = 0;            ///< mentions in the bucket when the alert fired
    double baselineMean = 0;  ///< mean mentions per bucket over the covered baseline
    double threshold = 0;     ///< the larger of mean + k·σ (to exceed) and the minimum count (to reach)
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
    /// Tells the detector the stream began at `first` (e.g. its earliest saved bucket, which
    /// restore() need not be given): the buckets from there on count, empty ones as zero.
    /// Adding or restoring an earlier bucket moves the start back by itself.
    void setStreamStart(Instant first);
    /// The start of the stream's first bucket, once anything was added or restored.
    std::optional<Instant> streamStart() const;
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
    std::optional<long long> m_first; ///< index of the stream's first bucket
};

} // namespace crisis
