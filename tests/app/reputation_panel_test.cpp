// The reputation tab driven as a user would: imports (column mapping, bad rows, watched folder),
// the inbox and its actions, spike banners, charts.

#include "alert_banner.hpp"
#include "console.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "models/timeline_model.hpp"
#include "preferences.hpp"
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
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>

#include <crisis/template_kit.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
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
    QObject::connect(&panel.folderWatch(), &FolderWatch::stateChanged, [&](const QVariantMap& state) {
        CHECK(state.value(QStringLiteral("folders")).toMap().value(QString::number(id)).toString() ==
              QString::fromStdString(folder.string()));
        saved = state.value(QStringLiteral("done")).toStringList();
    });
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

namespace {

// `rows` documented-layout rows, one mention a second from 2026-03-02T07:00:00Z.
std::string manyRows(int rows, const char* text = "still waiting for my refund") {
    std::string csv = "time,channel,author,text\n";
    for (int i = 0; i < rows; ++i) {
        char when[32];
        std::snprintf(when, sizeof when, "2026-03-02T07:%02d:%02dZ", (i / 60) % 60, i % 60);
        csv += std::string(when) + ",x,@u" + std::to_string(i) + "," + text + " #" + std::to_string(i) + "\n";
    }
    return csv;
}

} // namespace

TEST_CASE(
    "Reputation tab: scoring runs off the window with progress, and cancel before the write stores nothing") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    ReputationPanel panel(f.desk);
    panel.setIncident(id);
    const auto file = f.dir.file("big.csv");
    write(file, manyRows(3000));
    auto& importer = panel.importer();
    importer.setProgressDelay(0);
    using Stage = MentionImporter::Stage;
    const auto events = f.desk.store().events(id).size();

    // Cancel at the first scoring update (the dialog says what it does).
    QString label;
    std::vector<Stage> stages;
    importer.onProgress = [&](Stage stage, std::size_t, std::size_t) {
        stages.push_back(stage);
        if (stage == Stage::Scoring && label.isEmpty()) {
            REQUIRE(importer.progressDialog());
            label = importer.progressDialog()->labelText();
            auto* cancel = importer.progressDialog()->findChild<QPushButton*>();
            REQUIRE(cancel);
            cancel->click(); // as the user does
        }
    };
    auto r = panel.importFile(QString::fromStdString(file.string()));
    CHECK(r.cancelled);
    CHECK_FALSE(r.stored);
    CHECK(label == QStringLiteral("Scoring sentiment…"));
    CHECK(std::count(stages.begin(), stages.end(), Stage::Reading) >= 1);
    CHECK(std::count(stages.begin(), stages.end(), Stage::Storing) == 0);
    CHECK(f.desk.store().mentions(id).empty());
    CHECK(f.desk.store().events(id).size() == events);
    CHECK(panel.statusLabel()->text().contains(QStringLiteral("nothing stored")));

    // Cancel once scoring is complete but before the write: still nothing.
    importer.onProgress = [&](Stage stage, std::size_t done, std::size_t total) {
        if (stage == Stage::Scoring && done == total)
            importer.progressDialog()->cancel();
    };
    r = panel.importFile(QString::fromStdString(file.string()));
    CHECK(r.cancelled);
    CHECK(f.desk.store().mentions(id).empty());

    // Uncancelled: progress for every scoring chunk up to the total, then one write.
    std::vector<std::size_t> scored;
    QString storing;
    importer.onProgress = [&](Stage stage, std::size_t done, std::size_t total) {
        if (stage == Stage::Scoring) {
            CHECK(total == 3000);
            scored.push_back(done);
        } else if (stage == Stage::Storing) {
            storing = importer.progressDialog()->labelText();
        }
    };
    r = panel.importFile(QString::fromStdString(file.string()));
    REQUIRE(r.stored);
    CHECK(r.added == 3000);
    CHECK(scored.size() >= 2);
    CHECK(std::is_sorted(scored.begin(), scored.end()));
    CHECK(scored.back() == 3000);
    CHECK(storing == QStringLiteral("Storing mentions…"));
    CHECK(f.desk.store().mentions(id).size() == 3000);
    CHECK(f.desk.store().mentions(id).front().sentiment.label == crisis::SentimentLabel::Negative);
    crisis::EventQuery q;
    q.incident = id;
    q.kind = "mentions.imported";
    CHECK(f.desk.store().eventPage(q, 0, 10).size() == 1); // one transaction, one event
    CHECK_FALSE(importer.busy());
    CHECK(importer.progressDialog() == nullptr);
}

TEST_CASE("Reputation tab: a watched folder asks for a column mapping once and reuses it") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    const auto folder = f.dir.file("drop");
    std::filesystem::create_directories(folder);
    const QString folderPath = QString::fromStdString(folder.string());
    const std::string header = "Date,Platform,Content\n";
    write(folder / "a.csv", header + "2026-03-02T07:50:00Z,weibo,太危险了\n");
    write(folder / "b.csv", header + "2026-03-02T07:51:00Z,x,scam\n2026-03-02T07:52:00Z,x,fraud\n");
    QVariantMap state;
    int asked = 0;
    const auto guess = [&](const std::vector<std::string>& h) {
        ++asked;
        return std::optional(ColumnMappingDialog::guess(h));
    };
    {
        ReputationPanel panel(f.desk);
        panel.setIncident(id);
        panel.importer().askColumns = guess;
        QObject::connect(&panel.folderWatch(), &FolderWatch::stateChanged,
                         [&](const QVariantMap& s) { state = s; });
        panel.folderWatch().setFolder(id, folderPath);
        panel.folderWatch().scan(false);
        CHECK(asked == 1); // the first file asked, the second reused the answer
        CHECK(f.desk.store().mentions(id).size() == 3);
        REQUIRE(panel.folderWatch().mapping(folderPath));
        CHECK(panel.folderWatch().mapping(folderPath)->time == "Date");
        const auto remembered = state.value(QStringLiteral("mappings")).toMap().value(folderPath).toMap();
        CHECK(remembered.value(QStringLiteral("text")).toString() == QStringLiteral("Content"));
        CHECK_FALSE(remembered.contains(QStringLiteral("author"))); // not mapped
    }
    // A new watch (a restart) restored from the saved state: the next file with the same
    // columns is imported without asking.
    ReputationPanel panel(f.desk);
    panel.setIncident(id);
    panel.importer().askColumns = guess;
    panel.folderWatch().restore(state);
    CHECK(panel.folderWatch().folder(id) == folderPath);
    write(folder / "c.csv", header + "2026-03-02T07:53:00Z,x,refund now\n");
    panel.folderWatch().scan(false);
    CHECK(asked == 1);
    CHECK(f.desk.store().mentions(id).size() == 4);

    // Another layout does not fit the mapping: it asks; dismissed, the file waits (not refused)
    // and the next look asks again.
    write(folder / "d.csv", "When,Where,What\n2026-03-02T07:54:00Z,x,why\n");
    std::vector<std::pair<QString, bool>> seen;
    QObject::connect(&panel.folderWatch(), &FolderWatch::fileImported,
                     [&](std::int64_t, const QString& name, const ImportReport& r) {
                         seen.emplace_back(name, r.cancelled);
                     });
    panel.importer().askColumns =
        [&](const std::vector<std::string>&) -> std::optional<crisis::MentionColumns> {
        ++asked;
        return std::nullopt;
    };
    panel.folderWatch().scan(false);
    CHECK(asked == 2);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0] == std::make_pair(QStringLiteral("d.csv"), true));
    CHECK(f.desk.store().mentions(id).size() == 4);
    panel.importer().askColumns = [&](const std::vector<std::string>& h) {
        ++asked;
        crisis::MentionColumns c = ColumnMappingDialog::guess(h);
        c.time = "When";
        c.channel = "Where";
        c.text = "What";
        return std::optional(c);
    };
    panel.folderWatch().scan(false);
    CHECK(asked == 3);
    CHECK(f.desk.store().mentions(id).size() == 5);
    CHECK(panel.folderWatch().mapping(folderPath)->time == "When"); // the latest answer is kept
}

TEST_CASE(
    "Reputation tab: Add lexicon refuses a bad file by its lines and scores new imports with a good one") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    ReputationPanel panel(f.desk);
    panel.setIncident(id);
    write(f.dir.file("bad.tsv"), "ok\t1\nno tab\nword\tabc\n");
    write(f.dir.file("slang.tsv"), "# shop slang\nzorbly\t-3\n");
    const auto bad = panel.addLexiconFile(QString::fromStdString(f.dir.file("bad.tsv").string()));
    REQUIRE(bad.has_value());
    CHECK(bad->contains(QStringLiteral("line 2")));
    CHECK(bad->contains(QStringLiteral("line 3")));
    CHECK(panel.statusLabel()->text().contains(QStringLiteral("line 2")));
    CHECK(f.desk.lexicons().isEmpty());
    CHECK(panel.lexiconLabel()->text().isEmpty());

    int changed = 0;
    QObject::connect(&f.desk, &Desk::lexiconsChanged, [&] { ++changed; });
    const QString slang = QString::fromStdString(f.dir.file("slang.tsv").string());
    CHECK_FALSE(panel.addLexiconFile(slang).has_value());
    CHECK(changed == 1);
    CHECK(f.desk.lexiconPaths() == QStringList{slang});
    CHECK(panel.lexiconLabel()->text().contains(QStringLiteral("slang.tsv")));
    REQUIRE(panel.lexiconButton()->menu()->actions().size() == 1);
    CHECK(panel.lexiconButton()->menu()->actions()[0]->text().contains(QStringLiteral("slang.tsv")));

    write(f.dir.file("m.csv"), "time,channel,text\n2026-03-02T07:50:00Z,x,so zorbly\n");
    REQUIRE(panel.importFile(QString::fromStdString(f.dir.file("m.csv").string())).stored);
    CHECK(f.desk.store().mentions(id).at(0).sentiment.label == crisis::SentimentLabel::Negative);
    // The scorer survives a change of identity (the services are rebuilt).
    f.desk.setActor(QStringLiteral("Zhang"));
    CHECK(f.desk.reputation().scorer().score("zorbly").label == crisis::SentimentLabel::Negative);

    panel.lexiconButton()->menu()->actions()[0]->trigger(); // Remove
    CHECK(f.desk.lexicons().isEmpty());
    CHECK(f.desk.reputation().scorer().score("zorbly").label == crisis::SentimentLabel::Neutral);
    CHECK(panel.lexiconLabel()->text().isEmpty());
}

TEST_CASE("Console: the spike banner names a mood only when one dominates") {
    GuiFixture f;
    const auto id = f.open("product-quality", "Charger fires");
    MainWindow window(f.desk, true, true);
    window.selectIncident(id);
    emit f.desk.spikesDetected(id, 1, 0, crisis::SentimentLabel::Neutral);
    CHECK(window.banner()->text().contains(QStringLiteral("Message spike on #")));
    CHECK_FALSE(window.banner()->text().contains(QStringLiteral("Positive")));
    CHECK_FALSE(window.banner()->text().contains(QStringLiteral("Negative")));
    emit f.desk.spikesDetected(id, 1, 0, crisis::SentimentLabel::Positive);
    CHECK(window.banner()->text().contains(QStringLiteral("Positive message spike on #")));
    emit f.desk.spikesDetected(id, 1, 1, crisis::SentimentLabel::Negative);
    CHECK(window.banner()->text().contains(QStringLiteral("Negative message spike on #")));

    // Through an import: a burst of neutral posts (neither mood dominates) is no "positive" spike.
    std::string csv = "time,channel,author,text\n";
    for (int m = 0; m < 12 * 60; m += 10) {
        char when[32];
        std::snprintf(when, sizeof when, "2026-03-01T%02d:%02d:00Z", 12 + m / 60, m % 60);
        csv += std::string(when) + ",weibo,@q,order " + std::to_string(m) + "\n";
    }
    for (int i = 0; i < 25; ++i)
        csv += "2026-03-02T07:5" + std::to_string(i / 10) + ":" + (i % 10 < 10 ? "0" : "") +
               std::to_string(i % 10) + "Z,x,@n" + std::to_string(i) + ",when is the next update\n";
    write(f.dir.file("neutral.csv"), csv);
    crisis::SentimentLabel mood = crisis::SentimentLabel::Positive;
    QObject::connect(&f.desk, &Desk::spikesDetected,
                     [&](std::int64_t, int, int, crisis::SentimentLabel m) { mood = m; });
    const auto r = window.reputation()->importFile(QString::fromStdString(f.dir.file("neutral.csv").string()),
                                                   MentionImporter::Mode::Unattended);
    REQUIRE(r.stored);
    REQUIRE(r.alerts == 1);
    CHECK(mood == crisis::SentimentLabel::Neutral);
    CHECK(window.banner()->text().contains(QStringLiteral("Message spike on #")));
    CHECK_FALSE(window.banner()->text().contains(QStringLiteral("Positive")));
}

TEST_CASE("Console: extra lexicons and watched folders are remembered and loaded again at start") {
    crisis::test::TempDir dir;
    QSettings settings(QString::fromStdString(dir.file("settings.ini").string()), QSettings::IniFormat);
    Preferences preferences(&settings);
    crisis::ManualClock clock(crisis::test::at("2026-03-02T08:00:00Z"));
    const QString slang = QString::fromStdString(dir.file("slang.tsv").string());
    write(dir.file("slang.tsv"), "zorbly\t-3\n");
    const auto folder = dir.file("drop");
    std::filesystem::create_directories(folder);
    std::int64_t incident = 0;
    {
        Console console(clock, preferences, QStringLiteral("en"));
        REQUIRE_FALSE(console.open(dir.file("desk.db")).has_value());
        incident = console.window()->currentIncident();
        REQUIRE(incident != 0);
        auto* panel = console.window()->reputation();
        CHECK_FALSE(panel->addLexiconFile(slang).has_value());
        panel->folderWatch().setFolder(incident, QString::fromStdString(folder.string()));
    }
    CHECK(preferences.extraLexicons() == QStringList{slang});
    {
        Console console(clock, preferences, QStringLiteral("en"));
        REQUIRE_FALSE(console.open(dir.file("desk.db")).has_value());
        REQUIRE(console.desk()->lexicons().size() == 1);
        CHECK(console.desk()->lexicons()[0].problem.isEmpty());
        CHECK(console.desk()->reputation().scorer().score("zorbly").label ==
              crisis::SentimentLabel::Negative);
        CHECK(console.window()->reputation()->lexiconLabel()->text().contains(QStringLiteral("slang.tsv")));
        CHECK(console.window()->reputation()->folderWatch().folder(incident) ==
              QString::fromStdString(folder.string()));
        console.setLanguage(QStringLiteral("zh")); // a rebuilt window keeps both
        CHECK(console.window()->reputation()->folderWatch().folder(incident) ==
              QString::fromStdString(folder.string()));
        CHECK(console.desk()->reputation().scorer().score("zorbly").label ==
              crisis::SentimentLabel::Negative);
        console.setLanguage(QStringLiteral("en"));
    }
    // The file went bad meanwhile: listed with its problem, not used, and removable.
    write(dir.file("slang.tsv"), "zorbly\tvery bad\n");
    Console console(clock, preferences, QStringLiteral("en"));
    REQUIRE_FALSE(console.open(dir.file("desk.db")).has_value());
    REQUIRE(console.desk()->lexicons().size() == 1);
    CHECK(console.desk()->lexicons()[0].problem.contains(QStringLiteral("line 1")));
    CHECK(console.desk()->reputation().scorer().score("zorbly").label == crisis::SentimentLabel::Neutral);
    auto* panel = console.window()->reputation();
    CHECK(panel->statusLabel()->text().contains(QStringLiteral("not loaded")));
    REQUIRE(panel->lexiconButton()->menu()->actions().size() == 1);
    CHECK(panel->lexiconButton()->menu()->actions()[0]->text().contains(QStringLiteral("not loaded")));
    panel->lexiconButton()->menu()->actions()[0]->trigger();
    CHECK(preferences.extraLexicons().isEmpty());
}

TEST_CASE("Chart data: no baseline band while the stream is warming up") {
    std::vector<crisis::ChartBucket> buckets(3);
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        buckets[i].start = crisis::test::at("2026-03-02T00:00:00Z") + std::chrono::minutes(10 * i);
        buckets[i].total = 4;
        buckets[i].baselineMean = 4;
        buckets[i].baselineSigma = 1;
    }
    buckets[2].judged = true;
    const auto data = volumeChartData(buckets, 2.0, {});
    CHECK(data.volume.size() == 3);
    REQUIRE(data.bandUpper.size() == 1);
    CHECK(data.bandUpper[0].y() == Approx(6.0));
    CHECK(data.bandLower[0].y() == Approx(2.0));
}
