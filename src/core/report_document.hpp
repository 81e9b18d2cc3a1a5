#pragma once
// A report as plain blocks of plain text, built once and written as Markdown or HTML: the
// writers are the one place where text is escaped, so no builder can forget it.

#include <crisis/messages.hpp>

#include <string>
#include <vector>

namespace crisis::detail {

struct ReportBlock {
    enum class Kind { Title, Heading, Paragraph, Bullets, Table };
    Kind kind = Kind::Paragraph;
    std::string text;                           ///< Title, Heading, Paragraph (may span lines)
    std::vector<std::vector<std::string>> rows; ///< Bullets: one cell a row; Table: header row first
};

using ReportDocument = std::vector<ReportBlock>;

/// CommonMark; text escaped so that nothing a user typed becomes markup or raw HTML.
std::string toMarkdown(const ReportDocument& document);
/// A complete HTML document; `lang` sets its language attribute.
std::string toHtml(const ReportDocument& document, Language lang);

} // namespace crisis::detail
