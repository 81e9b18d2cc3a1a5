#include "screenshots.hpp"

#include "actions.hpp"
#include "comms/briefing_panel.hpp"
#include "comms/marketing_panel.hpp"
#include "comms/report_dialog.hpp"
#include "comms/statement_editor.hpp"
#include "comms/statement_list_model.hpp"
#include "comms/statements_panel.hpp"
#include "console.hpp"
#include "desk.hpp"
#include "dialogs/new_incident_dialog.hpp"
#include "dialogs/settings_dialog.hpp"
#include "main_window.hpp"
#include "pages/timeline_panel.hpp"
#include "playbook/playbook_editor.hpp"
#include "reputation/reputation_panel.hpp"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

namespace {

bool save(QWidget* widget, const QString& dir, const QString& name) {
    widget->show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    return widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

bool takeScreenshots(Console& console, const QString& dir) {
    QDir().mkpath(dir);
    bool ok = true;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        console.setLanguage(lang, false);
        MainWindow* window = console.window();
        // Show a team lead's view: the first IT member of the demo roster.
        const QString previousActor = console.desk()->actor();
        for (const auto& m : console.desk()->store().members())
            if (m.role == "it") {
                console.desk()->setActor(QString::fromStdString(m.name));
                break;
            }
        window->pages()->setCurrentIndex(0);
        window->stepIncident(-1000); // the first row: the live breach
        ok &= save(window, dir, lang + QStringLiteral("-board"));
        window->actions().search->trigger();
        ok &= save(window, dir, lang + QStringLiteral("-timeline"));
        if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("detailTabs"))) {
            tabs->setCurrentWidget(window->reputation());
            window->reputation()->views()->setCurrentIndex(0);
            ok &= save(window, dir, lang + QStringLiteral("-reputation-inbox"));
            window->reputation()->views()->setCurrentIndex(1);
            ok &= save(window, dir, lang + QStringLiteral("-reputation-charts"));
            window->reputation()->views()->setCurrentIndex(0);
            // Statements: the draft the checks object to, then the published holding statement.
            tabs->setCurrentWidget(window->statements());
            StatementsPanel* statements = window->statements();
            const int rows = statements->model()->rowCount();
            if (rows > 0) {
                statements->select(statements->model()->statement(rows - 1)->id);
                statements->editor()->recheck();
            }
            ok &= save(window, dir, lang + QStringLiteral("-statements"));
            if (rows > 0) {
                statements->select(statements->model()->statement(0)->id);
                ok &= save(window, dir, lang + QStringLiteral("-statement-published"));
            }
            tabs->setCurrentWidget(window->marketing());
            ok &= save(window, dir, lang + QStringLiteral("-marketing"));
            tabs->setCurrentWidget(window->briefing());
            ok &= save(window, dir, lang + QStringLiteral("-briefing"));
            tabs->setCurrentIndex(0);
        }
        window->pages()->setCurrentIndex(1);
        ok &= save(window, dir, lang + QStringLiteral("-my-tasks"));
        window->pages()->setCurrentIndex(2);
        ok &= save(window, dir, lang + QStringLiteral("-team"));
        window->actions().showPlaybooks->trigger();
        PlaybookEditor* editor = window->playbookEditor();
        editor->tabs()->setCurrentIndex(0);
        ok &= save(window, dir, lang + QStringLiteral("-playbooks"));
        editor->tabs()->setCurrentIndex(1);
        ok &= save(window, dir, lang + QStringLiteral("-playbook-clocks"));
        editor->tabs()->setCurrentIndex(0);
        window->pages()->setCurrentIndex(0);
        {
            NewIncidentDialog dialog(*console.desk(), false, window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-new-incident"));
        }
        {
            ReportDialog dialog(*console.desk(), window->currentIncident(), window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-report-export"));
        }
        {
            SettingsDialog dialog({console.desk()->databasePath(), console.desk()->actor(), lang, false}, {},
                                  {}, window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-settings"));
        }
        console.desk()->setActor(previousActor);
    }
    return ok;
}
