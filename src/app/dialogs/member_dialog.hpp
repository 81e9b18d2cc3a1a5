#pragma once
// Adds or edits a team member: name, role, primary or backup for the role, contact. Validation
// errors come from the core and keep the dialog open; nothing is stored on error. A new member
// of a role that has a primary starts as a backup.

#include <crisis/team.hpp>

#include <QDialog>

class Desk;
class QComboBox;
class QLabel;
class QLineEdit;

class MemberDialog : public QDialog {
    Q_OBJECT
public:
    /// With `existing` set the dialog edits that member, otherwise it adds one.
    MemberDialog(Desk& desk, std::optional<crisis::Member> existing, QWidget* parent = nullptr);
    void accept() override;

private:
    Desk& m_desk;
    std::optional<crisis::Member> m_existing;
    QLineEdit* m_name;
    void suggestStanding();

    QComboBox* m_role;
    QComboBox* m_standing;
    QLineEdit* m_contact;
    QLabel* m_error;
};
