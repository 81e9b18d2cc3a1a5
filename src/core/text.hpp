#pragma once
// Small text predicates shared by the core's validators.

#include <crisis/playbook.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace crisis::detail {

/// True when `text` is empty or only ASCII white space: a title or reason a user must fill.
inline bool isBlank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

/// True for a kebab-case id (`^[a-z0-9]+(-[a-z0-9]+)*$`): the form of every id in our files.
inline bool isKebabId(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    char previous = 0;
    for (const char c : id) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && (c != '-' || previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

/// The items as "a, b, c": the accepted values an error message lists.
inline std::string joined(const auto& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + std::string(item);
    return out;
}

/// The message id for `text` refused as a drill span (minutes, hours or days): a span in that
/// syntax beyond the ten-year cap is too long, anything else is not a drill span at all.
inline std::string spanProblem(std::string_view text) {
    const auto raw = DueOffset::parseUnbounded(text);
    const bool fixed = raw && (raw->unit == DueOffset::Unit::Minutes || raw->unit == DueOffset::Unit::Hours ||
                               raw->unit == DueOffset::Unit::Days);
    return fixed && !DueOffset::parse(text) ? "scenario.span_too_long" : "scenario.offset";
}

} // namespace crisis::detail
