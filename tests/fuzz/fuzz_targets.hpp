#pragma once
// The parsers under fuzz, one function per input format. libFuzzer entry points
// (fuzz_*.cpp, `make fuzz`) and the corpus replay test in `make test` call the same functions.
// Each must accept any bytes: a clear crisis::Error is fine, a crash or a hang is a bug.

#include <crisis/drill_score.hpp>
#include <crisis/drill_script.hpp>
#include <crisis/error.hpp>
#include <crisis/mention.hpp>
#include <crisis/playbook.hpp>
#include <crisis/template.hpp>
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

/// Message templates: the bytes as a kit file, and as the body of an e-mail template rendered
/// with every value filled. A body without problems must render, nothing else may escape
/// but a crisis::Error.
inline void messageTemplate(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        for (const auto& t : parseTemplateKit(text, "fuzz"))
            if (!templateProblems(t).empty())
                __builtin_trap();
    } catch (const Error&) {
    }
    MessageTemplate t;
    t.id = "fuzz.customer-email.body.en";
    t.channel = "customer-email";
    t.title = "t";
    t.body = std::string(text);
    std::map<std::string, std::string> values;
    for (const auto name : placeholderVocabulary)
        values[std::string(name)] = "v";
    const bool clean = templateProblems(t).empty();
    try {
        const auto r = render(t, values);
        if (!clean || r.length > r.text.size())
            __builtin_trap();
    } catch (const Error&) {
        if (clean)
            __builtin_trap();
    }
    (void)channelLimit("sms", text);
}

/// Mention files in all three formats: every good row has the required fields, every
/// problem names a line (or a JSON index), and nothing throws.
inline void mentions(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto format : {MentionFormat::Csv, MentionFormat::Json, MentionFormat::JsonLines}) {
        const auto parsed = parseMentions(text, format);
        for (const auto& m : parsed.mentions)
            if (m.channel.empty() || m.text.empty() || m.reach < 0)
                __builtin_trap();
        for (const auto& p : parsed.problems)
            if (format != MentionFormat::Json && !p.pointer.starts_with("line "))
                __builtin_trap();
    }
}

/// Drill files: the bytes as a scenario and as a drill script. A scenario that parses must
/// play: every inject's state, the mentions and the score are computable over two days, and
/// nextDue moves strictly forward.
inline void drill(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto scenario = parseScenario(text, "fuzz");
        const Instant start{};
        const DrillRun run(scenario, start);
        const Instant end = start + std::chrono::hours(48);
        if (run.snapshot(end).injects.size() != scenario.injects.size())
            __builtin_trap();
        (void)scoreToJson(scoreDrill(run, end));
        Instant t = start;
        for (int steps = 0; steps < 1000; ++steps) {
            const auto next = run.nextDue(t);
            if (!next)
                break;
            if (*next <= t)
                __builtin_trap();
            t = *next;
        }
    } catch (const Error&) {
    }
    try {
        const auto script = parseDrillScript(text, "fuzz");
        for (const auto& step : script.steps)
            if (step.at < Duration{0})
                __builtin_trap();
    } catch (const Error&) {
    }
}

} // namespace crisis::fuzz
