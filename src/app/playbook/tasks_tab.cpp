#include "tasks_tab.hpp"

#include "../labels.hpp"
#include "duration_edit.hpp"
#include "element_table_model.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <crisis/team.hpp>

#include <QComboBox>
#include <QFormLayout>

using form_fields::lineEdit;
using form_fields::text;

TasksTab::TasksTab(PlaybookDocument& doc, crisis::Language lang, QWidget* parent)
    : ElementTab(doc, new ElementTableModel(doc, ElementTableModel::Kind::Tasks, lang), parent) {
    m_model->setParent(this);
    setObjectName(QStringLiteral("tasksTab"));
    m_id = lineEdit("taskId");
    m_titleEn = lineEdit("taskTitleEn");
    m_titleZh = lineEdit("taskTitleZh");
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("taskRole"));
    for (const auto role : crisis::knownRoles) {
        const auto id = QString::fromUtf8(role.data(), static_cast<int>(role.size()));
        m_role->addItem(labels::role(id), id);
    }
    m_due = new DurationEdit;
    m_due->setObjectName(QStringLiteral("taskDue"));
    form()->addRow(tr("Id"), m_id);
    form()->addRow(tr("Title (English)"), m_titleEn);
    form()->addRow(tr("Title (Chinese)"), m_titleZh);
    form()->addRow(tr("Owner role"), m_role);
    form()->addRow(tr("Due after T0"), m_due);
    for (auto* edit : {m_id, m_titleEn, m_titleZh})
        connect(edit, &QLineEdit::editingFinished, this, &TasksTab::commit);
    connect(m_role, &QComboBox::activated, this, &TasksTab::commit);
    connect(m_due, &DurationEdit::editingFinished, this, &TasksTab::commit);
    finishSetup(false);
}

void TasksTab::loadForm(int row) {
    const crisis::TaskTemplate task =
        row >= 0 ? m_doc.playbook().tasks.at(static_cast<std::size_t>(row)) : crisis::TaskTemplate{};
    m_id->setText(QString::fromStdString(task.id));
    m_titleEn->setText(QString::fromStdString(task.title.en));
    m_titleZh->setText(QString::fromStdString(task.title.zh));
    m_role->setCurrentIndex(m_role->findData(QString::fromStdString(task.role)));
    m_due->setValue(task.due);
}

void TasksTab::commit() {
    const int row = currentRow();
    if (row < 0)
        return;
    crisis::TaskTemplate task;
    task.id = text(m_id);
    task.title = {text(m_titleEn), text(m_titleZh)};
    task.role = m_role->currentData().toString().toStdString();
    task.due = m_due->value();
    m_doc.editTask(row, task);
}

void TasksTab::addElement(int row) {
    crisis::TaskTemplate task;
    task.id = form_fields::freshId("new-task", m_doc.playbook().tasks, [](const auto& t) { return t.id; });
    task.title = {"New task", "新任务"};
    task.role = m_doc.playbook().owner;
    task.due = {1, crisis::DueOffset::Unit::Hours};
    m_doc.addTask(task, row);
}

void TasksTab::removeElement(int row) {
    m_doc.removeTask(row);
}

void TasksTab::moveElement(int, int) {
    // Task order carries no meaning (the board sorts by due time), so tasks are not moved.
}
