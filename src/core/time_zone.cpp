// Time zones through date/tz (USE_OS_TZDB: /usr/share/zoneinfo), so the core needs no
// hand-written zone rules and GCC 12's missing std::chrono::tzdb does not matter.

#include <crisis/time_zone.hpp>

#include <date/tz.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace crisis {

namespace {

const date::time_zone* findZone(std::string_view name) {
    if (name.empty())
        return nullptr;
    try {
        return date::locate_zone(name);
    } catch (const std::runtime_error&) { // unknown name, or no tz database on this system
        return nullptr;
    }
}

} // namespace

bool isKnownTimeZone(std::string_view name) {
    return findZone(name) != nullptr;
}

std::vector<std::string> timeZoneNames() {
    std::vector<std::string> names;
    try {
        // With the OS database every zoneinfo file, links included, is a zone.
        for (const auto& zone : date::get_tzdb().zones)
            names.emplace_back(zone.name());
    } catch (const std::runtime_error&) {
        return {};
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::optional<std::string> formatInZone(Instant at, std::string_view zoneName) {
    const date::time_zone* zone = findZone(zoneName);
    if (!zone)
        return std::nullopt;
    const auto seconds = std::chrono::floor<std::chrono::seconds>(at);
    const auto info = zone->get_info(seconds);
    const auto local =
        date::format("%Y-%m-%d %H:%M", date::local_seconds{seconds.time_since_epoch() + info.offset});
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(info.offset).count();
    const auto two = [](long long n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    const std::string offset =
        (minutes < 0 ? "-" : "+") + two(std::llabs(minutes) / 60) + ":" + two(std::llabs(minutes) % 60);
    return local + " (UTC" + offset + ")";
}

std::optional<std::chrono::minutes> utcOffsetAt(Instant at, std::string_view zoneName) {
    const date::time_zone* zone = findZone(zoneName);
    if (!zone)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::minutes>(
        zone->get_info(std::chrono::floor<std::chrono::seconds>(at)).offset);
}

} // namespace crisis
