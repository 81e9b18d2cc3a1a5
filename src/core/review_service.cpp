// ReviewService: the review phase's commands (answers, notes, improvement plan, proposals
// accepted into the playbook) and its queries (figures, dashboard, reminders).

#include <crisis/error.hpp>
#include <crisis/playbook_diff.hpp>
#include <crisis/review_report.hpp>
#include <crisis/review_service.hpp>

#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>

namespace crisis {

namespace {

EventDraft draft(std::string_view kind, nlohmann::json payload) {
    return {std::string(kind), std::move(payload)};
}

void requireOpen(const Incident& incident) {
    if (!incident.isOpen())
        throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident.id)}});
}

// "Press release late!" -> "press-release-late": ids stay readable in the log and the CLI.
std::string kebabFrom(const std::string& text) {
    std::string id;
    for (const unsigned char c : text) {
        if (std::isalnum(c) && c < 0x80)
            id += static_cast<char>(std::tolower(c));
        else if (!id.empty() && id.back() != '-')
            id += '-';
        if (id.size() >= 40)
            break;
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

std::string freeId(const ReviewState& state, std::string base) {
    if (base.empty())
        base = "improvement";
    std::string id = base;
    for (int n = 2; state.improvement(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

const ImprovementItem& requireItem(const ReviewState& state, std::int64_t incident, const std::string& id) {
    const ImprovementItem* item = state.improvement(id);
    if (!item)
        throw Error(ErrorCode::NotFound, {"error.not_found.improvement", {id, std::to_string(incident)}});
    return *item;
}

} // namespace

ReviewService::ReviewService(Store& store, IncidentService& incidents, const Clock& clock, std::string actor)
    : m_store(store), m_incidents(incidents), m_clock(clock), m_actor(std::move(actor)) {}

ReviewState ReviewService::review(std::int64_t incident) const {
    m_store.incident(incident); // NotFound for an unknown id
    return foldReview(m_store.events(incident));
}

void ReviewService::answer(std::int64_t incidentId, const std::string& question, const std::string& team,
                           const std::string& text) {
    auto payload = reviewAnsweredPayload(question, team, text);
    const Instant now = m_incidents.nowFor(incidentId); // a drill's review is on its drill clock
    m_store.batch([&] {
        m_store.append(incidentId, now, m_actor, [&](const AppendContext& ctx) {
            requireOpen(ctx.current);
            // The review looks back: answers belong to the review phase.
            if (ctx.current.phase != Phase::Review)
                throw Error(ErrorCode::RuleViolation,
                            {"error.review_not_yet", {std::string(phaseName(ctx.current.phase))}});
            return draft(event_kind::reviewAnswered, payload);
        });
        // The review checklist asks that each question be answered: the answer ticks it.
        const Incident incident = m_store.incident(incidentId);
        const Playbook& playbook = m_incidents.playbookOf(incident);
        const auto phase = playbook.phaseOfItem(question);
        if (phase == Phase::Review && !incident.checked.contains(question))
            m_store.append(incidentId, now, m_actor, [&](const AppendContext&) {
                return draft(event_kind::itemChecked, {{"item", question}, {"phase", phaseName(*phase)}});
            });
    });
}

void ReviewService::note(std::int64_t incidentId, const std::string& text) {
    auto payload = reviewNotedPayload(text);
    m_store.append(incidentId, m_incidents.nowFor(incidentId), m_actor,
                   [&](const AppendContext&) { return draft(event_kind::reviewNoted, payload); });
}

std::string ReviewService::addImprovement(std::int64_t incidentId, ImprovementRequest request) {
    const ReviewState state = review(incidentId);
    ImprovementItem item;
    item.id = detail::isBlank(request.id) ? freeId(state, kebabFrom(request.finding)) : request.id;
    if (state.improvement(item.id))
        throw Error(ErrorCode::InvalidInput, {"error.improvement_duplicate", {item.id}});
    item.finding = std::move(request.finding);
    item.action = std::move(request.action);
    item.owner = std::move(request.owner);
    item.due = request.due;
    item.proposal = std::move(request.proposal);
    auto payload = improvementAddedPayload(item);
    if (item.proposal) {
        // A proposal that cannot apply now is refused now, not when the owner opens it.
        const Incident incident = m_store.incident(incidentId);
        const auto latest = m_store.playbook(incident.playbookId);
        if (!latest)
            throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {incident.playbookId}});
        applyProposal(latest->playbook, *item.proposal);
    }
    m_store.append(incidentId, m_incidents.nowFor(incidentId), m_actor,
                   [&](const AppendContext&) { return draft(event_kind::improvementAdded, payload); });
    return item.id;
}

void ReviewService::completeImprovement(std::int64_t incidentId, const std::string& id) {
    const ReviewState state = review(incidentId);
    if (requireItem(state, incidentId, id).status == ImprovementStatus::Done)
        throw Error(ErrorCode::RuleViolation, {"error.improvement_done", {id}});
    m_store.append(incidentId, m_incidents.nowFor(incidentId), m_actor, [&](const AppendContext&) {
        return draft(event_kind::improvementDone, improvementDonePayload(id));
    });
}

Playbook ReviewService::proposedDraft(std::int64_t incidentId, const std::string& id) const {
    const ReviewState state = review(incidentId);
    const ImprovementItem& item = requireItem(state, incidentId, id);
    if (!item.proposal)
        throw Error(ErrorCode::RuleViolation, {"error.improvement_no_proposal", {id}});
    const Incident incident = m_store.incident(incidentId);
    const auto latest = m_store.playbook(incident.playbookId);
    if (!latest)
        throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {incident.playbookId}});
    return applyProposal(latest->playbook, *item.proposal);
}

int ReviewService::acceptProposal(std::int64_t incidentId, const std::string& id) {
    const ReviewState state = review(incidentId);
    const ImprovementItem& item = requireItem(state, incidentId, id);
    if (item.acceptedVersion)
        throw Error(ErrorCode::RuleViolation,
                    {"error.improvement_accepted", {id, std::to_string(*item.acceptedVersion)}});
    const Playbook draftPlaybook = proposedDraft(incidentId, id);
    // A proposal the plan already holds (e.g. a clock set to its present duration) would store a
    // version identical to the latest and close the item as if the plan had changed.
    const auto latest = m_store.playbook(draftPlaybook.id);
    if (latest && diffPlaybooks(latest->playbook, draftPlaybook).empty())
        throw Error(ErrorCode::RuleViolation,
                    {"error.proposal_no_change", {id, draftPlaybook.id, std::to_string(latest->version)}});
    const auto members = m_store.members();
    const bool owner = std::any_of(members.begin(), members.end(), [&](const Member& m) {
        return m.name == m_actor && m.role == draftPlaybook.owner;
    });
    if (!owner)
        throw Error(ErrorCode::RuleViolation, {"error.not_playbook_owner", {m_actor, draftPlaybook.owner}});
    const Instant now = m_clock.now();
    const Instant at = m_incidents.nowFor(incidentId); // the incident's own time for its events
    int version = 0;
    const bool wasOpen = item.status == ImprovementStatus::Open;
    m_store.batch([&] {
        version = m_store.savePlaybook(draftPlaybook, now);
        m_store.append(incidentId, at, m_actor, [&](const AppendContext&) {
            return draft(event_kind::improvementAccepted,
                         {{"id", id}, {"playbook", draftPlaybook.id}, {"version", version}});
        });
        if (wasOpen)
            m_store.append(incidentId, at, m_actor, [&](const AppendContext&) {
                return draft(event_kind::improvementDone, improvementDonePayload(id));
            });
    });
    return version;
}

ReviewMetrics ReviewService::metrics(std::int64_t incidentId, const ReviewWindows& windows) const {
    const Incident incident = m_store.incident(incidentId);
    ReputationService reputation(m_store, m_incidents, m_clock, m_actor);
    const ReputationMetrics figures = reputation.metrics(incidentId, windows.before, windows.after);
    return computeReviewMetrics(incident, m_incidents.playbookOf(incident), m_store.events(incidentId),
                                &figures, m_incidents.nowFor(incident), windows.options);
}

std::string ReviewService::afterActionReport(std::int64_t incidentId, ReportFormat format, Language lang,
                                             const ReviewWindows& windows) const {
    const Incident incident = m_store.incident(incidentId);
    const Playbook& playbook = m_incidents.playbookOf(incident);
    const auto log = m_store.events(incidentId);
    const ReviewMetrics figures = metrics(incidentId, windows);
    const ReviewState state = foldReview(log);
    AfterActionInput input{incident, playbook, log, figures, state, {}};
    if (format == ReportFormat::Markdown)
        return afterActionMarkdown(input, lang);
    ReputationService reputation(m_store, m_incidents, m_clock, m_actor);
    input.charts = afterActionCharts(reputation.chart(incidentId), spanOf(playbook.reputation.bucket),
                                     playbook.reputation.k, chartMarkers(log, lang), lang);
    return afterActionHtml(input, lang);
}

DashboardFigures ReviewService::dashboard() const {
    std::vector<IncidentReview> closed;
    for (const auto& incident : m_store.incidents(true)) {
        if (incident.isOpen())
            continue;
        const Playbook& playbook = m_incidents.playbookOf(incident);
        closed.push_back({incident, playbook.crisisType,
                          computeReviewMetrics(incident, playbook, m_store.events(incident.id), nullptr,
                                               m_incidents.nowFor(incident))});
    }
    return crisis::dashboard(closed);
}

std::vector<ImprovementReminder> ReviewService::openImprovements() const {
    // Only incidents that ever added an item are folded: the kind index finds them.
    std::set<std::int64_t> withItems;
    EventQuery query;
    query.kind = std::string(event_kind::improvementAdded);
    for (const auto& event : m_store.eventPage(query, 0, std::numeric_limits<std::int64_t>::max()))
        withItems.insert(event.incident);
    std::vector<ImprovementReminder> out;
    for (const auto id : withItems) {
        const Incident incident = m_store.incident(id);
        for (auto& item : foldReview(m_store.events(id)).improvements)
            if (item.status == ImprovementStatus::Open)
                out.push_back({id, incident.title, std::move(item)});
    }
    std::stable_sort(out.begin(), out.end(), [](const ImprovementReminder& a, const ImprovementReminder& b) {
        return a.item.due < b.item.due;
    });
    return out;
}

std::vector<ImprovementReminder> ReviewService::reminders() const {
    auto open = openImprovements();
    const Instant now = m_clock.now();
    std::erase_if(open, [&](const ImprovementReminder& r) { return !(now > r.item.due); });
    return open;
}

std::optional<Instant> ReviewService::nextReminder() const {
    const Instant now = m_clock.now();
    std::optional<Instant> next;
    for (const auto& r : openImprovements())
        // An item turns overdue strictly after its due instant, like every clock.
        if (r.item.due >= now && (!next || r.item.due < *next))
            next = r.item.due;
    if (next)
        *next += Duration(1);
    return next;
}

} // namespace crisis
