// Reports from the store: one snapshot for the console and crisisctl.

#include <crisis/bootstrap.hpp>
#include <crisis/incident_report.hpp>
#include <crisis/statement_service.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

TEST_CASE("The report snapshot comes from the incident record at the instant asked") {
    TempDir dir;
    Store store(dir.file("desk.db"));
    const Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock(t0);
    installDefaultPlaybooks(store, t0);
    store.addMember({0, "Lin", "crisis-manager", ""});
    store.addMember({0, "Sarah", "legal", ""});
    IncidentService incidents(store, clock, "Lin");
    const auto id = incidents.open({"cyber-breach", "Breach <b>", 1, t0, false});
    incidents.check(id, "scope");
    StatementService lin(store, incidents, clock, "Lin");
    StatementService sarah(store, incidents, clock, "Sarah");
    lin.recordFacts(id, {true, 1200});
    DraftRequest r;
    r.content = {"social-post",
                 "",
                 "",
                 "Holding <statement>",
                 "We are investigating. We will contact affected customers. Next update by 18:00.",
                 ""};
    const auto statement = lin.draft(id, r);
    lin.submit(statement);
    lin.approve(statement);
    sarah.approve(statement);
    clock.advance(20min);
    lin.publish(statement, {"Followers", "https://x.example/1", {}, {}});
    lin.draft(id, r); // a draft is not in the report

    const auto in = reportInput(store, incidents, id, t0 + 45min, Language::En, "Two analysts");
    CHECK(in.title == "Breach <b>");
    CHECK(in.crisisType == crisis::test::shippedPlaybook("cyber-breach").name.en);
    CHECK(in.severity == 1);
    CHECK(in.phase == Phase::Identify);
    CHECK(in.generatedAt == t0 + 45min);
    CHECK(in.customersAffected == 1200);
    CHECK(in.causeVerified);
    CHECK(in.needs == "Two analysts");
    REQUIRE(in.statements.size() == 1);
    CHECK(in.statements[0].title == "Holding <statement>");
    CHECK(in.statements[0].channel == "social-post");
    CHECK(in.statements[0].publishedAt == t0 + 20min);
    CHECK(std::any_of(in.checklist.begin(), in.checklist.end(),
                      [](const ReportChecklistItem& i) { return i.done; }));
    const auto identify = std::find_if(in.clocks.begin(), in.clocks.end(),
                                       [](const ReportClock& c) { return c.name == "Identify complete"; });
    REQUIRE(identify != in.clocks.end());
    CHECK(identify->state == ClockState::Overdue);
    CHECK(in.tasks.size() == incidents.playbookOf(store.incident(id)).tasks.size());

    // Before the publication the statement is not yet in it.
    CHECK(reportInput(store, incidents, id, t0 + 10min, Language::Zh).statements.empty());
    CHECK(reportInput(store, incidents, id, t0 + 10min, Language::Zh).crisisType ==
          crisis::test::shippedPlaybook("cyber-breach").name.zh);

    const auto md = renderReport(in, ReportKind::Can, ReportFormat::Markdown, Language::En);
    CHECK(md.find("Customers affected: 1200 (cause verified).") != std::string::npos);
    const auto exec = renderReport(in, ReportKind::Executive, ReportFormat::Html, Language::Zh);
    CHECK(exec.find("受影响客户：1200 名（原因已核实）。") != std::string::npos);
    CHECK(exec.find("<b>") == std::string::npos);
    CHECK(reportTitle(in, ReportKind::Can, Language::En) == "CAN report: Breach <b>");
}
