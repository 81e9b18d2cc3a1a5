#pragma once
// HTML escaping: the one place that turns user text into text an HTML page shows as text.

#include <string>
#include <string_view>

namespace crisis::detail {

/// `text` with & < > " ' replaced by entities: safe in element content and in quoted attributes.
inline std::string htmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace crisis::detail
