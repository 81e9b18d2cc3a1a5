#pragma once
// Qt Charts views of an incident's mentions: volume per bucket with the baseline band, mean
// sentiment on a second axis, spikes marked, phase changes and statements as vertical lines;
// and the share of negative mentions per channel.

#include "chart_data.hpp"

#include <QWidget>

class QChart;
class QChartView;

class ReputationCharts : public QWidget {
    Q_OBJECT
public:
    explicit ReputationCharts(QWidget* parent = nullptr);

    void setData(const VolumeChartData& volume, const std::vector<ChannelShare>& channels, bool utc);

    QChart* volumeChart() const;
    QChart* channelChart() const;

private:
    QChartView* m_volume;
    QChartView* m_channels;
};
