#pragma once
// What the reputation charts draw, as plain points: built from the core's chart buckets, the
// incident's alerts and its log, so tests can check the charts' content without pixels.

#include <crisis/event.hpp>
#include <crisis/reputation.hpp>

#include <QPointF>
#include <QString>

#include <vector>

struct VolumeChartData {
    std::vector<QPointF> volume;    ///< x: ms since epoch, y: mentions per bucket
    std::vector<QPointF> sentiment; ///< x, mean score in [-1, 1] (buckets with mentions only)
    std::vector<QPointF> bandUpper; ///< baseline mean + k·sigma, for the buckets the detector judges
    std::vector<QPointF> bandLower; ///< baseline mean - k·sigma, not below 0
    std::vector<QPointF> spikes;    ///< x, volume of the bucket that alerted
    struct Marker {
        qint64 at = 0;
        QString label;
        bool statement = false; ///< a published statement (else a phase change)
    };
    std::vector<Marker> markers;
    double maxVolume = 0;
};

/// Chart points for an incident. `log` is its event log (phase changes, statements, spikes).
VolumeChartData volumeChartData(const std::vector<crisis::ChartBucket>& buckets, double k,
                                const std::vector<crisis::Event>& log);

struct ChannelShare {
    QString channel;
    long long total = 0;
    double negativeShare = 0; ///< 0..1
};

/// Share of negative mentions per channel, largest channel first.
std::vector<ChannelShare>
channelShares(const std::vector<std::pair<std::string, crisis::MentionCounts>>& counts);
