#pragma once
// The review's figures of one incident, computed from its event log and its playbook at an
// instant: nothing is typed in, and the same log and instant always give the same figures.

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/playbook.hpp>
#include <crisis/reputation.hpp>
#include <crisis/time.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// How a target came out at the instant asked about.
enum class TargetOutcome {
    Met,        ///< done at or before due
    MetLate,    ///< done after due
    Missed,     ///< not done and past due
    Running,    ///< not done, not yet due
    NotStarted, ///< its start event was never recorded
};
/// "met", "met-late", "missed", "running", "not-started".
std::string_view targetOutcomeName(TargetOutcome outcome);

/// One clock (or the acknowledgement) against its target.
struct TargetFigure {
    std::string clock; ///< the playbook clock id
    LocalizedText name;
    std::optional<Instant> start;
    std::optional<Instant> due;
    std::optional<Instant> doneAt;
    std::optional<Duration> took; ///< doneAt - start
    TargetOutcome outcome = TargetOutcome::NotStarted;
};

/// One statement.published event.
struct PublishedStatement {
    std::int64_t statement = 0;
    Instant at;
    std::string channel;
    std::string audience;
    bool external = false;
    std::string link;
    std::string title;
    std::string actor;
};

/// How the communication cadence was kept while in Respond.
struct CadenceFigure {
    Duration cadence{0}; ///< the interval asked for
    /// Every wait for a public update while in Respond: from entering it to the first external
    /// statement, between consecutive ones, and from the last one to leaving Respond (or now).
    std::vector<Duration> gaps;
    int gapsOverCadence = 0;         ///< gaps strictly longer than `cadence`
    std::optional<Duration> longest; ///< the longest gap
};

/// Tasks of one role at the instant asked about.
struct TaskFigure {
    int onTime = 0;
    int late = 0;   ///< done after due
    int missed = 0; ///< still open past due
    int open = 0;   ///< open, not yet due
};

/// Options of the computation.
struct ReviewOptions {
    /// The interval statements should follow each other while in Respond when the playbook
    /// has no update-cadence clock (or one counted in business days or months).
    Duration cadence = std::chrono::hours(4);
};

/// Every review figure of one incident.
struct ReviewMetrics {
    Instant t0;
    Instant at; ///< the instant asked for (clocks and tasks of a closed incident stop at its close)
    /// The first-acknowledgement clock, met by its mark or by the first external statement,
    /// whichever came first. Its `clock` is empty when the playbook has no such clock.
    TargetFigure acknowledgement;
    /// The phase-exit clocks of identify, analyze and respond (a phase without a clock that its
    /// exit meets is absent); `took` is measured from the clock's start.
    std::map<Phase, TargetFigure> phases;
    std::map<Phase, Duration> phaseExitAfterT0; ///< every phase exit recorded, minus T0
    std::vector<TargetFigure> clocks;           ///< every clock of the playbook, in its order
    std::vector<PublishedStatement> statements; ///< oldest first
    std::optional<Instant> firstExternalStatement;
    std::optional<Duration> firstExternalAfterT0;
    CadenceFigure cadence;
    std::map<std::string, TaskFigure> tasksByRole;
    int forcedAdvances = 0;
    int alertsRaised = 0;
    int spikesLogged = 0; ///< spike.detected events in the log
    /// Inbox, negative mentions, sentiment windows and spikes, as the reputation service
    /// computed them (absent when the caller has none).
    std::optional<ReputationMetrics> reputation;
};

/// The id of the playbook clock that the first public acknowledgement meets.
inline constexpr std::string_view acknowledgementClock = "first-acknowledgement";

/// Computes the figures of `incident` (the fold of `log`) against `playbook` at `now` (a closed
/// incident's at its close when `now` is later).
/// `reputation` is copied in when given.
ReviewMetrics computeReviewMetrics(const Incident& incident, const Playbook& playbook,
                                   const std::vector<Event>& log, const ReputationMetrics* reputation,
                                   Instant now, const ReviewOptions& options = {});

/// The statement.published events of a log, oldest first.
std::vector<PublishedStatement> publishedStatements(const std::vector<Event>& log);

} // namespace crisis
