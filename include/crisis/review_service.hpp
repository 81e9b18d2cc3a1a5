#pragma once
// Commands and queries of the review phase over one Store: answers per team, notes, the
// improvement plan with its reminders and playbook proposals, the figures of one incident and
// the dashboard across closed incidents. Every command is one transaction of events.

#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/report.hpp>
#include <crisis/reputation.hpp>
#include <crisis/review.hpp>
#include <crisis/review_dashboard.hpp>
#include <crisis/review_metrics.hpp>
#include <crisis/store.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// What a new improvement item needs. An empty id is made from the finding.
struct ImprovementRequest {
    std::string id;
    std::string finding;
    std::string action;
    std::string owner; ///< a member name or a role
    Instant due;
    std::optional<PlaybookProposal> proposal;
};

/// An open improvement item past its due instant: a reminder to send.
struct ImprovementReminder {
    std::int64_t incident = 0;
    std::string incidentTitle;
    ImprovementItem item;
};

/// How wide the sentiment windows around the crisis are, and the fallback cadence.
struct ReviewWindows {
    Duration before = std::chrono::hours(24); ///< before T0
    Duration after = std::chrono::hours(24);  ///< after closing
    ReviewOptions options;
};

/// Review commands and queries, evaluated at the Clock's instant and recorded under `actor`.
class ReviewService {
public:
    ReviewService(Store& store, IncidentService& incidents, const Clock& clock, std::string actor);

    /// Records `team`'s answer to a review question of an open incident; the first answer to a
    /// question also ticks the review exit-checklist item of the same id when the playbook has
    /// it. One transaction. Throws ValidationError for an unknown question or a blank team/text.
    void answer(std::int64_t incident, const std::string& question, const std::string& team,
                const std::string& text);
    /// Adds a free note (open or closed incident).
    void note(std::int64_t incident, const std::string& text);
    /// Adds an improvement item (open or closed incident) and returns its id. A proposal must
    /// apply to the latest version of the incident's playbook. Throws for a duplicate id.
    std::string addImprovement(std::int64_t incident, ImprovementRequest request);
    /// Marks an open item done.
    void completeImprovement(std::int64_t incident, const std::string& id);
    /// The draft playbook an item's proposal gives: the latest stored version of the
    /// incident's playbook with the change applied. Throws when the item has no proposal.
    Playbook proposedDraft(std::int64_t incident, const std::string& id) const;
    /// The playbook owner accepts an item's proposal: the draft is stored as a new playbook
    /// version and the item is done, in one transaction. The actor must hold the playbook's
    /// owner role in the roster. Returns the new version.
    int acceptProposal(std::int64_t incident, const std::string& id);

    /// Answers, notes and the improvement plan of an incident.
    ReviewState review(std::int64_t incident) const;
    /// Every review figure of an incident at the clock's instant, reputation figures included.
    ReviewMetrics metrics(std::int64_t incident, const ReviewWindows& windows = {}) const;
    /// The after-action report of an incident (review_report.hpp) as Markdown, or as HTML with
    /// the volume and sentiment charts embedded, at the clock's instant.
    std::string afterActionReport(std::int64_t incident, ReportFormat format, Language lang,
                                  const ReviewWindows& windows = {}) const;
    /// Figures across every closed incident, drills apart.
    DashboardFigures dashboard() const;
    /// Open improvement items past due at the clock's instant, across all incidents, earliest first.
    std::vector<ImprovementReminder> reminders() const;
    /// The earliest due instant after now of an open improvement item (for one timer).
    std::optional<Instant> nextReminder() const;

private:
    std::vector<ImprovementReminder> openImprovements() const;

    Store& m_store;
    IncidentService& m_incidents;
    const Clock& m_clock;
    std::string m_actor;
};

} // namespace crisis
