#include "timeline_panel.hpp"

#include "../desk.hpp"
#include "../models/timeline_model.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TimelinePanel::TimelinePanel(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new TimelineModel(desk, this)) {
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("timelineScope"));
    m_scope->addItem(tr("This incident"), 0);
    m_scope->addItem(tr("All incidents"), 1);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_actor = new QComboBox;
    m_actor->setObjectName(QStringLiteral("timelineActor"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Search the timeline (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // search as you type, without a query per keystroke

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("timeline"));
    // Fixed row height, set before the model: with a million rows anything per-row is too slow.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TimelineModel::TimeColumn, 120);
    m_view->setColumnWidth(TimelineModel::IncidentColumn, 70);
    m_view->setColumnWidth(TimelineModel::ActorColumn, 140);
    m_view->setColumnWidth(TimelineModel::KindColumn, 150);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_kind);
    filters->addWidget(m_actor);
    filters->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    refillChoices();
    for (auto* combo : {m_scope, m_kind, m_actor})
        connect(combo, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TimelinePanel::applyFilter);
    connect(&desk, &Desk::dataChanged, this, &TimelinePanel::refillChoices);
}

void TimelinePanel::refillChoices() {
    const QString kind = m_kind->currentData().toString();
    const QString actor = m_actor->currentData().toString();
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockActor(m_actor);
    m_kind->clear();
    m_actor->clear();
    m_kind->addItem(tr("All kinds"), QString());
    m_actor->addItem(tr("All actors"), QString());
    try {
        for (const auto& k : m_desk.store().eventKinds())
            m_kind->addItem(QString::fromStdString(k), QString::fromStdString(k));
        for (const auto& a : m_desk.store().eventActors())
            m_actor->addItem(QString::fromStdString(a), QString::fromStdString(a));
    } catch (const std::exception&) {
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
}

void TimelinePanel::applyFilter() {
    crisis::EventQuery query;
    query.incident = m_scope->currentData().toInt() == 0 ? m_incident : 0;
    if (m_scope->currentData().toInt() == 0 && m_incident == 0)
        query.incident = -1; // no incident selected: show nothing rather than everything
    query.kind = m_kind->currentData().toString().toStdString();
    query.actor = m_actor->currentData().toString().toStdString();
    query.text = m_search->text().trimmed().toStdString();
    m_model->setQuery(query);
}

void TimelinePanel::setIncident(std::int64_t id) {
    m_incident = id;
    applyFilter();
}

void TimelinePanel::setUtc(bool utc) {
    m_model->setUtc(utc);
}

void TimelinePanel::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}
