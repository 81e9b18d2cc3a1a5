#include <crisis/error.hpp>
#include <crisis/playbook.hpp>
#include <crisis/team.hpp>

#include "schema_check.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace crisis;
using crisis::test::at;

namespace {

const char* minimal = R"({"format": "crisisdesk.playbook/1", "id": "t", "crisis_type": "cyber-breach",
  "origin": "external", "name": {"en": "Test", "zh": "测试"}, "description": {"en": "d", "zh": "描述"}})";

std::vector<std::string> pointers(const ValidationError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems())
        out.push_back(p.pointer);
    return out;
}

} // namespace

TEST_CASE("A minimal playbook gets the design's default clocks and checklists") {
    const auto pb = parsePlaybook(minimal, "minimal.json");
    REQUIRE(pb.clock("identify"));
    CHECK(pb.clock("identify")->duration.toString() == "30m");
    CHECK(pb.clock("identify")->metByPhaseExit == Phase::Identify);
    CHECK(pb.clock("analyze")->duration.toString() == "2h");
    CHECK(pb.clock("respond")->duration.toString() == "24h");
    CHECK(pb.clock("first-acknowledgement")->duration.toString() == "1h");
    CHECK_FALSE(pb.clock("first-acknowledgement")->metByPhaseExit.has_value());
    CHECK(pb.clock("identify")->warnings == std::vector<double>{0.5, 0.8});
    CHECK(pb.checklist(Phase::Identify).size() == 4);
    CHECK(pb.checklist(Phase::Analyze).size() == 5);
    CHECK(pb.phaseOfItem("marketing-paused") == Phase::Respond);
    CHECK(pb.checklist(Phase::Review).size() == 4);
}

TEST_CASE("The ten shipped playbooks parse, are bilingual and carry real content") {
    const auto all = defaultPlaybooks();
    REQUIRE(all.size() == knownCrisisTypes.size());
    for (const auto type : knownCrisisTypes) {
        INFO(type);
        const auto pb = crisis::test::shippedPlaybook(std::string(type));
        CHECK(pb.crisisType == type);
        CHECK_FALSE(pb.name.en.empty());
        CHECK_FALSE(pb.name.zh.empty());
        CHECK(pb.description.en.size() > 40);
        CHECK(pb.tasks.size() >= 6);
        for (const auto& t : pb.tasks) {
            CHECK(isKnownRole(t.role));
            CHECK_FALSE(t.title.zh.empty());
        }
        for (const char* clock : {"identify", "analyze", "respond", "first-acknowledgement"})
            CHECK(pb.clock(clock) != nullptr);
        for (const char* item :
             {"scope", "impact", "cause", "customers-affected", "who", "when", "where", "how", "why",
              "holding-statement", "press-release", "marketing-paused", "staff-briefed", "what-worked",
              "challenges", "team-support", "channels-formats"})
            CHECK(pb.phaseOfItem(item).has_value());
    }
    const auto breach = crisis::test::shippedPlaybook("cyber-breach");
    REQUIRE(breach.clock("gdpr-art33"));
    CHECK(breach.clock("gdpr-art33")->regulatory);
    CHECK(breach.clock("gdpr-art33")->duration.toString() == "72h");
    CHECK(breach.clock("gdpr-art33")->start == "awareness");
}

TEST_CASE("Writing a playbook and reading it back gives the same playbook") {
    for (const auto& pb : defaultPlaybooks())
        CHECK(parsePlaybook(playbookToJson(pb), pb.id) == pb);
}

TEST_CASE("Every exported default playbook conforms to docs/playbook.schema.json") {
    const auto schema = crisis::test::docsSchema("playbook.schema.json");
    auto all = defaultPlaybooks();
    all.push_back(parsePlaybook(minimal, "minimal.json"));
    for (const auto& pb : all) {
        INFO(pb.id);
        const auto violations =
            crisis::test::schemaViolations(schema, nlohmann::json::parse(playbookToJson(pb)));
        for (const auto& v : violations)
            UNSCOPED_INFO(v);
        CHECK(violations.empty());
    }
    // The checker itself refuses what the schema leaves out.
    auto doc = nlohmann::json::parse(playbookToJson(all.front()));
    doc["clocks"][0]["by_severty"] = nlohmann::json::object();
    doc["approver"] = nlohmann::json::array();
    CHECK(crisis::test::schemaViolations(schema, doc).size() == 2);
}

TEST_CASE("docs/playbook-format.md lists every standard clock a playbook gets by default") {
    std::ifstream in(std::string(SOURCE_DIR) + "/docs/playbook-format.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const auto doc = text.str();
    const auto section = doc.substr(doc.find("### Standard clocks"));
    const auto table = section.substr(0, section.find("\n### "));
    const auto pb = parsePlaybook(minimal, "minimal.json");
    REQUIRE(pb.clocks.size() == 5);
    CHECK(table.find("Every incident has these five.") != std::string::npos);
    for (const auto& c : pb.clocks) {
        INFO(c.id);
        CHECK(table.find("| `" + c.id + "` |") != std::string::npos);
    }
}

TEST_CASE("Malformed playbooks are rejected with every problem and its JSON pointer") {
    SECTION("syntax error") {
        try {
            parsePlaybook("{\"id\": ", "broken.json");
            FAIL("accepted broken JSON");
        } catch (const ValidationError& e) {
            CHECK(e.source() == "broken.json");
            REQUIRE(e.problems().size() == 1);
            CHECK(e.problems()[0].message.id == "json.syntax");
        }
    }
    SECTION("many problems at once") {
        const char* bad = R"({"format": "crisisdesk.playbook/2", "id": "Bad Id", "crisis_type": "meteor",
          "origin": "external", "name": {"en": "x"}, "description": {"en": "d", "zh": "描述"},
          "colour": "red",
          "clocks": [{"id": "c", "name": {"en": "c", "zh": "c"}, "start": "detection", "duration": "3 weeks",
                      "met_by": "phase:closed", "warnings": [0.8, 0.5]}],
          "checklists": {"identify": [{"id": "a", "text": {"en": "a", "zh": "a"}},
                                      {"id": "a", "text": {"en": "b", "zh": "b"}}], "party": []},
          "tasks": [{"id": "t1", "title": {"en": "t", "zh": "t"}, "role": "astronaut", "due": "1h"}]})";
        try {
            parsePlaybook(bad, "bad.json");
            FAIL("accepted an invalid playbook");
        } catch (const ValidationError& e) {
            const auto ptrs = pointers(e);
            for (const char* expected : {"/format", "/id", "/crisis_type", "/name", "/colour",
                                         "/clocks/0/duration", "/clocks/0/met_by", "/clocks/0/warnings",
                                         "/checklists/identify/1/id", "/checklists/party", "/tasks/0/role"}) {
                INFO(expected);
                CHECK(std::find(ptrs.begin(), ptrs.end(), expected) != ptrs.end());
            }
            const auto text = e.describe(Language::En);
            CHECK(text.find("bad.json") != std::string::npos);
            CHECK(text.find("/tasks/0/role: unknown role \"astronaut\"") != std::string::npos);
            CHECK(e.describe(Language::Zh).find("未知角色") != std::string::npos);
        }
    }
}

TEST_CASE("Due offsets add minutes, hours, days, business days and months") {
    CHECK(DueOffset::parse("30m")->addTo(at("2026-03-01T08:00:00Z")) == at("2026-03-01T08:30:00Z"));
    CHECK(DueOffset::parse("72h")->addTo(at("2026-03-01T08:00:00Z")) == at("2026-03-04T08:00:00Z"));
    CHECK(DueOffset::parse("3d")->addTo(at("2026-03-01T08:00:00Z")) == at("2026-03-04T08:00:00Z"));
    // Thursday + 4 business days = next Wednesday, same time of day.
    CHECK(DueOffset::parse("4bd")->addTo(at("2026-03-05T10:00:00Z")) == at("2026-03-11T10:00:00Z"));
    // Saturday + 1 business day = Monday.
    CHECK(DueOffset::parse("1bd")->addTo(at("2026-03-07T10:00:00Z")) == at("2026-03-09T10:00:00Z"));
    CHECK(DueOffset::parse("1mo")->addTo(at("2026-03-15T10:00:00Z")) == at("2026-04-15T10:00:00Z"));
    CHECK(DueOffset::parse("1mo")->addTo(at("2026-01-31T10:00:00Z")) == at("2026-02-28T10:00:00Z"));
    CHECK(DueOffset::parse("0m")->addTo(at("2026-01-31T10:00:00Z")) == at("2026-01-31T10:00:00Z"));
    // 13 business days from Thursday: two whole weeks plus three days.
    CHECK(DueOffset::parse("13bd")->addTo(at("2026-03-05T10:00:00Z")) == at("2026-03-24T10:00:00Z"));
    CHECK(DueOffset::parse("120mo").has_value());
    for (const char* bad : {"", "m", "30", "30s", "-1h", "1.5h", "2 h", "121mo", "999999999bd", "5256001m"})
        CHECK_FALSE(DueOffset::parse(bad).has_value());
}

TEST_CASE("A review checklist without the four review questions is refused") {
    auto doc = nlohmann::json::parse(playbookToJson(defaultPlaybooks().front()));
    doc["checklists"]["review"] = nlohmann::json::array(
        {{{"id", "plan-updated"}, {"text", {{"en", "Plan updated"}, {"zh", "已更新预案"}}}},
         {{"id", "what-worked"}, {"text", {{"en", "What went well"}, {"zh", "哪些做得好"}}}}});
    try {
        parsePlaybook(doc.dump(), "no-questions.json");
        FAIL("accepted a review checklist without the review questions");
    } catch (const ValidationError& e) {
        std::set<std::string> missing;
        for (const auto& p : e.problems()) {
            CHECK(p.pointer == "/checklists/review");
            CHECK(p.message.id == "playbook.review_question_missing");
            missing.insert(p.message.args.at(0));
        }
        CHECK(missing == std::set<std::string>{"challenges", "team-support", "channels-formats"});
    }
    // Every shipped playbook keeps them.
    for (const auto& pb : defaultPlaybooks())
        CHECK(pb.checklists.at(Phase::Review).size() >= 4);
}
