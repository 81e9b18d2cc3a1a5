#include "review_export.hpp"

#include "../desk.hpp"
#include "../export_file.hpp"

#include "html_pdf.hpp"

#include <crisis/error.hpp>
#include <crisis/review_report.hpp>
#include <crisis/timeline_export.hpp>

#include <QCoreApplication>

QString exportSuffix(ReviewExport kind) {
    switch (kind) {
    case ReviewExport::AarMarkdown:
    case ReviewExport::Ics214Markdown:
        return QStringLiteral("md");
    case ReviewExport::AarHtml:
        return QStringLiteral("html");
    case ReviewExport::AarPdf:
        return QStringLiteral("pdf");
    case ReviewExport::TimelineCsv:
    case ReviewExport::Ics214Csv:
        return QStringLiteral("csv");
    case ReviewExport::TimelineJson:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<QString> writeReviewExport(Desk& desk, std::int64_t incidentId, ReviewExport kind,
                                         const QString& path) {
    const crisis::Language lang = desk.language();
    try {
        const crisis::Incident incident = desk.store().incident(incidentId);
        std::string body;
        switch (kind) {
        case ReviewExport::AarMarkdown:
            body = desk.review().afterActionReport(incidentId, crisis::ReportFormat::Markdown, lang,
                                                   desk.reviewWindows());
            break;
        case ReviewExport::AarHtml:
        case ReviewExport::AarPdf:
            body = desk.review().afterActionReport(incidentId, crisis::ReportFormat::Html, lang,
                                                   desk.reviewWindows());
            break;
        case ReviewExport::TimelineCsv:
            body = crisis::timelineCsv(incident, desk.service().playbookOf(incident),
                                       desk.store().events(incidentId), lang);
            break;
        case ReviewExport::TimelineJson:
            body = crisis::timelineJson(desk.store().events(incidentId)) + "\n";
            break;
        case ReviewExport::Ics214Csv:
            body = crisis::ics214Csv(incident, desk.service().playbookOf(incident),
                                     desk.store().events(incidentId), desk.store().members(), lang,
                                     {desk.actor().toStdString(), desk.now()});
            break;
        case ReviewExport::Ics214Markdown:
            body = crisis::ics214Markdown(incident, desk.service().playbookOf(incident),
                                          desk.store().events(incidentId), desk.store().members(), lang,
                                          {desk.actor().toStdString(), desk.now()});
            break;
        }
        if (kind == ReviewExport::AarPdf) {
            crisis::pdf::writeHtmlPdf(body, path.toStdString(),
                                      crisis::text("report.title", lang, {incident.title}));
            return std::nullopt;
        }
        return writeExportFile(path, body);
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(lang));
    }
}
