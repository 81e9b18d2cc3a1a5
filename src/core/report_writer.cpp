// Writing a report document as Markdown or HTML, escaping every text on the way out.

#include <crisis/report.hpp>

#include "html.hpp"
#include "report_document.hpp"

#include <algorithm>
#include <string_view>

namespace crisis {

std::string htmlEscape(std::string_view text) {
    return detail::htmlEscape(text);
}

namespace detail {

namespace {

// Inline markup and raw HTML: a backslash makes each of these literal in CommonMark.
constexpr std::string_view markdownInline = "\\`*_[]<>|&!";
// At the start of a line these begin a heading, list, quote or rule.
constexpr std::string_view markdownLineStart = "#-+=>";

// One line of user text; line breaks become spaces where a block must stay on one line.
std::string markdownLine(std::string_view text) {
    std::string out;
    bool lineStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r')
            continue;
        if (c == '\n')
            c = ' ';
        if (lineStart && c != ' ') {
            if (markdownLineStart.find(c) != std::string_view::npos)
                out += '\\';
            // "1." and "1)" start an ordered list.
            std::size_t j = i;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9')
                ++j;
            if (j > i && j < text.size() && (text[j] == '.' || text[j] == ')')) {
                out.append(text.substr(i, j - i)).append("\\");
                i = j - 1;
                lineStart = false;
                continue;
            }
            lineStart = false;
        }
        if (markdownInline.find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

// Text that may span lines: each line escaped by `escapeLine`, joined by `lineBreak`, so the
// user's line breaks survive as hard breaks.
template <class EscapeLine>
std::string multiline(std::string_view text, std::string_view lineBreak, EscapeLine escapeLine) {
    std::string out;
    for (std::size_t start = 0; start <= text.size();) {
        const auto end = std::min(text.find('\n', start), text.size());
        auto line = text.substr(start, end - start);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (start > 0)
            out += lineBreak;
        out += escapeLine(line);
        start = end + 1;
    }
    return out;
}

std::string markdownParagraph(std::string_view text) {
    return multiline(text, "\\\n", markdownLine);
}

std::string htmlParagraph(std::string_view text) {
    return multiline(text, "<br>", htmlEscape);
}

} // namespace

std::string toMarkdown(const ReportDocument& document) {
    std::string out;
    for (const auto& block : document) {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            out += "# " + markdownLine(block.text) + "\n\n";
            break;
        case ReportBlock::Kind::Heading:
            out += "## " + markdownLine(block.text) + "\n\n";
            break;
        case ReportBlock::Kind::Paragraph:
            out += markdownParagraph(block.text) + "\n\n";
            break;
        case ReportBlock::Kind::Bullets:
            for (const auto& row : block.rows)
                out += "- " + markdownLine(row.empty() ? "" : row.front()) + "\n";
            out += "\n";
            break;
        case ReportBlock::Kind::Table:
            for (std::size_t r = 0; r < block.rows.size(); ++r) {
                out += "|";
                for (const auto& cell : block.rows[r])
                    out += " " + markdownLine(cell) + " |";
                out += "\n";
                if (r == 0) {
                    out += "|";
                    for (std::size_t c = 0; c < block.rows[r].size(); ++c)
                        out += " --- |";
                    out += "\n";
                }
            }
            out += "\n";
            break;
        }
    }
    return out;
}

std::string toHtml(const ReportDocument& document, Language lang) {
    std::string title;
    for (const auto& block : document)
        if (block.kind == ReportBlock::Kind::Title && title.empty())
            title = block.text;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"" + std::string(languageCode(lang)) +
        "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + htmlEscape(title) +
        "</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "th,td{border:1px solid #999;padding:2px 6px;text-align:left}</style>\n</head>\n<body>\n";
    for (const auto& block : document) {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            out += "<h1>" + htmlEscape(block.text) + "</h1>\n";
            break;
        case ReportBlock::Kind::Heading:
            out += "<h2>" + htmlEscape(block.text) + "</h2>\n";
            break;
        case ReportBlock::Kind::Paragraph:
            out += "<p>" + htmlParagraph(block.text) + "</p>\n";
            break;
        case ReportBlock::Kind::Bullets:
            out += "<ul>\n";
            for (const auto& row : block.rows)
                out += "<li>" + htmlParagraph(row.empty() ? "" : row.front()) + "</li>\n";
            out += "</ul>\n";
            break;
        case ReportBlock::Kind::Table:
            out += "<table>\n";
            for (std::size_t r = 0; r < block.rows.size(); ++r) {
                const std::string cellTag = r == 0 ? "th" : "td";
                out += "<tr>";
                for (const auto& cell : block.rows[r])
                    out += "<" + cellTag + ">" + htmlParagraph(cell) + "</" + cellTag + ">";
                out += "</tr>\n";
            }
            out += "</table>\n";
            break;
        }
    }
    out += "</body>\n</html>\n";
    return out;
}

} // namespace detail

} // namespace crisis
