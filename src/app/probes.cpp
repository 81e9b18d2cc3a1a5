#include "probes.hpp"

#include "actions.hpp"
#include "console.hpp"
#include "main_window.hpp"
#include "models/timeline_model.hpp"
#include "pages/timeline_panel.hpp"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

#include <cstdio>

namespace {

QString residentMemory() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("unknown");
}

} // namespace

void runTimelineProbe(Console& console) {
    MainWindow* window = console.window();
    QElapsedTimer timer;
    timer.start();
    window->actions().search->trigger(); // the timeline tab
    auto* scope = window->timeline()->findChild<QComboBox*>(QStringLiteral("timelineScope"));
    scope->setCurrentIndex(1); // all incidents
    QApplication::processEvents();
    const qint64 opened = timer.elapsed();
    window->timeline()->view()->scrollToBottom();
    QApplication::processEvents();
    const qint64 scrolled = timer.elapsed();
    std::printf("timeline rows: %d; opened in %lld ms; scrolled to the end in %lld ms; pages fetched %d; "
                "resident memory %s\n",
                window->timeline()->model()->rowCount(), static_cast<long long>(opened),
                static_cast<long long>(scrolled - opened), window->timeline()->model()->pagesFetched(),
                qPrintable(residentMemory()));
    std::fflush(stdout);
}
