#pragma once
// A drill run: which injects of a scenario have fired at a given drill instant. Pure: the run
// holds the scenario, the drill start and what was recorded (participant actions, trainer
// commands); every answer is computed from those for the instant asked, so a restart, a
// replay or a scripted run gives the same result. Drill instants come from a DrillClock.

#include <crisis/clock.hpp>
#include <crisis/scenario.hpp>

#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// Something the players did, as the incident recorded it, at a drill instant.
struct ParticipantAction {
    ActionKind kind = ActionKind::TaskDone;
    std::string target; ///< same vocabulary as ExpectedAction::target
    Instant at;
    bool operator==(const ParticipantAction&) const = default;
};

/// A trainer's intervention at a drill instant.
struct TrainerCommand {
    enum class Kind {
        FireNow, ///< deliver a pending inject (scheduled or contingency) at `at`
        Skip,    ///< never deliver this pending inject
    };
    Kind kind = Kind::FireNow;
    std::string inject;
    Instant at;
    bool operator==(const TrainerCommand&) const = default;
};

/// Where an inject stands at an instant.
enum class InjectStatus { Pending, Fired, Skipped };
/// Why a fired inject fired.
enum class FireCause { Schedule, Trainer, Contingency };
/// "pending", "fired", "skipped".
std::string_view injectStatusName(InjectStatus status);
/// "schedule", "trainer", "contingency".
std::string_view fireCauseName(FireCause cause);

/// One inject's state at an instant.
struct InjectState {
    std::string id;
    InjectStatus status = InjectStatus::Pending;
    std::optional<Instant> scheduledAt; ///< start + offset; nullopt for contingency injects
    std::optional<Instant> at;          ///< when it fired or was skipped
    FireCause cause = FireCause::Schedule;
    std::string triggeredBy; ///< for FireCause::Contingency: the inject whose action was late
};

/// A synthetic mention that has reached the reputation view by an instant.
struct DeliveredMention {
    std::string inject;
    std::size_t index = 0; ///< position in the inject's mention list (with `inject`: a dedupe key)
    Instant at;
    SyntheticMention mention;
};

/// Everything about the drill at one instant.
struct DrillSnapshot {
    Instant at;
    std::vector<InjectState> injects;       ///< scenario order
    std::vector<DeliveredMention> mentions; ///< by instant, then inject order
    /// The state of this inject (nullptr for an unknown id).
    const InjectState* inject(std::string_view id) const;
};

/// A running (or replayed) drill of one scenario.
///
/// Rules, all in drill time:
/// - a scheduled inject fires at start + offset unless skipped before (or at) that instant;
/// - at one instant, trainer commands apply before the schedule, in the order recorded;
/// - an expected action is answered as `response` says; it is late when the answer comes after
///   delivery + allowance (an answer at the deadline is on time). When it is late, each contingency inject
///   fires 1 ms after the deadline (the first instant the action is late, as clocks turn overdue), unless it
///   already fired or was skipped;
/// - an inject fires at most once; fire-now or skip on an inject that is no longer pending
///   changes nothing.
class DrillRun {
public:
    /// The scenario is copied; `start` is drill time zero (T0 of the drill incident).
    DrillRun(Scenario scenario, Instant start);

    const Scenario& scenario() const { return m_scenario; }
    Instant start() const { return m_start; }

    /// Records what the players did. Throws Error(InvalidInput) for an instant before start.
    void record(ParticipantAction action);
    /// Records a trainer command. Throws Error(NotFound) for an unknown inject and
    /// Error(InvalidInput) for an instant before start.
    void command(TrainerCommand command);

    const std::vector<ParticipantAction>& actions() const { return m_actions; }
    const std::vector<TrainerCommand>& commands() const { return m_commands; }

    /// The drill at `now`: only actions and commands at or before `now` count.
    DrillSnapshot snapshot(Instant now) const;
    /// The earliest instant after `now` at which the snapshot or the score can change (an
    /// inject or mention due, a deadline passing), given what is recorded; nullopt when nothing
    /// more will happen by itself. A GUI sets one timer for it (see realWakeUp).
    std::optional<Instant> nextDue(Instant now) const;
    /// The ids of injects that fired in (after, upTo], in firing order: what to deliver to the
    /// players when the clock moves from `after` to `upTo`.
    std::vector<std::string> firedBetween(Instant after, Instant upTo) const;
    /// The recorded action (by `upTo`) that answers `expected` for an inject delivered at
    /// `deliveredAt`. Checklist ticks, phases and tasks are states: one reached before the
    /// inject arrived already answers it. Statements and inbox answers are acts: only one at or
    /// after the delivery counts. The earliest qualifying action wins.
    std::optional<Instant> response(const ExpectedAction& expected, Instant deliveredAt, Instant upTo) const;

private:
    Scenario m_scenario;
    Instant m_start;
    std::vector<ParticipantAction> m_actions;
    std::vector<TrainerCommand> m_commands;
};

/// The real instant at which `clock` reaches the run's next change after its current drill
/// time; nullopt when paused (nothing changes while paused) or when nothing is due.
std::optional<Instant> realWakeUp(const DrillRun& run, const DrillClock& clock);
/// The same for a drill clock saved in a log (DrillClockState) when the real clock reads `realNow`.
std::optional<Instant> realWakeUp(const DrillRun& run, const DrillClockState& clock, Instant realNow);

} // namespace crisis
