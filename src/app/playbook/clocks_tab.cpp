#include "clocks_tab.hpp"

#include "../labels.hpp"
#include "duration_edit.hpp"
#include "element_table_model.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

using form_fields::lineEdit;
using form_fields::text;

ClocksTab::ClocksTab(PlaybookDocument& doc, crisis::Language lang, QWidget* parent)
    : ElementTab(doc, new ElementTableModel(doc, ElementTableModel::Kind::Clocks, lang), parent) {
    m_model->setParent(this);
    setObjectName(QStringLiteral("clocksTab"));
    m_id = lineEdit("clockId");
    m_nameEn = lineEdit("clockNameEn");
    m_nameZh = lineEdit("clockNameZh");
    m_start = lineEdit("clockStart");
    m_start->setPlaceholderText(tr("detection, awareness, discovery…"));
    m_duration = new DurationEdit;
    m_duration->setObjectName(QStringLiteral("clockDuration"));
    m_metBy = new QComboBox;
    m_metBy->setObjectName(QStringLiteral("clockMetBy"));
    m_metBy->addItem(tr("a mark by the crisis manager"), -1);
    for (const auto phase : {crisis::Phase::Identify, crisis::Phase::Analyze, crisis::Phase::Respond,
                             crisis::Phase::Reputation, crisis::Phase::Review})
        m_metBy->addItem(tr("leaving %1").arg(labels::phase(phase)), static_cast<int>(phase));
    m_warnings = lineEdit("clockWarnings");
    m_warnings->setPlaceholderText(tr("fractions of the duration, e.g. 0.5, 0.8"));
    m_regulatory = new QCheckBox(tr("Statutory deadline"));
    m_regulatory->setObjectName(QStringLiteral("clockRegulatory"));
    m_reference = lineEdit("clockReference");
    m_reference->setPlaceholderText(tr("e.g. EU GDPR Art. 33(1)"));

    form()->addRow(tr("Id"), m_id);
    form()->addRow(tr("Name (English)"), m_nameEn);
    form()->addRow(tr("Name (Chinese)"), m_nameZh);
    form()->addRow(tr("Starts at event"), m_start);
    form()->addRow(tr("Duration"), m_duration);
    form()->addRow(tr("Met by"), m_metBy);
    form()->addRow(tr("Warnings"), m_warnings);
    form()->addRow(tr("Regulatory"), m_regulatory);
    form()->addRow(tr("Reference"), m_reference);

    for (auto* edit : {m_id, m_nameEn, m_nameZh, m_start, m_warnings, m_reference})
        connect(edit, &QLineEdit::editingFinished, this, &ClocksTab::commit);
    connect(m_duration, &DurationEdit::editingFinished, this, &ClocksTab::commit);
    connect(m_metBy, &QComboBox::activated, this, &ClocksTab::commit);
    connect(m_regulatory, &QCheckBox::clicked, this, &ClocksTab::commit);
    finishSetup(true);
}

void ClocksTab::loadForm(int row) {
    const crisis::ClockDef clock =
        row >= 0 ? m_doc.playbook().clocks.at(static_cast<std::size_t>(row)) : crisis::ClockDef{};
    m_id->setText(QString::fromStdString(clock.id));
    m_nameEn->setText(QString::fromStdString(clock.name.en));
    m_nameZh->setText(QString::fromStdString(clock.name.zh));
    m_start->setText(QString::fromStdString(clock.start));
    m_duration->setValue(clock.duration);
    m_metBy->setCurrentIndex(
        m_metBy->findData(clock.metByPhaseExit ? static_cast<int>(*clock.metByPhaseExit) : -1));
    QStringList warnings;
    for (double w : clock.warnings)
        warnings << QString::number(w);
    m_warnings->setText(warnings.join(QStringLiteral(", ")));
    m_warnings->setStyleSheet({});
    m_regulatory->setChecked(clock.regulatory);
    m_reference->setText(QString::fromStdString(clock.reference));
}

void ClocksTab::commit() {
    const int row = currentRow();
    if (row < 0)
        return;
    crisis::ClockDef clock = m_doc.playbook().clocks.at(static_cast<std::size_t>(row));
    clock.id = text(m_id);
    clock.name = {text(m_nameEn), text(m_nameZh)};
    clock.start = text(m_start);
    clock.duration = m_duration->value();
    const int metBy = m_metBy->currentData().toInt();
    clock.metByPhaseExit = metBy < 0 ? std::nullopt : std::optional(static_cast<crisis::Phase>(metBy));
    // Numbers only; their range and order are the validator's to judge (with a pointer).
    clock.warnings.clear();
    for (const QString& part : m_warnings->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double w = part.trimmed().toDouble(&ok);
        if (!ok) {
            m_warnings->setStyleSheet(QStringLiteral("background: #f8d7da;"));
            return;
        }
        clock.warnings.push_back(w);
    }
    m_warnings->setStyleSheet({});
    clock.regulatory = m_regulatory->isChecked();
    clock.reference = text(m_reference);
    m_doc.editClock(row, clock);
}

void ClocksTab::addElement(int row) {
    crisis::ClockDef clock;
    clock.id = form_fields::freshId("new-clock", m_doc.playbook().clocks, [](const auto& c) { return c.id; });
    clock.name = {"New clock", "新时钟"};
    clock.duration = {1, crisis::DueOffset::Unit::Hours};
    m_doc.addClock(clock, row);
}

void ClocksTab::removeElement(int row) {
    m_doc.removeClock(row);
}

void ClocksTab::moveElement(int from, int to) {
    m_doc.moveClock(from, to);
}
