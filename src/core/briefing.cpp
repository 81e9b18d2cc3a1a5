// The internal briefing: sent to the roster, acknowledged member by member (briefing.hpp).

#include <crisis/briefing.hpp>
#include <crisis/error.hpp>
#include <crisis/template_kit.hpp>

#include "bad_event.hpp"
#include "checklist_tick.hpp"
#include "log_lookup.hpp"

#include <algorithm>

namespace crisis {

namespace {

using detail::badEvent;
using nlohmann::json;

} // namespace

std::map<std::string, std::string> communicationValues(const Incident& incident,
                                                       const OrganisationProfile& profile,
                                                       const std::map<std::string, std::string>& overrides) {
    return templateValues(incident, profile, overrides); // the record's figure comes with it
}

int Briefing::acknowledged() const {
    return static_cast<int>(
        std::count_if(recipients.begin(), recipients.end(),
                      [](const BriefingRecipient& r) { return r.acknowledgedAt.has_value(); }));
}

std::vector<Briefing> foldBriefings(const std::vector<Event>& log) {
    std::vector<Briefing> out;
    for (const auto& event : log) {
        const auto& p = event.payload;
        try {
            if (event.kind == event_kind::briefingSent) {
                Briefing b;
                b.id = event.seq;
                b.incident = event.incident;
                b.sentAt = event.at;
                b.sentBy = event.actor;
                b.templateId = p.value("template", "");
                b.language = p.value("language", "en");
                b.title = p.value("title", "");
                b.text = p.value("text", "");
                for (const auto& r : p.at("recipients"))
                    b.recipients.push_back({r.at("name").get<std::string>(),
                                            r.value("role", ""),
                                            r.value("contact", ""),
                                            {},
                                            {}});
                out.push_back(std::move(b));
            } else if (event.kind == event_kind::briefingAcknowledged) {
                const auto id = p.at("briefing").get<std::int64_t>();
                const auto b =
                    std::find_if(out.begin(), out.end(), [&](const Briefing& x) { return x.id == id; });
                if (b == out.end())
                    badEvent(event, "unknown briefing " + std::to_string(id));
                const auto member = p.at("member").get<std::string>();
                const auto r = std::find_if(b->recipients.begin(), b->recipients.end(),
                                            [&](const BriefingRecipient& x) { return x.name == member; });
                if (r == b->recipients.end())
                    badEvent(event, member + " is not a recipient");
                if (!r->acknowledgedAt) {
                    r->acknowledgedAt = event.at;
                    r->recordedBy = event.actor;
                }
            }
        } catch (const json::exception& e) {
            badEvent(event, e.what());
        }
    }
    return out;
}

BriefingService::BriefingService(Store& store, IncidentService& incidents, const Clock& clock,
                                 std::string actor)
    : m_store(store), m_incidents(incidents), m_clock(clock), m_actor(std::move(actor)) {}

MessageTemplate BriefingService::briefingTemplate(std::int64_t incident, Language language,
                                                  const std::string& templateId) const {
    const Playbook& playbook = m_incidents.playbookOf(m_store.incident(incident));
    const auto kit = kitInEffect(m_store);
    const auto usable = [&](const MessageTemplate* t) { return t && t->channel == "internal-briefing"; };
    if (!templateId.empty()) {
        const auto* t = findTemplate(kit, templateId);
        if (!usable(t))
            throw Error(ErrorCode::NotFound, {"error.not_found.briefing_template", {templateId}});
        return *t;
    }
    for (const auto& id : playbook.templates)
        if (const auto* t = findTemplate(kit, id); usable(t) && t->language == language)
            return *t;
    for (const auto& t : kit)
        if (t.channel == "internal-briefing" && t.crisisType == playbook.crisisType && t.language == language)
            return t;
    throw Error(ErrorCode::NotFound,
                {"error.not_found.briefing_template",
                 {playbook.crisisType + " (" + std::string(languageCode(language)) + ")"}});
}

std::int64_t BriefingService::send(std::int64_t incident, const BriefingRequest& request) {
    const Incident current = m_store.incident(incident);
    if (!current.isOpen())
        throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident)}});
    const auto tmpl = briefingTemplate(incident, request.language, request.templateId);
    const auto roster = m_store.members();
    if (roster.empty())
        throw Error(ErrorCode::RuleViolation, {"error.roster_empty", {}});
    // The record's figure fills customers_affected unless the sender typed one (templateValues);
    // unknown names are listed with the template's own gaps by the strict render.
    const auto rendered = renderForIncident(tmpl, current, m_store.organisation(), request.values);
    json recipients = json::array();
    for (const auto& m : roster)
        recipients.push_back({{"name", m.name}, {"role", m.role}, {"contact", m.contact}});
    const Event event =
        m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
            if (!ctx.current.isOpen())
                throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident)}});
            return EventDraft{std::string(event_kind::briefingSent),
                              {{"template", tmpl.id},
                               {"language", languageCode(tmpl.language)},
                               {"title", rendered.title},
                               {"text", rendered.text},
                               {"recipients", recipients}}};
        });
    return event.seq;
}

std::int64_t BriefingService::incidentOf(std::int64_t briefing) const {
    return detail::incidentOfEvent(m_store, briefing, event_kind::briefingSent, "error.not_found.briefing");
}

void BriefingService::acknowledge(std::int64_t briefing, const std::string& member) {
    const std::string who = member.empty() ? m_actor : member;
    const auto incident = incidentOf(briefing);
    m_store.batch([&] {
        bool complete = false;
        m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext&) {
            const auto all = foldBriefings(m_store.events(incident));
            const auto b =
                std::find_if(all.begin(), all.end(), [&](const Briefing& x) { return x.id == briefing; });
            const auto r = std::find_if(b->recipients.begin(), b->recipients.end(),
                                        [&](const BriefingRecipient& x) { return x.name == who; });
            if (r == b->recipients.end())
                throw Error(ErrorCode::RuleViolation,
                            {"error.not_recipient", {who, std::to_string(briefing)}});
            if (r->acknowledgedAt)
                throw Error(ErrorCode::RuleViolation,
                            {"error.briefing_acknowledged",
                             {who, std::to_string(briefing), formatInstant(*r->acknowledgedAt)}});
            complete = b->acknowledged() + 1 == static_cast<int>(b->recipients.size());
            return EventDraft{std::string(event_kind::briefingAcknowledged),
                              {{"briefing", briefing}, {"member", who}}};
        });
        if (complete)
            detail::tickIfPending(m_store, m_incidents, incident, std::string(briefedItem));
    });
}

std::vector<Briefing> BriefingService::list(std::int64_t incident) const {
    m_store.incident(incident);
    return foldBriefings(m_store.events(incident));
}

Briefing BriefingService::briefing(std::int64_t id) const {
    const auto all = foldBriefings(m_store.events(incidentOf(id)));
    return *std::find_if(all.begin(), all.end(), [&](const Briefing& b) { return b.id == id; });
}

} // namespace crisis
