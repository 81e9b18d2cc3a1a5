#include <crisis/error.hpp>
#include <crisis/scenario.hpp>
#include <crisis/team.hpp>
#include <crisis/template.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace crisis;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

// A small valid scenario that each test case breaks in one or more ways.
json minimal() {
    return json::parse(R"({
      "format": "crisisdesk.scenario/1", "id": "mini", "version": 1,
      "title": {"en": "Mini", "zh": "小型演练"},
      "crisis_type": "cyber-breach", "playbook": "cyber-breach",
      "objectives": [{"id": "o1", "text": {"en": "Scope", "zh": "界定范围"}}],
      "participants": ["crisis-manager", "comms"],
      "injects": [
        {"id": "a", "offset": "0m", "synopsis": {"en": "s", "zh": "摘要"}, "text": {"en": "t", "zh": "正文"},
         "delivery": "email", "from": "Attacker", "to": "crisis-manager", "objective": "o1",
         "expected": {"action": "checklist_item_checked", "target": "scope", "allowance": "30m"},
         "contingency": ["c"],
         "mentions": [{"offset": "5m", "channel": "twitter", "author": "@x", "text": "hacked?",
                       "language": "en", "reach": 10}]},
        {"id": "b", "offset": "1h", "synopsis": {"en": "s", "zh": "摘要"}, "text": {"en": "t", "zh": "正文"},
         "delivery": "phone", "from": "Reporter", "to": "comms", "objective": "o1",
         "expected": {"action": "inbox_answered", "target": "b", "allowance": "1h"}},
        {"id": "c", "synopsis": {"en": "s", "zh": "摘要"}, "text": {"en": "t", "zh": "正文"},
         "delivery": "news", "from": "Press", "to": "comms", "objective": "o1"}
      ]})");
}

std::vector<Problem> problemsOf(const json& doc) {
    try {
        parseScenario(doc.dump(), "test.json");
    } catch (const ValidationError& e) {
        return e.problems();
    }
    return {};
}

// True when some problem has this pointer and message id.
bool has(const std::vector<Problem>& problems, const std::string& pointer, const std::string& id) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.pointer == pointer && p.message.id == id; });
}

} // namespace

TEST_CASE("A minimal scenario parses into its model") {
    const auto sc = parseScenario(minimal().dump(), "mini.json");
    CHECK(sc.id == "mini");
    CHECK(sc.title.zh == "小型演练");
    REQUIRE(sc.injects.size() == 3);
    CHECK(sc.injects[0].offset == Duration{0});
    CHECK(sc.injects[1].offset == Duration{1h});
    CHECK_FALSE(sc.injects[2].offset.has_value());
    CHECK(sc.injects[1].delivery == Delivery::Phone);
    REQUIRE(sc.injects[0].expected);
    CHECK(sc.injects[0].expected->action == ActionKind::ChecklistItemChecked);
    CHECK(sc.injects[0].expected->allowance == Duration{30min});
    CHECK(sc.injects[0].contingency == std::vector<std::string>{"c"});
    REQUIRE(sc.injects[0].mentions.size() == 1);
    CHECK(sc.injects[0].mentions[0].offset == Duration{5min});
    CHECK(sc.injects[0].mentions[0].reach == 10);
    CHECK(sc.inject("b") == &sc.injects[1]);
    CHECK(sc.inject("zz") == nullptr);
    CHECK(sc.objective("o1") != nullptr);
}

TEST_CASE("Scenario vocabulary names round-trip") {
    for (const auto name : deliveryNames)
        CHECK(deliveryName(*deliveryFromName(name)) == name);
    for (const auto name : actionKindNames)
        CHECK(actionKindName(*actionKindFromName(name)) == name);
    CHECK_FALSE(deliveryFromName("pigeon"));
    CHECK_FALSE(actionKindFromName("dance"));
}

TEST_CASE("Scenario syntax errors and non-objects are reported") {
    try {
        parseScenario("{\"id\": ", "broken.json");
        FAIL("accepted broken JSON");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].message.id == "json.syntax");
    }
    CHECK(has(problemsOf(json::array()), "", "json.expected_object"));
}

TEST_CASE("Every scenario problem is reported with its JSON pointer") {
    auto doc = minimal();
    auto& a = doc["injects"][0];
    auto& b = doc["injects"][1];
    auto& c = doc["injects"][2];

    SECTION("metadata") {
        doc["format"] = "crisisdesk.scenario/9";
        doc["id"] = "Bad Id";
        doc["version"] = 0;
        doc["title"] = {{"en", "x"}};
        doc["crisis_type"] = "meteor";
        doc["playbook"] = "No Such";
        doc["colour"] = "red";
        doc.erase("objectives");
        doc["participants"] = json::array({"astronaut", "comms", "comms", 3});
        const auto p = problemsOf(doc);
        CHECK(has(p, "/format", "playbook.format"));
        CHECK(has(p, "/id", "playbook.id_pattern"));
        CHECK(has(p, "/version", "scenario.version"));
        CHECK(has(p, "/title", "json.missing_key"));
        CHECK(has(p, "/crisis_type", "playbook.crisis_type"));
        CHECK(has(p, "/playbook", "playbook.id_pattern"));
        CHECK(has(p, "/colour", "json.unknown_key"));
        CHECK(has(p, "", "json.missing_key"));
        CHECK(has(p, "/participants/0", "playbook.role"));
        CHECK(has(p, "/participants/2", "scenario.duplicate_role"));
        CHECK(has(p, "/participants/3", "json.expected_string"));
        // The objective inject references dangle once objectives are gone.
        CHECK(has(p, "/injects/0/objective", "scenario.unknown_objective"));
    }
    SECTION("empty lists and wrong types") {
        doc["objectives"] = json::array();
        doc["participants"] = "comms";
        doc["injects"] = json::array();
        doc["version"] = "1";
        const auto p = problemsOf(doc);
        CHECK(has(p, "/objectives", "scenario.empty"));
        CHECK(has(p, "/participants", "json.expected_array"));
        CHECK(has(p, "/injects", "scenario.empty"));
        CHECK(has(p, "/version", "scenario.version"));
    }
    SECTION("objectives") {
        doc["objectives"].push_back({{"id", "o1"}, {"text", {{"en", "again"}, {"zh", "重复"}}}});
        doc["objectives"].push_back({{"id", "o3"}, {"text", "plain"}});
        doc["objectives"].push_back(5);
        const auto p = problemsOf(doc);
        CHECK(has(p, "/objectives/1/id", "playbook.duplicate_id"));
        CHECK(has(p, "/objectives/2/text", "json.expected_object"));
        CHECK(has(p, "/objectives/3", "json.expected_object"));
    }
    SECTION("inject fields") {
        a["offset"] = "3bd";
        a["delivery"] = "pigeon";
        a["to"] = "astronaut";
        a["from"] = "";
        a["urgent"] = true;
        a["expected"]["action"] = "dance";
        a["expected"]["allowance"] = "0m";
        a["mentions"][0]["language"] = "fr";
        a["mentions"][0]["reach"] = -1;
        a["mentions"][0]["offset"] = "soon";
        a["mentions"].push_back({{"offset", "1m"}});
        b["id"] = "a";
        b["offset"] = "1mo";
        c["to"] = "hr"; // a known role, but not a participant
        c["contingency"] = "x";
        const auto p = problemsOf(doc);
        CHECK(has(p, "/injects/0/offset", "scenario.offset"));
        CHECK(has(p, "/injects/0/delivery", "scenario.delivery"));
        CHECK(has(p, "/injects/0/to", "playbook.role"));
        CHECK(has(p, "/injects/0/from", "json.expected_string"));
        CHECK(has(p, "/injects/0/urgent", "json.unknown_key"));
        CHECK(has(p, "/injects/0/expected/action", "scenario.action"));
        CHECK(has(p, "/injects/0/expected/allowance", "scenario.allowance_zero"));
        CHECK(has(p, "/injects/0/mentions/0/language", "template.language"));
        CHECK(has(p, "/injects/0/mentions/0/reach", "scenario.reach"));
        CHECK(has(p, "/injects/0/mentions/0/offset", "scenario.offset"));
        CHECK(has(p, "/injects/0/mentions/1", "json.missing_key"));
        CHECK(has(p, "/injects/1/id", "playbook.duplicate_id"));
        CHECK(has(p, "/injects/1/offset", "scenario.offset"));
        CHECK(has(p, "/injects/2/to", "scenario.role_not_participant"));
        CHECK(has(p, "/injects/2/contingency", "json.expected_array"));
    }
    SECTION("expected-action targets") {
        a["expected"] = {{"action", "phase_reached"}, {"target", "identify"}, {"allowance", "1h"}};
        b["expected"] = {{"action", "inbox_answered"}, {"target", "nobody"}, {"allowance", "1h"}};
        c["expected"] = {{"action", "statement_published"}, {"target", "fax"}, {"allowance", "1h"}};
        doc["injects"].push_back(c);
        doc["injects"][3]["id"] = "d";
        doc["injects"][3]["offset"] = "2h";
        doc["injects"][3]["expected"] = {
            {"action", "task_done"}, {"target", "Not Kebab"}, {"allowance", "1h"}};
        doc["injects"].push_back(doc["injects"][3]);
        doc["injects"][4]["id"] = "e";
        doc["injects"][4]["expected"] = {{"action", "task_done"}, {"allowance", 5}, {"extra", 1}};
        const auto p = problemsOf(doc);
        CHECK(has(p, "/injects/0/expected/target", "scenario.phase_target"));
        CHECK(has(p, "/injects/1/expected/target", "scenario.unknown_inject"));
        CHECK(has(p, "/injects/2/expected/target", "scenario.channel_target"));
        CHECK(has(p, "/injects/3/expected/target", "playbook.id_pattern"));
        CHECK(has(p, "/injects/4/expected", "json.missing_key"));
        CHECK(has(p, "/injects/4/expected/allowance", "json.expected_string"));
        CHECK(has(p, "/injects/4/expected/extra", "json.unknown_key"));
    }
    SECTION("dangling, scheduled and unreachable contingencies") {
        a["contingency"] = json::array({"c", "ghost", "b", "c"});
        a["objective"] = "o9";
        b.erase("expected");
        b["contingency"] = json::array({"c"});
        doc["injects"].push_back(c);
        doc["injects"][3]["id"] = "orphan";
        const auto p = problemsOf(doc);
        CHECK(has(p, "/injects/0/objective", "scenario.unknown_objective"));
        CHECK(has(p, "/injects/0/contingency/1", "scenario.unknown_inject"));
        CHECK(has(p, "/injects/0/contingency/2", "scenario.contingency_scheduled"));
        CHECK(has(p, "/injects/0/contingency/3", "playbook.duplicate_id"));
        CHECK(has(p, "/injects/1/contingency", "scenario.contingency_without_expected"));
        CHECK(has(p, "/injects/3", "scenario.never_fires"));
    }
    SECTION("contingency cycles") {
        c["expected"] = {{"action", "task_done"}, {"target", "press-release"}, {"allowance", "1h"}};
        c["contingency"] = json::array({"d"});
        auto d = c;
        d["id"] = "d";
        d["contingency"] = json::array({"c"});
        doc["injects"].push_back(d);
        const auto p = problemsOf(doc);
        REQUIRE(has(p, "/injects/3/contingency/0", "scenario.contingency_cycle"));
        const auto cycle = std::find_if(p.begin(), p.end(), [](const Problem& pr) {
            return pr.message.id == "scenario.contingency_cycle";
        });
        CHECK(cycle->message.args[0] == "c → d → c");
        CHECK(std::count_if(p.begin(), p.end(), [](const Problem& pr) {
                  return pr.message.id == "scenario.contingency_cycle";
              }) == 1);
    }
    SECTION("self-referencing contingency is a cycle") {
        c["expected"] = {{"action", "task_done"}, {"target", "press-release"}, {"allowance", "1h"}};
        c["contingency"] = json::array({"c"});
        CHECK(has(problemsOf(doc), "/injects/2/contingency/0", "scenario.contingency_cycle"));
    }
}

TEST_CASE("Scenario problems render in English and Chinese") {
    auto doc = minimal();
    doc["injects"][0]["delivery"] = "pigeon";
    try {
        parseScenario(doc.dump(), "bad.json");
        FAIL("accepted a bad delivery");
    } catch (const ValidationError& e) {
        CHECK(e.describe(Language::En).find("/injects/0/delivery: \"pigeon\" is not a delivery") !=
              std::string::npos);
        CHECK(e.describe(Language::Zh).find("不是送达方式") != std::string::npos);
    }
}

TEST_CASE("A scenario is checked against the playbook it names") {
    const auto sc = parseScenario(minimal().dump(), "mini.json");
    CHECK_NOTHROW(checkScenarioAgainstPlaybook(sc, test::shippedPlaybook("cyber-breach"), "mini.json"));

    auto doc = minimal();
    doc["injects"][0]["expected"]["target"] = "no-such-item";
    doc["injects"][1]["expected"] = {
        {"action", "task_done"}, {"target", "no-such-task"}, {"allowance", "1h"}};
    const auto bad = parseScenario(doc.dump(), "bad.json");
    try {
        checkScenarioAgainstPlaybook(bad, test::shippedPlaybook("financial"), "bad.json");
        FAIL("accepted a mismatching playbook");
    } catch (const ValidationError& e) {
        const auto& p = e.problems();
        CHECK(has(p, "/playbook", "scenario.playbook_other"));
        CHECK(has(p, "/crisis_type", "scenario.playbook_type"));
        CHECK(has(p, "/injects/0/expected/target", "error.not_found.item"));
        CHECK(has(p, "/injects/1/expected/target", "scenario.playbook_task"));
    }
}

TEST_CASE("The built-in scenarios load and match their playbooks and carry real content") {
    const auto all = builtInScenarios();
    REQUIRE(all.size() == 5);
    std::set<std::string> types;
    for (const auto& sc : all) {
        INFO(sc.id);
        types.insert(sc.crisisType);
        const auto playbook = test::shippedPlaybook(sc.playbook);
        CHECK_NOTHROW(checkScenarioAgainstPlaybook(sc, playbook, sc.id));
        CHECK_FALSE(sc.title.zh.empty());
        CHECK(sc.objectives.size() >= 3);

        int scheduledInFirstDay = 0;
        int contingencies = 0;
        int withMentions = 0;
        std::set<std::string> objectivesTested;
        for (const auto& in : sc.injects) {
            INFO(in.id);
            if (in.offset && *in.offset <= Duration{24h})
                ++scheduledInFirstDay;
            if (!in.offset)
                ++contingencies;
            if (!in.mentions.empty())
                ++withMentions;
            objectivesTested.insert(in.objective);
            // Chinese text is real Chinese, not a copy of the English.
            CHECK(in.text.zh != in.text.en);
            CHECK(std::any_of(in.text.zh.begin(), in.text.zh.end(),
                              [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; }));
            CHECK(in.text.en.size() > 60);
            CHECK(in.expected.has_value());
            for (const auto& m : in.mentions)
                CHECK((m.language == "en" || m.language == "zh"));
        }
        CHECK(scheduledInFirstDay >= 12);
        CHECK(contingencies >= 2);
        CHECK(withMentions >= 3);
        CHECK(objectivesTested.size() == sc.objectives.size()); // every objective is tested
    }
    const std::set<std::string> wanted{"cyber-breach", "financial", "product-quality", "natural-disaster",
                                       "misinformation"};
    CHECK(types == wanted);
}

TEST_CASE("A span beyond ten years is refused as too long, not as a span of another kind") {
    auto doc = minimal();
    doc["injects"][0]["offset"] = "5000d";
    doc["injects"][0]["expected"]["allowance"] = "87601h";
    doc["injects"][0]["mentions"][0]["offset"] = "5256001m";
    doc["injects"][1]["offset"] = "9999bd"; // not a fixed span whatever its length
    const auto p = problemsOf(doc);
    CHECK(has(p, "/injects/0/offset", "scenario.span_too_long"));
    CHECK(has(p, "/injects/0/expected/allowance", "scenario.span_too_long"));
    CHECK(has(p, "/injects/0/mentions/0/offset", "scenario.span_too_long"));
    CHECK(has(p, "/injects/1/offset", "scenario.offset"));
    CHECK(text("scenario.span_too_long", Language::En, {"5000d"}).find("ten years") != std::string::npos);
    // The limit itself is a span.
    auto limit = minimal();
    limit["injects"][0]["offset"] = "3650d";
    limit["injects"][0]["expected"]["allowance"] = "87600h";
    limit["injects"][0]["mentions"][0]["offset"] = "5256000m";
    CHECK(problemsOf(limit).empty());
}
