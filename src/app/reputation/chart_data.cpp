#include "chart_data.hpp"

#include "../labels.hpp"

#include <crisis/phase.hpp>

#include <QCoreApplication>

#include <algorithm>

VolumeChartData volumeChartData(const std::vector<crisis::ChartBucket>& buckets, double k,
                                const std::vector<crisis::Event>& log) {
    VolumeChartData d;
    const auto ms = [](crisis::Instant at) { return static_cast<qreal>(at.time_since_epoch().count()); };
    for (const auto& b : buckets) {
        const qreal x = ms(b.start);
        d.volume.emplace_back(x, b.total);
        if (b.total > 0)
            d.sentiment.emplace_back(x, b.meanScore);
        d.maxVolume = std::max(d.maxVolume, static_cast<double>(b.total));
        if (!b.judged)
            continue; // warm-up: too little of the baseline is known to draw a band
        d.bandUpper.emplace_back(x, b.baselineMean + k * b.baselineSigma);
        d.bandLower.emplace_back(x, std::max(0.0, b.baselineMean - k * b.baselineSigma));
        d.maxVolume = std::max(d.maxVolume, b.baselineMean + k * b.baselineSigma);
    }
    for (const auto& e : log) {
        if (e.kind == crisis::event_kind::spikeDetected && e.payload.value("type", "") == "volume") {
            const auto bucket = crisis::parseInstant(e.payload.value("bucket", ""));
            if (!bucket)
                continue;
            const auto it = std::find_if(buckets.begin(), buckets.end(),
                                         [&](const crisis::ChartBucket& b) { return b.start == *bucket; });
            d.spikes.emplace_back(ms(*bucket), it != buckets.end() ? it->total : e.payload.value("count", 0));
        } else if (e.kind == crisis::event_kind::advanced) {
            const auto to = crisis::phaseFromName(e.payload.value("to", ""));
            d.markers.push_back(
                {e.at.time_since_epoch().count(), to ? labels::phase(*to) : QString(), false});
        } else if (e.kind == "statement.published") {
            d.markers.push_back({e.at.time_since_epoch().count(),
                                 QCoreApplication::translate("ChartData", "Statement: %1")
                                     .arg(QString::fromStdString(e.payload.value("channel", ""))),
                                 true});
        }
    }
    return d;
}

std::vector<ChannelShare>
channelShares(const std::vector<std::pair<std::string, crisis::MentionCounts>>& counts) {
    std::vector<ChannelShare> out;
    for (const auto& [channel, c] : counts)
        out.push_back({QString::fromStdString(channel), c.total,
                       c.total > 0 ? static_cast<double>(c.negative) / static_cast<double>(c.total) : 0.0});
    std::stable_sort(out.begin(), out.end(),
                     [](const ChannelShare& a, const ChannelShare& b) { return a.total > b.total; });
    return out;
}
