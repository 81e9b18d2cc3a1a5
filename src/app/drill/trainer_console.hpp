#pragma once
// The trainer console: a window of its own beside the players' main window, for one scenario
// drill. The drill clock, the inject queue (fire now, skip, next due highlighted), pause and
// resume, speed 1×–120×, jump to the next inject, the live score (expected actions, clocks,
// objectives), P/S/M/U ratings, observation notes per participant, hot-wash notes and the
// report. All state comes from the core (DrillService::status); the Desk's single timer delivers
// injects, so this window only repaints its clock each second.

#include <crisis/drill_service.hpp>

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

struct DrillActions;
class Desk;
class DrillNotesModel;
class ExpectedResultsModel;
class InjectQueueModel;
class ObjectivesModel;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTabWidget;
class ScoreClocksModel;

class TrainerConsole : public QMainWindow {
    Q_OBJECT
public:
    explicit TrainerConsole(Desk& desk, QWidget* parent = nullptr);
    ~TrainerConsole() override;

    /// Shows this drill incident (0: none).
    void setIncident(std::int64_t incident);
    std::int64_t incident() const { return m_incident; }
    const std::optional<crisis::DrillStatus>& status() const { return m_status; }

    // The trainer's commands; each returns the error text, also shown inline, or nullopt.
    std::optional<QString> fireSelected();
    std::optional<QString> skipSelected();
    std::optional<QString> togglePause();
    std::optional<QString> setSpeed(int speed);
    std::optional<QString> jumpToNext();
    std::optional<QString> endDrill();
    std::optional<QString> addObservation();
    std::optional<QString> addHotWash();
    std::optional<QString> rateObjective();
    /// Writes the after-action report: PDF for a .pdf path, else HTML.
    std::optional<QString> exportReport(const QString& path);
    /// Selects an inject of the queue by id.
    void selectInject(const QString& injectId);

    const DrillActions& actions() const { return *m_actions; }
    QTableView* queueView() const { return m_queueView; }
    InjectQueueModel* queue() const { return m_queue; }
    ExpectedResultsModel* results() const { return m_results; }
    ScoreClocksModel* clocks() const { return m_clocks; }
    ObjectivesModel* objectives() const { return m_objectives; }
    DrillNotesModel* observations() const { return m_observations; }
    DrillNotesModel* hotWash() const { return m_hotWash; }
    QLabel* clockLabel() const { return m_clock; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* errorLabel() const { return m_error; }
    QSpinBox* speedBox() const { return m_speed; }
    QComboBox* participantBox() const { return m_participant; }
    QComboBox* objectiveBox() const { return m_objective; }
    QComboBox* ratingBox() const { return m_rating; }
    QLineEdit* commentEdit() const { return m_comment; }
    QLineEdit* observationEdit() const { return m_observation; }
    QComboBox* observationKindBox() const { return m_observationKind; }
    QLineEdit* hotWashEdit() const { return m_hotWashText; }
    QComboBox* hotWashKindBox() const { return m_hotWashKind; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    /// Re-reads the drill from the core (after any change).
    void reload();

private:
    QWidget* buildQueue();
    QWidget* buildScore();
    QWidget* buildObjectives();
    QWidget* buildObservations();
    QWidget* buildHotWash();
    static QTableView* notesTable(QAbstractItemModel* model, const char* name);
    void buildToolBar();
    void updateClock();
    void updateControls();
    void chooseReportFile();
    std::optional<QString> command(const std::function<void(crisis::DrillService&, std::int64_t)>& run);
    QString selectedInject() const;

    Desk& m_desk;
    std::unique_ptr<DrillActions> m_actions;
    std::int64_t m_incident = 0;
    std::optional<crisis::DrillStatus> m_status;
    InjectQueueModel* m_queue;
    ExpectedResultsModel* m_results;
    ScoreClocksModel* m_clocks;
    ObjectivesModel* m_objectives;
    DrillNotesModel* m_observations;
    DrillNotesModel* m_hotWash;
    QComboBox* m_drill = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_clockDetail = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_error = nullptr;
    QSpinBox* m_speed = nullptr;
    QTableView* m_queueView = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_participant = nullptr;
    QComboBox* m_observationKind = nullptr;
    QLineEdit* m_observation = nullptr;
    QComboBox* m_objective = nullptr;
    QComboBox* m_rating = nullptr;
    QLineEdit* m_comment = nullptr;
    QComboBox* m_hotWashKind = nullptr;
    QLineEdit* m_hotWashText = nullptr;
    QTimer m_ticker;
    bool m_reloading = false;
};
