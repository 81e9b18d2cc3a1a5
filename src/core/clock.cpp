#include <crisis/clock.hpp>
#include <crisis/error.hpp>

#include <cmath>

namespace crisis {

Instant SystemClock::now() const {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

DrillClock::DrillClock(const Clock& real, Instant drillStart, double speed)
    : m_real(real), m_anchorDrill(drillStart), m_anchorReal(real.now()), m_speed(1.0) {
    setSpeed(speed);
}

Instant DrillClock::now() const {
    if (m_paused)
        return m_anchorDrill;
    const auto realElapsed = (m_real.now() - m_anchorReal).count();
    const auto scaled = static_cast<long long>(std::llround(static_cast<double>(realElapsed) * m_speed));
    return m_anchorDrill + Duration{scaled};
}

void DrillClock::pause() {
    if (m_paused)
        return;
    m_anchorDrill = now();
    m_anchorReal = m_real.now();
    m_paused = true;
}

void DrillClock::resume() {
    if (!m_paused)
        return;
    m_anchorReal = m_real.now();
    m_paused = false;
}

void DrillClock::setSpeed(double speed) {
    if (!(speed > 0.0) || !std::isfinite(speed))
        throw Error(ErrorCode::InvalidInput, {"error.drill_speed", {std::to_string(speed)}});
    // Re-anchor so the change takes effect from now without a jump in drill time.
    m_anchorDrill = now();
    m_anchorReal = m_real.now();
    m_speed = speed;
}

void DrillClock::jumpTo(Instant drillInstant) {
    m_anchorDrill = drillInstant;
    m_anchorReal = m_real.now();
}

Instant DrillClock::realInstantFor(Instant drillInstant) const {
    const auto drillAhead = (drillInstant - now()).count();
    const auto real = static_cast<long long>(std::ceil(static_cast<double>(drillAhead) / m_speed));
    return m_real.now() + Duration{real};
}

} // namespace crisis
