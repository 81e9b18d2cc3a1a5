#pragma once
// Adds an item to the improvement plan: finding, action, owner, due date, and optionally the
// playbook change it amounts to (a clock's duration or warnings, a checklist item, a task).
// The core validates everything, the proposal against the latest playbook version; errors
// keep the dialog open and nothing is stored.

#include <crisis/playbook.hpp>
#include <crisis/playbook_proposal.hpp>

#include <QDialog>

#include <cstdint>
#include <optional>

class Desk;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

class ImprovementDialog : public QDialog {
    Q_OBJECT
public:
    /// The proposal kinds, in the order of the kind box.
    enum class Kind { ClockDuration, ClockWarnings, ChecklistItem, TaskTemplate };

    ImprovementDialog(Desk& desk, std::int64_t incident, bool utc, QWidget* parent = nullptr);
    /// The id of the item added (after accept()).
    QString addedId() const { return m_addedId; }
    void accept() override;

    // Fields, for tests and for the keyboard.
    QLineEdit* finding() const { return m_finding; }
    QPlainTextEdit* action() const { return m_action; }
    QComboBox* owner() const { return m_owner; }
    QDateTimeEdit* due() const { return m_due; }
    QGroupBox* proposalBox() const { return m_proposalBox; }
    QComboBox* kind() const { return m_kind; }
    QComboBox* clock() const { return m_clock; }
    QLineEdit* duration() const { return m_duration; }
    QLineEdit* warnings() const { return m_warnings; }
    QLabel* error() const { return m_error; }

private:
    QWidget* buildClockPage(bool warnings);
    QWidget* buildChecklistPage();
    QWidget* buildTaskPage();
    /// The proposal the fields describe; nullopt with the error shown when they do not.
    std::optional<std::optional<crisis::PlaybookProposal>> proposal();
    void showError(const QString& text);

    Desk& m_desk;
    std::int64_t m_incident;
    crisis::Playbook m_playbook;
    QString m_addedId;
    QLineEdit* m_id;
    QLineEdit* m_finding;
    QPlainTextEdit* m_action;
    QComboBox* m_owner;
    QDateTimeEdit* m_due;
    QGroupBox* m_proposalBox;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QComboBox* m_clock = nullptr;
    QLineEdit* m_duration = nullptr;
    QComboBox* m_warningClock = nullptr;
    QLineEdit* m_warnings = nullptr;
    QComboBox* m_phase = nullptr;
    QLineEdit* m_itemId = nullptr;
    QLineEdit* m_itemEn = nullptr;
    QLineEdit* m_itemZh = nullptr;
    QLineEdit* m_taskId = nullptr;
    QLineEdit* m_taskEn = nullptr;
    QLineEdit* m_taskZh = nullptr;
    QComboBox* m_taskRole = nullptr;
    QLineEdit* m_taskDue = nullptr;
    QLabel* m_error;
};
