#include <crisis/error.hpp>
#include <crisis/incident.hpp>
#include <crisis/team.hpp>

#include "bad_event.hpp"

namespace crisis {

namespace {

using detail::badEvent;

Instant instantField(const Event& event, const nlohmann::json& payload, const char* key) {
    const auto it = payload.find(key);
    if (it == payload.end() || !it->is_string())
        badEvent(event, std::string("missing ") + key);
    const auto at = parseInstant(it->get<std::string>());
    if (!at)
        badEvent(event, std::string("bad time in ") + key);
    return *at;
}

double speedField(const Event& event) {
    const double speed = event.payload.at("speed").get<double>();
    if (!(speed > 0.0))
        badEvent(event, "drill speed must be positive");
    return speed;
}

// The drill clock re-anchors at every clock event: drill time `at` matched the real instant
// `real_at`. The other drill events (injects, notes, ratings) are folded by the drill's reader.
void applyDrillEvent(Incident& incident, const Event& event) {
    const auto& k = event.kind;
    if (k == event_kind::drillStarted) {
        if (incident.drillClock)
            badEvent(event, "drill started twice");
        incident.drillClock = DrillClockState{event.at, instantField(event, event.payload, "real_at"),
                                              speedField(event), false, false};
        return;
    }
    const bool clockEvent = k == event_kind::drillPaused || k == event_kind::drillResumed ||
                            k == event_kind::drillSpeedChanged || k == event_kind::drillJumped ||
                            k == event_kind::drillEnded;
    if (!clockEvent) {
        if (k != event_kind::drillInjectFired && k != event_kind::drillInjectSkipped &&
            k != event_kind::drillInjectDelivered && k != event_kind::drillObserved &&
            k != event_kind::drillRated && k != event_kind::drillHotWash)
            badEvent(event, "unknown kind " + k);
        return;
    }
    if (!incident.drillClock)
        badEvent(event, "drill clock event before drill.started");
    auto& clock = *incident.drillClock;
    clock.anchorDrill = event.at;
    clock.anchorReal = instantField(event, event.payload, "real_at");
    if (k == event_kind::drillPaused)
        clock.paused = true;
    else if (k == event_kind::drillResumed)
        clock.paused = false;
    else if (k == event_kind::drillSpeedChanged)
        clock.speed = speedField(event);
    else if (k == event_kind::drillEnded)
        clock.paused = clock.ended = true;
}

// The first holder of each role, from the open: the payload's `holders`, or for logs written
// before holders were recorded, the assignee of the role's first task. In knownRoles order.
void openRoles(Incident& incident, const Event& event) {
    std::map<std::string, std::string> holders;
    if (const auto it = event.payload.find("holders"); it != event.payload.end()) {
        for (const auto& [role, name] : it->items())
            holders.emplace(role, name.get<std::string>());
    } else {
        for (const auto& task : incident.tasks)
            if (!task.assignee.empty())
                holders.emplace(task.role, task.assignee);
    }
    auto add = [&](const std::string& role, const std::string& holder) {
        incident.roles.push_back({role, holder, event.at, std::nullopt, {}, event.actor});
    };
    for (const auto role : knownRoles)
        if (const auto it = holders.find(std::string(role)); it != holders.end()) {
            add(it->first, it->second);
            holders.erase(it);
        }
    for (const auto& [role, holder] : holders)
        add(role, holder);
}

void handOff(Incident& incident, const Event& event) {
    const auto& p = event.payload;
    const auto role = p.at("role").get<std::string>();
    const auto from = p.at("from").get<std::string>();
    const auto to = p.at("to").get<std::string>();
    const RoleTenure* current = incident.holderOf(role);
    if ((current ? current->holder : std::string()) != from)
        badEvent(event, "hand-off from someone who does not hold the role");
    for (auto& tenure : incident.roles)
        if (tenure.role == role && !tenure.until)
            tenure.until = event.at;
    incident.roles.push_back({role, to, event.at, std::nullopt, p.value("reason", ""), event.actor});
    for (const auto& id : p.at("tasks")) {
        Task* task = incident.task(id.get<std::int64_t>());
        if (!task || task->role != role)
            badEvent(event, "hand-off of a task that is not the role's");
        if (!task->doneAt) // done tasks keep who did them
            task->assignee = to;
    }
}

} // namespace

std::optional<Phase> Incident::closedEarlyFrom() const {
    // Phases only move forward, so the last phase left is the one the close left.
    if (!closedAt || phaseExits.empty())
        return std::nullopt;
    const Phase last = phaseExits.rbegin()->first;
    if (last == Phase::Review)
        return std::nullopt;
    return last;
}

const RoleTenure* Incident::holderOf(std::string_view role) const {
    for (const auto& tenure : roles)
        if (tenure.role == role && !tenure.until)
            return &tenure;
    return nullptr;
}

Task* Incident::task(std::int64_t taskId) {
    for (auto& t : tasks)
        if (t.id == taskId)
            return &t;
    return nullptr;
}

void applyEvent(Incident& incident, const Event& event) {
    const auto& p = event.payload;
    try {
        if (event.kind == event_kind::opened) {
            incident = Incident{};
            incident.id = event.incident;
            incident.playbookId = p.at("playbook").get<std::string>();
            incident.playbookVersion = p.at("playbook_version").get<int>();
            incident.title = p.at("title").get<std::string>();
            incident.severity = p.at("severity").get<int>();
            incident.detectedAt = instantField(event, p, "detected_at");
            incident.drill = p.at("drill").get<bool>();
            incident.phase = Phase::Identify;
            incident.openedAt = event.at;
            incident.openedBy = event.actor;
            incident.startEvents[std::string(detectionEvent)] = incident.detectedAt;
            for (const auto& t : p.at("tasks")) {
                Task task;
                task.id = t.at("id").get<std::int64_t>();
                task.incident = event.incident;
                task.templateId = t.at("template").get<std::string>();
                task.title = {t.at("title").at("en").get<std::string>(),
                              t.at("title").at("zh").get<std::string>()};
                task.role = t.at("role").get<std::string>();
                task.assignee = t.at("assignee").get<std::string>();
                task.due = instantField(event, t, "due");
                incident.tasks.push_back(std::move(task));
            }
            openRoles(incident, event);
        } else if (incident.id != event.incident) {
            badEvent(event, "event before incident.opened");
        } else if (event.kind == event_kind::itemChecked) {
            incident.checked.emplace(p.at("item").get<std::string>(), event.at);
        } else if (event.kind == event_kind::itemUnchecked) {
            incident.checked.erase(p.at("item").get<std::string>());
        } else if (event.kind == event_kind::advanced) {
            const auto from = phaseFromName(p.at("from").get<std::string>());
            const auto to = phaseFromName(p.at("to").get<std::string>());
            if (!from || !to || *from != incident.phase)
                badEvent(event, "transition does not start at the current phase");
            incident.phaseExits[*from] = PhaseExit{event.at, p.value("forced", false), p.value("reason", "")};
            incident.phase = *to;
            if (*to == Phase::Respond) // the update cadence runs from entering respond
                incident.startEvents[std::string(respondUpdateEvent)] = event.at;
            if (*to == Phase::Closed)
                incident.closedAt = event.at;
        } else if (event.kind == event_kind::clockMarked) {
            incident.clockMarks.emplace(p.at("clock").get<std::string>(), event.at);
        } else if (event.kind == event_kind::startRecorded) {
            incident.startEvents[p.at("event").get<std::string>()] = instantField(event, p, "when");
        } else if (event.kind == event_kind::factsRecorded) {
            if (p.contains("cause_verified"))
                incident.causeVerified = p.at("cause_verified").get<bool>();
            if (p.contains("customers_affected"))
                incident.customersAffected = p.at("customers_affected").get<long long>();
        } else if (event.kind == event_kind::statementPublished) {
            // The first external statement is the public acknowledgement; in respond each one
            // restarts the update cadence.
            if (p.value("external", false)) {
                incident.clockMarks.emplace(std::string(firstAcknowledgementClock), event.at);
                if (incident.phase == Phase::Respond)
                    incident.startEvents[std::string(respondUpdateEvent)] = event.at;
            }
        } else if (event.kind == event_kind::statementDrafted || event.kind == event_kind::statementRevised ||
                   event.kind == event_kind::statementSubmitted ||
                   event.kind == event_kind::statementApproved ||
                   event.kind == event_kind::briefingAcknowledged || event.kind == event_kind::briefingSent ||
                   event.kind == event_kind::marketingPaused || event.kind == event_kind::marketingResumed) {
            // Statements are folded from the log on demand (statement.hpp); marketing items live
            // in their own table.
        } else if (event.kind == event_kind::mentionsImported || event.kind == event_kind::spikeDetected ||
                   event.kind == event_kind::mentionAssigned || event.kind == event_kind::mentionReplied ||
                   event.kind == event_kind::mentionResolved) {
            // Mentions and their inbox state live in their own table (projected by the store); the
            // incident itself does not change.
        } else if (event.kind == event_kind::reviewAnswered || event.kind == event_kind::reviewNoted ||
                   event.kind == event_kind::improvementAdded || event.kind == event_kind::improvementDone ||
                   event.kind == event_kind::improvementAccepted) {
            // Statements and the review are folded from the log by their own readers (review.hpp);
            // the incident's phases, clocks and tasks do not change.
        } else if (event.kind.starts_with("drill.")) {
            applyDrillEvent(incident, event);
        } else if (event.kind == event_kind::alertRaised) {
            incident.alerts.emplace(p.at("what").get<std::string>() + ":" + p.at("state").get<std::string>(),
                                    event.at);
        } else if (event.kind == event_kind::taskDone || event.kind == event_kind::taskReopened) {
            Task* task = incident.task(p.at("task").get<std::int64_t>());
            if (!task)
                badEvent(event, "unknown task");
            if (event.kind == event_kind::taskDone) {
                task->doneAt = event.at;
                task->doneBy = event.actor;
            } else {
                task->doneAt.reset();
                task->doneBy.clear();
                // Open again, it follows whoever holds the role now.
                if (const RoleTenure* holder = incident.holderOf(task->role))
                    task->assignee = holder->holder;
            }
        } else if (event.kind == event_kind::roleHandedOff) {
            handOff(incident, event);
        } else {
            badEvent(event, "unknown kind " + event.kind);
        }
    } catch (const nlohmann::json::exception& e) {
        badEvent(event, e.what());
    }
    incident.lastSeq = event.seq;
    incident.lastHash = event.hash;
}

} // namespace crisis
