#pragma once
// Checks a statement draft before approval, against the rules of crisis communication (docs:
// shared/domain.md): no unfilled placeholders, within the channel's length, no apology or
// admission of fault before the cause is verified, a next step and a time for the next update,
// figures and dates that agree with the incident record and with earlier statements, no promises
// that may not be kept. Every finding is a warning naming which of the five Cs it protects; the
// approver may override it with a reason (logged by the caller).

#include <crisis/messages.hpp>
#include <crisis/time.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// The five Cs of crisis communication.
enum class FiveC { Comprehension, Clarity, Consistency, Credibility, Contingency };
/// "comprehension", "clarity", "consistency", "credibility", "contingency"; the catalogue id of
/// its display name is "fivec.<name>".
std::string_view fiveCName(FiveC c);

/// How serious a finding is. Every check today yields a warning: the approver decides.
enum class FindingSeverity { Warning };

/// One problem of a draft.
struct Finding {
    std::string code; ///< stable id, e.g. "apology-unverified" (see statement_check.cpp's list)
    FiveC protects = FiveC::Clarity;
    FindingSeverity severity = FindingSeverity::Warning;
    Message message;        ///< catalogue id "check.<code>" with its arguments
    std::string text;       ///< `message` rendered in CheckContext::language
    std::string span;       ///< the offending words as written; empty when something is missing
    std::string field;      ///< "title" or "body" holding `span`; empty when something is missing
    std::size_t offset = 0; ///< byte offset of `span` in that field
    bool operator==(const Finding&) const = default;
};

/// What is checked: the statement as it would be published.
struct StatementDraft {
    std::string title; ///< subject or headline; may be empty (social posts, SMS)
    std::string body;  ///< the text the channel's length limit applies to
};

/// What the draft is checked against.
struct CheckContext {
    Language language = Language::En; ///< language of the findings' texts. Every check looks for
                                      ///< en and zh wording whatever this is.
    std::string channel;              ///< one of knownChannels (template.hpp); sets the length limit
    bool causeVerified = false;       ///< the incident's cause is marked verified
    std::optional<std::int64_t> customersAffected; ///< from the incident record, when known
    Instant detectedAt;                            ///< T0
    Instant openedAt;                              ///< when the incident was opened
    std::chrono::minutes utcOffset{0};             ///< of the audience, for the calendar dates in the text
    /// Published texts of the incident, oldest first: each its title (when it has one), a line
    /// break and its body.
    std::vector<std::string> earlierStatements;
};

/// Every finding of `draft`, in the order: placeholders, length, apology, promises, next step,
/// next-update time, figures and dates against the record, figures against earlier statements.
/// Empty when the draft passes. Pure: no I/O, no clock.
std::vector<Finding> checkStatement(const StatementDraft& draft, const CheckContext& context);

} // namespace crisis
