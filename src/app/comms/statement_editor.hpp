#pragma once
// Writes and moves one statement through its workflow: the ICS-213 fields (to, from, subject,
// message, reply; time and approved-by shown), a live length counter against the channel's
// limit, the findings of the checks as the user types (each naming its C; clicking one selects
// the words), and save / submit / approve / publish. An edit of an approved statement saves as a
// new revision whose approvals start again.

#include <crisis/statement.hpp>
#include <crisis/statement_service.hpp>

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class Desk;
class FindingListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

class StatementEditor : public QWidget {
    Q_OBJECT
public:
    explicit StatementEditor(Desk& desk, QWidget* parent = nullptr);

    void setIncident(std::int64_t incident);
    void setUtc(bool utc);
    /// Shows a stored statement (nullopt: a new blank one, not saved yet).
    void showStatement(const std::optional<crisis::Statement>& statement);
    /// The statement shown (0: a new one not saved yet).
    std::int64_t statementId() const { return m_id; }
    /// True when the fields differ from the stored revision (or a new statement has text).
    bool isModified() const;
    /// The fields as typed.
    crisis::StatementContent content() const;

    /// Starts a new statement: from the kit template chosen in the template box (drafted at once),
    /// or blank. Returns the error text, if any.
    std::optional<QString> startNew();
    /// Saves the fields: a new draft, or a new revision. Returns the error text, if any.
    std::optional<QString> save();
    std::optional<QString> submit();
    /// Approves the shown revision for `role` with `reason` for any findings.
    std::optional<QString> approve(const QString& role, const QString& reason);
    std::optional<QString> publish(const crisis::PublishRequest& request);

    /// The dialogs a user goes through; errors are shown in the editor's message line.
    void approveInteractively();
    void publishInteractively();
    /// Selects the words of finding `row` in the field they were found in.
    void selectFinding(int row);
    /// Re-runs the checks now (they also run shortly after each keystroke).
    void recheck();
    /// Asked before a new statement replaces the one shown; false keeps it.
    std::function<bool()> beforeNew;

    QComboBox* templateBox() const { return m_templates; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* messageEdit() const { return m_message; }
    QLineEdit* replyEdit() const { return m_reply; }
    QLabel* lengthLabel() const { return m_length; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* checkSummary() const { return m_checkSummary; }
    QLabel* errorLabel() const { return m_error; }
    QListView* findingsView() const { return m_findingsView; }
    FindingListModel* findings() const { return m_findings; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* publishButton() const { return m_publish; }

signals:
    /// A statement was drafted or changed (its id), or a new blank one started (0).
    void statementChanged(std::int64_t id);

private:
    void fillTemplates();
    void updateLength();
    void updateButtons();
    void setFields(const crisis::StatementContent& content);
    void report(const std::optional<QString>& error);

    Desk& m_desk;
    std::int64_t m_incident = 0;
    std::int64_t m_id = 0;
    bool m_utc = false;
    std::optional<crisis::Statement> m_statement;
    QTimer m_checkTimer;
    QComboBox* m_templates;
    QPushButton* m_new;
    QComboBox* m_channel;
    QComboBox* m_language;
    QLineEdit* m_to;
    QLineEdit* m_from;
    QLineEdit* m_subject;
    QPlainTextEdit* m_message;
    QLineEdit* m_reply;
    QLabel* m_length;
    QLabel* m_state;
    QLabel* m_checkSummary;
    QLabel* m_approvals;
    QLabel* m_error;
    FindingListModel* m_findings;
    QListView* m_findingsView;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QPushButton* m_publish;
};
