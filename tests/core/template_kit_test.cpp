#include <crisis/error.hpp>
#include <crisis/playbook.hpp>
#include <crisis/template.hpp>

#include "schema_check.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>

using namespace crisis;

namespace {

std::vector<std::string> pointers(const ValidationError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems())
        out.push_back(p.pointer + "|" + p.message.id);
    return out;
}

bool has(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

// Values as a crisis team would fill them in, long enough to be realistic.
const std::map<std::string, std::string>& realisticValues(Language lang) {
    static const std::map<std::string, std::string> en{
        {"company", "Northwind Trading"},
        {"support_contact", "help@northwindtrading.com"},
        {"website", "northwindtrading.com/updates"},
        {"incident_title", "Unauthorised access to the customer database"},
        {"detected_at", "2026-03-01T06:40:00Z"},
        {"customers_affected", "about 12,000"},
        {"affected_data", "names, e-mail addresses, shipping addresses and order history"},
        {"actions_taken",
         "We have taken the affected server offline, reset all staff credentials and engaged an "
         "independent forensic firm."},
        {"next_update", "18:00 UTC today"},
    };
    static const std::map<std::string, std::string> zh{
        {"company", "北风贸易"},
        {"support_contact", "400-820-1234"},
        {"website", "northwindtrading.com/updates"},
        {"incident_title", "客户数据库遭未授权访问"},
        {"detected_at", "2026-03-01T06:40:00Z"},
        {"customers_affected", "约 12,000"},
        {"affected_data", "姓名、电子邮箱、收货地址和订单记录"},
        {"actions_taken",
         "我们已将受影响的服务器下线，重置了全部员工账号凭证，并聘请独立的取证机构介入调查。"},
        {"next_update", "北京时间今天18:00"},
    };
    return lang == Language::Zh ? zh : en;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

const char* validKit = R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [
  {"id": "data-leak.social-post.holding.en", "channel": "social-post", "language": "en",
   "title": "Holding statement", "body": "{{company}} is investigating. Next update by {{ next_update }}."},
  {"id": "data-leak.sms.alert.zh", "channel": "sms", "language": "zh",
   "title": "短信", "body": "【{{company}}】我们正在调查。"}]})";

} // namespace

TEST_CASE("A template kit is read with every field") {
    const auto kit = parseTemplateKit(validKit, "kit.json");
    REQUIRE(kit.size() == 2);
    CHECK(kit[0].id == "data-leak.social-post.holding.en");
    CHECK(kit[0].crisisType == "data-leak");
    CHECK(kit[0].channel == "social-post");
    CHECK(kit[0].language == Language::En);
    CHECK(kit[0].title == "Holding statement");
    CHECK(kit[1].language == Language::Zh);
    CHECK(kit[1].body == "【{{company}}】我们正在调查。");
    CHECK(findTemplate(kit, "data-leak.sms.alert.zh") == &kit[1]);
    CHECK(findTemplate(kit, "nope") == nullptr);
}

TEST_CASE("A key written twice is an error at its pointer, not a silent last-one-wins") {
    std::string doubled = validKit;
    // A second body in the first template, and a second crisis type at the top.
    doubled.replace(doubled.find("\"body\""), 6, "\"body\": \"Ho\", \"body\"");
    doubled.replace(doubled.find("\"templates\""), 11, "\"crisis_type\": \"data-leak\", \"templates\"");
    try {
        parseTemplateKit(doubled, "doubled.json");
        FAIL("accepted a kit with duplicate keys");
    } catch (const ValidationError& e) {
        std::set<std::string> pointers;
        for (const auto& p : e.problems()) {
            CHECK(p.message.id == "json.duplicate_key");
            pointers.insert(p.pointer);
        }
        CHECK(pointers == std::set<std::string>{"/templates/0/body", "/crisis_type"});
    }
    // The same key in two different objects is fine (the kit itself parses).
    CHECK(parseTemplateKit(validKit, "kit.json").size() == 2);
}

TEST_CASE("A malformed template kit is rejected with every problem and its JSON pointer") {
    SECTION("syntax error") {
        try {
            parseTemplateKit(R"({"format": )", "broken.json");
            FAIL("accepted broken JSON");
        } catch (const ValidationError& e) {
            REQUIRE(e.problems().size() == 1);
            CHECK(e.problems()[0].message.id == "json.syntax");
        }
    }
    SECTION("many problems at once") {
        const char* bad = R"({"format": "crisisdesk.templates/2", "crisis_type": "meteor", "author": "x",
          "templates": [
            {"id": "cyber-breach.social-post.holding.en", "channel": "fax", "language": "fr",
             "title": "About {{colour}}", "body": "Hello {{company", "extra": 1},
            {"id": "cyber-breach.sms.alert.en", "channel": "sms", "language": "en", "title": "t"},
            {"id": "Bad Id", "channel": "sms", "language": "zh", "title": "t", "body": "{{{x}}} {{}} x}}"},
            {"id": "financial.sms.alert.en", "channel": "sms", "language": "en", "title": "t", "body": ""},
            "not an object"]})";
        try {
            parseTemplateKit(bad, "bad.json");
            FAIL("accepted an invalid kit");
        } catch (const ValidationError& e) {
            const auto ptrs = pointers(e);
            for (const char* expected :
                 {"/format|playbook.format", "/crisis_type|playbook.crisis_type", "/author|json.unknown_key",
                  "/templates/0/extra|json.unknown_key", "/templates/0/channel|template.channel",
                  "/templates/0/language|template.language",
                  "/templates/0/title|template.unknown_placeholder_in",
                  "/templates/0/body|template.unterminated", "/templates/1|json.missing_key",
                  "/templates/2/id|template.id_pattern", "/templates/2/body|template.malformed",
                  "/templates/2/body|template.stray_close", "/templates/3/body|json.expected_string",
                  "/templates/4|json.expected_object"}) {
                INFO(expected);
                CHECK(has(ptrs, expected));
            }
            const auto text = e.describe(Language::En);
            CHECK(text.find("bad.json") != std::string::npos);
            CHECK(text.find("/templates/0/title: {{colour}} is not in the placeholder vocabulary") !=
                  std::string::npos);
            CHECK(e.describe(Language::Zh).find("不在占位符词表中") != std::string::npos);
        }
    }
    SECTION("ids must match the kit's crisis type, the channel and the language, and be unique") {
        const char* bad = R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [
            {"id": "data-leak.sms.alert.en", "channel": "sms", "language": "en", "title": "t", "body": "b"},
            {"id": "data-leak.sms.alert.en", "channel": "sms", "language": "en", "title": "t", "body": "b"},
            {"id": "cyber-breach.sms.alert.en", "channel": "sms", "language": "en", "title": "t", "body": "b"},
            {"id": "data-leak.faq-reply.alert.en", "channel": "sms", "language": "en", "title": "t", "body": "b"},
            {"id": "data-leak.sms.alert.zh", "channel": "sms", "language": "en", "title": "t", "body": "b"},
            {"id": "data-leak.sms.alert", "channel": "sms", "language": "en", "title": "t", "body": "b"}]})";
        try {
            parseTemplateKit(bad, "ids.json");
            FAIL("accepted bad ids");
        } catch (const ValidationError& e) {
            CHECK(pointers(e) == std::vector<std::string>{"/templates/1/id|playbook.duplicate_id",
                                                          "/templates/2/id|template.id_pattern",
                                                          "/templates/3/id|template.id_pattern",
                                                          "/templates/4/id|template.id_pattern",
                                                          "/templates/5/id|template.id_pattern"});
            CHECK(e.describe(Language::En).find("of the form data-leak.sms.<name>.en") != std::string::npos);
        }
    }
    SECTION("an empty kit, and a fixed text already over its channel's limit") {
        try {
            parseTemplateKit(
                R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": []})",
                "empty.json");
            FAIL("accepted an empty kit");
        } catch (const ValidationError& e) {
            CHECK(pointers(e) == std::vector<std::string>{"/templates|template.kit_empty"});
        }
        std::string longBody;
        for (int i = 0; i < 71; ++i)
            longBody += "数";
        const std::string kit =
            R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [
            {"id": "data-leak.sms.long.zh", "channel": "sms", "language": "zh", "title": "t", "body": ")" +
            longBody + R"({{company}}"}]})";
        try {
            parseTemplateKit(kit, "long.json");
            FAIL("accepted an over-long fixed text");
        } catch (const ValidationError& e) {
            CHECK(pointers(e) == std::vector<std::string>{"/templates/0/body|template.fixed_too_long"});
        }
    }
}

TEST_CASE("The shipped kit: ten crisis types, unique ids, every template usable") {
    const auto kit = defaultTemplates();
    std::set<std::string> ids;
    for (const auto& t : kit) {
        INFO(t.id);
        CHECK(ids.insert(t.id).second);
        CHECK(templateProblems(t).empty());
        CHECK(t.id.starts_with(t.crisisType + "." + t.channel + "."));
        CHECK(t.id.ends_with("." + std::string(languageCode(t.language))));
    }
    std::set<std::string> types;
    for (const auto& t : kit)
        types.insert(t.crisisType);
    CHECK(types.size() == knownCrisisTypes.size());
}

TEST_CASE("Every crisis type has the required channels in both languages, each text in both") {
    const auto kit = defaultTemplates();
    for (const auto type : knownCrisisTypes) {
        for (const auto lang : {Language::En, Language::Zh}) {
            INFO(type << " " << languageCode(lang));
            std::map<std::string, int> count;
            for (const auto& t : kit)
                if (t.crisisType == type && t.language == lang)
                    ++count[t.channel];
            for (const char* channel : {"social-post", "customer-email", "press-release", "internal-briefing",
                                        "chatbot-reply", "sms"})
                CHECK(count[channel] >= 1);
            CHECK(count["faq-reply"] >= 3);
            CHECK(findTemplate(kit, std::string(type) + ".social-post.holding." +
                                        std::string(languageCode(lang))));
        }
    }
    // Every English template has a Chinese twin with the same id apart from the language, and back.
    for (const auto& t : kit) {
        INFO(t.id);
        const auto stem = t.id.substr(0, t.id.size() - 2);
        CHECK(findTemplate(kit, stem + (t.language == Language::En ? "zh" : "en")) != nullptr);
    }
}

TEST_CASE("Every shipped template renders with realistic values within its channel's limit") {
    for (const auto& t : defaultTemplates()) {
        INFO(t.id);
        const auto values = realisticValues(t.language);
        RenderResult r;
        REQUIRE_NOTHROW(r = render(t, values));
        if (r.limit)
            CHECK(r.length <= *r.limit);
        CHECK(r.text.find("{{") == std::string::npos);
        if (t.channel == "sms" && t.language == Language::En)
            CHECK(r.limit == 160u); // English SMS stay in the GSM alphabet
    }
}

TEST_CASE("Shipped templates make no promise and no apology before the facts are verified") {
    for (const auto& t : defaultTemplates()) {
        INFO(t.id);
        const auto text = lower(t.title + "\n" + t.body);
        // Stems: "apolog" catches apologize, apologise, apology and apologies.
        for (const char* word : {"guarantee", "will never", "保证", "承诺", "绝不", "sorry", "apolog", "道歉",
                                 "抱歉", "歉", "regret", "our fault", "our mistake"})
            CHECK(text.find(word) == std::string::npos);
    }
}

TEST_CASE(
    "Shipped statements say when the next update comes and breach holding statements follow the guide") {
    for (const auto& t : defaultTemplates()) {
        if (t.channel == "faq-reply")
            continue; // a canned answer to one question may point elsewhere
        INFO(t.id);
        const auto names = placeholdersIn(t.body);
        CHECK(std::find(names.begin(), names.end(), "next_update") != names.end());
    }
    const auto kit = defaultTemplates();
    for (const char* type : {"cyber-breach", "data-leak"}) {
        INFO(type);
        CHECK(findTemplate(kit, std::string(type) + ".social-post.holding.en")
                  ->body.starts_with(
                      "{{company}} values your trust and knows how important the privacy of your "
                      "information is."));
        CHECK(findTemplate(kit, std::string(type) + ".social-post.holding.zh")
                  ->body.starts_with("{{company}}珍视您的信任，深知您的信息隐私至关重要。"));
    }
}

TEST_CASE("Chinese templates use full-width punctuation") {
    for (const auto& t : defaultTemplates()) {
        if (t.language != Language::Zh)
            continue;
        INFO(t.id);
        CHECK((t.title + t.body).find_first_of(",;:?!()") == std::string::npos);
    }
}

TEST_CASE("Shipped Chinese holding statements stay within 140 characters, X's limit for CJK text") {
    for (const auto& t : defaultTemplates())
        if (t.channel == "social-post" && t.language == Language::Zh) {
            INFO(t.id);
            CHECK(render(t, realisticValues(Language::Zh)).length <= 140);
        }
}

TEST_CASE("docs/templates.schema.json lists the same crisis types, channels and vocabulary as the core") {
    std::ifstream in(std::string(SOURCE_DIR) + "/docs/templates.schema.json");
    REQUIRE(in);
    const auto schema = nlohmann::json::parse(in);
    CHECK(schema["properties"]["crisis_type"]["enum"].get<std::vector<std::string>>() ==
          std::vector<std::string>(knownCrisisTypes.begin(), knownCrisisTypes.end()));
    const auto& tmpl = schema["definitions"]["template"]["properties"];
    CHECK(tmpl["channel"]["enum"].get<std::vector<std::string>>() ==
          std::vector<std::string>(knownChannels.begin(), knownChannels.end()));
    // The pattern's placeholder alternation: "\\{\\{[ \\t]*(?:company|support_contact|...)[ \\t]*\\}\\}".
    const auto pattern = schema["definitions"]["text"]["pattern"].get<std::string>();
    const auto open = pattern.find("(?:", pattern.find("\\{\\{"));
    REQUIRE(open != std::string::npos);
    const auto names = pattern.substr(open + 3, pattern.find(')', open) - open - 3);
    std::string expected;
    for (const auto name : placeholderVocabulary)
        expected += (expected.empty() ? "" : "|") + std::string(name);
    CHECK(names == expected);
}

TEST_CASE("The exported default kit conforms to docs/templates.schema.json, whole and per crisis type") {
    const auto schema = crisis::test::docsSchema("templates.schema.json");
    const auto kit = defaultTemplates();
    std::vector<std::string> exports{templateKitToJson(kit)};
    for (const auto type : knownCrisisTypes) {
        std::vector<MessageTemplate> ofType;
        std::copy_if(kit.begin(), kit.end(), std::back_inserter(ofType),
                     [&](const MessageTemplate& t) { return t.crisisType == type; });
        exports.push_back(templateKitToJson(ofType, std::string(type)));
    }
    for (const auto& text : exports) {
        const auto violations = crisis::test::schemaViolations(schema, nlohmann::json::parse(text));
        for (const auto& v : violations)
            UNSCOPED_INFO(v);
        CHECK(violations.empty());
    }
}
