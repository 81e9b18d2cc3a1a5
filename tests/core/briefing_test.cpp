// The internal briefing: rendered strictly from the kit, sent to the roster, acknowledged member
// by member; everyone acknowledged ticks "staff-briefed".

#include <crisis/bootstrap.hpp>
#include <crisis/briefing.hpp>
#include <crisis/error.hpp>
#include <crisis/statement_service.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

struct Briefed {
    TempDir dir;
    Store store{dir.file("desk.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");
    ManualClock clock{t0};
    IncidentService incidents{store, clock, "Lin"};

    Briefed() {
        installDefaultPlaybooks(store, t0);
        OrganisationProfile org;
        org.company = "Northwind";
        org.supportContact = "help@northwind.example";
        org.website = "https://northwind.example";
        store.setOrganisation(org);
    }

    BriefingService as(const std::string& actor) { return BriefingService(store, incidents, clock, actor); }

    std::int64_t open() { return incidents.open({"cyber-breach", "Breach", 1, t0, false}); }

    static BriefingRequest request(Language lang = Language::En) {
        BriefingRequest r;
        r.language = lang;
        r.values = {{"affected_data", "names and e-mail addresses"},
                    {"actions_taken", "passwords reset"},
                    {"next_update", "14:00 UTC"}};
        return r;
    }
};

} // namespace

TEST_CASE_METHOD(Briefed, "A briefing goes to the whole roster and tracks who acknowledged it") {
    store.addMember({0, "Lin", "crisis-manager", "+1"});
    store.addMember({0, "Zhang", "it", "zhang@example.com"});
    store.addMember({0, "Emma", "comms", ""});
    const auto incident = open();
    StatementService(store, incidents, clock, "Lin").recordFacts(incident, {std::nullopt, 1200});

    const auto id = as("Lin").send(incident, request());
    auto b = as("Lin").briefing(id);
    CHECK(b.incident == incident);
    CHECK(b.templateId == "cyber-breach.internal-briefing.staff.en");
    CHECK(b.title == "Internal briefing: Breach");
    CHECK(b.text.find("passwords reset") != std::string::npos);
    CHECK(b.text.find("1,200") != std::string::npos); // customers affected from the record
    REQUIRE(b.recipients.size() == 3);
    CHECK(b.recipients[1].name == "Zhang");
    CHECK(b.recipients[1].contact == "zhang@example.com");
    CHECK(b.acknowledged() == 0);

    clock.advance(5min);
    as("Zhang").acknowledge(id);
    as("Lin").acknowledge(id, "Emma"); // by phone: recorded on her behalf
    b = as("Lin").briefing(id);
    CHECK(b.acknowledged() == 2);
    CHECK(b.recipients[1].acknowledgedAt == t0 + 5min);
    CHECK(b.recipients[2].recordedBy == "Lin");
    CHECK_FALSE(b.recipients[0].acknowledgedAt);
    CHECK_FALSE(b.complete());
    CHECK_FALSE(store.incident(incident).checked.contains("staff-briefed"));

    CHECK_THROWS_WITH(as("Zhang").acknowledge(id), Catch::Contains("already acknowledged"));
    CHECK_THROWS_WITH(as("Nobody").acknowledge(id),
                      "Nobody was not sent briefing " + std::to_string(id) + ".");
    as("Lin").acknowledge(id);
    CHECK(as("Lin").briefing(id).complete());
    CHECK(store.incident(incident).checked.contains("staff-briefed"));
    CHECK(as("Lin").list(incident).size() == 1);
    CHECK_FALSE(store.verify());
}

TEST_CASE_METHOD(Briefed, "A briefing is refused with every gap listed and nothing sent") {
    store.addMember({0, "Lin", "crisis-manager", ""});
    const auto incident = open();
    const auto before = store.eventCount();
    try {
        BriefingRequest r;
        r.values = {{"colour", "red"}};
        as("Lin").send(incident, r);
        FAIL("sent");
    } catch (const ValidationError& e) {
        std::vector<std::string> pointers;
        for (const auto& p : e.problems())
            pointers.push_back(p.pointer);
        CHECK(std::find(pointers.begin(), pointers.end(), "colour") != pointers.end());
        CHECK(std::find(pointers.begin(), pointers.end(), "{{actions_taken}}") != pointers.end());
        CHECK(std::find(pointers.begin(), pointers.end(), "{{customers_affected}}") != pointers.end());
    }
    CHECK(store.eventCount() == before);
    CHECK_THROWS_WITH(as("Lin").briefing(1), "No briefing 1.");
    CHECK_THROWS_AS(as("Lin").send(incident, BriefingRequest{Language::En, "cyber-breach.sms.alert.en", {}}),
                    Error);
}

TEST_CASE_METHOD(Briefed, "A Chinese briefing uses the Chinese template and an empty roster is refused") {
    const auto incident = open();
    auto r = request(Language::Zh);
    r.values["customers_affected"] = "1200";
    CHECK_THROWS_WITH(as("Lin").send(incident, r), Catch::Contains("roster is empty"));
    store.addMember({0, "Lin", "crisis-manager", ""});
    const auto id = as("Lin").send(incident, r);
    CHECK(as("Lin").briefing(id).templateId == "cyber-breach.internal-briefing.staff.zh");
    CHECK(as("Lin").briefing(id).title == "内部通报：Breach");
}
