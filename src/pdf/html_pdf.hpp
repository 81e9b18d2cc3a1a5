#pragma once
// HTML to PDF for the reports the core renders (report.hpp, review_report.hpp, drill reports).
// Kept outside the core because it needs Qt's text layout and fonts.

#include <filesystem>
#include <string>

namespace crisis::pdf {

/// Lays out `html` (a complete UTF-8 document) on A4 pages and writes it to `path` as PDF,
/// with `title` as the document title. The file appears complete or not at all: it is written
/// beside `path` and renamed into place. Creates an offscreen QGuiApplication when the process
/// has none (crisisctl). Throws crisis::Error(Io) when the file cannot be written.
void writeHtmlPdf(const std::string& html, const std::filesystem::path& path, const std::string& title);

} // namespace crisis::pdf
