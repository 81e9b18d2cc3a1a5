#include "team_page.hpp"

#include "../desk.hpp"
#include "../dialogs/member_dialog.hpp"
#include "../models/role_coverage_model.hpp"
#include "../models/team_model.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TeamPage::TeamPage(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new TeamModel(desk, this)),
      m_coverage(new RoleCoverageModel(desk, this)) {
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("team"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TeamModel::NameColumn, 240);
    m_view->setColumnWidth(TeamModel::RoleColumn, 200);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("addMember"));
    auto* edit = new QPushButton(tr("Edit…"));
    edit->setObjectName(QStringLiteral("editMember"));
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeMember"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* roster = new QWidget;
    auto* rosterLayout = new QVBoxLayout(roster);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addLayout(buttons);
    rosterLayout->addWidget(m_view);

    auto* coverage = new QTableView;
    coverage->setObjectName(QStringLiteral("roleCoverage"));
    coverage->setModel(m_coverage);
    coverage->verticalHeader()->hide();
    coverage->setSelectionMode(QAbstractItemView::NoSelection);
    coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    coverage->horizontalHeader()->setSectionResizeMode(RoleCoverageModel::RoleColumn,
                                                       QHeaderView::ResizeToContents);
    coverage->horizontalHeader()->setSectionResizeMode(RoleCoverageModel::PrimaryColumn,
                                                       QHeaderView::ResizeToContents);
    coverage->horizontalHeader()->setStretchLastSection(true);
    auto* coverageTitle = new QLabel(tr("Who covers each role"));
    coverageTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto* coverageHint =
        new QLabel(tr("At incident open a role's tasks go to its primary, or to its first backup "
                      "when it has none. Hand a role over during an incident from the Incident "
                      "menu."));
    coverageHint->setWordWrap(true);
    coverageHint->setStyleSheet(QStringLiteral("color: gray;"));
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(coverageTitle);
    sideLayout->addWidget(coverage, 1);
    sideLayout->addWidget(coverageHint);

    auto* splitter = new QSplitter;
    splitter->addWidget(roster);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(add, &QPushButton::clicked, this, &TeamPage::addMember);
    connect(edit, &QPushButton::clicked, this, &TeamPage::editSelected);
    connect(remove, &QPushButton::clicked, this, &TeamPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &TeamPage::editSelected);
}

void TeamPage::addMember() {
    MemberDialog dialog(m_desk, std::nullopt, this);
    dialog.exec();
}

void TeamPage::editSelected() {
    const auto* member = m_model->member(m_view->currentIndex().row());
    if (!member)
        return;
    MemberDialog dialog(m_desk, *member, this);
    dialog.exec();
}

void TeamPage::removeSelected() {
    const auto* member = m_model->member(m_view->currentIndex().row());
    if (!member)
        return;
    const auto id = member->id;
    const auto answer =
        QMessageBox::question(this, tr("Remove team member"),
                              tr("Remove %1 from the team? Tasks already assigned keep the name.")
                                  .arg(QString::fromStdString(member->name)));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto error = m_desk.run([&] { m_desk.store().removeMember(id); }))
        QMessageBox::warning(this, tr("Not done"), *error);
}
