#include <crisis/clock.hpp>
#include <crisis/error.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

TEST_CASE("SystemClock reads the wall clock at millisecond precision") {
    const auto before =
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    const Instant now = SystemClock{}.now();
    const auto after = std::chrono::system_clock::now();
    CHECK(now >= before);
    CHECK(now <= after);
}

TEST_CASE("ManualClock moves only when told") {
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    CHECK(clock.now() == at("2026-03-01T08:00:00Z"));
    clock.advance(31min);
    CHECK(clock.now() == at("2026-03-01T08:31:00Z"));
    clock.advance(1ms);
    CHECK(clock.now() == at("2026-03-01T08:31:00.001Z"));
    clock.set(at("2026-01-01T00:00:00Z"));
    CHECK(clock.now() == at("2026-01-01T00:00:00Z"));
}

TEST_CASE("DrillClock scales, pauses, resumes, changes speed and jumps") {
    ManualClock real(at("2026-03-01T08:00:00Z"));
    DrillClock drill(real, at("2030-01-01T09:00:00Z"), 60.0);
    CHECK(drill.now() == at("2030-01-01T09:00:00Z"));

    real.advance(1s); // one real second is one drill minute at 60x
    CHECK(drill.now() == at("2030-01-01T09:01:00Z"));

    drill.pause();
    CHECK(drill.paused());
    real.advance(10min);
    CHECK(drill.now() == at("2030-01-01T09:01:00Z"));
    drill.pause(); // idempotent
    CHECK(drill.now() == at("2030-01-01T09:01:00Z"));

    drill.resume();
    real.advance(2s);
    CHECK(drill.now() == at("2030-01-01T09:03:00Z"));

    drill.setSpeed(120.0); // no jump at the change
    CHECK(drill.now() == at("2030-01-01T09:03:00Z"));
    real.advance(1s);
    CHECK(drill.now() == at("2030-01-01T09:05:00Z"));

    drill.jumpTo(at("2030-01-01T12:00:00Z"));
    CHECK(drill.now() == at("2030-01-01T12:00:00Z"));
    // At 120x, drill 12:10 is 5 real seconds away.
    CHECK(drill.realInstantFor(at("2030-01-01T12:10:00Z")) == real.now() + 5s);
}

TEST_CASE("DrillClock refuses a speed that is not positive") {
    ManualClock real(at("2026-03-01T08:00:00Z"));
    CHECK_THROWS_AS(DrillClock(real, real.now(), 0.0), Error);
    DrillClock drill(real, real.now(), 1.0);
    CHECK_THROWS_AS(drill.setSpeed(-2.0), Error);
    CHECK(drill.speed() == 1.0);
}

TEST_CASE("A saved drill clock state reads the same time as the clock it came from") {
    ManualClock real(at("2026-03-01T08:00:00Z"));
    DrillClock drill(real, at("2030-01-01T09:00:00Z"), 60.0);
    real.advance(90s);
    const DrillClockState saved = drill.state();
    CHECK(saved.anchorReal == real.now());
    CHECK(saved.anchorDrill == at("2030-01-01T10:30:00Z"));
    real.advance(7s);
    CHECK(saved.at(real.now()) == drill.now());
    // A clock rebuilt from the state (a restart) continues exactly.
    DrillClock rebuilt(real, saved);
    CHECK(rebuilt.now() == drill.now());
    // realFor is the inverse, rounded up so a timer never wakes early; at once for the past.
    const auto wake = saved.realFor(at("2030-01-01T11:00:00.010Z"), real.now());
    REQUIRE(wake);
    CHECK(saved.at(*wake) >= at("2030-01-01T11:00:00.010Z"));
    CHECK(saved.at(*wake - 1ms) < at("2030-01-01T11:00:00.010Z"));
    CHECK(saved.realFor(at("2030-01-01T09:00:00Z"), real.now()) == real.now());
    // Before its anchor the state reads the anchor: drill time never runs backwards.
    CHECK(saved.at(real.now() - 1h) == saved.anchorDrill);
    DrillClockState paused = saved;
    paused.paused = true;
    CHECK(paused.at(real.now() + 1h) == saved.anchorDrill);
    CHECK_FALSE(paused.realFor(at("2030-01-01T12:00:00Z"), real.now()));
    DrillClockState ended = saved;
    ended.ended = true;
    CHECK_FALSE(ended.realFor(at("2030-01-01T12:00:00Z"), real.now()));
    CHECK_THROWS_AS(DrillClock(real, DrillClockState{saved.anchorDrill, saved.anchorReal, 0.0, false, false}),
                    Error);
}
