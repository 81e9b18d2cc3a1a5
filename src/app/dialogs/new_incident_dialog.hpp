#pragma once
// Opens an incident: playbook (crisis type), title, severity, detection time (now by default,
// may be earlier, never later), drill flag. A refused request keeps the dialog open with the
// core's message; nothing is stored.

#include <QDialog>

class Desk;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class NewIncidentDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewIncidentDialog(Desk& desk, bool utc, QWidget* parent = nullptr);
    /// The id of the incident opened (0 until accepted).
    std::int64_t createdIncident() const { return m_created; }

    void accept() override;

private:
    Desk& m_desk;
    std::int64_t m_created = 0;
    QComboBox* m_playbook;
    QLineEdit* m_title;
    QSpinBox* m_severity;
    QDateTimeEdit* m_detected;
    QCheckBox* m_drill;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
