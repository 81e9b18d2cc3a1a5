#include "report_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "../export_file.hpp"

#include <crisis/incident_report.hpp>

#include <html_pdf.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReportDialog::ReportDialog(Desk& desk, std::int64_t incident, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_incident(incident) {
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("CAN report (conditions, actions, needs)"), static_cast<int>(crisis::ReportKind::Can));
    m_kind->addItem(tr("Executive summary"), static_cast<int>(crisis::ReportKind::Executive));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    m_needs = new QPlainTextEdit;
    m_needs->setObjectName(QStringLiteral("reportNeeds"));
    m_needs->setPlaceholderText(tr("What the team needs: people, money, decisions (one per line)"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Report"), m_kind);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Needs"), m_needs);
    auto* buttons = okCancelButtons(this, tr("Export…"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

std::optional<QString> ReportDialog::exportTo(const QString& path) {
    const auto kind = static_cast<crisis::ReportKind>(m_kind->currentData().toInt());
    const QString format = m_format->currentData().toString();
    const auto lang = m_desk.language();
    try {
        const auto input = crisis::reportInput(m_desk.store(), m_desk.service(), m_incident, m_desk.now(),
                                               lang, m_needs->toPlainText().trimmed().toStdString());
        if (format == QLatin1String("pdf")) {
            crisis::pdf::writeHtmlPdf(crisis::renderReport(input, kind, crisis::ReportFormat::Html, lang),
                                      path.toStdString(), crisis::reportTitle(input, kind, lang));
            return std::nullopt;
        }
        const auto body = crisis::renderReport(input, kind,
                                               format == QLatin1String("md") ? crisis::ReportFormat::Markdown
                                                                             : crisis::ReportFormat::Html,
                                               lang);
        if (auto error = writeExportFile(path, body))
            return error;
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(lang));
    }
    return std::nullopt;
}

void ReportDialog::accept() {
    const QString format = m_format->currentData().toString();
    const QString suffix = format == QLatin1String("md") ? QStringLiteral("md") : format;
    const QString kind = m_kind->currentIndex() == 0 ? QStringLiteral("can") : QStringLiteral("executive");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QStringLiteral("incident-%1-%2.%3").arg(m_incident).arg(kind, suffix),
        tr("%1 files (*.%2)").arg(m_format->currentText(), suffix));
    if (path.isEmpty())
        return;
    if (const auto error = exportTo(path)) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
