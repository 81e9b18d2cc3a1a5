#pragma once
// The statement workflow of incidents: draft (from a kit template or blank) → submit for review →
// approval by every role the playbook names (each approver must hold the role in the roster;
// findings of the checks are accepted only with a logged reason) → published with channel,
// audience, link and the external flag. A playbook without approvers has no approval step: the
// findings then need a logged reason at publication. Each step is one event; a revision makes
// every earlier approval lapse. Also the incident facts statements are checked against.

#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/statement.hpp>
#include <crisis/statement_check.hpp>
#include <crisis/store.hpp>
#include <crisis/template.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// A new statement: from a template of the kit, or blank.
struct DraftRequest {
    /// A template id of the kit in effect; empty for a blank statement.
    std::string templateId;
    /// Placeholder values on top of what the incident and the organisation profile give. A
    /// placeholder left without a value stays in the text as `{{name}}` (the checks flag it).
    std::map<std::string, std::string> values;
    /// A blank statement's fields. From a template: channel, subject and message come from the
    /// template; to, from and reply from here.
    StatementContent content;
    /// "en" or "zh" for a blank statement; a template has its own.
    std::string language = "en";
};

/// How a statement goes out.
struct PublishRequest {
    std::string audience; ///< who it is for, e.g. "Customers in the EU" (required)
    std::string link;     ///< where it can be read (optional)
    /// Whether the public sees it; default: every channel but internal-briefing.
    std::optional<bool> external;
    /// When the playbook names no approvers the checks gate publication instead: with findings,
    /// why they are accepted (required then, logged with the findings in the publication).
    std::string reason;
};

/// Facts of the incident record; unset fields stay as they are.
struct IncidentFacts {
    std::optional<bool> causeVerified;
    std::optional<long long> customersAffected; ///< 0 or more
};

/// Statement commands and queries over one Store, at the Clock's instant, as `actor`.
class StatementService {
public:
    StatementService(Store& store, IncidentService& incidents, const Clock& clock, std::string actor);

    /// The message templates statements and briefings are drafted from: the kit in effect
    /// (template_kit.hpp: the shipped kit with the imported templates on top).
    std::vector<MessageTemplate> kit() const;
    /// The kit's templates for this incident's crisis type, in both languages.
    std::vector<MessageTemplate> templatesFor(std::int64_t incident) const;

    /// Drafts a statement of an open incident; returns its id. Throws Error(NotFound) for an
    /// unknown template, Error(InvalidInput) for a template of another crisis type than the
    /// incident's, an unknown channel or a blank message, ValidationError for unknown value names.
    std::int64_t draft(std::int64_t incident, const DraftRequest& request);
    /// Records a new revision; approvals given so far lapse and the statement is a draft again.
    /// Refused for a published statement or when nothing changed.
    void revise(std::int64_t statement, const StatementContent& content);
    /// Sends the current revision for review (only a draft can be submitted).
    void submit(std::int64_t statement);
    /// Approves `revision` (default: the current one) for one approver role of the playbook
    /// (default: the one role the actor holds that has not approved yet). The actor must hold
    /// the role in the roster; a revision changed since is refused; when the checks find
    /// anything, `reason` must say why it is accepted, and the findings and the reason are
    /// logged in the approval.
    void approve(std::int64_t statement, const std::string& role = {}, std::optional<int> revision = {},
                 const std::string& reason = {});
    /// Publishes an approved statement (every approver role approved the current revision).
    /// When the playbook names no approvers, nobody has reviewed the findings of the checks: with
    /// findings, `request.reason` must say why they are accepted, and the findings and the reason
    /// are logged in the publication (as an approval logs them).
    /// The first external statement meets the acknowledgement clock and, in respond, restarts
    /// the update cadence; it also ticks the respond item "holding-statement", and a
    /// press-release ticks "press-release" (when the playbook has them).
    void publish(std::int64_t statement, const PublishRequest& request);

    /// Every statement of an incident, in drafting order.
    std::vector<Statement> list(std::int64_t incident) const;
    /// One statement; throws Error(NotFound).
    Statement statement(std::int64_t id) const;
    /// The findings of the checks for the statement's current revision, in `lang`.
    std::vector<Finding> check(std::int64_t statement, Language lang) const;
    /// The findings for `content` as if it were a statement of `incident` (the live editor);
    /// `self` (a statement id) is left out of the earlier published statements.
    std::vector<Finding> check(std::int64_t incident, const StatementContent& content, Language lang,
                               std::int64_t self = 0) const;
    /// The roles of the incident's playbook that approve every statement.
    std::vector<std::string> approvers(std::int64_t incident) const;
    /// The approver roles that the actor holds and that have not approved the statement's
    /// current revision yet.
    std::vector<std::string> rolesToApprove(std::int64_t statement) const;

    /// Records cause-verified and customers-affected as one incident.facts event.
    void recordFacts(std::int64_t incident, const IncidentFacts& facts);

private:
    std::int64_t incidentOf(std::int64_t statement) const;
    Statement find(const std::vector<Statement>& all, std::int64_t statement) const;
    std::vector<Statement> fold(std::int64_t incident) const;
    CheckContext context(const Incident& incident, const std::vector<Statement>& all, std::int64_t self,
                         const std::string& channel, Language lang) const;

    Store& m_store;
    IncidentService& m_incidents;
    const Clock& m_clock;
    std::string m_actor;
};

} // namespace crisis
