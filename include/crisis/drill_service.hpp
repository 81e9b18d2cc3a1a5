#pragma once
// Tabletop drills on the incident machinery: a drill is a drill incident whose log also carries
// the drill's own events (docs/scenario-format.md, "Drill incidents"). Its clock, its inject queue
// and its score are folded from that log, so a restart loses nothing; the players' actions are the
// incident's ordinary events. The CLI and the console both drive drills through DrillService.

#include <crisis/clock.hpp>
#include <crisis/drill.hpp>
#include <crisis/drill_score.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/messages.hpp>
#include <crisis/reputation.hpp>
#include <crisis/review.hpp>
#include <crisis/review_service.hpp>
#include <crisis/scenario.hpp>
#include <crisis/store.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// The slowest and fastest drill clock a trainer may set.
inline constexpr double minDrillSpeed = 1.0;
inline constexpr double maxDrillSpeed = 120.0;

/// A scenario a drill can be started from.
struct ScenarioEntry {
    Scenario scenario;                 ///< parsed and validated
    std::string document;              ///< the scenario file as canonical JSON (copied into drill.started)
    bool builtIn = false;              ///< shipped in the binary, else imported into the store
    std::optional<Instant> importedAt; ///< when it was imported (nullopt for built-in ones)
};

/// What a trainer's note is about. Strengths and areas for improvement go to the report.
enum class NoteKind { Observation, Strength, Improvement };
/// "observation", "strength", "improvement".
inline constexpr std::array<std::string_view, 3> noteKindNames{"observation", "strength", "improvement"};
/// The name of `kind`.
std::string_view noteKindName(NoteKind kind);
/// Inverse of noteKindName; nullopt for anything else.
std::optional<NoteKind> noteKindFromName(std::string_view name);

/// An observation of the evaluators during the drill, or a point of the hot wash after it.
struct DrillNote {
    bool hotWash = false; ///< a hot-wash point rather than an observation during the drill
    NoteKind kind = NoteKind::Observation;
    std::string participant; ///< a participant role or member name; empty: the whole team
    std::string text;
    Instant at;         ///< drill time
    std::string author; ///< the actor who wrote it
    bool operator==(const DrillNote&) const = default;
};

/// An inject as it reached the players (a drill.inject-delivered event).
struct DeliveredInject {
    std::string inject;   ///< inject id
    Instant at;           ///< drill time it fired
    std::int64_t seq = 0; ///< of the delivery event
    bool operator==(const DeliveredInject&) const = default;
};

/// A drill as folded from its incident's log and inbox.
struct DrillRecord {
    std::int64_t incident = 0;              ///< the drill incident
    DrillRun run{Scenario{}, Instant{}};    ///< scenario, T0, players' actions, trainer commands
    DrillClockState clock;                  ///< as the log leaves it
    Language language = Language::En;       ///< of the inject texts the players receive
    double startSpeed = 1.0;                ///< the speed it started at
    std::string trainer;                    ///< who started it
    std::vector<DeliveredInject> delivered; ///< in log order
    std::vector<DrillNote> notes;           ///< observations and hot-wash points, oldest first
    std::vector<EvaluatorRating> ratings;   ///< the latest per objective and evaluator
    std::optional<Instant> endedAt;         ///< drill time the trainer ended it
    std::int64_t endedSeq = 0;              ///< the drill.ended event (0 while running)
    /// True when this inject's delivery is on the log.
    bool isDelivered(std::string_view inject) const;
};

/// Builds a drill from its incident's state, log and mentions. Participant actions are the
/// incident's events up to the drill's end: checklist ticks, phase advances, tasks done (by task
/// template id), statements published (by channel) and inbox replies to what an inject delivered
/// (by inject id). Throws Error(NotFound) when the incident is not a scenario drill, and
/// Error(Integrity) when its drill.started document cannot be read.
DrillRecord readDrill(const Incident& incident, const std::vector<Event>& log,
                      const std::vector<Mention>& mentions);

/// The dedupe id of the inbox message an inject delivers ("drill:<inject>") and of its synthetic
/// mentions ("drill:<inject>:<index>"); inboxInjectOf is the inverse (empty for other mentions).
std::string injectMessageId(std::string_view inject);
std::string injectMentionId(std::string_view inject, std::size_t index);
std::string inboxInjectOf(std::string_view externalId);

/// Everything the trainer console and `crisisctl drill status` show, at one real instant.
struct DrillStatus {
    Incident incident; ///< as projected now
    /// The incident as the drill left it: its state when the drill ended (so closing it at the end,
    /// or later, does not turn open clocks into "met late"), else the same as `incident`.
    Incident played;
    DrillRecord record;                ///< the drill as its log tells it
    Instant realNow;                   ///< the real instant asked about
    Instant now;                       ///< drill time then
    DrillSnapshot snapshot;            ///< the inject queue at `now`
    std::optional<Instant> nextDue;    ///< drill time anything changes next
    std::optional<Instant> nextInject; ///< drill time an inject fires next by itself
    std::optional<Instant> wakeUp;     ///< the real instant for nextDue (none while paused or ended)
    DrillScore score;                  ///< the live score at `now`
    /// True while the drill clock runs (not paused, not ended, its incident open).
    bool running() const { return !record.clock.paused && !record.clock.ended && incident.isOpen(); }
};

/// What starting a drill needs.
struct DrillStartRequest {
    std::string scenario;             ///< scenario id; the highest version known is played
    double speed = 1.0;               ///< minDrillSpeed..maxDrillSpeed
    std::string title;                ///< of the drill incident; default: the scenario title
    Language language = Language::En; ///< of the inject texts the players receive
    int severity = 2;                 ///< of the drill incident, 1..4
};

/// Drill commands and queries over one Store, at the real instant of the incident service's
/// clock, recorded under its actor. Every command first delivers what the drill clock has made due, so the
/// log stays in drill-time order; each command is one transaction.
class DrillService {
public:
    /// Real time comes from `incidents.clock()`, the actor from `incidents.actor()`.
    DrillService(Store& store, IncidentService& incidents, ReputationService& reputation);

    /// Built-in scenarios and those imported into the store, by id then version.
    std::vector<ScenarioEntry> scenarios() const;
    /// The highest version of a scenario; throws Error(NotFound).
    ScenarioEntry scenario(const std::string& id) const;
    /// Validates a scenario file whole (format, and against its playbook in the store) and stores
    /// it. Throws ValidationError listing every problem, or Error(RuleViolation) when that id
    /// and version exist with other content; nothing is stored then.
    ScenarioEntry importScenario(std::string_view text, const std::string& source);

    /// Opens a drill incident (flagged) on the scenario's playbook, starts its drill clock at the
    /// real now (drill T0 = that instant) and delivers the injects due at T0. Returns its id.
    std::int64_t start(const DrillStartRequest& request);
    /// Open scenario drills, newest first.
    std::vector<std::int64_t> drills() const;
    /// The drill now. Throws Error(NotFound) for an incident that is not a scenario drill.
    DrillStatus status(std::int64_t incident) const;
    /// Appends the deliveries (timeline events, inbox messages, synthetic mentions) that the drill
    /// clock has made due and the log does not hold yet (none to a closed incident). Returns how
    /// many injects it delivered.
    int deliver(std::int64_t incident);
    /// deliver() for every running drill; returns how many injects were delivered in all.
    int deliverAll();
    /// The earliest real instant at which any running drill changes by itself (for one timer).
    std::optional<Instant> nextWakeUp() const;

    /// The trainer's controls. Throws Error(RuleViolation) on an ended drill or a closed drill
    /// incident, Error(NotFound) for an unknown inject, Error(InvalidInput) for a speed outside 1..120.
    void fire(std::int64_t incident, const std::string& inject);
    void skip(std::int64_t incident, const std::string& inject);
    void pause(std::int64_t incident);
    void resume(std::int64_t incident);
    void setSpeed(std::int64_t incident, double speed);
    /// Moves drill time forward to the next instant an inject fires and delivers it; returns that
    /// drill instant, or nullopt (and changes nothing) when no inject is left to fire by itself.
    std::optional<Instant> jumpToNextInject(std::int64_t incident);
    /// Ends the drill: the clock freezes for good and the incident is closed if it is still open.
    /// (Closing the incident through IncidentService::close ends its drill the same way.)
    /// Nothing the players do afterwards counts; notes, ratings and the improvement plan still can.
    void end(std::int64_t incident);

    /// Evaluator input, allowed until and after the end. Blank text is refused; `participant`
    /// must be empty, a participant role of the scenario or a member of the roster.
    void note(std::int64_t incident, const std::string& participant, const std::string& text,
              NoteKind kind = NoteKind::Observation);
    void hotWash(std::int64_t incident, const std::string& text, NoteKind kind = NoteKind::Observation);
    /// The actor's P/S/M/U rating of an objective; a later one by the same evaluator replaces it.
    void rate(std::int64_t incident, const std::string& objective, Rating rating, const std::string& comment);
    /// An item of the improvement plan: ReviewService::addImprovement on the drill incident (the
    /// review's rules and its improvement.added event). Returns the item's id.
    std::string addImprovement(std::int64_t incident, ImprovementRequest request);

    /// The score at the drill's now, with the incident's clocks (deterministic).
    DrillScore score(std::int64_t incident) const;
    /// The after-action report of the exercise as one HTML page (every user text escaped).
    std::string reportHtml(std::int64_t incident, Language lang) const;

    /// The services this one writes through.
    IncidentService& incidents() { return m_incidents; }
    ReputationService& reputation() { return m_reputation; }

private:
    DrillStatus statusOf(const Incident& incident) const;
    void requireLive(const DrillStatus& status) const;
    /// Appends drill events at drill time, without delivering first.
    void appendDrillEvent(std::int64_t incident, Instant at, std::string_view kind, nlohmann::json payload);
    int deliverUpTo(std::int64_t incident);

    Store& m_store;
    IncidentService& m_incidents;
    ReputationService& m_reputation;
};

/// Scores `status`'s drill at its instant, adding the incident's clocks to the score.
DrillScore scoreWithClocks(const DrillStatus& status, const Playbook& playbook);

} // namespace crisis
