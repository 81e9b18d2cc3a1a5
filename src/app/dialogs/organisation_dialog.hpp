#pragma once
// Edits the organisation profile that templates and reports use: name, support contact,
// website, markets, languages and time zone (an IANA name, offered from the system's tz
// database). The core validates the whole profile; every problem shows inline beside its
// field and nothing is stored until all are fixed.

#include <QDialog>

#include <map>
#include <string>

class Desk;
class QComboBox;
class QLabel;
class QLineEdit;

class OrganisationDialog : public QDialog {
    Q_OBJECT
public:
    explicit OrganisationDialog(Desk& desk, QWidget* parent = nullptr);
    void accept() override;

private:
    QLabel* errorLabel(const char* field);

    Desk& m_desk;
    QLineEdit* m_company;
    QLineEdit* m_contact;
    QLineEdit* m_website;
    QLineEdit* m_markets;
    QLineEdit* m_languages;
    QComboBox* m_timeZone;
    std::map<std::string, QLabel*> m_errors; ///< by JSON pointer of the field, e.g. "/time_zone"
    QLabel* m_error;
};
