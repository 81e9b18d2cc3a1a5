// ReputationService: imports judged against the saved baseline, the inbox and its response
// times, recovery to the pre-crisis band, metrics windows and chart buckets.

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/reputation.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace crisis;
using crisis::test::at;

namespace {

struct Desk {
    test::TempDir dir;
    Store store{dir.file("r.db")};
    ManualClock clock{at("2026-03-02T00:00:00Z")};
    IncidentService incidents{store, clock, "Lin"};
    ReputationService reputation{store, incidents, clock, "Lin"};
    std::int64_t id = 0;

    Desk() {
        installDefaultPlaybooks(store, clock.now());
        store.addMember({0, "Lin", "social", ""});
        store.addMember({0, "Wang", "customer-service", ""});
        id = incidents.open({"product-quality", "Charger fires", 1, at("2026-03-01T12:00:00Z"), false});
    }

    static Mention mention(const std::string& when, const std::string& text, long long reach = 10,
                           const std::string& channel = "weibo") {
        Mention m;
        m.at = at(when);
        m.channel = channel;
        m.author = "@u" + std::to_string(std::hash<std::string>{}(when + text) % 100000);
        m.text = text;
        m.reach = reach;
        return m;
    }

    // `count` mentions spread over the 10-minute bucket starting at `start` (minutes after 00:00).
    static std::vector<Mention> bucket(const std::string& day, int startMinute, int count,
                                       const std::string& text) {
        std::vector<Mention> out;
        for (int i = 0; i < count; ++i) {
            const int minute = startMinute + (i * 10) / std::max(count, 1);
            char when[32];
            std::snprintf(when, sizeof when, "%sT%02d:%02d:%02dZ", day.c_str(), minute / 60, minute % 60,
                          i % 60);
            out.push_back(mention(when, text + " #" + std::to_string(i)));
        }
        return out;
    }

    // `perBucket` mentions in every 10-minute bucket from `fromMinute` up to `toMinute`.
    static std::vector<Mention> series(const std::string& day, int fromMinute, int toMinute, int perBucket,
                                       const std::string& text) {
        std::vector<Mention> out;
        for (int m = fromMinute; m < toMinute; m += 10)
            for (auto& x : bucket(day, m, perBucket, text))
                out.push_back(x);
        return out;
    }
};

} // namespace

TEST_CASE("Reputation: a spike in a later file is judged against the baseline saved by earlier imports") {
    Desk d;
    // 12 h of quiet baseline, 3 mentions per 10 minutes, in one file.
    const auto quiet = Desk::series("2026-03-01", 0, 12 * 60, 3, "ok delivery");
    const auto first = d.reputation.import(d.id, quiet, "quiet.csv");
    CHECK(first.added == static_cast<int>(quiet.size()));
    CHECK(first.alerts.empty());

    // A second file: 40 angry mentions in the bucket at 12:00.
    const auto spike = Desk::bucket("2026-03-01", 12 * 60, 40, "scam! this charger exploded, refund now");
    const auto second = d.reputation.import(d.id, spike, "spike.csv");
    REQUIRE(second.alerts.size() == 2);
    CHECK(second.alerts[0].kind == SpikeAlert::Kind::Volume);
    CHECK(second.alerts[0].count == 10); // fires the moment the bucket reaches the threshold
    CHECK(second.alerts[0].baselineMean == Approx(3.0));
    CHECK(second.alerts[0].dominant == SentimentLabel::Negative);
    CHECK(second.alerts[1].kind == SpikeAlert::Kind::SentimentDip);
    const auto logged = d.reputation.alerts(d.id);
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].payload["type"] == "volume");
    CHECK(logged[0].payload["bucket"] == "2026-03-01T12:00:00Z");
    CHECK(logged[1].payload["type"] == "dip");

    // The same file again: all duplicates, no new alert. A third, later spike within the
    // cooldown (30 min) does not alert; one after it does.
    CHECK(d.reputation.import(d.id, spike, "spike.csv").alerts.empty());
    CHECK(d.reputation.import(d.id, Desk::bucket("2026-03-01", 12 * 60 + 20, 40, "angry again"), "b.csv")
              .alerts.empty());
    const auto later =
        d.reputation.import(d.id, Desk::bucket("2026-03-01", 13 * 60 + 30, 60, "so angry scam"), "c.csv");
    CHECK_FALSE(later.alerts.empty());
    CHECK_FALSE(d.store.verify().has_value());
}

TEST_CASE("Reputation: the inbox lists what needs attention and records assignment, replies and closing") {
    Desk d;
    d.reputation.import(d.id,
                        {Desk::mention("2026-03-01T12:00:00Z", "This is a scam, I want a refund"), // negative
                         Desk::mention("2026-03-01T12:05:00Z", "Nice weather today", 50000),       // reach
                         Desk::mention("2026-03-01T12:06:00Z", "Is the charger recall real?"), // watch word
                         Desk::mention("2026-03-01T12:07:00Z", "Lunch was good", 10)},         // none
                        "a.csv");
    InboxQuery q = d.reputation.inboxQuery(d.id);
    q.watchWords = {"RECALL"}; // matched case-insensitively
    auto items = d.store.inbox(q);
    REQUIRE(items.size() == 3);
    CHECK(items[0].mention.text == "Is the charger recall real?"); // newest first
    q.attentionOnly = false;
    CHECK(d.store.inbox(q).size() == 4);
    q.attentionOnly = true;
    q.label = SentimentLabel::Negative;
    const auto negative = d.store.inbox(q);
    REQUIRE(negative.size() == 2); // the scam and the recall question
    CHECK(negative[1].mention.text == "This is a scam, I want a refund");
    const auto scam = negative[1].mention.id;
    q.label.reset();
    q.minReach = 1000;
    CHECK(d.store.inbox(q).size() == 1);

    CHECK_THROWS_AS(d.reputation.assign(d.id, scam, "Nobody"), Error);
    d.reputation.assign(d.id, scam, "Wang");
    CHECK(d.store.inboxItem(d.id, scam).assignee == "Wang");

    // First reply 30 min after the mention fixes the response time; a later reply does not.
    d.clock.set(at("2026-03-01T12:30:00Z"));
    d.reputation.reply(d.id, scam, "We are checking every order; next update by 18:00.",
                       "product-quality.faq-reply.x.en");
    d.clock.set(at("2026-03-01T13:30:00Z"));
    d.reputation.reply(d.id, scam, "Refunds are open at support.example.com.");
    const auto item = d.store.inboxItem(d.id, scam);
    CHECK(item.state == InboxState::Replied);
    REQUIRE(item.respondedAt);
    CHECK(*item.respondedAt - item.mention.at == std::chrono::minutes(30));
    CHECK(item.responder == "Lin");
    CHECK(item.reply == "Refunds are open at support.example.com.");

    CHECK_THROWS_AS(d.reputation.reply(d.id, scam, "   "), Error);
    CHECK_THROWS_AS(d.reputation.resolve(d.id, scam, InboxState::Replied), Error);
    CHECK_THROWS_AS(d.reputation.reply(d.id, 9999, "hello"), Error);
    const auto other = d.incidents.open({"product-quality", "Other", 2, {}, false});
    CHECK_THROWS_AS(d.reputation.assign(other, scam, "Wang"), Error); // belongs to another incident

    d.reputation.resolve(d.id, items[1].mention.id, InboxState::NoAction);
    CHECK(d.store.inboxItem(d.id, items[1].mention.id).state == InboxState::NoAction);

    // The inbox columns are a projection of the log.
    d.store.rebuildProjections();
    CHECK(d.store.inboxItem(d.id, scam).respondedAt == item.respondedAt);
    CHECK(d.store.inboxItem(d.id, scam).assignee == "Wang");
    CHECK(d.store.inboxItem(d.id, items[1].mention.id).state == InboxState::NoAction);
}

TEST_CASE("Reputation: mean response time per incident and per member") {
    Desk d;
    d.reputation.import(d.id,
                        {Desk::mention("2026-03-01T12:00:00Z", "scam"),
                         Desk::mention("2026-03-01T12:10:00Z", "fraud"),
                         Desk::mention("2026-03-01T12:20:00Z", "terrible")},
                        "a.csv");
    const auto all = d.store.mentions(d.id);
    REQUIRE(all.size() == 3);
    ReputationService wang(d.store, d.incidents, d.clock, "Wang");
    d.clock.set(at("2026-03-01T12:30:00Z"));
    d.reputation.reply(d.id, all[0].id, "Looking into it; update by 14:00."); // Lin: 30 min
    d.clock.set(at("2026-03-01T12:20:00Z"));
    wang.reply(d.id, all[1].id, "Sorry to hear; DM us your order."); // Wang: 10 min
    d.clock.set(at("2026-03-01T13:00:00Z"));
    const auto m = d.reputation.metrics(d.id);
    CHECK(m.responded == 2);
    REQUIRE(m.meanResponse);
    CHECK(*m.meanResponse == std::chrono::minutes(20));
    CHECK(m.meanResponseByMember.at("Lin") == std::chrono::minutes(30));
    CHECK(m.meanResponseByMember.at("Wang") == std::chrono::minutes(10));
    CHECK(m.mentions == 3);
    CHECK(m.negative == 3);
}

TEST_CASE("Reputation: sentiment windows before, during and after the crisis") {
    Desk d;
    d.reputation.import(d.id,
                        {Desk::mention("2026-03-01T02:00:00Z", "great service, thanks"), // before (24 h)
                         Desk::mention("2026-02-27T02:00:00Z", "great, thanks"),         // outside before
                         Desk::mention("2026-03-01T13:00:00Z", "scam, refund now"),      // during
                         Desk::mention("2026-03-01T14:00:00Z", "terrible, dangerous"),   // during
                         Desk::mention("2026-03-03T13:00:00Z", "thanks, good fix")},     // after close
                        "a.csv");
    auto m = d.reputation.metrics(d.id);
    CHECK(m.before.mentions == 1);
    CHECK(m.before.meanScore > 0);
    CHECK(m.during.mentions == 2); // T0 .. now (still open)
    CHECK(m.during.meanScore < 0);
    CHECK(m.after.mentions == 0);
    d.clock.set(at("2026-03-03T12:00:00Z"));
    d.incidents.close(d.id, "drill over");
    m = d.reputation.metrics(d.id);
    CHECK(m.during.to == at("2026-03-03T12:00:00Z"));
    CHECK(m.after.mentions == 0); // the 13:00 post is not out yet at the close
    CHECK(m.mentions == 4);       // nor counted in the totals
    d.clock.set(at("2026-03-04T12:00:00Z"));
    m = d.reputation.metrics(d.id);
    CHECK(m.after.mentions == 1);
    CHECK(m.after.meanScore > 0);
    CHECK(m.mentions == 5);
    CHECK(d.reputation.metrics(d.id, std::chrono::hours(24 * 4)).before.mentions == 2);

    // Figures as of an earlier instant count only what had been posted by then.
    d.clock.set(at("2026-03-01T13:30:00Z"));
    m = d.reputation.metrics(d.id);
    CHECK(m.during.mentions == 1);
    CHECK(m.during.to == at("2026-03-01T13:30:00Z"));
    CHECK(m.after.mentions == 0);
}

TEST_CASE("Reputation: recovery ticks the exit item once negative share stays in the pre-crisis band") {
    Desk d;
    // Before T0 (12:00): 10 mentions per bucket, 1 negative -> share 0.1, band 0.15.
    std::vector<Mention> pre;
    for (int m = 8 * 60; m < 12 * 60; m += 10) {
        auto b = Desk::bucket("2026-03-01", m, 9, "ok thanks");
        b.push_back(Desk::mention("2026-03-01T" + std::string(m / 60 < 10 ? "0" : "") +
                                      std::to_string(m / 60) + ":" + (m % 60 < 10 ? "0" : "") +
                                      std::to_string(m % 60) + ":30Z",
                                  "scam"));
        pre.insert(pre.end(), b.begin(), b.end());
    }
    d.reputation.import(d.id, pre, "pre.csv");
    d.reputation.import(d.id, Desk::bucket("2026-03-01", 14 * 60, 20, "scam fraud terrible"), "crisis.csv");
    for (int i = 0; i < 3; ++i)
        d.incidents.forceAdvance(d.id, "test");
    REQUIRE(d.store.incident(d.id).phase == Phase::Reputation);

    d.clock.set(at("2026-03-02T14:00:00Z"));
    auto r = d.reputation.recovery(d.id);
    CHECK(r.preCrisisShare == Approx(0.1));
    CHECK(r.band == Approx(0.15));
    REQUIRE(r.lastOutOfBand);
    CHECK(*r.lastOutOfBand == at("2026-03-01T14:10:00Z"));
    CHECK_FALSE(r.recoveredAt); // 24 h from 14:10 is not reached at 14:00 next day
    CHECK_FALSE(d.reputation.applyRecovery(d.id));

    d.clock.set(at("2026-03-02T14:10:00Z"));
    REQUIRE(d.reputation.recovery(d.id).recoveredAt);
    CHECK(d.reputation.applyRecovery(d.id));
    CHECK(d.store.incident(d.id).checked.contains("sentiment-recovered"));
    CHECK_FALSE(d.reputation.applyRecovery(d.id)); // once
}

TEST_CASE("Reputation: chart buckets are contiguous with a rolling baseline") {
    Desk d;
    std::vector<Mention> ms;
    for (int m = 0; m < 60; m += 20)
        for (auto& x : Desk::bucket("2026-03-01", m, 4, "fine"))
            ms.push_back(x);
    d.reputation.import(d.id, ms, "a.csv");
    const auto chart = d.reputation.chart(d.id);
    REQUIRE(chart.size() == 5); // 00:00 .. 00:40, the empty 10-min buckets included
    CHECK(chart[0].total == 4);
    CHECK(chart[1].total == 0);
    CHECK(chart[2].total == 4);
    CHECK(chart[0].baselineMean == 0);
    CHECK_FALSE(chart[0].judged);
    // The band, like the detector, uses only the buckets the stream covers: after two buckets
    // of 4 and 0 the mean is 2 (not 4/72), and it is not judged before 18 buckets (3 h).
    CHECK(chart[2].baselineMean == Approx(2.0));
    CHECK(chart[2].baselineSigma == Approx(2.0));
    CHECK_FALSE(chart[2].judged);

    d.reputation.import(d.id, Desk::bucket("2026-03-01", 3 * 60, 4, "fine later"), "b.csv");
    const auto longer = d.reputation.chart(d.id);
    REQUIRE(longer.size() == 19); // 00:00 .. 03:00
    CHECK_FALSE(longer[17].judged);
    CHECK(longer[18].judged);
    CHECK(longer[18].baselineMean == Approx(12.0 / 18));
}

TEST_CASE("Reputation: a flat day imported into a fresh incident raises no alert") {
    Desk d;
    // The audit's case: 15 mentions per 10 minutes for 24 h gave 22 alerts at the mean and 6
    // more in the first 12 h against buckets before the stream (counted as zeros).
    const auto flat = Desk::series("2026-03-01", 0, 24 * 60, 15, "update");
    REQUIRE(flat.size() == 144 * 15);
    const auto outcome = d.reputation.import(d.id, flat, "flat.csv");
    CHECK(outcome.added == 144 * 15);
    CHECK(outcome.alerts.empty());
    CHECK(d.reputation.alerts(d.id).empty());
}

TEST_CASE("Reputation: the stream start is kept across imports, and a fresh stream warms up") {
    Desk d;
    // A fresh incident's first file is a burst: nothing before it to judge it against.
    CHECK(d.reputation.import(d.id, Desk::bucket("2026-03-01", 0, 30, "scam refund"), "burst.csv")
              .alerts.empty());
    // Three quiet hours complete the warm-up.
    const auto quiet = Desk::series("2026-03-01", 10, 3 * 60 + 10, 2, "ok");
    CHECK(d.reputation.import(d.id, quiet, "quiet.csv").alerts.empty());
    // A day and more of silence, then a burst: only recent (empty) buckets are read back, but
    // the stream began long before, so its window is covered zeros, and the burst alerts.
    const auto later =
        d.reputation.import(d.id, Desk::bucket("2026-03-02", 12 * 60, 30, "scam"), "later.csv");
    REQUIRE_FALSE(later.alerts.empty());
    CHECK(later.alerts[0].kind == SpikeAlert::Kind::Volume);
    CHECK(later.alerts[0].baselineMean == 0);
    CHECK(later.alerts[0].count == 10);
}

TEST_CASE("Reputation: a reply stamped before its mention is refused and nothing is stored") {
    Desk d;
    d.reputation.import(d.id, {Desk::mention("2026-03-01T13:01:00Z", "scam")}, "a.csv");
    const auto id = d.store.mentions(d.id).at(0).id;
    const auto before = d.store.events(d.id).size();
    d.clock.set(at("2026-03-01T12:00:00Z")); // 61 minutes before the mention
    try {
        d.reputation.reply(d.id, id, "We are on it.");
        FAIL("a reply before its mention was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.describe(Language::En).find("2026-03-01T13:01:00Z") != std::string::npos);
        CHECK_FALSE(e.describe(Language::Zh).empty());
    }
    CHECK(d.store.events(d.id).size() == before);
    const auto item = d.store.inboxItem(d.id, id);
    CHECK(item.state == InboxState::Open);
    CHECK_FALSE(item.respondedAt);
    CHECK(d.reputation.metrics(d.id).responded == 0);
    CHECK_FALSE(d.reputation.metrics(d.id).meanResponse);
    d.clock.set(at("2026-03-01T13:01:00Z")); // at the mention's own instant: 0 ms, accepted
    d.reputation.reply(d.id, id, "We are on it.");
    CHECK(*d.reputation.metrics(d.id).meanResponse == Duration::zero());
}

TEST_CASE("Reputation: commands and queries on an unknown incident give NotFound") {
    Desk d;
    const auto notFound = [](const auto& call) {
        try {
            call();
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::NotFound);
            CHECK(e.message().id == "error.not_found.incident");
            return;
        }
        FAIL("no error");
    };
    notFound([&] { d.reputation.alerts(99); });
    notFound([&] { d.reputation.assign(99, 1, "Wang"); });
    notFound([&] { d.reputation.assign(99, 1, "Nobody"); });
    notFound([&] { d.reputation.reply(99, 1, "hi"); });
    notFound([&] { d.reputation.resolve(99, 1, InboxState::Reviewed); });
    notFound([&] { d.reputation.import(99, {Desk::mention("2026-03-01T13:01:00Z", "scam")}, "a.csv"); });
    notFound([&] { d.reputation.metrics(99); });
    notFound([&] { d.reputation.chart(99); });
    notFound([&] { d.reputation.inboxQuery(99); });
    notFound([&] { d.reputation.recovery(99); });
}

TEST_CASE("Reputation: imports score with the scorer given, extra lexicons included") {
    Desk d;
    SentimentScorer scorer;
    scorer.addLexicon("zorbly\t-3\n", "custom.tsv");
    d.reputation.setScorer(scorer);
    CHECK(d.reputation.scorer().size() == scorer.size());
    d.reputation.import(d.id, {Desk::mention("2026-03-01T13:01:00Z", "so zorbly")}, "a.csv");
    CHECK(d.store.mentions(d.id).at(0).sentiment.label == SentimentLabel::Negative);

    // importScored keeps the scores it is given (scored elsewhere, e.g. off the GUI thread).
    std::vector<Mention> scored{Desk::mention("2026-03-01T13:02:00Z", "so zorbly")};
    scored[0].sentiment = {0.5, SentimentLabel::Positive};
    d.reputation.importScored(d.id, scored, "b.csv");
    CHECK(d.store.mentions(d.id).at(1).sentiment.label == SentimentLabel::Positive);
}

TEST_CASE("Playbook reputation rule: defaults, custom values and every validation error") {
    const auto base = R"({"format": "crisisdesk.playbook/1", "id": "p", "crisis_type": "reputation",
        "origin": "either", "name": {"en": "P", "zh": "P"}, "description": {"en": "d", "zh": "d"})";
    const auto pb = parsePlaybook(std::string(base) + "}", "p.json");
    CHECK(pb.reputation == ReputationRule{});
    CHECK(pb.reviewInterval.toString() == "6mo");
    CHECK(pb.owner == "crisis-manager");

    const auto custom =
        parsePlaybook(std::string(base) + R"(, "reputation": {"bucket": "5m", "baseline": "6h",
        "k": 3, "minimum_count": 5, "recovery_window": "48h", "watch_words": ["recall", "召回"]},
        "templates": ["product-quality.sms.holding.en"], "owner": "comms", "review_interval": "3mo"})",
                      "p.json");
    CHECK(custom.reputation.bucket.toString() == "5m");
    CHECK(custom.reputation.k == 3);
    CHECK(custom.reputation.minimumCount == 5);
    CHECK(custom.reputation.watchWords == std::vector<std::string>{"recall", "召回"});
    CHECK(custom.templates.size() == 1);
    CHECK(parsePlaybook(playbookToJson(custom), "again.json") == custom); // round trip

    try {
        parsePlaybook(std::string(base) + R"(, "reputation": {"bucket": "2h", "baseline": "1h", "k": 99,
            "cooldown": "soon", "watch_words": [3], "colour": 1}, "owner": "pilot", "templates": ["a", "a"],
            "review_interval": "never"})",
                      "bad.json");
        FAIL("accepted");
    } catch (const ValidationError& e) {
        std::set<std::string> pointers;
        for (const auto& p : e.problems())
            pointers.insert(p.pointer);
        CHECK(pointers == std::set<std::string>{"/reputation/colour", "/reputation/baseline", "/reputation/k",
                                                "/reputation/cooldown", "/reputation/watch_words/0", "/owner",
                                                "/templates/1", "/review_interval"});
    }
}
