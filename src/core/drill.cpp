// The inject scheduler: a small discrete-event simulation from the drill start to the instant
// asked. Recomputing from the recorded facts each time (instead of mutating state as time
// passes) keeps the run pure: the answer for an instant never depends on when it was asked.

#include <crisis/drill.hpp>
#include <crisis/error.hpp>

#include <algorithm>
#include <map>
#include <queue>

namespace crisis {

namespace {

// At one instant the trainer acts before the schedule (a skip at an inject's own minute wins),
// and the schedule before contingencies.
enum class Rank { Command = 0, Schedule = 1, Contingency = 2 };

struct Event {
    Instant at;
    Rank rank;
    std::size_t seq; // keeps recording and file order among equals
    std::size_t inject;
    std::optional<TrainerCommand::Kind> command;
    std::string parent; // for contingencies
};

struct Later {
    bool operator()(const Event& a, const Event& b) const {
        return std::tie(a.at, a.rank, a.seq) > std::tie(b.at, b.rank, b.seq);
    }
};

struct Simulation {
    DrillSnapshot snapshot;
    std::vector<std::size_t> fireOrder; // inject indexes in the order they fired
};

Simulation simulate(const DrillRun& run, Instant now) {
    const auto& sc = run.scenario();
    Simulation sim;
    sim.snapshot.at = now;
    std::map<std::string, std::size_t, std::less<>> index;
    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& in = sc.injects[i];
        index.emplace(in.id, i);
        InjectState state;
        state.id = in.id;
        if (in.offset)
            state.scheduledAt = run.start() + *in.offset;
        sim.snapshot.injects.push_back(std::move(state));
    }

    std::priority_queue<Event, std::vector<Event>, Later> queue;
    std::size_t seq = 0;
    for (std::size_t i = 0; i < sc.injects.size(); ++i)
        if (sc.injects[i].offset)
            queue.push({run.start() + *sc.injects[i].offset, Rank::Schedule, seq++, i, std::nullopt, {}});
    for (const auto& c : run.commands())
        queue.push({c.at, Rank::Command, seq++, index.at(c.inject), c.kind, {}});

    while (!queue.empty() && queue.top().at <= now) {
        const Event event = queue.top();
        queue.pop();
        auto& state = sim.snapshot.injects[event.inject];
        if (state.status != InjectStatus::Pending)
            continue;
        state.at = event.at;
        if (event.command == TrainerCommand::Kind::Skip) {
            state.status = InjectStatus::Skipped;
            continue;
        }
        state.status = InjectStatus::Fired;
        state.cause = event.command          ? FireCause::Trainer
                      : event.parent.empty() ? FireCause::Schedule
                                             : FireCause::Contingency;
        state.triggeredBy = event.parent;
        sim.fireOrder.push_back(event.inject);

        const auto& in = sc.injects[event.inject];
        if (!in.expected || in.contingency.empty())
            continue;
        const auto deadline = event.at + in.expected->allowance;
        const auto done = run.response(*in.expected, event.at, now);
        if (done && *done <= deadline)
            continue;
        for (const auto& child : in.contingency)
            queue.push(
                {deadline + Duration{1}, Rank::Contingency, seq++, index.at(child), std::nullopt, in.id});
    }

    for (const auto i : sim.fireOrder) {
        const auto& in = sc.injects[i];
        for (std::size_t m = 0; m < in.mentions.size(); ++m) {
            const auto at = *sim.snapshot.injects[i].at + in.mentions[m].offset;
            if (at <= now)
                sim.snapshot.mentions.push_back({in.id, m, at, in.mentions[m]});
        }
    }
    std::stable_sort(sim.snapshot.mentions.begin(), sim.snapshot.mentions.end(),
                     [](const DeliveredMention& a, const DeliveredMention& b) { return a.at < b.at; });
    return sim;
}

void consider(std::optional<Instant>& best, Instant candidate, Instant now) {
    if (candidate > now && (!best || candidate < *best))
        best = candidate;
}

} // namespace

std::string_view injectStatusName(InjectStatus status) {
    switch (status) {
    case InjectStatus::Pending:
        return "pending";
    case InjectStatus::Fired:
        return "fired";
    case InjectStatus::Skipped:
        return "skipped";
    }
    return "pending";
}

std::string_view fireCauseName(FireCause cause) {
    switch (cause) {
    case FireCause::Schedule:
        return "schedule";
    case FireCause::Trainer:
        return "trainer";
    case FireCause::Contingency:
        return "contingency";
    }
    return "schedule";
}

const InjectState* DrillSnapshot::inject(std::string_view id) const {
    const auto it =
        std::find_if(injects.begin(), injects.end(), [&](const InjectState& s) { return s.id == id; });
    return it == injects.end() ? nullptr : &*it;
}

DrillRun::DrillRun(Scenario scenario, Instant start) : m_scenario(std::move(scenario)), m_start(start) {}

void DrillRun::record(ParticipantAction action) {
    if (action.at < m_start)
        throw Error(ErrorCode::InvalidInput,
                    {"drill.before_start", {formatInstant(action.at), formatInstant(m_start)}});
    m_actions.push_back(std::move(action));
}

void DrillRun::command(TrainerCommand command) {
    if (!m_scenario.inject(command.inject))
        throw Error(ErrorCode::NotFound, {"drill.unknown_inject", {command.inject, m_scenario.id}});
    if (command.at < m_start)
        throw Error(ErrorCode::InvalidInput,
                    {"drill.before_start", {formatInstant(command.at), formatInstant(m_start)}});
    m_commands.push_back(std::move(command));
}

DrillSnapshot DrillRun::snapshot(Instant now) const {
    return simulate(*this, now).snapshot;
}

std::optional<Instant> DrillRun::nextDue(Instant now) const {
    const auto sim = simulate(*this, now);
    std::optional<Instant> best;
    for (std::size_t i = 0; i < m_scenario.injects.size(); ++i) {
        const auto& state = sim.snapshot.injects[i];
        const auto& in = m_scenario.injects[i];
        if (state.status == InjectStatus::Pending && state.scheduledAt)
            consider(best, *state.scheduledAt, now);
        if (state.status != InjectStatus::Fired)
            continue;
        for (const auto& m : in.mentions)
            consider(best, *state.at + m.offset, now);
        // The first instant the expected action is late: contingencies fire, the score turns.
        if (in.expected && !response(*in.expected, *state.at, now))
            consider(best, *state.at + in.expected->allowance + Duration{1}, now);
    }
    // Facts recorded ahead of time (a scripted run) change the drill when their instant comes.
    for (const auto& c : m_commands)
        consider(best, c.at, now);
    for (const auto& a : m_actions)
        consider(best, a.at, now);
    return best;
}

std::vector<std::string> DrillRun::firedBetween(Instant after, Instant upTo) const {
    const auto sim = simulate(*this, upTo);
    std::vector<std::string> ids;
    for (const auto i : sim.fireOrder)
        if (*sim.snapshot.injects[i].at > after)
            ids.push_back(m_scenario.injects[i].id);
    return ids;
}

std::optional<Instant> DrillRun::response(const ExpectedAction& expected, Instant deliveredAt,
                                          Instant upTo) const {
    const bool isState = expected.action == ActionKind::ChecklistItemChecked ||
                         expected.action == ActionKind::PhaseReached ||
                         expected.action == ActionKind::TaskDone;
    std::optional<Instant> first;
    for (const auto& a : m_actions)
        if (a.kind == expected.action && a.target == expected.target && a.at <= upTo &&
            (isState || a.at >= deliveredAt) && (!first || a.at < *first))
            first = a.at;
    return first;
}

std::optional<Instant> realWakeUp(const DrillRun& run, const DrillClock& clock) {
    if (clock.paused())
        return std::nullopt;
    const auto next = run.nextDue(clock.now());
    if (!next)
        return std::nullopt;
    return clock.realInstantFor(*next);
}

std::optional<Instant> realWakeUp(const DrillRun& run, const DrillClockState& clock, Instant realNow) {
    if (clock.paused || clock.ended)
        return std::nullopt;
    const auto next = run.nextDue(clock.at(realNow));
    if (!next)
        return std::nullopt;
    return clock.realFor(*next, realNow);
}

} // namespace crisis
