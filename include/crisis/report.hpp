#pragma once
// Incident reports for management and partners: a CAN report (Conditions, Actions, Needs) and
// an executive summary, as Markdown and as HTML. The input is a plain snapshot of the incident
// record, so the core needs no store here; the Qt layer prints the HTML to PDF. Every text that
// comes from users (titles, names, statements, needs) is escaped: HTML output never carries
// markup a user typed, and Markdown output never lets it become markup either.

#include <crisis/messages.hpp>
#include <crisis/phase.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/time.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// A clock and its state at the report's instant.
struct ReportClock {
    std::string name;
    ClockState state = ClockState::NotStarted;
    std::optional<Instant> due; ///< nullopt while not started
};

/// An exit-checklist item of the current phase.
struct ReportChecklistItem {
    std::string text;
    bool done = false;
};

/// A task with its state at the report's instant.
struct ReportTask {
    std::string title;
    std::string assignee; ///< empty: unassigned
    Instant due;
    TaskState state = TaskState::Open;
};

/// A published statement.
struct ReportStatement {
    Instant publishedAt;
    std::string channel;
    std::string title;
    std::string text;
};

/// How the public update cadence was kept while in respond (review_metrics.hpp's figure). The
/// cadence clock restarts at each public statement, so its state alone hides a wait that ran
/// over before the last one.
struct ReportCadence {
    Duration cadence{0};             ///< the interval asked for
    int waits = 0;                   ///< waits for a public update so far
    int waitsOverCadence = 0;        ///< waits strictly longer than `cadence`
    std::optional<Duration> longest; ///< the longest wait
};

/// What a report says: a snapshot of the incident record, in the words to print.
struct ReportInput {
    std::string title;
    std::string crisisType; ///< as shown to the reader, e.g. "cyber-breach" or a translated name
    int severity = 2;
    Phase phase = Phase::Identify;
    Instant detectedAt;
    Instant generatedAt; ///< the report's instant (clock and task states are as of then)
    std::vector<ReportClock> clocks;
    std::vector<ReportChecklistItem> checklist;
    std::vector<ReportTask> tasks;
    std::vector<ReportStatement> statements; ///< oldest first
    std::string needs; ///< free text: what the team needs (people, money, decisions); may span lines
    std::optional<long long> customersAffected; ///< from the incident record, when known
    bool causeVerified = false;                 ///< the incident's cause is marked verified
    std::optional<ReportCadence> cadence;       ///< absent until the incident has been in respond
};

/// Which report.
enum class ReportKind {
    Can,      ///< Conditions (phase, clocks, update cadence), Actions (checklist, tasks, statements), Needs
    Executive ///< one situation paragraph, key figures (with the update cadence), needs
};

/// Output format.
enum class ReportFormat {
    Markdown, ///< CommonMark; user text backslash-escaped
    Html      ///< a complete UTF-8 HTML document; user text HTML-escaped
};

/// The report in `lang` (headings and labels from the message catalogue; times as ISO-8601 UTC).
std::string renderReport(const ReportInput& input, ReportKind kind, ReportFormat format, Language lang);

/// `text` with & < > " ' replaced by their HTML entities.
std::string htmlEscape(std::string_view text);

} // namespace crisis
