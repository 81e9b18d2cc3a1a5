#pragma once
// The review's files for people outside the console: the after-action report (Markdown, HTML,
// PDF), the timeline (CSV, JSON) and the ICS-214 activity log (CSV, Markdown). The core writes
// the text; PDF goes through crisispdf. Files appear whole or not at all.

#include <QString>

#include <cstdint>
#include <optional>

class Desk;

enum class ReviewExport {
    AarMarkdown,
    AarHtml,
    AarPdf,
    TimelineCsv,
    TimelineJson,
    Ics214Csv,
    Ics214Markdown
};

/// The usual file name suffix of an export ("pdf", "csv", ...).
QString exportSuffix(ReviewExport kind);
/// Writes `kind` of `incident` to `path`. Returns the error text (translated), nothing on success.
std::optional<QString> writeReviewExport(Desk& desk, std::int64_t incident, ReviewExport kind,
                                         const QString& path);
