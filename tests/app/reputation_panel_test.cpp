// The reputation tab driven as a user would: imports (column mapping, bad rows, watched folder),
// the inbox and its actions, spike banners, charts.

#include "alert_banner.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "models/timeline_model.hpp"
#include "reputation/chart_data.hpp"
#include "reputation/column_mapping_dialog.hpp"
#include "reputation/folder_watch.hpp"
#include "reputation/inbox_model.hpp"
#include "reputation/reply_dialog.hpp"
#include "reputation/reputation_charts.hpp"
#include "reputation/reputation_panel.hpp"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

#include <crisis/template_kit.hpp>

#include <catch2/catch.hpp>

#include <fstream>

namespace {

std::string line(const char* when, const char* channel, const char* author, const char* text,
                 int reach = 10) {
    return std::string(when) + "," + channel + "," + author + ",\"" + text + "\"," + std::to_string(reach) +
           "\n";
}

void write(const std::filesystem::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

void selectRow(QTableView* view, int row) {
    view->selectionModel()->clearSelection();
    view->selectRow(row);
}

} // namespace

TEST_CASE("Reputation tab: import with a column mapping, inbox filters and actions") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    ReputationPanel panel(f.desk);
    panel.setIncident(id);
    panel.show(); // it refreshes its figures only while visible
    QAbstractItemModelTester tester(panel.inbox(), QAbstractItemModelTester::FailureReportingMode::Warning);

    const auto file = f.dir.file("export.csv");
    write(file, "Date,Platform,User,Content,Followers\n"
                "2026-03-02T07:50:00Z,weibo,@a,\"这个充电器爆炸了,太危险\",20\n"
                "2026-03-02T07:55:00Z,x,@b,\"Total scam, I want a refund\",50000\n"
                "2026-03-02T07:56:00Z,x,@c,\"Nice weather\",5\n");
    std::vector<std::string> offered;
    panel.importer().askColumns = [&](const std::vector<std::string>& header) {
        offered = header;
        ColumnMappingDialog dialog(header);
        return std::optional(dialog.columns()); // the dialog's own guesses
    };
    const auto report = panel.importFile(QString::fromStdString(file.string()));
    CHECK(offered == std::vector<std::string>{"Date", "Platform", "User", "Content", "Followers"});
    REQUIRE(report.stored);
    CHECK(report.added == 3);
    CHECK(panel.statusLabel()->text().contains(QStringLiteral("3")));
    CHECK(panel.metricsLabel()->text().contains(QStringLiteral("3")));

    // Attention: the two negative posts (one also high reach); all three without the filter.
    CHECK(panel.inbox()->rowCount() == 2);
    panel.attentionOnly()->setChecked(false);
    CHECK(panel.inbox()->rowCount() == 3);
    panel.channelFilter()->setCurrentIndex(panel.channelFilter()->findData(QStringLiteral("weibo")));
    REQUIRE(panel.inbox()->rowCount() == 1);
    CHECK(panel.inbox()->data(panel.inbox()->index(0, InboxModel::ChannelColumn), Qt::DisplayRole) ==
          "weibo");
    panel.channelFilter()->setCurrentIndex(0);
    panel.attentionOnly()->setChecked(true);

    // Assign and reply to the newest (sorted by time, descending): the refund post.
    selectRow(panel.inboxView(), 0);
    panel.assignee()->setCurrentText(QStringLiteral("Zhang"));
    CHECK_FALSE(panel.assignSelected().has_value());
    selectRow(panel.inboxView(), 0);
    CHECK(panel.inboxView()->model()->index(0, InboxModel::AssigneeColumn).data().toString() == "Zhang");
    f.clock.advance(std::chrono::minutes(20)); // 08:20, 25 min after the 07:55 post
    CHECK_FALSE(panel.replySelected(QStringLiteral("We are checking every order; next update at 12:00."), {})
                    .has_value());
    const auto row = panel.inboxView()->model()->index(0, InboxModel::StateColumn);
    CHECK(row.data().toString() == QStringLiteral("replied"));
    CHECK(panel.inboxView()->model()->index(0, InboxModel::ResponseColumn).data().toString() == "00:25");

    panel.stateFilter()->setCurrentIndex(
        panel.stateFilter()->findData(static_cast<int>(crisis::InboxState::Open)));
    REQUIRE(panel.inbox()->rowCount() == 1);
    selectRow(panel.inboxView(), 0);
    CHECK_FALSE(panel.resolveSelected(crisis::InboxState::NoAction).has_value());
    CHECK(panel.inbox()->rowCount() == 0);
    panel.inboxView()->clearSelection();
    CHECK(panel.assignSelected().has_value()); // nothing selected: a clear error
}

TEST_CASE("Reputation tab: bad rows store nothing unless the user keeps the good ones") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    ReputationPanel panel(f.desk);
    panel.setIncident(id);
    const auto file = f.dir.file("bad.csv");
    write(file, "time,channel,author,text,reach\n" + line("2026-03-02T07:50:00Z", "x", "@a", "scam") +
                    line("yesterday", "x", "@b", "fraud") + line("2026-03-02T07:51:00Z", "x", "@c", "awful"));
    QStringList asked;
    panel.importer().askKeepGoodRows = [&](const QStringList& problems, int good) {
        asked = problems;
        CHECK(good == 2);
        return false;
    };
    auto r = panel.importFile(QString::fromStdString(file.string()));
    CHECK_FALSE(r.stored);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].startsWith(QStringLiteral("line 3")));
    CHECK(f.desk.store().mentions(id).empty());
    CHECK(panel.statusLabel()->text().contains(QStringLiteral("line 3")));

    panel.importer().askKeepGoodRows = [](const QStringList&, int) { return true; };
    r = panel.importFile(QString::fromStdString(file.string()));
    CHECK(r.stored);
    CHECK(f.desk.store().mentions(id).size() == 2);

    r = panel.importFile(QString::fromStdString(f.dir.file("notes.txt").string()));
    CHECK_FALSE(r.stored);
    CHECK(r.error.contains(QStringLiteral("notes.txt")));
}

TEST_CASE("Reputation tab: a watched folder imports new files once, and refuses bad ones whole") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    ReputationPanel panel(f.desk);
    panel.setIncident(id);
    const auto folder = f.dir.file("drop");
    std::filesystem::create_directories(folder);
    QStringList saved;
    panel.folderWatch().save = [&](const QVariantMap& folders, const QStringList& done) {
        CHECK(folders.value(QString::number(id)).toString() == QString::fromStdString(folder.string()));
        saved = done;
    };
    panel.folderWatch().setFolder(id, QString::fromStdString(folder.string()));
    write(folder / "a.jsonl", R"({"time": "2026-03-02T07:50:00Z", "channel": "x", "text": "scam"})"
                              "\n"
                              R"({"time": "2026-03-02T07:51:00Z", "channel": "x", "text": "fraud"})"
                              "\n");
    write(folder / "b.csv", "time,channel,text\nnever,x,scam\n");
    std::vector<std::pair<QString, bool>> seen;
    QObject::connect(
        &panel.folderWatch(), &FolderWatch::fileImported,
        [&](std::int64_t, const QString& file, const ImportReport& r) { seen.emplace_back(file, r.stored); });
    panel.folderWatch().scan(true); // first look: sizes recorded, nothing imported yet
    CHECK(seen.empty());
    panel.folderWatch().scan(true); // unchanged since: imported
    REQUIRE(seen.size() == 2);
    CHECK(seen[0] == std::make_pair(QStringLiteral("a.jsonl"), true));
    CHECK(seen[1] == std::make_pair(QStringLiteral("b.csv"), false));
    CHECK(f.desk.store().mentions(id).size() == 2);
    CHECK(saved.size() == 2);
    panel.folderWatch().scan(false);
    CHECK(seen.size() == 2); // done files are not read again
}

TEST_CASE("Console: a message spike shows in the banner and the timeline - charts show it") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    MainWindow window(f.desk, true, true);
    window.selectIncident(id);
    std::string csv = "time,channel,author,text,reach\n";
    for (int m = 0; m < 12 * 60; m += 10) { // quiet baseline on 2026-03-01 12:00 .. 24:00
        char when[32];
        std::snprintf(when, sizeof when, "2026-03-01T%02d:%02d:00Z", 12 + m / 60, m % 60);
        csv += line(when, "weibo", "@q", ("ok " + std::to_string(m)).c_str());
    }
    for (int i = 0; i < 25; ++i) {
        char when[32];
        std::snprintf(when, sizeof when, "2026-03-02T07:5%d:%02dZ", i / 10, i);
        csv += line(when, "x", ("@angry" + std::to_string(i)).c_str(), "scam! dangerous charger, refund now");
    }
    write(f.dir.file("spike.csv"), csv);
    const auto r = window.reputation()->importFile(QString::fromStdString(f.dir.file("spike.csv").string()),
                                                   MentionImporter::Mode::Unattended);
    REQUIRE(r.stored);
    CHECK(r.alerts >= 1);
    CHECK(window.banner()->isVisibleTo(&window));
    CHECK(window.banner()->text().contains(QStringLiteral("spike")));
    CHECK(window.banner()->text().contains(QStringLiteral("Negative")));

    crisis::EventQuery q;
    q.incident = id;
    q.kind = "spike.detected";
    const auto spikes = f.desk.store().eventPage(q, 0, 10);
    REQUIRE_FALSE(spikes.empty());
    CHECK(TimelineModel::summary(spikes.front(), crisis::Language::En)
              .contains(QStringLiteral("Message spike")));

    // The chart: one point per 10-minute bucket, the spike marked, the band drawn.
    const auto chart = f.desk.reputation().chart(id);
    const auto data = volumeChartData(chart, 2.0, spikes);
    CHECK(data.volume.size() == chart.size());
    CHECK(data.spikes.size() == 1);
    CHECK(data.spikes[0].y() >= 10);
    const auto* charts = window.reputation()->charts();
    QStringList names;
    for (const auto* s : charts->volumeChart()->series())
        names << s->name();
    CHECK(names.contains(QStringLiteral("Volume")));
    CHECK(names.contains(QStringLiteral("Spike")));
    CHECK(names.contains(QStringLiteral("Baseline band")));
    CHECK(charts->channelChart()->series().size() == 1);
}

TEST_CASE("Chart data: phase changes and statements become markers - negative share per channel") {
    crisis::Event advanced;
    advanced.kind = "phase.advanced";
    advanced.at = crisis::test::at("2026-03-02T09:00:00Z");
    advanced.payload = {{"from", "identify"}, {"to", "analyze"}};
    crisis::Event statement;
    statement.kind = "statement.published";
    statement.at = crisis::test::at("2026-03-02T10:00:00Z");
    statement.payload = {{"channel", "social-post"}};
    const auto data = volumeChartData({}, 2.0, {advanced, statement});
    REQUIRE(data.markers.size() == 2);
    CHECK_FALSE(data.markers[0].statement);
    CHECK(data.markers[1].statement);
    CHECK(data.markers[1].label.contains(QStringLiteral("social-post")));

    const auto shares = channelShares({{"weibo", {10, 5, 0}}, {"x", {40, 4, 0}}, {"wechat", {0, 0, 0}}});
    REQUIRE(shares.size() == 3);
    CHECK(shares[0].channel == "x");
    CHECK(shares[0].negativeShare == Approx(0.1));
    CHECK(shares[1].negativeShare == Approx(0.5));
    CHECK(shares[2].negativeShare == 0);
}

TEST_CASE("Column mapping dialog: guesses common names and needs time, channel and text") {
    ColumnMappingDialog good({"Date", "Platform", "Message", "Username", "Views"});
    CHECK(good.combo(QStringLiteral("time"))->currentText() == "Date");
    CHECK(good.combo(QStringLiteral("channel"))->currentText() == "Platform");
    CHECK(good.combo(QStringLiteral("text"))->currentText() == "Message");
    CHECK(good.combo(QStringLiteral("reach"))->currentText() == "Views");
    auto* ok = good.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    CHECK(good.columns().text == "Message");

    ColumnMappingDialog missing({"When", "Where", "What"});
    auto* ok2 = missing.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok2->isEnabled());
    missing.combo(QStringLiteral("time"))->setCurrentText(QStringLiteral("When"));
    missing.combo(QStringLiteral("channel"))->setCurrentText(QStringLiteral("Where"));
    CHECK_FALSE(ok2->isEnabled());
    missing.combo(QStringLiteral("text"))->setCurrentText(QStringLiteral("What"));
    CHECK(ok2->isEnabled());
}

TEST_CASE("Reply dialog: a canned reply fills the text - unresolved placeholders block recording") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    crisis::OrganisationProfile profile;
    profile.company = "Acme";
    profile.supportContact = "help@acme.example";
    profile.website = "acme.example";
    crisis::InboxItem item;
    item.mention.author = "@a";
    item.mention.text = "is my charger affected?";
    item.mention.language = "en";
    ReplyDialog dialog(item, f.desk.store().incident(id), "product-quality", profile, crisis::Language::En,
                       crisis::kitInEffect(f.desk.store()));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    REQUIRE(dialog.templates()->count() > 2);
    CHECK(dialog.templates()->itemText(1).endsWith(QStringLiteral("EN"))); // the mention's language first
    dialog.templates()->setCurrentIndex(1);
    CHECK_FALSE(dialog.text().isEmpty());
    CHECK(dialog.templateId().startsWith(QStringLiteral("product-quality.")));
    if (dialog.problem()->text().isEmpty())
        CHECK(ok->isEnabled());
    dialog.editor()->setPlainText(QStringLiteral("Hello {{company}}"));
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(dialog.problem()->text().isEmpty());
    dialog.editor()->setPlainText(QStringLiteral("Hello, we are checking."));
    CHECK(ok->isEnabled());
}
