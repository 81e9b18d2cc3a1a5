#include <crisis/error.hpp>
#include <crisis/spike_detector.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

const Instant t0 = parseInstant("2026-03-01T00:00:00Z").value();

// 12 hours of a quiet baseline: 3 mentions per 10-minute bucket (one negative).
void quietBaseline(SpikeDetector& d) {
    for (int b = 0; b < 72; ++b)
        for (int m = 0; m < 3; ++m)
            CHECK(
                d.add(t0 + b * 10min + m * 1min, m == 0 ? SentimentLabel::Negative : SentimentLabel::Neutral)
                    .empty());
}

} // namespace

TEST_CASE("A burst far above the rolling baseline raises one volume alert, labelled by sentiment") {
    SpikeDetector d;
    quietBaseline(d);
    const Instant burst = t0 + 12h;
    std::vector<SpikeAlert> alerts;
    for (int m = 0; m < 30; ++m)
        for (auto& a : d.add(burst + m * 10s, SentimentLabel::Negative))
            alerts.push_back(a);
    REQUIRE(alerts.size() == 2); // volume, and the negative share jumped from 1/3 to 1
    const auto& volume = alerts[0];
    CHECK(volume.kind == SpikeAlert::Kind::Volume);
    CHECK(volume.count == 10); // fired as soon as the threshold (the minimum count) was reached
    CHECK(volume.baselineMean == Approx(3.0));
    CHECK(volume.threshold == Approx(10.0));
    CHECK(volume.dominant == SentimentLabel::Negative);
    CHECK(volume.bucketStart == burst);
    CHECK(alerts[1].kind == SpikeAlert::Kind::SentimentDip);
    CHECK(alerts[1].baselineNegativeShare == Approx(1.0 / 3.0));
    CHECK(d.countAt(burst) == 30);
}

TEST_CASE("The threshold is mean + k sigma when that is above the minimum count") {
    SpikeConfig config;
    config.minimumCount = 1;
    SpikeDetector d(config);
    // Alternating 10 and 20 per bucket: mean 15, sigma 5, threshold 25.
    for (int b = 0; b < 72; ++b)
        for (int m = 0; m < (b % 2 ? 20 : 10); ++m)
            d.add(t0 + b * 10min + m * 5s, SentimentLabel::Neutral);
    const Instant next = t0 + 12h;
    int firedAt = 0;
    for (int m = 1; m <= 30 && firedAt == 0; ++m)
        if (!d.add(next + m * 1s, SentimentLabel::Positive).empty())
            firedAt = m;
    CHECK(firedAt == 26); // strictly above 25
}

TEST_CASE("Quiet streams, the minimum count and the cooldown keep alerts rare") {
    SpikeDetector d;
    // Three quiet hours (the warm-up: 18 buckets of one mention) before anything is judged.
    for (int b = 0; b < 18; ++b)
        CHECK(d.add(t0 + b * 10min, SentimentLabel::Neutral).empty());
    const Instant busy = t0 + 3h;
    // 9 mentions: below the minimum count of 10, no alert.
    for (int m = 0; m < 9; ++m)
        CHECK(d.add(busy + m * 1s, SentimentLabel::Neutral).empty());
    CHECK_FALSE(d.add(busy + 1min, SentimentLabel::Neutral).empty()); // the 10th
    // The next bucket is as busy, but within the 30-minute cooldown.
    for (int m = 0; m < 20; ++m)
        CHECK(d.add(busy + 10min + m * 1s, SentimentLabel::Neutral).empty());
    // After the cooldown a new burst alerts again.
    bool again = false;
    for (int m = 0; m < 40; ++m)
        again = again || !d.add(busy + 40min + m * 1s, SentimentLabel::Positive).empty();
    CHECK(again);
}

namespace {

// Adds `count` mentions spread over the bucket starting at `start`; every third negative.
std::vector<SpikeAlert> fill(SpikeDetector& d, Instant start, int count, int& serial,
                             SentimentLabel label = SentimentLabel::Neutral) {
    std::vector<SpikeAlert> alerts;
    for (int m = 0; m < count; ++m) {
        const auto l =
            label == SentimentLabel::Neutral && serial++ % 3 == 0 ? SentimentLabel::Negative : label;
        for (auto& a : d.add(start + m * (10min / std::max(count, 1)), l))
            alerts.push_back(a);
    }
    return alerts;
}

} // namespace

TEST_CASE("A flat series raises no alert: a spike is strictly above mean + k sigma") {
    SpikeDetector d;
    int serial = 0;
    int alerts = 0;
    // 15 mentions per 10 minutes for 24 hours: sigma 0, every bucket equals the mean.
    for (int b = 0; b < 144; ++b)
        alerts += static_cast<int>(fill(d, t0 + b * 10min, 15, serial).size());
    CHECK(alerts == 0);
    // One mention above the flat band is above it (and above the minimum count).
    const Instant next = t0 + 24h;
    for (int m = 0; m < 15; ++m)
        CHECK(d.add(next + m * 1s, SentimentLabel::Neutral).empty());
    const auto above = d.add(next + 30s, SentimentLabel::Neutral);
    REQUIRE(above.size() == 1);
    CHECK(above[0].count == 16);
    CHECK(above[0].baselineMean == Approx(15.0));
    CHECK(above[0].threshold == Approx(15.0));
}

TEST_CASE("Warm-up: buckets before the stream's first mention are unknown and judged only once covered") {
    const SpikeConfig defaults;
    CHECK(defaults.windowBuckets() == 72);
    CHECK(defaults.coverageNeeded() == 18); // a quarter of 12 h: 3 h
    SpikeConfig hour;
    hour.baseline = 1h;
    CHECK(hour.coverageNeeded() == 6); // at least 6 buckets
    SpikeConfig tiny;
    tiny.baseline = 10min;
    CHECK(tiny.coverageNeeded() == 1); // never more than the window

    SpikeDetector d;
    int serial = 0;
    int alerts = 0;
    // A fresh stream at 15 per bucket: its first 12 h raise nothing, although most of each
    // bucket's window lies before the stream (those buckets are not zeros).
    for (int b = 0; b < 72; ++b)
        alerts += static_cast<int>(fill(d, t0 + b * 10min, 15, serial).size());
    CHECK(alerts == 0);

    SpikeDetector fresh;
    // A burst in the first bucket, or in the 18th (17 buckets covered), is not judged...
    for (int b = 0; b < 18; ++b)
        CHECK(fill(fresh, t0 + b * 10min, b == 0 || b == 17 ? 45 : 15, serial).empty());
    // ...the 19th bucket is, against the 18 buckets the stream covers.
    const auto judged = fill(fresh, t0 + 18 * 10min, 45, serial);
    REQUIRE_FALSE(judged.empty());
    CHECK(judged[0].kind == SpikeAlert::Kind::Volume);
    CHECK(judged[0].baselineMean == Approx((16 * 15 + 2 * 45) / 18.0));
}

TEST_CASE("The stream start survives a detector seeded with only the recent buckets") {
    // Mentions began at t0; later only the window before 06:00 is restored, and it is empty.
    SpikeDetector seeded;
    seeded.setStreamStart(t0);
    CHECK(seeded.streamStart() == t0);
    int serial = 0;
    CHECK_FALSE(fill(seeded, t0 + 6h, 12, serial).empty()); // 36 covered buckets of zero

    SpikeDetector unseeded; // without the start, the same bucket opens a fresh stream
    CHECK(fill(unseeded, t0 + 6h, 12, serial).empty());
    CHECK(unseeded.streamStart() == t0 + 6h);
    unseeded.restore(t0 + 1h, SpikeDetector::Bucket{3, 1, 0, 0.0, false, false});
    CHECK(unseeded.streamStart() == t0 + 1h); // an earlier bucket moves the start back
}

TEST_CASE("Spike detection on a synthetic noisy series finds every known spike and nothing else") {
    SpikeDetector d;
    std::mt19937 rng(20260301);
    std::uniform_int_distribution<int> background(8, 12);
    // Three days of 10-minute buckets; spikes of 30 to 60 at known buckets, after the warm-up
    // and further apart than the cooldown, one of them right after another spike's cooldown.
    const std::map<int, int> spikes{{30, 40}, {100, 60}, {104, 35}, {200, 30}, {290, 50}, {400, 45}};
    std::set<Instant> volume;
    std::set<Instant> dips;
    int serial = 0;
    for (int b = 0; b < 432; ++b) {
        const Instant start = t0 + b * 10min;
        const auto spike = spikes.find(b);
        // Spikes are angry posts on top of the usual background.
        auto alerts = fill(d, start, background(rng), serial);
        if (spike != spikes.end())
            for (auto& a : fill(d, start, spike->second, serial, SentimentLabel::Negative))
                alerts.push_back(a);
        for (const auto& a : alerts)
            (a.kind == SpikeAlert::Kind::Volume ? volume : dips).insert(a.bucketStart);
    }
    std::set<Instant> expected;
    for (const auto& [b, count] : spikes)
        expected.insert(t0 + b * 10min);
    CHECK(volume == expected);
    CHECK(dips == expected); // all-negative bursts against a third-negative background
}

TEST_CASE("A flat noisy series above the minimum count raises no alert") {
    SpikeDetector d;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> perBucket(12, 18); // always above the minimum count of 10
    int serial = 0;
    std::vector<SpikeAlert> alerts;
    for (int b = 0; b < 3 * 144; ++b)
        for (auto& a : fill(d, t0 + b * 10min, perBucket(rng), serial))
            alerts.push_back(a);
    CHECK(alerts.empty());
}

TEST_CASE("The cooldown is respected: no alert of the same kind within it, one right after") {
    SpikeDetector d; // cooldown 30 min = 3 buckets of 10 min
    int serial = 0;
    for (int b = 0; b < 36; ++b)
        fill(d, t0 + b * 10min, 3, serial);
    const Instant first = t0 + 6h;
    const auto fired = fill(d, first, 30, serial, SentimentLabel::Negative);
    REQUIRE(fired.size() == 2); // volume and dip
    // Bigger bursts in each of the three following buckets: both kinds cool down.
    for (int b = 1; b <= 3; ++b)
        CHECK(fill(d, first + b * 10min, 60 + 10 * b, serial, SentimentLabel::Negative).empty());
    // The fourth bucket is past the cooldown: a burst well above the band alerts again.
    const auto again = fill(d, first + 40min, 150, serial, SentimentLabel::Negative);
    REQUIRE_FALSE(again.empty());
    CHECK(again[0].kind == SpikeAlert::Kind::Volume);

    SpikeConfig none;
    none.cooldown = 0min;
    SpikeDetector quick(none);
    for (int b = 0; b < 36; ++b)
        fill(quick, t0 + b * 10min, 3, serial);
    CHECK_FALSE(fill(quick, first, 30, serial).empty());
    CHECK_FALSE(fill(quick, first + 10min, 60, serial).empty()); // no cooldown: the next bucket alerts
}

TEST_CASE("Mentions arriving out of order land in their own buckets") {
    SpikeDetector d;
    quietBaseline(d);
    // A late file adds to an old bucket: judged against that bucket's own past.
    const Instant old = t0 + 6h;
    int alerts = 0;
    for (int m = 0; m < 12; ++m)
        alerts += static_cast<int>(d.add(old + m * 1s, SentimentLabel::Neutral).size());
    CHECK(alerts == 1);
    CHECK(d.countAt(old) == 15);
    CHECK(d.countAt(t0 + 12h) == 0);
}

TEST_CASE("A sentiment dip needs enough mentions and a margin over the baseline share") {
    SpikeConfig config;
    config.minimumCount = 1000; // volume alerts out of the way
    SpikeDetector d(config);
    quietBaseline(d); // baseline negative share 1/3
    const Instant b = t0 + 12h;
    // 10 mentions, 5 negative: share 0.5 < 1/3 + 0.2 -> no dip.
    int dips = 0;
    for (int m = 0; m < 10; ++m)
        dips += static_cast<int>(
            d.add(b + m * 1s, m < 5 ? SentimentLabel::Negative : SentimentLabel::Positive).size());
    CHECK(dips == 0);
    // Three more negatives: 8/13 = 0.62 >= 0.53 -> dip.
    for (int m = 0; m < 3; ++m)
        dips += static_cast<int>(d.add(b + 30s + m * 1s, SentimentLabel::Negative).size());
    CHECK(dips == 1);
}

TEST_CASE("A spike configuration without a bucket is refused") {
    SpikeConfig config;
    config.bucket = 0ms;
    CHECK_THROWS_AS(SpikeDetector(config), Error);
}
