#pragma once
// Instants and durations used throughout the core: UTC, millisecond precision.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace crisis {

/// A point in time, UTC, millisecond precision. Local time exists only in the GUI.
using Instant = std::chrono::sys_time<std::chrono::milliseconds>;
/// A span of time at millisecond precision.
using Duration = std::chrono::milliseconds;

/// Parses ISO-8601 UTC such as `2026-03-01T08:00:00Z`, `2026-03-01T08:00:00.250Z` or with an
/// offset (`+08:00`), which is converted to UTC. Returns nullopt on anything else.
std::optional<Instant> parseInstant(std::string_view text);

/// Formats as ISO-8601 UTC with `Z`; milliseconds are shown only when non-zero.
std::string formatInstant(Instant at);

/// Formats a span as a compact signed text such as `29m 59s`, `-1h 02m` or `3d 04h`.
std::string formatSpan(Duration span);

} // namespace crisis
