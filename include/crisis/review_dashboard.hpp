#pragma once
// Figures across closed incidents, the ones a crisis manager shows the board: grouped by
// crisis type, by severity and by month of T0. Drills never mix with real incidents.

#include <crisis/incident.hpp>
#include <crisis/review_metrics.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// One closed incident with its review figures.
struct IncidentReview {
    Incident incident;
    std::string crisisType; ///< of the playbook it was run with
    ReviewMetrics metrics;
};

/// Aggregates of a group of incidents.
struct GroupFigures {
    int count = 0;
    std::optional<Duration> meanAcknowledge; ///< over the incidents that were acknowledged
    std::map<Phase, Duration> meanPhaseExit; ///< T0 to each phase's exit, over those that left it
    int clocksJudged = 0;                    ///< clocks met, met late or missed
    int clocksMet = 0;                       ///< met in time
    /// clocksMet / clocksJudged; nullopt when no clock was judged.
    std::optional<double> shareMet() const;
};

/// One population (real incidents or drills) grouped every way the dashboard shows.
struct FigureSet {
    GroupFigures all;
    std::map<std::string, GroupFigures> byType;
    std::map<int, GroupFigures> bySeverity;
    std::map<std::string, GroupFigures> byMonth; ///< "yyyy-mm" of T0 (UTC): the trend
};

/// The dashboard: real incidents and drills kept apart.
struct DashboardFigures {
    FigureSet real;
    FigureSet drills;
};

/// Aggregates `closedIncidents`; an incident that is still open is left out.
DashboardFigures dashboard(const std::vector<IncidentReview>& closedIncidents);

/// "yyyy-mm" of an instant in UTC.
std::string isoMonth(Instant at);

} // namespace crisis
