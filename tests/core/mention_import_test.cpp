#include <crisis/bootstrap.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/mention.hpp>
#include <crisis/reputation.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crisis;
using crisis::test::at;

TEST_CASE("Mentions: CSV with quoted commas and newlines parses - bad rows are named by line") {
    const std::string csv = "time,channel,author,text,url,reach,language,id\n"
                            "2026-03-01T08:00:00Z,weibo,@a,\"Refund, please\",https://x/1,120,en,w1\n"
                            "2026-03-01T08:01:00Z,x,@b,\"two\nlines\",,5,en,\n"
                            "yesterday,x,@c,bad time,,1,en,\n"
                            "2026-03-01T08:02:00Z,,@d,no channel,,1,en,\n"
                            "2026-03-01T08:03:00Z,x,@e,negative reach,,-4,en,\n"
                            "2026-03-01T08:04:00Z,x,@f,too few\n"
                            "2026-03-01T08:05:00Z,douyin,@g,退款太慢,,30,zh,\n";
    const auto parsed = parseMentions(csv, MentionFormat::Csv);
    REQUIRE(parsed.mentions.size() == 3);
    CHECK(parsed.mentions[0].text == "Refund, please");
    CHECK(parsed.mentions[0].reach == 120);
    CHECK(parsed.mentions[0].externalId == "w1");
    CHECK(parsed.mentions[1].text == "two\nlines");
    CHECK(parsed.mentions[2].language == "zh");
    REQUIRE(parsed.problems.size() == 4);
    CHECK(parsed.problems[0].pointer == "line 5"); // the quoted newline makes record 3 span lines 3-4
    CHECK(render(parsed.problems[0].message, Language::En) == "missing or invalid: time");
    CHECK(parsed.problems[1].pointer == "line 6");
    CHECK(parsed.problems[2].pointer == "line 7");
    CHECK(render(parsed.problems[2].message, Language::En) == "missing or invalid: reach");
    CHECK(parsed.problems[3].pointer == "line 8");
}

TEST_CASE("Mentions: a header without required columns, and broken CSV quoting") {
    const auto missing = parseMentions("when,where\n1,2\n", MentionFormat::Csv);
    CHECK(missing.problems.size() >= 3);
    CHECK(missing.problems[0].pointer == "line 1");
    const auto broken =
        parseMentions("time,channel,text\n2026-03-01T08:00:00Z,x,\"open quote\n", MentionFormat::Csv);
    CHECK_FALSE(broken.problems.empty());
}

TEST_CASE("Mentions: other CSV layouts through a column mapping") {
    MentionColumns map;
    map.time = "Date";
    map.channel = "Platform";
    map.text = "Content";
    map.author = "User";
    const auto parsed =
        parseMentions("Date,Platform,User,Content\n2026-03-01T09:00:00+08:00,wechat,li,召回了吗\n",
                      MentionFormat::Csv, map);
    REQUIRE(parsed.problems.empty());
    REQUIRE(parsed.mentions.size() == 1);
    CHECK(parsed.mentions[0].at == at("2026-03-01T01:00:00Z"));
    CHECK(parsed.mentions[0].author == "li");
}

TEST_CASE("Mentions: JSON array and JSON lines") {
    const auto array =
        parseMentions(R"([{"time":"2026-03-01T08:00:00Z","channel":"x","text":"scam","reach":7},
        {"time":"nope","channel":"x","text":"t"}, 5])",
                      MentionFormat::Json);
    REQUIRE(array.mentions.size() == 1);
    CHECK(array.mentions[0].reach == 7);
    REQUIRE(array.problems.size() == 2);
    CHECK(array.problems[0].pointer == "/1");
    CHECK(array.problems[1].pointer == "/2");

    const auto lines =
        parseMentions("{\"time\":\"2026-03-01T08:00:00Z\",\"channel\":\"x\",\"text\":\"a\"}\n\n"
                      "{broken\n"
                      "{\"time\":\"2026-03-01T08:01:00Z\",\"channel\":\"x\",\"text\":\"b\"}\n",
                      MentionFormat::JsonLines);
    CHECK(lines.mentions.size() == 2);
    REQUIRE(lines.problems.size() == 1);
    CHECK(lines.problems[0].pointer == "line 3");
    CHECK(mentionFormatFor("a/b.ndjson") == MentionFormat::JsonLines);
    CHECK_FALSE(mentionFormatFor("a.xlsx").has_value());
}

TEST_CASE("Mentions: progress is reported and the import can be cancelled") {
    std::string big = "time,channel,text\n";
    for (int i = 0; i < 20000; ++i)
        big += "2026-03-01T08:00:00Z,x,message number " + std::to_string(i) + "\n";
    int calls = 0;
    const auto all = parseMentions(big, MentionFormat::Csv, {}, [&](std::size_t done, std::size_t total) {
        ++calls;
        CHECK(done <= total);
        return true;
    });
    CHECK(all.mentions.size() == 20000);
    CHECK(calls >= 2);
    const auto cancelled =
        parseMentions(big, MentionFormat::Csv, {}, [](std::size_t, std::size_t) { return false; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.mentions.size() < 20000);
}

TEST_CASE("Mentions: a UTF-8 byte-order mark (Excel's export) is no part of the first column") {
    const std::string bom = "\xEF\xBB\xBF";
    const auto csv =
        parseMentions(bom + "time,channel,text\n2026-03-01T08:00:00Z,x,退款\n", MentionFormat::Csv);
    CHECK(csv.problems.empty());
    REQUIRE(csv.mentions.size() == 1);
    CHECK(csv.mentions[0].at == at("2026-03-01T08:00:00Z"));
    CHECK(csvHeader(bom + "Date,Platform,Content\n1,2,3\n") ==
          std::vector<std::string>{"Date", "Platform", "Content"});

    MentionColumns map; // a mapped first column too
    map.time = "Date";
    CHECK(parseMentions(bom + "Date,channel,text\n2026-03-01T08:00:00Z,x,a\n", MentionFormat::Csv, map)
              .mentions.size() == 1);

    const auto json = parseMentions(bom + R"([{"time":"2026-03-01T08:00:00Z","channel":"x","text":"a"}])",
                                    MentionFormat::Json);
    CHECK(json.problems.empty());
    CHECK(json.mentions.size() == 1);
    const auto lines =
        parseMentions(bom + "{\"time\":\"2026-03-01T08:00:00Z\",\"channel\":\"x\",\"text\":\"a\"}\n",
                      MentionFormat::JsonLines);
    CHECK(lines.problems.empty());
    CHECK(lines.mentions.size() == 1);
    // Only a leading mark is dropped: one inside a field is the file's content.
    const auto inside =
        parseMentions("time,channel,text\n2026-03-01T08:00:00Z,x," + bom + "a\n", MentionFormat::Csv);
    REQUIRE(inside.mentions.size() == 1);
    CHECK(inside.mentions[0].text == bom + "a");
}

TEST_CASE("Mentions: scoring reports progress per chunk and can be stopped") {
    std::vector<Mention> mentions(5000);
    for (auto& m : mentions)
        m.text = "scam";
    const SentimentScorer scorer;
    std::vector<std::size_t> seen;
    CHECK(scoreMentions(scorer, mentions, [&](std::size_t done, std::size_t total) {
        CHECK(total == 5000);
        seen.push_back(done);
        return true;
    }));
    CHECK(seen.size() >= 2);
    CHECK(seen.back() == 5000);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(mentions.back().sentiment.label == SentimentLabel::Negative);

    std::vector<Mention> other(5000);
    for (auto& m : other)
        m.text = "scam";
    CHECK_FALSE(scoreMentions(scorer, other, [](std::size_t, std::size_t) { return false; }));
    CHECK(other.back().sentiment.label == SentimentLabel::Neutral); // stopped after the first chunk
}

TEST_CASE("Mentions are stored once: duplicates by id or by content are skipped, and logged") {
    test::TempDir dir;
    Store store(dir.file("m.db"));
    installDefaultPlaybooks(store, at("2026-03-01T08:00:00Z"));
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    const auto id =
        IncidentService(store, clock, "Lin").open({"product-quality", "Charger fires", 1, {}, false});
    auto parsed = parseMentions("time,channel,author,text,id\n"
                                "2026-03-01T08:00:00Z,x,@a,exploded,t1\n"
                                "2026-03-01T08:01:00Z,x,@b,caught fire,\n",
                                MentionFormat::Csv);
    REQUIRE(parsed.problems.empty());
    IncidentService incidents(store, clock, "Lin");
    ReputationService reputation(store, incidents, clock, "Lin");
    const auto first = reputation.import(id, parsed.mentions, "a.csv");
    CHECK(std::make_pair(first.added, first.duplicates) == std::make_pair(2, 0));
    // Same rows again, one with a changed text but the same id: all duplicates.
    parsed.mentions[0].text = "edited";
    const auto again = reputation.import(id, parsed.mentions, "a.csv");
    CHECK(std::make_pair(again.added, again.duplicates) == std::make_pair(0, 2));
    CHECK(store.mentions(id).size() == 2);
    const auto log = store.events(id);
    CHECK(log.back().kind == "mentions.imported");
    CHECK(log.back().payload["duplicates"] == 2);
    CHECK_FALSE(store.verify().has_value());
    CHECK_THROWS_AS(reputation.import(99, parsed.mentions, "a.csv"), Error);
}
