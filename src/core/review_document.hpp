#pragma once
// The after-action report's format-neutral document (report_document.hpp is the simpler one
// of the CAN report and executive summary). A format-neutral report: sections of paragraphs, tables and
// images, all plain text. Builders fill it once; one writer per output format escapes it, so no builder can
// forget to.

#include <string>
#include <vector>

namespace crisis::detail::aar {

struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

struct ReportBlock {
    enum class Kind { Paragraph, Table, Image };
    Kind kind = Kind::Paragraph;
    std::string text; ///< paragraph text, or the image's alt text
    ReportTable table;
    std::string source; ///< image: a data URI already checked by the builder
};

struct ReportSection {
    std::string heading;
    int level = 2; ///< 2 for sections, 3 for sub-sections
    std::vector<ReportBlock> blocks;
};

struct ReportDocument {
    std::string title;
    std::string language; ///< "en" or "zh", for the HTML lang attribute
    std::vector<ReportSection> sections;

    ReportSection& section(std::string heading, int level = 2) {
        sections.push_back({std::move(heading), level, {}});
        return sections.back();
    }
};

inline void addParagraph(ReportSection& section, std::string text) {
    section.blocks.push_back({ReportBlock::Kind::Paragraph, std::move(text), {}, {}});
}

inline void addTable(ReportSection& section, ReportTable table) {
    section.blocks.push_back({ReportBlock::Kind::Table, {}, std::move(table), {}});
}

inline void addImage(ReportSection& section, std::string alt, std::string source) {
    section.blocks.push_back({ReportBlock::Kind::Image, std::move(alt), {}, std::move(source)});
}

/// Markdown with every text escaped (HTML-significant characters as entities, Markdown
/// punctuation with a backslash), so a renderer shows user text and runs none of it.
std::string toMarkdown(const ReportDocument& document);
/// A whole HTML page with every text escaped.
std::string toHtml(const ReportDocument& document);

} // namespace crisis::detail::aar
