#include "my_tasks_page.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../models/task_table_model.hpp"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

MyTasksPage::MyTasksPage(Desk& desk, bool allOfRole, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new TaskTableModel(desk, this)) {
    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("myIdentity"));
    m_allOfRole = new QCheckBox(tr("Include all tasks of my role"));
    m_allOfRole->setObjectName(QStringLiteral("allOfRole"));
    m_allOfRole->setChecked(allOfRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("myTasks"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setColumnWidth(TaskTableModel::DoneColumn, 56);
    m_view->setColumnWidth(TaskTableModel::AssigneeColumn, 160);
    auto* top = new QHBoxLayout;
    top->addWidget(m_who, 1);
    top->addWidget(m_allOfRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_allOfRole, &QCheckBox::toggled, this, [this](bool on) {
        emit allOfRoleChanged(on);
        refreshIdentity();
    });
    connect(m_model, &TaskTableModel::errorOccurred, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Not done"), message); });
    refreshIdentity();
}

void MyTasksPage::refreshIdentity() {
    const std::string me = m_desk.actor().toStdString();
    std::string role;
    try {
        for (const auto& m : m_desk.store().members())
            if (m.name == me)
                role = m.role;
    } catch (const std::exception&) {
    }
    crisis::TaskFilter filter;
    filter.assignee = me;
    if (m_allOfRole->isChecked() && !role.empty()) {
        filter.role = role;
        filter.assigneeOrRole = true;
    }
    m_who->setText(
        role.empty()
            ? tr("Tasks assigned to %1 (not on the team roster: choose who you are in Settings)")
                  .arg(m_desk.actor())
            : tr("Tasks for %1 · %2").arg(m_desk.actor(), labels::role(QString::fromStdString(role))));
    m_model->setFilter(filter);
}

void MyTasksPage::setUtc(bool utc) {
    m_model->setUtc(utc);
}
