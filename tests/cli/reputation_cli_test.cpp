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
    CHECK(metrics["sentiment"]["during"]["mean_score"].get<double>() < 0);
    // Still open: nothing after closing yet, and no mean of nothing.
    CHECK(metrics["sentiment"]["after"]["mentions"] == 0);
    CHECK(metrics["sentiment"]["after"]["mean_score"].is_null());
    CHECK(cli.ok({"metrics", "1"}).out.find("Wang") != std::string::npos);
    CHECK(cli.ok({"verify"}).exit == 0);
}

TEST_CASE("crisisctl: emoticons score as the lexicon says") {
    Cli cli;
    CHECK(cli.ok({"--json", "sentiment", ":-)"}).json()["score"].get<double>() > 0);
    CHECK(cli.ok({"--json", "sentiment", ":D"}).json()["label"] == "positive");
    CHECK(cli.ok({"--json", "sentiment", ":d"}).json()["label"] == "neutral");
    CHECK(cli.ok({"--json", "sentiment", "sad :-("}).json()["label"] == "negative");
    CHECK(cli.ok({"--json", "sentiment", "收到了 :D"}).json()["label"] == "positive");
    CHECK(cli.ok({"--json", "sentiment", "包裹到了:'("}).json()["label"] == "negative");
}

TEST_CASE("crisisctl: every reputation command refuses an unknown incident") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"team", "add", "Wang", "--role", "social"});
    std::ofstream(cli.file("m.csv")) << "time,channel,text\n2026-03-01T08:00:00Z,x,scam\n";
    const std::vector<std::vector<std::string>> commands{
        {"alerts", "99"},
        {"--json", "alerts", "99"},
        {"inbox", "99"},
        {"metrics", "99"},
        {"mention", "import", cli.file("m.csv").string(), "--incident", "99"},
        {"mention", "list", "--incident", "99"},
        {"mention", "assign", "1", "Wang", "--incident", "99"},
        {"mention", "assign", "1", "Nobody", "--incident", "99"},
        {"mention", "reply", "1", "--incident", "99", "--text", "hello"},
        {"mention", "reply", "1", "--incident", "99", "--template", "product-quality.faq-reply.x.en"},
        {"mention", "resolve", "1", "reviewed", "--incident", "99"},
    };
    for (const auto& args : commands) {
        std::string line;
        for (const auto& a : args)
            line += a + " ";
        INFO(line);
        const auto r = cli.run(args);
        CHECK(r.exit == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find("No incident 99") != std::string::npos);
    }
}

TEST_CASE("crisisctl: --lexicon adds word<TAB>score files to sentiment and mention import") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "product-quality", "--title", "Charger"});
    std::ofstream(cli.file("good.tsv")) << "# shop slang\nzorbly\t-3\n赞爆\t3\n";
    std::ofstream(cli.file("more.tsv")) << "flarp\t2\n";
    std::ofstream(cli.file("bad.tsv")) << "ok\t1\nno tab here\nword\tabc\n\n#c\nhuge\t99\n";
    CHECK(cli.ok({"--json", "sentiment", "so zorbly"}).json()["label"] == "neutral");
    CHECK(cli.ok({"--json", "sentiment", "so zorbly", "--lexicon", cli.file("good.tsv").string()})
              .json()["label"] == "negative");
    CHECK(cli.ok({"--json", "sentiment", "赞爆了", "--lexicon", cli.file("good.tsv").string()})
              .json()["label"] == "positive");
    CHECK(cli.ok({"--json", "sentiment", "flarp", "--lexicon", cli.file("good.tsv").string(), "--lexicon",
                  cli.file("more.tsv").string()})
              .json()["label"] == "positive");

    const auto bad = cli.run({"sentiment", "so zorbly", "--lexicon", cli.file("bad.tsv").string()});
    CHECK(bad.exit == 1);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("bad.tsv") != std::string::npos);
    CHECK(bad.err.find("line 2") != std::string::npos);
    CHECK(bad.err.find("line 3") != std::string::npos);
    CHECK(bad.err.find("line 6") != std::string::npos);
    CHECK(bad.err.find("line 1:") == std::string::npos);
    CHECK(cli.run({"sentiment", "x", "--lexicon", cli.file("missing.tsv").string()}).exit == 1);

    std::ofstream(cli.file("m.csv")) << "time,channel,text\n2026-03-01T12:05:00Z,x,so zorbly\n";
    const auto refused = cli.run({"mention", "import", cli.file("m.csv").string(), "--incident", "1",
                                  "--lexicon", cli.file("bad.tsv").string()});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("line 2") != std::string::npos);
    CHECK(cli.ok({"--json", "mention", "list", "--incident", "1"}).json().empty());
    CHECK(cli.ok({"log", "1"}).out.find("mentions.imported") == std::string::npos);

    cli.ok({"mention", "import", cli.file("m.csv").string(), "--incident", "1", "--lexicon",
            cli.file("good.tsv").string()});
    const auto listed = cli.ok({"--json", "mention", "list", "--incident", "1"}).json();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["label"] == "negative");
}

TEST_CASE("crisisctl: a reply stamped before its mention is refused and changes nothing") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "product-quality", "--title", "Charger"});
    std::ofstream(cli.file("m.csv")) << "time,channel,author,text\n2026-03-01T13:01:00Z,x,@a,scam\n";
    cli.ok({"--at", T0, "mention", "import", cli.file("m.csv").string(), "--incident", "1"});
    const auto mention =
        std::to_string(cli.ok({"--json", "inbox", "1"}).json().at(0)["mention"].get<long long>());
    const auto events = cli.ok({"--json", "log", "1"}).json().size();
    const auto r = cli.run({"--at", "2026-03-01T12:00:00Z", "mention", "reply", mention, "--incident", "1",
                            "--text", "We are on it."});
    CHECK(r.exit == 1);
    CHECK(r.err.find("before the mention") != std::string::npos);
    const auto zh = cli.run({"--lang", "zh", "--at", "2026-03-01T12:00:00Z", "mention", "reply", mention,
                             "--incident", "1", "--text", "处理中"});
    CHECK(zh.exit == 1);
    CHECK(zh.err.find("不能早于") != std::string::npos);
    CHECK(cli.ok({"--json", "log", "1"}).json().size() == events);
    const auto item = cli.ok({"--json", "inbox", "1"}).json().at(0);
    CHECK(item["state"] == "open");
    CHECK(item["response_ms"].is_null());
    const auto metrics = cli.ok({"--json", "--at", "2026-03-01T14:00:00Z", "metrics", "1"}).json();
    CHECK(metrics["responded"] == 0);
    CHECK(metrics["mean_response_ms"].is_null());
}

TEST_CASE("crisisctl: a CSV with a UTF-8 byte-order mark imports") {
    Cli cli;
    cli.ok({"init"});
    cli.ok({"--at", T0, "incident", "open", "--playbook", "product-quality", "--title", "Charger"});
    std::ofstream(cli.file("excel.csv"), std::ios::binary)
        << "\xEF\xBB\xBFtime,channel,author,text\r\n2026-03-01T12:05:00Z,weibo,@a,退款太慢\r\n";
    const auto r =
        cli.ok({"--json", "mention", "import", cli.file("excel.csv").string(), "--incident", "1"}).json();
    CHECK(r["added"] == 1);
    CHECK(r["rejected"] == 0);
    std::ofstream(cli.file("mapped.csv"), std::ios::binary)
        << "\xEF\xBB\xBF"
           "Date,Platform,Content\r\n2026-03-01T12:06:00Z,x,scam\r\n";
    CHECK(cli.ok({"--json", "mention", "import", cli.file("mapped.csv").string(), "--incident", "1", "--map",
                  "time=Date", "--map", "channel=Platform", "--map", "text=Content"})
              .json()["added"] == 1);
}

TEST_CASE("docs/mentions-format.md: every example runs as written") {
    Cli cli;
    std::ifstream in(std::string(SOURCE_DIR) + "/docs/mentions-format.md");
    REQUIRE(in);
    // The ```sh blocks in order, as one script; "# => text" lines are expected output.
    std::string script = "set -euo pipefail\n";
    std::vector<std::string> expected;
    bool inBlock = false;
    int blocks = 0;
    for (std::string line; std::getline(in, line);) {
        if (!inBlock && line == "```sh") {
            inBlock = true;
            ++blocks;
        } else if (inBlock && line == "```") {
            inBlock = false;
        } else if (inBlock && line.starts_with("# => ")) {
            expected.push_back(line.substr(5));
        } else if (inBlock) {
            script += line + "\n";
        }
    }
    REQUIRE(blocks >= 4);
    REQUIRE(expected.size() >= 8);
    std::ofstream(cli.file("examples.sh")) << script;
    // The documented commands use the default database: point it into the scratch folder.
    const auto dir = cli.file("").string();
    const std::string cmd =
        "cd " + crisis::test::quote(dir) +
        " && PATH=" + crisis::test::quote(std::filesystem::path(CRISISCTL_PATH).parent_path().string()) +
        ":\"$PATH\" XDG_DATA_HOME=" + crisis::test::quote(dir) +
        " LANG=C bash examples.sh >examples.out 2>examples.err";
    const int status = std::system(cmd.c_str());
    const auto out = crisis::test::slurp(cli.file("examples.out"));
    INFO("stdout: " << out);
    INFO("stderr: " << crisis::test::slurp(cli.file("examples.err")));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    for (const auto& e : expected) {
        INFO(e);
        CHECK(out.find(e) != std::string::npos);
    }
}
