// crisisdesk: the console. Opens the database in the user's data folder (creating it with demo
// data on first start), or --db PATH; --lang en|zh overrides the system language.

#include "desk.hpp"
#include "main_window.hpp"

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <filesystem>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crisisdesk"));
    QApplication::setOrganizationName(QStringLiteral("crisisdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CRISISDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CrisisDesk crisis-response console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: en or zh."),
                                        QStringLiteral("lang"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Write a PNG of the window and quit."),
                                        QStringLiteral("png"));
    parser.addOptions({dbOption, langOption, shotOption});
    parser.process(app);

    const QString langName = parser.isSet(langOption) ? parser.value(langOption) : QLocale::system().name();
    const crisis::Language lang = crisis::languageFromLocale(langName.toStdString());
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (lang == crisis::Language::Zh) {
        if (qtTranslator.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (appTranslator.load(QStringLiteral(":/i18n/crisisdesk_zh_CN.qm")))
            QApplication::installTranslator(&appTranslator);
    }

    const std::filesystem::path path = parser.isSet(dbOption)
                                           ? std::filesystem::path(parser.value(dbOption).toStdString())
                                           : crisis::defaultDatabasePath();
    QSettings settings;
    const QString actor =
        settings
            .value(QStringLiteral("identity"), qEnvironmentVariable("USER", QStringLiteral("crisis-manager")))
            .toString();

    crisis::SystemClock clock;
    std::unique_ptr<Desk> desk;
    try {
        const bool firstStart = !std::filesystem::exists(path);
        if (firstStart && path.has_parent_path())
            std::filesystem::create_directories(path.parent_path());
        desk = std::make_unique<Desk>(path, clock, actor);
        desk->setLanguage(lang);
        if (firstStart) {
            crisis::seedDemoData(desk->store(), clock.now());
            desk->refresh();
        }
    } catch (const crisis::Error& e) {
        QMessageBox::critical(nullptr, QObject::tr("CrisisDesk"), QString::fromStdString(e.describe(lang)));
        return 1;
    } catch (const std::filesystem::filesystem_error& e) {
        QMessageBox::critical(nullptr, QObject::tr("CrisisDesk"), QString::fromLocal8Bit(e.what()));
        return 1;
    }

    MainWindow window(*desk);
    window.show();
    if (parser.isSet(shotOption)) {
        const QString png = parser.value(shotOption);
        QTimer::singleShot(800, &window, [&window, png] {
            window.grab().save(png);
            QApplication::quit();
        });
    }
    return app.exec();
}
