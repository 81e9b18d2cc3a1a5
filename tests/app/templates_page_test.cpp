// The Templates page (browse, view, preview with strict errors and a live length counter,
// import by drop with every problem listed, export that imports back) and the organisation
// profile dialog.

#include "dialogs/organisation_dialog.hpp"
#include "gui_fixture.hpp"
#include "templates/template_list_model.hpp"
#include "templates/templates_page.hpp"

#include <crisis/template_kit.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

#include <fstream>

namespace {

struct TemplatesFixture : GuiFixture {
    std::int64_t incident = open("cyber-breach", "Customer database accessed");
    TemplatesPage page{desk};

    TemplatesFixture() {
        page.resize(1300, 800);
        page.show();
        page.setIncident(incident);
    }

    template <typename T> T* find(const char* name) {
        auto* widget = page.findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }
    QString text(const char* name) { return find<QLabel>(name)->text(); }
    void setValue(const char* name, const QString& value) {
        find<QLineEdit>((std::string("value-") + name).c_str())->setText(value);
    }
    bool drop(const std::filesystem::path& file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(file.string()))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &event);
        return enter.isAccepted() && event.isAccepted();
    }
};

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST_CASE_METHOD(TemplatesFixture, "The templates page browses the kit by crisis type channel and language") {
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = page.model()->rowCount();
    CHECK(all == static_cast<int>(crisis::defaultTemplates().size()));
    page.setFilter(QStringLiteral("data-leak"), QStringLiteral("social-post"), QStringLiteral("zh"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(find<QLabel>("templateId")->text().startsWith(QStringLiteral("data-leak.social-post.holding.zh")));
    CHECK(text("templateTitle") == QStringLiteral("初步声明"));
    CHECK(find<QPlainTextEdit>("templateBody")->toPlainText().contains(QStringLiteral("{{company}}")));
    CHECK(page.model()->index(0, TemplateListModel::SourceColumn).data().toString() ==
          QStringLiteral("shipped"));
    CHECK(page.model()->index(0, TemplateListModel::ReviewColumn).data().toString() ==
          QStringLiteral("2026-09-02"));
    page.setFilter({}, QStringLiteral("sms"), {});
    for (int r = 0; r < page.model()->rowCount(); ++r)
        CHECK(page.model()->record(r)->tmpl.channel == "sms");
    page.setFilter({}, {}, {});
    CHECK(page.model()->rowCount() == all);
}

TEST_CASE_METHOD(TemplatesFixture,
                 "The preview lists every unfilled placeholder and counts against the channel's limit") {
    page.selectTemplate(QStringLiteral("cyber-breach.social-post.holding.en"));
    CHECK(text("templateTitle") == QStringLiteral("Holding statement"));
    // No company in the profile and no next update typed: both listed, nothing rendered.
    CHECK(find<QPlainTextEdit>("preview")->toPlainText().isEmpty());
    const QString problems = text("previewProblems");
    CHECK(problems.contains(QStringLiteral("{{company}}")));
    CHECK(problems.contains(QStringLiteral("{{next_update}}")));
    CHECK(problems.contains(QStringLiteral("2 problem(s)")));

    setValue("company", QStringLiteral("Northwind Trading"));
    CHECK(text("previewProblems").contains(QStringLiteral("{{next_update}}")));
    CHECK_FALSE(text("previewProblems").contains(QStringLiteral("{{company}}")));
    setValue("next_update", QStringLiteral("18:00 UTC today"));
    CHECK(text("previewProblems").isEmpty());
    const QString preview = find<QPlainTextEdit>("preview")->toPlainText();
    CHECK(preview.startsWith(QStringLiteral("Northwind Trading values your trust")));
    CHECK(text("lengthCounter") == QStringLiteral("%1 / 280 characters").arg(preview.size()));

    // Too long for a social post: the text is still shown, the counter and the problem say so.
    setValue("next_update", QString(300, QLatin1Char('x')));
    CHECK(text("lengthCounter").endsWith(QStringLiteral("/ 280 characters")));
    CHECK(text("lengthCounter").section(QLatin1Char(' '), 0, 0).toInt() > 280);
    CHECK(text("previewProblems").contains(QStringLiteral("280")));
    CHECK(find<QPlainTextEdit>("preview")->toPlainText().contains(QString(300, QLatin1Char('x'))));

    // A channel without a limit, and the organisation's values as defaults.
    crisis::OrganisationProfile profile;
    profile.company = "Harbour & Pine";
    profile.timeZone = "Asia/Shanghai";
    desk.run([&] { desk.store().setOrganisation(profile); });
    page.selectTemplate(QStringLiteral("cyber-breach.internal-briefing.staff.en"));
    CHECK(find<QLineEdit>("value-company")->placeholderText() == QStringLiteral("Harbour & Pine"));
    CHECK(find<QLineEdit>("value-detected_at")->placeholderText().endsWith(QStringLiteral("(UTC+08:00)")));
}

TEST_CASE_METHOD(TemplatesFixture,
                 "Dropping a bad kit lists every problem and stores nothing then a good one is stored") {
    const auto bad = dir.file("bad-kit.json");
    write(bad, R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [
        {"id": "data-leak.sms.alert.en", "channel": "fax", "language": "en", "title": "t", "body": "{{colour}}"},
        {"id": "nope", "channel": "sms", "language": "en", "title": "t", "body": "b"}]})");
    CHECK(drop(bad));
    auto* problems = find<QTreeWidget>("kitProblems");
    REQUIRE(problems->topLevelItemCount() == 4);
    CHECK(problems->topLevelItem(0)->text(0) == QStringLiteral("bad-kit.json"));
    CHECK(problems->topLevelItem(0)->text(1) == QStringLiteral("/templates/0/channel"));
    CHECK(problems->topLevelItem(1)->text(1) ==
          QStringLiteral("/templates/0/id")); // its channel part is not fax
    CHECK(problems->topLevelItem(2)->text(1) == QStringLiteral("/templates/0/body"));
    CHECK(problems->topLevelItem(2)->text(2).contains(QStringLiteral("{{colour}}")));
    CHECK(problems->topLevelItem(3)->text(1) == QStringLiteral("/templates/1/id"));
    CHECK(text("kitStatus").contains(QStringLiteral("Nothing was imported")));
    CHECK(desk.store().storedTemplates().empty());

    const auto good = dir.file("good-kit.json");
    write(good, R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [
        {"id": "data-leak.faq-reply.refund.en", "channel": "faq-reply", "language": "en", "title": "Refunds",
         "body": "Write to {{support_contact}} about refunds."}]})");
    CHECK(drop(good));
    CHECK(problems->isHidden());
    CHECK(text("kitStatus").contains(QStringLiteral("1 new")));
    REQUIRE(desk.store().storedTemplates().size() == 1);
    page.selectTemplate(QStringLiteral("data-leak.faq-reply.refund.en"));
    CHECK(text("templateTitle") == QStringLiteral("Refunds"));
    CHECK(page.model()
              ->index(page.model()->rowOf(QStringLiteral("data-leak.faq-reply.refund.en")),
                      TemplateListModel::SourceColumn)
              .data()
              .toString() == QStringLiteral("imported v1"));

    // Export of one crisis type, then back into a fresh database: the same kit in effect.
    page.setFilter(QStringLiteral("data-leak"), {}, {});
    const auto out = dir.file("export.json");
    REQUIRE(page.exportTo(QString::fromStdString(out.string())));
    crisis::test::TempDir other;
    crisis::Store fresh(other.file("fresh.db"));
    std::ifstream in(out, std::ios::binary);
    const std::string exported{std::istreambuf_iterator<char>(in), {}};
    crisis::importTemplateKits(fresh, {{"export.json", exported}}, t0);
    std::vector<crisis::MessageTemplate> mine, theirs;
    for (const auto& t : crisis::kitInEffect(desk.store()))
        if (t.crisisType == "data-leak")
            mine.push_back(t);
    for (const auto& t : crisis::kitInEffect(fresh))
        if (t.crisisType == "data-leak")
            theirs.push_back(t);
    CHECK(mine == theirs);
}

TEST_CASE_METHOD(GuiFixture,
                 "The organisation profile dialog validates every field and stores only a good profile") {
    OrganisationDialog dialog(desk);
    auto edit = [&](const char* name) { return dialog.findChild<QLineEdit*>(QLatin1String(name)); };
    edit("company")->setText(QStringLiteral("Harbour & Pine 港松跨境"));
    edit("website")->setText(QStringLiteral("harbour pine.example"));
    edit("markets")->setText(QStringLiteral("us, Germany"));
    edit("languages")->setText(QStringLiteral("en, zh"));
    auto* zone = dialog.findChild<QComboBox*>(QStringLiteral("timeZone"));
    REQUIRE(zone->count() > 300);
    zone->setCurrentText(QStringLiteral("Asia/Shang hai"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto label = [&](const char* name) { return dialog.findChild<QLabel*>(QLatin1String(name)); };
    CHECK(label("error-website")->text().contains(QStringLiteral("no spaces")));
    CHECK(label("error-markets")->text().contains(QStringLiteral("\"GERMANY\"")));
    CHECK(label("error-time_zone")->text().contains(QStringLiteral("IANA")));
    CHECK(label("error-company")->isHidden());
    CHECK(desk.store().organisation() == crisis::OrganisationProfile{});

    edit("website")->setText(QStringLiteral("harbourpine.example"));
    edit("markets")->setText(QStringLiteral("us, de"));
    zone->setCurrentText(QStringLiteral("Asia/Shanghai"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = desk.store().organisation();
    CHECK(stored.company == "Harbour & Pine 港松跨境");
    CHECK(stored.markets == std::vector<std::string>{"US", "DE"});
    CHECK(stored.timeZone == "Asia/Shanghai");

    OrganisationDialog reopened(desk);
    CHECK(reopened.findChild<QLineEdit*>(QStringLiteral("markets"))->text() == QStringLiteral("US, DE"));
    CHECK(reopened.findChild<QComboBox*>(QStringLiteral("timeZone"))->currentText() ==
          QStringLiteral("Asia/Shanghai"));
}
