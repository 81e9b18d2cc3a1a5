#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/review.hpp>

#include "text.hpp"

#include <algorithm>
#include <limits>
#include <set>

namespace crisis {

namespace {

void requireOpen(const Incident& incident) {
    if (!incident.isOpen())
        throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident.id)}});
}

EventDraft transition(Phase from, Phase to, bool forced, const std::string& reason) {
    nlohmann::json payload{{"from", phaseName(from)}, {"to", phaseName(to)}, {"forced", forced}};
    if (forced)
        payload["reason"] = reason;
    return {std::string(event_kind::advanced), std::move(payload)};
}

} // namespace

IncidentService::IncidentService(Store& store, const Clock& clock, std::string actor)
    : m_store(store), m_clock(clock), m_actor(std::move(actor)) {}

const Playbook& IncidentService::playbookOf(const Incident& incident) const {
    const auto key = std::make_pair(incident.playbookId, incident.playbookVersion);
    if (const auto it = m_playbooks.find(key); it != m_playbooks.end())
        return it->second;
    const auto record = m_store.playbook(incident.playbookId, incident.playbookVersion);
    if (!record)
        throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {incident.playbookId}});
    return m_playbooks.emplace(key, record->playbook).first->second;
}

bool IncidentService::hasReviewAnswer(std::int64_t incidentId, const std::string& question) const {
    EventQuery query;
    query.incident = incidentId;
    query.kind = std::string(event_kind::reviewAnswered);
    const auto answers = m_store.eventPage(query, 0, std::numeric_limits<std::int64_t>::max());
    return std::any_of(answers.begin(), answers.end(),
                       [&](const Event& e) { return e.payload.value("question", "") == question; });
}

std::int64_t IncidentService::open(const OpenRequest& request) {
    const Instant now = m_clock.now();
    if (detail::isBlank(request.title))
        throw Error(ErrorCode::InvalidInput, {"error.title_blank", {}});
    if (request.severity < 1 || request.severity > 4)
        throw Error(ErrorCode::InvalidInput, {"error.severity", {std::to_string(request.severity)}});
    const Instant detected = request.detectedAt.value_or(now);
    if (detected > now)
        throw Error(ErrorCode::InvalidInput, {"error.detected_in_future", {formatInstant(detected)}});
    const auto record = m_store.playbook(request.playbookId);
    if (!record)
        throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {request.playbookId}});
    const auto members = m_store.members();

    const Event event = m_store.append(0, now, m_actor, [&](const AppendContext& ctx) {
        nlohmann::json tasks = nlohmann::json::array();
        std::int64_t taskId = ctx.nextTaskId;
        for (const auto& t : record->playbook.tasks) {
            // The role's holder owns the task; the role still sees it.
            const Member* holder = roleHolder(members, t.role);
            tasks.push_back({{"id", taskId++},
                             {"template", t.id},
                             {"title", {{"en", t.title.en}, {"zh", t.title.zh}}},
                             {"role", t.role},
                             {"assignee", holder ? holder->name : std::string()},
                             {"due", formatInstant(t.due.addTo(detected))}});
        }
        nlohmann::json holders = nlohmann::json::object();
        for (const auto role : knownRoles)
            if (const Member* holder = roleHolder(members, role))
                holders[std::string(role)] = holder->name;
        return EventDraft{std::string(event_kind::opened),
                          {{"playbook", record->playbook.id},
                           {"playbook_version", record->version},
                           {"title", request.title},
                           {"severity", request.severity},
                           {"detected_at", formatInstant(detected)},
                           {"drill", request.drill},
                           {"tasks", std::move(tasks)},
                           {"holders", std::move(holders)}}};
    });
    return event.incident;
}

void IncidentService::check(std::int64_t incidentId, const std::string& itemId) {
    m_store.append(incidentId, nowFor(incidentId), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const Playbook& playbook = playbookOf(ctx.current);
        const auto phase = playbook.phaseOfItem(itemId);
        if (!phase)
            throw Error(ErrorCode::NotFound, {"error.not_found.item", {itemId, playbook.id}});
        // A review question is ticked by answering it: the exit checklist requires the answers.
        if (*phase == Phase::Review && isReviewQuestion(itemId) && !hasReviewAnswer(incidentId, itemId))
            throw Error(ErrorCode::RuleViolation, {"error.review_needs_answer", {itemId}});
        return EventDraft{std::string(event_kind::itemChecked),
                          {{"item", itemId}, {"phase", phaseName(*phase)}}};
    });
}

void IncidentService::uncheck(std::int64_t incidentId, const std::string& itemId) {
    m_store.append(incidentId, nowFor(incidentId), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const Playbook& playbook = playbookOf(ctx.current);
        if (!playbook.phaseOfItem(itemId))
            throw Error(ErrorCode::NotFound, {"error.not_found.item", {itemId, playbook.id}});
        return EventDraft{std::string(event_kind::itemUnchecked), {{"item", itemId}}};
    });
}

void IncidentService::advance(std::int64_t incidentId) {
    m_store.append(incidentId, nowFor(incidentId), m_actor, [&](const AppendContext& ctx) {
        requireCanAdvance(ctx.current, playbookOf(ctx.current));
        return transition(ctx.current.phase, *nextPhase(ctx.current.phase), false, {});
    });
}

void IncidentService::forceAdvance(std::int64_t incidentId, const std::string& reason) {
    m_store.append(incidentId, nowFor(incidentId), m_actor, [&](const AppendContext& ctx) {
        requireCanForce(ctx.current, reason);
        return transition(ctx.current.phase, *nextPhase(ctx.current.phase), true, reason);
    });
}

void IncidentService::close(std::int64_t incidentId, const std::string& reason) {
    m_store.batch([&] {
        // A drill left running on a closed incident would tick on unseen: nothing lists, delivers
        // or wakes for the drills of closed incidents. Closing it ends the drill first, at the same
        // drill instant; a refused close rolls the end back with it.
        const Incident current = m_store.incident(incidentId);
        if (current.isOpen() && current.drillClock && !current.drillClock->ended)
            m_store.append(incidentId, nowFor(current), m_actor, [&](const AppendContext&) {
                return EventDraft{std::string(event_kind::drillEnded),
                                  {{"real_at", formatInstant(m_clock.now())}, {"on_close", true}}};
            });
        closeNow(incidentId, reason);
    });
}

void IncidentService::closeNow(std::int64_t incidentId, const std::string& reason) {
    m_store.append(incidentId, nowFor(incidentId), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const bool hasReason = !detail::isBlank(reason);
        if (ctx.current.phase == Phase::Review && !hasReason) {
            requireCanAdvance(ctx.current, playbookOf(ctx.current));
            return transition(Phase::Review, Phase::Closed, false, {});
        }
        if (!hasReason)
            throw Error(ErrorCode::RuleViolation,
                        {"error.close_needs_review",
                         {std::to_string(ctx.current.id), std::string(phaseName(ctx.current.phase))}});
        return transition(ctx.current.phase, Phase::Closed, true, reason);
    });
}

void IncidentService::recordStartEvent(std::int64_t incidentId, const std::string& event,
                                       std::optional<Instant> when) {
    const Instant now = nowFor(incidentId);
    const Instant at = when.value_or(now);
    if (at > now)
        throw Error(ErrorCode::InvalidInput, {"error.start_event_future", {formatInstant(at)}});
    m_store.append(incidentId, now, m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const Playbook& playbook = playbookOf(ctx.current);
        const bool used = std::any_of(playbook.clocks.begin(), playbook.clocks.end(),
                                      [&](const ClockDef& c) { return c.start == event; });
        if (!used || event == detectionEvent)
            throw Error(ErrorCode::InvalidInput, {"error.start_event_unknown", {event}});
        return EventDraft{std::string(event_kind::startRecorded),
                          {{"event", event}, {"when", formatInstant(at)}}};
    });
}

void IncidentService::markClock(std::int64_t incidentId, const std::string& clockId) {
    const Instant now = nowFor(incidentId);
    m_store.append(incidentId, now, m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const Playbook& playbook = playbookOf(ctx.current);
        const ClockDef* clock = playbook.clock(clockId);
        if (!clock)
            throw Error(ErrorCode::NotFound, {"error.not_found.clock", {clockId, playbook.id}});
        if (clock->metByPhaseExit)
            throw Error(ErrorCode::RuleViolation, {"error.clock_not_markable", {clockId}});
        if (clockStatus(ctx.current, *clock, now).state == ClockState::NotStarted)
            throw Error(ErrorCode::RuleViolation, {"error.clock_not_started", {clockId, clock->start}});
        return EventDraft{std::string(event_kind::clockMarked), {{"clock", clockId}}};
    });
}

HandOffResult IncidentService::handOff(std::int64_t incidentId, const std::string& role,
                                       const std::string& to, const std::string& reason) {
    if (!isKnownRole(role)) {
        std::string roles;
        for (const auto r : knownRoles)
            roles += (roles.empty() ? "" : ", ") + std::string(r);
        throw Error(ErrorCode::InvalidInput, {"error.role_unknown", {role, roles}});
    }
    const auto members = m_store.members();
    if (std::none_of(members.begin(), members.end(), [&](const Member& m) { return m.name == to; }))
        throw Error(ErrorCode::NotFound, {"error.not_found.member_name", {to}});
    HandOffResult result;
    result.at = nowFor(incidentId); // a drill's hand-off is on its drill clock
    m_store.append(incidentId, result.at, m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const RoleTenure* current = ctx.current.holderOf(role);
        if (current && current->holder == to)
            throw Error(ErrorCode::RuleViolation, {"error.handoff_same", {to, role}});
        // A tenure must not end before it began: history would show an entry ending before it starts.
        if (current && result.at < current->from)
            throw Error(ErrorCode::RuleViolation,
                        {"error.handoff_before_holder",
                         {formatInstant(result.at), current->holder, role, formatInstant(current->from)}});
        if (result.at < ctx.current.detectedAt)
            throw Error(ErrorCode::RuleViolation,
                        {"error.handoff_before_t0",
                         {formatInstant(result.at), formatInstant(ctx.current.detectedAt)}});
        result.from = current ? current->holder : std::string();
        result.tasks.clear();
        for (const auto& task : ctx.current.tasks)
            if (task.role == role && !task.doneAt)
                result.tasks.push_back(task.id);
        return EventDraft{
            std::string(event_kind::roleHandedOff),
            {{"role", role}, {"from", result.from}, {"to", to}, {"reason", reason}, {"tasks", result.tasks}}};
    });
    return result;
}

std::int64_t IncidentService::taskIncident(std::int64_t taskId) const {
    TaskFilter filter;
    filter.openIncidentsOnly = false;
    for (const auto& t : m_store.tasks(filter))
        if (t.id == taskId)
            return t.incident;
    throw Error(ErrorCode::NotFound, {"error.not_found.task", {std::to_string(taskId)}});
}

void IncidentService::completeTask(std::int64_t taskId) {
    const auto incident = taskIncident(taskId);
    m_store.append(incident, nowFor(incident), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        return EventDraft{std::string(event_kind::taskDone), {{"task", taskId}}};
    });
}

void IncidentService::reopenTask(std::int64_t taskId) {
    const auto incident = taskIncident(taskId);
    m_store.append(incident, nowFor(incident), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        return EventDraft{std::string(event_kind::taskReopened), {{"task", taskId}}};
    });
}

namespace {
// Thrown inside a Decision when another console already raised the alert: aborts the append.
struct AlreadyRaised {};
} // namespace

std::vector<DueItem> IncidentService::raiseAlerts() {
    return raiseAlerts(due());
}

std::vector<DueItem> IncidentService::raiseAlerts(const std::vector<DueItem>& items) {
    std::vector<DueItem> raised;
    if (items.empty())
        return raised;
    // Most items were raised by an earlier look: skip them without a write transaction each.
    // (append re-checks under the lock, so two consoles still raise each alert once.)
    std::set<std::pair<std::int64_t, std::string>> known;
    for (const auto& incident : m_store.incidents(false))
        for (const auto& [key, at] : incident.alerts)
            known.emplace(incident.id, key);
    std::vector<DueItem> fresh;
    for (const auto& item : items)
        if (!known.contains({item.incident, item.what + ":" + item.state}))
            fresh.push_back(item);
    if (fresh.empty())
        return raised;
    // One transaction for all: after a long outage hundreds of alerts may be due at once.
    m_store.batch([&] {
        for (const auto& item : fresh) {
            const std::string key = item.what + ":" + item.state;
            try {
                m_store.append(item.incident, nowFor(item.incident), m_actor,
                               [&](const AppendContext& ctx) -> EventDraft {
                                   if (ctx.current.alerts.contains(key) || !ctx.current.isOpen())
                                       throw AlreadyRaised{};
                                   return {std::string(event_kind::alertRaised),
                                           {{"what", item.what},
                                            {"name", {{"en", item.name.en}, {"zh", item.name.zh}}},
                                            {"state", item.state},
                                            {"due", formatInstant(item.due)}}};
                               });
                raised.push_back(item);
            } catch (const AlreadyRaised&) {
            }
        }
    });
    return raised;
}

IncidentStatus IncidentService::status(std::int64_t incidentId) const {
    const Incident incident = m_store.incident(incidentId);
    return crisis::status(incident, playbookOf(incident), nowFor(incident));
}

Instant IncidentService::nowFor(const Incident& incident) const {
    return incident.timeAt(m_clock.now());
}

Instant IncidentService::nowFor(std::int64_t incidentId) const {
    return nowFor(m_store.incident(incidentId));
}

std::optional<Instant> IncidentService::realInstantFor(const Incident& incident, Instant at) const {
    if (!incident.drillClock)
        return at;
    return incident.drillClock->realFor(at, m_clock.now());
}

std::optional<Instant> IncidentService::nextChange() const {
    std::optional<Instant> best;
    for (const auto& incident : m_store.incidents(false)) {
        const auto next = crisis::nextChange(incident, playbookOf(incident), nowFor(incident));
        const auto real = next ? realInstantFor(incident, *next) : std::nullopt;
        if (real && (!best || *real < *best))
            best = real;
    }
    return best;
}

std::vector<DueItem> IncidentService::due() const {
    std::vector<DueItem> out;
    for (const auto& incident : m_store.incidents(false)) {
        const Instant now = nowFor(incident);
        const Playbook& playbook = playbookOf(incident);
        for (const auto& clock : crisis::status(incident, playbook, now).clocks)
            if (clock.state == ClockState::Warning || clock.state == ClockState::Overdue)
                out.push_back({incident.id, incident.title, clock.id, clock.name,
                               std::string(clockStateName(clock.state)), *clock.due});
        for (const auto& task : incident.tasks)
            if (taskState(task, now) == TaskState::Overdue)
                out.push_back({incident.id, incident.title, "task:" + std::to_string(task.id), task.title,
                               "overdue", task.due});
    }
    // Overdue before warning, then the earliest deadline first.
    std::stable_sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) {
        if ((a.state == "overdue") != (b.state == "overdue"))
            return a.state == "overdue";
        return a.due < b.due;
    });
    return out;
}

} // namespace crisis
