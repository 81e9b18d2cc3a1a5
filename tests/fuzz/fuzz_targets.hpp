#pragma once
// The parsers under fuzz, one function per input format. libFuzzer entry points
// (fuzz_*.cpp, `make fuzz`) and the corpus replay test in `make test` call the same functions.
// Each must accept any bytes: a clear crisis::Error is fine, a crash or a hang is a bug.

#include <crisis/error.hpp>
#include <crisis/playbook.hpp>
#include <crisis/time.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace crisis::fuzz {

/// Playbook JSON: parse, and if valid, write and parse again; the round trip must be exact.
inline void playbook(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto parsed = parsePlaybook(text, "fuzz");
        if (!(parsePlaybook(playbookToJson(parsed), "fuzz-roundtrip") == parsed))
            __builtin_trap();
    } catch (const Error&) {
    }
}

/// The CLI's time parser and the duration syntax: never crash; a parsed instant formats and
/// parses back to itself.
inline void time(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto at = parseInstant(text); at && parseInstant(formatInstant(*at)) != at)
        __builtin_trap();
    if (const auto offset = DueOffset::parse(text)) {
        if (DueOffset::parse(offset->toString()) != offset)
            __builtin_trap();
        (void)offset->addTo(Instant{});
    }
}

} // namespace crisis::fuzz
