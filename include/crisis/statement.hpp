#pragma once
// Statements: what the company says, from draft to published. A statement is never stored as a
// row: it is folded from the incident's statement.* events, so its revisions, every approval
// (lapsed ones too), every override of a check and its publication are the audit trail itself.
// The fields follow the ICS-213 general message (to, from, subject, time, message, approved by,
// reply).

#include <crisis/event.hpp>
#include <crisis/messages.hpp>
#include <crisis/statement_check.hpp>
#include <crisis/time.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// Where a statement is in its workflow.
enum class StatementState {
    Draft,     ///< being written; a revision of an approved statement comes back here
    InReview,  ///< submitted; approvers may approve the current revision
    Approved,  ///< every approver role approved the current revision (at once when there are none)
    Published, ///< out; final (a correction is a new statement)
};
/// "draft", "in-review", "approved", "published".
std::string_view statementStateName(StatementState state);
/// The state with this name, or nullopt.
std::optional<StatementState> statementStateFromName(std::string_view name);

/// The ICS-213 fields a writer fills in. The "time" of the form is the revision's instant and
/// "approved by" the approvals of the current revision.
struct StatementContent {
    std::string channel; ///< one of knownChannels (template.hpp): sets the length rule
    std::string to;      ///< addressees, e.g. "All customers", "Media"
    std::string from;    ///< who speaks, e.g. "Harbour & Pine customer care"
    std::string subject; ///< title or headline (may be empty for a social post or SMS)
    std::string message; ///< the text as published; the channel's length rule applies to it
    std::string reply;   ///< how readers answer or what reply is expected (ICS-213 "reply")
    bool operator==(const StatementContent&) const = default;
};

/// One revision of the text.
struct StatementRevision {
    int number = 1; ///< 1 for the draft, then 2, 3...
    Instant at;
    std::string actor;
    StatementContent content;
};

/// A finding of the checks that the approver overrode.
struct FindingOverride {
    std::string code; ///< Finding::code
    FiveC protects = FiveC::Clarity;
    std::string span;
    Message message;  ///< the finding, to render in any language
    std::string text; ///< the finding as logged (English)
};

/// One role's approval of one revision.
struct StatementApproval {
    std::string role;  ///< one of the playbook's approvers
    std::string actor; ///< the roster member who approved
    int revision = 1;
    Instant at;
    std::vector<FindingOverride> overrides; ///< the findings accepted
    std::string reason;                     ///< why they were accepted (required with overrides)
    bool operator==(const StatementApproval& o) const {
        return role == o.role && actor == o.actor && revision == o.revision && at == o.at &&
               reason == o.reason && overrides.size() == o.overrides.size();
    }
};

/// Where and when the statement went out.
struct StatementPublication {
    Instant at;
    std::string actor;
    std::string channel;
    std::string audience;
    std::string link; ///< where it can be read; may be empty (an SMS, a call script)
    bool external = true;
    int revision = 1;
    /// With a playbook that names no approvers the checks run at publication: the findings the
    /// publisher accepted, and why (required with findings).
    std::vector<FindingOverride> overrides;
    std::string reason;
};

/// A statement as folded from the log.
struct Statement {
    std::int64_t id = 0; ///< the seq of its statement.drafted event: unique across incidents
    std::int64_t incident = 0;
    std::string language;   ///< "en" or "zh"
    std::string templateId; ///< the kit template it was drafted from; empty when blank
    StatementState state = StatementState::Draft;
    std::vector<StatementRevision> revisions; ///< oldest first; never empty
    std::vector<StatementApproval> approvals; ///< every approval ever given, lapsed ones too
    std::optional<Instant> submittedAt;       ///< of the current revision, while in review or later
    std::optional<StatementPublication> published;

    const StatementRevision& current() const { return revisions.back(); }
    const StatementContent& content() const { return revisions.back().content; }
    /// Approvals of the current revision (the ones that count).
    std::vector<StatementApproval> currentApprovals() const;
    /// The approver roles in `required` that have not approved the current revision.
    std::vector<std::string> missingApprovals(const std::vector<std::string>& required) const;
};

/// Every statement of one incident's log, in the order they were drafted. Events of other
/// kinds are skipped. A statement.published event with statement 0 (recorded without the
/// workflow, as drill scripts do) is a published statement of its own, with the event's seq as id. Pure.
/// Throws Error(Integrity) for a statement event that cannot apply.
std::vector<Statement> foldStatements(const std::vector<Event>& log,
                                      const std::vector<std::string>& approvers);

/// The statement.* event kinds (to read only those from the log).
bool isStatementEvent(std::string_view kind);

} // namespace crisis
