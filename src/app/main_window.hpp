#pragma once
// The console's main window. Pages: the incident board (incidents on the left; for the
// selected one its phase ribbon, live clocks, exit checklist, task board and timeline), my
// tasks, the team, the playbook editor and the communication kit (templates). Above them a non-modal alert
// banner; below a status bar with the database, the identity and the time (local and UTC).

#include <crisis/clock.hpp>
#include <crisis/sentiment.hpp>

#include <QMainWindow>
#include <QTimer>

#include <functional>

#include <memory>
#include <optional>
#include <set>
#include <string>

struct Actions;
class AlertBanner;
class ChecklistModel;
class ClockTableModel;
class Desk;
class IncidentListModel;
class MyTasksPage;
class PhaseRibbon;
class PlaybookEditor;
class QLabel;
class QListView;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class TaskTableModel;
class TeamPage;
class TimelinePanel;
class ReputationPanel;
class ReviewPanel;
class DashboardPage;
class RoleHistoryModel;
class TemplatesPage;
class TrainerConsole;
class StatementsPanel;
class MarketingPanel;
class BriefingPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `utc`: show times in UTC; `allOfRole`: my tasks include my role's tasks.
    explicit MainWindow(Desk& desk, bool utc = false, bool allOfRole = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    std::int64_t currentIncident() const { return m_incident; }
    void selectIncident(std::int64_t id);
    const Actions& actions() const { return *m_actions; }
    AlertBanner* banner() const { return m_banner; }
    QTabWidget* pages() const { return m_pages; }
    TimelinePanel* timeline() const { return m_timeline; }
    ReputationPanel* reputation() const { return m_reputation; }
    PlaybookEditor* playbookEditor() const { return m_playbookEditor; }
    ReviewPanel* review() const { return m_review; }
    DashboardPage* dashboard() const { return m_dashboard; }
    /// Opens the replay window of an incident (nullptr and a message when it cannot).
    QWidget* openReplay(std::int64_t incident);
    TemplatesPage* templatesPage() const { return m_templatesPage; }
    RoleHistoryModel* roleHistory() const { return m_roleHistory; }
    /// The trainer console window (created on first use; nullptr before).
    TrainerConsole* trainerConsole() const { return m_trainer; }
    StatementsPanel* statements() const { return m_statements; }
    MarketingPanel* marketing() const { return m_marketing; }
    BriefingPanel* briefing() const { return m_briefing; }
    QTabWidget* detailTabs() const { return m_detailTabs; }
    /// Asked after closing an incident that paused `count` marketing items: resume them now?
    /// (A question box by default; tests replace it.)
    std::function<bool(int count)> askResumeMarketing;

    void newIncident();
    void advanceCurrent();
    void forceAdvanceCurrent();
    void closeCurrent();
    /// The hand-off dialog for the current incident.
    void handOffCurrent();
    /// The organisation profile dialog.
    void editOrganisation();
    void stepIncident(int delta);
    /// "Start drill…": the scenario dialog; a started drill is selected and its trainer console opens.
    void startDrill();
    /// Opens the trainer console on the selected drill (or the newest running one). Returns it.
    TrainerConsole* openTrainerConsole();
    /// Raises alerts for newly due clocks (events + tray) and refreshes the banner.
    void checkAlerts();
    /// Shows an import's spike alerts in the banner and the tray, worded by their mood.
    void showSpikes(std::int64_t incident, int volume, int dips, crisis::SentimentLabel mood);
    /// The report export dialog for the selected incident.
    void exportReport();

signals:
    void settingsRequested();
    void utcChanged(bool utc);
    void allOfRoleChanged(bool on);

private:
    QWidget* buildBoard();
    void buildMenus();
    void showIncident(std::int64_t id);
    void updateHeader();
    void updateStatusBar();
    void setUtc(bool utc);
    void report(const QString& error);

    Desk& m_desk;
    std::unique_ptr<Actions> m_actions;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    IncidentListModel* m_incidents;
    ClockTableModel* m_clocks;
    ChecklistModel* m_checklist;
    TaskTableModel* m_tasks;
    AlertBanner* m_banner;
    QTabWidget* m_pages;
    QTabWidget* m_detailTabs = nullptr;
    QListView* m_incidentView = nullptr;
    QLabel* m_title = nullptr;
    PhaseRibbon* m_ribbon = nullptr;
    QTableView* m_clockView = nullptr;
    QListView* m_checklistView = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_force = nullptr;
    TimelinePanel* m_timeline = nullptr;
    ReputationPanel* m_reputation = nullptr;
    ReviewPanel* m_review = nullptr;
    DashboardPage* m_dashboard = nullptr;
    StatementsPanel* m_statements = nullptr;
    MarketingPanel* m_marketing = nullptr;
    BriefingPanel* m_briefing = nullptr;
    MyTasksPage* m_myTasks = nullptr;
    TeamPage* m_team = nullptr;
    PlaybookEditor* m_playbookEditor = nullptr;
    TemplatesPage* m_templatesPage = nullptr;
    RoleHistoryModel* m_roleHistory = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    std::set<std::pair<std::int64_t, std::string>> m_remindersShown; ///< tray told once per item
    QLabel* m_dbLabel;
    QLabel* m_identityLabel;
    QLabel* m_timeLabel;
    QLabel* m_drillLabel;
    std::optional<crisis::DrillClockState> m_drillClock; ///< of the selected incident, read with its header
    crisis::Instant m_drillStart;
    TrainerConsole* m_trainer = nullptr;
    QTimer m_ticker;
};
