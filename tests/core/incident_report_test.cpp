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

namespace {

// A severity-1 breach with the two approvers of its statements (the crisis manager and legal).
struct ReportDesk {
    TempDir dir;
    Store store{dir.file("desk.db")};
    const Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock{t0};
    IncidentService incidents{store, clock, "Lin"};
    StatementService lin{store, incidents, clock, "Lin"};
    StatementService sarah{store, incidents, clock, "Sarah"};
    std::int64_t id = 0;

    explicit ReportDesk(const std::string& title) {
        installDefaultPlaybooks(store, t0);
        store.addMember({0, "Lin", "crisis-manager", ""});
        store.addMember({0, "Sarah", "legal", ""});
        id = incidents.open({"cyber-breach", title, 1, t0, false}); // every 4 h in respond
    }

    static DraftRequest social(const std::string& title) {
        DraftRequest r;
        r.content = {"social-post",
                     "",
                     "",
                     title,
                     "We are investigating. We will contact affected customers. Next update by 18:00.",
                     ""};
        return r;
    }

    // Drafted, submitted and approved by both roles: ready to publish.
    std::int64_t approved(const std::string& title) {
        const auto statement = lin.draft(id, social(title));
        lin.submit(statement);
        lin.approve(statement);
        sarah.approve(statement);
        return statement;
    }
};

} // namespace

TEST_CASE("The report snapshot comes from the incident record at the instant asked") {
    ReportDesk d("Breach <b>");
    auto& [dir, store, t0, clock, incidents, lin, sarah, id] = d;
    incidents.check(id, "scope");
    lin.recordFacts(id, {true, 1200});
    const auto statement = d.approved("Holding <statement>");
    clock.advance(20min);
    lin.publish(statement, {"Followers", "https://x.example/1", {}, {}});
    lin.draft(id, ReportDesk::social("Holding <statement>")); // a draft is not in the report

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

TEST_CASE("Reports show the waits over the update cadence that the cadence clock forgets") {
    ReportDesk d("Breach");
    auto& [dir, store, t0, clock, incidents, lin, sarah, id] = d;
    const auto publish = [&] { lin.publish(d.approved("Update"), {"Followers", "", {}, {}}); };
    incidents.forceAdvance(id, "drill");
    incidents.forceAdvance(id, "drill");
    REQUIRE(store.incident(id).phase == Phase::Respond);

    clock.advance(1h);
    publish(); // on time
    auto kept = reportInput(store, incidents, id, clock.now(), Language::En);
    REQUIRE(kept.cadence);
    CHECK(kept.cadence->waitsOverCadence == 0);
    CHECK(renderReport(kept, ReportKind::Can, ReportFormat::Markdown, Language::En)
              .find("no wait for an update ran over it; the longest was 1h 00m") != std::string::npos);

    clock.advance(5h); // an hour overdue before the next update
    publish();
    clock.advance(30min);
    const auto in = reportInput(store, incidents, id, clock.now(), Language::En);
    const auto cadenceClock = std::find_if(in.clocks.begin(), in.clocks.end(), [&](const ReportClock& c) {
        return c.name == incidents.playbookOf(store.incident(id)).clock("update-cadence")->name.en;
    });
    REQUIRE(cadenceClock != in.clocks.end());
    CHECK(cadenceClock->state != ClockState::Overdue); // the clock restarted: it shows nothing
    REQUIRE(in.cadence);
    CHECK(in.cadence->cadence == 4h);
    CHECK(in.cadence->waits == 3);
    CHECK(in.cadence->waitsOverCadence == 1);
    CHECK(in.cadence->longest == 5h);
    const std::string line =
        "Public update cadence (every 4h 00m): 1 of 3 wait(s) for an update ran over it; "
        "the longest was 5h 00m.";
    CHECK(renderReport(in, ReportKind::Can, ReportFormat::Markdown, Language::En).find(line) !=
          std::string::npos);
    CHECK(renderReport(in, ReportKind::Executive, ReportFormat::Markdown, Language::En).find(line) !=
          std::string::npos);
    CHECK(renderReport(in, ReportKind::Executive, ReportFormat::Html, Language::Zh)
              .find("3 次等待中有 1 次超时；最长一次为 5h 00m") != std::string::npos);

    // Before respond there is no cadence to speak of.
    const auto early = incidents.open({"cyber-breach", "Other", 1, t0, false});
    CHECK_FALSE(reportInput(store, incidents, early, clock.now(), Language::En).cadence);
}
