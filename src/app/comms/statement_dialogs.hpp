#pragma once
// The two decisions of the statement workflow that need a second look: approving (for which of
// the approver roles the user holds, and, when the checks found anything, why it is accepted)
// and publishing (audience, link, whether the public sees it, and, when the playbook names no
// approvers, why the findings of the checks are accepted).

#include <crisis/statement_check.hpp>
#include <crisis/statement_service.hpp>

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

class ApproveDialog : public QDialog {
    Q_OBJECT
public:
    /// `roles`: the approver roles the user holds that are still missing; `findings`: what the
    /// checks found in the revision being approved (a reason is required when there are any).
    ApproveDialog(const QStringList& roles, const std::vector<crisis::Finding>& findings, int revision,
                  QWidget* parent = nullptr);

    QString role() const;
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    void update();
    QComboBox* m_role;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
    bool m_needsReason;
};

class PublishDialog : public QDialog {
    Q_OBJECT
public:
    /// `channel`: the statement's channel (fixed by its text); `audience`: a first suggestion;
    /// `findings`: what the checks found when nobody approves (the playbook names no approvers),
    /// which then need a reason to publish.
    PublishDialog(const QString& channel, const QString& audience,
                  const std::vector<crisis::Finding>& findings = {}, QWidget* parent = nullptr);

    crisis::PublishRequest request() const;
    QLineEdit* audienceEdit() const { return m_audience; }
    QLineEdit* linkEdit() const { return m_link; }
    QCheckBox* externalBox() const { return m_external; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    void update();
    QLineEdit* m_audience;
    QLineEdit* m_link;
    QCheckBox* m_external;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
    bool m_needsReason;
};
