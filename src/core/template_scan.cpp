#include "template_scan.hpp"

#include <algorithm>

namespace crisis::detail {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || c == '_';
}

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A fragment short enough for an error line, cut on a UTF-8 boundary.
std::string excerpt(std::string_view fragment) {
    constexpr std::size_t maxBytes = 48;
    if (fragment.size() <= maxBytes)
        return std::string(fragment);
    std::size_t cut = maxBytes;
    while (cut > 0 && isContinuation(fragment[cut]))
        --cut;
    return std::string(fragment.substr(0, cut)) + "...";
}

} // namespace

ScannedText scanTemplateText(std::string_view text) {
    ScannedText out;
    const std::size_t size = text.size();
    std::size_t line = 1;
    std::size_t lineStart = 0;
    std::size_t literalStart = 0;
    std::size_t i = 0;

    const auto flushLiteral = [&](std::size_t end) {
        if (end > literalStart)
            out.segments.push_back({false, text.substr(literalStart, end - literalStart)});
    };
    const auto issue = [&](std::string id, std::string_view fragment) {
        out.issues.push_back({line, Message{std::move(id), {excerpt(fragment)}}});
    };
    const auto closesAt = [&](std::size_t k) { return k + 1 < size && text[k] == '}' && text[k + 1] == '}'; };

    while (i < size) {
        const char c = text[i];
        if (c == '\n') {
            ++i;
            ++line;
            lineStart = i;
            continue;
        }
        if (closesAt(i)) {
            // A `}}` nobody opened: show a little of what precedes it so it can be found.
            flushLiteral(i);
            std::size_t from = i - std::min<std::size_t>(i - lineStart, 12);
            while (from > lineStart && isContinuation(text[from]))
                --from;
            std::size_t end = i;
            while (end < size && text[end] == '}')
                ++end;
            issue("template.stray_close", text.substr(from, end - from));
            i = literalStart = end;
            continue;
        }
        if (c != '{' || i + 1 >= size || text[i + 1] != '{') {
            ++i;
            continue;
        }

        flushLiteral(i);
        const std::size_t open = i;
        const std::size_t nameStart = i + 2;
        if (nameStart < size && text[nameStart] == '{') {
            // Three or more opening braces: report the whole run up to its closing braces.
            std::size_t end = nameStart;
            while (end < size && text[end] != '\n' && !closesAt(end))
                ++end;
            while (end < size && text[end] == '}')
                ++end;
            issue("template.malformed", text.substr(open, end - open));
            i = literalStart = end;
            continue;
        }
        std::size_t k = nameStart;
        while (k < size && text[k] != '{' && text[k] != '}' && text[k] != '\n')
            ++k;
        if (closesAt(k)) {
            std::string_view name = text.substr(nameStart, k - nameStart);
            while (!name.empty() && isBlank(name.front()))
                name.remove_prefix(1);
            while (!name.empty() && isBlank(name.back()))
                name.remove_suffix(1);
            if (!name.empty() && std::all_of(name.begin(), name.end(), isNameChar))
                out.segments.push_back({true, name});
            else
                issue("template.malformed", text.substr(open, k + 2 - open));
            i = literalStart = k + 2;
            continue;
        }
        // Not closed on this line. Resume at the brace that interrupted it, so a following
        // placeholder is still checked; a lone `}` (as in `{{company}`) belongs to this one.
        std::size_t end = k;
        if (end < size && text[end] == '}')
            ++end;
        issue("template.unterminated", text.substr(open, end - open));
        i = literalStart = end;
    }
    flushLiteral(size);
    return out;
}

} // namespace crisis::detail
