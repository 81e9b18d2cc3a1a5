// DrillService: drills as drill incidents. Every command appends the drill's events at drill
// time through Store::append, in one transaction with the deliveries it makes due.

#include <crisis/drill_service.hpp>
#include <crisis/error.hpp>

#include "embedded_files.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace crisis {

namespace {

using nlohmann::json;

json localizedJson(const LocalizedText& t) {
    return {{"en", t.en}, {"zh", t.zh}};
}

ScenarioEntry entryOf(std::string_view text, const std::string& source, bool builtIn) {
    ScenarioEntry entry;
    entry.scenario = parseScenario(text, source);
    entry.document = canonicalJson(json::parse(text));
    entry.builtIn = builtIn;
    return entry;
}

std::string speedText(double speed) {
    // 1, 2.5, 120: no trailing zeros in messages.
    std::string s = std::to_string(speed);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

// The next instant after `now` at which an inject fires by itself, given what is recorded.
std::optional<Instant> nextInjectAfter(const DrillRun& run, Instant now) {
    Instant t = now;
    while (const auto next = run.nextDue(t)) {
        if (!run.firedBetween(t, *next).empty())
            return next;
        t = *next;
    }
    return std::nullopt;
}

} // namespace

DrillService::DrillService(Store& store, IncidentService& incidents, ReputationService& reputation)
    : m_store(store), m_incidents(incidents), m_reputation(reputation) {}

std::vector<ScenarioEntry> DrillService::scenarios() const {
    std::vector<ScenarioEntry> out;
    for (const auto& file : detail::embeddedScenarios())
        out.push_back(entryOf(file.content, "resources/scenarios/" + std::string(file.name), true));
    for (const auto& stored : m_store.scenarios()) {
        auto entry = entryOf(stored.body, m_store.path().string() + ":" + stored.id, false);
        entry.importedAt = stored.importedAt;
        // A stored copy of a built-in version is the same document: list it once.
        const bool shipped = std::any_of(out.begin(), out.end(), [&](const ScenarioEntry& e) {
            return e.builtIn && e.scenario.id == entry.scenario.id &&
                   e.scenario.version == entry.scenario.version;
        });
        if (!shipped)
            out.push_back(std::move(entry));
    }
    std::stable_sort(out.begin(), out.end(), [](const ScenarioEntry& a, const ScenarioEntry& b) {
        return std::tie(a.scenario.id, a.scenario.version) < std::tie(b.scenario.id, b.scenario.version);
    });
    return out;
}

ScenarioEntry DrillService::scenario(const std::string& id) const {
    std::optional<ScenarioEntry> best;
    for (auto& entry : scenarios())
        if (entry.scenario.id == id && (!best || entry.scenario.version >= best->scenario.version))
            best = std::move(entry);
    if (!best)
        throw Error(ErrorCode::NotFound, {"drill.unknown_scenario", {id}});
    return *best;
}

ScenarioEntry DrillService::importScenario(std::string_view text, const std::string& source) {
    ScenarioEntry entry = entryOf(text, source, false);
    const auto& sc = entry.scenario;
    const auto playbook = m_store.playbook(sc.playbook);
    if (!playbook)
        throw ValidationError(source, {{"/playbook", {"error.not_found.playbook", {sc.playbook}}}});
    checkScenarioAgainstPlaybook(sc, playbook->playbook, source);
    for (const auto& known : scenarios())
        if (known.builtIn && known.scenario.id == sc.id && known.scenario.version == sc.version &&
            known.document != entry.document)
            throw Error(ErrorCode::RuleViolation,
                        {"drill.scenario_version_taken", {sc.id, std::to_string(sc.version)}});
    const Instant now = m_incidents.clock().now();
    m_store.saveScenario(sc.id, sc.version, entry.document, now);
    entry.importedAt = now;
    return entry;
}

void DrillService::appendDrillEvent(std::int64_t incident, Instant at, std::string_view kind, json payload) {
    m_store.append(incident, at, m_incidents.actor(), [&](const AppendContext&) {
        return EventDraft{std::string(kind), std::move(payload)};
    });
}

std::int64_t DrillService::start(const DrillStartRequest& request) {
    if (!(request.speed >= minDrillSpeed && request.speed <= maxDrillSpeed))
        throw Error(ErrorCode::InvalidInput, {"drill.speed_range", {speedText(request.speed)}});
    const ScenarioEntry entry = scenario(request.scenario);
    const auto& sc = entry.scenario;
    const auto playbook = m_store.playbook(sc.playbook);
    if (!playbook)
        throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {sc.playbook}});
    checkScenarioAgainstPlaybook(sc, playbook->playbook, sc.id);

    const Instant now = m_incidents.clock().now();
    std::int64_t id = 0;
    m_store.batch([&] {
        OpenRequest open;
        open.playbookId = sc.playbook;
        open.title = detail::isBlank(request.title) ? sc.title.in(request.language) : request.title;
        open.severity = request.severity;
        open.detectedAt = now;
        open.drill = true;
        id = m_incidents.open(open);
        appendDrillEvent(id, now, event_kind::drillStarted,
                         {{"scenario", sc.id},
                          {"scenario_version", sc.version},
                          {"document", json::parse(entry.document)},
                          {"speed", request.speed},
                          {"language", languageCode(request.language)},
                          {"real_at", formatInstant(now)}});
        deliverUpTo(id);
    });
    return id;
}

std::vector<std::int64_t> DrillService::drills() const {
    std::vector<std::int64_t> out;
    for (const auto& incident : m_store.incidents(false))
        if (incident.drillClock)
            out.push_back(incident.id);
    return out;
}

DrillScore scoreWithClocks(const DrillStatus& status, const Playbook& playbook) {
    DrillScore score =
        scoreDrill(status.record.run, status.now, status.record.ratings, status.record.clock.ended);
    for (const auto& c : crisis::status(status.played, playbook, status.now).clocks)
        score.clocks.push_back({c.id, c.name, c.state, c.due, c.metAt});
    return score;
}

DrillStatus DrillService::statusOf(const Incident& incident) const {
    DrillStatus st;
    st.incident = incident;
    const auto log = m_store.events(incident.id);
    st.record = readDrill(incident, log, m_store.mentions(incident.id));
    st.played = incident;
    if (st.record.endedSeq != 0) {
        st.played = Incident{};
        for (const auto& e : log)
            if (e.seq <= st.record.endedSeq)
                applyEvent(st.played, e);
    }
    st.realNow = m_incidents.clock().now();
    st.now = st.record.clock.at(st.realNow);
    st.snapshot = st.record.run.snapshot(st.now);
    if (!st.record.clock.ended) {
        st.nextDue = st.record.run.nextDue(st.now);
        st.nextInject = nextInjectAfter(st.record.run, st.now);
        st.wakeUp = realWakeUp(st.record.run, st.record.clock, st.realNow);
    }
    st.score = scoreWithClocks(st, m_incidents.playbookOf(incident));
    return st;
}

DrillStatus DrillService::status(std::int64_t incident) const {
    return statusOf(m_store.incident(incident));
}

int DrillService::deliverUpTo(std::int64_t incident) {
    const DrillStatus st = status(incident);
    if (!st.incident.isOpen())
        return 0; // a closed incident takes no more deliveries, even from a drill that never ended
    const auto& rec = st.record;
    const auto& sc = rec.run.scenario();
    std::vector<std::string> fresh;
    for (const auto& id : rec.run.firedBetween(Instant::min(), st.now))
        if (!rec.isDelivered(id))
            fresh.push_back(id);
    std::set<std::string> stored;
    for (const auto& m : m_store.mentions(incident))
        if (!inboxInjectOf(m.externalId).empty())
            stored.insert(m.externalId);
    std::vector<Mention> inbox;
    for (const auto& d : st.snapshot.mentions) {
        const auto key = injectMentionId(d.inject, d.index);
        if (stored.contains(key))
            continue;
        Mention m;
        m.externalId = key;
        m.at = d.at;
        m.channel = d.mention.channel;
        m.author = d.mention.author;
        m.text = d.mention.text;
        m.language = d.mention.language;
        m.reach = d.mention.reach;
        inbox.push_back(std::move(m));
    }
    if (fresh.empty() && inbox.empty())
        return 0;
    m_store.batch([&] {
        for (const auto& id : fresh) {
            const Inject& in = *sc.inject(id);
            const InjectState& state = *st.snapshot.inject(id);
            json payload{{"inject", id},
                         {"cause", fireCauseName(state.cause)},
                         {"delivery", deliveryName(in.delivery)},
                         {"from", in.from},
                         {"to", in.to},
                         {"synopsis", localizedJson(in.synopsis)},
                         {"text", localizedJson(in.text)}};
            if (!state.triggeredBy.empty())
                payload["triggered_by"] = state.triggeredBy;
            appendDrillEvent(incident, *state.at, event_kind::drillInjectDelivered, std::move(payload));
            // The players receive it in their inbox too, as a message they can answer.
            Mention m;
            m.externalId = injectMessageId(id);
            m.at = *state.at;
            m.channel = std::string(deliveryName(in.delivery));
            m.author = in.from;
            m.text = in.text.in(rec.language);
            m.language = std::string(languageCode(rec.language));
            m.direct = true;
            inbox.push_back(std::move(m));
        }
        m_reputation.import(incident, std::move(inbox), "drill:" + sc.id);
    });
    return static_cast<int>(fresh.size());
}

int DrillService::deliver(std::int64_t incident) {
    int delivered = 0;
    m_store.batch([&] { delivered = deliverUpTo(incident); });
    return delivered;
}

int DrillService::deliverAll() {
    int delivered = 0;
    for (const auto id : drills())
        if (!m_store.incident(id).drillClock->ended)
            delivered += deliver(id);
    return delivered;
}

std::optional<Instant> DrillService::nextWakeUp() const {
    std::optional<Instant> best;
    for (const auto& incident : m_store.incidents(false)) {
        if (!incident.drillClock || incident.drillClock->paused || incident.drillClock->ended)
            continue;
        const auto wake = statusOf(incident).wakeUp;
        if (wake && (!best || *wake < *best))
            best = wake;
    }
    return best;
}

void DrillService::requireLive(const DrillStatus& st) const {
    if (st.record.clock.ended)
        throw Error(ErrorCode::RuleViolation, {"drill.is_ended", {std::to_string(st.incident.id)}});
    // Closing ends the drill; only a log written before that rule can hold a running drill on a
    // closed incident, and end() is all it still takes.
    if (!st.incident.isOpen())
        throw Error(ErrorCode::RuleViolation, {"drill.incident_closed", {std::to_string(st.incident.id)}});
}

namespace {

const InjectState& pendingInject(const DrillStatus& st, const std::string& inject) {
    const auto* state = st.snapshot.inject(inject);
    if (!state)
        throw Error(ErrorCode::NotFound, {"drill.unknown_inject", {inject, st.record.run.scenario().id}});
    if (state->status != InjectStatus::Pending)
        throw Error(ErrorCode::RuleViolation,
                    {"drill.inject_not_pending", {inject, std::string(injectStatusName(state->status))}});
    return *state;
}

} // namespace

void DrillService::fire(std::int64_t incident, const std::string& inject) {
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        requireLive(st);
        pendingInject(st, inject);
        appendDrillEvent(incident, st.now, event_kind::drillInjectFired, {{"inject", inject}});
        deliverUpTo(incident);
    });
}

void DrillService::skip(std::int64_t incident, const std::string& inject) {
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        requireLive(st);
        pendingInject(st, inject);
        appendDrillEvent(incident, st.now, event_kind::drillInjectSkipped, {{"inject", inject}});
    });
}

void DrillService::pause(std::int64_t incident) {
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        requireLive(st);
        if (st.record.clock.paused)
            throw Error(ErrorCode::RuleViolation, {"drill.already_paused", {std::to_string(incident)}});
        appendDrillEvent(incident, st.now, event_kind::drillPaused, {{"real_at", formatInstant(st.realNow)}});
    });
}

void DrillService::resume(std::int64_t incident) {
    m_store.batch([&] {
        const auto st = status(incident);
        requireLive(st);
        if (!st.record.clock.paused)
            throw Error(ErrorCode::RuleViolation, {"drill.not_paused", {std::to_string(incident)}});
        appendDrillEvent(incident, st.now, event_kind::drillResumed,
                         {{"real_at", formatInstant(st.realNow)}});
    });
}

void DrillService::setSpeed(std::int64_t incident, double speed) {
    if (!(speed >= minDrillSpeed && speed <= maxDrillSpeed))
        throw Error(ErrorCode::InvalidInput, {"drill.speed_range", {speedText(speed)}});
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        requireLive(st);
        if (st.record.clock.speed == speed)
            return;
        appendDrillEvent(
            incident, st.now, event_kind::drillSpeedChanged,
            {{"speed", speed}, {"from", st.record.clock.speed}, {"real_at", formatInstant(st.realNow)}});
    });
}

std::optional<Instant> DrillService::jumpToNextInject(std::int64_t incident) {
    std::optional<Instant> to;
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        requireLive(st);
        to = st.nextInject;
        if (!to)
            return;
        appendDrillEvent(incident, *to, event_kind::drillJumped,
                         {{"from", formatInstant(st.now)}, {"real_at", formatInstant(st.realNow)}});
        deliverUpTo(incident);
    });
    return to;
}

void DrillService::end(std::int64_t incident) {
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        if (st.record.clock.ended)
            throw Error(ErrorCode::RuleViolation, {"drill.is_ended", {std::to_string(incident)}});
        appendDrillEvent(incident, st.now, event_kind::drillEnded, {{"real_at", formatInstant(st.realNow)}});
        if (st.incident.isOpen())
            m_incidents.close(incident, text("drill.closed_reason", st.record.language));
    });
}

void DrillService::note(std::int64_t incident, const std::string& participant, const std::string& noteText,
                        NoteKind kind) {
    if (detail::isBlank(noteText))
        throw Error(ErrorCode::InvalidInput, {"drill.note_blank", {}});
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        if (!participant.empty()) {
            const auto& roles = st.record.run.scenario().participants;
            const auto roster = m_store.members();
            if (std::find(roles.begin(), roles.end(), participant) == roles.end() &&
                std::none_of(roster.begin(), roster.end(),
                             [&](const Member& m) { return m.name == participant; }))
                throw Error(ErrorCode::InvalidInput, {"drill.unknown_participant", {participant}});
        }
        appendDrillEvent(incident, st.now, event_kind::drillObserved,
                         {{"participant", participant}, {"kind", noteKindName(kind)}, {"text", noteText}});
    });
}

void DrillService::hotWash(std::int64_t incident, const std::string& noteText, NoteKind kind) {
    if (detail::isBlank(noteText))
        throw Error(ErrorCode::InvalidInput, {"drill.note_blank", {}});
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        appendDrillEvent(incident, st.now, event_kind::drillHotWash,
                         {{"kind", noteKindName(kind)}, {"text", noteText}});
    });
}

void DrillService::rate(std::int64_t incident, const std::string& objective, Rating rating,
                        const std::string& comment) {
    m_store.batch([&] {
        deliverUpTo(incident);
        const auto st = status(incident);
        const auto& sc = st.record.run.scenario();
        if (!sc.objective(objective))
            throw Error(ErrorCode::NotFound, {"drill.unknown_objective", {objective, sc.id}});
        appendDrillEvent(incident, st.now, event_kind::drillRated,
                         {{"objective", objective}, {"rating", ratingName(rating)}, {"comment", comment}});
    });
}

std::string DrillService::addImprovement(std::int64_t incident, ImprovementRequest request) {
    std::string id;
    m_store.batch([&] {
        deliverUpTo(incident);
        status(incident); // NotFound unless a scenario drill
        ReviewService review(m_store, m_incidents, m_incidents.clock(), m_incidents.actor());
        id = review.addImprovement(incident, std::move(request));
    });
    return id;
}

DrillScore DrillService::score(std::int64_t incident) const {
    return status(incident).score;
}

} // namespace crisis
