#pragma once
// Hands a role of the incident to another member of the roster: the role (with who holds it
// now), the new holder (the role's primary and backups first), and the reason, all logged as
// one role.handed-off event. The core's errors show inline and keep the dialog open.

#include <QDialog>

class Desk;
class QComboBox;
class QLabel;
class QLineEdit;

class HandOffDialog : public QDialog {
    Q_OBJECT
public:
    HandOffDialog(Desk& desk, std::int64_t incident, QWidget* parent = nullptr);
    void accept() override;

private:
    void fillHolders();

    Desk& m_desk;
    std::int64_t m_incident;
    QComboBox* m_role;
    QComboBox* m_to;
    QLineEdit* m_reason;
    QLabel* m_current;
    QLabel* m_error;
};
