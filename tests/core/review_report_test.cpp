#include <crisis/error.hpp>
#include <crisis/playbook_proposal.hpp>
#include <crisis/review_report.hpp>
#include <crisis/timeline_export.hpp>

#include "review_log.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <openssl/evp.h>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;

namespace {

struct Report {
    test::ReviewLog r = test::handBuiltLog();
    ReviewMetrics metrics = computeReviewMetrics(r.incident, r.playbook, r.log, nullptr, r.now);
    ReviewState review = foldReview(r.log);
    AfterActionInput input() const { return {r.incident, r.playbook, r.log, metrics, review, {}}; }
};

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("A proposal gives the expected draft playbook and leaves the base alone") {
    const auto base = test::handBuiltLog().playbook;

    auto draft = applyProposal(base, SetClockDuration{"identify", *DueOffset::parse("20m")});
    auto expected = base;
    expected.clocks[0].duration = *DueOffset::parse("20m");
    CHECK(draft == expected);
    CHECK(base.clock("identify")->duration.toString() == "30m");

    const ChecklistItem item{"stakeholders", {"Stakeholder reactions assessed", "已评估利益相关方反应"}};
    draft = applyProposal(base, AddChecklistItem{Phase::Analyze, item});
    CHECK(draft.checklist(Phase::Analyze).back() == item);
    CHECK(draft.checklist(Phase::Analyze).size() == base.checklist(Phase::Analyze).size() + 1);

    const TaskTemplate task{
        "pause-ads", {"Pause marketing", "暂停营销"}, "operations", *DueOffset::parse("2h")};
    draft = applyProposal(base, AddTaskTemplate{task});
    CHECK(draft.tasks.back() == task);
    CHECK(draft.tasks.size() == 4);

    draft = applyProposal(base, SetClockWarnings{"regulator", {0.25, 0.5, 0.9}});
    CHECK(draft.clock("regulator")->warnings == std::vector<double>{0.25, 0.5, 0.9});
}

TEST_CASE("An invalid proposal throws instead of giving a draft") {
    const auto base = test::handBuiltLog().playbook;
    CHECK_THROWS_AS(applyProposal(base, SetClockWarnings{"identify", {0.8, 0.5}}), ValidationError);
    CHECK_THROWS_AS(applyProposal(base, SetClockDuration{"no-such-clock", *DueOffset::parse("1h")}),
                    ValidationError);
    CHECK_THROWS_AS(applyProposal(base, AddChecklistItem{Phase::Respond, {"scope", {"Dup", "重复"}}}),
                    ValidationError);
    CHECK_THROWS_AS(applyProposal(base, AddChecklistItem{Phase::Respond, {"new-item", {"", ""}}}),
                    ValidationError);
    CHECK_THROWS_AS(applyProposal(base, AddTaskTemplate{{"t9", {"x", "x"}, "astrologer", {}}}),
                    ValidationError);
}

TEST_CASE("Proposals survive their JSON form - a malformed one is refused") {
    const std::vector<PlaybookProposal> all{
        SetClockDuration{"identify", *DueOffset::parse("20m")},
        AddChecklistItem{Phase::Respond, {"faq", {"FAQ online", "常见问题已上线"}}},
        AddTaskTemplate{
            {"pause-ads", {"Pause marketing", "暂停营销"}, "operations", *DueOffset::parse("2h")}},
        SetClockWarnings{"respond", {0.5, 0.75}}};
    for (const auto& p : all)
        CHECK(proposalFromJson(proposalToJson(p), "test") == p);
    CHECK_THROWS_AS(proposalFromJson({{"kind", "rename"}}, "test"), ValidationError);
    CHECK_THROWS_AS(
        proposalFromJson({{"kind", "clock-duration"}, {"clock", "x"}, {"duration", "soon"}}, "test"),
        ValidationError);
    CHECK_THROWS_AS(proposalFromJson(nlohmann::json::array(), "test"), ValidationError);
}

TEST_CASE_METHOD(Report, "The after-action report has every section in English and Chinese") {
    for (const auto lang : {Language::En, Language::Zh}) {
        const auto md = afterActionMarkdown(input(), lang);
        const auto html = afterActionHtml(input(), lang);
        for (const char* id :
             {"report.summary", "report.timeline", "report.clocks", "report.charts", "report.statements",
              "report.metrics", "report.tasks", "report.answers", "report.notes", "report.improvements"}) {
            INFO(id);
            CHECK(md.find(text(id, lang)) != std::string::npos);
            CHECK(html.find(">" + text(id, lang) + "</h") != std::string::npos);
        }
        CHECK(html.find("<html lang=\"" + std::string(languageCode(lang)) + "\">") != std::string::npos);
        CHECK(md.find(text("target.outcome.missed", lang)) != std::string::npos);
        CHECK(md.find(text("target.outcome.met-late", lang)) != std::string::npos);
        CHECK(md.find(text("report.col.proposal", lang)) != std::string::npos);
    }
    const auto en = afterActionMarkdown(input(), Language::En);
    CHECK(en.find("Regulator notified") != std::string::npos);
    // The outcome at a glance, late tasks by name, readable times, overdue items said so.
    CHECK(en.find("3d 00h") != std::string::npos);                           // T0 to close
    CHECK(en.find("Regulator notified") < en.find("## Timeline"));           // missed, named in the summary
    CHECK(en.find("| Reset passwords | it | Zhang |") != std::string::npos); // done late
    CHECK(en.find("| Brief press | comms | Zhang |") != std::string::npos);  // never done
    CHECK(en.find("2026-03-02 08:20 UTC") != std::string::npos);
    CHECK(en.find("open, past due") == std::string::npos);
    const auto later =
        computeReviewMetrics(r.incident, r.playbook, r.log, nullptr, at("2026-04-02T00:00:00Z"));
    const AfterActionInput lateInput{r.incident, r.playbook, r.log, later, review, {}};
    CHECK(afterActionMarkdown(lateInput, Language::En).find("open, past due") != std::string::npos);
    CHECK(en.find("2 of 3 gaps longer than 4h") != std::string::npos);
    // Only significant events: no task ticks or review answers in the timeline.
    CHECK(en.find("Task done") == std::string::npos);
    CHECK(en.find("Phase Respond → Reputation, forced") != std::string::npos);
    CHECK(afterActionMarkdown(input(), Language::Zh).find("已发布声明") != std::string::npos);
}

TEST_CASE_METHOD(Report, "Every user text in the report is escaped") {
    const auto html = afterActionHtml(input(), Language::En);
    const auto md = afterActionMarkdown(input(), Language::En);
    for (const auto* out : {&html, &md}) {
        CHECK(out->find("<script") == std::string::npos);
        CHECK(out->find("&lt;script&gt;") != std::string::npos);
    }
    // Title (in <title>, <h1>, the summary and the opening's timeline line), forced reason, actor,
    // statement title / audience / link, answer team and text, note, improvement finding,
    // action, owner and the proposed checklist text.
    for (const std::string field :
         {"Leak ", "Board ", "Wang ", "Holding ", "social-post ", "customers ", "https://x.test/", "comms ",
          "Fast holding ", "Note ", "Analysis late ", "Shorter analyze ", "Li ", "Stakeholders "}) {
        INFO(field);
        CHECK(count(html, field + "&lt;script&gt;alert(1)&lt;/script&gt;") >= 1);
    }
    CHECK(count(html, "Leak &lt;script&gt;") == 4);
}

TEST_CASE_METHOD(Report, "Charts are embedded as images only when they are data URIs") {
    auto in = input();
    in.charts.volume = "data:image/png;base64,iVBORw0KGgo=";
    in.charts.sentiment = "javascript:alert(1)";
    const auto html = afterActionHtml(in, Language::En);
    CHECK(html.find("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Mention volume\">") !=
          std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(count(html, "<img") == 1);
    in.charts.sentiment = "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"onload=\"x";
    CHECK(count(afterActionHtml(in, Language::En), "<img") == 1);
    in.charts.sentiment = "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=";
    CHECK(count(afterActionMarkdown(in, Language::Zh), "](data:image/") == 2);
}

TEST_CASE_METHOD(Report, "Timeline CSV quotes per RFC 4180 and guards against formulas") {
    r.add("2026-03-05T08:30:00Z", "=HYPERLINK(\"http://evil\",\"x\")", event_kind::reviewNoted,
          {{"text", "a, \"b\"\nc"}});
    r.add("2026-03-05T08:31:00Z", "+1", event_kind::reviewNoted, {{"text", "-2"}});
    r.add("2026-03-05T08:32:00Z", "@sum", event_kind::reviewNoted, {{"text", "x"}});
    const auto csv = timelineCsv(r.incident, r.playbook, r.log, Language::En);
    CHECK(csv.starts_with("seq,at,actor,kind,description,payload\r\n"));
    CHECK(csv.find("1,2026-03-02T08:05:00Z,Li,incident.opened,") != std::string::npos);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"") != std::string::npos);
    CHECK(csv.find("\"{\"\"text\"\":\"\"a, \\\"\"b\\\"\"\\nc\"\"}\"") != std::string::npos);
    CHECK(csv.find(",'+1,review.noted,") != std::string::npos);
    CHECK(csv.find(",'@sum,review.noted,") != std::string::npos);
    CHECK(count(csv, "\r\n") == r.log.size() + 1);

    const auto json = nlohmann::json::parse(timelineJson(r.log));
    REQUIRE(json.size() == r.log.size());
    CHECK(json[0]["kind"] == "incident.opened");
    CHECK(json[0]["at"] == "2026-03-02T08:05:00Z");
    CHECK(json.back()["actor"] == "@sum");
    CHECK(json[2]["payload"]["title"] == "Holding " + test::evil);
}

TEST_CASE_METHOD(
    Report, "ICS-214 lists each person with the roles they held in the incident or else from the roster") {
    const std::vector<Member> roster{{1, "Li", "crisis-manager", ""}, {2, "Zhang", "it", ""}};
    const Ics214Signature signed_{"Li", at("2026-03-06T09:00:00Z")};
    // Without a role history (none recorded) the roster gives the roles.
    auto unrecorded = r.incident;
    unrecorded.roles.clear();
    const auto csv = ics214Csv(unrecorded, r.playbook, r.log, roster, Language::En, signed_);
    CHECK(
        csv.starts_with("Incident,Operational period,Name,Role,Date/time,Notable activity,Prepared by\r\n"));
    CHECK(csv.find("Leak <script>alert(1)</script>,2026-03-02T08:00:00Z/2026-03-05T08:00:00Z,Zhang,it,"
                   "2026-03-02T09:30:00Z,Task done: Reset passwords,Li 2026-03-06T09:00:00Z\r\n") !=
          std::string::npos);
    CHECK(csv.find(",Li,crisis-manager,2026-03-02T08:20:00Z,Phase Identify → Analyze,") != std::string::npos);
    CHECK(csv.find(",not on the roster,") != std::string::npos); // Wang
    CHECK(csv.find("Alert:") == std::string::npos);              // the console's doing, not a person's

    const auto md = ics214Markdown(unrecorded, r.playbook, r.log, roster, Language::Zh, signed_);
    CHECK(md.find("活动记录(ICS 214)") != std::string::npos);
    CHECK(md.find("作业时段:2026-03-02T08:00:00Z 至 2026-03-05T08:00:00Z") != std::string::npos);
    CHECK(md.find("## Zhang — it") != std::string::npos);
    CHECK(md.find("填写人:Li,2026-03-06T09:00:00Z") != std::string::npos);
    CHECK(md.find("((") == std::string::npos);
    CHECK(md.find("任务已完成:重置密码") != std::string::npos);
    CHECK(md.find("<script") == std::string::npos);

    // The incident's own role history wins over today's roster: Wang held comms, then left.
    auto incident = r.incident;
    incident.roles.clear();
    incident.roles.push_back(
        {"comms", "Wang " + test::evil, at("2026-03-02T08:00:00Z"), std::nullopt, "", "Li"});
    incident.roles.push_back(
        {"it", "Zhang", at("2026-03-02T08:00:00Z"), at("2026-03-03T08:00:00Z"), "", "Li"});
    incident.roles.push_back({"social", "Zhang", at("2026-03-03T08:00:00Z"), std::nullopt, "cover", "Li"});
    const auto held = ics214Csv(incident, r.playbook, r.log, roster, Language::En, signed_);
    CHECK(held.find(",comms,2026-03-02T08:50:00Z,") != std::string::npos); // Wang's statement
    CHECK(held.find(",not on the roster,") == std::string::npos);
    CHECK(held.find(",Zhang,\"it, social\",") != std::string::npos);
}

namespace {

std::string decodeDataUri(const std::string& uri) {
    const std::string prefix = "data:image/svg+xml;base64,";
    REQUIRE(uri.starts_with(prefix));
    const std::string b64 = uri.substr(prefix.size());
    std::string out(b64.size(), '\0');
    const int n =
        EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(b64.data()), static_cast<int>(b64.size()));
    REQUIRE(n >= 0);
    out.resize(static_cast<std::size_t>(n));
    while (!out.empty() && out.back() == '\0') // padding bytes
        out.pop_back();
    return out;
}

ChartBucket bucket(const std::string& iso, int total, int negative, double score) {
    ChartBucket b;
    b.start = at(iso);
    b.total = total;
    b.negative = negative;
    b.meanScore = score;
    b.baselineMean = 5;
    b.baselineSigma = 1;
    b.judged = true;
    return b;
}

} // namespace

TEST_CASE("The report charts are SVG with the series and the markers and escape their labels") {
    const std::vector<ChartBucket> buckets{bucket("2026-03-02T08:00:00Z", 4, 1, 0.1),
                                           bucket("2026-03-02T08:10:00Z", 40, 30, -0.6),
                                           bucket("2026-03-02T08:20:00Z", 0, 0, 0)};
    const std::vector<ChartMarker> markers{
        {ChartMarker::Kind::Phase, at("2026-03-02T08:15:00Z"), "<b>x</b>"},
        {ChartMarker::Kind::Statement, at("2026-03-01T00:00:00Z"), "early"}};
    const auto charts = afterActionCharts(buckets, 10min, 2.0, markers, Language::En);
    const auto volume = decodeDataUri(charts.volume);
    CHECK(volume.starts_with("<svg "));
    CHECK(volume.ends_with("</svg>"));
    CHECK(count(volume, "<polyline") == 2); // all and negative
    CHECK(count(volume, "<polygon") == 1);  // the baseline band
    // No band while the stream warms up: an unjudged bucket splits it.
    auto warming = buckets;
    warming[1].judged = false;
    CHECK(count(decodeDataUri(afterActionCharts(warming, 10min, 2.0, {}, Language::En).volume), "<polygon") ==
          2);
    for (auto& b : warming)
        b.judged = false;
    CHECK(count(decodeDataUri(afterActionCharts(warming, 10min, 2.0, {}, Language::En).volume), "<polygon") ==
          0);
    CHECK(volume.find("&lt;b&gt;x&lt;/b&gt;") != std::string::npos);
    CHECK(volume.find("<b>") == std::string::npos);
    CHECK(volume.find("early") == std::string::npos); // outside the charted span
    CHECK(volume.find("Mention volume") != std::string::npos);
    CHECK(volume.find(">40.0<") != std::string::npos); // the y axis reaches the peak

    const auto sentiment = decodeDataUri(charts.sentiment);
    CHECK(count(sentiment, "<polyline") == 1);
    // The empty bucket has no score to draw: two points, not three.
    const auto points = sentiment.substr(sentiment.find("points=\""));
    CHECK(count(points.substr(0, points.find("\"/>")), ",") == 2);

    const auto zh = decodeDataUri(afterActionCharts(buckets, 10min, 2.0, {}, Language::Zh).volume);
    CHECK(zh.find("提及量") != std::string::npos);
    CHECK(afterActionCharts({}, 10min, 2.0, markers, Language::En).volume.empty());
}

TEST_CASE("Chart markers are the phase changes and the published statements of the log") {
    const auto r = test::handBuiltLog();
    const auto markers = chartMarkers(r.log, Language::En);
    const auto phases = std::count_if(markers.begin(), markers.end(), [](const ChartMarker& m) {
        return m.kind == ChartMarker::Kind::Phase;
    });
    CHECK(phases == 6);          // T0 and five phase changes
    CHECK(markers.size() == 11); // and four statements and one spike
    CHECK(markers.front().label == "T0");
    CHECK(markers.front().at == r.t0);
    CHECK(markers[1].label == "Analyze");
    const auto spike = std::find_if(markers.begin(), markers.end(),
                                    [](const ChartMarker& m) { return m.kind == ChartMarker::Kind::Spike; });
    REQUIRE(spike != markers.end());
    CHECK(spike->label == "spike");
}
