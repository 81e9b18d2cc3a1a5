#include "settings_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const Choices& current, const QStringList& recentDatabases,
                               const QStringList& teamNames, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_database = new QComboBox;
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setEditable(true);
    m_database->addItem(current.database);
    for (const auto& path : recentDatabases)
        if (path != current.database)
            m_database->addItem(path);
    auto* browse = new QPushButton(tr("Open…"));
    browse->setObjectName(QStringLiteral("browseDatabase"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Open or create a CrisisDesk database"), m_database->currentText(),
            tr("CrisisDesk databases (*.db *.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setCurrentText(path);
    });
    auto* dbRow = new QHBoxLayout;
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(browse);

    m_identity = new QComboBox;
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setEditable(true);
    m_identity->addItems(teamNames);
    m_identity->setCurrentText(current.identity);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));

    m_local = new QRadioButton(tr("Local time"));
    m_local->setObjectName(QStringLiteral("localTime"));
    m_utc = new QRadioButton(tr("UTC"));
    m_utc->setObjectName(QStringLiteral("utcTime"));
    (current.utc ? m_utc : m_local)->setChecked(true);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_local);
    timeRow->addWidget(m_utc);
    timeRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Database file"), dbRow);
    form->addRow(tr("I am"), m_identity);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Show times in"), timeRow);
    auto* buttons = okCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

SettingsDialog::Choices SettingsDialog::choices() const {
    return {m_database->currentText().trimmed(), m_identity->currentText().trimmed(),
            m_language->currentData().toString(), m_utc->isChecked()};
}
