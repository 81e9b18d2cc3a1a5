#include "gui_fixture.hpp"
#include "models/checklist_model.hpp"

#include "models/clock_table_model.hpp"
#include "models/incident_list_model.hpp"
#include <crisis/backup.hpp>

#include <QAbstractItemModelTester>
#include <QBrush>

#include <catch2/catch.hpp>

using namespace std::chrono_literals;

TEST_CASE_METHOD(GuiFixture, "Incident list model passes Qt's model checks and marks the worst clock") {
    IncidentListModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    const auto id = open("cyber-breach", "Breach");
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0), IncidentListModel::IdRole).toLongLong() == id);
    CHECK(model.data(model.index(0), Qt::DisplayRole).toString().contains(QStringLiteral("Breach")));
    CHECK(model.data(model.index(0), IncidentListModel::WorstClockRole).toInt() ==
          static_cast<int>(crisis::ClockState::Pending));
    clock.advance(31min);
    desk.refresh();
    CHECK(model.data(model.index(0), IncidentListModel::WorstClockRole).toInt() ==
          static_cast<int>(crisis::ClockState::Overdue));
}

TEST_CASE_METHOD(GuiFixture, "Clock table shows due, countdown and state - overdue counts up") {
    const auto id = open("cyber-breach", "Breach");
    ClockTableModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(id);
    REQUIRE(model.rowCount() >= 4);
    CHECK(model.data(model.index(0, ClockTableModel::NameColumn), ClockTableModel::IdRole).toString() ==
          QStringLiteral("identify"));
    CHECK(model.data(model.index(0, ClockTableModel::RemainingColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("00:30:00"));
    CHECK(model.data(model.index(0, ClockTableModel::StateColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("pending"));
    clock.advance(31min);
    desk.refresh();
    CHECK(model.data(model.index(0, ClockTableModel::RemainingColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("+00:01:00"));
    CHECK(model.data(model.index(0, ClockTableModel::StateColumn), Qt::DisplayRole).toString() ==
          QStringLiteral("overdue"));
}

TEST_CASE_METHOD(GuiFixture, "Ticking the checklist model records the item in the store") {
    const auto id = open("cyber-breach", "Breach");
    ChecklistModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIncident(id);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
    REQUIRE(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    CHECK(desk.store().incident(id).checked.contains("scope"));
    CHECK(model.data(model.index(0), Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(desk.store().incident(id).checked.contains("scope"));
}

TEST_CASE_METHOD(GuiFixture, "The desk schedules its timer for the core's next change") {
    CHECK_FALSE(desk.scheduledChange().has_value());
    open("cyber-breach", "Breach");
    REQUIRE(desk.scheduledChange().has_value());
    CHECK(*desk.scheduledChange() == t0 + 15min);
}

TEST_CASE_METHOD(GuiFixture, "The desk writes verified backups beside the database") {
    open("cyber-breach", "Breach");
    REQUIRE_FALSE(desk.backupNow().has_value());
    const auto folder = dir.file("backups");
    REQUIRE(std::filesystem::exists(folder));
    const auto file = folder / crisis::backupFileName(t0);
    REQUIRE(std::filesystem::exists(file));
    CHECK(crisis::Store(file, crisis::OpenMode::ReadOnly).eventCount() == desk.store().eventCount());
}
