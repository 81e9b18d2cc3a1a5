#pragma once
// The review phase's own facts: answers to the four review questions per team, free notes, and
// the improvement plan. All are events in the incident's log (review.answered, review.noted,
// improvement.added, improvement.done, improvement.accepted); foldReview builds the current
// state from the log.

#include <crisis/event.hpp>
#include <crisis/playbook_proposal.hpp>
#include <crisis/time.hpp>

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// The four review questions, in the order they are asked. The ids are those of the review
/// exit-checklist items of the default playbooks, so answering one can tick its item.
inline constexpr std::array<std::string_view, 4> reviewQuestions{"what-worked", "challenges", "team-support",
                                                                 "channels-formats"};
/// True for one of reviewQuestions.
bool isReviewQuestion(std::string_view id);

/// One team's answer to one question; a later answer by the same team replaces it.
struct ReviewAnswer {
    std::string question;
    std::string team; ///< a role id or any team name the organisation uses
    std::string text;
    Instant at;
    std::string author;
    bool operator==(const ReviewAnswer&) const = default;
};

/// A free note of the review.
struct ReviewNote {
    std::string text;
    Instant at;
    std::string author;
    bool operator==(const ReviewNote&) const = default;
};

enum class ImprovementStatus { Open, Done };
/// "open" or "done".
std::string_view improvementStatusName(ImprovementStatus status);

/// One item of the improvement plan, tracked to closure.
struct ImprovementItem {
    std::string id; ///< kebab-case, unique within the incident
    std::string finding;
    std::string action;
    std::string owner; ///< a member name or a role
    Instant due;
    ImprovementStatus status = ImprovementStatus::Open;
    std::optional<PlaybookProposal> proposal; ///< a playbook change the action amounts to
    Instant addedAt;
    std::optional<Instant> doneAt;
    std::string doneBy;
    std::optional<int> acceptedVersion; ///< the playbook version its proposal was stored as
    bool operator==(const ImprovementItem&) const = default;
};

/// The review of one incident as folded from its log.
struct ReviewState {
    /// question id -> team -> its latest answer.
    std::map<std::string, std::map<std::string, ReviewAnswer>> answers;
    std::vector<ReviewNote> notes;             ///< oldest first
    std::vector<ImprovementItem> improvements; ///< in the order they were added
    /// The item with this id, or nullptr.
    const ImprovementItem* improvement(std::string_view id) const;
    /// True when at least one team has answered `question`.
    bool answered(std::string_view question) const;
    bool operator==(const ReviewState&) const = default;
};

/// Builds the review state from an incident's log (events of other kinds are skipped).
/// Throws Error(Integrity) for a review event whose payload cannot be read, or a done item
/// that was never added.
ReviewState foldReview(const std::vector<Event>& log);

/// Open improvement items past their due instant at `at`: the reminders to send.
std::vector<ImprovementItem> overdueImprovements(const ReviewState& review, Instant at);

/// Payload of review.answered. Throws ValidationError for an unknown question or blank team/text.
nlohmann::json reviewAnsweredPayload(const std::string& question, const std::string& team,
                                     const std::string& text);
/// Payload of review.noted. Throws ValidationError for a blank text.
nlohmann::json reviewNotedPayload(const std::string& text);
/// Payload of improvement.added (status, addedAt and done fields are not part of it). Throws
/// ValidationError for a bad id or a blank finding, action or owner.
nlohmann::json improvementAddedPayload(const ImprovementItem& item);
/// Payload of improvement.done.
nlohmann::json improvementDonePayload(const std::string& id);

} // namespace crisis
