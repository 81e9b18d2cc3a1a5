#pragma once
// The internal briefing: the playbook's internal-briefing template, rendered for the incident, sent
// to everyone on the roster (a briefing.sent event naming each recipient), and one
// briefing.acknowledged event per member who confirms reading it, so the crisis manager sees who
// has and who has not. When everyone has acknowledged, the respond item "staff-briefed" is ticked.

#include <crisis/clock.hpp>
#include <crisis/event.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/messages.hpp>
#include <crisis/store.hpp>
#include <crisis/template.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// One member a briefing was sent to.
struct BriefingRecipient {
    std::string name;
    std::string role;
    std::string contact;
    std::optional<Instant> acknowledgedAt;
    std::string recordedBy; ///< who recorded the acknowledgement (the member, or on their behalf)
};

/// A briefing as folded from the log.
struct Briefing {
    std::int64_t id = 0; ///< the seq of its briefing.sent event
    std::int64_t incident = 0;
    Instant sentAt;
    std::string sentBy;
    std::string templateId;
    std::string language;
    std::string title;
    std::string text;
    std::vector<BriefingRecipient> recipients; ///< the roster when it was sent
    /// How many recipients have acknowledged.
    int acknowledged() const;
    /// True when every recipient has acknowledged.
    bool complete() const { return acknowledged() == static_cast<int>(recipients.size()); }
};

/// Every briefing of one incident's log, oldest first. Pure; throws Error(Integrity) for an
/// acknowledgement that names no briefing or no recipient of it.
std::vector<Briefing> foldBriefings(const std::vector<Event>& log);

/// What to send.
struct BriefingRequest {
    Language language = Language::En;
    /// A kit template of channel internal-briefing; empty: the playbook's linked one, else the
    /// kit's internal briefing for the incident's crisis type in `language`.
    std::string templateId;
    /// Placeholder values on top of the incident's and the organisation's (strict render).
    std::map<std::string, std::string> values;
};

/// Briefing commands and queries over one Store, recorded under `actor`.
class BriefingService {
public:
    BriefingService(Store& store, IncidentService& incidents, const Clock& clock, std::string actor);

    /// The template `send` would use for this incident and language; throws Error(NotFound)
    /// when the kit has none.
    MessageTemplate briefingTemplate(std::int64_t incident, Language language,
                                     const std::string& templateId = {}) const;
    /// Renders the briefing strictly (every placeholder filled: ValidationError lists the gaps)
    /// and records it as sent to the whole roster. Returns its id.
    std::int64_t send(std::int64_t incident, const BriefingRequest& request);
    /// Records that `member` (default: the actor) has read briefing `briefing`. Refused for a
    /// member who was not sent it or has already acknowledged it.
    void acknowledge(std::int64_t briefing, const std::string& member = {});
    /// The briefings of an incident, oldest first.
    std::vector<Briefing> list(std::int64_t incident) const;
    /// One briefing; throws Error(NotFound).
    Briefing briefing(std::int64_t id) const;

    /// The id of the respond checklist item ticked when everyone acknowledged.
    static constexpr std::string_view briefedItem = "staff-briefed";

private:
    std::int64_t incidentOf(std::int64_t briefing) const;

    Store& m_store;
    IncidentService& m_incidents;
    const Clock& m_clock;
    std::string m_actor;
};

/// The values the communication kit is filled with for an incident: templateValues, which
/// includes customers_affected from the incident record when it is known (an override still wins).
std::map<std::string, std::string> communicationValues(const Incident& incident,
                                                       const OrganisationProfile& profile,
                                                       const std::map<std::string, std::string>& overrides);

} // namespace crisis
