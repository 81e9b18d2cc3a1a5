#include "versions_tab.hpp"

#include "../desk.hpp"
#include "playbook_diff_model.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

VersionsTab::VersionsTab(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new PlaybookDiffModel(this)) {
    setObjectName(QStringLiteral("versionsTab"));
    m_from = new QComboBox;
    m_from->setObjectName(QStringLiteral("fromVersion"));
    m_to = new QComboBox;
    m_to->setObjectName(QStringLiteral("toVersion"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("diff"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(PlaybookDiffModel::BeforeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PlaybookDiffModel::AfterColumn, QHeaderView::Stretch);

    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Compare version")));
    pick->addWidget(m_from);
    pick->addWidget(new QLabel(tr("with version")));
    pick->addWidget(m_to);
    pick->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    connect(m_from, &QComboBox::activated, this, &VersionsTab::update);
    connect(m_to, &QComboBox::activated, this, &VersionsTab::update);
}

void VersionsTab::setPlaybook(const std::string& playbookId, int latest) {
    m_id = playbookId;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    for (int v = 1; v <= latest; ++v) {
        m_from->addItem(tr("v%1").arg(v), v);
        m_to->addItem(tr("v%1").arg(v), v);
    }
    compare(std::max(1, latest - 1), latest);
}

void VersionsTab::compare(int from, int to) {
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    update();
}

void VersionsTab::update() {
    std::vector<crisis::PlaybookChange> changes;
    try {
        const auto a = m_desk.store().playbook(m_id, m_from->currentData().toInt());
        const auto b = m_desk.store().playbook(m_id, m_to->currentData().toInt());
        if (a && b)
            changes = crisis::diffPlaybooks(a->playbook, b->playbook);
    } catch (const std::exception&) {
        // A locked database shows no rows; choosing a version again retries.
    }
    m_model->setChanges(std::move(changes));
    m_view->resizeColumnToContents(PlaybookDiffModel::KindColumn);
    m_view->resizeColumnToContents(PlaybookDiffModel::PathColumn);
    m_view->resizeRowsToContents();
}
