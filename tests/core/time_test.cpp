#include <crisis/time.hpp>

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;

TEST_CASE("ISO-8601 instants parse and format in UTC") {
    const auto t = parseInstant("2026-03-01T08:00:00Z");
    REQUIRE(t);
    CHECK(formatInstant(*t) == "2026-03-01T08:00:00Z");
    CHECK(formatInstant(*parseInstant("2026-03-01T08:00:00.250Z")) == "2026-03-01T08:00:00.250Z");
    CHECK(*parseInstant("2026-03-01T16:00:00+08:00") == *t);
    CHECK(*parseInstant("2026-03-01T03:00:00-05:00") == *t);
    CHECK(*parseInstant("2026-03-01T08:00:00.5Z") == *t + 500ms);
}

TEST_CASE("Instants outside the years 0000-9999 in UTC are refused") {
    CHECK_FALSE(parseInstant("9999-12-31T23:59:59-23:59").has_value()); // found by the fuzz corpus
    CHECK_FALSE(parseInstant("0000-01-01T00:00:00+01:00").has_value());
    CHECK(parseInstant("9999-12-31T23:59:59Z").has_value());
    CHECK(parseInstant("0000-01-01T00:00:00Z").has_value());
}

TEST_CASE("Malformed instants are refused") {
    for (const char* bad :
         {"", "2026-03-01", "2026-03-01T08:00:00", "2026-02-30T08:00:00Z", "2026-03-01T24:00:00Z",
          "2026-03-01T08:00:00Zjunk", "2026-03-01 08:00:00Z", "yesterday", "2026-03-01T08:00:00."})
        CHECK_FALSE(parseInstant(bad).has_value());
}

TEST_CASE("Spans format compactly with a sign") {
    CHECK(formatSpan(29min + 59s) == "29m 59s");
    CHECK(formatSpan(-(1h + 2min)) == "-1h 02m");
    CHECK(formatSpan(std::chrono::days{3} + 4h) == "3d 04h");
}
