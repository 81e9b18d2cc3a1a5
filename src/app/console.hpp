#pragma once
// Runs the console: owns the Desk (the open database), the translators and the main window.
// Changing the language or the database in Settings rebuilds the window in place, keeping the
// selected incident, so every string (Qt's and ours) switches at run time.

#include <crisis/clock.hpp>
#include <crisis/messages.hpp>

#include <QObject>
#include <QString>
#include <QTranslator>

#include <filesystem>
#include <memory>

class Desk;
class MainWindow;
class Preferences;

class Console : public QObject {
    Q_OBJECT
public:
    /// `languageOverride`: "en"/"zh" from the command line, or empty to use the setting.
    Console(const crisis::Clock& clock, Preferences& preferences, QString languageOverride = {},
            QObject* parent = nullptr);
    ~Console() override;

    /// Opens (creating with demo data when new) the database and shows the window. Returns the
    /// error text when the file cannot be opened (locked, corrupt, newer version...).
    std::optional<QString> open(const std::filesystem::path& path, bool seedDemoWhenNew = true);

    Desk* desk() const { return m_desk.get(); }
    MainWindow* window() const { return m_window.get(); }
    crisis::Language language() const { return m_language; }

    /// Switches the language ("system", "en", "zh") and rebuilds the window; `remember`
    /// stores the choice in the preferences.
    void setLanguage(const QString& choice, bool remember = true);
    /// Shows the settings dialog and applies what changed.
    void editSettings();

private:
    void installTranslators();
    void rebuildWindow();

    const crisis::Clock& m_clock;
    Preferences& m_preferences;
    QString m_languageOverride;
    crisis::Language m_language = crisis::Language::En;
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};
