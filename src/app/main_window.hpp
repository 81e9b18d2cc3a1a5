#pragma once
// The console's main window. Pages: the incident board (incidents on the left; for the
// selected one its phase ribbon, live clocks, exit checklist, task board and timeline), my
// tasks, the team and the playbook editor. Above them a non-modal alert banner; below a status bar with the
// database, the identity and the time (local and UTC).

#include <QMainWindow>
#include <QTimer>

#include <functional>

#include <memory>

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
    void stepIncident(int delta);
    /// Raises alerts for newly due clocks (events + tray) and refreshes the banner.
    void checkAlerts();
    void showSpikes(std::int64_t incident, int volume, int dips, bool negative);
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
    StatementsPanel* m_statements = nullptr;
    MarketingPanel* m_marketing = nullptr;
    BriefingPanel* m_briefing = nullptr;
    MyTasksPage* m_myTasks = nullptr;
    TeamPage* m_team = nullptr;
    PlaybookEditor* m_playbookEditor = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_identityLabel;
    QLabel* m_timeLabel;
    QTimer m_ticker;
};
