// crisisctl end to end: the built binary, run as a script would run it.

#include "cli_harness.hpp"

#include <sqlite3.h>

#include <sstream>

using crisis::test::Cli;
using crisis::test::slurp;

namespace {

const std::string T0 = "2026-03-01T08:00:00Z";

nlohmann::json clockNamed(const nlohmann::json& status, const std::string& name) {
    for (const auto& c : status["clocks"])
        if (c["name"] == name)
            return c;
    FAIL("no clock " << name);
    return {};
}

} // namespace

TEST_CASE("crisisctl: init, open at T0, identify overdue at T0+31 min, tick, advance to analyze") {
    Cli cli;
    const auto init = cli.ok({"init", "--json"});
    CHECK(init.json()["playbooks"] == 10);

    const auto open =
        cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    const std::string id = open.out.substr(0, open.out.find('\n'));
    CHECK(id == "1");

    auto status = cli.ok({"--at", "2026-03-01T08:31:00Z", "--json", "incident", "status", id}).json();
    CHECK(status["phase"] == "identify");
    CHECK(clockNamed(status, "identify")["state"] == "overdue");
    CHECK(clockNamed(status, "identify")["due"] == "2026-03-01T08:30:00Z");
    CHECK(clockNamed(status, "analyze")["state"] == "pending");
    CHECK(clockNamed(status, "respond")["due"] == "2026-03-02T08:00:00Z");
    CHECK(clockNamed(status, "first-acknowledgement")["state"] == "warning");
    REQUIRE(status["checklist"].size() == 4);

    // Advancing with an open checklist fails and changes nothing.
    const auto refused = cli.run({"--at", "2026-03-01T08:31:00Z", "incident", "advance", id});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("exit checklist incomplete") != std::string::npos);

    for (const auto& item : status["checklist"])
        cli.ok({"--at", "2026-03-01T08:32:00Z", "incident", "check", id, item["id"].get<std::string>()});
    const auto advanced = cli.ok({"--at", "2026-03-01T08:33:00Z", "incident", "advance", id});
    CHECK(advanced.out == "analyze\n");

    status = cli.ok({"--at", "2026-03-01T08:34:00Z", "--json", "incident", "status", id}).json();
    CHECK(status["phase"] == "analyze");
    CHECK(clockNamed(status, "identify")["state"] == "met-late");
    CHECK(status["checklist"][0]["id"] == "who");

    const auto verify = cli.ok({"verify"});
    CHECK(verify.out.find("intact") != std::string::npos);
}

TEST_CASE("crisisctl: verify catches a tampered event and names it") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "data-leak", "--title", "Leak"});
    cli.ok({"--at", T0, "incident", "check", "1", "scope"});
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(cli.db().c_str(), &db) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(db,
                     "DROP TRIGGER events_no_update; UPDATE events SET payload = replace(payload, 'scope', "
                     "'scopE') WHERE seq = 2",
                     nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const auto r = cli.run({"verify"});
    CHECK(r.exit == 1);
    CHECK(r.err.find("event 2") != std::string::npos);
    const auto j = cli.run({"--json", "verify"});
    CHECK(j.exit == 1);
    CHECK(j.json()["seq"] == 2);
}

TEST_CASE("crisisctl: teams, tasks by assignee and role, task done") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Zhang Hao 张浩", "--role", "it", "--contact", "+86 139"});
    cli.ok({"team", "add", "Emma", "--role", "comms"});
    const auto team = cli.ok({"--json", "team", "list"}).json();
    REQUIRE(team.size() == 2);
    CHECK(team[0]["name"] == "Zhang Hao 张浩");

    const auto badRole = cli.run({"team", "add", "Bob", "--role", "chef"});
    CHECK(badRole.exit == 1);
    CHECK(badRole.err.find("Unknown role \"chef\"") != std::string::npos);

    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach", "--severity",
            "1"});
    const auto mine = cli.ok({"--at", T0, "--json", "task", "list", "--assignee", "Zhang Hao 张浩"}).json();
    REQUIRE_FALSE(mine.empty());
    for (const auto& t : mine) {
        CHECK(t["role"] == "it");
        CHECK(t["state"] == "open");
    }
    const auto role = cli.ok({"--at", T0, "--json", "task", "list", "--role", "it"}).json();
    CHECK(role.size() == mine.size());

    const auto taskId = std::to_string(mine[0]["id"].get<long long>());
    cli.ok({"--at", "2026-03-01T08:05:00Z", "task", "done", taskId});
    const auto after =
        cli.ok({"--at", "2026-03-01T08:06:00Z", "--json", "task", "list", "--role", "it"}).json();
    CHECK(after[0]["state"] == "done");

    const auto overdue =
        cli.ok({"--at", "2026-03-05T08:00:00Z", "--json", "task", "list", "--overdue"}).json();
    for (const auto& t : overdue)
        CHECK(t["state"] == "overdue");
    CHECK_FALSE(overdue.empty());
}

TEST_CASE("crisisctl: forced advance needs a reason, close, list") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "financial", "--title", "Liquidity rumour"});
    const auto noReason = cli.run({"--at", T0, "incident", "advance", "1", "--force"});
    CHECK(noReason.exit == 1);
    CHECK(noReason.err.find("reason") != std::string::npos);
    cli.ok({"--at", T0, "incident", "advance", "1", "--force", "--reason", "Withdrawals spiking"});
    const auto log = cli.ok({"--json", "log", "1"}).json();
    CHECK(log.back()["payload"]["reason"] == "Withdrawals spiking");
    CHECK(log.back()["prev_hash"] == log[log.size() - 2]["hash"]);

    CHECK(cli.ok({"--json", "incident", "list"}).json().size() == 1);
    cli.ok({"--at", T0, "incident", "close", "1", "--reason", "Rumour debunked"});
    CHECK(cli.ok({"--json", "incident", "list"}).json().empty());
    CHECK(cli.ok({"--json", "incident", "list", "--all"}).json()[0]["phase"] == "closed");
}

TEST_CASE("crisisctl: a malformed playbook is rejected with JSON pointers and nothing is stored") {
    Cli cli;
    cli.ok({"init"});
    const auto before = slurp(cli.db());
    std::ofstream(cli.file("bad.json"))
        << R"({"format": "crisisdesk.playbook/1", "id": "x", "crisis_type": "financial",
      "origin": "external", "name": {"en": "X", "zh": "X"}, "description": {"en": "d", "zh": "d"},
      "tasks": [{"id": "a", "title": {"en": "a", "zh": "a"}, "role": "pilot", "due": "soon"}]})";
    const auto r = cli.run({"playbook", "import", cli.file("bad.json").string()});
    CHECK(r.exit == 1);
    CHECK(r.err.find("/tasks/0/role") != std::string::npos);
    CHECK(r.err.find("/tasks/0/due") != std::string::npos);
    CHECK(cli.ok({"--json", "playbook", "list"}).json().size() == 10);

    std::ofstream(cli.file("syntax.json")) << "{ not json";
    const auto s = cli.run({"playbook", "import", cli.file("syntax.json").string()});
    CHECK(s.exit == 1);
    CHECK(s.err.find("not valid JSON") != std::string::npos);
}

TEST_CASE("crisisctl: export and import round-trip a playbook as a new version") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"playbook", "export", "public-health", "--out", cli.file("ph.json").string()});
    auto doc = nlohmann::json::parse(slurp(cli.file("ph.json")));
    CHECK(doc["id"] == "public-health");
    // Same content: same version.
    CHECK(cli.ok({"--json", "playbook", "import", cli.file("ph.json").string()}).json()["version"] == 1);
    doc["name"]["en"] = "Public-health crisis (2027 plan)";
    std::ofstream(cli.file("ph2.json")) << doc.dump(2);
    CHECK(cli.ok({"--json", "playbook", "import", cli.file("ph2.json").string()}).json()["version"] == 2);
}

TEST_CASE("crisisctl: usage errors exit 2, errors exit 1 with a message, and help exits 0") {
    Cli cli;
    CHECK(cli.run({}).exit == 2);
    CHECK(cli.run({"incident", "frobnicate"}).exit == 2);
    CHECK(cli.run({"incident", "open", "--title", "x"}).exit == 2); // --playbook missing
    CHECK(cli.run({"--help"}, false).exit == 0);
    cli.ok({"init"});
    const auto badTime = cli.run({"--at", "yesterday", "incident", "list"});
    CHECK(badTime.exit == 1);
    CHECK(badTime.err.find("ISO-8601") != std::string::npos);
    const auto missing = cli.run({"incident", "status", "42"});
    CHECK(missing.exit == 1);
    CHECK(missing.err.find("No incident 42") != std::string::npos);
}

TEST_CASE("crisisctl: a newer or garbage database is refused with a clear message") {
    Cli cli;
    cli.ok({"init"});
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(cli.db().c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const auto newer = cli.run({"incident", "list"});
    CHECK(newer.exit == 1);
    CHECK(newer.err.find("newer CrisisDesk") != std::string::npos);

    Cli other;
    std::ofstream(other.db(), std::ios::binary) << std::string(4096, 'x');
    const auto garbage = other.run({"init"});
    CHECK(garbage.exit == 1);
    CHECK(garbage.err.find("not a CrisisDesk database") != std::string::npos);
}

TEST_CASE("crisisctl: Chinese output with --lang zh") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "泄露"});
    const auto text = cli.ok({"--at", T0, "--lang", "zh", "incident", "status", "1"});
    CHECK(text.out.find("阶段:识别") != std::string::npos);
    const auto err = cli.run({"--lang", "zh", "incident", "status", "9"});
    CHECK(err.err.find("不存在事件单 9") != std::string::npos);
}

TEST_CASE("crisisctl: regulatory clocks start at their recorded event, marks meet clocks") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    auto status = cli.ok({"--at", T0, "--json", "incident", "status", "1"}).json();
    CHECK(clockNamed(status, "gdpr-art33")["state"] == "not-started");
    cli.ok({"--at", "2026-03-01T09:00:00Z", "incident", "start", "1", "awareness", "--when",
            "2026-03-01T08:45:00Z"});
    cli.ok({"--at", "2026-03-01T09:00:00Z", "incident", "mark", "1", "first-acknowledgement"});
    status = cli.ok({"--at", "2026-03-01T09:00:00Z", "--json", "incident", "status", "1"}).json();
    CHECK(clockNamed(status, "gdpr-art33")["due"] == "2026-03-04T08:45:00Z");
    CHECK(clockNamed(status, "first-acknowledgement")["state"] == "met");
    const auto next = cli.ok({"--at", "2026-03-01T09:00:00Z", "--json", "next-change"}).json();
    REQUIRE(next["next_change"].is_string());
    CHECK(next["next_change"].get<std::string>() != "2026-03-01T09:00:00Z"); // strictly after --at
    CHECK(next["next_change"].get<std::string>().rfind("2026-03-01T09:", 0) == 0);
}

TEST_CASE("crisisctl: backup and restore, a bad backup is refused and changes nothing") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    const auto backup = cli.ok({"--json", "backup", cli.file("b.db").string()}).json();
    const auto events = backup["events"].get<long long>();
    CHECK(events == 1);
    cli.ok({"--at", T0, "incident", "check", "1", "scope"});
    CHECK(cli.ok({"--json", "restore", cli.file("b.db").string()}).json()["events"] == events);
    CHECK(cli.ok({"--json", "log", "1"}).json().size() == 1);

    std::ofstream(cli.file("bad.db"), std::ios::binary) << std::string(4096, 'b');
    const auto bad = cli.run({"restore", cli.file("bad.db").string()});
    CHECK(bad.exit == 1);
    CHECK(bad.err.find("not a CrisisDesk database") != std::string::npos);
    CHECK(cli.ok({"--json", "log", "1"}).json().size() == 1);
    CHECK(cli.ok({"verify"}).exit == 0);
}

TEST_CASE("crisisctl: a file-size limit in the middle of writing gives a clear error and loses nothing") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    const auto before = cli.ok({"--json", "log", "1"}).json().size();
    // Re-import the playbook under ever new names until the 1 MiB limit (ulimit -f, 512-byte
    // blocks under /bin/sh) stops a write half way.
    auto doc = nlohmann::json::parse(cli.ok({"playbook", "show", "cyber-breach"}).out);
    int failedAt = -1;
    for (int i = 0; i < 400 && failedAt < 0; ++i) {
        doc["description"]["en"] = std::string(4000, static_cast<char>('a' + i % 26));
        doc["id"] = "copy-" + std::to_string(i);
        std::ofstream(cli.file("pb.json")) << doc.dump();
        const auto r =
            cli.run({"playbook", "import", cli.file("pb.json").string()}, true, "ulimit -f 2048; ");
        if (r.exit != 0) {
            failedAt = i;
            CHECK(r.exit == 1);
            CHECK((r.err.find("Could not write") != std::string::npos ||
                   r.err.find("is full") != std::string::npos));
        }
    }
    REQUIRE(failedAt > 0);
    CHECK(cli.ok({"verify"}).exit == 0);
    CHECK(cli.ok({"--json", "log", "1"}).json().size() == before);
    CHECK(cli.ok({"--json", "playbook", "list"}).json().size() == static_cast<std::size_t>(10 + failedAt));
}

TEST_CASE("crisisctl: mentions import - nothing stored on a bad row unless accepted, duplicates skipped") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "product-quality", "--title", "Charger"});
    std::ofstream(cli.file("m.csv")) << "time,channel,author,text\n"
                                        "2026-03-01T08:05:00Z,x,@a,This charger exploded. Dangerous!\n"
                                        "not-a-time,x,@b,hmm\n"
                                        "2026-03-01T08:06:00Z,weibo,@c,\"客服很耐心,谢谢\"\n";
    const auto refused = cli.run({"mention", "import", cli.file("m.csv").string(), "--incident", "1"});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("line 3: missing or invalid: time") != std::string::npos);
    CHECK(cli.ok({"--json", "mention", "list", "--incident", "1"}).json().empty());

    const auto kept = cli.ok(
        {"--json", "mention", "import", cli.file("m.csv").string(), "--incident", "1", "--accept-partial"});
    CHECK(kept.json()["added"] == 2);
    CHECK(kept.json()["rejected"] == 1);
    const auto list = cli.ok({"--json", "mention", "list", "--incident", "1"}).json();
    REQUIRE(list.size() == 2);
    CHECK(list[0]["label"] == "negative");
    CHECK(list[1]["label"] == "positive");
    CHECK(cli.ok({"--json", "mention", "import", cli.file("m.csv").string(), "--incident", "1",
                  "--accept-partial"})
              .json()["duplicates"] == 2);

    std::ofstream(cli.file("other.csv")) << "Date,Platform,Content\n2026-03-01T08:07:00Z,x,scam\n";
    CHECK(cli.ok({"--json", "mentions", "import", cli.file("other.csv").string(), "--incident", "1", "--map",
                  "time=Date", "--map", "channel=Platform", "--map", "text=Content"})
              .json()["added"] == 1);
    CHECK(cli.run({"mention", "import", cli.file("other.csv").string(), "--incident", "1", "--map",
                   "colour=Date"})
              .exit == 1);
}

TEST_CASE("crisisctl: playbook diff between two stored versions") {
    Cli cli;
    cli.ok({"init"});
    auto doc = nlohmann::json::parse(cli.ok({"playbook", "show", "reputation"}).out);
    doc["name"]["en"] = "Reputation crisis (revised)";
    doc["tasks"].erase(0);
    std::ofstream(cli.file("r.json")) << doc.dump();
    CHECK(cli.ok({"--json", "playbook", "import", cli.file("r.json").string()}).json()["version"] == 2);
    const auto diff = cli.ok({"--json", "playbook", "diff", "reputation", "1", "2"}).json();
    REQUIRE(diff.size() == 2);
    CHECK(diff[0]["path"] == "name");
    CHECK(diff[1]["change"] == "removed");
    CHECK(cli.ok({"playbook", "diff", "reputation", "1", "2"}).out.find("~ name") != std::string::npos);
    CHECK(cli.run({"playbook", "diff", "reputation", "1", "7"}).exit == 1);

    // Order is content too: two swapped clocks are a move, in text and JSON.
    const auto first = doc["clocks"][0]["id"].get<std::string>();
    const auto second = doc["clocks"][1]["id"].get<std::string>();
    std::swap(doc["clocks"][0], doc["clocks"][1]);
    std::ofstream(cli.file("r3.json")) << doc.dump();
    CHECK(cli.ok({"--json", "playbook", "import", cli.file("r3.json").string()}).json()["version"] == 3);
    const auto moved = cli.ok({"--json", "playbook", "diff", "reputation", "2", "3"}).json();
    REQUIRE(moved.size() == 1);
    CHECK(moved[0]["change"] == "moved");
    const bool firstMoved = moved[0]["path"] == "clocks/" + first;
    CHECK((firstMoved || moved[0]["path"] == "clocks/" + second));
    CHECK(moved[0]["from"] == (firstMoved ? 0 : 1));
    CHECK(moved[0]["to"] == (firstMoved ? 1 : 0));
    CHECK(cli.ok({"playbook", "diff", "reputation", "2", "3"}).out ==
          "> " + moved[0]["path"].get<std::string>() + (firstMoved ? " 0 -> 1\n" : " 1 -> 0\n"));
}

TEST_CASE("crisisctl: the organisation profile fills company, support contact and website in templates") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"org", "set", "--company", "Harbour & Pine", "--support-contact", "help@hp.example", "--website",
            "hp.example", "--markets", "US,DE", "--languages", "en,zh", "--time-zone", "Asia/Shanghai"});
    const auto profile = cli.ok({"--json", "org", "show"}).json();
    CHECK(profile["company"] == "Harbour & Pine");
    CHECK(profile["markets"] == nlohmann::json::array({"US", "DE"}));
    cli.ok({"org", "set", "--website", "www.hp.example"});
    CHECK(cli.ok({"--json", "org", "show"}).json()["company"] == "Harbour & Pine"); // others stay
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    const auto out = cli.ok({"template", "render", "cyber-breach.social-post.holding.en", "--incident", "1",
                             "--set", "next_update=18:00 UTC"});
    CHECK(out.out.find("Harbour & Pine") != std::string::npos);
}
