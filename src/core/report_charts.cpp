// The after-action report's charts as SVG: mention volume with the baseline band, and mean
// sentiment, per bucket, with phase changes and published statements as vertical markers.
// SVG because it is text the core can write without a drawing library; browsers show it and
// Qt's SVG image plugin prints it to PDF.

#include <crisis/messages.hpp>
#include <crisis/phase.hpp>
#include <crisis/review_report.hpp>

#include "html.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace crisis {

namespace {

constexpr double width = 640, height = 220;
constexpr double left = 48, right = 12, top = 28, bottom = 34;

std::string base64(const std::string& bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string num(double v) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << v;
    return out.str();
}

// "03-02 08:00" in UTC: enough for an axis whose title says UTC.
std::string axisTime(Instant at) {
    const std::string iso = formatInstant(at); // yyyy-mm-ddThh:mm:ss(.sss)Z
    return iso.substr(5, 5) + " " + iso.substr(11, 5);
}

class Plot {
public:
    Plot(Instant from, Instant to, double yMin, double yMax)
        : m_from(from), m_to(to), m_yMin(yMin), m_yMax(yMax) {
        if (m_to <= m_from)
            m_to = m_from + Duration(1);
        if (m_yMax <= m_yMin)
            m_yMax = m_yMin + 1;
    }
    double x(Instant t) const {
        const double share = double((t - m_from).count()) / double((m_to - m_from).count());
        return left + std::clamp(share, 0.0, 1.0) * (width - left - right);
    }
    double y(double v) const {
        const double share = (v - m_yMin) / (m_yMax - m_yMin);
        return height - bottom - std::clamp(share, 0.0, 1.0) * (height - top - bottom);
    }
    Instant from() const { return m_from; }
    Instant to() const { return m_to; }

private:
    Instant m_from, m_to;
    double m_yMin, m_yMax;
};

std::string open(const std::string& title, const std::string& yLabel, const Plot& plot, double yMin,
                 double yMax) {
    std::ostringstream s;
    s << R"(<svg xmlns="http://www.w3.org/2000/svg" width=")" << width << R"(" height=")" << height
      << R"(" viewBox="0 0 )" << width << ' ' << height
      << R"(" font-family="Noto Sans CJK SC, sans-serif" font-size="11">)"
      << R"(<rect width="100%" height="100%" fill="#ffffff"/>)"
      << R"(<text x=")" << left << R"(" y="16" font-size="13" font-weight="bold">)"
      << detail::htmlEscape(title) << "</text>"
      << R"(<line x1=")" << left << R"(" y1=")" << num(plot.y(yMin)) << R"(" x2=")" << width - right
      << R"(" y2=")" << num(plot.y(yMin)) << R"(" stroke="#888"/>)"
      << R"(<line x1=")" << left << R"(" y1=")" << top << R"(" x2=")" << left << R"(" y2=")"
      << height - bottom << R"(" stroke="#888"/>)"
      << R"(<text x=")" << left - 4 << R"(" y=")" << num(plot.y(yMax) + 4) << R"(" text-anchor="end">)"
      << num(yMax) << "</text>"
      << R"(<text x=")" << left - 4 << R"(" y=")" << num(plot.y(yMin) + 4) << R"(" text-anchor="end">)"
      << num(yMin) << "</text>"
      << R"(<text x=")" << left << R"(" y=")" << height - 8 << R"(">)" << axisTime(plot.from()) << "</text>"
      << R"(<text x=")" << width - right << R"(" y=")" << height - 8 << R"(" text-anchor="end">)"
      << axisTime(plot.to()) << " UTC</text>"
      << R"(<text x=")" << (left + width - right) / 2 << R"(" y=")" << height - 8
      << R"(" text-anchor="middle" fill="#555">)" << detail::htmlEscape(yLabel) << "</text>";
    return s.str();
}

std::string markers(const Plot& plot, const std::vector<ChartMarker>& marks) {
    std::ostringstream s;
    // Labels go in three rows so that close markers (T0, analyze, respond in the first hours)
    // stay readable; a label with no room in any row is left out, its line stays.
    std::array<double, 3> lastLabel{-1e9, -1e9, -1e9};
    for (const auto& m : marks) {
        if (m.at < plot.from() || m.at > plot.to())
            continue;
        const bool spike = m.kind == ChartMarker::Kind::Spike;
        const char* colour = m.kind == ChartMarker::Kind::Phase       ? "#6a3d9a"
                             : m.kind == ChartMarker::Kind::Statement ? "#1f78b4"
                                                                      : "#e31a1c";
        const double x = plot.x(m.at);
        s << R"(<line x1=")" << num(x) << R"(" y1=")" << top << R"(" x2=")" << num(x) << R"(" y2=")"
          << height - bottom << R"(" stroke=")" << colour << R"(" stroke-dasharray=")"
          << (spike ? "1 2" : "4 3") << R"("/>)";
        if (spike) // spikes are many; the legend names them
            continue;
        for (std::size_t row = 0; row < lastLabel.size(); ++row) {
            if (x - lastLabel[row] < 48)
                continue;
            lastLabel[row] = x;
            s << R"(<text x=")" << num(x + 2) << R"(" y=")" << top + 10 + 10 * row << R"(" fill=")" << colour
              << R"(" font-size="9">)" << detail::htmlEscape(m.label) << "</text>";
            break;
        }
    }
    return s.str();
}

std::string polyline(const std::vector<std::pair<double, double>>& points, const char* colour) {
    std::ostringstream s;
    s << R"(<polyline fill="none" stroke=")" << colour << R"(" stroke-width="1.6" points=")";
    for (const auto& [x, y] : points)
        s << num(x) << ',' << num(y) << ' ';
    s << R"("/>)";
    return s.str();
}

std::string legend(double x, const char* colour, const std::string& label, bool dashed = false) {
    std::ostringstream s;
    if (dashed)
        s << R"(<line x1=")" << num(x + 5) << R"(" y1="7" x2=")" << num(x + 5) << R"(" y2="19" stroke=")"
          << colour << R"(" stroke-dasharray="1 2"/>)";
    else
        s << R"(<rect x=")" << num(x) << R"(" y="8" width="10" height="10" fill=")" << colour << R"("/>)";
    s << R"(<text x=")" << num(x + 14) << R"(" y="17">)" << detail::htmlEscape(label) << "</text>";
    return s.str();
}

// A nine-day crisis in 10-minute buckets is 1,300 points: more than a chart can show. Merge
// neighbours until at most `maxPoints` remain (counts add up, the band's variances add up).
std::vector<ChartBucket> coarsened(const std::vector<ChartBucket>& buckets, Duration& width) {
    constexpr std::size_t maxPoints = 160;
    const std::size_t factor = (buckets.size() + maxPoints - 1) / maxPoints;
    if (factor <= 1)
        return buckets;
    width *= static_cast<long long>(factor);
    std::vector<ChartBucket> out;
    for (std::size_t i = 0; i < buckets.size(); i += factor) {
        ChartBucket merged;
        merged.start = buckets[i].start;
        merged.judged = true;
        double scoreSum = 0, variance = 0;
        for (std::size_t j = i; j < std::min(buckets.size(), i + factor); ++j) {
            merged.total += buckets[j].total;
            merged.negative += buckets[j].negative;
            scoreSum += buckets[j].meanScore * buckets[j].total;
            merged.baselineMean += buckets[j].baselineMean;
            variance += buckets[j].baselineSigma * buckets[j].baselineSigma;
            merged.judged = merged.judged && buckets[j].judged;
        }
        merged.meanScore = merged.total > 0 ? scoreSum / merged.total : 0;
        merged.baselineSigma = std::sqrt(variance);
        out.push_back(merged);
    }
    return out;
}

std::string dataUri(const std::string& svg) {
    return "data:image/svg+xml;base64," + base64(svg);
}

} // namespace

AfterActionCharts afterActionCharts(const std::vector<ChartBucket>& detailed, Duration detailedWidth,
                                    double k, const std::vector<ChartMarker>& marks, Language lang) {
    AfterActionCharts charts;
    if (detailed.empty())
        return charts;
    Duration bucketWidth = detailedWidth;
    const std::vector<ChartBucket> buckets = coarsened(detailed, bucketWidth);
    const Instant from = buckets.front().start;
    const Instant to = buckets.back().start + bucketWidth;

    double peak = 1;
    for (const auto& b : buckets)
        peak = std::max({peak, double(b.total), b.baselineMean + k * b.baselineSigma});
    peak = std::ceil(peak);
    const Plot volume(from, to, 0, peak);
    std::string v = open(text("report.chart_volume", lang),
                         text("report.chart_per_bucket", lang, {formatSpan(bucketWidth)}), volume, 0, peak);
    // The baseline band (mean ± k·σ of the buckets before each one), one polygon per run of
    // buckets the detector judged: while the stream warms up there is no baseline to draw.
    for (std::size_t first = 0; first < buckets.size();) {
        if (!buckets[first].judged) {
            ++first;
            continue;
        }
        std::size_t last = first;
        while (last + 1 < buckets.size() && buckets[last + 1].judged)
            ++last;
        std::ostringstream band;
        band << R"(<polygon fill="#c7e9c0" stroke="none" points=")";
        for (std::size_t i = first; i <= last; ++i)
            band << num(volume.x(buckets[i].start)) << ','
                 << num(volume.y(buckets[i].baselineMean + k * buckets[i].baselineSigma)) << ' ';
        for (std::size_t i = last + 1; i-- > first;)
            band << num(volume.x(buckets[i].start)) << ','
                 << num(volume.y(std::max(0.0, buckets[i].baselineMean - k * buckets[i].baselineSigma)))
                 << ' ';
        band << R"("/>)";
        v += band.str();
        first = last + 1;
    }
    std::vector<std::pair<double, double>> total, negative;
    for (const auto& b : buckets) {
        total.emplace_back(volume.x(b.start), volume.y(b.total));
        negative.emplace_back(volume.x(b.start), volume.y(b.negative));
    }
    v += polyline(total, "#333333") + polyline(negative, "#e31a1c") + markers(volume, marks);
    v += legend(width - 400, "#333333", text("report.chart_all", lang)) +
         legend(width - 320, "#e31a1c", text("report.chart_negative", lang)) +
         legend(width - 220, "#c7e9c0", text("report.chart_baseline", lang)) +
         legend(width - 110, "#e31a1c", text("report.marker_spike", lang), true);
    charts.volume = dataUri(v + "</svg>");

    const Plot mood(from, to, -1, 1);
    std::string s =
        open(text("report.chart_sentiment", lang), text("report.chart_mean_score", lang), mood, -1, 1);
    s += R"(<line x1=")" + num(left) + R"(" y1=")" + num(mood.y(0)) + R"(" x2=")" + num(width - right) +
         R"(" y2=")" + num(mood.y(0)) + R"(" stroke="#bbb" stroke-dasharray="2 2"/>)";
    // A bucket with one post swings from -1 to 1: the line is the mean score of the latest
    // mentions (at least `enough`, reaching back over earlier buckets), so it shows the mood
    // rather than single posts.
    constexpr long long enough = 10;
    std::vector<std::pair<double, double>> score;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (buckets[i].total == 0)
            continue;
        double sum = 0;
        long long count = 0;
        for (std::size_t j = i + 1; j-- > 0 && count < enough;) {
            sum += buckets[j].meanScore * buckets[j].total;
            count += buckets[j].total;
        }
        score.emplace_back(mood.x(buckets[i].start), mood.y(sum / double(count)));
    }
    // No line across a stretch without mentions: it would draw a mood nobody expressed.
    std::vector<std::pair<double, double>> segment;
    double previousX = -1;
    const double gapX = 6 * (mood.x(from + bucketWidth) - mood.x(from));
    for (const auto& point : score) {
        if (!segment.empty() && point.first - previousX > gapX) {
            s += polyline(segment, "#ff7f00");
            segment.clear();
        }
        segment.push_back(point);
        previousX = point.first;
    }
    if (!segment.empty())
        s += polyline(segment, "#ff7f00");
    s += markers(mood, marks);
    charts.sentiment = dataUri(s + "</svg>");
    return charts;
}

std::vector<ChartMarker> chartMarkers(const std::vector<Event>& log, Language lang) {
    std::vector<ChartMarker> out;
    for (const auto& event : log) {
        if (event.kind == event_kind::opened) {
            if (const auto t0 = parseInstant(event.payload.value("detected_at", std::string())))
                out.push_back({ChartMarker::Kind::Phase, *t0, "T0"});
        } else if (event.kind == event_kind::spikeDetected) {
            const auto bucket = parseInstant(event.payload.value("bucket", std::string()));
            out.push_back(
                {ChartMarker::Kind::Spike, bucket.value_or(event.at),
                 text(event.payload.value("type", "") == "dip" ? "report.marker_dip" : "report.marker_spike",
                      lang)});
        } else if (event.kind == event_kind::advanced) {
            const auto to = phaseFromName(event.payload.value("to", std::string()));
            if (to)
                out.push_back(
                    {ChartMarker::Kind::Phase, event.at, text("phase." + std::string(phaseName(*to)), lang)});
        } else if (event.kind == event_kind::statementPublished) {
            out.push_back({ChartMarker::Kind::Statement, event.at, text("report.marker_statement", lang)});
        }
    }
    return out;
}

} // namespace crisis
