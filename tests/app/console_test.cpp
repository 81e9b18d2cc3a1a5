// The console driven as a user would: dialogs filled in, boxes ticked, the clock moved across
// the 30-minute and 2-hour boundaries, the language switched at run time.

#include "actions.hpp"
#include "alert_banner.hpp"
#include "console.hpp"
#include "dialogs/member_dialog.hpp"
#include "dialogs/new_incident_dialog.hpp"
#include "gui_fixture.hpp"
#include "labels.hpp"
#include "main_window.hpp"
#include "models/clock_table_model.hpp"
#include "models/task_table_model.hpp"
#include "models/team_model.hpp"
#include "models/timeline_model.hpp"
#include "pages/my_tasks_page.hpp"
#include "pages/timeline_panel.hpp"
#include "preferences.hpp"

#include <QAbstractItemModelTester>
#include <QTest>

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <fstream>

#include <catch2/catch.hpp>

using namespace std::chrono_literals;

namespace {

QColor rowColour(QAbstractItemModel* model, int row) {
    return model->data(model->index(row, 0), Qt::BackgroundRole).value<QBrush>().color();
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "An incident is created through the new-incident dialog") {
    MainWindow window(desk);
    NewIncidentDialog dialog(desk, false, &window);
    auto* playbook = dialog.findChild<QComboBox*>(QStringLiteral("playbook"));
    REQUIRE(playbook->count() == 10);
    playbook->setCurrentIndex(playbook->findData(QStringLiteral("data-leak")));
    dialog.findChild<QSpinBox*>(QStringLiteral("severity"))->setValue(1);
    dialog.findChild<QCheckBox*>(QStringLiteral("drill"))->setChecked(true);
    auto* detected = dialog.findChild<QDateTimeEdit*>(QStringLiteral("detectedAt"));
    detected->setDateTime(detected->dateTime().addSecs(-3600));

    // No title: the dialog stays open with the core's message and nothing is stored.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("title")));
    CHECK(desk.store().incidents(true).empty());

    dialog.findChild<QLineEdit*>(QStringLiteral("title"))
        ->setText(QStringLiteral("Mailing sent to wrong list"));
    dialog.accept();
    REQUIRE(dialog.createdIncident() != 0);
    const auto incident = desk.store().incident(dialog.createdIncident());
    CHECK(incident.playbookId == "data-leak");
    CHECK(incident.severity == 1);
    CHECK(incident.drill);
    CHECK(incident.detectedAt == t0 - 1h);
    CHECK(incident.title == "Mailing sent to wrong list");

    window.selectIncident(incident.id);
    CHECK(
        window.findChild<QLabel*>(QStringLiteral("incidentTitle"))->text().contains(QStringLiteral("DRILL")));
}

TEST_CASE_METHOD(GuiFixture,
                 "Across the 30-minute and 2-hour boundaries the clocks change colour and the banner shows") {
    const auto id = open("cyber-breach", "Breach");
    MainWindow window(desk);
    window.show();
    window.selectIncident(id);
    auto* clocks = window.findChild<QTableView*>(QStringLiteral("clocks"))->model();
    auto* banner = window.banner();
    CHECK(rowColour(clocks, 0) == labels::clockColor(crisis::ClockState::Pending));
    CHECK_FALSE(banner->isVisible());

    clock.advance(16min); // identify passes 50 %; the 15-minute task is overdue
    desk.refresh();       // what the nextChange timer does when it fires
    CHECK(rowColour(clocks, 0) == labels::clockColor(crisis::ClockState::Warning));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Identify complete")));

    banner->findChild<QPushButton*>(QStringLiteral("dismissAlerts"))->click();
    CHECK_FALSE(banner->isVisible());
    clock.advance(15min); // 31 min: identify overdue, a new alert re-shows the banner
    desk.refresh();
    CHECK(rowColour(clocks, 0) == labels::clockColor(crisis::ClockState::Overdue));
    CHECK(clocks->data(clocks->index(0, ClockTableModel::RemainingColumn)).toString() ==
          QStringLiteral("+00:01:00"));
    CHECK(banner->isVisible());
    const auto log = desk.store().events(id);
    CHECK(std::any_of(log.begin(), log.end(), [](const crisis::Event& e) {
        return e.kind == "alert.raised" && e.payload["what"] == "identify" && e.payload["state"] == "overdue";
    }));

    // Tick identify, advance; at 2 h + 1 ms analyze is overdue.
    auto* checklist = window.findChild<QListView*>(QStringLiteral("checklist"))->model();
    for (int row = 0; row < checklist->rowCount(); ++row)
        checklist->setData(checklist->index(row, 0), Qt::Checked, Qt::CheckStateRole);
    window.findChild<QPushButton*>(QStringLiteral("advance"))->click();
    CHECK(desk.store().incident(id).phase == crisis::Phase::Analyze);
    CHECK(rowColour(clocks, 0) == labels::clockColor(crisis::ClockState::MetLate));
    const int analyzeRow = 2;
    CHECK(clocks->data(clocks->index(analyzeRow, 0), ClockTableModel::IdRole).toString() ==
          QStringLiteral("analyze"));
    clock.set(t0 + 2h);
    desk.refresh();
    CHECK(rowColour(clocks, analyzeRow) == labels::clockColor(crisis::ClockState::Warning));
    clock.set(t0 + 2h + 1ms);
    desk.refresh();
    CHECK(rowColour(clocks, analyzeRow) == labels::clockColor(crisis::ClockState::Overdue));
}

TEST_CASE_METHOD(GuiFixture, "A closed incident's clocks stop at the close") {
    const auto id = open("cyber-breach", "False alarm");
    clock.advance(5min);
    desk.run([&] { desk.service().close(id, "false alarm"); });
    clock.advance(24h); // every clock would be overdue by now
    MainWindow window(desk);
    window.show();
    window.selectIncident(id);
    desk.refresh();
    auto* clocks = window.findChild<QTableView*>(QStringLiteral("clocks"))->model();
    CHECK(clocks->data(clocks->index(0, 0), ClockTableModel::IdRole).toString() ==
          QStringLiteral("identify"));
    // Identify was abandoned at 5 minutes: not met, not overdue, and no countdown.
    CHECK(rowColour(clocks, 0) == labels::clockColor(crisis::ClockState::Pending));
    for (int row = 0; row < clocks->rowCount(); ++row)
        CHECK(clocks->data(clocks->index(row, ClockTableModel::RemainingColumn)).toString().isEmpty());
}

TEST_CASE_METHOD(GuiFixture, "After a restart, alerts that are due show at once") {
    std::filesystem::path path = dir.file("gui.db");
    open("financial", "Rumour");
    clock.advance(45min);
    Desk restarted(path, clock, QStringLiteral("Lin"));
    MainWindow window(restarted);
    window.show();
    CHECK(window.banner()->isVisible());
    CHECK(window.banner()->text().contains(QStringLiteral("#1")));
}

TEST_CASE_METHOD(GuiFixture, "The timeline fetches pages on demand and filters") {
    const auto id = open("cyber-breach", "Breach");
    for (int i = 0; i < 700; ++i) {
        clock.advance(1s);
        desk.service().check(id, "scope");
        desk.service().uncheck(id, "scope");
    }
    desk.refresh();
    TimelineModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    crisis::EventQuery query;
    query.incident = id;
    model.setQuery(query);
    CHECK(model.rowCount() == 1401);
    // The model tester reads a few rows; reading the last row costs exactly one more page.
    const int before = model.pagesFetched();
    CHECK(before <= 2);
    const auto last = model.index(model.rowCount() - 1, TimelineModel::KindColumn);
    CHECK(model.data(last, Qt::DisplayRole).toString() == QStringLiteral("checklist.unchecked"));
    CHECK(model.pagesFetched() == before + 1);
    CHECK(model.data(model.index(0, TimelineModel::DetailsColumn), Qt::DisplayRole)
              .toString()
              .contains(QStringLiteral("Breach")));
    CHECK(model.pagesFetched() <= before + 2);
    CHECK(model.cachedPages() <= TimelineModel::maxPages);

    // All incidents, unfiltered: read by key; the last row is the log's last event.
    model.setQuery(crisis::EventQuery{});
    const auto log = desk.store().events();
    REQUIRE(model.rowCount() == static_cast<int>(log.size()));
    CHECK(model.data(model.index(model.rowCount() - 1, 0), TimelineModel::SeqRole).toLongLong() ==
          log.back().seq);
    CHECK(model.data(model.index(300, 0), TimelineModel::SeqRole).toLongLong() == log[300].seq);

    query.kind = "incident.opened";
    model.setQuery(query);
    CHECK(model.rowCount() == 1);
    query.kind.clear();
    query.text = "BREACH";
    model.setQuery(query);
    CHECK(model.rowCount() == 1);
}

TEST_CASE_METHOD(GuiFixture, "The timeline panel's search field filters the view") {
    const auto id = open("cyber-breach", "Breach");
    desk.service().check(id, "scope");
    desk.refresh();
    TimelinePanel panel(desk);
    panel.setIncident(id);
    CHECK(panel.model()->rowCount() == 2);
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("timelineSearch"));
    search->setText(QStringLiteral("scope"));
    QTest::qWait(400); // the search waits 250 ms after the last keystroke
    CHECK(panel.model()->rowCount() == 1);
}

TEST_CASE_METHOD(GuiFixture, "My tasks shows the tasks of who I am and ticks them") {
    open("cyber-breach", "Breach");
    desk.setActor(QStringLiteral("Zhang"));
    MyTasksPage page(desk, false);
    auto* model = page.model();
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->data(model->index(row, TaskTableModel::AssigneeColumn), Qt::DisplayRole).toString() ==
              QStringLiteral("Zhang"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("myIdentity"))->text().contains(QStringLiteral("IT")));
    const auto taskId = model->data(model->index(0, 0), TaskTableModel::IdRole).toLongLong();
    REQUIRE(model->setData(model->index(0, TaskTableModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    crisis::TaskFilter all;
    all.openIncidentsOnly = false;
    const auto tasks = desk.store().tasks(all);
    const auto done =
        std::find_if(tasks.begin(), tasks.end(), [&](const crisis::Task& t) { return t.id == taskId; });
    REQUIRE(done != tasks.end());
    CHECK(done->doneAt.has_value());
    CHECK(done->doneBy == "Zhang");

    // Overdue first: move past every due time and the first row is overdue.
    clock.advance(std::chrono::hours(100));
    desk.refresh();
    CHECK(model->data(model->index(0, 0), TaskTableModel::StateRole).toInt() ==
          static_cast<int>(crisis::TaskState::Overdue));
}

TEST_CASE_METHOD(GuiFixture, "Team members are added and validated through the dialog") {
    TeamModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 2);
    MemberDialog duplicate(desk, std::nullopt);
    duplicate.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Lin"));
    duplicate.accept();
    CHECK(duplicate.findChild<QLabel*>(QStringLiteral("error"))
              ->text()
              .contains(QStringLiteral("already exists")));
    CHECK(model.rowCount() == 2);

    MemberDialog add(desk, std::nullopt);
    add.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Sarah Okafor"));
    auto* role = add.findChild<QComboBox*>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(QStringLiteral("legal")));
    add.findChild<QLineEdit*>(QStringLiteral("contact"))->setText(QStringLiteral("sarah@example.com"));
    add.accept();
    CHECK(add.result() == QDialog::Accepted);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(2, TeamModel::RoleColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("Legal"));

    MemberDialog edit(desk, *model.member(2));
    edit.findChild<QLineEdit*>(QStringLiteral("contact"))->setText(QStringLiteral("+44 20 0000"));
    edit.accept();
    CHECK(model.data(model.index(2, TeamModel::ContactColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("+44 20 0000"));
}

TEST_CASE("The language switches at run time and the window keeps its incident") {
    crisis::test::TempDir dir;
    QSettings settings(QString::fromStdString(dir.file("settings.ini").string()), QSettings::IniFormat);
    Preferences preferences(&settings);
    crisis::ManualClock clock(crisis::test::at("2026-03-02T08:00:00Z"));
    Console console(clock, preferences, QStringLiteral("en"));
    REQUIRE_FALSE(console.open(dir.file("desk.db")).has_value()); // new file: demo data
    REQUIRE(console.window());
    const auto incident = console.window()->currentIncident();
    CHECK(incident != 0);
    CHECK(console.window()->findChild<QPushButton*>(QStringLiteral("advance"))->text() ==
          QStringLiteral("Advance phase"));
    console.setLanguage(QStringLiteral("zh"));
    CHECK(console.window()->findChild<QPushButton*>(QStringLiteral("advance"))->text() ==
          QStringLiteral("推进阶段"));
    CHECK(console.window()->currentIncident() == incident);
    CHECK(preferences.language() == QStringLiteral("zh"));
    console.setLanguage(QStringLiteral("en"));
    CHECK(console.window()->findChild<QPushButton*>(QStringLiteral("advance"))->text() ==
          QStringLiteral("Advance phase"));

    // A database that cannot be opened leaves the current one in place with a clear message.
    std::ofstream(dir.file("garbage.db"), std::ios::binary) << std::string(4096, 'x');
    const auto error = console.open(dir.file("garbage.db"));
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("not a CrisisDesk database")));
    CHECK(console.window()->currentIncident() == incident);
}

TEST_CASE_METHOD(GuiFixture, "Keyboard: next and previous incident, search focus") {
    open("cyber-breach", "A");
    open("financial", "B");
    MainWindow window(desk);
    window.show();
    const auto first = window.currentIncident();
    window.actions().nextIncident->trigger();
    CHECK(window.currentIncident() != first);
    window.actions().previousIncident->trigger();
    CHECK(window.currentIncident() == first);
    CHECK(window.actions().newIncident->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(window.actions().search->shortcut() == QKeySequence(QKeySequence::Find));
}
