// The organisation profile's validation, IANA time zones and detected_at in the reader's zone.

#include <crisis/error.hpp>
#include <crisis/organisation.hpp>
#include <crisis/store.hpp>
#include <crisis/template.hpp>
#include <crisis/time_zone.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crisis;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

std::vector<std::string> pointers(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems)
        out.push_back(p.pointer + "|" + p.message.id);
    return out;
}

} // namespace

TEST_CASE("Time zones are IANA names from the system database") {
    CHECK(isKnownTimeZone("Asia/Shanghai"));
    CHECK(isKnownTimeZone("Europe/Berlin"));
    CHECK(isKnownTimeZone("America/New_York"));
    CHECK(isKnownTimeZone("UTC"));
    CHECK_FALSE(isKnownTimeZone("asia/shanghai")); // case matters
    CHECK_FALSE(isKnownTimeZone("Mars/Olympus"));
    CHECK_FALSE(isKnownTimeZone(""));
    CHECK_FALSE(isKnownTimeZone("../../etc/passwd"));
    const auto names = timeZoneNames();
    CHECK(names.size() > 300);
    CHECK(std::is_sorted(names.begin(), names.end()));
    CHECK(std::binary_search(names.begin(), names.end(), "Asia/Shanghai"));
}

TEST_CASE("An instant is shown in a zone with its offset - daylight saving included") {
    CHECK(formatInZone(at("2026-03-01T06:40:00Z"), "Asia/Shanghai") == "2026-03-01 14:40 (UTC+08:00)");
    CHECK(formatInZone(at("2026-03-01T06:40:00Z"), "Europe/Berlin") == "2026-03-01 07:40 (UTC+01:00)");
    CHECK(formatInZone(at("2026-07-01T06:40:00Z"), "Europe/Berlin") == "2026-07-01 08:40 (UTC+02:00)");
    CHECK(formatInZone(at("2026-03-01T02:10:00Z"), "America/New_York") == "2026-02-28 21:10 (UTC-05:00)");
    CHECK(formatInZone(at("2026-03-01T06:40:00Z"), "Asia/Kolkata") == "2026-03-01 12:10 (UTC+05:30)");
    CHECK(formatInZone(at("2026-03-01T06:40:00Z"), "UTC") == "2026-03-01 06:40 (UTC+00:00)");
    CHECK_FALSE(formatInZone(at("2026-03-01T06:40:00Z"), "Nowhere/Land"));
}

TEST_CASE("detected_at is rendered in the reader's time zone") {
    Incident incident;
    incident.title = "Breach";
    incident.detectedAt = at("2026-03-01T06:40:00Z");
    OrganisationProfile profile;
    SECTION("no zone known: UTC") {
        CHECK(templateValues(incident, profile, {}).at("detected_at") == "2026-03-01T06:40:00Z");
        profile.timeZone = "Gone/Zone"; // stored before validation, or tzdata removed
        CHECK(templateValues(incident, profile, {}).at("detected_at") == "2026-03-01T06:40:00Z");
    }
    SECTION("the organisation's zone") {
        profile.timeZone = "Asia/Shanghai";
        CHECK(templateValues(incident, profile, {}).at("detected_at") == "2026-03-01 14:40 (UTC+08:00)");
        SECTION("a zone given at render time wins") {
            CHECK(templateValues(incident, profile, {}, "Europe/Berlin").at("detected_at") ==
                  "2026-03-01 07:40 (UTC+01:00)");
        }
        SECTION("a typed value wins over both") {
            CHECK(templateValues(incident, profile, {{"detected_at", "early this morning"}}, "Europe/Berlin")
                      .at("detected_at") == "early this morning");
        }
    }
    SECTION("an unknown zone asked for is an error listed with the other problems") {
        MessageTemplate t;
        t.id = "cyber-breach.internal-briefing.staff.en";
        t.crisisType = "cyber-breach";
        t.channel = "internal-briefing";
        t.title = "Briefing";
        t.body = "Detected {{detected_at}} by {{company}}.";
        try {
            renderForIncident(t, incident, profile, {{"colour", "red"}}, "Mars/Olympus");
            FAIL("rendered");
        } catch (const ValidationError& e) {
            REQUIRE(e.problems().size() == 3);
            CHECK(e.problems()[0].pointer == "colour");
            CHECK(e.problems()[1].pointer == "time_zone");
            CHECK(e.problems()[1].message.id == "org.time_zone");
            CHECK(e.problems()[2].pointer == "{{company}}");
        }
        profile.company = "Northwind";
        profile.timeZone = "Asia/Shanghai";
        CHECK(renderForIncident(t, incident, profile, {}).text ==
              "Detected 2026-03-01 14:40 (UTC+08:00) by Northwind.");
    }
}

TEST_CASE("The organisation profile is validated whole and a bad one is not stored") {
    OrganisationProfile p;
    CHECK(organisationProblems(p).empty()); // nothing set yet is fine
    p.company = "Harbour & Pine\nLtd";
    p.supportContact = std::string(201, 'x');
    p.website = "harbour pine.example";
    p.markets = {"US", "USA", "us", "US"};
    p.languages = {"en", "english", "zh", "en"};
    p.timeZone = "Asia/Shang hai";
    CHECK(pointers(organisationProblems(p)) ==
          std::vector<std::string>{
              "/company|org.one_line", "/support_contact|org.too_long", "/website|org.website_spaces",
              "/markets/1|org.market", "/markets/2|org.market", "/markets/3|org.repeated",
              "/languages/1|org.language", "/languages/3|org.repeated", "/time_zone|org.time_zone"});

    TempDir dir;
    Store store(dir.file("org.db"));
    OrganisationProfile good;
    good.company = "Harbour & Pine 港松跨境";
    good.timeZone = "Asia/Shanghai";
    store.setOrganisation(good);
    try {
        store.setOrganisation(p);
        FAIL("stored a bad profile");
    } catch (const ValidationError& e) {
        CHECK(e.source() == "organisation");
        CHECK(e.problems().size() == 9);
        CHECK(e.describe(Language::Zh).find("IANA 时区") != std::string::npos);
    }
    CHECK(store.organisation() == good);
}

TEST_CASE("A profile is normalised as the user meant it") {
    OrganisationProfile p;
    p.company = "  Harbour & Pine  ";
    p.markets = {" us", "de ", "", "Cn"};
    p.languages = {"EN", " zh ", "pt-BR"};
    p.timeZone = " Asia/Shanghai ";
    const auto n = normalisedOrganisation(p);
    CHECK(n.company == "Harbour & Pine");
    CHECK(n.markets == std::vector<std::string>{"US", "DE", "CN"});
    CHECK(n.languages == std::vector<std::string>{"en", "zh", "pt-br"});
    CHECK(n.timeZone == "Asia/Shanghai");
    CHECK(organisationProblems(n).empty());
}
