#pragma once
// The after-action report of an exercise (HSEEP style): overview, objectives with the evaluators'
// ratings, the timeline of injects and responses, strengths, areas for improvement and the
// improvement plan with owners and due dates. One HTML page with every user text escaped; the
// Qt layer prints it to PDF (src/pdf).

#include <crisis/drill_service.hpp>
#include <crisis/messages.hpp>
#include <crisis/playbook.hpp>
#include <crisis/review.hpp>
#include <crisis/team.hpp>

#include <string>
#include <vector>

namespace crisis {

/// Everything the report shows. The caller keeps the referenced objects alive.
struct DrillReportInput {
    const DrillStatus& status;
    const Playbook& playbook;
    const std::vector<Member>& roster;
    const ReviewState& review; ///< the improvement plan (improvement.added events of the drill)
};

/// The report as one HTML page (UTF-8, inline style). Sections in order: overview, objectives
/// and ratings, timeline of injects and responses, clocks, strengths, areas for improvement,
/// improvement plan, observations, hot wash.
std::string drillReportHtml(const DrillReportInput& input, Language lang);

/// What an expected action asks for, in words: "Tick “Scope known” (scope) within 30m".
std::string describeExpected(const ExpectedAction& expected, const Playbook& playbook, Language lang);

/// "T+1h 05m": a drill instant as the span since the drill's start.
std::string drillOffset(Instant at, Instant start);

/// The rating with its meaning, e.g. "S — performed with some challenges".
std::string describeRating(Rating rating, Language lang);

} // namespace crisis
