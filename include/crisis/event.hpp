#pragma once
// The append-only, hash-chained event log: every change to an incident is one Event.

#include <crisis/time.hpp>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace crisis {

/// Event kinds. Stable strings: they are stored in the database and shown in `crisisctl log`.
namespace event_kind {
inline constexpr std::string_view opened = "incident.opened";
inline constexpr std::string_view itemChecked = "checklist.checked";
inline constexpr std::string_view itemUnchecked = "checklist.unchecked";
inline constexpr std::string_view advanced = "phase.advanced";
inline constexpr std::string_view clockMarked = "clock.marked";
inline constexpr std::string_view startRecorded = "start-event.recorded";
inline constexpr std::string_view taskDone = "task.done";
inline constexpr std::string_view taskReopened = "task.reopened";
inline constexpr std::string_view alertRaised = "alert.raised";
inline constexpr std::string_view mentionsImported = "mentions.imported";
inline constexpr std::string_view spikeDetected = "spike.detected";     ///< a message spike or sentiment dip
inline constexpr std::string_view mentionAssigned = "mention.assigned"; ///< inbox item given to a member
inline constexpr std::string_view mentionReplied = "mention.replied";   ///< a reply sent to the poster
inline constexpr std::string_view mentionResolved = "mention.resolved"; ///< reviewed, or no action needed
inline constexpr std::string_view factsRecorded = "incident.facts"; ///< cause verified, customers affected
inline constexpr std::string_view statementDrafted = "statement.drafted";
inline constexpr std::string_view statementRevised = "statement.revised"; ///< a new revision; approvals lapse
inline constexpr std::string_view statementSubmitted = "statement.submitted"; ///< sent for review
inline constexpr std::string_view statementApproved = "statement.approved";   ///< one role's approval
inline constexpr std::string_view statementPublished = "statement.published";
inline constexpr std::string_view briefingAcknowledged = "briefing.acknowledged";
inline constexpr std::string_view marketingPaused = "marketing.paused";
inline constexpr std::string_view marketingResumed = "marketing.resumed";
inline constexpr std::string_view reviewAnswered = "review.answered"; ///< {question, team, text}
inline constexpr std::string_view reviewNoted = "review.noted";       ///< {text}
/// {id, finding, action, owner, due, proposal (optional)}: see review.hpp.
inline constexpr std::string_view improvementAdded = "improvement.added";
inline constexpr std::string_view improvementDone = "improvement.done"; ///< {id}
/// {id, playbook, version}: the playbook owner stored the item's proposal as a new version.
inline constexpr std::string_view improvementAccepted = "improvement.accepted";
/// {role, from, to, reason, tasks}: a role changes holder; its open tasks (ids) follow.
inline constexpr std::string_view roleHandedOff = "role.handed-off";
// Tabletop drills (drill_service.hpp). Every drill event's `at` is drill time; the clock's
// events also carry the real instant (`real_at`) the drill clock is anchored to.
/// {scenario, scenario_version, document, speed, language, real_at}: the drill clock starts at `at`.
inline constexpr std::string_view drillStarted = "drill.started";
inline constexpr std::string_view drillPaused = "drill.paused";              ///< {real_at}
inline constexpr std::string_view drillResumed = "drill.resumed";            ///< {real_at}
inline constexpr std::string_view drillSpeedChanged = "drill.speed-changed"; ///< {speed, from, real_at}
inline constexpr std::string_view drillJumped = "drill.jumped"; ///< {from, real_at}: drill time is now `at`
inline constexpr std::string_view drillEnded = "drill.ended";   ///< {real_at}: frozen for good
inline constexpr std::string_view drillInjectFired = "drill.inject-fired"; ///< {inject}: trainer's fire-now
inline constexpr std::string_view drillInjectSkipped = "drill.inject-skipped"; ///< {inject}
/// {inject, cause, triggered_by, delivery, from, to, synopsis, text}: reached the players at `at`.
inline constexpr std::string_view drillInjectDelivered = "drill.inject-delivered";
inline constexpr std::string_view drillObserved = "drill.observed"; ///< {participant, kind, text}
inline constexpr std::string_view drillRated = "drill.rated";       ///< {objective, rating, comment}
inline constexpr std::string_view drillHotWash = "drill.hot-wash";  ///< {kind, text}
/// {template, language, title, text, recipients: [{name, role, contact}]}: see briefing.hpp.
inline constexpr std::string_view briefingSent = "briefing.sent";
} // namespace event_kind

/// One entry of an incident's log.
struct Event {
    std::int64_t seq = 0;      ///< global, strictly increasing
    std::int64_t incident = 0; ///< the incident whose chain this event extends
    Instant at;                ///< when it happened (the clock's instant when recorded)
    std::string actor;         ///< who did it
    std::string kind;          ///< one of event_kind
    nlohmann::json payload;    ///< kind-specific facts
    std::string prevHash;      ///< hash of the previous event of the same incident
    std::string hash;          ///< SHA-256 (hex) over prevHash and the canonical event
};

/// 64 zeros: the prevHash of an incident's first event.
std::string genesisHash();
/// The exact bytes the hash covers: the header fields and the payload text as stored.
std::string canonicalEventText(const Event& event, std::string_view payloadText);
/// SHA-256 in lower-case hex of prevHash + canonical text.
std::string eventHash(std::string_view prevHash, std::string_view canonicalText);
/// Compact JSON with sorted keys: the form payloads are stored and hashed in.
std::string canonicalJson(const nlohmann::json& value);

} // namespace crisis
