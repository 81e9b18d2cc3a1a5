#pragma once
// One entry of the marketing register (marketing.hpp): a value type the store reads and writes.

#include <crisis/time.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace crisis {

/// One scheduled campaign or post.
struct MarketingItem {
    std::int64_t id = 0; ///< the store's id once stored
    std::string name;
    std::string channel;           ///< free text: "newsletter", "instagram", "tmall banner"...
    Instant scheduledAt;           ///< when it goes out, or when a campaign starts
    std::optional<Instant> endsAt; ///< when a campaign ends; none for a single post
    bool crisis = false;           ///< part of the crisis response: never paused
    bool paused = false;           ///< paused by an incident
    std::int64_t pausedBy = 0;     ///< that incident (0 when not paused)
    bool operator==(const MarketingItem&) const = default;
};

/// True when the item has not gone out yet, or is a campaign still running at `at`.
bool isUpcoming(const MarketingItem& item, Instant at);

} // namespace crisis
