// crisisctl template import/export, the kit in effect, detected_at in a time zone, review-due,
// and the import/export contract of playbooks (every validation error with its pointer).

#include "cli_harness.hpp"

using crisis::test::Cli;
using crisis::test::slurp;

namespace {

const char* T0 = "2026-03-01T08:00:00Z";

const char* kit =
    R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "review_interval": "3mo",
  "templates": [
  {"id": "data-leak.social-post.holding.en", "channel": "social-post", "language": "en",
   "title": "Holding statement", "body": "{{company}} is looking into it. Next update by {{next_update}}."},
  {"id": "data-leak.faq-reply.new-one.en", "channel": "faq-reply", "language": "en",
   "title": "New question", "body": "Detected {{detected_at}}. Write to {{support_contact}}."}]})";

void write(const Cli& cli, const std::string& name, const std::string& text) {
    std::ofstream(cli.file(name), std::ios::binary) << text;
}

} // namespace

TEST_CASE("crisisctl template import: stored beside the shipped kit - used by list show and render") {
    Cli cli;
    cli.ok({"init"});
    const auto shippedCount = cli.ok({"--json", "template", "list"}).json().size();
    write(cli, "kit.json", kit);
    const auto r = cli.ok({"--json", "--at", T0, "template", "import", cli.file("kit.json").string()}).json();
    CHECK(r == nlohmann::json{{"added", 1},
                              {"replaced", 1},
                              {"unchanged", 0},
                              {"templates",
                               {{{"id", "data-leak.social-post.holding.en"}, {"version", 1}},
                                {{"id", "data-leak.faq-reply.new-one.en"}, {"version", 1}}}}});
    CHECK(cli.ok({"template", "import", cli.file("kit.json").string()}).out ==
          "Template kit imported: 0 new, 0 replaced (new versions), 2 unchanged.\n");

    const auto all = cli.ok({"--json", "template", "list"}).json();
    CHECK(all.size() == shippedCount + 1);
    const auto leak = cli.ok({"--json", "template", "list", "--crisis-type", "data-leak", "--channel",
                              "faq-reply", "--language", "en"})
                          .json();
    const auto added = std::find_if(
        leak.begin(), leak.end(), [](const auto& t) { return t["id"] == "data-leak.faq-reply.new-one.en"; });
    REQUIRE(added != leak.end());
    CHECK(*added == nlohmann::json{{"id", "data-leak.faq-reply.new-one.en"},
                                   {"crisis_type", "data-leak"},
                                   {"channel", "faq-reply"},
                                   {"language", "en"},
                                   {"title", "New question"},
                                   {"source", "imported"},
                                   {"version", 1},
                                   {"review_interval", "3mo"}});
    CHECK(leak[0]["source"] == "shipped");
    CHECK(leak[0]["version"] == 0);

    const auto shown = cli.ok({"--json", "template", "show", "data-leak.social-post.holding.en"}).json();
    CHECK(shown["body"] == "{{company}} is looking into it. Next update by {{next_update}}.");
    CHECK(shown["placeholders"] == nlohmann::json::array({"company", "next_update"}));
    CHECK(shown["version"] == 1);

    cli.ok({"--at", T0, "incident", "open", "--playbook", "data-leak", "--title", "Leak", "--detected-at",
            "2026-03-01T06:40:00Z"});
    const auto rendered =
        cli.ok({"--json", "template", "render", "data-leak.social-post.holding.en", "--incident", "1",
                "--set", "company=Northwind", "--set", "next_update=18:00 UTC"})
            .json();
    CHECK(rendered["text"] == "Northwind is looking into it. Next update by 18:00 UTC.");
    CHECK(rendered["channel"] == "social-post");
    CHECK(rendered["limit"] == 280);
    CHECK(rendered["length"] == 55);
}

TEST_CASE("crisisctl template render: detected_at in the organisation's zone or --tz - UTC when none") {
    Cli cli;
    cli.ok({"init"});
    write(cli, "kit.json", kit);
    cli.ok({"template", "import", cli.file("kit.json").string()});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "data-leak", "--title", "Leak", "--detected-at",
            "2026-03-01T06:40:00Z"});
    const std::vector<std::string> render{
        "template", "render", "data-leak.faq-reply.new-one.en", "--incident",
        "1",        "--set",  "support_contact=help@nw.example"};
    auto with = [&](std::vector<std::string> extra) {
        auto args = render;
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    };
    CHECK(cli.ok(render).out == "New question\n\nDetected 2026-03-01T06:40:00Z. Write to help@nw.example.\n");
    cli.ok({"org", "set", "--time-zone", "Asia/Shanghai"});
    CHECK(cli.ok(render).out.find("Detected 2026-03-01 14:40 (UTC+08:00).") != std::string::npos);
    CHECK(cli.ok(with({"--tz", "America/New_York"})).out.find("Detected 2026-03-01 01:40 (UTC-05:00).") !=
          std::string::npos);
    CHECK(cli.ok(with({"--set", "detected_at=this morning"})).out.find("Detected this morning.") !=
          std::string::npos);
    const auto bad = cli.run(with({"--tz", "Mars/Olympus", "--set", "colour=red"}));
    CHECK(bad.exit == 1);
    CHECK(bad.err.find("colour") != std::string::npos);
    CHECK(bad.err.find("time_zone: \"Mars/Olympus\" is not an IANA time zone") != std::string::npos);
}

TEST_CASE("crisisctl template export: the kit in effect imports back identically") {
    Cli cli;
    cli.ok({"init"});
    write(cli, "kit.json", kit);
    cli.ok({"template", "import", cli.file("kit.json").string()});
    cli.ok({"template", "export", "--out", cli.file("all.json").string()});
    const auto all = slurp(cli.file("all.json"));
    CHECK(cli.ok({"template", "export"}).out == all);
    CHECK(all.find("\"crisis_type\": \"cyber-breach\"") != std::string::npos);

    Cli fresh;
    fresh.ok({"init"});
    const auto r = fresh.ok({"--json", "template", "import", cli.file("all.json").string()}).json();
    CHECK(r["added"] == 1);
    CHECK(r["replaced"] == 1);
    fresh.ok({"template", "export", "--out", fresh.file("again.json").string()});
    CHECK(slurp(fresh.file("again.json")) == all);
    CHECK(fresh.ok({"--json", "template", "list"}).json() == cli.ok({"--json", "template", "list"}).json());

    const auto one = cli.ok({"template", "export", "--crisis-type", "data-leak"}).out;
    CHECK(one.find("\"crisis_type\": \"data-leak\",\n  \"templates\"") != std::string::npos);
    CHECK(one.find("cyber-breach.") == std::string::npos);
    CHECK(cli.run({"template", "export", "--crisis-type", "meteor"}).exit == 2);
    CHECK(cli.run({"template", "export", "--out", "/nonexistent-dir/x.json"}).exit == 1);
}

TEST_CASE("crisisctl template import: every problem with its pointer - exit 1 - nothing stored") {
    Cli cli;
    cli.ok({"init"});
    write(cli, "bad.json", R"({"format": "crisisdesk.templates/2", "crisis_type": "meteor", "author": "x",
      "review_interval": "often", "templates": [
        {"id": "data-leak.social-post.holding.en", "channel": "fax", "language": "fr",
         "title": "About {{colour}}", "body": "Hello {{company", "extra": 1},
        {"id": "data-leak.sms.alert.en", "channel": "sms", "language": "en", "title": "t"},
        {"id": "Bad Id", "channel": "sms", "language": "zh", "title": "t", "body": "{{{x}}} {{}} x}}"},
        {"id": "data-leak.sms.long.zh", "channel": "sms", "language": "zh", "title": "t",
         "body": "数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数数"},
        "not an object"]})");
    const auto before = slurp(cli.db());
    const auto r = cli.run({"template", "import", cli.file("bad.json").string()});
    CHECK(r.exit == 1);
    for (const char* pointer :
         {"/format:", "/crisis_type:", "/author:", "/review_interval:", "/templates/0/extra:",
          "/templates/0/channel:", "/templates/0/language:", "/templates/0/title:", "/templates/0/body:",
          "/templates/1:", "/templates/2/id:", "/templates/2/body:", "/templates/3/body:", "/templates/4:"}) {
        INFO(pointer);
        CHECK(r.err.find(std::string("  ") + pointer) != std::string::npos);
    }
    CHECK(r.err.find("nothing was stored") != std::string::npos);
    CHECK(slurp(cli.db()) == before);

    write(cli, "syntax.json", "{ \"format\": ");
    const auto s =
        cli.run({"template", "import", cli.file("syntax.json").string(), cli.file("bad.json").string()});
    CHECK(s.exit == 1);
    CHECK(s.err.find("syntax.json: : ") != std::string::npos); // several files: each problem names its file
    CHECK(s.err.find("bad.json: /format:") != std::string::npos);
    CHECK(cli.run({"template", "import", cli.file("missing.json").string()}).exit == 1);
    CHECK(cli.run({"template", "import"}).exit == 2);
    CHECK(slurp(cli.db()) == before);
    CHECK(cli.ok({"--json", "template", "list", "--crisis-type", "data-leak"}).json()[0]["source"] ==
          "shipped");
}

TEST_CASE("crisisctl review-due lists playbooks and templates overdue for review") {
    Cli cli;
    cli.ok({"--at", T0, "init"});
    CHECK(cli.ok({"--at", "2026-06-01T00:00:00Z", "review-due"}).out == "Nothing is due for review.\n");
    CHECK(cli.ok({"--json", "--at", "2026-06-01T00:00:00Z", "review-due"}).json() == nlohmann::json::array());
    write(cli, "kit.json", kit);
    cli.ok({"--at", "2026-04-01T00:00:00Z", "template", "import", cli.file("kit.json").string()});
    // The imported ones (3 months from April) are due first, in July; the rest six months from March.
    const auto july = cli.ok({"--json", "--at", "2026-07-02T00:00:00Z", "review-due"}).json();
    REQUIRE(july.size() == 2);
    CHECK(july[0] == nlohmann::json{{"kind", "template"},
                                    {"id", "data-leak.faq-reply.new-one.en"},
                                    {"name", "New question"},
                                    {"version", 1},
                                    {"since", "2026-04-01T00:00:00Z"},
                                    {"due", "2026-07-01T00:00:00Z"},
                                    {"overdue", true},
                                    {"reviewed_at", nullptr},
                                    {"reviewed_by", ""}});
    const auto september = cli.ok({"--json", "--at", "2026-09-02T00:00:00Z", "review-due"}).json();
    const auto playbooks = std::count_if(september.begin(), september.end(),
                                         [](const auto& i) { return i["kind"] == "playbook"; });
    CHECK(playbooks == 10);
    CHECK(september.size() == cli.ok({"--json", "template", "list"}).json().size() + 10);
    CHECK(september[0]["due"] == "2026-07-01T00:00:00Z");
    const auto text = cli.ok({"--at", "2026-09-02T00:00:00Z", "review-due"}).out;
    CHECK(text.find("2026-09-01T08:00:00Z\tplaybook\tcyber-breach\tv1\t") != std::string::npos);
    const auto everything = cli.ok({"--json", "--at", T0, "review-due", "--all"}).json();
    CHECK(everything.size() == september.size());
    CHECK(everything[0]["overdue"] == false);

    // Reviewed and found current: due again six months after the review, same version.
    const auto reviewed = cli.ok({"--json", "--at", "2026-09-03T00:00:00Z", "--actor", "Li", "reviewed",
                                  "playbook", "cyber-breach", "--note", "checked"})
                              .json();
    CHECK(reviewed["due"] == "2027-03-03T00:00:00Z");
    CHECK(reviewed["reviewed_by"] == "Li");
    CHECK(reviewed["version"] == 1);
    const auto after = cli.ok({"--json", "--at", "2026-09-04T00:00:00Z", "review-due"}).json();
    CHECK(std::none_of(after.begin(), after.end(), [](const auto& i) { return i["id"] == "cyber-breach"; }));
    const auto unknown = cli.run({"reviewed", "playbook", "no-such"});
    CHECK(unknown.exit == 1);
    CHECK(unknown.err.find("no-such") != std::string::npos);
    CHECK(cli.run({"reviewed", "recipe", "cyber-breach"}).exit == 2);
}

TEST_CASE("crisisctl org set: a bad profile is refused with every pointer and nothing changes") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"org", "set", "--company", "Harbour & Pine", "--markets", "us, de", "--languages", "EN,zh",
            "--time-zone", "Europe/Berlin"});
    const auto good = cli.ok({"--json", "org", "show"}).json();
    CHECK(good["markets"] == nlohmann::json::array({"US", "DE"})); // normalised as meant
    CHECK(good["languages"] == nlohmann::json::array({"en", "zh"}));
    const auto r = cli.run(
        {"org", "set", "--website", "harbour pine", "--markets", "USA,US,US", "--time-zone", "Berlin"});
    CHECK(r.exit == 1);
    for (const char* pointer : {"/website:", "/markets/0:", "/markets/2:", "/time_zone:"}) {
        INFO(pointer);
        CHECK(r.err.find(pointer) != std::string::npos);
    }
    CHECK(cli.ok({"--json", "org", "show"}).json() == good);
}

TEST_CASE(
    "crisisctl playbook import: every validation error path with its pointer - exit codes - JSON shapes") {
    Cli cli;
    cli.ok({"init"});
    write(cli, "bad.json", R"({"format": "crisisdesk.playbook/9", "id": "Bad Id", "crisis_type": "meteor",
      "origin": "space", "name": {"en": "X"}, "description": {"en": "d", "zh": "d"}, "colour": "red",
      "clocks": [{"id": "identify", "name": {"en": "i", "zh": "i"}, "start": "Detection", "duration": "soon",
                  "met_by": "magic", "warnings": [0.9, 0.5], "by_severity": {"7": "1h"}}],
      "checklists": {"launch": []},
      "tasks": [{"id": "a", "title": {"en": "a", "zh": "a"}, "role": "pilot", "due": "later"},
                {"id": "a", "title": {"en": "b", "zh": "b"}, "role": "it", "due": "1h"}],
      "owner": "chef", "review_interval": "yearly"})");
    const auto before = slurp(cli.db());
    const auto r = cli.run({"playbook", "import", cli.file("bad.json").string()});
    CHECK(r.exit == 1);
    for (const char* pointer :
         {"/format:", "/id:", "/crisis_type:", "/origin:", "/name:", "/colour:", "/clocks/0/start:",
          "/clocks/0/duration:", "/clocks/0/met_by:", "/clocks/0/warnings:", "/clocks/0/by_severity/7:",
          "/checklists/launch:", "/tasks/0/role:", "/tasks/0/due:", "/tasks/1/id:", "/owner:",
          "/review_interval:"}) {
        INFO(pointer);
        CHECK(r.err.find(std::string("  ") + pointer) != std::string::npos);
    }
    CHECK(slurp(cli.db()) == before);

    // The round trip and the --json shapes.
    cli.ok({"playbook", "export", "cyber-breach", "--out", cli.file("pb.json").string()});
    CHECK(cli.ok({"--json", "playbook", "import", cli.file("pb.json").string()}).json() ==
          nlohmann::json{{"id", "cyber-breach"}, {"version", 1}});
    const auto list = cli.ok({"--json", "playbook", "list"}).json();
    REQUIRE(list.size() == 10);
    for (const char* key : {"id", "version", "crisis_type", "name", "clocks", "tasks", "imported_at"})
        CHECK(list[0].contains(key));
    CHECK(cli.run({"playbook", "import"}).exit == 2);
    CHECK(cli.run({"playbook", "import", cli.file("nope.json").string()}).exit == 1);
    CHECK(cli.run({"playbook", "diff", "cyber-breach", "1", "5"}).exit == 1);
    CHECK(cli.run({"playbook", "diff", "cyber-breach", "1"}).exit == 2);
    CHECK(cli.ok({"--json", "playbook", "diff", "cyber-breach", "1", "1"}).json() == nlohmann::json::array());
}

TEST_CASE("crisisctl playbook import refuses a linked template outside the kit in effect") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"playbook", "export", "cyber-breach", "--out", cli.file("pb.json").string()});
    auto doc = nlohmann::json::parse(slurp(cli.file("pb.json")));
    doc["templates"] = {"cyber-breach.social-post.holding.en", "no.such.template"};
    write(cli, "linked.json", doc.dump(2));
    const auto before = slurp(cli.db());
    const auto r = cli.run({"playbook", "import", cli.file("linked.json").string()});
    CHECK(r.exit == 1);
    CHECK(r.err.find("  /templates/1: no template \"no.such.template\" in the kit in effect") !=
          std::string::npos);
    CHECK(r.err.find("/templates/0") == std::string::npos);
    CHECK(slurp(cli.db()) == before);
    // Once the kit has it, the same file imports.
    doc["templates"] = {"cyber-breach.social-post.holding.en"};
    write(cli, "linked.json", doc.dump(2));
    CHECK(cli.ok({"--json", "playbook", "import", cli.file("linked.json").string()}).json()["version"] == 2);
}

TEST_CASE("crisisctl mention reply takes a canned reply from the kit in effect") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "data-leak", "--title", "Leak"});
    write(cli, "m.csv",
          "time,channel,author,text,reach\n2026-03-01T08:10:00Z,weibo,@a,is my data leaked?,5\n");
    cli.ok({"--at", T0, "mention", "import", cli.file("m.csv").string(), "--incident", "1"});
    const auto mention = std::to_string(
        cli.ok({"--json", "mention", "list", "--incident", "1"}).json()[0]["mention"].get<long long>());
    const std::vector<std::string> reply{"--at",
                                         "2026-03-01T08:20:00Z",
                                         "mention",
                                         "reply",
                                         mention,
                                         "--incident",
                                         "1",
                                         "--template",
                                         "data-leak.faq-reply.new-one.en",
                                         "--set",
                                         "support_contact=help@nw.example"};
    CHECK(cli.run(reply).exit == 1); // not in the kit yet
    write(cli, "kit.json", kit);
    cli.ok({"template", "import", cli.file("kit.json").string()});
    CHECK(cli.ok(reply).out == "Detected 2026-03-01T08:00:00Z. Write to help@nw.example.\n");
}
