#pragma once
// IANA time zones for the reader's local time (the organisation profile's zone). The names
// come from the operating system's tz database (Debian: tzdata), read through date/tz.

#include <crisis/time.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// True for a zone or link name of the tz database, e.g. "Asia/Shanghai", "Europe/Berlin",
/// "UTC". Case matters, as in the database.
bool isKnownTimeZone(std::string_view name);
/// Every zone and link name of the tz database, sorted (for pickers and completers).
std::vector<std::string> timeZoneNames();
/// `at` as local time in `zone`, `2026-03-01 14:40 (UTC+08:00)`; nullopt for an unknown zone.
std::optional<std::string> formatInZone(Instant at, std::string_view zone);
/// The offset of `zone` from UTC at `at` (daylight saving included); nullopt for an unknown zone.
std::optional<std::chrono::minutes> utcOffsetAt(Instant at, std::string_view zone);

} // namespace crisis
