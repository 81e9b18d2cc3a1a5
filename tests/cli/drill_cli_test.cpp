// crisisctl drill, black box: scenarios, a live drill on the drill clock (--at is the real
// instant), the trainer's controls, scoring, the report in HTML and PDF, scripted runs.

#include "cli_harness.hpp"

#include <sqlite3.h>

#include <set>

using crisis::test::Cli;
using crisis::test::slurp;
using nlohmann::json;

namespace {

const std::string T0 = "2026-03-01T08:00:00Z";

// "30m", "2h", "1d" in minutes.
long long minutesOf(const std::string& span) {
    const long long n = std::stoll(span.substr(0, span.size() - 1));
    const char unit = span.back();
    return unit == 'd' ? n * 1440 : unit == 'h' ? n * 60 : n;
}

// A team that answers every scheduled inject of a scenario file halfway through its allowance.
json goodTeamScript(const json& scenario) {
    json steps = json::array();
    for (const auto& in : scenario["injects"]) {
        if (!in.contains("offset") || !in.contains("expected"))
            continue;
        const auto& e = in["expected"];
        const long long at = minutesOf(in["offset"]) + minutesOf(e["allowance"]) / 2;
        json step{{"at", std::to_string(at) + "m"}, {"do", e["action"]}, {"target", e["target"]}};
        if (e["action"] == "phase_reached")
            step["reason"] = "scripted";
        steps.push_back(step);
    }
    return {{"format", "crisisdesk.drill-script/1"}, {"scenario", scenario["id"]}, {"steps", steps}};
}

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

json injectNamed(const json& status, const std::string& id) {
    for (const auto& i : status["injects"])
        if (i["id"] == id)
            return i;
    FAIL("no inject " << id);
    return {};
}

} // namespace

TEST_CASE("crisisctl: drill list shows the built-in scenarios and import validates a file whole") {
    Cli cli;
    cli.ok({"init"});
    auto list = cli.ok({"--json", "drill", "list"}).json();
    REQUIRE(list.size() == 5);
    std::set<std::string> ids;
    for (const auto& s : list) {
        ids.insert(s["id"]);
        CHECK(s["source"] == "built-in");
        CHECK(s["injects"].get<int>() >= 12);
        CHECK_FALSE(s["title"]["zh"].get<std::string>().empty());
    }
    CHECK(ids == std::set<std::string>{"breach-extortion", "liquidity-rumour", "misinformation-campaign",
                                       "snack-mould", "typhoon-warehouse"});

    write(cli.file("bad.json"), R"({"format": "crisisdesk.scenario/1", "id": "Bad Id", "version": 0})");
    const auto bad = cli.run({"drill", "import", cli.file("bad.json").string()});
    CHECK(bad.exit == 1);
    CHECK(bad.err.find("/id") != std::string::npos);
    CHECK(bad.err.find("/version") != std::string::npos);
    CHECK(bad.err.find("\"injects\"") != std::string::npos);
    CHECK(cli.ok({"--json", "drill", "list"}).json().size() == 5);

    auto own =
        json::parse(slurp(std::filesystem::path(SOURCE_DIR) / "resources/scenarios/typhoon-warehouse.json"));
    own["id"] = "typhoon-short";
    own["title"]["en"] = "Short typhoon";
    write(cli.file("own.json"), own.dump());
    const auto imported = cli.ok({"--json", "drill", "import", cli.file("own.json").string()}).json();
    CHECK(imported["id"] == "typhoon-short");
    CHECK(imported["source"] == "stored");
    CHECK(cli.ok({"--json", "drill", "list"}).json().size() == 6);
    // Same id and version, other content: refused.
    own["title"]["en"] = "Changed";
    write(cli.file("own.json"), own.dump());
    CHECK(cli.run({"drill", "import", cli.file("own.json").string()}).exit == 1);
    // The imported scenario runs.
    CHECK(cli.ok({"--at", T0, "drill", "start", "typhoon-short"}).out == "1\n");
}

TEST_CASE("crisisctl: a live drill follows the drill clock across pause and speed changes") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Lin", "--role", "crisis-manager"});
    CHECK(cli.ok({"--at", T0, "drill", "start", "breach-extortion", "--speed", "60"}).out == "1\n");
    // 30 real seconds at 60x: drill T+30m.
    auto st = cli.ok({"--at", "2026-03-01T08:00:30Z", "--json", "drill", "status", "1"}).json();
    CHECK(st["now"] == "2026-03-01T08:30:00Z");
    CHECK(st["elapsed"] == "T+00:30");
    CHECK(st["clock"] == "running");
    CHECK(injectNamed(st, "extortion-email")["status"] == "fired");
    CHECK(injectNamed(st, "extortion-email")["delivered"] == true);
    CHECK(injectNamed(st, "customer-tweet")["status"] == "pending");
    CHECK(st["next_inject"] == "2026-03-01T08:40:00Z");

    // A participant's tick on the drill incident is stamped with drill time.
    cli.ok({"--at", "2026-03-01T08:00:35Z", "incident", "check", "1", "scope"});
    // With the --at of each step: a command without it runs at the real now, which delivers
    // everything due by then (every command delivers first).
    const auto log = cli.ok({"--at", "2026-03-01T08:00:35Z", "--json", "log", "1"}).json();
    bool found = false;
    for (const auto& e : log)
        if (e["kind"] == "checklist.checked") {
            CHECK(e["at"] == "2026-03-01T08:35:00Z");
            found = true;
        }
    CHECK(found);
    // The incident's own clocks run on drill time: identify is overdue 31 real seconds in.
    const auto incident =
        cli.ok({"--at", "2026-03-01T08:00:31Z", "--json", "incident", "status", "1"}).json();
    for (const auto& c : incident["clocks"])
        if (c["name"] == "identify")
            CHECK(c["state"] == "overdue");

    st = cli.ok({"--at", "2026-03-01T08:00:40Z", "--json", "drill", "pause", "1"}).json();
    CHECK(st["clock"] == "paused");
    CHECK(st["now"] == "2026-03-01T08:40:00Z");
    st = cli.ok({"--at", "2026-03-01T09:00:00Z", "--json", "drill", "status", "1"}).json();
    CHECK(st["now"] == "2026-03-01T08:40:00Z");
    CHECK(st["wake_up"].is_null());
    CHECK(cli.run({"--at", "2026-03-01T09:00:00Z", "drill", "pause", "1"}).exit == 1);
    cli.ok({"--at", "2026-03-01T09:00:00Z", "drill", "resume", "1"});
    cli.ok({"--at", "2026-03-01T09:00:00Z", "drill", "speed", "1", "120"});
    st = cli.ok({"--at", "2026-03-01T09:00:10Z", "--json", "drill", "status", "1"}).json();
    CHECK(st["now"] == "2026-03-01T09:00:00Z"); // 08:40 + 10 s x 120
    CHECK(st["speed"] == 120);
    CHECK(cli.run({"--at", "2026-03-01T09:00:10Z", "drill", "speed", "1", "200"}).exit == 1);

    // The trainer: fire early, skip, jump to the next inject.
    st = cli.ok({"--at", "2026-03-01T09:00:10Z", "--json", "drill", "fire", "1", "second-demand"}).json();
    CHECK(injectNamed(st, "second-demand")["cause"] == "trainer");
    st = cli.ok({"--at", "2026-03-01T09:00:10Z", "--json", "drill", "skip", "1", "root-cause"}).json();
    CHECK(injectNamed(st, "root-cause")["status"] == "skipped");
    const auto twice = cli.run({"--at", "2026-03-01T09:00:10Z", "drill", "fire", "1", "second-demand"});
    CHECK(twice.exit == 1);
    CHECK(twice.err.find("second-demand") != std::string::npos);
    CHECK(cli.run({"--at", "2026-03-01T09:00:10Z", "drill", "fire", "1", "no-such-inject"}).exit == 1);
    st = cli.ok({"--at", "2026-03-01T09:00:10Z", "--json", "drill", "next", "1"}).json();
    // Nobody answered the customer's tweet (08:40, 30 m): its contingency is the next inject.
    CHECK(injectNamed(st, "post-viral")["status"] == "fired");
    CHECK(injectNamed(st, "post-viral")["cause"] == "contingency");
    CHECK(st["now"] == "2026-03-01T09:10:00.001Z");
    st = cli.ok({"--at", "2026-03-01T09:00:10Z", "--json", "drill", "next", "1"}).json();
    CHECK(injectNamed(st, "journalist-call")["status"] == "fired");
    CHECK(st["now"] == "2026-03-01T09:30:00Z");

    const auto all = cli.ok({"--at", "2026-03-01T09:00:10Z", "--json", "drill", "status"}).json();
    REQUIRE(all.size() == 1);
    CHECK(all[0]["incident"] == 1);
    // Not a drill: a clear error.
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Real"});
    const auto notDrill = cli.run({"--at", "2026-03-01T09:00:10Z", "drill", "status", "2"});
    CHECK(notDrill.exit == 1);
    CHECK(notDrill.err.find("not a scenario drill") != std::string::npos);
}

TEST_CASE(
    "crisisctl: any command on a drill delivers the due injects first so the log keeps drill time order") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Lin", "--role", "crisis-manager"});
    cli.ok({"--at", T0, "drill", "start", "breach-extortion", "--speed", "60"});
    // T+35m: extortion-email (T+10m) and sample-verified (T+25m) are due; no drill command ran.
    cli.ok({"--at", "2026-03-01T08:00:35Z", "incident", "check", "1", "scope"});
    const auto log = cli.ok({"--at", "2026-03-01T08:00:35Z", "--json", "log", "1"}).json();
    std::vector<std::string> order;
    std::string last;
    for (const auto& e : log) {
        CHECK(e["at"].get<std::string>() >= last); // drill-time order
        last = e["at"].get<std::string>();
        if (e["kind"] == "drill.inject-delivered")
            order.push_back(e["payload"]["inject"]);
        else if (e["kind"] == "checklist.checked")
            order.push_back("checked");
    }
    CHECK(order == std::vector<std::string>{"soc-alert", "extortion-email", "sample-verified", "checked"});

    // The inbox shows what has arrived by then without a drill command either: T+45m.
    const auto inbox = cli.ok({"--at", "2026-03-01T08:00:45Z", "--json", "inbox", "1", "--all"}).json();
    std::set<std::string> ids;
    for (const auto& item : inbox)
        ids.insert(item["id"].get<std::string>());
    CHECK(ids.contains("drill:extortion-email"));
    CHECK(ids.contains("drill:customer-tweet"));     // T+40m
    CHECK_FALSE(ids.contains("drill:legal-clocks")); // T+1h: not yet
}

TEST_CASE("crisisctl: a drill whose log cannot be read does not stop commands on other incidents") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "drill", "start", "breach-extortion", "--speed", "60"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Real"});
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(cli.db().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "DROP TRIGGER events_no_update; UPDATE events SET payload = replace(payload, "
                         "'crisisdesk.scenario/1', 'crisisdesk.scenario/9') WHERE kind = 'drill.started'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const auto real = cli.run({"--at", "2026-03-01T08:00:30Z", "incident", "check", "2", "scope"});
    CHECK(real.exit == 0);
    CHECK(real.err.find("drill 1") != std::string::npos);
    CHECK(real.err.find("drill.started") != std::string::npos);
    const auto drill = cli.run({"--at", "2026-03-01T08:00:30Z", "drill", "status", "1"});
    CHECK(drill.exit == 1);
    CHECK(drill.err.find("drill.started") != std::string::npos);
}

TEST_CASE("crisisctl: closing a drill incident ends its drill and the trainer controls then refuse") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "drill", "start", "snack-mould", "--speed", "60"});
    cli.ok({"--at", "2026-03-01T08:00:20Z", "incident", "close", "1", "--reason", "oops"});
    const auto st = cli.ok({"--at", "2026-03-01T08:10:00Z", "--json", "drill", "status", "1"}).json();
    CHECK(st["clock"] == "ended");
    CHECK(st["now"] == "2026-03-01T08:20:00Z");
    CHECK(st["ended_at"] == "2026-03-01T08:20:00Z");
    CHECK(st["wake_up"].is_null());
    const auto events = cli.ok({"--at", "2026-03-01T08:10:00Z", "--json", "log", "1"}).json().size();
    for (const std::vector<std::string>& command : {std::vector<std::string>{"drill", "fire", "1", "refunds"},
                                                    {"drill", "skip", "1", "refunds"},
                                                    {"drill", "pause", "1"},
                                                    {"drill", "next", "1"},
                                                    {"drill", "speed", "1", "2"},
                                                    {"drill", "end", "1"}}) {
        std::vector<std::string> args{"--at", "2026-03-01T08:10:00Z"};
        args.insert(args.end(), command.begin(), command.end());
        const auto r = cli.run(args);
        INFO(command[1]);
        CHECK(r.exit == 1);
        CHECK(r.err.find("has ended") != std::string::npos);
    }
    CHECK(cli.ok({"--at", "2026-03-01T08:10:00Z", "--json", "log", "1"}).json().size() == events);
    CHECK(cli.ok({"--at", "2026-03-01T08:10:00Z", "--json", "drill", "status"}).json().empty());
}

TEST_CASE("crisisctl: drill score and evaluation and the after-action report in HTML and PDF") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Emma", "--role", "comms"});
    cli.ok({"--at", T0, "drill", "start", "snack-mould", "--speed", "60"});
    cli.ok({"--at", "2026-03-01T08:00:10Z", "--actor", "Eva", "drill", "note", "1",
            "<script>alert(1)</script>", "--participant", "comms", "--kind", "strength"});
    CHECK(cli.run({"--at", "2026-03-01T08:00:10Z", "drill", "note", "1", "text", "--participant", "nobody"})
              .exit == 1);
    cli.ok({"--at", "2026-03-01T08:00:20Z", "--actor", "Eva", "drill", "rate", "1", "contain", "S",
            "--comment", "<b>slow</b> start"});
    CHECK(cli.run({"--at", "2026-03-01T08:00:20Z", "drill", "rate", "1", "no-objective", "P"}).exit == 1);
    CHECK(cli.run({"drill", "rate", "1", "contain", "X"}).exit == 2); // usage
    cli.ok({"--at", "2026-03-01T08:01:00Z", "drill", "end", "1"});
    cli.ok({"--at", "2026-03-01T08:02:00Z", "drill", "hot-wash", "1", "We need a <i>template</i>", "--kind",
            "improvement"});
    cli.ok({"--at", "2026-03-01T08:02:00Z", "drill", "improve", "1", "--item", "mould-template", "--finding",
            "No template", "--action", "Write a product-safety holding statement", "--owner", "Emma", "--due",
            "2026-03-15T00:00:00Z"});
    CHECK(cli.run({"drill", "improve", "1", "--item", "Bad Id", "--finding", "f", "--action", "a", "--owner",
                   "o", "--due", "2026-03-15T00:00:00Z"})
              .exit == 1);
    CHECK(cli.run({"--at", "2026-03-01T08:03:00Z", "drill", "fire", "1", "evidence"}).exit == 1); // ended

    const auto score = cli.ok({"--json", "drill", "score", "1"}).json();
    CHECK(score["format"] == "crisisdesk.drill-score/1");
    CHECK(score["scenario"] == "snack-mould");
    CHECK(score["at"] == "2026-03-01T09:00:00Z");
    CHECK(score["expected"].size() > 10);
    CHECK_FALSE(score["clocks"].empty());
    CHECK(score["objectives"][0]["ratings"][0]["rating"] == "S");
    CHECK(score["objectives"][0]["ratings"][0]["evaluator"] == "Eva");

    cli.ok({"drill", "report", "1", "--format", "html", "--out", cli.file("aar.html").string()});
    const auto html = slurp(cli.file("aar.html"));
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<b>slow") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Write a product-safety holding statement") != std::string::npos);
    CHECK(html.find("Areas for improvement") != std::string::npos);

    cli.ok(
        {"--lang", "zh", "drill", "report", "1", "--format", "pdf", "--out", cli.file("aar.pdf").string()});
    REQUIRE(std::filesystem::exists(cli.file("aar.pdf")));
    const std::string text = cli.file("aar.txt").string();
    REQUIRE(std::system(("pdftotext -enc UTF-8 " + crisis::test::quote(cli.file("aar.pdf").string()) + " " +
                         crisis::test::quote(text))
                            .c_str()) == 0);
    const auto pdfText = slurp(text);
    CHECK(pdfText.find("演练评估报告") != std::string::npos);
    CHECK(pdfText.find("<script>alert(1)</script>") != std::string::npos); // shown as text
    CHECK(cli.run({"drill", "report", "1", "--format", "doc", "--out", cli.file("x").string()}).exit == 2);
}

TEST_CASE("crisisctl: drill run plays each built-in scenario to its end and repeats byte for byte") {
    Cli cli;
    cli.ok({"init"});
    const auto dir = std::filesystem::path(SOURCE_DIR) / "resources/scenarios";
    int played = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const auto scenario = json::parse(slurp(entry.path()));
        const std::string id = scenario["id"];
        INFO(id);
        const auto script = cli.file(id + ".script.json");
        write(script, goodTeamScript(scenario).dump(2));
        const auto first = cli.ok({"--at", T0, "--json", "drill", "run", id, "--script", script.string()});
        const auto second = cli.ok({"--at", T0, "--json", "drill", "run", id, "--script", script.string()});
        CHECK(first.out == second.out);
        const auto score = first.json();
        CHECK(score["totals"]["pending"] == 0);
        CHECK(score["totals"]["missed"] == 0);
        CHECK(score["totals"]["late"] == 0);
        CHECK(score["totals"]["on_time"].get<int>() >= 12);
        ++played;
    }
    CHECK(played == 5);
    // Every scripted run left a closed drill incident; the log verifies.
    const auto incidents = cli.ok({"--json", "incident", "list", "--all"}).json();
    CHECK(incidents.size() == 10);
    cli.ok({"verify"});
    // The statements a script published list like any other.
    std::size_t published = 0;
    for (const auto& incident : incidents)
        published += cli.ok({"--json", "statement", "list", std::to_string(incident["id"].get<long long>())})
                         .json()
                         .size();
    CHECK(published > 0);

    // A broken script: its problems with pointers, and nothing stored.
    write(
        cli.file("bad.script.json"),
        R"({"format": "crisisdesk.drill-script/1", "steps": [{"at": "5m", "do": "task_done", "target": "nope"}]})");
    const auto bad = cli.run(
        {"--at", T0, "drill", "run", "breach-extortion", "--script", cli.file("bad.script.json").string()});
    CHECK(bad.exit == 1);
    CHECK(bad.err.find("/steps/0") != std::string::npos);
    CHECK(cli.ok({"--json", "incident", "list", "--all"}).json().size() == 10);
}
