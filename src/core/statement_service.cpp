// StatementService: the statement workflow, one event per step, rules checked under the write lock.

#include <crisis/briefing.hpp>
#include <crisis/error.hpp>
#include <crisis/statement_service.hpp>
#include <crisis/team.hpp>
#include <crisis/template_kit.hpp>
#include <crisis/time_zone.hpp>

#include "checklist_tick.hpp"
#include "log_lookup.hpp"
#include "template_scan.hpp"
#include "text.hpp"

#include <algorithm>

namespace crisis {

namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

json contentJson(const StatementContent& c) {
    return {{"channel", c.channel}, {"to", c.to},           {"from", c.from},
            {"subject", c.subject}, {"message", c.message}, {"reply", c.reply}};
}

void validateContent(const StatementContent& c) {
    if (!isKnownChannel(c.channel)) {
        std::vector<std::string> channels(knownChannels.begin(), knownChannels.end());
        throw Error(ErrorCode::InvalidInput, {"error.channel_unknown", {c.channel, joined(channels)}});
    }
    if (detail::isBlank(c.message))
        throw Error(ErrorCode::InvalidInput, {"error.statement_message_blank", {}});
    for (const auto* text : {&c.to, &c.from, &c.subject, &c.message, &c.reply})
        if (!isValidUtf8(*text))
            throw Error(ErrorCode::InvalidInput, {"template.value_not_utf8", {}});
}

void requireOpen(const Incident& incident) {
    if (!incident.isOpen())
        throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident.id)}});
}

// Fills the placeholders that have a non-blank value and keeps the others as written, so the
// draft shows what is still to fill in (and the checks list it) instead of refusing to draft.
std::string fillKnown(std::string_view text, const std::map<std::string, std::string>& values) {
    std::string out;
    std::size_t copied = 0;
    for (const auto& segment : detail::scanTemplateText(text).segments) {
        if (!segment.placeholder)
            continue;
        const auto at = static_cast<std::size_t>(segment.text.data() - text.data());
        const auto begin = text.rfind("{{", at);
        const auto end = text.find("}}", at) + 2;
        const auto value = values.find(std::string(segment.text));
        if (value == values.end() || detail::isBlank(value->second))
            continue;
        out.append(text.substr(copied, begin - copied));
        out += value->second;
        copied = end;
    }
    out.append(text.substr(copied));
    return out;
}

std::string stateText(StatementState state, Language lang) {
    return text("statement.state." + std::string(statementStateName(state)), lang);
}

json overridesJson(const std::vector<Finding>& findings) {
    json out = json::array();
    for (const auto& f : findings)
        out.push_back({{"code", f.code},
                       {"protects", fiveCName(f.protects)},
                       {"span", f.span},
                       {"args", f.message.args},
                       {"text", render(f.message, Language::En)}});
    return out;
}

} // namespace

StatementService::StatementService(Store& store, IncidentService& incidents, const Clock& clock,
                                   std::string actor)
    : m_store(store), m_incidents(incidents), m_clock(clock), m_actor(std::move(actor)) {}

std::vector<MessageTemplate> StatementService::kit() const {
    return kitInEffect(m_store);
}

std::vector<MessageTemplate> StatementService::templatesFor(std::int64_t incident) const {
    const auto& type = m_incidents.playbookOf(m_store.incident(incident)).crisisType;
    auto all = kit();
    std::erase_if(all, [&](const MessageTemplate& t) { return t.crisisType != type; });
    return all;
}

std::vector<std::string> StatementService::approvers(std::int64_t incident) const {
    return m_incidents.playbookOf(m_store.incident(incident)).approvers;
}

std::vector<Statement> StatementService::fold(std::int64_t incident) const {
    return foldStatements(m_store.events(incident), approvers(incident));
}

std::int64_t StatementService::incidentOf(std::int64_t statement) const {
    return detail::incidentOfEvent(m_store, statement, event_kind::statementDrafted,
                                   "error.not_found.statement");
}

Statement StatementService::find(const std::vector<Statement>& all, std::int64_t statement) const {
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Statement& s) { return s.id == statement; });
    if (it == all.end())
        throw Error(ErrorCode::NotFound, {"error.not_found.statement", {std::to_string(statement)}});
    return *it;
}

std::vector<Statement> StatementService::list(std::int64_t incident) const {
    m_store.incident(incident); // NotFound for an unknown incident
    return fold(incident);
}

Statement StatementService::statement(std::int64_t id) const {
    return find(fold(incidentOf(id)), id);
}

CheckContext StatementService::context(const Incident& incident, const std::vector<Statement>& all,
                                       std::int64_t self, const std::string& channel, Language lang) const {
    CheckContext c;
    c.language = lang;
    c.channel = channel;
    c.causeVerified = incident.causeVerified;
    if (incident.customersAffected)
        c.customersAffected = *incident.customersAffected;
    c.detectedAt = incident.detectedAt;
    c.openedAt = incident.openedAt;
    // Dates in a statement are the readers' calendar: the organisation's time zone, else UTC.
    if (const auto offset = utcOffsetAt(incident.detectedAt, m_store.organisation().timeZone))
        c.utcOffset = *offset;
    std::vector<const Statement*> published;
    for (const auto& s : all)
        if (s.published && s.id != self)
            published.push_back(&s);
    std::stable_sort(published.begin(), published.end(), [](const Statement* a, const Statement* b) {
        return a->published->at < b->published->at;
    });
    // A figure in a headline is read as much as one in the body ("300 customers affected").
    for (const auto* s : published)
        c.earlierStatements.push_back(s->content().subject.empty()
                                          ? s->content().message
                                          : s->content().subject + "\n" + s->content().message);
    return c;
}

std::vector<Finding> StatementService::check(std::int64_t incident, const StatementContent& content,
                                             Language lang, std::int64_t self) const {
    const Incident inc = m_store.incident(incident);
    const auto all = fold(incident);
    return checkStatement({content.subject, content.message}, context(inc, all, self, content.channel, lang));
}

std::vector<Finding> StatementService::check(std::int64_t statement, Language lang) const {
    const auto incident = incidentOf(statement);
    const auto s = find(fold(incident), statement);
    return check(incident, s.content(), lang, statement);
}

std::int64_t StatementService::draft(std::int64_t incident, const DraftRequest& request) {
    StatementContent content = request.content;
    std::string language = request.language;
    const Incident current = m_store.incident(incident);
    if (!request.templateId.empty()) {
        const auto templates = kit();
        const MessageTemplate* t = findTemplate(templates, request.templateId);
        if (!t)
            throw Error(ErrorCode::NotFound, {"error.not_found.template", {request.templateId}});
        // A template speaks of its own kind of crisis: a financial holding statement is wrong
        // for a breach.
        const auto& type = m_incidents.playbookOf(current).crisisType;
        if (t->crisisType != type)
            throw Error(ErrorCode::InvalidInput,
                        {"error.template_crisis_type", {request.templateId, t->crisisType, type}});
        const auto values = communicationValues(current, m_store.organisation(), request.values);
        content.channel = t->channel;
        content.subject = fillKnown(t->title, values);
        content.message = fillKnown(t->body, values);
        language = std::string(languageCode(t->language));
    } else if (!request.values.empty()) {
        templateValues(current, m_store.organisation(), request.values); // unknown names are errors
    }
    if (language != "en" && language != "zh")
        throw Error(ErrorCode::InvalidInput, {"template.language", {language}});
    validateContent(content);
    const Event event =
        m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
            requireOpen(ctx.current);
            json payload = contentJson(content);
            payload["language"] = language;
            payload["template"] = request.templateId;
            return EventDraft{std::string(event_kind::statementDrafted), std::move(payload)};
        });
    return event.seq;
}

void StatementService::revise(std::int64_t statement, const StatementContent& content) {
    validateContent(content);
    const auto incident = incidentOf(statement);
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const auto s = find(fold(incident), statement);
        if (s.state == StatementState::Published)
            throw Error(ErrorCode::RuleViolation, {"error.statement_published", {std::to_string(statement)}});
        if (s.content() == content)
            throw Error(ErrorCode::InvalidInput, {"error.statement_unchanged", {std::to_string(statement)}});
        json payload = contentJson(content);
        payload["statement"] = statement;
        payload["revision"] = s.current().number + 1;
        return EventDraft{std::string(event_kind::statementRevised), std::move(payload)};
    });
}

void StatementService::submit(std::int64_t statement) {
    const auto incident = incidentOf(statement);
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const auto s = find(fold(incident), statement);
        if (s.state != StatementState::Draft)
            throw Error(
                ErrorCode::RuleViolation,
                {"error.statement_not_draft", {std::to_string(statement), stateText(s.state, Language::En)}});
        return EventDraft{std::string(event_kind::statementSubmitted),
                          {{"statement", statement}, {"revision", s.current().number}}};
    });
}

std::vector<std::string> StatementService::rolesToApprove(std::int64_t statement) const {
    const auto s = this->statement(statement);
    const auto missing = s.missingApprovals(approvers(s.incident));
    std::vector<std::string> out;
    for (const auto& member : m_store.members())
        if (member.name == m_actor && std::find(missing.begin(), missing.end(), member.role) != missing.end())
            out.push_back(member.role);
    return out;
}

void StatementService::approve(std::int64_t statement, const std::string& role, std::optional<int> revision,
                               const std::string& reason) {
    const auto incident = incidentOf(statement);
    const auto roster = m_store.members();
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        const Playbook& playbook = m_incidents.playbookOf(ctx.current);
        const auto all = foldStatements(m_store.events(incident), playbook.approvers);
        const auto s = find(all, statement);
        const std::string id = std::to_string(statement);
        const int current = s.current().number;
        if (revision && *revision != current)
            throw Error(ErrorCode::RuleViolation,
                        {"error.revision_changed", {id, std::to_string(*revision), std::to_string(current)}});
        if (s.state != StatementState::InReview)
            throw Error(ErrorCode::RuleViolation,
                        {s.state == StatementState::Approved ? "error.statement_approved"
                                                             : "error.statement_not_in_review",
                         {id, stateText(s.state, Language::En)}});

        const auto holds = [&](const std::string& r) {
            return std::any_of(roster.begin(), roster.end(),
                               [&](const Member& m) { return m.name == m_actor && m.role == r; });
        };
        std::string as = role;
        const auto missing = s.missingApprovals(playbook.approvers);
        if (as.empty()) {
            std::vector<std::string> mine;
            for (const auto& r : missing)
                if (holds(r))
                    mine.push_back(r);
            if (mine.empty())
                throw Error(ErrorCode::RuleViolation,
                            {"error.approver_no_role", {m_actor, id, joined(missing)}});
            if (mine.size() > 1)
                throw Error(ErrorCode::InvalidInput, {"error.approver_ambiguous", {m_actor, joined(mine)}});
            as = mine.front();
        }
        if (std::find(playbook.approvers.begin(), playbook.approvers.end(), as) == playbook.approvers.end())
            throw Error(ErrorCode::RuleViolation,
                        {"error.approver_role", {as, playbook.id, joined(playbook.approvers)}});
        if (!holds(as))
            throw Error(ErrorCode::RuleViolation, {"error.approver_not_holder", {m_actor, as}});
        if (std::find(missing.begin(), missing.end(), as) == missing.end())
            throw Error(ErrorCode::RuleViolation,
                        {"error.approval_duplicate", {id, as, std::to_string(current)}});

        const auto findings =
            checkStatement({s.content().subject, s.content().message},
                           context(ctx.current, all, statement, s.content().channel, Language::En));
        if (!findings.empty() && detail::isBlank(reason))
            throw Error(ErrorCode::RuleViolation,
                        {"error.override_reason", {std::to_string(findings.size()), id}});
        json payload{{"statement", statement}, {"revision", current}, {"role", as}};
        if (!findings.empty()) {
            payload["overrides"] = overridesJson(findings);
            payload["reason"] = reason;
        }
        return EventDraft{std::string(event_kind::statementApproved), std::move(payload)};
    });
}

void StatementService::publish(std::int64_t statement, const PublishRequest& request) {
    if (detail::isBlank(request.audience))
        throw Error(ErrorCode::InvalidInput, {"error.audience_blank", {}});
    const auto incident = incidentOf(statement);
    m_store.batch([&] {
        bool external = true;
        std::string channel;
        m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
            requireOpen(ctx.current);
            const Playbook& playbook = m_incidents.playbookOf(ctx.current);
            const auto all = foldStatements(m_store.events(incident), playbook.approvers);
            const auto s = find(all, statement);
            const std::string id = std::to_string(statement);
            if (s.state == StatementState::Published)
                throw Error(ErrorCode::RuleViolation, {"error.statement_published", {id}});
            const auto missing = s.missingApprovals(playbook.approvers);
            if (s.state != StatementState::Approved || !missing.empty())
                throw Error(ErrorCode::RuleViolation,
                            {"error.statement_not_approved",
                             {id, missing.empty() ? stateText(s.state, Language::En) : joined(missing)}});
            const auto& c = s.content();
            channel = c.channel;
            external = request.external.value_or(c.channel != "internal-briefing");
            // review_metrics reads statement, channel, audience, external, link, title.
            json payload{{"statement", statement}, {"revision", s.current().number},
                         {"channel", c.channel},   {"audience", request.audience},
                         {"external", external},   {"link", request.link},
                         {"title", c.subject},     {"text", c.message},
                         {"language", s.language}};
            // Without approvers nobody has reviewed the findings: the publisher does, here.
            if (playbook.approvers.empty()) {
                const auto findings = checkStatement(
                    {c.subject, c.message}, context(ctx.current, all, statement, c.channel, Language::En));
                if (!findings.empty() && detail::isBlank(request.reason))
                    throw Error(ErrorCode::RuleViolation,
                                {"error.publish_override_reason", {std::to_string(findings.size()), id}});
                if (!findings.empty()) {
                    payload["overrides"] = overridesJson(findings);
                    payload["reason"] = request.reason;
                }
            }
            return EventDraft{std::string(event_kind::statementPublished), std::move(payload)};
        });
        if (external)
            detail::tickIfPending(m_store, m_incidents, incident, "holding-statement");
        if (channel == "press-release")
            detail::tickIfPending(m_store, m_incidents, incident, "press-release");
    });
}

void StatementService::recordFacts(std::int64_t incident, const IncidentFacts& facts) {
    if (!facts.causeVerified && !facts.customersAffected)
        throw Error(ErrorCode::InvalidInput, {"error.facts_empty", {}});
    if (facts.customersAffected && *facts.customersAffected < 0)
        throw Error(ErrorCode::InvalidInput,
                    {"error.customers_negative", {std::to_string(*facts.customersAffected)}});
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
        requireOpen(ctx.current);
        json payload = json::object();
        if (facts.causeVerified)
            payload["cause_verified"] = *facts.causeVerified;
        if (facts.customersAffected)
            payload["customers_affected"] = *facts.customersAffected;
        return EventDraft{std::string(event_kind::factsRecorded), std::move(payload)};
    });
}

} // namespace crisis
