// The Team page's primary/backup and role coverage, the hand-off dialog, the Roles view of
// an incident and My tasks following the role holder.

#include "actions.hpp"
#include "dialogs/hand_off_dialog.hpp"
#include "dialogs/member_dialog.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "models/role_coverage_model.hpp"
#include "models/role_history_model.hpp"
#include "models/team_model.hpp"
#include "pages/my_tasks_page.hpp"
#include "pages/team_page.hpp"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace std::chrono_literals;

namespace {

void choose(QComboBox* combo, const QString& data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

int rowOfRole(const QAbstractItemModel& model, const QString& role) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(RoleCoverageModel::RoleIdRole).toString() == role)
            return r;
    return -1;
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "The team page shows primary or backup and who covers each role") {
    TeamPage page(desk);
    QAbstractItemModelTester tester(page.coverage(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* coverage = page.findChild<QTableView*>(QStringLiteral("roleCoverage"));
    REQUIRE(coverage);
    const auto* model = coverage->model();
    CHECK(model->rowCount() == 8);
    const int it = rowOfRole(*model, QStringLiteral("it"));
    CHECK(model->index(it, RoleCoverageModel::PrimaryColumn).data().toString() == QStringLiteral("Zhang"));
    CHECK(model->index(it, RoleCoverageModel::BackupsColumn).data().toString() == QStringLiteral("none"));
    CHECK(model->index(it, RoleCoverageModel::BackupsColumn).data(RoleCoverageModel::GapRole).toBool());
    const int legal = rowOfRole(*model, QStringLiteral("legal"));
    CHECK(model->index(legal, RoleCoverageModel::PrimaryColumn).data().toString() ==
          QStringLiteral("nobody"));

    // A new member of a role that has a primary starts as a backup; of an empty role, as primary.
    MemberDialog add(desk, std::nullopt);
    add.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Zhao"));
    auto* role = add.findChild<QComboBox*>(QStringLiteral("role"));
    auto* standing = add.findChild<QComboBox*>(QStringLiteral("standing"));
    choose(role, QStringLiteral("legal"));
    CHECK(standing->currentData().toBool() == false);
    choose(role, QStringLiteral("it"));
    CHECK(standing->currentData().toBool() == true);
    add.accept();
    CHECK(add.result() == QDialog::Accepted);
    CHECK(model->index(it, RoleCoverageModel::BackupsColumn).data().toString() == QStringLiteral("Zhao"));
    const auto* team = page.model();
    CHECK(team->data(team->index(2, TeamModel::StandingColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("Backup"));

    // Making the backup primary while Zhang is: the core's message, inline, nothing stored.
    MemberDialog promote(desk, *team->member(2));
    auto* promoteStanding = promote.findChild<QComboBox*>(QStringLiteral("standing"));
    CHECK(promoteStanding->currentData().toBool() == true);
    promoteStanding->setCurrentIndex(0);
    promote.accept();
    CHECK(promote.result() != QDialog::Accepted);
    CHECK(promote.findChild<QLabel*>(QStringLiteral("error"))
              ->text()
              .contains(QStringLiteral("already the primary")));
    CHECK(desk.store().members()[2].backup);

    // With the primary gone, the backup steps in.
    desk.run([&] { desk.store().removeMember(desk.store().members()[1].id); });
    CHECK(model->index(it, RoleCoverageModel::PrimaryColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Zhao")));
}

TEST_CASE_METHOD(GuiFixture,
                 "Handing a role off from the incident: dialog - Roles history - tasks and My tasks follow") {
    desk.store().addMember({0, "Zhao", "it", "", true});
    desk.store().addMember({0, "Emma", "comms", ""});
    const auto id = open("cyber-breach", "Breach");
    MainWindow window(desk);
    window.show();
    QAbstractItemModelTester tester(window.roleHistory(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* roles = window.findChild<QTableView*>(QStringLiteral("roles"));
    REQUIRE(roles);
    const auto* history = roles->model();
    REQUIRE(history->rowCount() == 3); // crisis-manager, comms, it from the open
    CHECK(history->index(2, RoleHistoryModel::HolderColumn).data().toString() == QStringLiteral("Zhang"));
    CHECK(history->index(2, RoleHistoryModel::UntilColumn).data().toString() == QStringLiteral("now"));

    clock.advance(2h);
    {
        HandOffDialog dialog(desk, id, &window);
        auto* role = dialog.findChild<QComboBox*>(QStringLiteral("role"));
        choose(role, QStringLiteral("it"));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("currentHolder"))->text() == QStringLiteral("Zhang"));
        auto* to = dialog.findChild<QComboBox*>(QStringLiteral("newHolder"));
        // The role's backup first; the current holder is not offered.
        CHECK(to->itemData(0).toString() == QStringLiteral("Zhao"));
        CHECK(to->findData(QStringLiteral("Zhang")) < 0);
        dialog.findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("end of shift"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    REQUIRE(history->rowCount() == 4);
    CHECK(history->index(2, RoleHistoryModel::HolderColumn).data().toString() == QStringLiteral("Zhang"));
    CHECK(history->index(2, RoleHistoryModel::UntilColumn).data().toString() != QStringLiteral("now"));
    CHECK(history->index(3, RoleHistoryModel::HolderColumn).data().toString() == QStringLiteral("Zhao"));
    CHECK(history->index(3, RoleHistoryModel::ReasonColumn).data().toString() ==
          QStringLiteral("end of shift"));
    CHECK(history->index(3, RoleHistoryModel::ByColumn).data().toString() == QStringLiteral("Lin"));
    CHECK(history->index(3, 0).data(RoleHistoryModel::CurrentRole).toBool());
    for (const auto& t : desk.store().incident(id).tasks)
        if (t.role == "it")
            CHECK(t.assignee == "Zhao");

    // My tasks of the new holder show the role's tasks; the old holder's do not.
    desk.setActor(QStringLiteral("Zhao"));
    MyTasksPage zhao(desk, false);
    auto* view = zhao.findChild<QTableView*>(QStringLiteral("myTasks"));
    CHECK(view->model()->rowCount() > 0);
    desk.setActor(QStringLiteral("Zhang"));
    MyTasksPage zhang(desk, false);
    CHECK(zhang.findChild<QTableView*>(QStringLiteral("myTasks"))->model()->rowCount() == 0);
    desk.setActor(QStringLiteral("Lin"));

    // Handing to the holder again: the core's message inline, nothing logged.
    const auto events = desk.store().eventCount();
    HandOffDialog again(desk, id, &window);
    choose(again.findChild<QComboBox*>(QStringLiteral("role")), QStringLiteral("it"));
    auto* to = again.findChild<QComboBox*>(QStringLiteral("newHolder"));
    CHECK(to->findData(QStringLiteral("Zhao")) < 0); // the holder is not offered at all
    choose(to, QStringLiteral("Zhang"));
    again.accept();
    CHECK(again.result() == QDialog::Accepted);
    CHECK(desk.store().eventCount() == events + 1);

    // Closed: the action is off.
    desk.run([&] { desk.service().close(id, "done"); });
    CHECK_FALSE(window.actions().handOff->isEnabled());
}
