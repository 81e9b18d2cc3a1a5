#include <crisis/review_dashboard.hpp>

#include <cstdio>

namespace crisis {

namespace {

// Sums kept while grouping; means are taken once at the end.
struct Accumulator {
    int count = 0;
    Duration ackSum{0};
    int ackCount = 0;
    std::map<Phase, std::pair<Duration, int>> exits;
    int judged = 0;
    int met = 0;

    void add(const IncidentReview& review) {
        const auto& m = review.metrics;
        ++count;
        if (m.acknowledgement.doneAt) {
            ackSum += *m.acknowledgement.doneAt - m.t0;
            ++ackCount;
        }
        for (const auto& [phase, took] : m.phaseExitAfterT0) {
            exits[phase].first += took;
            ++exits[phase].second;
        }
        for (const auto& clock : m.clocks) {
            if (clock.outcome == TargetOutcome::Met || clock.outcome == TargetOutcome::MetLate ||
                clock.outcome == TargetOutcome::Missed)
                ++judged;
            if (clock.outcome == TargetOutcome::Met)
                ++met;
        }
    }

    GroupFigures figures() const {
        GroupFigures g;
        g.count = count;
        if (ackCount > 0)
            g.meanAcknowledge = ackSum / ackCount;
        for (const auto& [phase, sum] : exits)
            g.meanPhaseExit[phase] = sum.first / sum.second;
        g.clocksJudged = judged;
        g.clocksMet = met;
        return g;
    }
};

struct SetAccumulator {
    Accumulator all;
    std::map<std::string, Accumulator> byType;
    std::map<int, Accumulator> bySeverity;
    std::map<std::string, Accumulator> byMonth;

    void add(const IncidentReview& review) {
        all.add(review);
        byType[review.crisisType].add(review);
        bySeverity[review.incident.severity].add(review);
        byMonth[isoMonth(review.incident.detectedAt)].add(review);
    }

    FigureSet figures() const {
        FigureSet s;
        s.all = all.figures();
        for (const auto& [key, acc] : byType)
            s.byType[key] = acc.figures();
        for (const auto& [key, acc] : bySeverity)
            s.bySeverity[key] = acc.figures();
        for (const auto& [key, acc] : byMonth)
            s.byMonth[key] = acc.figures();
        return s;
    }
};

} // namespace

std::optional<double> GroupFigures::shareMet() const {
    if (clocksJudged == 0)
        return std::nullopt;
    return static_cast<double>(clocksMet) / clocksJudged;
}

std::string isoMonth(Instant at) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(at)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()));
    return text;
}

DashboardFigures dashboard(const std::vector<IncidentReview>& closedIncidents) {
    SetAccumulator real;
    SetAccumulator drills;
    for (const auto& review : closedIncidents) {
        if (review.incident.isOpen())
            continue;
        (review.incident.drill ? drills : real).add(review);
    }
    return {real.figures(), drills.figures()};
}

} // namespace crisis
