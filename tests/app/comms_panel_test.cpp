// The communication tabs driven as a user would: a statement from a blank draft through the
// findings, an approval with an override and publication to the acknowledgement clock turning
// met; revisions; the marketing register with pause, import and resume on close; the internal
// briefing and its acknowledgements; report export.

#include "actions.hpp"
#include "comms/briefing_panel.hpp"
#include "comms/finding_list_model.hpp"
#include "comms/marketing_model.hpp"
#include "comms/marketing_panel.hpp"
#include "comms/report_dialog.hpp"
#include "comms/statement_dialogs.hpp"
#include "comms/statement_editor.hpp"
#include "comms/statement_list_model.hpp"
#include "comms/statements_panel.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "models/clock_table_model.hpp"
#include "models/timeline_model.hpp"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextCursor>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace std::chrono_literals;

namespace {

// Runs `act` on the next modal dialog of type T once it is shown (inside its exec()).
template <typename T> void onNextDialog(std::function<void(T*)> act) {
    QTimer::singleShot(0, [act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        act(dialog);
    });
}

QPushButton* okButton(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QString clockState(MainWindow& window, const QString& id) {
    auto* clocks = window.findChild<QTableView*>(QStringLiteral("clocks"))->model();
    for (int r = 0; r < clocks->rowCount(); ++r)
        if (clocks->index(r, 0).data(ClockTableModel::IdRole).toString() == id)
            return clocks->index(r, ClockTableModel::StateColumn).data().toString();
    return {};
}

const QString cleanMessage = QStringLiteral(
    "We are investigating a data-security incident detected today. We will contact every affected customer. "
    "Next update by 18:00.");

} // namespace

TEST_CASE_METHOD(GuiFixture, "Statements tab: a blank draft through findings and an override to published") {
    desk.store().addMember({0, "Sarah", "legal", ""});
    const auto id = open("cyber-breach", "Breach");
    MainWindow window(desk);
    window.show();
    window.actions().showStatements->trigger();
    REQUIRE(window.detailTabs()->currentWidget() == window.statements());
    StatementEditor* editor = window.statements()->editor();
    QAbstractItemModelTester listTester(window.statements()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester findingTester(editor->findings(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);

    // A blank statement: the editor is empty and nothing is stored until saved.
    editor->templateBox()->setCurrentIndex(0);
    window.actions().newStatement->trigger();
    CHECK(editor->statementId() == 0);
    CHECK_FALSE(editor->saveButton()->isEnabled());
    editor->channelBox()->setCurrentIndex(editor->channelBox()->findData(QStringLiteral("social-post")));
    editor->toEdit()->setText(QStringLiteral("Customers"));
    editor->subjectEdit()->setText(QStringLiteral("Update on the incident"));
    editor->messageEdit()->setPlainText(QStringLiteral("We guarantee your data is safe. ") + cleanMessage);
    CHECK(editor->lengthLabel()->text().contains(QStringLiteral("/ 280")));
    editor->recheck();
    REQUIRE(editor->findings()->rowCount() == 1);
    const QString shown = editor->findingsView()->model()->index(0, 0).data().toString();
    CHECK(shown.startsWith(QStringLiteral("[Credibility]")));
    CHECK(shown.contains(QStringLiteral("guarantee")));
    editor->selectFinding(0);
    CHECK(editor->messageEdit()->textCursor().selectedText() == QStringLiteral("guarantee"));

    editor->saveButton()->click();
    REQUIRE(window.statements()->model()->rowCount() == 1);
    const auto statement = editor->statementId();
    REQUIRE(statement != 0);
    CHECK(desk.statements().statement(statement).state == crisis::StatementState::Draft);
    CHECK_FALSE(editor->saveButton()->isEnabled());
    editor->submitButton()->click();
    CHECK(desk.statements().statement(statement).state == crisis::StatementState::InReview);
    CHECK(editor->approveButton()->isEnabled());

    // The crisis manager approves: the dialog wants a reason for the finding.
    bool sawFinding = false;
    onNextDialog<ApproveDialog>([&](ApproveDialog* d) {
        CHECK_FALSE(okButton(d)->isEnabled());
        sawFinding = d->findChild<QListView*>(QStringLiteral("overriddenFindings")) != nullptr;
        d->reasonEdit()->setPlainText(QStringLiteral("Our insurer guarantees the refunds"));
        CHECK(okButton(d)->isEnabled());
        okButton(d)->click();
    });
    editor->approveButton()->click();
    CHECK(sawFinding);
    auto s = desk.statements().statement(statement);
    REQUIRE(s.currentApprovals().size() == 1);
    CHECK(s.currentApprovals().front().role == "crisis-manager");
    CHECK(s.currentApprovals().front().reason == "Our insurer guarantees the refunds");
    CHECK(s.currentApprovals().front().overrides.front().code == "promise");

    // Someone without an approver role is told so in the editor, and nothing changes.
    desk.setActor(QStringLiteral("Zhang"));
    editor->approveButton()->click();
    CHECK(editor->errorLabel()->isVisibleTo(editor));
    CHECK(editor->errorLabel()->text().contains(QStringLiteral("Zhang")));

    desk.setActor(QStringLiteral("Sarah"));
    onNextDialog<ApproveDialog>([&](ApproveDialog* d) {
        d->reasonEdit()->setPlainText(QStringLiteral("Legal checked the insurer's letter"));
        okButton(d)->click();
    });
    editor->approveButton()->click();
    CHECK(desk.statements().statement(statement).state == crisis::StatementState::Approved);
    CHECK(clockState(window, QStringLiteral("first-acknowledgement")) == QStringLiteral("pending"));

    clock.advance(20min);
    onNextDialog<PublishDialog>([&](PublishDialog* d) {
        CHECK(d->audienceEdit()->text() == QStringLiteral("Customers")); // from "To"
        CHECK(d->externalBox()->isChecked());
        d->audienceEdit()->clear();
        CHECK_FALSE(okButton(d)->isEnabled());
        d->audienceEdit()->setText(QStringLiteral("Customers in the EU"));
        d->linkEdit()->setText(QStringLiteral("https://example.com/notice"));
        okButton(d)->click();
    });
    editor->publishButton()->click();
    s = desk.statements().statement(statement);
    REQUIRE(s.published);
    CHECK(s.published->audience == "Customers in the EU");
    CHECK(clockState(window, QStringLiteral("first-acknowledgement")) == QStringLiteral("met"));
    CHECK(editor->messageEdit()->isReadOnly());
    CHECK(window.statements()->model()->index(0, StatementListModel::StateColumn).data().toString() ==
          QStringLiteral("published"));
    CHECK(desk.store().incident(id).checked.contains("holding-statement"));

    // The timeline says it in words.
    const auto log = desk.store().events(id);
    QStringList lines;
    for (const auto& e : log)
        lines << TimelineModel::summary(e, crisis::Language::En);
    CHECK(lines.filter(QStringLiteral("approved as Crisis manager (revision 1) · 1 finding(s) overridden"))
              .size() == 1);
    CHECK(lines.filter(QStringLiteral("published (public) on Social post to Customers in the EU")).size() ==
          1);
    CHECK(lines.filter(QStringLiteral("drafted for Social post: Update on the incident")).size() == 1);
}

TEST_CASE_METHOD(GuiFixture,
                 "Statements tab: without approvers publishing asks why the findings are accepted") {
    auto playbook = desk.store().playbook("cyber-breach")->playbook;
    playbook.approvers.clear();
    desk.store().savePlaybook(playbook, t0);
    const auto id = open("cyber-breach", "Breach");
    crisis::DraftRequest r;
    r.content = {"customer-email",
                 "All customers",
                 "Care",
                 "Update",
                 "We guarantee your data is safe. " + cleanMessage.toStdString(),
                 ""};
    const auto statement = desk.statements().draft(id, r);
    desk.statements().submit(statement);
    REQUIRE(desk.statements().statement(statement).state == crisis::StatementState::Approved);
    StatementsPanel panel(desk);
    panel.setIncident(id);
    panel.show();
    panel.select(statement);
    StatementEditor* editor = panel.editor();
    REQUIRE(editor->publishButton()->isEnabled());

    bool sawFinding = false;
    onNextDialog<PublishDialog>([&](PublishDialog* d) {
        CHECK(d->reasonEdit()->isVisibleTo(d));
        sawFinding = d->findChild<QListWidget*>(QStringLiteral("overriddenFindings")) != nullptr;
        CHECK_FALSE(okButton(d)->isEnabled()); // the reason is required
        d->reasonEdit()->setPlainText(QStringLiteral("Our insurer guarantees the refunds"));
        CHECK(okButton(d)->isEnabled());
        okButton(d)->click();
    });
    editor->publishButton()->click();
    CHECK(sawFinding);
    const auto s = desk.statements().statement(statement);
    REQUIRE(s.published);
    CHECK(s.published->reason == "Our insurer guarantees the refunds");
    REQUIRE(s.published->overrides.size() == 1);
    CHECK(s.published->overrides.front().code == "promise");
    QStringList lines;
    for (const auto& e : desk.store().events(id))
        lines << TimelineModel::summary(e, crisis::Language::En);
    CHECK(
        lines.filter(QStringLiteral("1 finding(s) overridden: Our insurer guarantees the refunds")).size() ==
        1);
}

TEST_CASE_METHOD(GuiFixture,
                 "Statements tab: editing an approved statement saves a revision that needs approval again") {
    desk.store().addMember({0, "Sarah", "legal", ""});
    const auto id = open("cyber-breach", "Breach");
    crisis::DraftRequest r;
    r.content = {"customer-email", "All customers", "Care", "Update", cleanMessage.toStdString(), ""};
    const auto statement = desk.statements().draft(id, r);
    desk.statements().submit(statement);
    desk.statements().approve(statement);
    crisis::StatementService(desk.store(), desk.service(), clock, "Sarah").approve(statement);
    StatementsPanel panel(desk);
    panel.setIncident(id);
    panel.show();
    panel.select(statement);
    StatementEditor* editor = panel.editor();
    REQUIRE(editor->statementId() == statement);
    CHECK(editor->publishButton()->isEnabled());

    editor->messageEdit()->setPlainText(cleanMessage + QStringLiteral(" Call 800-123."));
    CHECK(editor->saveButton()->text() == QStringLiteral("Save as new revision"));
    CHECK(editor->saveButton()->toolTip().contains(QStringLiteral("lapse")));
    CHECK_FALSE(editor->publishButton()->isEnabled()); // not what was approved
    editor->saveButton()->click();
    const auto s = desk.statements().statement(statement);
    CHECK(s.revisions.size() == 2);
    CHECK(s.state == crisis::StatementState::Draft);
    CHECK(s.currentApprovals().empty());
    CHECK(editor->submitButton()->isEnabled());
    CHECK(panel.model()->index(0, StatementListModel::ApprovalsColumn).data().toString() ==
          QStringLiteral("0/2"));
}

TEST_CASE_METHOD(GuiFixture, "Statements tab: a template draft and unsaved changes are not lost silently") {
    const auto id = open("cyber-breach", "Breach");
    StatementsPanel panel(desk);
    panel.setIncident(id);
    panel.show();
    StatementEditor* editor = panel.editor();
    const int holding =
        editor->templateBox()->findData(QStringLiteral("cyber-breach.social-post.holding.en"));
    REQUIRE(holding > 0);
    editor->templateBox()->setCurrentIndex(holding);
    REQUIRE_FALSE(editor->startNew());
    const auto first = editor->statementId();
    REQUIRE(first != 0);
    CHECK(editor->channelBox()->currentData().toString() == QStringLiteral("social-post"));
    editor->recheck();
    bool placeholder = false;
    for (const auto& f : editor->findings()->findings())
        placeholder |= f.code == "unresolved-placeholder";
    CHECK(placeholder); // {{next_update}} is still to fill in
    REQUIRE_FALSE(editor->startNew());
    const auto second = editor->statementId();
    CHECK(second != first);

    editor->messageEdit()->setPlainText(QStringLiteral("changed"));
    int asked = 0;
    panel.askUnsaved = [&] {
        ++asked;
        return StatementsPanel::Unsaved::Cancel;
    };
    panel.select(first);
    CHECK(asked == 1);
    CHECK(editor->statementId() == second);
    CHECK(editor->messageEdit()->toPlainText() == QStringLiteral("changed"));
    // A refresh of the desk (a clock alert, another console) keeps what is being typed.
    desk.refresh();
    CHECK(editor->messageEdit()->toPlainText() == QStringLiteral("changed"));
    panel.askUnsaved = [&] {
        ++asked;
        return StatementsPanel::Unsaved::Save;
    };
    panel.select(first);
    CHECK(asked == 2);
    CHECK(editor->statementId() == first);
    CHECK(desk.statements().statement(second).content().message == "changed");
    CHECK(desk.statements().statement(second).revisions.size() == 2);
}

TEST_CASE_METHOD(GuiFixture, "Statements tab: the facts dialog records what the checks compare against") {
    const auto id = open("cyber-breach", "Breach");
    StatementsPanel panel(desk);
    panel.setIncident(id);
    panel.show();
    CHECK(panel.factsLabel()->text().contains(QStringLiteral("not known yet")));
    StatementEditor* editor = panel.editor();
    editor->messageEdit()->setPlainText(QStringLiteral("We apologize. About 3,000 customers are affected. ") +
                                        cleanMessage);
    editor->recheck();
    std::vector<std::string> codes;
    for (const auto& f : editor->findings()->findings())
        codes.push_back(f.code);
    CHECK(codes == std::vector<std::string>{"apology-unverified"});

    onNextDialog<QDialog>([](QDialog* d) {
        d->findChild<QCheckBox*>(QStringLiteral("causeVerified"))->setChecked(true);
        d->findChild<QCheckBox*>(QStringLiteral("customersKnown"))->setChecked(true);
        d->findChild<QSpinBox*>(QStringLiteral("customersAffected"))->setValue(12000);
        okButton(d)->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("editFacts"))->click();
    const auto incident = desk.store().incident(id);
    CHECK(incident.causeVerified);
    CHECK(incident.customersAffected == 12000);
    CHECK(panel.factsLabel()->text().contains(QStringLiteral("cause verified")));
    codes.clear();
    for (const auto& f : editor->findings()->findings())
        codes.push_back(f.code);
    CHECK(codes == std::vector<std::string>{"figure-contradicts-record"});
    CHECK(editor->messageEdit()->toPlainText().startsWith(QStringLiteral("We apologize."))); // nothing lost
}

TEST_CASE_METHOD(GuiFixture, "Marketing tab: add import pause and resume when the incident closes") {
    const auto id = open("cyber-breach", "Breach");
    MainWindow window(desk);
    window.show();
    MarketingPanel* panel = window.marketing();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    crisis::MarketingItem sale;
    sale.name = "Spring sale";
    sale.channel = "newsletter";
    sale.scheduledAt = t0 + 24h;
    REQUIRE_FALSE(panel->add(sale));
    CHECK(panel->add(sale)->contains(QStringLiteral("already in the marketing register")));

    // The add dialog keeps itself open with the error.
    onNextDialog<MarketingItemDialog>([&](MarketingItemDialog* d) {
        d->nameEdit()->setText(QStringLiteral("Launch post"));
        okButton(d)->click(); // no channel
        CHECK(d->isVisible());
        d->channelEdit()->setText(QStringLiteral("instagram"));
        okButton(d)->click();
    });
    panel->addInteractively();
    CHECK(panel->model()->rowCount() == 2);

    const auto bad = dir.file("bad.csv");
    std::ofstream(bad) << "name,channel,scheduled_at\nOk,email,2026-03-04T00:00:00Z\nBad,email,later\n";
    const auto error = panel->importFile(QString::fromStdString(bad.string()));
    REQUIRE(error);
    CHECK(error->contains(QStringLiteral("line 3")));
    CHECK(panel->model()->rowCount() == 2);
    const auto good = dir.file("plan.csv");
    std::ofstream(good) << "name,channel,scheduled_at,crisis\nSafety FAQ,website,2026-03-03T00:00:00Z,yes\n";
    REQUIRE_FALSE(panel->importFile(QString::fromStdString(good.string())));
    CHECK(panel->model()->rowCount() == 3);

    window.actions().pauseMarketing->trigger();
    CHECK(window.detailTabs()->currentWidget() == panel);
    CHECK(desk.marketing().pausedBy(id).size() == 2);
    CHECK(desk.store().incident(id).checked.contains("marketing-paused"));
    CHECK(panel->statusLabel()->text().startsWith(QStringLiteral("2 paused for incident #")));
    CHECK(panel->resumeButton()->isEnabled());
    int states = 0;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        states += panel->model()
                      ->index(r, MarketingModel::StateColumn)
                      .data()
                      .toString()
                      .startsWith(QStringLiteral("paused for #"));
    CHECK(states == 2);

    int offered = 0;
    window.askResumeMarketing = [&](int count) {
        offered = count;
        return true;
    };
    onNextDialog<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("Resolved: false alarm"));
        d->accept();
    });
    window.closeCurrent();
    CHECK_FALSE(desk.store().incident(id).isOpen());
    CHECK(offered == 2);
    CHECK(desk.marketing().pausedBy(id).empty());
}

TEST_CASE_METHOD(GuiFixture, "Briefing tab: send to the roster and track acknowledgements") {
    const auto id = open("cyber-breach", "Breach");
    crisis::OrganisationProfile org;
    org.company = "Northwind";
    org.supportContact = "help@n.example";
    org.website = "https://n.example";
    desk.store().setOrganisation(org);
    BriefingPanel panel(desk);
    panel.setIncident(id);
    panel.show();
    QAbstractItemModelTester tester(panel.recipients(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel.progressLabel()->text() == QStringLiteral("No briefing sent yet."));

    onNextDialog<SendBriefingDialog>([](SendBriefingDialog* d) {
        REQUIRE(d->field(QStringLiteral("actions_taken")));
        REQUIRE(d->field(QStringLiteral("next_update")));
        CHECK(d->field(QStringLiteral("company")) == nullptr); // the profile gives it
        CHECK_FALSE(okButton(d)->isEnabled());
        CHECK(d->findChild<QLabel*>(QStringLiteral("briefingError"))
                  ->text()
                  .contains(QStringLiteral("{{actions_taken}}")));
        d->field(QStringLiteral("customers_affected"))->setText(QStringLiteral("1200"));
        d->field(QStringLiteral("affected_data"))->setText(QStringLiteral("e-mail addresses"));
        d->field(QStringLiteral("actions_taken"))->setText(QStringLiteral("passwords reset"));
        d->field(QStringLiteral("next_update"))->setText(QStringLiteral("14:00"));
        CHECK(d->preview()->toPlainText().contains(QStringLiteral("passwords reset")));
        REQUIRE(okButton(d)->isEnabled());
        okButton(d)->click();
    });
    panel.sendInteractively();
    REQUIRE(panel.briefings()->count() == 1);
    CHECK(panel.recipients()->rowCount() == 2); // Lin and Zhang
    CHECK(panel.progressLabel()->text() == QStringLiteral("0 of 2 acknowledged"));
    CHECK(panel.textView()->toPlainText().contains(QStringLiteral("Internal briefing: Breach")));
    CHECK(panel.recipients()->index(1, BriefingRecipientsModel::AcknowledgedColumn).data().toString() ==
          QStringLiteral("not yet"));

    REQUIRE_FALSE(panel.acknowledgeRow(1));
    CHECK(panel.progressLabel()->text() == QStringLiteral("1 of 2 acknowledged"));
    CHECK(panel.recipients()->index(1, BriefingRecipientsModel::RecordedByColumn).data().toString() ==
          QStringLiteral("Lin")); // recorded on Zhang's behalf
    CHECK(panel.acknowledgeRow(1)->contains(QStringLiteral("already acknowledged")));
    REQUIRE_FALSE(panel.acknowledgeRow(0));
    CHECK(panel.progressLabel()->text() == QStringLiteral("2 of 2 acknowledged"));
    CHECK(desk.store().incident(id).checked.contains("staff-briefed"));
}

TEST_CASE_METHOD(GuiFixture, "Report export writes escaped HTML and a PDF that pdftotext reads") {
    const auto id = open("cyber-breach", "Breach <script>alert(1)</script>");
    ReportDialog dialog(desk, id);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("html")));
    dialog.needsEdit()->setPlainText(QStringLiteral("<script>alert(2)</script>"));
    const auto html = dir.file("can.html");
    REQUIRE_FALSE(dialog.exportTo(QString::fromStdString(html.string())));
    std::stringstream content;
    content << std::ifstream(html).rdbuf();
    CHECK(content.str().find("<script") == std::string::npos);
    CHECK(content.str().find("&lt;script&gt;alert(2)&lt;/script&gt;") != std::string::npos);

    dialog.kindBox()->setCurrentIndex(1);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
    const auto pdf = dir.file("exec.pdf");
    REQUIRE_FALSE(dialog.exportTo(QString::fromStdString(pdf.string())));
    const auto txt = dir.file("exec.txt");
    REQUIRE(std::system(("pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt.string() + "'").c_str()) == 0);
    std::stringstream text;
    text << std::ifstream(txt).rdbuf();
    INFO(text.str());
    CHECK(text.str().find("Executive summary: Breach") != std::string::npos);
    CHECK(text.str().find("<script>alert(1)</script>") != std::string::npos); // shown as text, not run
    CHECK(dialog.exportTo(QStringLiteral("/nonexistent-folder/x/r.md")).has_value());
}
