#include "html_pdf.hpp"

#include <crisis/error.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// poppler-utils' pdftotext reads the PDF back the way a reader's viewer would.
std::string pdfText(const std::filesystem::path& pdf) {
    const auto txt = pdf.string() + ".txt";
    const std::string command = "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream in(txt);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("An HTML report prints to a PDF that pdftotext reads back, Chinese included") {
    const auto dir = std::filesystem::temp_directory_path() / "crisis_pdf_test";
    std::filesystem::create_directories(dir);
    const auto pdf = dir / "report.pdf";
    std::filesystem::remove(pdf);
    crisis::pdf::writeHtmlPdf("<html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                              "<h1>Breach &lt;script&gt; report</h1><p>数据泄露事件报告</p></body></html>",
                              pdf, "Breach report");
    REQUIRE(std::filesystem::exists(pdf));
    CHECK_FALSE(std::filesystem::exists(dir / "report.pdf.partial"));
    const auto text = pdfText(pdf);
    CHECK(text.find("Breach <script> report") != std::string::npos);
    CHECK(text.find("数据泄露事件报告") != std::string::npos);
}

TEST_CASE("A PDF into a folder that does not exist is a clear error and leaves nothing") {
    const auto pdf = std::filesystem::temp_directory_path() / "crisis_pdf_missing_dir" / "x" / "r.pdf";
    try {
        crisis::pdf::writeHtmlPdf("<p>x</p>", pdf, "x");
        FAIL("no error");
    } catch (const crisis::Error& e) {
        CHECK(e.code() == crisis::ErrorCode::Io);
        CHECK(std::string(e.what()).find("r.pdf") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(pdf));
}
