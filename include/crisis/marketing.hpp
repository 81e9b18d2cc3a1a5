#pragma once
// The marketing register: scheduled campaigns and posts of the organisation. During a crisis a
// cheerful promotion next to an apology destroys credibility, so one command pauses every
// non-crisis item that is still to come (an event on the incident's log, the respond checklist's
// "marketing-paused" ticked) and another resumes exactly the items that incident paused.
// The CSV import format is documented in docs/marketing-format.md.

#include <crisis/clock.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/marketing_item.hpp>
#include <crisis/store.hpp>
#include <crisis/time.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// Parses a register CSV file (header row; columns name, channel, scheduled_at, and optionally
/// ends_at and crisis = yes/no/true/false/1/0). Throws ValidationError listing every bad row by
/// line ("line N"), duplicates within the file included; nothing is returned then.
std::vector<MarketingItem> parseMarketingCsv(std::string_view data, const std::string& source);

/// What a pause did.
struct PauseOutcome {
    std::vector<MarketingItem> paused; ///< the items this pause stopped (in a drill: would stop)
    bool ticked = false;               ///< the respond item "marketing-paused" was ticked now
    bool rehearsed = false; ///< a drill incident: the pause is logged and ticked, no real item stops
};

/// Register commands over one Store, recorded under `actor`.
class MarketingService {
public:
    MarketingService(Store& store, IncidentService& incidents, const Clock& clock, std::string actor);

    /// Adds one item; throws Error(InvalidInput) for a blank name or channel, an end before the
    /// start, or an item already in the register (same name, channel and time).
    MarketingItem add(const MarketingItem& item);
    /// Adds every item of a register CSV file in one transaction, or none: a bad row or an item
    /// already in the register throws ValidationError with every problem by line.
    std::vector<MarketingItem> import(std::string_view csv, const std::string& source);
    /// The register, earliest first.
    std::vector<MarketingItem> items() const;
    /// Pauses every upcoming non-crisis item not paused yet, for an open incident, in one
    /// transaction: a marketing.paused event listing them and the "marketing-paused" tick. For a
    /// drill the pause is rehearsed: logged (with the names it would stop) and ticked, but the
    /// real register is not touched.
    PauseOutcome pause(std::int64_t incident);
    /// Resumes the items `incident` paused (a marketing.resumed event). While another real
    /// incident is open with its marketing paused the items stay paused, held by that incident
    /// (the event's `kept_for`), and come back when it resumes. Throws Error(RuleViolation) when
    /// `incident` paused none that are still paused.
    std::vector<MarketingItem> resume(std::int64_t incident);
    /// The items `incident` paused that are still paused.
    std::vector<MarketingItem> pausedBy(std::int64_t incident) const;

    /// The id of the respond checklist item a pause ticks.
    static constexpr std::string_view pausedItem = "marketing-paused";

private:
    /// True when the incident's latest marketing event is a pause (it still wants marketing off).
    bool stillPausing(std::int64_t incident) const;
    Store& m_store;
    IncidentService& m_incidents;
    const Clock& m_clock;
    std::string m_actor;
};

} // namespace crisis
