#pragma once
// The console's main window: incidents on the left; for the selected one its phase ribbon,
// live clocks and exit checklist; a status bar with the database, identity and time.

#include <QMainWindow>
#include <QTimer>

class ChecklistModel;
class ClockTableModel;
class Desk;
class IncidentListModel;
class PhaseRibbon;
class QAction;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Desk& desk, QWidget* parent = nullptr);

    /// The incident shown in the centre (0 when none).
    std::int64_t currentIncident() const { return m_incident; }
    void selectIncident(std::int64_t id);

    /// Runs the ordinary advance on the current incident; shows a dialog on refusal.
    void advanceCurrent();
    /// Asks for a reason and forces the transition.
    void forceAdvanceCurrent();

private:
    void buildMenus();
    void showIncident(std::int64_t id);
    void updateHeader();
    void updateStatusBar();
    void report(const QString& error);

    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    IncidentListModel* m_incidents;
    ClockTableModel* m_clocks;
    ChecklistModel* m_checklist;
    QListView* m_incidentView;
    QLabel* m_title;
    PhaseRibbon* m_ribbon;
    QTableView* m_clockView;
    QListView* m_checklistView;
    QPushButton* m_advance;
    QPushButton* m_force;
    QAction* m_advanceAction = nullptr;
    QAction* m_forceAction = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_identityLabel;
    QLabel* m_timeLabel;
    QTimer m_ticker;
};
