#pragma once
// Time is an input: every computation that depends on "now" asks a Clock.

#include <crisis/time.hpp>

#include <optional>

namespace crisis {

/// Source of the current instant. Implementations must be cheap to call.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current instant as this clock sees it.
    virtual Instant now() const = 0;
};

/// The real UTC wall clock, truncated to milliseconds.
class SystemClock final : public Clock {
public:
    Instant now() const override;
};

/// A clock that only moves when told to; for tests and for `crisisctl --at`.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Instant start) : m_now(start) {}
    Instant now() const override { return m_now; }
    /// Moves the clock to an absolute instant (backwards is allowed: tests may need it).
    void set(Instant at) { m_now = at; }
    /// Moves the clock forward by `span`.
    void advance(Duration span) { m_now += span; }

private:
    Instant m_now;
};

/// The whole state of a drill clock: drill time read `anchorDrill` when the real clock read
/// `anchorReal`, and since then runs `speed` times faster than real time unless paused. A drill
/// incident's log folds to one of these (incident.hpp), so the clock survives a restart.
struct DrillClockState {
    Instant anchorDrill;
    Instant anchorReal;
    double speed = 1.0;
    bool paused = false;
    bool ended = false; ///< the drill is over: frozen for good

    /// Drill time when the real clock reads `real`. A real instant before the anchor reads the
    /// anchor itself: drill time never runs backwards past its last change.
    Instant at(Instant real) const;
    /// The real instant at which drill time reaches `drill` (at once for an instant already
    /// reached); nullopt while paused or ended, when it never will by itself.
    std::optional<Instant> realFor(Instant drill, Instant realNow) const;
    bool operator==(const DrillClockState&) const = default;
};

/// A scaled, pausable clock for tabletop drills. Drill time starts at `drillStart` when the
/// underlying clock reads `realStart`, and then runs `speed` times faster than real time.
/// Pausing freezes drill time; resuming continues from the frozen instant.
class DrillClock final : public Clock {
public:
    /// `real` must outlive the drill clock. `speed` must be > 0 (1 = real time).
    DrillClock(const Clock& real, Instant drillStart, double speed = 1.0);
    /// A clock continuing from a saved state (e.g. folded from a drill incident's log).
    DrillClock(const Clock& real, const DrillClockState& state);

    Instant now() const override;
    /// Freezes drill time. Pausing a paused clock does nothing.
    void pause();
    /// Continues from the frozen instant. Resuming a running clock does nothing.
    void resume();
    bool paused() const { return m_state.paused; }
    /// Changes the speed from now on without a jump in drill time. Throws Error if <= 0.
    void setSpeed(double speed);
    double speed() const { return m_state.speed; }
    /// Jumps drill time forward (e.g. to the next inject) without changing the speed.
    void jumpTo(Instant drillInstant);
    /// The real instant at which this clock will read `drillInstant` if it keeps running;
    /// lets a GUI timer wait the right real time for a drill deadline.
    Instant realInstantFor(Instant drillInstant) const;
    /// The current state, anchored at the real clock's now (what a log records).
    DrillClockState state() const;

private:
    void reanchor();

    const Clock& m_real;
    DrillClockState m_state;
};

} // namespace crisis
