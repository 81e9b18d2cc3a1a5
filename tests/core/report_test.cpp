#include <crisis/report.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <functional>

using namespace crisis;
using crisis::test::at;

namespace {

ReportInput sample() {
    ReportInput in;
    in.title = "Unauthorised access to the order database";
    in.crisisType = "cyber-breach";
    in.severity = 1;
    in.phase = Phase::Respond;
    in.detectedAt = at("2026-03-01T06:40:00Z");
    in.generatedAt = at("2026-03-01T12:00:00Z");
    in.clocks = {{"First acknowledgement", ClockState::Met, at("2026-03-01T07:40:00Z")},
                 {"GDPR Art. 33", ClockState::Pending, at("2026-03-04T06:40:00Z")},
                 {"Analyze complete", ClockState::Overdue, at("2026-03-01T08:40:00Z")},
                 {"Regulator call", ClockState::NotStarted, std::nullopt}};
    in.checklist = {{"Statement approved by legal", true}, {"Non-crisis marketing paused", false}};
    in.tasks = {{"Reset all passwords", "Li Wei", at("2026-03-01T10:00:00Z"), TaskState::Done},
                {"Notify the regulator", "", at("2026-03-01T11:00:00Z"), TaskState::Overdue},
                {"Brief customer service", "Ana", at("2026-03-01T18:00:00Z"), TaskState::Open}};
    in.statements = {
        {at("2026-03-01T07:30:00Z"), "social-post", "Holding statement", "We are investigating."}};
    in.needs = "Two more forensic analysts.\nA decision on customer credits.";
    return in;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1))
        ++n;
    return n;
}

// Every user-supplied text field, each set to a script that names it.
const std::vector<std::pair<std::string, std::function<void(ReportInput&, const std::string&)>>> textFields{
    {"title", [](ReportInput& in, const std::string& v) { in.title = v; }},
    {"type", [](ReportInput& in, const std::string& v) { in.crisisType = v; }},
    {"clock", [](ReportInput& in, const std::string& v) { in.clocks.at(0).name = v; }},
    {"checklist", [](ReportInput& in, const std::string& v) { in.checklist.at(0).text = v; }},
    {"task", [](ReportInput& in, const std::string& v) { in.tasks.at(0).title = v; }},
    {"assignee", [](ReportInput& in, const std::string& v) { in.tasks.at(0).assignee = v; }},
    {"channel", [](ReportInput& in, const std::string& v) { in.statements.at(0).channel = v; }},
    {"stmt-title", [](ReportInput& in, const std::string& v) { in.statements.at(0).title = v; }},
    {"stmt-text", [](ReportInput& in, const std::string& v) { in.statements.at(0).text = v; }},
    {"needs", [](ReportInput& in, const std::string& v) { in.needs = v; }},
};

} // namespace

TEST_CASE("Markdown CAN report has its three sections, in English and Chinese") {
    const auto en = renderReport(sample(), ReportKind::Can, ReportFormat::Markdown, Language::En);
    CHECK(en.starts_with("# CAN report: Unauthorised access to the order database\n"));
    const auto conditions = en.find("\n## Conditions\n");
    const auto actions = en.find("\n## Actions\n");
    const auto needs = en.find("\n## Needs\n");
    REQUIRE(conditions != std::string::npos);
    REQUIRE(actions != std::string::npos);
    REQUIRE(needs != std::string::npos);
    CHECK(conditions < actions);
    CHECK(actions < needs);
    CHECK(en.find("Current phase: Respond.") != std::string::npos);
    CHECK(en.find("| Analyze complete | overdue | 2026-03-01T08:40:00Z |") != std::string::npos);
    CHECK(en.find("| Regulator call | not started | — |") != std::string::npos);
    CHECK(en.find("Exit checklist: 1 of 2 done.") != std::string::npos);
    CHECK(en.find("Tasks: 1 of 3 done, 1 overdue.") != std::string::npos);
    CHECK(en.find("| Notify the regulator | (unassigned) |") != std::string::npos);
    CHECK(en.find("Two more forensic analysts\\.") == std::string::npos); // '.' is not escaped
    CHECK(en.find("Two more forensic analysts.\\\nA decision on customer credits.") != std::string::npos);

    const auto zh = renderReport(sample(), ReportKind::Can, ReportFormat::Markdown, Language::Zh);
    CHECK(zh.starts_with("# CAN 报告:"));
    CHECK(zh.find("\n## 现状\n") < zh.find("\n## 行动\n"));
    CHECK(zh.find("\n## 行动\n") < zh.find("\n## 需求\n"));
    CHECK(zh.find("\n## 需求\n") != std::string::npos);
    CHECK(zh.find("当前阶段:响应。") != std::string::npos);
    CHECK(zh.find("| 已逾期 |") != std::string::npos);
}

TEST_CASE("Markdown executive summary has the situation, key figures and needs") {
    const auto en = renderReport(sample(), ReportKind::Executive, ReportFormat::Markdown, Language::En);
    CHECK(en.starts_with("# Executive summary: "));
    CHECK(en.find("(cyber-breach, severity 1) was detected at 2026-03-01T06:40:00Z and is now in the Respond "
                  "phase.") != std::string::npos);
    CHECK(en.find("\n## Key figures\n") != std::string::npos);
    CHECK(en.find("- Clocks: 1 overdue, 0 in warning, 1 met on time, 0 met late.") != std::string::npos);
    CHECK(en.find("- Statements published: 1, the latest at 2026-03-01T07:30:00Z.") != std::string::npos);
    CHECK(en.find("\n## Needs\n") != std::string::npos);

    auto quiet = sample();
    quiet.statements.clear();
    quiet.needs = "  \n";
    const auto zh = renderReport(quiet, ReportKind::Executive, ReportFormat::Markdown, Language::Zh);
    CHECK(zh.find("\n## 关键数据\n") != std::string::npos);
    CHECK(zh.find("\n## 需求\n") != std::string::npos);
    CHECK(zh.find("尚未发布任何声明。") != std::string::npos);
    CHECK(zh.find("未记录需求。") != std::string::npos);
}

TEST_CASE("HTML reports escape a script in every text field") {
    for (const auto kind : {ReportKind::Can, ReportKind::Executive}) {
        for (const auto lang : {Language::En, Language::Zh}) {
            for (const auto& [name, set] : textFields) {
                INFO(name);
                auto in = sample();
                set(in, "<script>alert('" + name + "')</script>");
                const auto html = renderReport(in, kind, ReportFormat::Html, lang);
                CHECK(lower(html).find("<script") == std::string::npos);
                CHECK(html.find("alert('") == std::string::npos);
                if (kind == ReportKind::Can || name == "title" || name == "type" || name == "needs")
                    CHECK(html.find("&lt;script&gt;alert(&#39;" + name + "&#39;)&lt;/script&gt;") !=
                          std::string::npos);
            }
        }
    }
}

TEST_CASE("HTML report is a complete document with the title and sections") {
    auto in = sample();
    in.title = "Fish & <Chips>";
    const auto html = renderReport(in, ReportKind::Can, ReportFormat::Html, Language::Zh);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh\">"));
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<title>CAN 报告:Fish &amp; &lt;Chips&gt;</title>") != std::string::npos);
    CHECK(count(html, "<h2>") == 3);
    CHECK(html.find("<h2>现状</h2>") != std::string::npos);
    CHECK(html.find("<th>时钟</th>") != std::string::npos);
    CHECK(html.find("Two more forensic analysts.<br>A decision on customer credits.") != std::string::npos);
    CHECK(html.ends_with("</html>\n"));
}

TEST_CASE("Markdown reports keep user text from becoming markup") {
    for (const auto& [name, set] : textFields) {
        INFO(name);
        auto in = sample();
        set(in, "<script>x</script>");
        const auto md = renderReport(in, ReportKind::Can, ReportFormat::Markdown, Language::En);
        CHECK(md.find("<script>") == std::string::npos);
        CHECK(md.find("\\<script\\>x\\</script\\>") != std::string::npos);
    }
    auto in = sample();
    in.needs = "# not a heading\n- not a list\n1. not a list | *not bold* [no](link)";
    in.tasks.at(0).title = "a | b";
    const auto md = renderReport(in, ReportKind::Can, ReportFormat::Markdown, Language::En);
    CHECK(
        md.find("\\# not a heading\\\n\\- not a list\\\n1\\. not a list \\| \\*not bold\\* \\[no\\](link)") !=
        std::string::npos);
    CHECK(md.find("| a \\| b |") != std::string::npos);
    CHECK(htmlEscape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&#39;");
}
