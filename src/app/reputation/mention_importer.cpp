#include "mention_importer.hpp"

#include "../desk.hpp"
#include "column_mapping_dialog.hpp"

#include <crisis/messages.hpp>

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {

bool hasDocumentedColumns(const std::vector<std::string>& header) {
    const crisis::MentionColumns documented;
    const auto has = [&](const std::string& name) {
        return std::find(header.begin(), header.end(), name) != header.end();
    };
    return has(documented.time) && has(documented.channel) && has(documented.text);
}

} // namespace

MentionImporter::MentionImporter(Desk& desk, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_desk(desk), m_dialogParent(dialogParent) {
    askColumns = [this](const std::vector<std::string>& header) -> std::optional<crisis::MentionColumns> {
        ColumnMappingDialog dialog(header, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.columns();
    };
    askKeepGoodRows = [this](const QStringList& problems, int goodRows) {
        QMessageBox box(QMessageBox::Warning, tr("Some rows are not valid"),
                        tr("%n row(s) of this file cannot be read. By default nothing is stored.", nullptr,
                           static_cast<int>(problems.size())),
                        QMessageBox::NoButton, m_dialogParent);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        auto* nothing = box.addButton(tr("Store nothing"), QMessageBox::RejectRole);
        auto* keep =
            box.addButton(tr("Store the %n good row(s)", nullptr, goodRows), QMessageBox::AcceptRole);
        box.setDefaultButton(nothing);
        box.setEscapeButton(nothing);
        box.exec();
        return box.clickedButton() == keep;
    };
}

crisis::MentionParse MentionImporter::parse(const std::string& data, crisis::MentionFormat format,
                                            const crisis::MentionColumns& columns, bool showProgress) {
    // Parsing runs on a worker thread; the GUI thread keeps painting and shows progress.
    std::atomic<std::size_t> done{0};
    std::atomic<bool> cancel{false};
    crisis::MentionParse result;
    QThread* worker = QThread::create([&] {
        result = crisis::parseMentions(data, format, columns, [&](std::size_t n, std::size_t) {
            done = n;
            return !cancel.load();
        });
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    std::unique_ptr<QProgressDialog> progress;
    QTimer poll;
    if (showProgress) {
        progress =
            std::make_unique<QProgressDialog>(tr("Reading mentions…"), tr("Cancel"), 0, 1000, m_dialogParent);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
        connect(progress.get(), &QProgressDialog::canceled, [&] { cancel = true; });
        poll.setInterval(100);
        connect(&poll, &QTimer::timeout, [&] {
            progress->setValue(
                static_cast<int>(1000.0 * static_cast<double>(done) / std::max<std::size_t>(1, data.size())));
        });
        poll.start();
    }
    worker->start();
    if (!worker->isFinished())
        loop.exec();
    worker->wait();
    delete worker;
    return result;
}

ImportReport MentionImporter::importFile(std::int64_t incident, const QString& path, Mode mode) {
    ImportReport report;
    const crisis::Language lang = m_desk.language();
    const auto format = crisis::mentionFormatFor(path.toStdString());
    if (!format) {
        report.error = tr("“%1” is not a CSV, JSON or JSON-lines file.").arg(QFileInfo(path).fileName());
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("Cannot read “%1”: %2").arg(path, file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    const std::string data(bytes.constData(), static_cast<std::size_t>(bytes.size()));

    crisis::MentionColumns columns;
    if (*format == crisis::MentionFormat::Csv) {
        const auto header = crisis::csvHeader(data);
        if (!header.empty() && !hasDocumentedColumns(header) && mode == Mode::Interactive) {
            const auto chosen = askColumns(header);
            if (!chosen) {
                report.cancelled = true;
                return report;
            }
            columns = *chosen;
        }
    }
    auto parsed = parse(data, *format, columns, mode == Mode::Interactive);
    if (parsed.cancelled) {
        report.cancelled = true;
        return report;
    }
    for (const auto& p : parsed.problems)
        report.problems << QStringLiteral("%1: %2").arg(
            QString::fromStdString(p.pointer), QString::fromStdString(crisis::render(p.message, lang)));
    report.rejected = static_cast<int>(parsed.problems.size());
    if (!parsed.problems.empty()) {
        const bool keep = mode == Mode::Interactive && !parsed.mentions.empty() &&
                          askKeepGoodRows(report.problems, static_cast<int>(parsed.mentions.size()));
        if (!keep) {
            report.error = tr("%n bad row(s); nothing was stored.", nullptr, report.rejected);
            return report;
        }
    }
    const auto outcome =
        m_desk.importMentions(incident, std::move(parsed.mentions), QFileInfo(path).fileName());
    if (const auto* error = std::get_if<QString>(&outcome)) {
        report.error = *error;
        return report;
    }
    const auto& ok = std::get<crisis::ImportOutcome>(outcome);
    report.stored = true;
    report.added = ok.added;
    report.duplicates = ok.duplicates;
    report.alerts = static_cast<int>(ok.alerts.size());
    return report;
}
