#include "main_window.hpp"

#include "desk.hpp"
#include "labels.hpp"
#include "models/checklist_model.hpp"
#include "models/clock_table_model.hpp"
#include "models/incident_list_model.hpp"
#include "phase_ribbon.hpp"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Desk& desk, QWidget* parent)
    : QMainWindow(parent), m_desk(desk), m_incidents(new IncidentListModel(desk, this)),
      m_clocks(new ClockTableModel(desk, this)), m_checklist(new ChecklistModel(desk, this)) {
    setWindowTitle(tr("CrisisDesk"));
    resize(1280, 800);

    m_incidentView = new QListView;
    m_incidentView->setObjectName(QStringLiteral("incidents"));
    m_incidentView->setModel(m_incidents);
    m_incidentView->setSpacing(1);
    m_incidentView->setMinimumWidth(300);

    auto* detail = new QWidget;
    auto* layout = new QVBoxLayout(detail);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_ribbon = new PhaseRibbon;
    m_ribbon->setObjectName(QStringLiteral("phaseRibbon"));

    m_clockView = new QTableView;
    m_clockView->setObjectName(QStringLiteral("clocks"));
    m_clockView->setModel(m_clocks);
    m_clockView->verticalHeader()->hide();
    m_clockView->horizontalHeader()->setSectionResizeMode(ClockTableModel::NameColumn, QHeaderView::Stretch);
    m_clockView->setSelectionMode(QAbstractItemView::NoSelection);

    m_checklistView = new QListView;
    m_checklistView->setObjectName(QStringLiteral("checklist"));
    m_checklistView->setModel(m_checklist);

    m_advance = new QPushButton(tr("Advance phase"));
    m_advance->setObjectName(QStringLiteral("advance"));
    m_force = new QPushButton(tr("Force advance…"));
    m_force->setObjectName(QStringLiteral("forceAdvance"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_force);
    buttons->addWidget(m_advance);

    auto* clocksTitle = new QLabel(tr("Clocks"));
    auto* checklistTitle = new QLabel(tr("Exit checklist"));
    for (auto* l : {clocksTitle, checklistTitle})
        l->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_ribbon);
    layout->addWidget(clocksTitle);
    layout->addWidget(m_clockView, 3);
    layout->addWidget(checklistTitle);
    layout->addWidget(m_checklistView, 2);
    layout->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_incidentView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 940});
    setCentralWidget(splitter);

    m_dbLabel = new QLabel;
    m_dbLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_identityLabel = new QLabel;
    m_identityLabel->setObjectName(QStringLiteral("statusIdentity"));
    m_timeLabel = new QLabel;
    m_timeLabel->setObjectName(QStringLiteral("statusTime"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_timeLabel);

    buildMenus();

    connect(m_incidentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showIncident(current.isValid() ? current.data(IncidentListModel::IdRole).toLongLong() : 0);
            });
    // A reset (after any command) loses the selection: restore it.
    connect(m_incidents, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_incidents->rowOf(m_incident);
        if (row >= 0)
            m_incidentView->setCurrentIndex(m_incidents->index(row));
    });
    connect(&desk, &Desk::dataChanged, this, &MainWindow::updateHeader);
    connect(m_checklist, &ChecklistModel::errorOccurred, this, &MainWindow::report);
    connect(m_advance, &QPushButton::clicked, this, &MainWindow::advanceCurrent);
    connect(m_force, &QPushButton::clicked, this, &MainWindow::forceAdvanceCurrent);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_clocks->tick();
        updateStatusBar();
    });
    m_ticker.start();

    updateStatusBar();
    if (m_incidents->rowCount() > 0)
        m_incidentView->setCurrentIndex(m_incidents->index(0));
    else
        showIncident(0);
}

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* incident = menuBar()->addMenu(tr("&Incident"));
    m_advanceAction = incident->addAction(tr("&Advance phase"), this, &MainWindow::advanceCurrent);
    m_advanceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_forceAction = incident->addAction(tr("&Force advance…"), this, &MainWindow::forceAdvanceCurrent);
    m_forceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* utc = view->addAction(tr("Show times in &UTC"));
    utc->setCheckable(true);
    utc->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(utc, &QAction::toggled, this, [this](bool on) {
        m_utc = on;
        m_clocks->setUtc(on);
    });
}

void MainWindow::selectIncident(std::int64_t id) {
    const int row = m_incidents->rowOf(id);
    if (row >= 0)
        m_incidentView->setCurrentIndex(m_incidents->index(row));
}

void MainWindow::showIncident(std::int64_t id) {
    m_incident = id;
    m_clocks->setIncident(id);
    m_checklist->setIncident(id);
    updateHeader();
}

void MainWindow::updateHeader() {
    bool open = false;
    if (m_incident == 0) {
        m_title->setText(tr("No incident selected"));
        m_ribbon->setPhase(std::nullopt);
    } else {
        try {
            const auto incident = m_desk.store().incident(m_incident);
            const auto playbook = m_desk.service().playbookOf(incident);
            open = incident.isOpen();
            QString title =
                QStringLiteral("#%1  %2").arg(incident.id).arg(QString::fromStdString(incident.title));
            QString sub = tr("Severity %1 · %2 · detected %3")
                              .arg(incident.severity)
                              .arg(QString::fromStdString(playbook.name.in(m_desk.language())))
                              .arg(labels::time(incident.detectedAt, m_utc));
            if (incident.drill)
                sub += QStringLiteral(" · ") + tr("DRILL");
            if (!open)
                sub += QStringLiteral(" · ") + labels::phase(crisis::Phase::Closed);
            m_title->setText(title + QStringLiteral("\n") + sub);
            m_ribbon->setPhase(incident.phase);
        } catch (const std::exception& e) {
            m_title->setText(QString::fromUtf8(e.what()));
        }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_advance), static_cast<QWidget*>(m_force)})
        w->setEnabled(open);
    if (m_advanceAction) {
        m_advanceAction->setEnabled(open);
        m_forceAction->setEnabled(open);
    }
}

void MainWindow::updateStatusBar() {
    m_dbLabel->setText(tr("Database: %1").arg(m_desk.databasePath()));
    m_identityLabel->setText(tr("Acting as: %1").arg(m_desk.actor()));
    const auto now = QDateTime::fromMSecsSinceEpoch(m_desk.now().time_since_epoch().count(), Qt::UTC);
    m_timeLabel->setText(tr("%1 local · %2 UTC")
                             .arg(now.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                  now.toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::report(const QString& error) {
    QMessageBox::warning(this, tr("Not done"), error);
}

void MainWindow::advanceCurrent() {
    if (m_incident == 0)
        return;
    const auto id = m_incident;
    if (const auto error = m_desk.run([&] { m_desk.service().advance(id); }))
        report(*error);
}

void MainWindow::forceAdvanceCurrent() {
    if (m_incident == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Force advance"), tr("Why move on although the exit checklist is not complete? (logged)"),
        {}, &ok);
    if (!ok)
        return;
    const auto id = m_incident;
    if (const auto error = m_desk.run([&] { m_desk.service().forceAdvance(id, reason.toStdString()); }))
        report(*error);
}
