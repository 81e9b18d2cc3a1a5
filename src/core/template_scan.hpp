#pragma once
// The placeholder scanner shared by the renderer and the kit reader: splits a template text
// into literal runs and `{{name}}` placeholders and reports every malformed brace.

#include <crisis/messages.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

/// A run of literal text, or a well-formed placeholder (its name, spaces trimmed).
struct Segment {
    bool placeholder = false;
    std::string_view text; ///< the literal text, or the placeholder name
};

/// A malformed brace and the 1-based line of the text it is on.
struct ScanIssue {
    std::size_t line = 1;
    Message message;
};

struct ScannedText {
    std::vector<Segment> segments;
    std::vector<ScanIssue> issues;
};

/// Grammar: `{{`, optional spaces or tabs, a name of [a-z_]+, optional spaces or tabs, `}}`, on
/// one line. A `{{` not followed by that (`{{company`, `{{{x}}}`, `{{}}`, `{{Company}}`) and a
/// `}}` outside a placeholder are issues; single `{` and `}` are literal text.
ScannedText scanTemplateText(std::string_view text);

} // namespace crisis::detail
