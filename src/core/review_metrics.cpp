#include <crisis/phase_machine.hpp>
#include <crisis/review_metrics.hpp>

#include <algorithm>

namespace crisis {

namespace {

TargetOutcome targetOutcomeOf(ClockState state) {
    switch (state) {
    case ClockState::Met:
        return TargetOutcome::Met;
    case ClockState::MetLate:
        return TargetOutcome::MetLate;
    case ClockState::Overdue:
        return TargetOutcome::Missed;
    case ClockState::Pending:
    case ClockState::Warning:
        return TargetOutcome::Running;
    case ClockState::NotStarted:
        break;
    }
    return TargetOutcome::NotStarted;
}

TargetFigure figureOf(const ClockStatus& status) {
    TargetFigure f{status.id,
                   status.name,
                   status.startedAt,
                   status.due,
                   status.metAt,
                   std::nullopt,
                   targetOutcomeOf(status.state)};
    if (f.start && f.doneAt)
        f.took = *f.doneAt - *f.start;
    return f;
}

// The acknowledgement counts whichever came first: the crisis manager's mark or an external
// statement, since a statement to the public is an acknowledgement even if nobody marked it.
std::optional<Instant> acknowledgedAt(const std::vector<Event>& log,
                                      const std::vector<PublishedStatement>& statements, Instant now) {
    std::optional<Instant> first;
    auto consider = [&](Instant at) {
        if (at <= now && (!first || at < *first))
            first = at;
    };
    for (const auto& event : log)
        if (event.kind == event_kind::clockMarked && event.payload.value("clock", "") == acknowledgementClock)
            consider(event.at);
    for (const auto& s : statements)
        if (s.external)
            consider(s.at);
    return first;
}

TargetFigure acknowledgementFigure(const Incident& incident, const Playbook& playbook,
                                   const std::vector<Event>& log,
                                   const std::vector<PublishedStatement>& statements, Instant now) {
    const ClockDef* clock = playbook.clock(acknowledgementClock);
    const auto done = acknowledgedAt(log, statements, now);
    if (!clock) {
        TargetFigure f;
        f.start = incident.detectedAt;
        f.doneAt = done;
        if (done)
            f.took = *done - incident.detectedAt;
        f.outcome = done ? TargetOutcome::Met : TargetOutcome::Running;
        return f;
    }
    // The clock's own status knows its start and due; only the instant it was met differs.
    Incident withAck = incident;
    withAck.clockMarks.erase(clock->id);
    if (done)
        withAck.clockMarks[clock->id] = *done;
    ClockDef byMark = *clock;
    byMark.metByPhaseExit.reset();
    return figureOf(clockStatus(withAck, byMark, now));
}

// The playbook's update-cadence clock for this severity when its duration is a plain span;
// otherwise the caller's figure.
Duration cadenceFor(const Incident& incident, const Playbook& playbook, const ReviewOptions& options) {
    const ClockDef* clock = playbook.clock(updateCadenceClock);
    if (!clock)
        return options.cadence;
    const DueOffset& offset = clock->durationFor(incident.severity);
    switch (offset.unit) {
    case DueOffset::Unit::Minutes:
        return std::chrono::minutes(offset.amount);
    case DueOffset::Unit::Hours:
        return std::chrono::hours(offset.amount);
    case DueOffset::Unit::Days:
        return std::chrono::hours(24 * offset.amount);
    default:
        return options.cadence;
    }
}

CadenceFigure cadenceOf(const Incident& incident, const std::vector<PublishedStatement>& statements,
                        Instant now, Duration cadence) {
    CadenceFigure f;
    f.cadence = cadence;
    const auto entered = incident.phaseExits.find(Phase::Analyze);
    if (entered == incident.phaseExits.end() || entered->second.at > now)
        return f;
    const auto left = incident.phaseExits.find(Phase::Respond);
    const Instant end = left != incident.phaseExits.end() ? std::min(left->second.at, now) : now;
    // The public waits from entering respond to the first update, between updates, and from the
    // last one until respond ends: every wait counts, not only those between two statements.
    std::vector<Instant> marks{entered->second.at};
    for (const auto& s : statements)
        if (s.external && s.at >= entered->second.at && s.at <= end)
            marks.push_back(s.at);
    marks.push_back(end);
    for (std::size_t i = 1; i < marks.size(); ++i) {
        const Duration gap = marks[i] - marks[i - 1];
        if (gap <= Duration::zero() && i + 1 == marks.size())
            continue; // a statement at the very end leaves no wait after it
        f.gaps.push_back(gap);
        if (gap > cadence)
            ++f.gapsOverCadence;
        if (!f.longest || gap > *f.longest)
            f.longest = gap;
    }
    return f;
}

} // namespace

std::string_view targetOutcomeName(TargetOutcome outcome) {
    switch (outcome) {
    case TargetOutcome::Met:
        return "met";
    case TargetOutcome::MetLate:
        return "met-late";
    case TargetOutcome::Missed:
        return "missed";
    case TargetOutcome::Running:
        return "running";
    case TargetOutcome::NotStarted:
        break;
    }
    return "not-started";
}

std::vector<PublishedStatement> publishedStatements(const std::vector<Event>& log) {
    std::vector<PublishedStatement> out;
    for (const auto& event : log) {
        if (event.kind != event_kind::statementPublished)
            continue;
        const auto& p = event.payload;
        out.push_back({p.value("statement", std::int64_t{0}), event.at, p.value("channel", ""),
                       p.value("audience", ""), p.value("external", false), p.value("link", ""),
                       p.value("title", ""), event.actor});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PublishedStatement& a, const PublishedStatement& b) { return a.at < b.at; });
    return out;
}

ReviewMetrics computeReviewMetrics(const Incident& incident, const Playbook& playbook,
                                   const std::vector<Event>& log, const ReputationMetrics* reputation,
                                   Instant asked, const ReviewOptions& options) {
    // A closed incident's figures are those it closed with, as its clocks (phase_machine status).
    const Instant now = incident.closedAt ? std::min(asked, *incident.closedAt) : asked;
    ReviewMetrics m;
    m.t0 = incident.detectedAt;
    m.at = asked; // what the report is as of: the improvement plan goes on after the close

    std::vector<PublishedStatement> statements = publishedStatements(log);
    std::erase_if(statements, [&](const PublishedStatement& s) { return s.at > now; });

    m.acknowledgement = acknowledgementFigure(incident, playbook, log, statements, now);
    for (const auto& clock : playbook.clocks) {
        m.clocks.push_back(clock.id == acknowledgementClock ? m.acknowledgement
                                                            : figureOf(clockStatus(incident, clock, now)));
        // Only the T0 clocks measure a phase; the update cadence is also met by leaving respond.
        if (clock.metByPhaseExit && clock.start == detectionEvent &&
            (*clock.metByPhaseExit == Phase::Identify || *clock.metByPhaseExit == Phase::Analyze ||
             *clock.metByPhaseExit == Phase::Respond))
            m.phases.emplace(*clock.metByPhaseExit, m.clocks.back());
    }
    const auto abandoned = incident.closedEarlyFrom();
    for (const auto& [phase, exit] : incident.phaseExits)
        if (exit.at <= now && phase != abandoned)
            m.phaseExitAfterT0[phase] = exit.at - m.t0;

    for (const auto& s : statements)
        if (s.external) {
            m.firstExternalStatement = s.at;
            m.firstExternalAfterT0 = s.at - m.t0;
            break;
        }
    m.cadence = cadenceOf(incident, statements, now, cadenceFor(incident, playbook, options));
    m.statements = std::move(statements);

    for (const auto& task : incident.tasks) {
        auto& figure = m.tasksByRole[task.role];
        switch (taskState(task, now)) {
        case TaskState::Done:
            ++figure.onTime;
            break;
        case TaskState::DoneLate:
            ++figure.late;
            break;
        case TaskState::Overdue:
            ++figure.missed;
            break;
        case TaskState::Open:
            ++figure.open;
            break;
        }
    }
    for (const auto& event : log) {
        if (event.at > now)
            continue;
        if (event.kind == event_kind::advanced && event.payload.value("forced", false))
            ++m.forcedAdvances;
        else if (event.kind == event_kind::alertRaised)
            ++m.alertsRaised;
        else if (event.kind == event_kind::spikeDetected)
            ++m.spikesLogged;
    }
    if (reputation)
        m.reputation = *reputation;
    return m;
}

} // namespace crisis
