#pragma once
// Time is an input: every computation that depends on "now" asks a Clock.

#include <crisis/time.hpp>

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

/// A scaled, pausable clock for tabletop drills. Drill time starts at `drillStart` when the
/// underlying clock reads `realStart`, and then runs `speed` times faster than real time.
/// Pausing freezes drill time; resuming continues from the frozen instant.
class DrillClock final : public Clock {
public:
    /// `real` must outlive the drill clock. `speed` must be > 0 (1 = real time).
    DrillClock(const Clock& real, Instant drillStart, double speed = 1.0);

    Instant now() const override;
    /// Freezes drill time. Pausing a paused clock does nothing.
    void pause();
    /// Continues from the frozen instant. Resuming a running clock does nothing.
    void resume();
    bool paused() const { return m_paused; }
    /// Changes the speed from now on without a jump in drill time. Throws Error if <= 0.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    /// Jumps drill time forward (e.g. to the next inject) without changing the speed.
    void jumpTo(Instant drillInstant);
    /// The real instant at which this clock will read `drillInstant` if it keeps running;
    /// lets a GUI timer wait the right real time for a drill deadline.
    Instant realInstantFor(Instant drillInstant) const;

private:
    const Clock& m_real;
    Instant m_anchorDrill; // drill time at m_anchorReal
    Instant m_anchorReal;
    double m_speed;
    bool m_paused = false;
};

} // namespace crisis
