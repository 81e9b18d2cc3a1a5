// Drill scripts: strict reading, headless runs of every built-in scenario, determinism and
// all-or-nothing failure.

#include <crisis/bootstrap.hpp>
#include <crisis/drill_script.hpp>
#include <crisis/error.hpp>
#include <crisis/statement.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>

using namespace crisis;
using crisis::test::at;
using nlohmann::json;

namespace {

std::string minutes(Duration d) {
    return std::to_string(std::chrono::duration_cast<std::chrono::minutes>(d).count()) + "m";
}

// A team that answers every scheduled inject halfway through its allowance.
json goodTeam(const Scenario& sc) {
    json steps = json::array();
    for (const auto& in : sc.injects) {
        if (!in.offset || !in.expected)
            continue;
        json step{{"at", minutes(*in.offset + in.expected->allowance / 2)},
                  {"do", actionKindName(in.expected->action)},
                  {"target", in.expected->target}};
        if (in.expected->action == ActionKind::PhaseReached)
            step["reason"] = "scripted";
        steps.push_back(step);
    }
    steps.push_back({{"at", "1d"},
                     {"do", "rate"},
                     {"target", sc.objectives.front().id},
                     {"rating", "S"},
                     {"comment", "ok"},
                     {"by", "Evaluator"}});
    steps.push_back({{"at", "1d"}, {"do", "hot_wash"}, {"text", "Good pace"}, {"kind", "strength"}});
    return {{"format", "crisisdesk.drill-script/1"}, {"scenario", sc.id}, {"steps", steps}};
}

struct ScriptDesk {
    test::TempDir dir;
    Store store{dir.file("s.db")};
    ScriptDesk() { installDefaultPlaybooks(store, at("2026-01-01T00:00:00Z")); }
    DrillScriptRun run(const json& script, const std::string& scenario,
                       Instant start = at("2026-03-01T08:00:00Z")) {
        return runDrillScript(store, parseDrillScript(script.dump(), "script.json"), scenario, start,
                              "Trainer", Language::En);
    }
};

} // namespace

TEST_CASE("Drill script validation lists every problem with its pointer") {
    const char* bad = R"({"format": "crisisdesk.drill-script/2", "language": "fr", "end": "2bd", "extra": 1,
      "steps": [{"at": "10m", "do": "dance"},
                {"at": "1mo", "do": "checklist_item_checked"},
                {"at": "5m", "do": "rate", "target": "x", "rating": "Q"},
                {"at": "5m", "do": "note"},
                {"at": "5m", "do": "phase_reached", "target": "limbo"},
                {"at": "5m", "do": "statement_published", "target": "fax", "kind": "gossip"},
                {"do": "skip", "target": "x"}]})";
    try {
        parseDrillScript(bad, "bad.json");
        FAIL("accepted a bad script");
    } catch (const ValidationError& e) {
        std::set<std::string> pointers;
        for (const auto& p : e.problems())
            pointers.insert(p.pointer);
        for (const auto* expected : {"/format", "/language", "/end", "/extra", "/steps/0/do", "/steps/1/at",
                                     "/steps/1", "/steps/2/rating", "/steps/3", "/steps/4/target",
                                     "/steps/5/target", "/steps/5/kind", "/steps/6"})
            CHECK(pointers.count(expected) == 1);
    }
    try {
        parseDrillScript(R"({"format": "crisisdesk.drill-script/1", "end": "5000d",
                             "steps": [{"at": "99999999m", "do": "note", "text": "x"}]})",
                         "long.json");
        FAIL("accepted spans over ten years");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 2);
        for (const auto& p : e.problems())
            CHECK(p.message.id == "scenario.span_too_long");
    }
    CHECK_THROWS_AS(parseDrillScript("{not json", "x.json"), ValidationError);
    CHECK_NOTHROW(parseDrillScript(R"({"format": "crisisdesk.drill-script/1", "steps": []})", "empty.json"));
}

TEST_CASE("A drill script step after its end is refused at the step's at and nothing is stored") {
    const auto sc = builtInScenarios().front();
    const json script{{"format", "crisisdesk.drill-script/1"},
                      {"end", "1h"},
                      {"steps",
                       {{{"at", "5m"}, {"do", "checklist_item_checked"}, {"target", "scope"}},
                        {{"at", "1h"}, {"do", "hot_wash"}, {"text", "at the end itself: fine"}},
                        {{"at", "2h"}, {"do", "hot_wash"}, {"text", "after the end"}}}}};
    try {
        parseDrillScript(script.dump(), "late.json");
        FAIL("a step after the end passed");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].pointer == "/steps/2/at");
        CHECK(e.problems()[0].message.id == "drill.script_step_after_end");
        CHECK(e.problems()[0].message.args == std::vector<std::string>{"2h", "1h"});
    }
    // A script built in code is refused by the runner the same way, before anything is written.
    ScriptDesk d;
    auto inTime = script;
    inTime["steps"][2]["at"] = "1h";
    DrillScript built = parseDrillScript(inTime.dump(), "built.json");
    built.steps.back().at = std::chrono::hours{2};
    CHECK_THROWS_AS(
        runDrillScript(d.store, built, sc.id, at("2026-03-01T08:00:00Z"), "Trainer", Language::En),
        ValidationError);
    CHECK(d.store.eventCount() == 0);
    // Without the late step the run scores at T0 + end.
    auto fine = script;
    fine["steps"].erase(2);
    CHECK(d.run(fine, sc.id).score.at == at("2026-03-01T09:00:00Z"));
}

TEST_CASE("Every built-in scenario runs to its end in a scripted run") {
    for (const auto& sc : builtInScenarios()) {
        INFO(sc.id);
        ScriptDesk d;
        const auto good = d.run(goodTeam(sc), sc.id);
        CHECK(good.score.totals.pending == 0);
        CHECK(good.score.totals.missed == 0);
        CHECK(good.score.totals.late == 0);
        int scheduled = 0;
        for (const auto& in : sc.injects)
            scheduled += in.offset && in.expected ? 1 : 0;
        CHECK(good.score.totals.onTime == scheduled);
        for (const auto& state : good.score.snapshot.injects)
            CHECK((state.status == InjectStatus::Fired) == sc.inject(state.id)->offset.has_value());
        const auto incident = d.store.incident(good.incident);
        CHECK(incident.drill);
        CHECK_FALSE(incident.isOpen());
        CHECK(incident.drillClock->ended);
        // What the script published reads back as published statements.
        std::size_t published = 0;
        const auto script = goodTeam(sc);
        for (const auto& step : script["steps"])
            published += step["do"] == "statement_published" ? 1 : 0;
        const auto statements = foldStatements(d.store.events(good.incident), {"legal"});
        CHECK(statements.size() == published);
        for (const auto& s : statements)
            CHECK(s.state == StatementState::Published);

        // A team that does nothing: every action missed, every contingency fired.
        const auto idle = d.run({{"format", "crisisdesk.drill-script/1"}, {"steps", json::array()}}, sc.id);
        CHECK(idle.score.totals.pending == 0);
        CHECK(idle.score.totals.onTime == 0);
        CHECK(idle.score.totals.notDelivered == 0);
        for (const auto& state : idle.score.snapshot.injects)
            CHECK(state.status == InjectStatus::Fired);
        CHECK_FALSE(d.store.verify());
    }
}

TEST_CASE("Two scripted runs give byte-identical score JSON") {
    const auto sc = builtInScenarios().front();
    ScriptDesk a, b;
    const auto first = scoreToJson(a.run(goodTeam(sc), sc.id).score);
    const auto second = scoreToJson(b.run(goodTeam(sc), sc.id).score);
    CHECK(first == second);
    // In the same database too (another incident id, same score).
    CHECK(scoreToJson(a.run(goodTeam(sc), sc.id).score) == first);
    // Another pace gives another score.
    auto slower = goodTeam(sc);
    slower["steps"][0]["at"] = "5h";
    CHECK(scoreToJson(a.run(slower, sc.id).score) != first);
}

TEST_CASE("A failing script step names itself and stores nothing") {
    const auto sc = builtInScenarios().front();
    ScriptDesk d;
    const json script{{"format", "crisisdesk.drill-script/1"},
                      {"steps",
                       {{{"at", "5m"}, {"do", "checklist_item_checked"}, {"target", "scope"}},
                        {{"at", "10m"}, {"do", "task_done"}, {"target", "no-such-task"}}}}};
    try {
        d.run(script, sc.id);
        FAIL("a bad step passed");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].pointer == "/steps/1");
    }
    CHECK(d.store.incidents(true).empty());
    CHECK(d.store.eventCount() == 0);
    // A script written for another scenario is refused.
    const json other{
        {"format", "crisisdesk.drill-script/1"}, {"scenario", "typhoon-warehouse"}, {"steps", json::array()}};
    CHECK_THROWS_AS(d.run(other, sc.id), ValidationError);
    // Answering an inject that has not arrived yet.
    const json early{{"format", "crisisdesk.drill-script/1"},
                     {"steps", {{{"at", "1m"}, {"do", "inbox_answered"}, {"target", sc.injects.back().id}}}}};
    CHECK_THROWS_AS(d.run(early, sc.id), ValidationError);
    CHECK(d.store.eventCount() == 0);
}
