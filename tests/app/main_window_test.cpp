#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "phase_ribbon.hpp"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace std::chrono_literals;

TEST_CASE_METHOD(GuiFixture, "The main window shows the selected incident's phase, clocks and checklist") {
    const auto id = open("cyber-breach", "Customer data breach");
    MainWindow window(desk);
    window.show();
    CHECK(window.currentIncident() == id);
    auto* title = window.findChild<QLabel*>(QStringLiteral("incidentTitle"));
    REQUIRE(title);
    CHECK(title->text().contains(QStringLiteral("Customer data breach")));
    auto* ribbon = window.findChild<PhaseRibbon*>(QStringLiteral("phaseRibbon"));
    REQUIRE(ribbon);
    CHECK(ribbon->phase() == crisis::Phase::Identify);
    CHECK(window.findChild<QLabel*>(QStringLiteral("phase-identify"))->property("current").toBool());

    auto* clocks = window.findChild<QTableView*>(QStringLiteral("clocks"));
    REQUIRE(clocks->model()->rowCount() >= 4);
    auto* checklist = window.findChild<QListView*>(QStringLiteral("checklist"));
    CHECK(checklist->model()->rowCount() == 4);

    auto* status = window.findChild<QLabel*>(QStringLiteral("statusIdentity"));
    CHECK(status->text().contains(QStringLiteral("Lin")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusTime"))->text().contains(QStringLiteral("UTC")));
}

TEST_CASE_METHOD(GuiFixture, "Advance refuses an open checklist with a dialog, then works once ticked") {
    const auto id = open("cyber-breach", "Breach");
    MainWindow window(desk);
    window.show();
    auto* advance = window.findChild<QPushButton*>(QStringLiteral("advance"));
    REQUIRE(advance);
    QString message;
    dismissNextModal(&message);
    advance->click();
    CHECK(message.contains(QStringLiteral("exit checklist incomplete")));
    CHECK(desk.store().incident(id).phase == crisis::Phase::Identify);

    auto* checklist = window.findChild<QListView*>(QStringLiteral("checklist"));
    for (int row = 0; row < checklist->model()->rowCount(); ++row)
        checklist->model()->setData(checklist->model()->index(row, 0), Qt::Checked, Qt::CheckStateRole);
    advance->click();
    CHECK(desk.store().incident(id).phase == crisis::Phase::Analyze);
    CHECK(window.findChild<PhaseRibbon*>(QStringLiteral("phaseRibbon"))->phase() == crisis::Phase::Analyze);
    CHECK(static_cast<std::size_t>(
              window.findChild<QListView*>(QStringLiteral("checklist"))->model()->rowCount()) ==
          crisis::test::shippedPlaybook("cyber-breach").checklist(crisis::Phase::Analyze).size());
}
