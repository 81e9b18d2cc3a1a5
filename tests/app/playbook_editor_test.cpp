// The playbook editor driven through its widgets: undo/redo of every edit kind, saving a new
// version while open incidents keep theirs, validation and import problems with pointers,
// drag and drop, the version diff and the due-for-review list.
#include "actions.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "playbook/duration_edit.hpp"
#include "playbook/general_tab.hpp"
#include "playbook/playbook_diff_model.hpp"
#include "playbook/playbook_document.hpp"
#include "playbook/playbook_editor.hpp"
#include "playbook/playbook_list_model.hpp"
#include "playbook/review_due_model.hpp"
#include "playbook/versions_tab.hpp"

#include <crisis/playbook.hpp>
#include <crisis/template_kit.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

#include <fstream>

using namespace std::chrono_literals;

namespace {

struct EditorFixture : GuiFixture {
    PlaybookEditor editor{desk};
    Actions actions{&editor};
    PlaybookDocument& doc = editor.document();

    EditorFixture() {
        editor.bindUndo(actions.undo, actions.redo);
        editor.resize(1300, 800);
        editor.show();
        editor.selectPlaybook(QStringLiteral("cyber-breach"));
    }

    const crisis::Playbook& pb() const { return doc.playbook(); }
    void undo() { actions.undo->trigger(); }
    void redo() { actions.redo->trigger(); }

    template <typename T> T* find(const char* name) {
        auto* widget = editor.findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    QWidget* tab(const char* name) {
        auto* page = find<QWidget>(name);
        editor.tabs()->setCurrentWidget(page);
        return page;
    }

    /// Replaces a line edit's text by typing, then Return: what a user does.
    static void type(QLineEdit* edit, const QString& text) {
        edit->selectAll();
        // insert() is typing or pasting over the selection; QTest::keyClicks knows ASCII only.
        edit->insert(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void type(QAbstractSpinBox* box, const QString& text) {
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Return);
    }
    static void choose(QComboBox* box, const QVariant& data) {
        const int index = box->findData(data);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
    }

    static QTableView* table(QWidget* page) {
        auto* view = page->findChild<QTableView*>(QStringLiteral("elements"));
        REQUIRE(view);
        return view;
    }
    static QString cell(QTableView* view, int row, int column) {
        return view->model()->index(row, column).data().toString();
    }
    static void click(QWidget* page, const char* button) {
        auto* b = page->findChild<QPushButton*>(QLatin1String(button));
        REQUIRE(b);
        b->click();
    }

    void writeFile(const std::filesystem::path& path, const std::string& text) {
        std::ofstream(path) << text;
    }
};

} // namespace

TEST_CASE_METHOD(EditorFixture, "Field edits undo and redo through the document and the form") {
    auto* nameEn = find<QLineEdit>("nameEn");
    const auto oldName = pb().name.en;
    type(nameEn, QStringLiteral("Breach (edited)"));
    CHECK(pb().name.en == "Breach (edited)");
    CHECK(doc.isModified());
    CHECK(find<QLabel>("editorTitle")->text().contains(QStringLiteral("(unsaved changes)")));
    undo();
    CHECK(pb().name.en == oldName);
    CHECK(nameEn->text() == QString::fromStdString(oldName));
    CHECK_FALSE(doc.isModified());
    redo();
    CHECK(nameEn->text() == QStringLiteral("Breach (edited)"));

    auto* nameZh = find<QLineEdit>("nameZh");
    type(nameZh, QStringLiteral("网络攻击"));
    CHECK(pb().name.zh == "网络攻击");
    undo();
    CHECK(nameZh->text() == QString::fromStdString(crisis::test::shippedPlaybook("cyber-breach").name.zh));
    redo();
    CHECK(nameZh->text() == QStringLiteral("网络攻击"));

    auto* crisisType = find<QComboBox>("crisisType");
    choose(crisisType, QStringLiteral("data-leak"));
    CHECK(pb().crisisType == "data-leak");
    undo();
    CHECK(pb().crisisType == "cyber-breach");
    CHECK(crisisType->currentData().toString() == QStringLiteral("cyber-breach"));
    redo();
    CHECK(crisisType->currentData().toString() == QStringLiteral("data-leak"));

    auto* origin = find<QComboBox>("origin");
    choose(origin, QStringLiteral("internal"));
    CHECK(pb().origin == "internal");
    undo();
    CHECK(origin->currentData().toString() == QStringLiteral("external"));
    redo();
    CHECK(origin->currentData().toString() == QStringLiteral("internal"));

    auto* owner = find<QComboBox>("owner");
    choose(owner, QStringLiteral("legal"));
    CHECK(pb().owner == "legal");
    undo();
    CHECK(owner->currentData().toString() == QStringLiteral("crisis-manager"));
    redo();
    CHECK(owner->currentData().toString() == QStringLiteral("legal"));

    auto* description = find<TextBox>("descriptionEn");
    const auto oldDescription = pb().description.en;
    description->setPlainText(QStringLiteral("Short."));
    emit description->editingFinished();
    CHECK(pb().description.en == "Short.");
    undo();
    CHECK(description->toPlainText() == QString::fromStdString(oldDescription));
    redo();
    CHECK(description->toPlainText() == QStringLiteral("Short."));

    auto* review = find<DurationEdit>("reviewInterval");
    type(review->amountBox(), QStringLiteral("3"));
    CHECK(pb().reviewInterval == crisis::DueOffset{3, crisis::DueOffset::Unit::Months});
    undo();
    CHECK(review->amountBox()->value() == 6);
    redo();
    CHECK(review->amountBox()->value() == 3);
    CHECK(doc.undoStack()->count() == 7);
}

TEST_CASE_METHOD(EditorFixture, "Clock add and edit and move and remove each undo and redo") {
    QWidget* page = tab("clocksTab");
    QTableView* view = table(page);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto before = pb().clocks;
    const int rows = static_cast<int>(before.size());
    REQUIRE(view->model()->rowCount() == rows);

    // Add: below the selected first row.
    click(page, "add");
    REQUIRE(pb().clocks.size() == before.size() + 1);
    CHECK(cell(view, 1, 0) == QStringLiteral("new-clock"));
    CHECK(find<QLineEdit>("clockId")->text() == QStringLiteral("new-clock"));
    undo();
    CHECK(pb().clocks == before);
    CHECK(view->model()->rowCount() == rows);
    CHECK(cell(view, 1, 0) == QString::fromStdString(before[1].id));
    redo();
    CHECK(cell(view, 1, 0) == QStringLiteral("new-clock"));
    undo();

    // Edit: every field of the form goes into one clock.
    view->setCurrentIndex(view->model()->index(0, 0));
    type(find<QLineEdit>("clockNameEn"), QStringLiteral("Identify quickly"));
    type(find<DurationEdit>("clockDuration")->amountBox(), QStringLiteral("45"));
    choose(find<QComboBox>("clockMetBy"), -1);
    type(find<QLineEdit>("clockWarnings"), QStringLiteral("0.25, 0.75"));
    find<QCheckBox>("clockRegulatory")->click();
    type(find<QLineEdit>("clockReference"), QStringLiteral("Internal policy 4.2"));
    const auto& edited = pb().clocks[0];
    CHECK(edited.name.en == "Identify quickly");
    CHECK(edited.duration.toString() == "45m");
    CHECK_FALSE(edited.metByPhaseExit);
    CHECK(edited.warnings == std::vector<double>{0.25, 0.75});
    CHECK(edited.regulatory);
    CHECK(edited.reference == "Internal policy 4.2");
    CHECK(cell(view, 0, 3) == QStringLiteral("45m"));
    CHECK(cell(view, 0, 4) == QStringLiteral("mark"));
    for (int i = 0; i < 6; ++i)
        undo();
    CHECK(pb().clocks == before);
    CHECK(cell(view, 0, 3) == QStringLiteral("30m"));
    CHECK(find<QLineEdit>("clockNameEn")->text() == QString::fromStdString(before[0].name.en));
    CHECK(find<DurationEdit>("clockDuration")->amountBox()->value() == 30);
    for (int i = 0; i < 6; ++i)
        redo();
    CHECK(pb().clocks[0].reference == "Internal policy 4.2");
    CHECK(find<QLineEdit>("clockReference")->text() == QStringLiteral("Internal policy 4.2"));
    for (int i = 0; i < 6; ++i)
        undo();

    // Move down, then remove.
    view->setCurrentIndex(view->model()->index(0, 0));
    click(page, "moveDown");
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[1].id));
    CHECK(cell(view, 1, 0) == QString::fromStdString(before[0].id));
    CHECK(find<QLineEdit>("clockId")->text() == QString::fromStdString(before[0].id)); // selection followed
    undo();
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[0].id));
    redo();
    CHECK(cell(view, 1, 0) == QString::fromStdString(before[0].id));
    undo();

    view->setCurrentIndex(view->model()->index(0, 0));
    click(page, "remove");
    CHECK(view->model()->rowCount() == rows - 1);
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[1].id));
    undo();
    CHECK(pb().clocks == before);
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[0].id));
    redo();
    CHECK(view->model()->rowCount() == rows - 1);
}

TEST_CASE_METHOD(EditorFixture,
                 "Checklist items per phase add and edit and move and remove with undo and redo") {
    QWidget* page = tab("checklistsTab");
    QTableView* view = table(page);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* phase = find<QComboBox>("checklistPhase");
    phase->setCurrentIndex(phase->findData(static_cast<int>(crisis::Phase::Respond)));
    const auto before = pb().checklist(crisis::Phase::Respond);
    REQUIRE(before.size() >= 2);
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[0].id));

    click(page, "add");
    CHECK(pb().checklist(crisis::Phase::Respond).size() == before.size() + 1);
    CHECK(cell(view, 1, 0) == QStringLiteral("new-item"));
    type(find<QLineEdit>("itemTextEn"), QStringLiteral("Regulator informed"));
    CHECK(pb().checklist(crisis::Phase::Respond)[1].text.en == "Regulator informed");
    CHECK(cell(view, 1, 1) == QStringLiteral("Regulator informed"));
    undo(); // the edit
    CHECK(cell(view, 1, 1) == QStringLiteral("New checklist item"));
    CHECK(find<QLineEdit>("itemTextEn")->text() == QStringLiteral("New checklist item"));
    redo();
    CHECK(find<QLineEdit>("itemTextEn")->text() == QStringLiteral("Regulator informed"));
    undo();
    undo(); // the add
    CHECK(pb().checklist(crisis::Phase::Respond) == before);
    CHECK(view->model()->rowCount() == static_cast<int>(before.size()));
    redo();
    CHECK(cell(view, 1, 0) == QStringLiteral("new-item"));
    undo();

    view->setCurrentIndex(view->model()->index(1, 0));
    click(page, "moveUp");
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[1].id));
    undo();
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[0].id));
    redo();
    CHECK(pb().checklist(crisis::Phase::Respond)[0].id == before[1].id);
    undo();

    view->setCurrentIndex(view->model()->index(0, 0));
    click(page, "remove");
    CHECK(cell(view, 0, 0) == QString::fromStdString(before[1].id));
    undo();
    CHECK(pb().checklist(crisis::Phase::Respond) == before);
    redo();
    CHECK(view->model()->rowCount() == static_cast<int>(before.size()) - 1);
    // Other phases are untouched.
    CHECK(pb().checklist(crisis::Phase::Identify) ==
          crisis::test::shippedPlaybook("cyber-breach").checklist(crisis::Phase::Identify));
}

TEST_CASE_METHOD(EditorFixture, "Task templates add and edit and remove with undo and redo") {
    QWidget* page = tab("tasksTab");
    QTableView* view = table(page);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto before = pb().tasks;
    const int rows = static_cast<int>(before.size());

    click(page, "add");
    REQUIRE(view->model()->rowCount() == rows + 1);
    const int row = rows > 0 ? 1 : 0;
    CHECK(cell(view, row, 0) == QStringLiteral("new-task"));
    type(find<QLineEdit>("taskTitleEn"), QStringLiteral("Call the insurer"));
    choose(find<QComboBox>("taskRole"), QStringLiteral("legal"));
    type(find<DurationEdit>("taskDue")->amountBox(), QStringLiteral("4"));
    const auto& task = pb().tasks[static_cast<std::size_t>(row)];
    CHECK(task.title.en == "Call the insurer");
    CHECK(task.role == "legal");
    CHECK(task.due.toString() == "4h");
    CHECK(cell(view, row, 3) == QStringLiteral("4h"));
    undo();
    CHECK(cell(view, row, 3) == QStringLiteral("1h"));
    undo();
    CHECK(find<QComboBox>("taskRole")->currentData().toString() == QStringLiteral("crisis-manager"));
    redo();
    CHECK(find<QComboBox>("taskRole")->currentData().toString() == QStringLiteral("legal"));
    undo();
    undo();
    undo();
    CHECK(pb().tasks == before);
    CHECK(view->model()->rowCount() == rows);
    redo();
    CHECK(view->model()->rowCount() == rows + 1);

    view->setCurrentIndex(view->model()->index(0, 0));
    const auto first = pb().tasks[0].id;
    click(page, "remove");
    CHECK(view->model()->rowCount() == rows);
    undo();
    CHECK(cell(view, 0, 0) == QString::fromStdString(first));
    redo();
    CHECK(view->model()->rowCount() == rows);
}

TEST_CASE_METHOD(EditorFixture, "Reputation rule and linked templates undo and redo") {
    tab("reputationTab");
    auto* k = find<QDoubleSpinBox>("k");
    type(k, QStringLiteral("3.5"));
    CHECK(pb().reputation.k == Approx(3.5));
    type(find<QLineEdit>("watchWords"), QStringLiteral("boycott, 抵制"));
    CHECK(pb().reputation.watchWords == std::vector<std::string>{"boycott", "抵制"});
    type(find<DurationEdit>("bucket")->amountBox(), QStringLiteral("5"));
    CHECK(pb().reputation.bucket.toString() == "5m");
    undo();
    undo();
    CHECK(find<QLineEdit>("watchWords")->text().isEmpty());
    undo();
    CHECK(pb().reputation == crisis::ReputationRule{});
    CHECK(k->value() == Approx(2.0));
    redo();
    CHECK(k->value() == Approx(3.5));

    QWidget* page = tab("templatesTab");
    QTableView* view = table(page);
    const auto before = pb().templates;
    // Only ids of the kit in effect can be linked.
    type(find<QLineEdit>("newTemplateId"), QStringLiteral("cyber-breach-faq-en"));
    click(page, "add");
    CHECK(pb().templates == before);
    CHECK(find<QLabel>("templateNote")->text().contains(QStringLiteral("kit in effect")));
    type(find<QLineEdit>("newTemplateId"), QStringLiteral("cyber-breach.faq-reply.what-happened.en"));
    click(page, "add");
    REQUIRE(pb().templates.size() == before.size() + 1);
    CHECK(std::find(pb().templates.begin(), pb().templates.end(),
                    "cyber-breach.faq-reply.what-happened.en") != pb().templates.end());
    const int added = view->currentIndex().row();
    CHECK(cell(view, added, 0) == QStringLiteral("cyber-breach.faq-reply.what-happened.en"));
    undo();
    CHECK(pb().templates == before);
    CHECK(view->model()->rowCount() == static_cast<int>(before.size()));
    redo();
    CHECK(cell(view, added, 0) == QStringLiteral("cyber-breach.faq-reply.what-happened.en"));
    view->setCurrentIndex(view->model()->index(added, 0));
    click(page, "remove");
    CHECK(pb().templates == before);
    undo();
    CHECK(view->model()->rowCount() == static_cast<int>(before.size()) + 1);
    redo();
    CHECK(view->model()->rowCount() == static_cast<int>(before.size()));
}

TEST_CASE_METHOD(GuiFixture,
                 "The Playbooks page opens with its shortcut action and Ctrl+Z undoes a playbook edit") {
    MainWindow window(desk);
    window.show();
    window.actions().showPlaybooks->trigger();
    REQUIRE(window.pages()->currentWidget() == window.playbookEditor());
    CHECK(window.actions().showPlaybooks->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    CHECK(window.actions().undo->shortcut() == QKeySequence(QStringLiteral("Ctrl+Z")));
    CHECK(window.actions().redo->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    auto& doc = window.playbookEditor()->document();
    const auto name = doc.playbook().name.en;
    auto* nameEn = window.playbookEditor()->findChild<QLineEdit*>(QStringLiteral("nameEn"));
    nameEn->selectAll();
    QTest::keyClicks(nameEn, QStringLiteral("Renamed"));
    QTest::keyClick(nameEn, Qt::Key_Return);
    CHECK(doc.playbook().name.en == "Renamed");
    window.actions().undo->trigger();
    CHECK(doc.playbook().name.en == name);
    CHECK(nameEn->text() == QString::fromStdString(name));
    window.actions().redo->trigger();
    CHECK(nameEn->text() == QStringLiteral("Renamed"));
}

TEST_CASE_METHOD(EditorFixture, "Save makes version 2 while an incident opened before keeps version 1") {
    const auto incident = open("cyber-breach", "Opened on v1");
    QAbstractItemModelTester tester(editor.playbookModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = editor.playbookModel()->rowOf(QStringLiteral("cyber-breach"));
    CHECK(editor.playbookModel()->index(row, PlaybookListModel::VersionColumn).data().toString() ==
          QStringLiteral("v1"));
    tab("clocksTab");
    type(find<DurationEdit>("clockDuration")->amountBox(), QStringLiteral("45"));
    REQUIRE(pb().clocks[0].duration.toString() == "45m");

    find<QPushButton>("save")->click();
    CHECK(desk.store().playbook("cyber-breach")->version == 2);
    CHECK(desk.store().playbook("cyber-breach")->playbook.clocks[0].duration.toString() == "45m");
    CHECK(doc.version() == 2);
    CHECK_FALSE(doc.isModified());
    CHECK(find<QLabel>("editorStatus")->text().contains(QStringLiteral("version 2")));
    CHECK(find<QLabel>("editorTitle")->text().contains(QStringLiteral("version 2")));
    CHECK(editor.playbookModel()->index(row, PlaybookListModel::VersionColumn).data().toString() ==
          QStringLiteral("v2"));

    const auto opened = desk.store().incident(incident);
    CHECK(opened.playbookVersion == 1);
    CHECK(desk.service().playbookOf(opened).clocks[0].duration.toString() == "30m");
    // A new incident takes the new version.
    const auto later = open("cyber-breach", "Opened on v2");
    CHECK(desk.store().incident(later).playbookVersion == 2);

    // Saving again without a change makes no version.
    CHECK(editor.save());
    CHECK(desk.store().playbook("cyber-breach")->version == 2);
    CHECK(find<QLabel>("editorStatus")->text().contains(QStringLiteral("No changes")));
}

TEST_CASE_METHOD(EditorFixture, "Validation problems block saving and are listed with their pointers") {
    tab("clocksTab");
    QTableView* view = table(find<QWidget>("clocksTab"));
    const auto duplicate = pb().clocks[0].id;
    view->setCurrentIndex(view->model()->index(1, 0));
    type(find<QLineEdit>("clockId"), QString::fromStdString(duplicate));
    view->setCurrentIndex(view->model()->index(0, 0));
    type(find<DurationEdit>("clockDuration")->amountBox(), QStringLiteral("999999"));
    auto* unit = find<DurationEdit>("clockDuration")->unitBox();
    choose(unit, static_cast<int>(crisis::DueOffset::Unit::Days));
    REQUIRE(pb().clocks[0].duration.toString() == "999999d");
    type(find<QLineEdit>("clockNameZh"), QString());

    find<QPushButton>("save")->click();
    CHECK(desk.store().playbook("cyber-breach")->version == 1);
    CHECK(doc.isModified());
    auto* problems = editor.problems();
    CHECK(problems->isVisibleTo(&editor));
    QStringList pointers;
    for (int i = 0; i < problems->topLevelItemCount(); ++i)
        pointers << problems->topLevelItem(i)->text(1);
    CHECK(pointers.contains(QStringLiteral("/clocks/1/id")));
    CHECK(pointers.contains(QStringLiteral("/clocks/0/duration")));
    CHECK(pointers.contains(QStringLiteral("/clocks/0/name/zh")));
    CHECK(find<QLabel>("editorStatus")->text().contains(QStringLiteral("Not saved")));
    for (int i = 0; i < problems->topLevelItemCount(); ++i)
        CHECK_FALSE(problems->topLevelItem(i)->text(2).isEmpty());

    // Fixing them lets the save through and clears the list.
    undo();
    undo();
    undo();
    undo();
    type(find<QLineEdit>("nameEn"), QStringLiteral("Fixed"));
    CHECK(editor.save());
    CHECK(problems->topLevelItemCount() == 0);
    CHECK(desk.store().playbook("cyber-breach")->version == 2);
}

TEST_CASE_METHOD(
    EditorFixture,
    "Importing a bad file stores nothing and lists every problem and export then import is identical") {
    const auto count = desk.store().playbooks().size();
    auto good = crisis::test::shippedPlaybook("public-health");
    good.id = "pandemic-drill";
    const auto goodPath = dir.file("pandemic-drill.json");
    writeFile(goodPath, crisis::playbookToJson(good));
    const auto badPath = dir.file("bad.json");
    writeFile(badPath, R"({"format": "crisisdesk.playbook/1", "id": "Bad Id", "crisis_type": "alien",
        "origin": "external", "name": {"en": "x", "zh": "x"}, "description": {"en": "x", "zh": "x"},
        "clocks": [{"id": "a", "name": {"en": "a", "zh": "a"}, "start": "detection", "duration": "2x", "met_by": "mark"}]})");

    CHECK_FALSE(editor.importFiles(
        {QString::fromStdString(goodPath.string()), QString::fromStdString(badPath.string())}));
    CHECK(desk.store().playbooks().size() == count); // not even the good one
    QStringList pointers;
    for (int i = 0; i < editor.problems()->topLevelItemCount(); ++i) {
        CHECK(editor.problems()->topLevelItem(i)->text(0) == QStringLiteral("bad.json"));
        pointers << editor.problems()->topLevelItem(i)->text(1);
    }
    CHECK(pointers.contains(QStringLiteral("/id")));
    CHECK(pointers.contains(QStringLiteral("/crisis_type")));
    CHECK(pointers.contains(QStringLiteral("/clocks/0/duration")));
    CHECK(find<QLabel>("editorStatus")->text().contains(QStringLiteral("Nothing imported")));

    CHECK(editor.importFiles({QString::fromStdString(goodPath.string())}));
    CHECK(desk.store().playbooks().size() == count + 1);
    CHECK(pb().id == "pandemic-drill");
    CHECK(editor.playbookModel()->rowOf(QStringLiteral("pandemic-drill")) >= 0);

    const auto exported = dir.file("exported.json");
    CHECK(editor.exportTo(QString::fromStdString(exported.string())));
    CHECK(editor.importFiles({QString::fromStdString(exported.string())}));
    CHECK(desk.store().playbook("pandemic-drill")->version == 1); // identical: no new version
    CHECK(desk.store().playbook("pandemic-drill")->playbook == good);
}

TEST_CASE_METHOD(
    EditorFixture,
    "Importing several files is all or nothing - an id in two files and an unknown template stop it") {
    const auto count = desk.store().playbooks().size();
    auto first = crisis::test::shippedPlaybook("public-health");
    first.id = "pandemic-drill";
    auto twin = first;
    twin.name.en = "Pandemic drill (other file)";
    auto other = crisis::test::shippedPlaybook("financial");
    other.id = "bank-run";
    const auto firstPath = dir.file("a.json");
    const auto twinPath = dir.file("b.json");
    const auto otherPath = dir.file("c.json");
    writeFile(firstPath, crisis::playbookToJson(first));
    writeFile(twinPath, crisis::playbookToJson(twin));
    writeFile(otherPath, crisis::playbookToJson(other));
    const auto q = [](const std::filesystem::path& p) { return QString::fromStdString(p.string()); };

    // Two files with the same id: refused, not two versions.
    CHECK_FALSE(editor.importFiles({q(firstPath), q(otherPath), q(twinPath)}));
    CHECK(desk.store().playbooks().size() == count);
    REQUIRE(editor.problems()->topLevelItemCount() == 1);
    CHECK(editor.problems()->topLevelItem(0)->text(0) == QStringLiteral("b.json"));
    CHECK(editor.problems()->topLevelItem(0)->text(1) == QStringLiteral("/id"));
    CHECK(editor.problems()->topLevelItem(0)->text(2).contains(QStringLiteral("a.json")));

    // A linked template outside the kit in effect: the same refusal the editor's own tab gives.
    other.templates = {"no.such.template"};
    writeFile(otherPath, crisis::playbookToJson(other));
    CHECK_FALSE(editor.importFiles({q(firstPath), q(otherPath)}));
    CHECK(desk.store().playbooks().size() == count);
    REQUIRE(editor.problems()->topLevelItemCount() == 1);
    CHECK(editor.problems()->topLevelItem(0)->text(0) == QStringLiteral("c.json"));
    CHECK(editor.problems()->topLevelItem(0)->text(1) == QStringLiteral("/templates/0"));

    other.templates = {"financial.social-post.holding.en"};
    writeFile(otherPath, crisis::playbookToJson(other));
    CHECK(editor.importFiles({q(firstPath), q(otherPath)}));
    CHECK(desk.store().playbooks().size() == count + 2);
    CHECK(desk.store().playbook("pandemic-drill")->version == 1);
    CHECK(find<QLabel>("editorStatus")->text().contains(QStringLiteral("pandemic-drill v1, bank-run v1")));
}

TEST_CASE_METHOD(EditorFixture, "Dropping .json files on the editor imports them through the same checks") {
    auto dropped = crisis::test::shippedPlaybook("financial");
    dropped.id = "bank-run";
    const auto path = dir.file("bank-run.json");
    writeFile(path, crisis::playbookToJson(dropped));
    const auto bad = dir.file("broken.json");
    writeFile(bad, "{ not json");

    const auto drop = [&](const std::filesystem::path& file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(file.string()))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&editor, &enter);
        CHECK(enter.isAccepted());
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&editor, &event);
        return event.isAccepted();
    };

    CHECK(drop(bad));
    CHECK_FALSE(desk.store().playbook("bank-run"));
    REQUIRE(editor.problems()->topLevelItemCount() >= 1);
    CHECK(editor.problems()->topLevelItem(0)->text(0) == QStringLiteral("broken.json"));

    CHECK(drop(path));
    REQUIRE(desk.store().playbook("bank-run"));
    CHECK(desk.store().playbook("bank-run")->playbook == dropped);
    CHECK(editor.problems()->topLevelItemCount() == 0);
    CHECK(find<QLabel>("editorTitle")->text().contains(QStringLiteral("bank-run")));

    // Other files are not taken.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&editor, &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE_METHOD(EditorFixture, "The version view lists a changed clock between two versions") {
    QAbstractItemModelTester tester(editor.versions()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab("clocksTab");
    type(find<DurationEdit>("clockDuration")->amountBox(), QStringLiteral("45"));
    REQUIRE(editor.save());
    tab("versionsTab");
    auto* view = find<QTableView>("diff");
    CHECK(find<QComboBox>("fromVersion")->currentText() == QStringLiteral("v1"));
    CHECK(find<QComboBox>("toVersion")->currentText() == QStringLiteral("v2"));
    REQUIRE(view->model()->rowCount() == 1);
    const auto at = [&](int column) { return view->model()->index(0, column).data().toString(); };
    CHECK(at(PlaybookDiffModel::KindColumn) == QStringLiteral("changed"));
    CHECK(at(PlaybookDiffModel::PathColumn) == QStringLiteral("clocks/identify"));
    CHECK(at(PlaybookDiffModel::BeforeColumn).contains(QStringLiteral("\"duration\":\"30m\"")));
    CHECK(at(PlaybookDiffModel::AfterColumn).contains(QStringLiteral("\"duration\":\"45m\"")));

    // The same version on both sides: no rows.
    auto* to = find<QComboBox>("toVersion");
    choose(to, 1);
    CHECK(view->model()->rowCount() == 0);
}

TEST_CASE_METHOD(EditorFixture, "The version view lists a clock moved between two versions") {
    tab("clocksTab");
    QTableView* view = table(find<QWidget>("clocksTab"));
    const auto before = pb().clocks;
    view->setCurrentIndex(view->model()->index(0, 0));
    click(find<QWidget>("clocksTab"), "moveDown");
    REQUIRE(editor.save());
    tab("versionsTab");
    auto* diff = find<QTableView>("diff");
    REQUIRE(diff->model()->rowCount() == 1);
    const auto at = [&](int column) { return diff->model()->index(0, column).data().toString(); };
    CHECK(at(PlaybookDiffModel::KindColumn).startsWith(QStringLiteral("moved ")));
    const bool firstMoved =
        at(PlaybookDiffModel::PathColumn) == QString::fromStdString("clocks/" + before[0].id);
    CHECK((firstMoved ||
           at(PlaybookDiffModel::PathColumn) == QString::fromStdString("clocks/" + before[1].id)));
    CHECK(at(PlaybookDiffModel::KindColumn) ==
          (firstMoved ? QStringLiteral("moved 1 → 2") : QStringLiteral("moved 2 → 1")));
}

TEST_CASE_METHOD(EditorFixture,
                 "Playbooks and templates whose review interval has passed are listed as overdue") {
    QAbstractItemModelTester tester(editor.dueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* due = find<QTableView>("dueForReview");
    CHECK(due->model()->rowCount() == 0);
    // Installed at t0 with the default six months: due on 2026-09-02, the shipped templates too.
    clock.set(crisis::test::at("2026-09-02T07:59:00Z"));
    desk.refresh();
    CHECK(due->model()->rowCount() == 0);
    clock.set(crisis::test::at("2026-09-02T08:00:01Z"));
    desk.refresh();
    const int playbooks = static_cast<int>(desk.store().playbooks().size());
    const int templates = static_cast<int>(crisis::kitInEffect(desk.store()).size());
    REQUIRE(due->model()->rowCount() == playbooks + templates);
    const int row = editor.dueModel()->rowOf(QStringLiteral("cyber-breach"));
    CHECK(due->model()->index(row, ReviewDueModel::DueColumn).data().toString() ==
          QStringLiteral("2026-09-02"));
    CHECK(due->model()->index(row, ReviewDueModel::KindColumn).data().toString() ==
          QStringLiteral("Playbook"));
    const int tpl = editor.dueModel()->rowOf(QStringLiteral("cyber-breach.social-post.holding.en"));
    REQUIRE(tpl >= 0);
    CHECK(due->model()->index(tpl, ReviewDueModel::KindColumn).data().toString() ==
          QStringLiteral("Template"));
    CHECK(due->model()->index(tpl, ReviewDueModel::NameColumn).data().toString() ==
          QStringLiteral("Holding statement"));

    // Reviewing it (a saved change) takes it off the list; a shorter interval keeps another on it.
    type(find<QLineEdit>("nameEn"), QStringLiteral("Cybersecurity breach (reviewed)"));
    REQUIRE(editor.save());
    CHECK(editor.dueModel()->rowOf(QStringLiteral("cyber-breach")) < 0);
    CHECK(due->model()->rowCount() == playbooks + templates - 1);
    clock.advance(24h * 31);
    desk.refresh();
    CHECK(editor.dueModel()->rowOf(QStringLiteral("cyber-breach")) < 0);
    // Activating a due row opens it in the editor; a template row asks for the Templates page.
    const int financial = editor.dueModel()->rowOf(QStringLiteral("financial"));
    REQUIRE(financial >= 0);
    emit due->activated(editor.dueModel()->index(financial, 0));
    CHECK(pb().id == "financial");
    QString asked;
    QObject::connect(&editor, &PlaybookEditor::templateActivated, [&](const QString& id) { asked = id; });
    emit due->activated(editor.dueModel()->index(
        editor.dueModel()->rowOf(QStringLiteral("cyber-breach.social-post.holding.en")), 0));
    CHECK(asked == QStringLiteral("cyber-breach.social-post.holding.en"));

    // Reviewed and still right: marked reviewed without a new version, it leaves the list.
    due->selectRow(editor.dueModel()->rowOf(QStringLiteral("financial")));
    const int before = due->model()->rowCount();
    const int version = desk.store().playbook("financial")->version;
    REQUIRE_FALSE(editor.markSelectedReviewed(QStringLiteral("Checked with legal")));
    CHECK(editor.dueModel()->rowOf(QStringLiteral("financial")) < 0);
    CHECK(due->model()->rowCount() == before - 1);
    CHECK(desk.store().playbook("financial")->version == version);
    due->clearSelection();
    CHECK(editor.markSelectedReviewed({})); // nothing selected
}
