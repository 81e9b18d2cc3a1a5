// crisisctl reputation commands, black box: sentiment, import with alerts, inbox actions, metrics.

#include "cli_harness.hpp"

using crisis::test::Cli;

namespace {
constexpr const char* T0 = "2026-03-01T12:00:00Z";
}

TEST_CASE("crisisctl: sentiment scores one text in either language") {
    Cli cli;
    const auto en = cli.ok({"--json", "sentiment", "This is a scam, I want my refund"}).json();
    CHECK(en["label"] == "negative");
    CHECK(en["score"].get<double>() < 0);
    CHECK(en["score"].get<double>() >= -1);
    const auto zh = cli.ok({"--json", "sentiment", "客服非常耐心,谢谢"}).json();
    CHECK(zh["label"] == "positive");
    CHECK(zh["score"].get<double>() <= 1);
}

TEST_CASE("crisisctl: import raises spike alerts - inbox assign, reply and resolve - metrics") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Wang", "--role", "social"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "product-quality", "--title", "Charger"});
    std::ofstream csv(cli.file("m.csv"));
    csv << "time,channel,author,text,reach\n";
    for (int m = 0; m < 12 * 60; m += 10) // a quiet baseline: 2 per 10 minutes before T0
        for (int i = 0; i < 2; ++i)
            csv << "2026-03-01T" << (m / 60 < 10 ? "0" : "") << m / 60 << ":" << (m % 60 < 10 ? "0" : "")
                << m % 60 << ":0" << i << "Z,weibo,@q" << m << i << ",ok,5\n";
    for (int i = 0; i < 30; ++i) { // then 30 angry posts in the 12:00 bucket
        char when[32];
        std::snprintf(when, sizeof when, "2026-03-01T12:%02d:%02dZ", i / 10, (i % 10) * 5);
        csv << when << ",weibo,@a" << i << ",\"scam, this charger exploded\"," << (i == 0 ? 50000 : 10)
            << "\n";
    }
    csv.close();
    const auto imported =
        cli.ok({"--json", "--at", T0, "mention", "import", cli.file("m.csv").string(), "--incident", "1"})
            .json();
    CHECK(imported["added"] == 12 * 6 * 2 + 30);
    REQUIRE(imported["alerts"].size() == 2);
    CHECK(imported["alerts"][0]["type"] == "volume");
    CHECK(imported["alerts"][0]["dominant"] == "negative");
    const auto alerts = cli.ok({"--json", "alerts", "1"}).json();
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0]["bucket"] == "2026-03-01T12:00:00Z");

    const auto inbox = cli.ok({"--json", "inbox", "1"}).json();
    CHECK(inbox.size() == 30); // the negative ones; "ok" posts need no attention
    CHECK(cli.ok({"--json", "inbox", "1", "--all"}).json().size() == 12 * 6 * 2 + 30);
    CHECK(cli.ok({"--json", "inbox", "1", "--min-reach", "1000"}).json().size() == 1);
    const auto first = inbox.back(); // oldest: 12:00:00
    const std::string mention = std::to_string(first["mention"].get<long long>());

    CHECK(cli.run({"mention", "assign", mention, "Nobody", "--incident", "1"}).exit == 1);
    cli.ok({"mention", "assign", mention, "Wang", "--incident", "1"});
    CHECK(cli.ok({"--json", "inbox", "1", "--assignee", "Wang"}).json().size() == 1);
    const auto replied =
        cli.ok({"--json", "--at", "2026-03-01T12:45:00Z", "--actor", "Wang", "mention", "reply", mention,
                "--incident", "1", "--text", "We are checking; next update 18:00."})
            .json();
    CHECK(replied["state"] == "replied");
    CHECK(replied["response_ms"] == 45 * 60 * 1000);
    const auto other = std::to_string(inbox.front()["mention"].get<long long>());
    CHECK(cli.run({"mention", "resolve", other, "replied", "--incident", "1"}).exit == 2);
    cli.ok({"mention", "resolve", other, "no-action", "--incident", "1"});
    CHECK(cli.ok({"--json", "inbox", "1", "--state", "no-action"}).json().size() == 1);

    const auto metrics = cli.ok({"--json", "--at", "2026-03-01T13:00:00Z", "metrics", "1"}).json();
    CHECK(metrics["mentions"] == 12 * 6 * 2 + 30);
    CHECK(metrics["negative"] == 30);
    CHECK(metrics["spikes"] == 2);
    CHECK(metrics["responded"] == 1);
    CHECK(metrics["mean_response_ms"] == 45 * 60 * 1000);
    CHECK(metrics["mean_response_ms_by_member"]["Wang"] == 45 * 60 * 1000);
    CHECK(metrics["sentiment"]["before"]["mentions"] == 12 * 6 * 2);
    CHECK(metrics["sentiment"]["during"]["negative"] == 30);
    CHECK(cli.ok({"metrics", "1"}).out.find("Wang") != std::string::npos);
    CHECK(cli.ok({"verify"}).exit == 0);
}
