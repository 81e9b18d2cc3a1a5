#include "reputation_charts.hpp"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace {

QChartView* makeView() {
    auto* view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->setMinimumHeight(240);
    return view;
}

QLineSeries* lineOf(const std::vector<QPointF>& points, const QString& name) {
    auto* s = new QLineSeries;
    s->setName(name);
    s->append(QList<QPointF>(points.begin(), points.end()));
    return s;
}

} // namespace

ReputationCharts::ReputationCharts(QWidget* parent)
    : QWidget(parent), m_volume(makeView()), m_channels(makeView()) {
    m_volume->setObjectName(QStringLiteral("volumeChart"));
    m_channels->setObjectName(QStringLiteral("channelChart"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_volume, 3);
    layout->addWidget(m_channels, 1);
}

QChart* ReputationCharts::volumeChart() const {
    return m_volume->chart();
}

QChart* ReputationCharts::channelChart() const {
    return m_channels->chart();
}

void ReputationCharts::setData(const VolumeChartData& d, const std::vector<ChannelShare>& channels,
                               bool utc) {
    QChart* chart = m_volume->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Mentions per bucket and mean sentiment"));

    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM-dd HH:mm"));
    time->setTickCount(6);
    time->setTruncateLabels(false);
    // The axis draws local time; for UTC display the points move by the local offset.
    time->setTitleText(utc ? tr("UTC") : tr("Local time"));
    const qreal shift = utc ? -1000.0 * QDateTime::currentDateTime().offsetFromUtc() : 0.0;
    const auto moved = [shift](const std::vector<QPointF>& points) {
        std::vector<QPointF> out;
        out.reserve(points.size());
        for (const auto& p : points)
            out.emplace_back(p.x() + shift, p.y());
        return out;
    };
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setRange(0, std::max(1.0, d.maxVolume * 1.1));
    auto* score = new QValueAxis;
    score->setLabelFormat(QStringLiteral("%.1f"));
    score->setRange(-1, 1);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(score, Qt::AlignRight);
    const auto attach = [&](QAbstractSeries* s, QValueAxis* y) {
        chart->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(y);
    };

    if (!d.volume.empty()) {
        auto* upper = lineOf(moved(d.bandUpper), {});
        auto* lower = lineOf(moved(d.bandLower), {});
        auto* band = new QAreaSeries(upper, lower);
        band->setName(tr("Baseline band"));
        band->setColor(QColor(52, 152, 219, 50));
        band->setBorderColor(QColor(52, 152, 219, 90));
        attach(band, count);
        auto* volume = lineOf(moved(d.volume), tr("Volume"));
        volume->setColor(QColor(0x2c3e50));
        attach(volume, count);
        auto* sentiment = lineOf(moved(d.sentiment), tr("Mean sentiment"));
        sentiment->setColor(QColor(0x8e44ad));
        attach(sentiment, score);
        time->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(d.volume.front().x() + shift)),
                       QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(d.volume.back().x() + shift)));
    }
    if (!d.spikes.empty()) {
        auto* spikes = new QScatterSeries;
        spikes->setName(tr("Spike"));
        spikes->setColor(QColor(0xc0392b));
        spikes->setMarkerSize(10);
        const auto points = moved(d.spikes);
        spikes->append(QList<QPointF>(points.begin(), points.end()));
        attach(spikes, count);
    }
    for (const auto& m : d.markers) {
        auto* line = new QLineSeries;
        line->setName(m.label);
        QPen pen(m.statement ? QColor(0x1e8449) : QColor(0x7f8c8d));
        pen.setStyle(m.statement ? Qt::SolidLine : Qt::DashLine);
        line->setPen(pen);
        line->append(static_cast<qreal>(m.at) + shift, 0);
        line->append(static_cast<qreal>(m.at) + shift, count->max());
        attach(line, count);
    }

    QChart* bars = m_channels->chart();
    bars->removeAllSeries();
    for (auto* axis : bars->axes())
        bars->removeAxis(axis);
    bars->setTitle(tr("Negative share per channel"));
    auto* set = new QBarSet(tr("Negative %"));
    QStringList names;
    // Horizontal bars list bottom-up: reverse so the largest channel is on top.
    for (auto it = channels.rbegin(); it != channels.rend(); ++it) {
        *set << it->negativeShare * 100.0;
        names << it->channel;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    bars->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(3);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    bars->addAxis(categories, Qt::AlignLeft);
    bars->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(percent);
    bars->legend()->setVisible(false);
}
