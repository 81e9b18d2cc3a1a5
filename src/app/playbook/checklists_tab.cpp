#include "checklists_tab.hpp"

#include "../labels.hpp"
#include "element_table_model.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <QComboBox>
#include <QFormLayout>

using form_fields::lineEdit;
using form_fields::text;

ChecklistsTab::ChecklistsTab(PlaybookDocument& doc, crisis::Language lang, QWidget* parent)
    : ElementTab(doc, new ElementTableModel(doc, ElementTableModel::Kind::Checklist, lang), parent) {
    m_model->setParent(this);
    setObjectName(QStringLiteral("checklistsTab"));
    m_phase = new QComboBox;
    m_phase->setObjectName(QStringLiteral("checklistPhase"));
    for (const auto phase : {crisis::Phase::Identify, crisis::Phase::Analyze, crisis::Phase::Respond,
                             crisis::Phase::Reputation, crisis::Phase::Review})
        m_phase->addItem(tr("Exit checklist of %1").arg(labels::phase(phase)), static_cast<int>(phase));
    addHeader(m_phase);
    m_id = lineEdit("itemId");
    m_textEn = lineEdit("itemTextEn");
    m_textZh = lineEdit("itemTextZh");
    form()->addRow(tr("Id"), m_id);
    form()->addRow(tr("Text (English)"), m_textEn);
    form()->addRow(tr("Text (Chinese)"), m_textZh);
    for (auto* edit : {m_id, m_textEn, m_textZh})
        connect(edit, &QLineEdit::editingFinished, this, &ChecklistsTab::commit);
    connect(m_phase, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ElementTableModel*>(m_model)->setPhase(
            static_cast<crisis::Phase>(m_phase->currentData().toInt()));
        reloadForm();
    });
    finishSetup(true);
}

void ChecklistsTab::loadForm(int row) {
    const auto phase = m_model->phase();
    const crisis::ChecklistItem item =
        row >= 0 ? m_doc.playbook().checklist(phase).at(static_cast<std::size_t>(row))
                 : crisis::ChecklistItem{};
    m_id->setText(QString::fromStdString(item.id));
    m_textEn->setText(QString::fromStdString(item.text.en));
    m_textZh->setText(QString::fromStdString(item.text.zh));
}

void ChecklistsTab::commit() {
    const int row = currentRow();
    if (row < 0)
        return;
    const crisis::ChecklistItem item{text(m_id), {text(m_textEn), text(m_textZh)}};
    m_doc.editChecklistItem(m_model->phase(), row, item);
}

void ChecklistsTab::addElement(int row) {
    // Item ids are unique across the whole playbook, not just the phase.
    std::vector<crisis::ChecklistItem> all;
    for (const auto& [phase, items] : m_doc.playbook().checklists)
        all.insert(all.end(), items.begin(), items.end());
    const crisis::ChecklistItem item{
        form_fields::freshId("new-item", all, [](const auto& i) { return i.id; }),
        {"New checklist item", "新检查项"}};
    m_doc.addChecklistItem(m_model->phase(), item, row);
}

void ChecklistsTab::removeElement(int row) {
    m_doc.removeChecklistItem(m_model->phase(), row);
}

void ChecklistsTab::moveElement(int from, int to) {
    m_doc.moveChecklistItem(m_model->phase(), from, to);
}
