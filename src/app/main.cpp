// crisisdesk: the console. Opens the database in the user's data folder (creating it with demo
// data on first start), or --db PATH; --lang en|zh overrides the language setting.

#include "console.hpp"
#include "main_window.hpp"
#include "preferences.hpp"
#include "probes.hpp"
#include "screenshots.hpp"

#include <crisis/bootstrap.hpp>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

// Reports the time from process start to the first painted frame of `window` on stdout.
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(const QElapsedTimer& started, QWidget* window) : m_started(started) {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, [this] {
                std::printf("first paint after %lld ms\n", static_cast<long long>(m_started.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_started;
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGXFSZ, SIG_IGN); // a file-size limit gives an error dialog, not a silent death
    QElapsedTimer started;
    started.start();
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
    const QCommandLineOption shotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Write PNGs of the main views in en and zh, then quit."), QStringLiteral("dir"));
    const QCommandLineOption probeOption(
        QStringLiteral("first-paint"),
        QStringLiteral("Print the time to the first painted window and quit."));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty-window"),
        QStringLiteral("With --first-paint: an empty QMainWindow, for comparison."));
    const QCommandLineOption timelineOption(
        QStringLiteral("timeline-probe"),
        QStringLiteral("Open the whole timeline, scroll to its end, print the "
                       "time and resident memory, and quit."));
    parser.addOptions({dbOption, langOption, shotsOption, probeOption, emptyOption, timelineOption});
    parser.process(app);

    if (parser.isSet(probeOption) && parser.isSet(emptyOption)) {
        QMainWindow empty;
        FirstPaintProbe probe(started, &empty);
        empty.resize(1360, 860);
        empty.show();
        return app.exec();
    }

    Preferences preferences;
    crisis::SystemClock clock;
    const QString lang = parser.value(langOption);
    Console console(clock, preferences, lang);
    const std::filesystem::path path = parser.isSet(dbOption)
                                           ? std::filesystem::path(parser.value(dbOption).toStdString())
                                           : crisis::defaultDatabasePath();
    if (const auto error = console.open(path)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("MainWindow", "CrisisDesk"), *error);
        return 1;
    }
    if (parser.isSet(shotsOption))
        return takeScreenshots(console, parser.value(shotsOption)) ? 0 : 1;
    if (parser.isSet(timelineOption)) {
        QTimer::singleShot(0, [&console] {
            runTimelineProbe(console);
            QApplication::quit();
        });
        return app.exec();
    }
    std::unique_ptr<FirstPaintProbe> probe;
    if (parser.isSet(probeOption))
        probe = std::make_unique<FirstPaintProbe>(started, console.window());
    return app.exec();
}
