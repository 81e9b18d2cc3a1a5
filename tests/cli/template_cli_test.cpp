// crisisctl template list / show / render, end to end: the built binary, run as a script would.

#include "cli_harness.hpp"

namespace {

// A scratch folder with a database, plus the incident most template tests render for.
class Desk : public crisis::test::Cli {
public:
    // A database with incident 1, detected at T0.
    void withIncident() const {
        ok({"init"});
        ok({"--at", "2026-03-01T08:00:00Z", "incident", "open", "--playbook", "cyber-breach", "--title",
            "Unauthorised access to the customer database", "--detected-at", "2026-03-01T06:40:00Z"});
    }
};

const std::vector<std::string> allValues{"--set", "company=Northwind Trading",
                                         "--set", "support_contact=help@northwindtrading.com",
                                         "--set", "website=northwindtrading.com/updates",
                                         "--set", "customers_affected=about 12,000",
                                         "--set", "affected_data=names and e-mail addresses",
                                         "--set", "actions_taken=We reset all passwords.",
                                         "--set", "next_update=18:00 UTC today"};

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

TEST_CASE("crisisctl template list: filters, text and JSON") {
    Desk desk;
    const auto all = desk.ok({"--json", "template", "list"}).json();
    CHECK(all.size() >= 10 * 2 * 8);

    const auto zh =
        desk.ok({"--json", "template", "list", "--crisis-type", "cyber-breach", "--language", "zh"}).json();
    REQUIRE(zh.size() >= 8);
    for (const auto& t : zh) {
        CHECK(t["crisis_type"] == "cyber-breach");
        CHECK(t["language"] == "zh");
        CHECK(t.contains("id"));
        CHECK(t.contains("channel"));
        CHECK(t.contains("title"));
        CHECK_FALSE(t.contains("body"));
    }
    const auto sms = desk.ok({"--json", "template", "list", "--channel", "sms"}).json();
    REQUIRE_FALSE(sms.empty());
    for (const auto& t : sms)
        CHECK(t["channel"] == "sms");

    const auto text = desk.ok({"template", "list", "--crisis-type", "data-leak", "--channel", "social-post"});
    CHECK(text.out == "data-leak.social-post.holding.en\tHolding statement\n"
                      "data-leak.social-post.holding.zh\t初步声明\n");

    const auto reputationSms =
        desk.ok({"template", "list", "--crisis-type", "reputation", "--channel", "sms"});
    CHECK(reputationSms.out == "reputation.sms.alert.en\tSMS alert\n"
                               "reputation.sms.alert.zh\t短信提醒\n");
    CHECK(desk.run({"template", "list", "--channel", "fax"}).exit == 2);
    CHECK(desk.run({"template", "list", "--crisis-type", "meteor"}).exit == 2);
}

TEST_CASE("crisisctl template show: title and body, or JSON with the placeholders") {
    Desk desk;
    const auto text = desk.ok({"template", "show", "cyber-breach.social-post.holding.en"});
    CHECK(text.out.starts_with("Holding statement\n\n{{company}} values your trust"));

    const auto j = desk.ok({"--json", "template", "show", "cyber-breach.customer-email.notice.zh"}).json();
    CHECK(j["id"] == "cyber-breach.customer-email.notice.zh");
    CHECK(j["channel"] == "customer-email");
    CHECK(j["language"] == "zh");
    CHECK(j["title"] == "关于您的{{company}}账户的重要信息");
    CHECK(j["body"].get<std::string>().find("{{affected_data}}") != std::string::npos);
    CHECK(j["placeholders"][0] == "company");

    const auto missing = desk.run({"template", "show", "cyber-breach.fax.holding.en"});
    CHECK(missing.exit == 1);
    CHECK(missing.err.find("No template \"cyber-breach.fax.holding.en\"") != std::string::npos);
}

TEST_CASE("crisisctl template render: fills from the incident and --set, prints text or JSON") {
    Desk desk;
    desk.withIncident();
    const auto brief = desk.ok(concat(
        {"template", "render", "cyber-breach.internal-briefing.staff.en", "--incident", "1"}, allValues));
    CHECK(brief.out.starts_with("Internal briefing: Unauthorised access to the customer database\n\n"));
    CHECK(brief.out.find("on 2026-03-01T06:40:00Z we detected") != std::string::npos);
    CHECK(brief.out.find("{{") == std::string::npos);

    const auto post = desk.ok(concat({"--json", "template", "render", "cyber-breach.social-post.holding.en",
                                      "--incident", "1"},
                                     allValues))
                          .json();
    CHECK(post["id"] == "cyber-breach.social-post.holding.en");
    CHECK(post["channel"] == "social-post");
    CHECK(post["language"] == "en");
    CHECK(post["limit"] == 280);
    CHECK(post["text"].get<std::string>().starts_with("Northwind Trading values your trust"));
    CHECK(post["length"].get<int>() <= 280);
    CHECK(post["length"].get<std::size_t>() == post["text"].get<std::string>().size());

    const auto email = desk.ok(concat({"--json", "template", "render",
                                       "cyber-breach.press-release.statement.en", "--incident", "1"},
                                      allValues))
                           .json();
    CHECK(email["limit"].is_null());

    // An override wins over the incident; --set may come before the template id.
    const auto zh = desk.ok({"--json", "template", "render", "--incident", "1", "--set", "company=北风贸易",
                             "--set", "next_update=北京时间今天18:00", "--set",
                             "support_contact=400-820-1234", "cyber-breach.sms.alert.zh"})
                        .json();
    CHECK(zh["limit"] == 70);
    CHECK(zh["length"] == 65);
    CHECK(zh["text"].get<std::string>().starts_with("【北风贸易】"));
}

TEST_CASE("crisisctl template render fills customers_affected from incident facts and --set overrides it") {
    Desk desk;
    desk.withIncident();
    desk.ok({"--at", "2026-03-01T09:00:00Z", "incident", "facts", "1", "--customers-affected", "12000"});
    std::vector<std::string> values;
    for (std::size_t i = 0; i + 1 < allValues.size(); i += 2)
        if (!allValues[i + 1].starts_with("customers_affected="))
            values.insert(values.end(), {allValues[i], allValues[i + 1]});
    const auto en = desk.ok(
        concat({"template", "render", "cyber-breach.press-release.statement.en", "--incident", "1"}, values));
    CHECK(en.out.find("may affect 12,000 customers") != std::string::npos);
    const auto zh = desk.ok(
        concat({"template", "render", "cyber-breach.press-release.statement.zh", "--incident", "1"}, values));
    CHECK(zh.out.find("可能影响12,000名客户") != std::string::npos);
    const auto set = desk.ok(concat({"template", "render", "cyber-breach.press-release.statement.en",
                                     "--incident", "1", "--set", "customers_affected=about 12,000"},
                                    values));
    CHECK(set.out.find("may affect about 12,000 customers") != std::string::npos);
}

TEST_CASE("crisisctl template render: exit 1 listing every unknown and unfilled placeholder") {
    Desk desk;
    desk.withIncident();
    const auto r = desk.run({"template", "render", "cyber-breach.press-release.statement.en", "--incident",
                             "1", "--set", "company=Northwind", "--set", "colour=red", "--set", "website= "});
    CHECK(r.exit == 1);
    CHECK(r.out.empty());
    for (const char* expected : {"nothing was rendered", "colour: a value for a name outside the placeholder",
                                 "{{customers_affected}}: no value given",
                                 "{{actions_taken}}: no value given", "{{next_update}}: no value given",
                                 "{{website}}: no value given", "{{support_contact}}: no value given"}) {
        INFO(expected);
        CHECK(r.err.find(expected) != std::string::npos);
    }
    CHECK(r.err.find("{{company}}") == std::string::npos);
    CHECK(r.err.find("{{incident_title}}") == std::string::npos);

    const auto zh =
        desk.run({"--lang", "zh", "template", "render", "cyber-breach.sms.alert.zh", "--incident", "1"});
    CHECK(zh.exit == 1);
    CHECK(zh.err.find("未生成任何内容") != std::string::npos);

    const auto tooLong =
        desk.run({"template", "render", "cyber-breach.sms.alert.zh", "--incident", "1", "--set",
                  "company=北风贸易", "--set", "next_update=北京时间今天18:00，届时请留意短信和邮件", "--set",
                  "support_contact=400-820-1234"});
    CHECK(tooLong.exit == 1);
    CHECK(tooLong.err.find("at most 70") != std::string::npos);

    const auto badSet = desk.run(
        concat({"template", "render", "cyber-breach.sms.alert.en", "--incident", "1"}, {"--set", "company"}));
    CHECK(badSet.exit == 1);
    CHECK(badSet.err.find("\"company\" is not NAME=VALUE") != std::string::npos);

    const auto noIncident =
        desk.run(concat({"template", "render", "cyber-breach.sms.alert.en", "--incident", "9"}, allValues));
    CHECK(noIncident.exit == 1);
    CHECK(noIncident.err.find("No incident 9") != std::string::npos);

    CHECK(desk.run({"template", "render", "cyber-breach.sms.alert.en"}).exit == 2); // --incident is required
}
