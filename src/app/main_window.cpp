#include "main_window.hpp"

#include "actions.hpp"
#include "alert_banner.hpp"
#include "comms/briefing_panel.hpp"
#include "comms/marketing_panel.hpp"
#include "comms/report_dialog.hpp"
#include "comms/statement_editor.hpp"
#include "comms/statements_panel.hpp"
#include "desk.hpp"
#include "dialogs/hand_off_dialog.hpp"
#include "dialogs/new_incident_dialog.hpp"
#include "dialogs/organisation_dialog.hpp"
#include "drill/start_drill_dialog.hpp"
#include "drill/trainer_console.hpp"
#include "incident_delegate.hpp"
#include "labels.hpp"
#include "models/checklist_model.hpp"
#include "models/clock_table_model.hpp"
#include "models/incident_list_model.hpp"
#include "models/role_history_model.hpp"
#include "models/task_table_model.hpp"
#include "pages/my_tasks_page.hpp"
#include "pages/team_page.hpp"
#include "pages/timeline_panel.hpp"
#include "phase_ribbon.hpp"
#include "playbook/playbook_editor.hpp"
#include "reputation/reputation_panel.hpp"
#include "review/dashboard_page.hpp"
#include "review/replay_window.hpp"
#include "review/review_panel.hpp"
#include "templates/templates_page.hpp"

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
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Desk& desk, bool utc, bool allOfRole, QWidget* parent)
    : QMainWindow(parent), m_desk(desk), m_actions(std::make_unique<Actions>(this)), m_utc(utc),
      m_incidents(new IncidentListModel(desk, this)), m_clocks(new ClockTableModel(desk, this)),
      m_checklist(new ChecklistModel(desk, this)), m_tasks(new TaskTableModel(desk, this)) {
    setWindowTitle(tr("CrisisDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1360, 860);

    m_banner = new AlertBanner;
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildBoard(), tr("Incident board"));
    m_myTasks = new MyTasksPage(desk, allOfRole);
    m_pages->addTab(m_myTasks, tr("My tasks"));
    m_team = new TeamPage(desk);
    m_pages->addTab(m_team, tr("Team"));
    m_playbookEditor = new PlaybookEditor(desk);
    m_playbookEditor->bindUndo(m_actions->undo, m_actions->redo);
    m_pages->addTab(m_playbookEditor, tr("Playbooks"));
    m_dashboard = new DashboardPage(desk);
    m_pages->addTab(m_dashboard, tr("Review dashboard"));
    m_templatesPage = new TemplatesPage(desk);
    m_pages->addTab(m_templatesPage, tr("Templates"));
    connect(m_playbookEditor, &PlaybookEditor::templateActivated, this, [this](const QString& id) {
        m_pages->setCurrentWidget(m_templatesPage);
        m_templatesPage->selectTemplate(id);
    });

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_dbLabel = new QLabel;
    m_dbLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_identityLabel = new QLabel;
    m_identityLabel->setObjectName(QStringLiteral("statusIdentity"));
    m_timeLabel = new QLabel;
    m_timeLabel->setObjectName(QStringLiteral("statusTime"));
    m_drillLabel = new QLabel;
    m_drillLabel->setObjectName(QStringLiteral("statusDrillTime"));
    m_drillLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #8a4b00;"));
    m_drillLabel->hide();
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_drillLabel);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_timeLabel);

    buildMenus();
    askResumeMarketing = [this](int count) {
        return QMessageBox::question(
                   this, tr("Resume marketing"),
                   tr("%n marketing item(s) were paused for this incident. Resume them now?", nullptr,
                      count)) == QMessageBox::Yes;
    };

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->setToolTip(tr("CrisisDesk"));
        m_tray->show();
    }

    connect(m_banner, &AlertBanner::incidentActivated, this, [this](std::int64_t id) {
        m_pages->setCurrentIndex(0);
        selectIncident(id);
    });
    connect(m_dashboard, &DashboardPage::incidentActivated, this, [this](std::int64_t id) {
        m_pages->setCurrentIndex(0);
        selectIncident(id);
        m_detailTabs->setCurrentWidget(m_review);
    });
    connect(&desk, &Desk::dataChanged, this, &MainWindow::updateHeader);
    connect(&desk, &Desk::dataChanged, this, &MainWindow::updateStatusBar);
    connect(&desk, &Desk::dataChanged, this, &MainWindow::checkAlerts);
    connect(&desk, &Desk::clocksChanged, this, &MainWindow::checkAlerts);
    connect(&desk, &Desk::spikesDetected, this, &MainWindow::showSpikes);
    connect(m_checklist, &ChecklistModel::errorOccurred, this, &MainWindow::report);
    connect(m_tasks, &TaskTableModel::errorOccurred, this, &MainWindow::report);
    connect(m_myTasks, &MyTasksPage::allOfRoleChanged, this, &MainWindow::allOfRoleChanged);

    // The second hand: only the countdown column and the status-bar clock repaint each second;
    // states change through Desk's nextChange timer.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_clocks->tick();
        updateStatusBar();
    });
    m_ticker.start();

    setUtc(utc);
    updateStatusBar();
    if (m_incidents->rowCount() > 0)
        m_incidentView->setCurrentIndex(m_incidents->index(0));
    else
        showIncident(0);
    // After a restart, whatever became due while nobody watched shows at once.
    checkAlerts();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildBoard() {
    m_incidentView = new QListView;
    m_incidentView->setObjectName(QStringLiteral("incidents"));
    m_incidentView->setModel(m_incidents);
    m_incidentView->setItemDelegate(new IncidentDelegate(m_incidentView));
    m_incidentView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_incidentView->setMinimumWidth(280);

    auto* detail = new QWidget;
    auto* layout = new QVBoxLayout(detail);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_ribbon = new PhaseRibbon;
    m_ribbon->setObjectName(QStringLiteral("phaseRibbon"));

    m_clockView = new QTableView;
    m_clockView->setObjectName(QStringLiteral("clocks"));
    m_clockView->setModel(m_clocks);
    m_clockView->verticalHeader()->hide();
    m_clockView->verticalHeader()->setDefaultSectionSize(m_clockView->fontMetrics().height() + 8);
    m_clockView->horizontalHeader()->setSectionResizeMode(ClockTableModel::NameColumn, QHeaderView::Stretch);
    m_clockView->setSelectionMode(QAbstractItemView::NoSelection);
    m_clockView->setFocusPolicy(Qt::NoFocus);

    m_checklistView = new QListView;
    m_checklistView->setObjectName(QStringLiteral("checklist"));
    m_checklistView->setModel(m_checklist);
    m_advance = new QPushButton(tr("Advance phase"));
    m_advance->setObjectName(QStringLiteral("advance"));
    m_advance->setToolTip(m_actions->advance->shortcut().toString(QKeySequence::NativeText));
    m_force = new QPushButton(tr("Force advance…"));
    m_force->setObjectName(QStringLiteral("forceAdvance"));
    auto* checklistPage = new QWidget;
    auto* checklistLayout = new QVBoxLayout(checklistPage);
    checklistLayout->addWidget(m_checklistView);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_force);
    buttons->addWidget(m_advance);
    checklistLayout->addLayout(buttons);

    auto* taskView = new QTableView;
    taskView->setObjectName(QStringLiteral("tasks"));
    taskView->setModel(m_tasks);
    taskView->verticalHeader()->hide();
    taskView->horizontalHeader()->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    taskView->hideColumn(TaskTableModel::IncidentColumn);
    taskView->setColumnWidth(TaskTableModel::DoneColumn, 56);
    taskView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_timeline = new TimelinePanel(m_desk);

    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->addTab(checklistPage, tr("Exit checklist"));
    m_detailTabs->addTab(taskView, tr("Tasks"));
    m_detailTabs->addTab(m_timeline, tr("Timeline"));
    m_reputation = new ReputationPanel(m_desk);
    m_detailTabs->addTab(m_reputation, tr("Reputation"));
    m_statements = new StatementsPanel(m_desk);
    m_detailTabs->addTab(m_statements, tr("Statements"));
    m_marketing = new MarketingPanel(m_desk);
    m_detailTabs->addTab(m_marketing, tr("Marketing"));
    m_briefing = new BriefingPanel(m_desk);
    m_detailTabs->addTab(m_briefing, tr("Briefing"));
    m_review = new ReviewPanel(m_desk);
    m_detailTabs->addTab(m_review, tr("Review"));
    connect(m_review, &ReviewPanel::replayRequested, this, [this](std::int64_t id) { openReplay(id); });
    m_roleHistory = new RoleHistoryModel(m_desk, this);
    auto* rolesPage = new QWidget;
    auto* rolesLayout = new QVBoxLayout(rolesPage);
    auto* rolesView = new QTableView;
    rolesView->setObjectName(QStringLiteral("roles"));
    rolesView->setModel(m_roleHistory);
    rolesView->verticalHeader()->hide();
    rolesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    rolesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rolesView->horizontalHeader()->setSectionResizeMode(RoleHistoryModel::ReasonColumn, QHeaderView::Stretch);
    for (int c : {RoleHistoryModel::RoleColumn, RoleHistoryModel::HolderColumn, RoleHistoryModel::FromColumn,
                  RoleHistoryModel::UntilColumn, RoleHistoryModel::ByColumn})
        rolesView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto* handOffButton = new QPushButton(tr("Hand off a role…"));
    handOffButton->setObjectName(QStringLiteral("handOff"));
    handOffButton->setToolTip(m_actions->handOff->shortcut().toString(QKeySequence::NativeText));
    connect(handOffButton, &QPushButton::clicked, this, &MainWindow::handOffCurrent);
    connect(m_actions->handOff, &QAction::enabledChanged, handOffButton, &QWidget::setEnabled);
    auto* rolesButtons = new QHBoxLayout;
    rolesButtons->addStretch();
    rolesButtons->addWidget(handOffButton);
    rolesLayout->addWidget(rolesView);
    rolesLayout->addLayout(rolesButtons);
    m_detailTabs->addTab(rolesPage, tr("Roles"));

    auto* clocksTitle = new QLabel(tr("Clocks"));
    clocksTitle->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 4px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_ribbon);
    layout->addWidget(clocksTitle);
    // Clocks above, detail tabs below, the divider the user's to move.
    auto* clocksAndDetail = new QSplitter(Qt::Vertical);
    clocksAndDetail->setObjectName(QStringLiteral("clocksAndDetail"));
    clocksAndDetail->setChildrenCollapsible(false);
    clocksAndDetail->addWidget(m_clockView);
    clocksAndDetail->addWidget(m_detailTabs);
    clocksAndDetail->setStretchFactor(0, 2);
    clocksAndDetail->setStretchFactor(1, 3);
    layout->addWidget(clocksAndDetail, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_incidentView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 1030});

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
    connect(m_advance, &QPushButton::clicked, this, &MainWindow::advanceCurrent);
    connect(m_force, &QPushButton::clicked, this, &MainWindow::forceAdvanceCurrent);
    return splitter;
}

void MainWindow::buildMenus() {
    const Actions& a = *m_actions;
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.settings);
    file->addAction(a.organisation);
    file->addSeparator();
    file->addAction(a.quit);
    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    auto* incident = menuBar()->addMenu(tr("&Incident"));
    incident->addAction(a.newIncident);
    incident->addSeparator();
    incident->addAction(a.advance);
    incident->addAction(a.forceAdvance);
    incident->addAction(a.closeIncident);
    incident->addAction(a.replay);
    incident->addSeparator();
    incident->addAction(a.handOff);
    incident->addSeparator();
    incident->addAction(a.nextIncident);
    incident->addAction(a.previousIncident);
    auto* comms = menuBar()->addMenu(tr("&Communications"));
    comms->addAction(a.newStatement);
    comms->addAction(a.saveStatement);
    comms->addAction(a.submitStatement);
    comms->addAction(a.approveStatement);
    comms->addAction(a.publishStatement);
    comms->addSeparator();
    comms->addAction(a.pauseMarketing);
    comms->addAction(a.sendBriefing);
    comms->addSeparator();
    comms->addAction(a.exportReport);
    auto* drill = menuBar()->addMenu(tr("&Drill"));
    drill->addAction(a.startDrill);
    drill->addAction(a.trainerConsole);
    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.showBoard);
    view->addAction(a.showMyTasks);
    view->addAction(a.showTeam);
    view->addAction(a.showPlaybooks);
    view->addAction(a.showDashboard);
    view->addAction(a.showReview);
    view->addAction(a.showTemplates);
    view->addAction(a.showStatements);
    view->addSeparator();
    view->addAction(a.search);
    view->addAction(a.utcTimes);

    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(a.newIncident, &QAction::triggered, this, &MainWindow::newIncident);
    connect(a.advance, &QAction::triggered, this, &MainWindow::advanceCurrent);
    connect(a.forceAdvance, &QAction::triggered, this, &MainWindow::forceAdvanceCurrent);
    connect(a.closeIncident, &QAction::triggered, this, &MainWindow::closeCurrent);
    connect(a.startDrill, &QAction::triggered, this, &MainWindow::startDrill);
    connect(a.trainerConsole, &QAction::triggered, this, &MainWindow::openTrainerConsole);
    connect(a.nextIncident, &QAction::triggered, this, [this] { stepIncident(1); });
    connect(a.previousIncident, &QAction::triggered, this, [this] { stepIncident(-1); });
    connect(a.search, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(0);
        m_detailTabs->setCurrentWidget(m_timeline);
        m_timeline->focusSearch();
    });
    connect(a.showBoard, &QAction::triggered, this, [this] { m_pages->setCurrentIndex(0); });
    connect(a.showMyTasks, &QAction::triggered, this, [this] { m_pages->setCurrentIndex(1); });
    connect(a.showTeam, &QAction::triggered, this, [this] { m_pages->setCurrentIndex(2); });
    connect(a.showPlaybooks, &QAction::triggered, this,
            [this] { m_pages->setCurrentWidget(m_playbookEditor); });
    connect(a.showDashboard, &QAction::triggered, this, [this] { m_pages->setCurrentWidget(m_dashboard); });
    connect(a.showReview, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(0);
        m_detailTabs->setCurrentWidget(m_review);
    });
    connect(a.replay, &QAction::triggered, this, [this] {
        if (m_incident != 0)
            openReplay(m_incident);
    });
    connect(a.showTemplates, &QAction::triggered, this,
            [this] { m_pages->setCurrentWidget(m_templatesPage); });
    connect(a.handOff, &QAction::triggered, this, &MainWindow::handOffCurrent);
    connect(a.organisation, &QAction::triggered, this, &MainWindow::editOrganisation);
    // Editing a statement acts on the editor in front of the user, so those shortcuts only work
    // within the Statements tab; the menu reaches them from anywhere.
    for (QAction* action : {a.saveStatement, a.submitStatement, a.approveStatement, a.publishStatement}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_statements->addAction(action);
    }
    const auto showStatements = [this] {
        m_pages->setCurrentIndex(0);
        m_detailTabs->setCurrentWidget(m_statements);
    };
    connect(a.showStatements, &QAction::triggered, this, showStatements);
    connect(a.newStatement, &QAction::triggered, this, [this, showStatements] {
        showStatements();
        m_statements->editor()->startNew();
    });
    connect(a.saveStatement, &QAction::triggered, this, [this, showStatements] {
        showStatements();
        m_statements->editor()->saveButton()->click();
    });
    connect(a.submitStatement, &QAction::triggered, this, [this, showStatements] {
        showStatements();
        m_statements->editor()->submitButton()->click();
    });
    connect(a.approveStatement, &QAction::triggered, this, [this, showStatements] {
        showStatements();
        m_statements->editor()->approveButton()->click();
    });
    connect(a.publishStatement, &QAction::triggered, this, [this, showStatements] {
        showStatements();
        m_statements->editor()->publishButton()->click();
    });
    connect(a.pauseMarketing, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(0);
        m_detailTabs->setCurrentWidget(m_marketing);
        m_marketing->pauseButton()->click();
    });
    connect(a.sendBriefing, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(0);
        m_detailTabs->setCurrentWidget(m_briefing);
        m_briefing->sendInteractively();
    });
    connect(a.exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(a.utcTimes, &QAction::toggled, this, [this](bool on) {
        setUtc(on);
        emit utcChanged(on);
    });
}

void MainWindow::setUtc(bool utc) {
    m_utc = utc;
    {
        const QSignalBlocker block(m_actions->utcTimes);
        m_actions->utcTimes->setChecked(utc);
    }
    m_clocks->setUtc(utc);
    m_tasks->setUtc(utc);
    m_timeline->setUtc(utc);
    m_myTasks->setUtc(utc);
    m_review->setUtc(utc);
    m_dashboard->setUtc(utc);
    m_roleHistory->setUtc(utc);
    m_statements->setUtc(utc);
    m_marketing->setUtc(utc);
    m_briefing->setUtc(utc);
    updateHeader();
}

void MainWindow::selectIncident(std::int64_t id) {
    const int row = m_incidents->rowOf(id);
    if (row >= 0)
        m_incidentView->setCurrentIndex(m_incidents->index(row));
}

void MainWindow::stepIncident(int delta) {
    const int rows = m_incidents->rowCount();
    if (rows == 0)
        return;
    const int current = m_incidentView->currentIndex().isValid() ? m_incidentView->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    m_incidentView->setCurrentIndex(m_incidents->index(next));
}

void MainWindow::showIncident(std::int64_t id) {
    m_incident = id;
    m_clocks->setIncident(id);
    m_checklist->setIncident(id);
    crisis::TaskFilter filter;
    filter.incident = id == 0 ? -1 : id;
    filter.openIncidentsOnly = false;
    m_tasks->setFilter(filter);
    m_timeline->setIncident(id);
    m_reputation->setIncident(id);
    m_review->setIncident(id);
    m_roleHistory->setIncident(id);
    m_templatesPage->setIncident(id);
    m_statements->setIncident(id);
    m_marketing->setIncident(id);
    m_briefing->setIncident(id);
    updateHeader();
    updateStatusBar(); // the drill time shows at once, not at the next tick
}

void MainWindow::updateHeader() {
    bool open = false;
    m_drillClock.reset();
    if (m_incident == 0) {
        m_title->setText(tr("No incident selected — open one with %1")
                             .arg(m_actions->newIncident->shortcut().toString(QKeySequence::NativeText)));
        m_ribbon->setPhase(std::nullopt);
    } else {
        try {
            const auto incident = m_desk.store().incident(m_incident);
            const auto playbook = m_desk.service().playbookOf(incident);
            open = incident.isOpen();
            m_drillClock = incident.drillClock;
            m_drillStart = incident.detectedAt;
            const QString title =
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
    m_advance->setEnabled(open);
    m_force->setEnabled(open);
    m_actions->advance->setEnabled(open);
    m_actions->forceAdvance->setEnabled(open);
    m_actions->closeIncident->setEnabled(open);
    m_actions->replay->setEnabled(m_incident != 0);
    m_actions->handOff->setEnabled(open);
    m_actions->newStatement->setEnabled(open);
    m_actions->pauseMarketing->setEnabled(open);
    m_actions->sendBriefing->setEnabled(open);
    m_actions->exportReport->setEnabled(m_incident != 0);
    m_myTasks->refreshIdentity();
}

void MainWindow::updateStatusBar() {
    m_dbLabel->setText(tr("Database: %1").arg(m_desk.databasePath()));
    m_identityLabel->setText(tr("Acting as: %1").arg(m_desk.actor()));
    const auto now = QDateTime::fromMSecsSinceEpoch(m_desk.now().time_since_epoch().count(), Qt::UTC);
    m_timeLabel->setText(tr("%1 local · %2 UTC")
                             .arg(now.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                  now.toString(QStringLiteral("HH:mm:ss"))));
    // A drill's clocks run on drill time: say which time the board is showing.
    m_drillLabel->setVisible(m_drillClock.has_value());
    if (m_drillClock) {
        const auto drillNow = m_drillClock->at(m_desk.now());
        const QString state = m_drillClock->ended    ? tr("ended")
                              : m_drillClock->paused ? tr("paused")
                                                     : tr("%1×").arg(m_drillClock->speed);
        m_drillLabel->setText(
            tr("Drill time %1 (%2, %3)")
                .arg(labels::time(drillNow, m_utc), labels::drillOffset(drillNow, m_drillStart), state));
    }
}

void MainWindow::startDrill() {
    StartDrillDialog dialog(m_desk, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pages->setCurrentIndex(0);
    selectIncident(dialog.createdIncident());
    openTrainerConsole();
}

TrainerConsole* MainWindow::openTrainerConsole() {
    std::int64_t drill = 0;
    try {
        if (m_incident != 0 && m_desk.store().incident(m_incident).drillClock)
            drill = m_incident;
        else if (const auto running = m_desk.drills().drills(); !running.empty())
            drill = running.front();
    } catch (const crisis::Error&) {
    }
    if (!m_trainer) {
        // A window of its own (Qt::Window), owned by this one so it closes with it.
        m_trainer = new TrainerConsole(m_desk, this);
        m_trainer->setWindowFlag(Qt::Window);
    }
    if (drill != 0 || m_trainer->incident() == 0)
        m_trainer->setIncident(drill);
    m_trainer->show();
    m_trainer->raise();
    m_trainer->activateWindow();
    return m_trainer;
}

void MainWindow::checkAlerts() {
    std::vector<crisis::DueItem> raised;
    std::vector<crisis::DueItem> due;
    std::vector<crisis::ImprovementReminder> reminders;
    try {
        due = m_desk.service().due();
        raised = m_desk.service().raiseAlerts(due);
        reminders = m_desk.review().reminders();
    } catch (const std::exception&) {
        return; // a locked or read-only database: the next change tries again
    }
    // Improvement items past due stand in the banner after the live clocks: they matter, but
    // never more than a deadline running now.
    bool freshReminder = false;
    for (const auto& r : reminders) {
        const std::string what = "improvement:" + r.item.id;
        due.push_back({r.incident,
                       r.incidentTitle,
                       what,
                       {tr("Improvement “%1”").arg(QString::fromStdString(r.item.action)).toStdString(),
                        tr("Improvement “%1”").arg(QString::fromStdString(r.item.action)).toStdString()},
                       "overdue",
                       r.item.due});
        if (m_remindersShown.insert({r.incident, what}).second) {
            freshReminder = true;
            if (m_tray && raised.empty())
                m_tray->showMessage(
                    tr("CrisisDesk reminder"),
                    tr("#%1: improvement “%2” (%3) is past due")
                        .arg(r.incident)
                        .arg(QString::fromStdString(r.item.action), QString::fromStdString(r.item.owner)),
                    QSystemTrayIcon::Warning);
        }
    }
    m_banner->setItems(due, !raised.empty() || freshReminder, m_desk.language());
    if (!raised.empty()) {
        if (m_tray) {
            const auto& first = raised.front();
            m_tray->showMessage(tr("CrisisDesk alert"),
                                tr("#%1 %2: %3")
                                    .arg(first.incident)
                                    .arg(QString::fromStdString(first.name.in(m_desk.language())))
                                    .arg(first.state == "overdue" ? tr("overdue") : tr("warning")),
                                first.state == "overdue" ? QSystemTrayIcon::Critical
                                                         : QSystemTrayIcon::Warning);
        }
        m_desk.refresh(); // the raised alerts are events: the timeline shows them
    }
}

void MainWindow::showSpikes(std::int64_t incident, int volume, int dips, crisis::SentimentLabel mood) {
    QString title;
    try {
        title = QString::fromStdString(m_desk.store().incident(incident).title);
    } catch (const crisis::Error&) {
    }
    // Whole sentences per mood (word order differs in Chinese); no mood when neither dominates.
    const bool negative = mood == crisis::SentimentLabel::Negative;
    const QString pattern =
        negative ? tr("Negative message spike on #%1 %2: %3 volume alert(s), %4 sentiment dip(s)")
        : mood == crisis::SentimentLabel::Positive
            ? tr("Positive message spike on #%1 %2: %3 volume alert(s), %4 sentiment dip(s)")
            : tr("Message spike on #%1 %2: %3 volume alert(s), %4 sentiment dip(s)");
    const QString text = pattern.arg(incident).arg(title).arg(volume).arg(dips);
    m_banner->showNotice(incident, text, negative);
    if (m_tray)
        m_tray->showMessage(tr("CrisisDesk alert"), text,
                            negative ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

void MainWindow::report(const QString& error) {
    QMessageBox::warning(this, tr("Not done"), error);
}

void MainWindow::newIncident() {
    NewIncidentDialog dialog(m_desk, m_utc, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_pages->setCurrentIndex(0);
        selectIncident(dialog.createdIncident());
    }
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

void MainWindow::closeCurrent() {
    if (m_incident == 0)
        return;
    const auto id = m_incident;
    QString reason;
    try {
        if (m_desk.store().incident(id).phase != crisis::Phase::Review) {
            bool ok = false;
            reason = QInputDialog::getMultiLineText(
                this, tr("Close incident"),
                tr("The incident has not been through review. Why close it now? (logged)"), {}, &ok);
            if (!ok)
                return;
        }
    } catch (const std::exception&) {
    }
    if (const auto error = m_desk.run([&] { m_desk.service().close(id, reason.toStdString()); })) {
        report(*error);
        return;
    }
    // Marketing paused for this crisis should not stay paused by oversight.
    std::size_t paused = 0;
    try {
        paused = m_desk.marketing().pausedBy(id).size();
    } catch (const crisis::Error&) {
    }
    if (paused > 0 && askResumeMarketing(static_cast<int>(paused)))
        if (const auto error = m_desk.run([&] { m_desk.marketing().resume(id); }))
            report(*error);
}

void MainWindow::exportReport() {
    if (m_incident == 0)
        return;
    ReportDialog dialog(m_desk, m_incident, this);
    dialog.exec();
}

QWidget* MainWindow::openReplay(std::int64_t incident) {
    try {
        auto* window = new ReplayWindow(m_desk, incident, m_utc, this);
        window->QWidget::show();
        return window;
    } catch (const crisis::Error& e) {
        report(QString::fromStdString(e.describe(m_desk.language())));
        return nullptr;
    }
}

void MainWindow::handOffCurrent() {
    if (m_incident == 0)
        return;
    HandOffDialog dialog(m_desk, m_incident, this);
    dialog.exec();
}

void MainWindow::editOrganisation() {
    OrganisationDialog dialog(m_desk, this);
    dialog.exec();
}
