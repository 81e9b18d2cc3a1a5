// The trainer console, the start-drill dialog and the players' board during a drill, driven
// through their widgets on the offscreen platform.

#include "actions.hpp"
#include "drill/drill_notes_model.hpp"
#include "drill/drill_score_models.hpp"
#include "drill/inject_queue_model.hpp"
#include "drill/scenario_list_model.hpp"
#include "drill/start_drill_dialog.hpp"
#include "drill/trainer_console.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "models/clock_table_model.hpp"
#include "models/timeline_model.hpp"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <catch2/catch.hpp>

#include <fstream>

using namespace std::chrono_literals;
using crisis::InjectStatus;

namespace {

struct DrillFixture : GuiFixture {
    DrillFixture() { desk.store().addMember({0, "Emma", "comms", ""}); }

    std::int64_t startDrill(const std::string& scenario = "breach-extortion", double speed = 60) {
        crisis::DrillStartRequest r;
        r.scenario = scenario;
        r.speed = speed;
        std::int64_t id = 0;
        const auto error = desk.run([&] { id = desk.drills().start(r); });
        REQUIRE_FALSE(error.has_value());
        return id;
    }

    static QString cell(const QAbstractItemModel& model, int row, int column) {
        return model.data(model.index(row, column), Qt::DisplayRole).toString();
    }

    static int rowOf(const InjectQueueModel& queue, const char* inject) {
        const int row = queue.rowOf(QString::fromLatin1(inject));
        REQUIRE(row >= 0);
        return row;
    }

    static InjectStatus statusOf(const InjectQueueModel& queue, const char* inject) {
        return static_cast<InjectStatus>(
            queue.data(queue.index(rowOf(queue, inject), 0), InjectQueueModel::StatusRole).toInt());
    }

    static int resultRow(const ExpectedResultsModel& results, const char* inject) {
        for (int r = 0; r < results.rowCount(); ++r)
            if (cell(results, r, ExpectedResultsModel::InjectColumn) == QLatin1String(inject))
                return r;
        FAIL("no result row for " << inject);
        return -1;
    }
};

} // namespace

TEST_CASE_METHOD(DrillFixture, "Drill models pass Qt's model checks and show the drill") {
    const auto id = startDrill();
    clock.advance(30s); // T+30m
    desk.refresh();
    desk.run([&] { desk.drills().note(id, "comms", "Calm on the phone", crisis::NoteKind::Strength); });
    desk.run([&] { desk.drills().hotWash(id, "Need a ransom template", crisis::NoteKind::Improvement); });
    desk.run([&] { desk.drills().rate(id, "detect-scope", crisis::Rating::S, "slow start"); });
    const auto status = desk.drills().status(id);
    const auto& playbook = desk.service().playbookOf(status.incident);
    const std::optional<crisis::DrillStatus> some = status;
    const std::optional<crisis::DrillStatus> none;

    InjectQueueModel queue;
    QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setStatus(some, &playbook, crisis::Language::En);
    CHECK(queue.rowCount() == 18);
    CHECK(statusOf(queue, "soc-alert") == InjectStatus::Fired);
    CHECK(statusOf(queue, "customer-tweet") == InjectStatus::Pending);
    CHECK(queue.nextInject() == QStringLiteral("customer-tweet"));
    CHECK(queue.data(queue.index(rowOf(queue, "customer-tweet"), 0), InjectQueueModel::NextRole).toBool());
    CHECK(cell(queue, rowOf(queue, "customer-tweet"), InjectQueueModel::WhenColumn) ==
          QStringLiteral("T+00:40:00"));
    queue.setStatus(none, nullptr, crisis::Language::En);
    CHECK(queue.rowCount() == 0);

    ExpectedResultsModel results;
    QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::Fatal);
    results.setStatus(some, &playbook, crisis::Language::En);
    CHECK(results.rowCount() == 18);
    CHECK(cell(results, resultRow(results, "soc-alert"), ExpectedResultsModel::ExpectedColumn)
              .startsWith("Complete"));

    ScoreClocksModel clocks;
    QAbstractItemModelTester clocksTester(&clocks, QAbstractItemModelTester::FailureReportingMode::Fatal);
    clocks.setStatus(some, crisis::Language::En);
    REQUIRE(clocks.rowCount() >= 3);
    CHECK(cell(clocks, 0, ScoreClocksModel::StateColumn) == QStringLiteral("warning"));

    ObjectivesModel objectives;
    QAbstractItemModelTester objectivesTester(&objectives,
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    objectives.setStatus(some, crisis::Language::En);
    CHECK(objectives.rowCount() == 6);
    CHECK(
        cell(objectives, 0, ObjectivesModel::RatingsColumn).contains(QStringLiteral("S (Lin): slow start")));

    DrillNotesModel notes(false);
    QAbstractItemModelTester notesTester(&notes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    notes.setStatus(some);
    REQUIRE(notes.rowCount() == 1);
    CHECK(cell(notes, 0, DrillNotesModel::TextColumn) == QStringLiteral("Calm on the phone"));
    CHECK(cell(notes, 0, DrillNotesModel::TimeColumn) == QStringLiteral("T+00:30:00"));
    DrillNotesModel hot(true);
    QAbstractItemModelTester hotTester(&hot, QAbstractItemModelTester::FailureReportingMode::Fatal);
    hot.setStatus(some);
    CHECK(hot.rowCount() == 1);

    ScenarioListModel scenarios;
    QAbstractItemModelTester scenariosTester(&scenarios,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    scenarios.setScenarios(desk.drills().scenarios(), crisis::Language::Zh);
    CHECK(scenarios.rowCount() == 5);
    CHECK(cell(scenarios, 0, ScenarioListModel::TitleColumn) == QStringLiteral("客户数据泄露与勒索威胁"));
}

TEST_CASE_METHOD(DrillFixture, "Start drill lists the scenarios and starts the chosen one") {
    StartDrillDialog dialog(desk);
    REQUIRE(dialog.scenarios()->rowCount() == 5);
    int typhoon = -1;
    for (int r = 0; r < 5; ++r)
        if (dialog.scenarios()->index(r, 0).data(ScenarioListModel::IdRole).toString() == "typhoon-warehouse")
            typhoon = r;
    REQUIRE(typhoon >= 0);
    dialog.scenarioView()->setCurrentIndex(dialog.scenarios()->index(typhoon, 0));
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("description"))->text().isEmpty());
    dialog.findChild<QSpinBox*>(QStringLiteral("speed"))->setValue(30);
    dialog.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Friday drill"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto incident = desk.store().incident(dialog.createdIncident());
    CHECK(incident.drill);
    CHECK(incident.title == "Friday drill");
    REQUIRE(incident.drillClock);
    CHECK(incident.drillClock->speed == 30);
}

TEST_CASE_METHOD(DrillFixture,
                 "Importing a bad scenario in the dialog lists its problems and stores nothing") {
    StartDrillDialog dialog(desk);
    const auto bad = dir.file("bad.json");
    std::ofstream(bad) << R"({"format": "crisisdesk.scenario/1", "id": "Bad Id", "version": 0})";
    const auto error = dialog.importScenario(QString::fromStdString(bad.string()));
    REQUIRE(error);
    CHECK(error->contains(QStringLiteral("/id")));
    CHECK(error->contains(QStringLiteral("/version")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("error"))->isVisibleTo(&dialog));
    CHECK(desk.store().scenarios().empty());
    CHECK(dialog.scenarios()->rowCount() == 5);
}

TEST_CASE_METHOD(DrillFixture, "The trainer console fires and skips injects and the score table follows") {
    const auto id = startDrill();
    TrainerConsole console(desk);
    console.setIncident(id);
    console.show();
    const auto& queue = *console.queue();
    REQUIRE(queue.rowCount() == 18);
    CHECK(console.clockLabel()->text() == QStringLiteral("T+00:00:00"));

    // Fire an inject that is hours away, through the button.
    console.selectInject(QStringLiteral("news-article"));
    REQUIRE(console.actions().fire->isEnabled());
    console.findChild<QPushButton*>(QStringLiteral("fireInject"))->click();
    CHECK(statusOf(queue, "news-article") == InjectStatus::Fired);
    CHECK(cell(queue, rowOf(queue, "news-article"), InjectQueueModel::StatusColumn).contains("by trainer"));
    // The players see it in their timeline, with its text.
    bool delivered = false;
    for (const auto& e : desk.store().events(id))
        if (e.kind == crisis::event_kind::drillInjectDelivered && e.payload["inject"] == "news-article")
            delivered = TimelineModel::summary(e, crisis::Language::En).contains("did not respond");
    CHECK(delivered);
    // A fired inject can be neither fired again nor skipped: the actions are off.
    CHECK_FALSE(console.actions().fire->isEnabled());
    CHECK(console.fireSelected().has_value());
    CHECK(console.errorLabel()->isVisibleTo(&console));

    console.selectInject(QStringLiteral("root-cause"));
    console.actions().skip->trigger();
    CHECK(statusOf(queue, "root-cause") == InjectStatus::Skipped);
    CHECK_FALSE(console.errorLabel()->isVisibleTo(&console));

    // The players tick "scope" at T+15m (15 real seconds at 60x): the score table shows it on time.
    clock.advance(15s);
    desk.refresh();
    desk.run([&] { desk.service().check(id, "scope"); });
    const auto& results = *console.results();
    const int row = resultRow(results, "extortion-email");
    CHECK(
        results
            .data(results.index(row, ExpectedResultsModel::OutcomeColumn), ExpectedResultsModel::OutcomeRole)
            .toInt() == static_cast<int>(crisis::Outcome::OnTime));
    CHECK(cell(results, row, ExpectedResultsModel::AnsweredColumn) == QStringLiteral("T+00:15:00"));
    CHECK(cell(results, row, ExpectedResultsModel::TakenColumn) == QStringLiteral("00:05"));
    CHECK(console.totalsLabel()->text().contains(QStringLiteral("1 on time")));
}

TEST_CASE_METHOD(DrillFixture, "Pause freezes the trainer console's clock and speed follows the spin box") {
    const auto id = startDrill();
    TrainerConsole console(desk);
    console.setIncident(id);
    clock.advance(10s); // T+10m
    desk.refresh();
    console.actions().pauseResume->trigger();
    CHECK(desk.store().incident(id).drillClock->paused);
    CHECK(console.actions().pauseResume->text() == QStringLiteral("&Resume"));
    clock.advance(5min);
    console.reload(); // what the display's next tick shows
    CHECK(console.clockLabel()->text() == QStringLiteral("T+00:10:00"));
    CHECK_FALSE(desk.drills().nextWakeUp()); // nothing for the timer to wait for
    console.actions().pauseResume->trigger();
    CHECK_FALSE(desk.store().incident(id).drillClock->paused);

    console.speedBox()->setValue(120);
    CHECK(desk.store().incident(id).drillClock->speed == 120);
    console.actions().slower->trigger();
    CHECK(desk.store().incident(id).drillClock->speed == 60);
    console.actions().faster->trigger();
    console.actions().faster->trigger(); // stays at the top step
    CHECK(desk.store().incident(id).drillClock->speed == 120);
    CHECK(console.speedBox()->value() == 120);

    // Jump to the next inject: the extortion e-mail was due at T+10m, so the sample at T+25m.
    console.actions().next->trigger();
    CHECK(statusOf(*console.queue(), "sample-verified") == InjectStatus::Fired);
    CHECK(console.clockLabel()->text() == QStringLiteral("T+00:25:00"));
}

TEST_CASE_METHOD(DrillFixture, "The desk's one timer waits for the drill's next inject and delivers it") {
    const auto id = startDrill();
    // At 60x the extortion e-mail (T+10m) is 10 real seconds away.
    REQUIRE(desk.scheduledChange().has_value());
    CHECK(*desk.scheduledChange() == t0 + 10s);
    clock.advance(10s);
    desk.refresh();
    const auto status = desk.drills().status(id);
    CHECK(status.snapshot.inject("extortion-email")->status == InjectStatus::Fired);
    CHECK(status.record.isDelivered("extortion-email"));
    // The inject reaches the players' inbox too.
    const auto inbox = desk.store().inbox(desk.reputation().inboxQuery(id));
    CHECK(std::any_of(inbox.begin(), inbox.end(), [](const crisis::InboxItem& i) {
        return i.mention.externalId == "drill:extortion-email";
    }));
}

TEST_CASE_METHOD(DrillFixture, "A desk command after an inject fell due logs after its delivery") {
    const auto id = startDrill();
    // T+35m: the e-mail (T+10m) is due but the state timer has not fired yet.
    clock.advance(35s);
    REQUIRE_FALSE(desk.drills().status(id).record.isDelivered("extortion-email"));
    REQUIRE_FALSE(desk.run([&] { desk.service().check(id, "scope"); }).has_value());
    const auto log = desk.store().events(id);
    const auto delivered = std::find_if(log.begin(), log.end(), [](const crisis::Event& e) {
        return e.kind == crisis::event_kind::drillInjectDelivered &&
               e.payload.value("inject", "") == "extortion-email";
    });
    const auto checked = std::find_if(log.begin(), log.end(), [](const crisis::Event& e) {
        return e.kind == crisis::event_kind::itemChecked;
    });
    REQUIRE(delivered != log.end());
    REQUIRE(checked != log.end());
    CHECK(delivered < checked);
    CHECK(delivered->at == t0 + 10min);
    CHECK(checked->at == t0 + 35min);
    CHECK(std::is_sorted(log.begin(), log.end(),
                         [](const crisis::Event& a, const crisis::Event& b) { return a.at < b.at; }));
}

TEST_CASE_METHOD(DrillFixture, "The players' board shows the drill on drill time") {
    const auto id = startDrill();
    MainWindow window(desk);
    window.selectIncident(id);
    clock.advance(31s); // drill T+31m: identify (30 min) overdue
    desk.refresh();
    auto* drillLabel = window.findChild<QLabel*>(QStringLiteral("statusDrillTime"));
    REQUIRE(drillLabel);
    CHECK(drillLabel->isVisibleTo(&window));
    CHECK(drillLabel->text().contains(QStringLiteral("T+00:31:00")));
    auto* clocks = window.findChild<QTableView*>(QStringLiteral("clocks"));
    REQUIRE(clocks);
    const auto* model = clocks->model();
    CHECK(model->data(model->index(0, ClockTableModel::StateColumn)).toString() == QStringLiteral("overdue"));
    CHECK(model->data(model->index(0, ClockTableModel::RemainingColumn)).toString() ==
          QStringLiteral("+00:01:00"));

    // The Drill menu opens the trainer console on the selected drill.
    window.actions().trainerConsole->trigger();
    REQUIRE(window.trainerConsole());
    CHECK(window.trainerConsole()->incident() == id);
    CHECK(window.trainerConsole()->isVisible());
    window.trainerConsole()->close();
}

TEST_CASE_METHOD(DrillFixture, "Observations and ratings and hot wash go through the console's forms") {
    const auto id = startDrill();
    TrainerConsole console(desk);
    console.setIncident(id);
    auto* participant = console.participantBox();
    const int comms = participant->findData(QStringLiteral("comms"));
    REQUIRE(comms >= 0);
    participant->setCurrentIndex(comms);
    console.observationKindBox()->setCurrentIndex(1); // strength
    console.observationEdit()->setText(QStringLiteral("Holding line ready in 5 minutes"));
    console.findChild<QPushButton*>(QStringLiteral("addObservation"))->click();
    REQUIRE(console.observations()->rowCount() == 1);
    CHECK(cell(*console.observations(), 0, DrillNotesModel::KindColumn) == QStringLiteral("strength"));
    CHECK(console.observationEdit()->text().isEmpty());
    // An empty note is refused inline, and what was typed stays.
    console.observationEdit()->setText(QStringLiteral("   "));
    CHECK(console.addObservation().has_value());
    CHECK(console.errorLabel()->isVisibleTo(&console));
    CHECK(console.observations()->rowCount() == 1);

    console.objectiveBox()->setCurrentIndex(0);
    console.ratingBox()->setCurrentIndex(2); // M
    console.commentEdit()->setText(QStringLiteral("Scope took too long"));
    console.findChild<QPushButton*>(QStringLiteral("rate"))->click();
    CHECK(cell(*console.objectives(), 0, ObjectivesModel::RatingsColumn).contains(QStringLiteral("M (Lin)")));

    console.hotWashEdit()->setText(QStringLiteral("<script>alert(1)</script>"));
    console.hotWashKindBox()->setCurrentIndex(2);
    console.findChild<QPushButton*>(QStringLiteral("addHotWash"))->click();
    CHECK(console.hotWash()->rowCount() == 1);

    // The report, escaped, in HTML and as a PDF.
    const auto html = dir.file("aar.html");
    REQUIRE_FALSE(console.exportReport(QString::fromStdString(html.string())).has_value());
    std::ifstream in(html);
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    CHECK(text.find("&lt;script&gt;") != std::string::npos);
    CHECK(text.find("<script>") == std::string::npos);
    const auto pdf = dir.file("aar.pdf");
    REQUIRE_FALSE(console.exportReport(QString::fromStdString(pdf.string())).has_value());
    CHECK(std::filesystem::file_size(pdf) > 1000);

    // Ending the drill: everything that would change it is off, the report still works.
    REQUIRE_FALSE(console.endDrill().has_value());
    CHECK_FALSE(console.actions().pauseResume->isEnabled());
    CHECK_FALSE(console.actions().next->isEnabled());
    CHECK(console.actions().report->isEnabled());
    CHECK_FALSE(desk.store().incident(id).isOpen());
}
