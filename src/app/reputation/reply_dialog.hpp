#pragma once
// Reply to a poster: start from a canned reply of the kit in effect (the incident's crisis type, in the
// mention's language when known), filled strictly from the incident and organisation profile;
// the text stays editable. What is sent is recorded with its template id.

#include <crisis/inbox.hpp>
#include <crisis/incident.hpp>
#include <crisis/organisation.hpp>
#include <crisis/template.hpp>

#include <vector>

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

class ReplyDialog : public QDialog {
    Q_OBJECT
public:
    /// `kit`: the kit in effect (crisis::kitInEffect), whose canned and chatbot replies are offered.
    ReplyDialog(const crisis::InboxItem& item, const crisis::Incident& incident,
                const std::string& crisisType, const crisis::OrganisationProfile& profile,
                crisis::Language lang, std::vector<crisis::MessageTemplate> kit, QWidget* parent = nullptr);

    QString text() const;
    /// The canned reply used, empty for a free text.
    QString templateId() const;
    QComboBox* templates() const { return m_templates; }
    QPlainTextEdit* editor() const { return m_text; }
    QLabel* problem() const { return m_problem; }

private:
    void fill();
    crisis::Incident m_incident;
    crisis::OrganisationProfile m_profile;
    crisis::Language m_lang;
    std::vector<crisis::MessageTemplate> m_kit;
    QComboBox* m_templates;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
