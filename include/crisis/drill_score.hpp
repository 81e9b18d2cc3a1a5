#pragma once
// Scoring a drill: each expected action on time, late or missed with the time taken, rolled up
// per objective with the evaluators' P/S/M/U ratings. Deterministic: the same run, instant and
// ratings give the same score and byte-identical JSON (no wall clock, ordered keys).

#include <crisis/drill.hpp>
#include <crisis/phase_machine.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// How an expected action went, as known at the scoring instant.
/// In a final score (the drill has ended) nothing is pending.
enum class Outcome {
    /// Still open in a running drill: delivered, deadline not passed, not answered yet; or a
    /// scheduled inject still to come; or a contingency whose trigger can still happen.
    Pending,
    OnTime, ///< answered at or before delivery + allowance
    Late,   ///< answered after the deadline
    Missed, ///< delivered, not answered by the deadline or by the end of the drill
    /// Never reached the players: skipped, a contingency whose trigger can no longer happen, or
    /// (in a final score) any inject that had not fired by the end.
    NotDelivered,
};
/// "pending", "on_time", "late", "missed", "not_delivered".
std::string_view outcomeName(Outcome outcome);

/// HSEEP evaluator ratings.
enum class Rating {
    P, ///< performed without challenges
    S, ///< performed with some challenges
    M, ///< performed with major challenges
    U, ///< unable to be performed
};
/// "P", "S", "M", "U".
std::string_view ratingName(Rating rating);
/// Inverse of ratingName; nullopt otherwise.
std::optional<Rating> ratingFromName(std::string_view name);

/// One evaluator's rating of one objective (input data, kept in the order given).
struct EvaluatorRating {
    std::string objective;
    std::string evaluator;
    Rating rating = Rating::P;
    std::string comment;
    bool operator==(const EvaluatorRating&) const = default;
};

/// The result for one inject that expects an action.
struct ExpectedResult {
    std::string inject;
    std::string objective;
    ExpectedAction expected;
    std::optional<Instant> deliveredAt;
    std::optional<Instant> deadline; ///< deliveredAt + allowance
    std::optional<Instant> answeredAt;
    std::optional<Duration> taken; ///< answeredAt - deliveredAt, 0 when already done before delivery
    Outcome outcome = Outcome::Pending;
};

/// Counts of outcomes.
struct OutcomeCounts {
    int pending = 0;
    int onTime = 0;
    int late = 0;
    int missed = 0;
    int notDelivered = 0;
    void add(Outcome outcome);
};

/// One objective: its outcome counts, mean time taken and ratings.
struct ObjectiveScore {
    std::string id;
    OutcomeCounts counts;
    std::optional<Duration> meanTaken; ///< over answered actions (on time and late), floored to ms
    std::vector<EvaluatorRating> ratings;
};

/// One clock of the drill incident's playbook at the scoring instant: phase clocks met or missed.
struct DrillClockResult {
    std::string id;
    LocalizedText name;
    ClockState state = ClockState::NotStarted;
    std::optional<Instant> due;
    std::optional<Instant> metAt;
};

/// The score of a drill at one instant.
struct DrillScore {
    std::string scenario;
    int version = 1;
    Instant start;
    Instant at;
    DrillSnapshot snapshot;                 ///< the inject timeline at `at`
    std::vector<ExpectedResult> results;    ///< scenario order
    std::vector<ObjectiveScore> objectives; ///< scenario order
    OutcomeCounts totals;
    /// The drill incident's clocks (filled by DrillService; empty when scoring a bare DrillRun).
    std::vector<DrillClockResult> clocks;
};

/// Scores `run` as known at drill instant `at`. `ended`: the final score of a drill that ended
/// at `at` (nothing more can happen, so nothing is pending). Throws Error(NotFound) when a
/// rating names an objective the scenario does not have.
DrillScore scoreDrill(const DrillRun& run, Instant at, const std::vector<EvaluatorRating>& ratings = {},
                      bool ended = false);

/// Stable JSON (keys sorted, two-space indent, instants ISO-8601 UTC, spans in ms).
std::string scoreToJson(const DrillScore& score);

} // namespace crisis
