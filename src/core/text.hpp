#pragma once
// Small text predicates shared by the core's validators.

#include <algorithm>
#include <cctype>
#include <string_view>

namespace crisis::detail {

/// True when `text` is empty or only ASCII white space: a title or reason a user must fill.
inline bool isBlank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

} // namespace crisis::detail
