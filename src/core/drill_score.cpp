// Drill scoring and its JSON form. Everything here is a function of its inputs: no clock is
// read, so two scripted runs of the same drill give byte-identical JSON.

#include <crisis/drill_score.hpp>
#include <crisis/error.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace crisis {

namespace {

using nlohmann::json;

// Whether the pending contingency inject `id` can still be triggered after `at`: an inject that
// lists it is still to come (scheduled, or a contingency that can itself still fire), or has been
// delivered and its expected action is neither answered nor late yet. (The reader refuses
// contingency cycles, so the recursion ends.)
bool canStillTrigger(const DrillRun& run, const DrillSnapshot& snapshot, std::string_view id, Instant at) {
    const auto& injects = run.scenario().injects;
    for (std::size_t i = 0; i < injects.size(); ++i) {
        const auto& in = injects[i];
        if (!in.expected ||
            std::find(in.contingency.begin(), in.contingency.end(), id) == in.contingency.end())
            continue;
        const auto& state = snapshot.injects[i];
        if (state.status == InjectStatus::Pending &&
            (state.scheduledAt || canStillTrigger(run, snapshot, in.id, at)))
            return true;
        if (state.status == InjectStatus::Fired && at <= *state.at + in.expected->allowance &&
            !run.response(*in.expected, *state.at, at))
            return true;
    }
    return false;
}

// `ended`: nothing can happen after `at` any more, so nothing is pending.
Outcome outcomeOf(const DrillRun& run, const DrillSnapshot& snapshot, const InjectState& state,
                  const ExpectedResult& r, Instant at, bool ended) {
    if (state.status == InjectStatus::Skipped)
        return Outcome::NotDelivered;
    if (state.status == InjectStatus::Pending) {
        if (ended)
            return Outcome::NotDelivered;
        if (state.scheduledAt)
            return Outcome::Pending;
        return canStillTrigger(run, snapshot, state.id, at) ? Outcome::Pending : Outcome::NotDelivered;
    }
    if (r.answeredAt)
        return *r.answeredAt <= *r.deadline ? Outcome::OnTime : Outcome::Late;
    return at > *r.deadline || ended ? Outcome::Missed : Outcome::Pending;
}

json optionalInstant(const std::optional<Instant>& at) {
    return at ? json(formatInstant(*at)) : json(nullptr);
}

json countsJson(const OutcomeCounts& c) {
    return json{{"pending", c.pending},
                {"on_time", c.onTime},
                {"late", c.late},
                {"missed", c.missed},
                {"not_delivered", c.notDelivered}};
}

} // namespace

std::string_view outcomeName(Outcome outcome) {
    static constexpr std::array<std::string_view, 5> names{"pending", "on_time", "late", "missed",
                                                           "not_delivered"};
    return names[static_cast<std::size_t>(outcome)];
}

static constexpr std::array<std::string_view, 4> ratingNames{"P", "S", "M", "U"};

std::string_view ratingName(Rating rating) {
    return ratingNames[static_cast<std::size_t>(rating)];
}

std::optional<Rating> ratingFromName(std::string_view name) {
    const auto it = std::find(ratingNames.begin(), ratingNames.end(), name);
    if (it == ratingNames.end())
        return std::nullopt;
    return static_cast<Rating>(it - ratingNames.begin());
}

void OutcomeCounts::add(Outcome outcome) {
    switch (outcome) {
    case Outcome::Pending:
        ++pending;
        break;
    case Outcome::OnTime:
        ++onTime;
        break;
    case Outcome::Late:
        ++late;
        break;
    case Outcome::Missed:
        ++missed;
        break;
    case Outcome::NotDelivered:
        ++notDelivered;
        break;
    }
}

DrillScore scoreDrill(const DrillRun& run, Instant at, const std::vector<EvaluatorRating>& ratings,
                      bool ended) {
    const auto& sc = run.scenario();
    for (const auto& rating : ratings)
        if (!sc.objective(rating.objective))
            throw Error(ErrorCode::NotFound, {"drill.unknown_objective", {rating.objective, sc.id}});

    DrillScore score;
    score.scenario = sc.id;
    score.version = sc.version;
    score.start = run.start();
    score.at = at;
    score.snapshot = run.snapshot(at);

    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& in = sc.injects[i];
        if (!in.expected)
            continue;
        const auto& state = score.snapshot.injects[i];
        ExpectedResult r;
        r.inject = in.id;
        r.objective = in.objective;
        r.expected = *in.expected;
        if (state.status == InjectStatus::Fired) {
            r.deliveredAt = state.at;
            r.deadline = *state.at + in.expected->allowance;
            r.answeredAt = run.response(*in.expected, *state.at, at);
            if (r.answeredAt)
                r.taken = std::max(Duration{0}, *r.answeredAt - *state.at);
        }
        r.outcome = outcomeOf(run, score.snapshot, state, r, at, ended);
        score.totals.add(r.outcome);
        score.results.push_back(std::move(r));
    }

    for (const auto& objective : sc.objectives) {
        ObjectiveScore os;
        os.id = objective.id;
        long long takenSum = 0;
        long long answered = 0;
        for (const auto& r : score.results) {
            if (r.objective != objective.id)
                continue;
            os.counts.add(r.outcome);
            if (r.taken) {
                takenSum += r.taken->count();
                ++answered;
            }
        }
        if (answered > 0)
            os.meanTaken = Duration{takenSum / answered};
        std::copy_if(ratings.begin(), ratings.end(), std::back_inserter(os.ratings),
                     [&](const EvaluatorRating& rt) { return rt.objective == objective.id; });
        score.objectives.push_back(std::move(os));
    }
    return score;
}

std::string scoreToJson(const DrillScore& score) {
    json injects = json::array();
    for (const auto& state : score.snapshot.injects) {
        json j{{"id", state.id},
               {"status", injectStatusName(state.status)},
               {"scheduled_at", optionalInstant(state.scheduledAt)},
               {"at", optionalInstant(state.at)}};
        if (state.status == InjectStatus::Fired)
            j["cause"] = fireCauseName(state.cause);
        if (!state.triggeredBy.empty())
            j["triggered_by"] = state.triggeredBy;
        injects.push_back(std::move(j));
    }
    json results = json::array();
    for (const auto& r : score.results)
        results.push_back({{"inject", r.inject},
                           {"objective", r.objective},
                           {"action", actionKindName(r.expected.action)},
                           {"target", r.expected.target},
                           {"allowance_ms", r.expected.allowance.count()},
                           {"delivered_at", optionalInstant(r.deliveredAt)},
                           {"deadline", optionalInstant(r.deadline)},
                           {"answered_at", optionalInstant(r.answeredAt)},
                           {"taken_ms", r.taken ? json(r.taken->count()) : json(nullptr)},
                           {"outcome", outcomeName(r.outcome)}});
    json objectives = json::array();
    for (const auto& o : score.objectives) {
        json ratings = json::array();
        for (const auto& rt : o.ratings)
            ratings.push_back(
                {{"evaluator", rt.evaluator}, {"rating", ratingName(rt.rating)}, {"comment", rt.comment}});
        objectives.push_back({{"id", o.id},
                              {"outcomes", countsJson(o.counts)},
                              {"mean_taken_ms", o.meanTaken ? json(o.meanTaken->count()) : json(nullptr)},
                              {"ratings", std::move(ratings)}});
    }
    json clocks = json::array();
    for (const auto& c : score.clocks)
        clocks.push_back({{"id", c.id},
                          {"state", clockStateName(c.state)},
                          {"due", optionalInstant(c.due)},
                          {"met_at", optionalInstant(c.metAt)}});
    const json doc{{"format", "crisisdesk.drill-score/1"},
                   {"scenario", score.scenario},
                   {"version", score.version},
                   {"start", formatInstant(score.start)},
                   {"at", formatInstant(score.at)},
                   {"totals", countsJson(score.totals)},
                   {"injects", std::move(injects)},
                   {"expected", std::move(results)},
                   {"objectives", std::move(objectives)},
                   {"clocks", std::move(clocks)}};
    return doc.dump(2);
}

} // namespace crisis
