#include <crisis/error.hpp>
#include <crisis/template.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using crisis::test::at;

namespace {

MessageTemplate tmpl(std::string body, std::string channel = "customer-email", std::string title = "Notice") {
    MessageTemplate t;
    t.id = "cyber-breach." + channel + ".test.en";
    t.crisisType = "cyber-breach";
    t.channel = std::move(channel);
    t.title = std::move(title);
    t.body = std::move(body);
    return t;
}

const std::map<std::string, std::string> full{
    {"company", "Northwind Trading"},
    {"support_contact", "help@northwindtrading.com"},
    {"website", "northwindtrading.com/updates"},
    {"incident_title", "Unauthorised access"},
    {"detected_at", "2026-03-01T06:40:00Z"},
    {"customers_affected", "about 12,000"},
    {"affected_data", "names and e-mail addresses"},
    {"actions_taken", "We reset all passwords."},
    {"next_update", "18:00 UTC today"},
};

// Every problem of a failed render, as "pointer|message id".
std::vector<std::string> problemsOf(const MessageTemplate& t,
                                    const std::map<std::string, std::string>& values) {
    try {
        render(t, values);
    } catch (const ValidationError& e) {
        std::vector<std::string> out;
        for (const auto& p : e.problems())
            out.push_back(p.pointer + "|" + p.message.id);
        return out;
    }
    FAIL("rendered although problems were expected");
    return {};
}

std::string repeat(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

// The Error thrown by a render that is too long (not a ValidationError).
Error lengthError(const MessageTemplate& t) {
    try {
        render(t, full);
    } catch (const ValidationError&) {
        FAIL("a placeholder problem instead of a length error");
    } catch (const Error& e) {
        return e;
    }
    FAIL("accepted an over-long text");
    return Error(ErrorCode::Io, {"", {}});
}

} // namespace

TEST_CASE("Rendering fills every placeholder, with or without spaces inside the braces") {
    const auto r =
        render(tmpl("Dear customer of {{company}},\n{{ actions_taken }} Next update: {{  next_update\t}}.",
                    "customer-email", "{{company}}: important information"),
               full);
    CHECK(r.title == "Northwind Trading: important information");
    CHECK(r.text ==
          "Dear customer of Northwind Trading,\nWe reset all passwords. Next update: 18:00 UTC today.");
    CHECK(r.length == r.text.size());
    CHECK_FALSE(r.limit.has_value());
}

TEST_CASE("Single braces are literal text and values are inserted literally") {
    const auto r = render(tmpl("Set {x} to } or { then {{company}}"), {{"company", "{{website}} {"}});
    CHECK(r.text == "Set {x} to } or { then {{website}} {");
}

TEST_CASE("Unknown and unfilled placeholders are listed together, every one, once each") {
    const auto t = tmpl("{{company}} {{colour}} {{next_update}} {{website}} {{colour}} {{size}} {{company}}",
                        "customer-email", "{{incident_title}} for {{shoe_size}}");
    const auto problems = problemsOf(t, {{"company", "Northwind"}, {"website", "   "}, {"next_update", ""}});
    CHECK(problems == std::vector<std::string>{
                          "{{incident_title}}|template.unfilled",
                          "{{shoe_size}}|template.unknown_placeholder",
                          "{{colour}}|template.unknown_placeholder", "{{next_update}}|template.unfilled",
                          "{{website}}|template.unfilled", "{{size}}|template.unknown_placeholder"});
    try {
        render(t, {});
        FAIL("rendered");
    } catch (const ValidationError& e) {
        CHECK(e.source() == t.id);
        CHECK(e.code() == ErrorCode::InvalidInput);
        const auto en = e.describe(Language::En);
        CHECK(en.find("nothing was rendered") != std::string::npos);
        CHECK(en.find("{{company}}: no value given") != std::string::npos);
        CHECK(
            en.find("{{colour}}: not in the placeholder vocabulary; use one of: company, support_contact") !=
            std::string::npos);
        CHECK(e.describe(Language::Zh).find("未生成任何内容") != std::string::npos);
    }
}

TEST_CASE("Malformed braces are errors, located by line, and do not hide other problems") {
    SECTION("each malformed form") {
        for (const char* body :
             {"Hello {{company", "Hello {{{company}}}", "Hello {{}}", "Hello {{ }}", "Hello {{Company}}",
              "Hello {{company name}}", "Hello {{company}", "Hello {{comp-any}}", "Hello {{company1}}"}) {
            INFO(body);
            const auto problems = problemsOf(tmpl(body), full);
            REQUIRE(problems.size() == 1);
            CHECK(problems[0].starts_with("line 1|template."));
        }
        CHECK(problemsOf(tmpl("Hello {{company"), full)[0] == "line 1|template.unterminated");
        CHECK(problemsOf(tmpl("Hello {{{x}}}"), full)[0] == "line 1|template.malformed");
        CHECK(problemsOf(tmpl("Hello {{}}"), full)[0] == "line 1|template.malformed");
        CHECK(problemsOf(tmpl("Hello company}} here"), full)[0] == "line 1|template.stray_close");
    }
    SECTION("nested braces: the outer one is unterminated, the inner placeholder is still checked") {
        const auto problems = problemsOf(tmpl("A\nB {{outer {{colour}} }} C"), full);
        CHECK(problems == std::vector<std::string>{"line 2|template.unterminated",
                                                   "line 2|template.stray_close",
                                                   "{{colour}}|template.unknown_placeholder"});
    }
    SECTION("a placeholder does not span lines") {
        CHECK(problemsOf(tmpl("{{company\n}}"), full) ==
              std::vector<std::string>{"line 1|template.unterminated", "line 2|template.stray_close"});
    }
    SECTION("problems in the title are located as title, and the fragment is quoted") {
        try {
            render(tmpl("Body {{company}}\n\nline three {{{x}}}", "customer-email", "About {{company"), full);
            FAIL("rendered");
        } catch (const ValidationError& e) {
            REQUIRE(e.problems().size() == 2);
            CHECK(e.problems()[0].pointer == "title");
            CHECK(e.problems()[1].pointer == "line 3");
            const auto text = e.describe(Language::En);
            CHECK(text.find("title: \"{{company\" opens a placeholder that is not closed") !=
                  std::string::npos);
            CHECK(text.find("line 3: \"{{{x}}}\" is not a placeholder") != std::string::npos);
        }
    }
    SECTION("a long unterminated fragment is shortened on a character boundary") {
        const auto body = "{{" + repeat("数据", 40);
        try {
            render(tmpl(body), full);
            FAIL("rendered");
        } catch (const ValidationError& e) {
            const auto& fragment = e.problems().at(0).message.args.at(0);
            CHECK(fragment.size() < body.size());
            CHECK(isValidUtf8(fragment));
        }
    }
}

TEST_CASE("A value that is not UTF-8 is refused") {
    CHECK(problemsOf(tmpl("{{company}}"), {{"company", "Bad \xff byte"}}) ==
          std::vector<std::string>{"{{company}}|template.value_not_utf8"});
}

TEST_CASE("placeholdersIn and templateProblems inspect a template without values") {
    CHECK(placeholdersIn("{{a}} {{ company }} {{a}} {{Bad}} {{website}}") ==
          std::vector<std::string>{"a", "company", "website"});
    CHECK(templateProblems(tmpl("{{company}} {{next_update}}")).empty());
    const auto problems = templateProblems(tmpl("{{colour}} {{company", "sms", "{{}}"));
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].pointer == "title");
    CHECK(problems[1].pointer == "line 1");
    CHECK(problems[2].pointer == "{{colour}}");
}

TEST_CASE("Code points are counted, not bytes: CJK and emoji are one each") {
    CHECK(codePointCount("") == 0);
    CHECK(codePointCount("abc") == 3);
    CHECK(codePointCount("数据泄露") == 4);
    CHECK(codePointCount("é") == 1);
    CHECK(codePointCount("\xF0\x9F\x98\x80") == 1); // U+1F600
    CHECK(codePointCount("a\xff"
                         "b") == 3); // an invalid byte counts as one
    CHECK(isValidUtf8("数据 ok \xF0\x9F\x98\x80"));
    CHECK(isValidUtf8("\xEF\xBF\xBD"));           // U+FFFD itself is valid
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xE6\x95"));         // truncated
}

TEST_CASE("The GSM 03.38 basic set decides between 160 and 70 for SMS") {
    CHECK(isGsmBasic("Hello @ $ _ ! 0-9 £ ¥ é à Δ Ω ß ¿ §\r\n"));
    for (const char* text :
         {"{", "}", "[", "]", "~", "\\", "|", "^", "€", "`", "数", "\xF0\x9F\x98\x80", "ç"}) {
        INFO(text);
        CHECK_FALSE(isGsmBasic(std::string("abc ") + text));
    }
    CHECK(channelLimit("sms", "plain text") == 160u);
    CHECK(channelLimit("sms", "中文") == 70u);
    CHECK(channelLimit("social-post", "中文") == 280u);
    CHECK_FALSE(channelLimit("press-release", "x").has_value());
    CHECK_FALSE(channelLimit("customer-email", "x").has_value());
}

TEST_CASE("Social posts: 280 code points pass, 281 fail with a clear message, an emoji counts one") {
    const auto ok =
        render(tmpl(repeat("a", 270) + "{{company}}", "social-post"), {{"company", "0123456789"}});
    CHECK(ok.length == 280);
    CHECK(ok.limit == 280u);
    CHECK(render(tmpl(repeat("a", 279) + "\xF0\x9F\x98\x80", "social-post"), full).length == 280);

    const auto e = lengthError(tmpl(repeat("a", 280) + "\xF0\x9F\x98\x80", "social-post"));
    CHECK(e.code() == ErrorCode::InvalidInput);
    CHECK(e.message().id == "template.too_long");
    const std::string what = e.what();
    CHECK(what.find("281 characters") != std::string::npos);
    CHECK(what.find("social-post channel allows at most 280") != std::string::npos);
    CHECK(e.describe(Language::Zh).find("最多允许 280") != std::string::npos);
}

TEST_CASE("SMS: 160 in the GSM alphabet, 70 otherwise: Chinese 70 passes and 71 fails") {
    CHECK(render(tmpl(repeat("a", 160), "sms"), full).limit == 160u);
    CHECK(lengthError(tmpl(repeat("a", 161), "sms")).message().id == "template.too_long");

    const auto zh70 = render(tmpl(repeat("数", 66) + "{{company}}", "sms"), {{"company", "北风贸易"}});
    CHECK(zh70.length == 70);
    CHECK(zh70.limit == 70u);
    const auto e = lengthError(tmpl(repeat("数", 71), "sms"));
    CHECK(e.message().id == "template.too_long_sms_ucs2");
    CHECK(std::string(e.what()).find("71 characters") != std::string::npos);
    CHECK(std::string(e.what()).find("at most 70") != std::string::npos);

    // One character outside the basic set (here from a value) switches the whole text to 70.
    CHECK(render(tmpl(repeat("a", 69) + "{{company}}", "sms"), {{"company", "E1"}}).limit == 160u);
    CHECK_THROWS_AS(render(tmpl(repeat("a", 69) + "{{company}}", "sms"), {{"company", "€1"}}), Error);
    CHECK(render(tmpl(repeat("a", 69) + "\xF0\x9F\x98\x80", "sms"), full).length == 70);
}

TEST_CASE("The title does not count towards the channel limit") {
    CHECK_NOTHROW(render(tmpl("short", "sms", repeat("数", 200)), full));
}

TEST_CASE("Values come from the incident, the organisation profile and overrides, overrides winning") {
    Incident incident;
    incident.title = "Unauthorised access to the customer database";
    incident.detectedAt = at("2026-03-01T06:40:00Z");
    OrganisationProfile profile;
    profile.company = "Northwind Trading";
    profile.supportContact = "help@northwindtrading.com";

    auto values = templateValues(incident, profile, {{"next_update", "18:00 UTC today"}});
    CHECK(values.at("incident_title") == incident.title);
    CHECK(values.at("detected_at") == "2026-03-01T06:40:00Z");
    CHECK(values.at("company") == "Northwind Trading");
    CHECK(values.at("support_contact") == "help@northwindtrading.com");
    CHECK_FALSE(values.contains("website")); // an empty profile field stays unfilled
    CHECK(values.at("next_update") == "18:00 UTC today");

    values = templateValues(incident, profile, {{"company", "Northwind EU"}, {"incident_title", ""}});
    CHECK(values.at("company") == "Northwind EU");
    CHECK(values.at("incident_title").empty());

    try {
        templateValues(incident, profile, {{"colour", "red"}, {"company", "x"}, {"Website", "y"}});
        FAIL("accepted an unknown name");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].pointer == "Website");
        CHECK(e.problems()[1].pointer == "colour");
    }
}

TEST_CASE("customers_affected comes from the incident's recorded figure with thousands separators") {
    Incident incident;
    incident.title = "Breach";
    incident.detectedAt = at("2026-03-01T06:40:00Z");
    const OrganisationProfile profile;
    CHECK_FALSE(templateValues(incident, profile, {}).contains("customers_affected")); // not recorded
    for (const auto& [figure, text] : std::vector<std::pair<long long, std::string>>{
             {0, "0"}, {999, "999"}, {1000, "1,000"}, {12000, "12,000"}, {1234567, "1,234,567"}}) {
        incident.customersAffected = figure;
        CHECK(templateValues(incident, profile, {}).at("customers_affected") == text);
    }
    incident.customersAffected = 12000;
    CHECK(templateValues(incident, profile, {{"customers_affected", "about 12,000"}})
              .at("customers_affected") == "about 12,000"); // an override still wins
    const auto zh = tmpl("可能影响{{customers_affected}}名客户。");
    CHECK(renderForIncident(zh, incident, profile, {}).text == "可能影响12,000名客户。");
}

TEST_CASE("renderForIncident lists unknown override names with the placeholder problems") {
    Incident incident;
    incident.title = "Breach";
    incident.detectedAt = at("2026-03-01T06:40:00Z");
    const auto t = tmpl("{{incident_title}} at {{detected_at}} for {{company}}; next {{next_update}}");
    try {
        renderForIncident(t, incident, {}, {{"colour", "red"}, {"next_update", "18:00"}});
        FAIL("rendered");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].pointer == "colour");
        CHECK(e.problems()[1].pointer == "{{company}}");
    }
    OrganisationProfile northwind;
    northwind.company = "Northwind";
    const auto r = renderForIncident(t, incident, northwind, {{"next_update", "18:00"}});
    CHECK(r.text == "Breach at 2026-03-01T06:40:00Z for Northwind; next 18:00");
}
