// The review tab, the dashboard and the replay driven as a user would: answers through the
// dialog, improvement items with a proposal accepted into the playbook, reminders in the
// banner, exports read back, and a playback that ends where the log ends.

#include "alert_banner.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "models/clock_table_model.hpp"
#include "phase_ribbon.hpp"
#include "review/answer_dialog.hpp"
#include "review/dashboard_page.hpp"
#include "review/improvement_dialog.hpp"
#include "review/replay_window.hpp"
#include "review/review_models.hpp"
#include "review/review_panel.hpp"

#include <crisis/phase_machine.hpp>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>

#include <catch2/catch.hpp>

#include <fstream>

using namespace std::chrono_literals;

namespace {

// An incident taken to Review by force (the checklists are not what these tests are about).
std::int64_t inReview(GuiFixture& f) {
    const auto id = f.open("cyber-breach", "Breach <b>bold</b>");
    f.clock.advance(20min);
    for (const auto* item : {"scope", "impact", "cause", "customers-affected"})
        f.desk.run([&] { f.desk.service().check(id, item); });
    f.desk.run([&] { f.desk.service().advance(id); });
    for (int i = 0; i < 3; ++i) {
        f.clock.advance(3h);
        f.desk.run([&] { f.desk.service().forceAdvance(id, "test"); });
    }
    return id;
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

int rowOf(const QAbstractItemModel& model, int column, const QString& text) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (cell(model, r, column) == text)
            return r;
    return -1;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("Review tab: an answer typed in the dialog shows in the table and ticks the checklist") {
    GuiFixture f;
    const auto id = inReview(f);
    ReviewPanel panel(f.desk);
    panel.setIncident(id);
    panel.show();
    QAbstractItemModelTester tester(panel.answers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(panel.answers()->rowCount() == 4); // four questions, none answered
    CHECK(cell(*panel.answers(), 0, AnswersModel::AnswerColumn) == QStringLiteral("not answered yet"));
    CHECK(panel.summary()->text().startsWith(QStringLiteral("0 of 4")));

    AnswerDialog dialog(f.desk, id, QStringLiteral("challenges"), QStringLiteral("comms"));
    CHECK(dialog.question()->currentData().toString() == QStringLiteral("challenges"));
    dialog.text()->setPlainText(QStringLiteral("Legal review took too long"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    const int row =
        rowOf(*panel.answers(), AnswersModel::AnswerColumn, QStringLiteral("Legal review took too long"));
    REQUIRE(row >= 0);
    CHECK(cell(*panel.answers(), row, AnswersModel::TeamColumn) == QStringLiteral("Communications / PR"));
    CHECK(cell(*panel.answers(), row, AnswersModel::AuthorColumn) == QStringLiteral("Lin"));
    CHECK(f.desk.store().incident(id).checked.contains("challenges"));
    CHECK(panel.summary()->text().startsWith(QStringLiteral("1 of 4")));

    // Opening the dialog again for the same team shows the answer to revise.
    AnswerDialog again(f.desk, id, QStringLiteral("challenges"), QStringLiteral("comms"));
    CHECK(again.text()->toPlainText() == QStringLiteral("Legal review took too long"));
    // A free team name works too; a blank answer is refused by the core and keeps the dialog open.
    again.team()->setEditText(QStringLiteral("Warehouse Berlin"));
    again.text()->setPlainText(QStringLiteral("   "));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.error()->isVisibleTo(&again));
    again.text()->setPlainText(QStringLiteral("Night shift had no runbook"));
    again.accept();
    CHECK(rowOf(*panel.answers(), AnswersModel::TeamColumn, QStringLiteral("Warehouse Berlin")) >= 0);
}

TEST_CASE("Review tab: an improvement with a proposal is accepted into a new playbook version") {
    GuiFixture f;
    const auto id = inReview(f);
    ReviewPanel panel(f.desk);
    panel.setIncident(id);
    panel.show();
    QAbstractItemModelTester tester(panel.improvements(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int versionBefore = f.desk.store().playbook("cyber-breach")->version;

    ImprovementDialog dialog(f.desk, id, true);
    dialog.finding()->setText(QStringLiteral("Identify was slow"));
    dialog.action()->setPlainText(QStringLiteral("Shorter identify clock"));
    dialog.owner()->setEditText(QStringLiteral("Lin"));
    dialog.proposalBox()->setChecked(true);
    dialog.kind()->setCurrentIndex(static_cast<int>(ImprovementDialog::Kind::ClockDuration));
    dialog.clock()->setCurrentIndex(dialog.clock()->findData(QStringLiteral("identify")));
    CHECK(dialog.duration()->text() == QStringLiteral("30m")); // the current value to start from
    dialog.duration()->setText(QStringLiteral("20x"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.error()->text().contains(QStringLiteral("20x")));
    CHECK(panel.improvements()->rowCount() == 0); // nothing stored

    dialog.duration()->setText(QStringLiteral("20m"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.addedId() == QStringLiteral("identify-was-slow"));
    REQUIRE(panel.improvements()->rowCount() == 1);
    CHECK(cell(*panel.improvements(), 0, ImprovementModel::ProposalColumn).contains(QStringLiteral("20m")));
    CHECK(cell(*panel.improvements(), 0, ImprovementModel::StatusColumn) == QStringLiteral("open"));

    panel.improvementsView()->selectRow(0);
    REQUIRE_FALSE(panel.acceptSelected()); // Lin holds crisis-manager, the owner
    CHECK(f.desk.store().playbook("cyber-breach")->version == versionBefore + 1);
    CHECK(f.desk.store().playbook("cyber-breach")->playbook.clock("identify")->duration.toString() == "20m");
    CHECK(cell(*panel.improvements(), 0, ImprovementModel::StatusColumn) == QStringLiteral("done"));
    CHECK(cell(*panel.improvements(), 0, ImprovementModel::ProposalColumn)
              .contains(QStringLiteral("accepted as v%1").arg(versionBefore + 1)));
    panel.improvementsView()->selectRow(0);
    CHECK(panel.acceptSelected()); // not twice
}

TEST_CASE("Review tab: an item past due turns red in the plan and stands in the banner") {
    GuiFixture f;
    const auto id = inReview(f);
    f.desk.run([&] { f.desk.service().close(id, "resolved"); }); // the plan is tracked after closing
    f.desk.run([&] {
        f.desk.review().addImprovement(id, {"", "Press release late", "Pre-approve a press release", "Zhang",
                                            f.clock.now() + 48h, std::nullopt});
    });
    MainWindow window(f.desk);
    window.show();
    window.selectIncident(id);
    ReviewPanel* panel = window.review();
    panel->show();
    CHECK(panel->improvements()->index(0, 0).data(ImprovementModel::OverdueRole).toBool() == false);
    CHECK_FALSE(window.banner()->text().contains(QStringLiteral("Pre-approve a press release")));
    // Nothing else runs on a closed incident: the desk's one timer waits for the item to turn overdue.
    CHECK(f.desk.scheduledChange() == f.clock.now() + 48h + 1ms);

    f.clock.advance(49h);
    f.desk.refresh();
    window.checkAlerts();
    CHECK(panel->improvements()->index(0, 0).data(ImprovementModel::OverdueRole).toBool());
    CHECK(cell(*panel->improvements(), 0, ImprovementModel::StatusColumn) == QStringLiteral("overdue"));
    CHECK(window.banner()->text().contains(QStringLiteral("Pre-approve a press release")));

    panel->improvementsView()->selectRow(0);
    REQUIRE_FALSE(panel->completeSelected());
    window.checkAlerts();
    CHECK_FALSE(window.banner()->text().contains(QStringLiteral("Pre-approve a press release")));
    panel->improvementsView()->selectRow(0);
    CHECK(panel->completeSelected()); // already done
}

TEST_CASE("Review tab: notes figures and exports") {
    GuiFixture f;
    const auto id = inReview(f);
    ReviewPanel panel(f.desk);
    panel.setIncident(id);
    panel.show();
    QAbstractItemModelTester tester(panel.figures(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    panel.noteEdit()->setText(QStringLiteral("Board briefed <script>"));
    REQUIRE_FALSE(panel.addNote());
    CHECK(panel.noteEdit()->text().isEmpty());
    REQUIRE(panel.notes()->count() == 1);
    CHECK(panel.notes()->item(0)->text().contains(QStringLiteral("Board briefed <script>")));
    CHECK(panel.addNote()); // an empty note is refused

    CHECK(panel.figures()->value(QStringLiteral("Identify complete")).startsWith(QStringLiteral("00:20")));
    CHECK(panel.figures()->value(QStringLiteral("Forced transitions")) == QStringLiteral("3"));

    const auto html = f.dir.file("aar.html");
    REQUIRE_FALSE(panel.exportTo(ReviewExport::AarHtml, QString::fromStdString(html.string())));
    const auto page = slurp(html);
    CHECK(page.find("Breach &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(page.find("<script>") == std::string::npos);

    const auto pdf = f.dir.file("aar.pdf");
    REQUIRE_FALSE(panel.exportTo(ReviewExport::AarPdf, QString::fromStdString(pdf.string())));
    const auto txt = f.dir.file("aar.txt");
    REQUIRE(std::system(("pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt.string() + "'").c_str()) == 0);
    CHECK(slurp(txt).find("After-action report") != std::string::npos);

    const auto csv = f.dir.file("timeline.csv");
    REQUIRE_FALSE(panel.exportTo(ReviewExport::TimelineCsv, QString::fromStdString(csv.string())));
    CHECK(slurp(csv).starts_with("seq,at,actor,kind"));
    const auto ics = f.dir.file("ics.csv");
    REQUIRE_FALSE(panel.exportTo(ReviewExport::Ics214Csv, QString::fromStdString(ics.string())));
    CHECK(slurp(ics).find("crisis-manager") != std::string::npos);
    CHECK(panel.exportTo(ReviewExport::AarHtml, QStringLiteral("/nonexistent/folder/aar.html")));
}

TEST_CASE("Dashboard page: closed incidents by type with drills apart and the reminders") {
    GuiFixture f;
    const auto id = inReview(f);
    f.desk.run([&] { f.desk.service().close(id, "resolved"); });
    const auto drill = [&] {
        crisis::OpenRequest r;
        r.playbookId = "financial";
        r.title = "Drill";
        r.drill = true;
        std::int64_t d = 0;
        f.desk.run([&] { d = f.desk.service().open(r); });
        return d;
    }();
    f.desk.run([&] { f.desk.service().close(drill, "drill over"); });
    f.desk.run([&] {
        f.desk.review().addImprovement(id, {"", "Slow", "Faster", "Lin", f.clock.now() - 1h, std::nullopt});
    });

    DashboardPage page(f.desk);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(cell(*page.model(), 0, DashboardModel::CountColumn) == QStringLiteral("1"));
    CHECK(rowOf(*page.model(), DashboardModel::GroupColumn, QStringLiteral("Type: cyber-breach")) > 0);
    CHECK(rowOf(*page.model(), DashboardModel::GroupColumn, QStringLiteral("Type: financial")) < 0);
    CHECK(cell(*page.model(), 0, DashboardModel::IdentifyColumn) == QStringLiteral("00:20"));
    CHECK_FALSE(page.trendChart()->series().isEmpty());

    page.population()->setCurrentIndex(1);
    CHECK(rowOf(*page.model(), DashboardModel::GroupColumn, QStringLiteral("Type: financial")) > 0);
    CHECK(rowOf(*page.model(), DashboardModel::GroupColumn, QStringLiteral("Type: cyber-breach")) < 0);

    REQUIRE(page.reminders()->count() == 1);
    CHECK(page.reminders()->item(0)->text().contains(QStringLiteral("Faster")));
    CHECK(page.reminders()->item(0)->data(Qt::UserRole).toLongLong() == id);
}

TEST_CASE("Replay: stepping through the log ends in the state the log describes") {
    GuiFixture f;
    const auto id = inReview(f);
    f.desk.run([&] { f.desk.service().close(id, "resolved"); });
    ReplayWindow replay(f.desk, id, true);
    replay.QWidget::show();
    REQUIRE(replay.moments().size() >= 3);
    CHECK(replay.position() == replay.moments().front());
    CHECK(replay.ribbon()->phase() == crisis::Phase::Identify);
    CHECK(replay.timeline()->count() == 1);

    // Twenty minutes in: identify was just left.
    replay.seek(f.t0 + 20min);
    CHECK(replay.ribbon()->phase() == crisis::Phase::Analyze);
    const int clockRow = [&] {
        for (int r = 0; r < replay.clocks()->rowCount(); ++r)
            if (replay.clocks()->index(r, 0).data(ClockTableModel::IdRole).toString() ==
                QStringLiteral("identify"))
                return r;
        return -1;
    }();
    REQUIRE(clockRow >= 0);
    CHECK(replay.clocks()->index(clockRow, ClockTableModel::StateColumn).data().toString() ==
          QStringLiteral("met"));

    replay.stepBack();
    CHECK(replay.ribbon()->phase() == crisis::Phase::Identify);
    while (replay.position() < replay.moments().back())
        replay.stepForward();
    const auto last = f.desk.store().incident(id);
    CHECK(replay.state() == last);
    CHECK(replay.timeline()->count() == static_cast<int>(f.desk.store().events(id).size()));
    CHECK(replay.timeline()->item(replay.timeline()->count() - 1)->text().contains(QStringLiteral("Closed")));

    // Seeking back rebuilds the timeline to the earlier instant.
    replay.seek(f.t0);
    CHECK(replay.timeline()->count() == 1);
    CHECK(replay.slider()->value() == 0);
}

TEST_CASE("Review tab: the sentiment windows set in Figures change the figures and the report") {
    GuiFixture f;
    const auto t0 = f.clock.now();
    const auto id = inReview(f);
    const auto post = [](crisis::Instant at, const char* text) {
        crisis::Mention m;
        m.at = at;
        m.channel = "weibo";
        m.author = "@a" + std::to_string(at.time_since_epoch().count() % 1000);
        m.text = text;
        m.language = "en";
        return m;
    };
    f.desk.run([&] {
        f.desk.reputation().import(
            id, {post(t0 - 30h, "great shop, thanks"), post(t0 - 2h, "fast delivery, love it")}, "x.csv");
    });
    ReviewPanel panel(f.desk);
    panel.setIncident(id);
    panel.show();
    const auto before = [&] { return panel.figures()->value(QStringLiteral("Sentiment before")); };
    CHECK(before().startsWith(QStringLiteral("1 mentions")));

    auto* box = panel.findChild<QSpinBox*>(QStringLiteral("windowBefore"));
    REQUIRE(box);
    CHECK(box->value() == 24);
    box->setValue(48);
    CHECK(before().startsWith(QStringLiteral("2 mentions")));

    const auto md = f.dir.file("aar.md");
    REQUIRE_FALSE(panel.exportTo(ReviewExport::AarMarkdown, QString::fromStdString(md.string())));
    CHECK(slurp(md).find("2 mentions") != std::string::npos);
}
