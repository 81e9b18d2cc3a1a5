#pragma once
// The after-action report of one incident, as Markdown and as a self-contained HTML page.
// Every user-supplied text (titles, reasons, statements, answers, notes, improvement items) is
// escaped for the output format; headings come from the message catalogue (en and zh).

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/messages.hpp>
#include <crisis/playbook.hpp>
#include <crisis/reputation.hpp>
#include <crisis/review.hpp>
#include <crisis/review_metrics.hpp>

#include <string>
#include <vector>

namespace crisis {

/// Pre-rendered charts as data URIs (`data:image/svg+xml;base64,...` or
/// `data:image/png;base64,...`). Empty, or anything else, is left out of the report.
struct AfterActionCharts {
    std::string volume;
    std::string sentiment;
};

/// A vertical line on the charts: T0 or a phase change, a published statement, a spike alert.
struct ChartMarker {
    enum class Kind { Phase, Statement, Spike };
    Kind kind = Kind::Phase;
    Instant at;
    std::string label;
};

/// The volume chart (all and negative mentions per bucket over the baseline band, mean ± k·σ
/// as the playbook's spike rule has it) and the mean-sentiment chart, as SVG data URIs, with
/// `markers` drawn across both. Empty charts when there are no buckets. Every label is escaped.
AfterActionCharts afterActionCharts(const std::vector<ChartBucket>& buckets, Duration bucketWidth, double k,
                                    const std::vector<ChartMarker>& markers, Language lang);

/// The markers of a log: T0, phase changes (labelled with the phase entered), published
/// statements and spike alerts (at the bucket that spiked).
std::vector<ChartMarker> chartMarkers(const std::vector<Event>& log, Language lang);

/// Everything the report shows. The caller keeps the referenced objects alive.
struct AfterActionInput {
    const Incident& incident;
    const Playbook& playbook;
    const std::vector<Event>& log;
    const ReviewMetrics& metrics;
    const ReviewState& review;
    AfterActionCharts charts;
};

/// The report as Markdown (GitHub flavour tables). Sections in order: summary, timeline
/// (significant events only), clocks against targets, charts, statements, metrics, tasks by
/// role, review answers, notes, improvement plan.
std::string afterActionMarkdown(const AfterActionInput& input, Language lang);
/// The same report as one HTML page (UTF-8, inline style, charts as <img>).
std::string afterActionHtml(const AfterActionInput& input, Language lang);

/// One line describing a proposal in `lang`, e.g. "Clock identify: duration 20m".
std::string describeProposal(const PlaybookProposal& proposal, const Playbook& playbook, Language lang);

} // namespace crisis
