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
#include "dialogs/hand_off_dialog.hpp"
#include "dialogs/new_incident_dialog.hpp"
#include "dialogs/organisation_dialog.hpp"
#include "dialogs/settings_dialog.hpp"
#include "drill/start_drill_dialog.hpp"
#include "drill/trainer_console.hpp"
#include "main_window.hpp"
#include "pages/timeline_panel.hpp"
#include "playbook/playbook_editor.hpp"
#include "reputation/column_mapping_dialog.hpp"
#include "reputation/reputation_panel.hpp"
#include "review/dashboard_page.hpp"
#include "review/replay_window.hpp"
#include "review/review_panel.hpp"
#include "templates/templates_page.hpp"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
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
            tabs->setCurrentIndex(tabs->count() - 1); // Roles: who held each role from when to when
            ok &= save(window, dir, lang + QStringLiteral("-roles"));
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
        // The review of the closed demo recall, the dashboard and a replay half way through.
        window->pages()->setCurrentIndex(0);
        for (const auto& incident : console.desk()->store().incidents(true))
            if (!incident.isOpen() && !incident.drill) {
                window->selectIncident(incident.id);
                if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("detailTabs"))) {
                    tabs->setCurrentWidget(window->review());
                    for (int section = 0; section < 3; ++section) {
                        window->review()->sections()->setCurrentIndex(section);
                        static const char* names[] = {"-review-questions", "-review-plan", "-review-figures"};
                        ok &= save(window, dir, lang + QLatin1String(names[section]));
                    }
                    window->review()->sections()->setCurrentIndex(0);
                    tabs->setCurrentIndex(0);
                }
                if (auto* replay = qobject_cast<ReplayWindow*>(window->openReplay(incident.id))) {
                    replay->seek(incident.detectedAt + std::chrono::hours(3));
                    ok &= save(replay, dir, lang + QStringLiteral("-replay"));
                    replay->close();
                }
                window->stepIncident(-1000);
                break;
            }
        window->actions().showDashboard->trigger();
        ok &= save(window, dir, lang + QStringLiteral("-dashboard"));
        window->actions().showTemplates->trigger();
        TemplatesPage* templates = window->templatesPage();
        templates->selectTemplate(lang == QLatin1String("zh")
                                      ? QStringLiteral("cyber-breach.social-post.holding.zh")
                                      : QStringLiteral("cyber-breach.social-post.holding.en"));
        if (auto* next = templates->findChild<QLineEdit*>(QStringLiteral("value-next_update")))
            next->setText(lang == QLatin1String("zh") ? QStringLiteral("北京时间今天18:00")
                                                      : QStringLiteral("18:00 UTC today"));
        ok &= save(window, dir, lang + QStringLiteral("-templates"));
        if (auto* next = templates->findChild<QLineEdit*>(QStringLiteral("value-next_update")))
            next->clear(); // the unfilled placeholder listed inline
        ok &= save(window, dir, lang + QStringLiteral("-templates-problem"));
        window->pages()->setCurrentIndex(0);
        {
            HandOffDialog dialog(*console.desk(), window->currentIncident(), window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-hand-off"));
        }
        {
            OrganisationDialog dialog(*console.desk(), window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-organisation"));
        }
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
        {
            // The question a watched folder or an import asks for another tool's CSV layout.
            ColumnMappingDialog dialog({"Date", "Platform", "User", "Content", "Followers", "Post ID"},
                                       window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-column-mapping"));
        }
        {
            StartDrillDialog dialog(*console.desk(), window);
            ok &= save(&dialog, dir, lang + QStringLiteral("-start-drill"));
        }
        // The drill: the players' board on drill time, then the trainer's console beside it.
        const auto drills = console.desk()->drills().drills();
        if (!drills.empty()) {
            window->selectIncident(drills.front());
            ok &= save(window, dir, lang + QStringLiteral("-board-drill"));
            window->actions().search->trigger(); // the injects as the players received them
            ok &= save(window, dir, lang + QStringLiteral("-timeline-drill"));
            if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("detailTabs")))
                tabs->setCurrentIndex(0);
            TrainerConsole* trainer = window->openTrainerConsole();
            trainer->tabs()->setCurrentIndex(0);
            ok &= save(trainer, dir, lang + QStringLiteral("-trainer-console"));
            trainer->tabs()->setCurrentIndex(1);
            ok &= save(trainer, dir, lang + QStringLiteral("-trainer-objectives"));
            trainer->tabs()->setCurrentIndex(2);
            ok &= save(trainer, dir, lang + QStringLiteral("-trainer-observations"));
            trainer->tabs()->setCurrentIndex(0);
            trainer->close();
            window->stepIncident(-1000);
        }
        console.desk()->setActor(previousActor);
    }
    return ok;
}
