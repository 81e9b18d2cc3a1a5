#pragma once
// Writing CSV (RFC 4180) that is also safe to open in a spreadsheet.

#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

/// One field: a text starting with = + - @ (or a tab or carriage return) gets a leading '
/// so a spreadsheet shows it instead of evaluating it as a formula (CSV injection); a field
/// holding a comma, quote or line break is quoted with inner quotes doubled.
inline std::string csvField(std::string_view text) {
    std::string value;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        value += '\'';
    value += text;
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

/// One record, fields separated by commas and ended with CRLF as RFC 4180 asks.
inline std::string csvRecord(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i)
        line += (i ? "," : "") + csvField(fields[i]);
    return line + "\r\n";
}

} // namespace crisis::detail
