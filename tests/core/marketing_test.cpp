// The marketing register: by hand and from CSV (every bad row by line, nothing stored on any
// error), paused for an incident in one transaction with its checklist tick, resumed exactly.

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/marketing.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

struct Register {
    TempDir dir;
    Store store{dir.file("desk.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock{t0};
    IncidentService incidents{store, clock, "Lin"};
    MarketingService marketing{store, incidents, clock, "Lin"};

    Register() { installDefaultPlaybooks(store, t0); }

    std::int64_t open() { return incidents.open({"cyber-breach", "Breach", 1, t0, false}); }

    MarketingItem item(std::string name, Instant when, bool crisis = false,
                       std::optional<Instant> ends = std::nullopt) {
        MarketingItem i;
        i.name = std::move(name);
        i.channel = "newsletter";
        i.scheduledAt = when;
        i.endsAt = ends;
        i.crisis = crisis;
        return marketing.add(i);
    }

    std::vector<std::string> problems(const std::string& csv) {
        try {
            marketing.import(csv, "plan.csv");
        } catch (const ValidationError& e) {
            std::vector<std::string> out;
            for (const auto& p : e.problems())
                out.push_back(p.pointer + ": " + render(p.message, Language::En));
            return out;
        }
        FAIL("import succeeded");
        return {};
    }
};

} // namespace

TEST_CASE_METHOD(Register, "Items are added by hand with a clear error for bad ones") {
    const auto spring = item("Spring sale", t0 + 24h);
    CHECK(spring.id > 0);
    CHECK_FALSE(spring.paused);
    REQUIRE(marketing.items().size() == 1);
    CHECK(marketing.items().front() == spring);

    MarketingItem bad;
    bad.channel = "x";
    bad.scheduledAt = t0;
    CHECK_THROWS_WITH(marketing.add(bad), "A marketing item needs a name.");
    bad.name = "Promo";
    bad.channel = " ";
    CHECK_THROWS_WITH(marketing.add(bad), "A marketing item needs a channel.");
    bad.channel = "x";
    bad.endsAt = t0 - 1h;
    CHECK_THROWS_AS(marketing.add(bad), Error);
    CHECK_THROWS_WITH(item("Spring sale", t0 + 24h), Catch::Contains("already in the marketing register"));
    CHECK(marketing.items().size() == 1);
}

TEST_CASE_METHOD(Register, "A register CSV imports whole") {
    const auto added =
        marketing.import("name,channel,scheduled_at,ends_at,crisis\n"
                         "Spring sale,newsletter,2026-03-05T09:00:00Z,,no\n"
                         "\"Launch, with comma\",instagram,2026-03-01T00:00:00Z,2026-03-31T00:00:00Z,\n"
                         "Safety notice,website,2026-03-03T10:00:00+08:00,,yes\n",
                         "plan.csv");
    REQUIRE(added.size() == 3);
    const auto items = marketing.items(); // earliest first
    REQUIRE(items.size() == 3);
    CHECK(items[0].name == "Launch, with comma");
    CHECK(items[0].endsAt == at("2026-03-31T00:00:00Z"));
    CHECK(items[1].scheduledAt == at("2026-03-03T02:00:00Z"));
    CHECK(items[1].crisis);
    CHECK_FALSE(items[2].crisis);
    // Columns may come in any order; ends_at and crisis may be left out.
    CHECK(
        marketing.import("scheduled_at,name,channel\n2026-04-01T00:00:00Z,Easter,email\n", "b.csv").size() ==
        1);
}

TEST_CASE_METHOD(Register, "A bad register CSV names every bad line and stores nothing") {
    item("Spring sale", at("2026-03-05T09:00:00Z"));
    const auto found = problems("name,channel,scheduled_at,crisis\n"
                                "Good one,email,2026-03-06T09:00:00Z,no\n"
                                ",email,2026-03-06T09:00:00Z,no\n"
                                "Bad time,email,next tuesday,no\n"
                                "Bad flag,email,2026-03-06T09:00:00Z,maybe\n"
                                "Short,email\n"
                                "Good one,email,2026-03-06T09:00:00Z,no\n"
                                "Spring sale,newsletter,2026-03-05T09:00:00Z,no\n");
    CHECK(found ==
          std::vector<std::string>{
              "line 3: A marketing item needs a name.",
              "line 4: missing or invalid: scheduled_at",
              "line 5: missing or invalid: crisis",
              "line 6: 2 fields where the header has 4",
              "line 7: the same item as line 2",
              "line 8: \"Spring sale\" on newsletter at 2026-03-05T09:00:00Z is already in the marketing "
              "register.",
          });
    CHECK(marketing.items().size() == 1);

    CHECK(problems("title,when\nx,y\n") ==
          std::vector<std::string>{"line 1: no column \"name\" in the header",
                                   "line 1: no column \"channel\" in the header",
                                   "line 1: no column \"scheduled_at\" in the header"});
    CHECK(problems("name,channel,scheduled_at\n\"unterminated,email,2026-03-06T09:00:00Z\n").size() == 1);
    CHECK(problems("").size() == 1);
    CHECK(marketing.items().size() == 1);
}

TEST_CASE_METHOD(Register, "Pausing stops every upcoming non-crisis item and ticks the respond item") {
    const auto sale = item("Spring sale", t0 + 24h);
    const auto running = item("March campaign", t0 - 48h, false, t0 + 72h);
    const auto past = item("Last week's post", t0 - 72h);
    const auto notice = item("Safety notice", t0 + 2h, true);
    const auto incident = open();

    clock.advance(10min);
    const auto outcome = marketing.pause(incident);
    CHECK(outcome.ticked);
    std::vector<std::int64_t> ids;
    for (const auto& i : outcome.paused)
        ids.push_back(i.id);
    CHECK(ids == std::vector<std::int64_t>{running.id, sale.id});
    CHECK(store.incident(incident).checked.contains(std::string(MarketingService::pausedItem)));
    for (const auto& i : marketing.items()) {
        INFO(i.name);
        CHECK(i.paused == (i.id == sale.id || i.id == running.id));
        CHECK(i.pausedBy == (i.paused ? incident : 0));
    }
    CHECK(marketing.pausedBy(incident).size() == 2);
    (void)past;
    (void)notice;

    const auto log = store.events(incident);
    const auto paused = std::find_if(log.begin(), log.end(),
                                     [](const Event& e) { return e.kind == event_kind::marketingPaused; });
    REQUIRE(paused != log.end());
    CHECK(paused->payload["items"].size() == 2);
    CHECK(paused->at == t0 + 10min);

    // A second pause finds nothing new and does not tick again.
    const auto again = marketing.pause(incident);
    CHECK(again.paused.empty());
    CHECK_FALSE(again.ticked);
}

TEST_CASE_METHOD(Register, "Resuming gives back exactly what the incident paused and is logged") {
    item("Spring sale", t0 + 24h);
    item("Summer sale", t0 + 2400h);
    const auto incident = open();
    CHECK_THROWS_WITH(marketing.resume(incident), "Incident 1 has no paused marketing item to resume.");
    const auto before = marketing.items();
    marketing.pause(incident);
    // Added after the pause: stays scheduled, and the resume leaves it alone.
    const auto later = item("Added later", t0 + 48h);
    const auto resumed = marketing.resume(incident);
    CHECK(resumed.size() == 2);
    auto after = marketing.items();
    std::erase_if(after, [&](const MarketingItem& i) { return i.id == later.id; });
    CHECK(after == before);
    CHECK_THROWS_AS(marketing.resume(incident), Error);

    const auto log = store.events(incident);
    CHECK(std::count_if(log.begin(), log.end(),
                        [](const Event& e) { return e.kind == event_kind::marketingResumed; }) == 1);
    // Reversible again and again, and the projection is the log's.
    marketing.pause(incident);
    CHECK(marketing.pausedBy(incident).size() == 3);
    const auto live = marketing.items();
    store.rebuildProjections();
    CHECK(marketing.items() == live);
    // The checklist keeps its tick: the items were paused during the crisis.
    CHECK(store.incident(incident).checked.contains("marketing-paused"));
}

TEST_CASE_METHOD(Register, "A closed incident cannot pause but can still resume") {
    item("Spring sale", t0 + 24h);
    const auto incident = open();
    marketing.pause(incident);
    incidents.close(incident, "resolved");
    CHECK_THROWS_WITH(marketing.pause(incident), "Incident 1 is closed.");
    CHECK(marketing.resume(incident).size() == 1);
    CHECK(marketing.pausedBy(incident).empty());
}

TEST_CASE("isUpcoming covers future posts and running campaigns") {
    MarketingItem post;
    post.scheduledAt = at("2026-03-02T10:00:00Z");
    CHECK(isUpcoming(post, at("2026-03-02T09:00:00Z")));
    CHECK_FALSE(isUpcoming(post, at("2026-03-02T10:00:00Z")));
    post.endsAt = at("2026-03-09T10:00:00Z");
    CHECK(isUpcoming(post, at("2026-03-05T10:00:00Z")));
    CHECK_FALSE(isUpcoming(post, at("2026-03-10T10:00:00Z")));
}

TEST_CASE_METHOD(Register, "A drill rehearses the pause without stopping real marketing") {
    item("Spring sale", t0 + 24h);
    const auto drill = incidents.open({"cyber-breach", "Drill", 2, t0, true});
    const auto outcome = marketing.pause(drill);
    CHECK(outcome.rehearsed);
    CHECK(outcome.ticked);
    REQUIRE(outcome.paused.size() == 1); // what it would have stopped
    CHECK_FALSE(outcome.paused.front().paused);
    CHECK_FALSE(marketing.items().front().paused);
    CHECK(store.incident(drill).checked.contains("marketing-paused"));
    const auto log = store.events(drill);
    const auto& event = *std::find_if(log.begin(), log.end(),
                                      [](const Event& e) { return e.kind == event_kind::marketingPaused; });
    CHECK(event.payload["drill"] == true);
    CHECK(event.payload["items"].empty());
    CHECK(event.payload["names"] == nlohmann::json::array({"Spring sale"}));
    CHECK_THROWS_AS(marketing.resume(drill), Error);
}

TEST_CASE_METHOD(Register, "Resuming while another crisis keeps marketing paused hands the items over") {
    const auto spring = item("Spring sale", t0 + 24h);
    const auto first = open();
    marketing.pause(first); // holds the spring sale
    const auto second = open();
    marketing.pause(second); // nothing left to pause, but it wants marketing paused too
    REQUIRE(store.incident(second).checked.contains("marketing-paused"));

    // The first crisis ends: the sale must not come back while the second is still on.
    const auto released = marketing.resume(first);
    REQUIRE(released.size() == 1);
    CHECK(released.front().paused);
    CHECK(released.front().pausedBy == second);
    CHECK(marketing.pausedBy(first).empty());
    REQUIRE(marketing.pausedBy(second).size() == 1);
    const auto log = store.events(first);
    CHECK(log.back().payload.at("kept_for") == second);

    // The projection is the log's, and the second incident's resume brings it back.
    const auto live = marketing.items();
    store.rebuildProjections();
    CHECK(marketing.items() == live);
    const auto resumed = marketing.resume(second);
    REQUIRE(resumed.size() == 1);
    CHECK_FALSE(resumed.front().paused);
    const auto items = marketing.items();
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const MarketingItem& i) { return i.id == spring.id; });
    REQUIRE(it != items.end());
    CHECK_FALSE(it->paused);

    // A drill with its marketing "paused" holds nothing: the resume is real.
    const auto third = open();
    const auto summer = item("Summer sale", t0 + 2400h);
    marketing.pause(third);
    const auto drill = incidents.open({"cyber-breach", "Drill", 2, t0, true});
    marketing.pause(drill);
    const auto back = marketing.resume(third); // the spring sale is paused again, and the summer sale
    REQUIRE(back.size() == 2);
    CHECK(std::any_of(back.begin(), back.end(), [&](const MarketingItem& i) { return i.id == summer.id; }));
    CHECK(std::none_of(back.begin(), back.end(), [](const MarketingItem& i) { return i.paused; }));
}
