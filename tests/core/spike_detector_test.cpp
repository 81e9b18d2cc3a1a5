#include <crisis/error.hpp>
#include <crisis/spike_detector.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

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
    CHECK(firedAt == 25);
}

TEST_CASE("Quiet streams, the minimum count and the cooldown keep alerts rare") {
    SpikeDetector d;
    // From nothing to 9 mentions: below the minimum count of 10, no alert.
    for (int m = 0; m < 9; ++m)
        CHECK(d.add(t0 + m * 1s, SentimentLabel::Neutral).empty());
    CHECK_FALSE(d.add(t0 + 1min, SentimentLabel::Neutral).empty()); // the 10th
    // The next bucket is as busy, but within the 30-minute cooldown.
    for (int m = 0; m < 20; ++m)
        CHECK(d.add(t0 + 10min + m * 1s, SentimentLabel::Neutral).empty());
    // After the cooldown a new burst alerts again.
    bool again = false;
    for (int m = 0; m < 40; ++m)
        again = again || !d.add(t0 + 40min + m * 1s, SentimentLabel::Positive).empty();
    CHECK(again);
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
