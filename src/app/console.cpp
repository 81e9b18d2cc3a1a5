#include "console.hpp"

#include "desk.hpp"
#include "dialogs/settings_dialog.hpp"
#include "main_window.hpp"
#include "preferences.hpp"
#include "reputation/folder_watch.hpp"
#include "reputation/reputation_panel.hpp"

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>

Console::Console(const crisis::Clock& clock, Preferences& preferences, QString languageOverride,
                 QObject* parent)
    : QObject(parent), m_clock(clock), m_preferences(preferences),
      m_languageOverride(std::move(languageOverride)) {
    installTranslators();
}

Console::~Console() {
    m_window.reset(); // the window holds references into the desk
}

void Console::installTranslators() {
    const QString choice = !m_languageOverride.isEmpty() ? m_languageOverride : m_preferences.language();
    const QString name =
        choice == QLatin1String("system") || choice.isEmpty() ? QLocale::system().name() : choice;
    m_language = crisis::languageFromLocale(name.toStdString());
    QApplication::removeTranslator(&m_qtTranslator);
    QApplication::removeTranslator(&m_appTranslator);
    if (m_language == crisis::Language::Zh) {
        if (m_qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&m_qtTranslator);
        if (m_appTranslator.load(QStringLiteral(":/i18n/crisisdesk_zh_CN.qm")))
            QApplication::installTranslator(&m_appTranslator);
    }
    if (m_desk)
        m_desk->setLanguage(m_language);
}

std::optional<QString> Console::open(const std::filesystem::path& path, bool seedDemoWhenNew) {
    std::unique_ptr<Desk> desk;
    bool seeded = false;
    try {
        const bool isNew = !std::filesystem::exists(path);
        if (isNew && path.has_parent_path())
            std::filesystem::create_directories(path.parent_path());
        desk = std::make_unique<Desk>(path, m_clock, m_preferences.identity());
        if (isNew && seedDemoWhenNew)
            seeded = crisis::seedDemoData(desk->store(), m_clock.now());
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(m_language));
    } catch (const std::filesystem::filesystem_error& e) {
        return QString::fromLocal8Bit(e.what());
    }
    m_window.reset();
    m_desk = std::move(desk);
    m_desk->setLanguage(m_language);
    // Extra lexicons are the user's, whatever the database; a file gone bad is listed, unused.
    m_desk->restoreLexicons(m_preferences.extraLexicons());
    connect(m_desk.get(), &Desk::lexiconsChanged, this,
            [this] { m_preferences.setValue(Preferences::Key::ExtraLexicons, m_desk->lexiconPaths()); });
    if (seeded) // the desk scheduled its timer before the demo incidents existed
        m_desk->refresh();
    m_preferences.addRecentDatabase(QString::fromStdString(path.string()));
    rebuildWindow();
    return std::nullopt;
}

void Console::rebuildWindow() {
    const auto selected = m_window ? m_window->currentIncident() : 0;
    const int page = m_window ? m_window->pages()->currentIndex() : 0;
    const QRect geometry = m_window ? m_window->geometry() : QRect();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_desk, m_preferences.utcTimes(),
                                            m_preferences.value(Preferences::Key::MyTasksAllOfRole).toBool());
    if (geometry.isValid())
        m_window->setGeometry(geometry);
    if (selected)
        m_window->selectIncident(selected);
    m_window->pages()->setCurrentIndex(page);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Console::editSettings);
    connect(m_window.get(), &MainWindow::utcChanged, this,
            [this](bool on) { m_preferences.setValue(Preferences::Key::UtcTimes, on); });
    connect(m_window.get(), &MainWindow::allOfRoleChanged, this,
            [this](bool on) { m_preferences.setValue(Preferences::Key::MyTasksAllOfRole, on); });
    // Watched folders belong to the database's incidents: kept per database file.
    FolderWatch& watch = m_window->reputation()->folderWatch();
    watch.restore(m_preferences.watchedFolders(m_desk->databasePath()));
    connect(&watch, &FolderWatch::stateChanged, this, [this](const QVariantMap& state) {
        m_preferences.setWatchedFolders(m_desk->databasePath(), state);
    });
    m_window->show();
}

void Console::setLanguage(const QString& choice, bool remember) {
    m_languageOverride = remember ? QString() : choice;
    if (remember)
        m_preferences.setValue(Preferences::Key::Language, choice);
    installTranslators();
    if (m_desk)
        rebuildWindow();
}

void Console::editSettings() {
    QStringList names;
    try {
        for (const auto& m : m_desk->store().members())
            names << QString::fromStdString(m.name);
    } catch (const std::exception&) {
    }
    const SettingsDialog::Choices current{m_desk->databasePath(), m_desk->actor(), m_preferences.language(),
                                          m_preferences.utcTimes()};
    SettingsDialog dialog(current, m_preferences.recentDatabases(), names, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = dialog.choices();
    m_preferences.setValue(Preferences::Key::UtcTimes, chosen.utc);
    if (!chosen.identity.isEmpty() && chosen.identity != m_desk->actor()) {
        m_preferences.setValue(Preferences::Key::Identity, chosen.identity);
        m_desk->setActor(chosen.identity);
    }
    if (chosen.language != m_preferences.language() || !m_languageOverride.isEmpty()) {
        m_languageOverride.clear();
        m_preferences.setValue(Preferences::Key::Language, chosen.language);
        installTranslators();
    }
    if (!chosen.database.isEmpty() && chosen.database != m_desk->databasePath()) {
        if (const auto error = open(chosen.database.toStdString(), false)) {
            QMessageBox::warning(m_window.get(), tr("Cannot open database"), *error);
            rebuildWindow();
        }
        return;
    }
    rebuildWindow();
}
