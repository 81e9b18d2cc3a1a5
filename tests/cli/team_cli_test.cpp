// crisisctl team: primary and backup per role, role hand-off and its history, end to end.

#include "cli_harness.hpp"

using crisis::test::Cli;
using crisis::test::slurp;

namespace {
const char* T0 = "2026-03-01T08:00:00Z";
}

TEST_CASE("crisisctl team: primary and backup per role - edit and list") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Emma", "--role", "comms", "--contact", "emma@example.com"});
    const auto before = slurp(cli.db());
    const auto second = cli.run({"team", "add", "Ann", "--role", "comms"});
    CHECK(second.exit == 1);
    CHECK(second.err ==
          "crisisctl: Emma is already the primary for comms: add Ann as a backup, or make Emma a "
          "backup first.\n");
    CHECK(slurp(cli.db()) == before);
    const auto ann = cli.ok({"--json", "team", "add", "Ann", "--role", "comms", "--backup"}).json();
    CHECK(ann ==
          nlohmann::json{{"id", 2}, {"name", "Ann"}, {"role", "comms"}, {"contact", ""}, {"backup", true}});

    CHECK(cli.ok({"team", "list"}).out ==
          "1\tcomms\tprimary\tEmma\temma@example.com\n2\tcomms\tbackup\tAnn\t\n");
    CHECK(cli.ok({"--lang", "zh", "team", "list"}).out.find("\t候补\tAnn") != std::string::npos);
    const auto list = cli.ok({"--json", "team", "list"}).json();
    REQUIRE(list.size() == 2);
    CHECK(list[0]["backup"] == false);
    CHECK(list[1]["backup"] == true);

    // Swap: Emma steps back, Ann steps up; the other fields stay.
    CHECK(cli.run({"team", "edit", "2", "--primary"}).exit == 1);
    cli.ok({"team", "edit", "1", "--backup"});
    const auto promoted = cli.ok({"--json", "team", "edit", "2", "--primary", "--contact", "+86 138"}).json();
    CHECK(promoted["backup"] == false);
    CHECK(promoted["contact"] == "+86 138");
    CHECK(promoted["name"] == "Ann");
    const auto after = cli.ok({"--json", "team", "list"}).json();
    CHECK(after[0]["backup"] == true);
    CHECK(after[0]["contact"] == "emma@example.com");
    cli.ok({"team", "edit", "1", "--name", "Emma Clarke"});
    CHECK(cli.ok({"--json", "team", "list"}).json()[0]["name"] == "Emma Clarke");

    CHECK(cli.run({"team", "edit", "9", "--backup"}).exit == 1);
    CHECK(cli.run({"team", "edit", "1", "--role", "chef"}).exit == 1);
    CHECK(cli.run({"team", "edit", "1", "--backup", "--primary"}).exit == 2);
    CHECK(cli.run({"team", "edit"}).exit == 2);

    // At open the role's primary gets its tasks; with no primary, the backup.
    cli.ok({"team", "add", "Zhao", "--role", "it", "--backup"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    for (const auto& t : cli.ok({"--json", "--at", T0, "task", "list", "--role", "comms"}).json())
        CHECK(t["assignee"] == "Ann");
    for (const auto& t : cli.ok({"--json", "--at", T0, "task", "list", "--role", "it"}).json())
        CHECK(t["assignee"] == "Zhao");
}

TEST_CASE("crisisctl team handoff and holders: history with JSON and text") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Lin", "--role", "crisis-manager"});
    cli.ok({"team", "add", "Emma", "--role", "comms"});
    cli.ok({"team", "add", "Ann", "--role", "comms", "--backup"});
    cli.ok({"--at", T0, "--actor", "Lin", "incident", "open", "--playbook", "cyber-breach", "--title",
            "Breach"});
    const auto comms = cli.ok({"--json", "--at", T0, "task", "list", "--role", "comms"}).json();
    REQUIRE(comms.size() >= 2);
    const auto firstTask = std::to_string(comms[0]["id"].get<long long>());
    cli.ok({"--at", "2026-03-01T08:20:00Z", "--actor", "Emma", "task", "done", firstTask});

    const auto text = cli.ok({"--at", "2026-03-01T09:00:00Z", "--actor", "Lin", "team", "handoff", "1",
                              "comms", "--to", "Ann", "--reason", "end of shift"});
    CHECK(text.out == "Role comms handed from Emma to Ann; " + std::to_string(comms.size() - 1) +
                          " open task(s) follow.\n");
    const auto back = cli.ok({"--json", "--at", "2026-03-01T17:00:00Z", "--actor", "Lin", "team", "handoff",
                              "1", "comms", "--to", "Emma"})
                          .json();
    CHECK(back["incident"] == 1);
    CHECK(back["role"] == "comms");
    CHECK(back["from"] == "Ann");
    CHECK(back["to"] == "Emma");
    CHECK(back["reason"] == "");
    CHECK(back["at"] == "2026-03-01T17:00:00Z");
    CHECK(back["tasks"].size() == comms.size() - 1);

    const auto holders = cli.ok({"--json", "team", "holders", "1"}).json();
    REQUIRE(holders.size() == 4); // crisis-manager, and three comms tenures
    CHECK(holders[0] == nlohmann::json{{"role", "crisis-manager"},
                                       {"holder", "Lin"},
                                       {"from", T0},
                                       {"until", nullptr},
                                       {"reason", ""},
                                       {"by", "Lin"}});
    CHECK(holders[1]["role"] == "comms");
    CHECK(holders[1]["holder"] == "Emma");
    CHECK(holders[1]["until"] == "2026-03-01T09:00:00Z");
    CHECK(holders[2]["holder"] == "Ann");
    CHECK(holders[2]["from"] == "2026-03-01T09:00:00Z");
    CHECK(holders[2]["until"] == "2026-03-01T17:00:00Z");
    CHECK(holders[2]["reason"] == "end of shift");
    CHECK(holders[2]["by"] == "Lin");
    CHECK(holders[3]["holder"] == "Emma");
    CHECK(holders[3]["until"].is_null());
    CHECK(cli.ok({"team", "holders", "1"})
              .out.find("comms\tAnn\t2026-03-01T09:00:00Z\t2026-03-01T17:00:00Z\tend of "
                        "shift\n") != std::string::npos);

    // Done tasks keep who did them; the open ones are Emma's again.
    const auto now =
        cli.ok({"--json", "--at", "2026-03-01T17:01:00Z", "task", "list", "--role", "comms"}).json();
    for (const auto& t : now) {
        CHECK(t["assignee"] == "Emma");
        if (std::to_string(t["id"].get<long long>()) == firstTask)
            CHECK(t["done_by"] == "Emma");
    }
    // The log replays to the same holders.
    cli.ok({"rebuild"});
    CHECK(cli.ok({"--json", "team", "holders", "1"}).json() == holders);
    CHECK(cli.ok({"verify"}).exit == 0);
    const auto log = cli.ok({"--json", "log", "1"}).json();
    CHECK(std::count_if(log.begin(), log.end(),
                        [](const auto& e) { return e["kind"] == "role.handed-off"; }) == 2);
}

TEST_CASE("crisisctl team handoff: bad input exits 1 with a message and changes nothing") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Emma", "--role", "comms"});
    cli.ok({"team", "add", "Ann", "--role", "comms", "--backup"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "cyber-breach", "--title", "Breach"});
    const auto before = slurp(cli.db());
    const auto role = cli.run({"team", "handoff", "1", "chef", "--to", "Ann"});
    CHECK(role.exit == 1);
    CHECK(role.err.find("Unknown role \"chef\"") != std::string::npos);
    const auto nobody = cli.run({"team", "handoff", "1", "comms", "--to", "Zed"});
    CHECK(nobody.exit == 1);
    CHECK(nobody.err == "crisisctl: No team member named \"Zed\".\n");
    const auto same = cli.run({"team", "handoff", "1", "comms", "--to", "Emma"});
    CHECK(same.exit == 1);
    CHECK(same.err == "crisisctl: Emma already holds the role comms.\n");
    CHECK(cli.run({"team", "handoff", "7", "comms", "--to", "Ann"}).exit == 1);
    CHECK(cli.run({"team", "handoff", "1", "comms"}).exit == 2); // --to is required
    CHECK(cli.run({"team", "holders", "7"}).exit == 1);
    CHECK(slurp(cli.db()) == before);
    cli.ok({"--at", T0, "incident", "close", "1", "--reason", "false alarm"});
    CHECK(cli.run({"team", "handoff", "1", "comms", "--to", "Ann"}).exit == 1);
}
