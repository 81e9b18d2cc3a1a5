// The two writers of a ReportDocument. All escaping of report text happens here.

#include "html.hpp"
#include "review_document.hpp"

#include <string_view>

namespace crisis::detail::aar {

namespace {

// HTML-significant characters become entities (a Markdown renderer passes raw HTML through),
// Markdown punctuation gets a backslash (no user text can open a link, an image or a table
// cell), and line breaks become <br> so a text cannot end a table row or start a heading.
std::string markdownText(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r')
            continue;
        if (c == '\n')
            out += "<br>";
        else if (std::string_view("&<>\"'").find(c) != std::string_view::npos)
            out += htmlEscape(text.substr(i, 1));
        else if (std::string_view("\\`*_[]|#!~").find(c) != std::string_view::npos)
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out;
}

std::string htmlText(std::string_view text) {
    std::string escaped = htmlEscape(text);
    std::string out;
    for (const char c : escaped) {
        if (c == '\n')
            out += "<br>";
        else if (c != '\r')
            out += c;
    }
    return out;
}

void markdownTable(std::string& out, const ReportTable& table) {
    auto row = [&](const std::vector<std::string>& cells) {
        out += "|";
        for (const auto& cell : cells)
            out += " " + markdownText(cell) + " |";
        out += "\n";
    };
    row(table.header);
    out += "|";
    for (std::size_t i = 0; i < table.header.size(); ++i)
        out += " --- |";
    out += "\n";
    for (const auto& cells : table.rows)
        row(cells);
}

void htmlTable(std::string& out, const ReportTable& table) {
    // width="100%": Qt's text layout (the PDF) ignores the CSS width of tables.
    out += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>";
    for (const auto& cell : table.header)
        out += "<th>" + htmlText(cell) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& cells : table.rows) {
        out += "<tr>";
        for (const auto& cell : cells)
            out += "<td>" + htmlText(cell) + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

} // namespace

std::string toMarkdown(const ReportDocument& document) {
    std::string out = "# " + markdownText(document.title) + "\n";
    for (const auto& section : document.sections) {
        out += "\n" + std::string(static_cast<std::size_t>(section.level), '#') + " " +
               markdownText(section.heading) + "\n\n";
        for (const auto& block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Paragraph:
                out += markdownText(block.text) + "\n\n";
                break;
            case ReportBlock::Kind::Table:
                markdownTable(out, block.table);
                out += "\n";
                break;
            case ReportBlock::Kind::Image:
                // The builder only passes data URIs of base64 text, which hold no Markdown syntax.
                out += "![" + markdownText(block.text) + "](" + block.source + ")\n\n";
                break;
            }
        }
    }
    return out;
}

std::string toHtml(const ReportDocument& document) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"" + htmlEscape(document.language) +
        "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + htmlText(document.title) +
        "</title>\n<style>\n"
        "body{font-family:sans-serif;margin:2em;max-width:70em}\n"
        "table{border-collapse:collapse;margin:0.5em 0}\n"
        "th,td{border:1px solid #999;padding:0.25em 0.5em;text-align:left;vertical-align:top}\n"
        "th{background:#eee}\nimg{max-width:100%}\n.caption{color:#555;font-size:90%;margin-top:0}\n"
        "</style>\n</head>\n<body>\n<h1>" +
        htmlText(document.title) + "</h1>\n";
    for (const auto& section : document.sections) {
        const std::string h = "h" + std::to_string(section.level);
        out += "<" + h + ">" + htmlText(section.heading) + "</" + h + ">\n";
        for (const auto& block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Paragraph:
                out += "<p>" + htmlText(block.text) + "</p>\n";
                break;
            case ReportBlock::Kind::Table:
                htmlTable(out, block.table);
                break;
            case ReportBlock::Kind::Image:
                // The caption is a paragraph of its own: Qt's text layout (PDF) knows no <figure>.
                out += "<div class=\"figure\"><img src=\"" + htmlEscape(block.source) + "\" alt=\"" +
                       htmlEscape(block.text) + "\"><p class=\"caption\">" + htmlText(block.text) +
                       "</p></div>\n";
                break;
            }
        }
    }
    return out + "</body>\n</html>\n";
}

} // namespace crisis::detail::aar
