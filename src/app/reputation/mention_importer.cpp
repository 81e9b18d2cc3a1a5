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

#include <exception>
#include <memory>

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

void MentionImporter::showStage(Stage stage, std::size_t done, std::size_t total) {
    if (m_progress && m_progress->wasCanceled())
        m_cancel = true; // cancel() as well as the button
    if (m_progress)
        m_progress->setValue(static_cast<int>(1000.0 * static_cast<double>(done) /
                                              static_cast<double>(std::max<std::size_t>(1, total))));
    if (onProgress)
        onProgress(stage, done, total);
}

bool MentionImporter::offThread(Stage stage, const std::function<bool(const crisis::ImportProgress&)>& work) {
    // Progress crosses to the GUI thread as queued calls on `relay`: those still pending when
    // it goes are dropped with it, and all of them come before the worker's finished().
    QObject relay;
    bool completed = false;
    std::exception_ptr failure; // e.g. out of memory on a huge file: rethrown on this thread
    QThread* worker = QThread::create([&] {
        try {
            completed = work([&](std::size_t done, std::size_t total) {
                QMetaObject::invokeMethod(
                    &relay, [this, stage, done, total] { showStage(stage, done, total); },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            });
        } catch (...) {
            failure = std::current_exception();
        }
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    // Unattended imports show no dialog: keep painting but take no input meanwhile.
    loop.exec(m_progress ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    if (failure)
        std::rethrow_exception(failure);
    return completed && !m_cancel.load();
}

ImportReport MentionImporter::importFile(std::int64_t incident, const QString& path, Mode mode,
                                         const std::optional<crisis::MentionColumns>& known) {
    try {
        return importOrThrow(incident, path, mode, known);
    } catch (const std::exception& e) {
        ImportReport report;
        report.error =
            tr("“%1” was not imported: %2").arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(e.what()));
        return report;
    }
}

ImportReport MentionImporter::importOrThrow(std::int64_t incident, const QString& path, Mode mode,
                                            const std::optional<crisis::MentionColumns>& known) {
    ImportReport report;
    if (m_busy) {
        report.error = tr("Another import is running; try again when it has finished.");
        return report;
    }
    struct Running {
        MentionImporter& self;
        ~Running() {
            self.m_busy = false;
            self.m_progress = nullptr;
        }
    } running{*this};
    m_busy = true;
    m_cancel = false;
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
        if (!header.empty() && !hasDocumentedColumns(header)) {
            if (known && ColumnMappingDialog::fits(*known, header)) {
                columns = *known;
            } else {
                const auto chosen = askColumns(header);
                if (!chosen) {
                    report.cancelled = true;
                    return report;
                }
                columns = *chosen;
            }
            report.columns = columns;
        }
    }

    std::unique_ptr<QProgressDialog> progress;
    if (mode == Mode::Interactive) {
        progress =
            std::make_unique<QProgressDialog>(tr("Reading mentions…"), tr("Cancel"), 0, 1000, m_dialogParent);
        progress->setObjectName(QStringLiteral("importProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(m_progressDelay);
        progress->setAutoClose(false); // one dialog for every stage
        progress->setAutoReset(false);
        progress->setValue(0);
        connect(progress.get(), &QProgressDialog::canceled, this, [this] { m_cancel = true; });
        m_progress = progress.get();
    }

    crisis::MentionParse parsed;
    if (!offThread(Stage::Reading, [&](const crisis::ImportProgress& tick) {
            parsed = crisis::parseMentions(data, *format, columns, tick);
            return !parsed.cancelled;
        })) {
        report.cancelled = true;
        return report;
    }
    for (const auto& p : parsed.problems)
        report.problems << QStringLiteral("%1: %2").arg(
            QString::fromStdString(p.pointer), QString::fromStdString(crisis::render(p.message, lang)));
    report.rejected = static_cast<int>(parsed.problems.size());
    if (!parsed.problems.empty()) {
        if (progress)
            progress->hide();
        const bool keep = mode == Mode::Interactive && !parsed.mentions.empty() &&
                          askKeepGoodRows(report.problems, static_cast<int>(parsed.mentions.size()));
        if (!keep) {
            report.error = tr("%n bad row(s); nothing was stored.", nullptr, report.rejected);
            return report;
        }
    }

    // Scoring a large file takes longer than reading it: it runs off the GUI thread too, with
    // the scorer as it is now (extra lexicons included).
    if (progress) {
        progress->setLabelText(tr("Scoring sentiment…"));
        progress->setValue(0);
    }
    const crisis::SentimentScorer scorer = m_desk.scorer();
    if (!offThread(Stage::Scoring, [&](const crisis::ImportProgress& tick) {
            return crisis::scoreMentions(scorer, parsed.mentions, tick);
        })) {
        report.cancelled = true;
        return report;
    }

    // The write is one transaction on the GUI thread's connection: past this point there is
    // nothing left to cancel.
    if (progress) {
        progress->setLabelText(tr("Storing mentions…"));
        progress->setCancelButtonText(QString()); // hides it
        progress->setRange(0, 0);
    }
    showStage(Stage::Storing, 0, parsed.mentions.size());
    if (m_cancel.load() || (progress && progress->wasCanceled())) {
        report.cancelled = true;
        return report;
    }
    const auto outcome =
        m_desk.importMentions(incident, std::move(parsed.mentions), QFileInfo(path).fileName(), true);
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
