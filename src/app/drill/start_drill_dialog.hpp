#pragma once
// "Start drill…": choose a scenario (built-in or imported, with its description), the drill
// clock's speed (1×–120×), the language the players receive injects in and a title. A refused
// start keeps the dialog open with the core's message; nothing is stored.

#include <QDialog>

#include <optional>

class Desk;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class ScenarioListModel;

class StartDrillDialog : public QDialog {
    Q_OBJECT
public:
    explicit StartDrillDialog(Desk& desk, QWidget* parent = nullptr);
    /// The drill incident started (0 until accepted).
    std::int64_t createdIncident() const { return m_created; }
    ScenarioListModel* scenarios() const { return m_model; }
    QTableView* scenarioView() const { return m_view; }

    void accept() override;
    /// Validates a scenario file whole and stores it; its problems show in the dialog.
    std::optional<QString> importScenario(const QString& path);

private:
    void showDescription();
    void reloadScenarios(const QString& select = {});

    Desk& m_desk;
    std::int64_t m_created = 0;
    ScenarioListModel* m_model;
    QTableView* m_view;
    QLabel* m_description;
    QSpinBox* m_speed;
    QComboBox* m_language;
    QLineEdit* m_title;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
