#pragma once
// The Statements tab of an incident: its statements with their states on the left, the editor
// of the selected one on the right. Switching away from unsaved changes asks first.

#include <crisis/statement_service.hpp>

#include <QWidget>

#include <functional>
#include <optional>

class Desk;
class QLabel;
class QPushButton;
class QTableView;
class StatementEditor;
class StatementListModel;

class StatementsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatementsPanel(Desk& desk, QWidget* parent = nullptr);

    void setIncident(std::int64_t incident);
    void setUtc(bool utc);
    /// Shows statement `id` in the editor (asking about unsaved changes first).
    void select(std::int64_t id);
    /// What to do with unsaved changes: Save, Discard or Cancel (a QMessageBox by default;
    /// tests replace it).
    enum class Unsaved { Save, Discard, Cancel };
    std::function<Unsaved()> askUnsaved;

    /// Records the incident facts from the facts dialog's answer (the checks use them).
    std::optional<QString> recordFacts(const crisis::IncidentFacts& facts);
    QLabel* factsLabel() const { return m_facts; }

    StatementEditor* editor() const { return m_editor; }
    StatementListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }

private:
    // True when it is fine to leave the statement in the editor.
    bool mayLeave();
    void showCurrent();
    void showFacts();

    Desk& m_desk;
    std::int64_t m_incident = 0;
    std::int64_t m_current = 0;
    StatementListModel* m_model;
    QTableView* m_list;
    StatementEditor* m_editor;
    QLabel* m_facts;
    QPushButton* m_editFacts;
};
