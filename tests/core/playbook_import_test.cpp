// Playbook imports: every file validated whole, linked templates checked against the kit in
// effect, ids unique across files, all stored in one transaction or none.

#include <crisis/error.hpp>
#include <crisis/playbook_import.hpp>
#include <crisis/template_kit.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

std::string playbookFile(const std::string& id, const std::string& templates = "[]") {
    return R"({"format": "crisisdesk.playbook/1", "id": ")" + id +
           R"(", "crisis_type": "cyber-breach", "origin": "external", "name": {"en": "Test", "zh": "测试"},
  "description": {"en": "d", "zh": "描述"}, "templates": )" +
           templates + "}";
}

std::vector<std::string> pointers(const ValidationError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems())
        out.push_back(p.pointer + "|" + p.message.id);
    return out;
}

struct Import {
    TempDir dir;
    Store store{dir.file("import.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");
};

} // namespace

TEST_CASE_METHOD(Import,
                 "A playbook linking a template outside the kit in effect is refused at its pointer") {
    const auto text =
        playbookFile("linked", R"(["cyber-breach.social-post.holding.en", "no.such.template"])");
    try {
        importPlaybooks(store, {{"linked.json", text}}, t0);
        FAIL("imported");
    } catch (const ValidationError& e) {
        CHECK(e.source() == "linked.json");
        CHECK(pointers(e) == std::vector<std::string>{"/templates/1|playbook.unknown_template"});
        CHECK(std::string(e.what()).find("no.such.template") != std::string::npos);
    }
    CHECK_FALSE(store.playbook("linked"));
}

TEST_CASE_METHOD(Import, "A playbook linking shipped and imported templates is stored") {
    importTemplateKits(store,
                       {{"kit.json", R"({"format": "crisisdesk.templates/1", "crisis_type": "cyber-breach",
  "templates": [{"id": "cyber-breach.sms.own.en", "channel": "sms", "language": "en", "title": "t",
  "body": "Update from {{company}}: next update {{next_update}}."}]})"}},
                       t0);
    const auto result = importPlaybooks(
        store,
        {{"linked.json",
          playbookFile("linked", R"(["cyber-breach.social-post.holding.en", "cyber-breach.sms.own.en"])")}},
        t0);
    CHECK(result == std::vector<std::pair<std::string, int>>{{"linked", 1}});
    REQUIRE(store.playbook("linked"));
    CHECK(store.playbook("linked")->playbook.templates.size() == 2);
    // The same content again is no new version.
    const auto again = importPlaybooks(
        store,
        {{"again.json",
          playbookFile("linked", R"(["cyber-breach.social-post.holding.en", "cyber-breach.sms.own.en"])")}},
        t0);
    CHECK(again.front().second == 1);
}

TEST_CASE_METHOD(Import, "Several playbook files are stored together or not at all") {
    SECTION("all valid: each stored, in file order") {
        const auto result =
            importPlaybooks(store, {{"a.json", playbookFile("alpha")}, {"b.json", playbookFile("beta")}}, t0);
        CHECK(result == std::vector<std::pair<std::string, int>>{{"alpha", 1}, {"beta", 1}});
        CHECK(store.playbooks().size() == 2);
    }
    SECTION("one invalid: none stored, its problems prefixed with its file") {
        try {
            importPlaybooks(store,
                            {{"a.json", playbookFile("alpha")},
                             {"b.json", playbookFile("beta", R"(["no.such.template"])")},
                             {"c.json", R"({"format": "crisisdesk.playbook/1"})"}},
                            t0);
            FAIL("imported");
        } catch (const ValidationError& e) {
            const auto p = pointers(e);
            CHECK(std::find(p.begin(), p.end(), "b.json: /templates/0|playbook.unknown_template") != p.end());
            CHECK(std::count_if(p.begin(), p.end(),
                                [](const std::string& s) { return s.starts_with("c.json: "); }) > 0);
            CHECK(std::none_of(p.begin(), p.end(),
                               [](const std::string& s) { return s.starts_with("a.json"); }));
        }
        CHECK(store.playbooks().empty());
    }
    SECTION("the same id in two files: refused, not two versions") {
        try {
            importPlaybooks(store,
                            {{"a.json", playbookFile("alpha")},
                             {"b.json", playbookFile("alpha", R"(["cyber-breach.social-post.holding.en"])")}},
                            t0);
            FAIL("imported");
        } catch (const ValidationError& e) {
            CHECK(pointers(e) == std::vector<std::string>{"b.json: /id|playbook.id_in_two_files"});
            CHECK(e.problems().front().message.args == std::vector<std::string>{"alpha", "a.json"});
        }
        CHECK(store.playbooks().empty());
    }
}
