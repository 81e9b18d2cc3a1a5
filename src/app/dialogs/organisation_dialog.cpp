#include "organisation_dialog.hpp"

#include "../desk.hpp"

#include <crisis/error.hpp>
#include <crisis/organisation.hpp>
#include <crisis/time_zone.hpp>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

QLineEdit* lineEdit(const char* objectName, const QString& text, const QString& hint) {
    auto* edit = new QLineEdit(text);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(hint);
    return edit;
}

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& item : items)
        out << QString::fromStdString(item);
    return out.join(QStringLiteral(", "));
}

std::vector<std::string> split(const QString& text) {
    std::vector<std::string> out;
    for (const auto& part : text.split(QLatin1Char(',')))
        out.push_back(part.toStdString());
    return out;
}

} // namespace

OrganisationDialog::OrganisationDialog(Desk& desk, QWidget* parent) : QDialog(parent), m_desk(desk) {
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(tr("Organisation profile"));
    crisis::OrganisationProfile p;
    try {
        p = desk.store().organisation();
    } catch (const crisis::Error&) {
    }
    m_company = lineEdit("company", QString::fromStdString(p.company), tr("as customers know it"));
    m_contact = lineEdit("supportContact", QString::fromStdString(p.supportContact),
                         tr("where customers get help, e.g. help@example.com or 400-820-1234"));
    m_website = lineEdit("website", QString::fromStdString(p.website), tr("where updates are published"));
    m_markets = lineEdit("markets", joined(p.markets), tr("country codes, e.g. US, DE, CN"));
    m_languages = lineEdit("languages", joined(p.languages), tr("language codes, e.g. en, zh"));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const auto& zone : crisis::timeZoneNames())
        zones << QString::fromStdString(zone);
    m_timeZone->addItem(QString());
    m_timeZone->addItems(zones);
    auto* completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timeZone->setCompleter(completer);
    m_timeZone->setCurrentText(QString::fromStdString(p.timeZone));
    m_timeZone->lineEdit()->setPlaceholderText(tr("IANA name, e.g. Asia/Shanghai; empty: UTC"));

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const char* pointer) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(errorLabel(pointer));
        form->addRow(label, box);
    };
    row(tr("Company"), m_company, "/company");
    row(tr("Support contact"), m_contact, "/support_contact");
    row(tr("Website"), m_website, "/website");
    row(tr("Markets"), m_markets, "/markets");
    row(tr("Languages"), m_languages, "/languages");
    row(tr("Time zone"), m_timeZone, "/time_zone");
    auto* hint =
        new QLabel(tr("Templates fill {{company}}, {{support_contact}} and {{website}} from here, and give "
                      "{{detected_at}} in this time zone."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: gray;"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QLabel* OrganisationDialog::errorLabel(const char* pointer) {
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("error") +
                         QString::fromLatin1(pointer).replace(QLatin1Char('/'), QLatin1Char('-')));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->hide();
    m_errors.emplace(pointer, label);
    return label;
}

void OrganisationDialog::accept() {
    crisis::OrganisationProfile p;
    p.company = m_company->text().toStdString();
    p.supportContact = m_contact->text().toStdString();
    p.website = m_website->text().toStdString();
    p.markets = split(m_markets->text());
    p.languages = split(m_languages->text());
    p.timeZone = m_timeZone->currentText().toStdString();
    p = crisis::normalisedOrganisation(p);
    for (auto& [pointer, label] : m_errors) {
        label->clear();
        label->hide();
    }
    m_error->hide();
    try {
        m_desk.store().setOrganisation(p);
    } catch (const crisis::ValidationError& e) {
        for (const auto& problem : e.problems()) {
            // "/markets/2" belongs to the markets field.
            const auto field = problem.pointer.substr(0, problem.pointer.find('/', 1));
            const auto it = m_errors.find(field);
            QLabel* label = it != m_errors.end() ? it->second : m_error;
            const QString text = QString::fromStdString(crisis::render(problem.message, m_desk.language()));
            label->setText(label->text().isEmpty() ? text : label->text() + QStringLiteral("\n") + text);
            label->show();
        }
        return;
    } catch (const crisis::Error& e) {
        m_error->setText(QString::fromStdString(e.describe(m_desk.language())));
        m_error->show();
        return;
    }
    m_desk.refresh(); // previews and reports read the new profile
    QDialog::accept();
}
