#include <crisis/clock.hpp>
#include <crisis/error.hpp>

#include <algorithm>
#include <cmath>

namespace crisis {

Instant SystemClock::now() const {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

namespace {

// Real spans scale to drill spans by `speed`, rounded to the millisecond.
Duration scaled(Duration real, double speed) {
    return Duration{static_cast<long long>(std::llround(static_cast<double>(real.count()) * speed))};
}

} // namespace

Instant DrillClockState::at(Instant real) const {
    if (paused || ended || real <= anchorReal)
        return anchorDrill;
    return anchorDrill + scaled(real - anchorReal, speed);
}

std::optional<Instant> DrillClockState::realFor(Instant drill, Instant realNow) const {
    if (paused || ended)
        return std::nullopt;
    const Instant from = std::max(realNow, anchorReal);
    const auto ahead = (drill - at(from)).count();
    if (ahead <= 0)
        return from;
    // Rounded up, so that at(realFor(d)) >= d: a timer set for it never wakes up early.
    return from + Duration{static_cast<long long>(std::ceil(static_cast<double>(ahead) / speed))};
}

DrillClock::DrillClock(const Clock& real, Instant drillStart, double speed)
    : m_real(real), m_state{drillStart, real.now(), 1.0, false, false} {
    setSpeed(speed);
}

DrillClock::DrillClock(const Clock& real, const DrillClockState& state) : m_real(real), m_state(state) {
    if (!(state.speed > 0.0) || !std::isfinite(state.speed))
        throw Error(ErrorCode::InvalidInput, {"error.drill_speed", {std::to_string(state.speed)}});
}

Instant DrillClock::now() const {
    if (m_state.paused)
        return m_state.anchorDrill;
    // Unlike DrillClockState::at, a test's manual clock may move backwards: follow it.
    return m_state.anchorDrill + scaled(m_real.now() - m_state.anchorReal, m_state.speed);
}

void DrillClock::reanchor() {
    m_state.anchorDrill = now();
    m_state.anchorReal = m_real.now();
}

void DrillClock::pause() {
    if (m_state.paused)
        return;
    reanchor();
    m_state.paused = true;
}

void DrillClock::resume() {
    if (!m_state.paused)
        return;
    m_state.anchorReal = m_real.now();
    m_state.paused = false;
}

void DrillClock::setSpeed(double speed) {
    if (!(speed > 0.0) || !std::isfinite(speed))
        throw Error(ErrorCode::InvalidInput, {"error.drill_speed", {std::to_string(speed)}});
    // Re-anchor so the change takes effect from now without a jump in drill time.
    reanchor();
    m_state.speed = speed;
}

void DrillClock::jumpTo(Instant drillInstant) {
    m_state.anchorDrill = drillInstant;
    m_state.anchorReal = m_real.now();
}

Instant DrillClock::realInstantFor(Instant drillInstant) const {
    const auto drillAhead = (drillInstant - now()).count();
    const auto real = static_cast<long long>(std::ceil(static_cast<double>(drillAhead) / m_state.speed));
    return m_real.now() + Duration{real};
}

DrillClockState DrillClock::state() const {
    DrillClockState s = m_state;
    s.anchorDrill = now();
    s.anchorReal = m_real.now();
    return s;
}

} // namespace crisis
