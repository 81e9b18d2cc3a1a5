// crisisctl review commands, black box: answers and notes, the improvement plan with reminders
// and an accepted proposal, figures, the after-action report in three formats, log exports.

#include "cli_harness.hpp"

using crisis::test::Cli;

namespace {

constexpr const char* T0 = "2026-03-01T08:00:00Z";

// An incident of the cyber-breach playbook taken to Review: identify left at 20 min (met),
// analyze forced at 3 h (late).
void incidentInReview(const Cli& cli) {
    cli.ok({"init"});
    cli.ok({"team", "add", "Li", "--role", "crisis-manager"});
    cli.ok({"team", "add", "Wang <b>", "--role", "comms"});
    cli.ok({"--at", T0, "--actor", "Li", "incident", "open", "--playbook", "cyber-breach", "--title",
            "Breach <script>x</script>"});
    for (const auto* item : {"scope", "impact", "cause", "customers-affected"})
        cli.ok({"--at", "2026-03-01T08:20:00Z", "incident", "check", "1", item});
    cli.ok({"--at", "2026-03-01T08:20:00Z", "incident", "advance", "1"});
    for (const auto* at : {"2026-03-01T11:00:00Z", "2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z"})
        cli.ok({"--at", at, "incident", "advance", "1", "--force", "--reason", "test"});
}

} // namespace

TEST_CASE("crisisctl: review answers tick the checklist and notes are listed") {
    Cli cli;
    incidentInReview(cli);
    cli.ok({"--at", "2026-03-03T10:00:00Z", "--actor", "Wang <b>", "review", "answer", "1", "what-worked",
            "--team", "comms", "--text", "Holding statement fast"});
    cli.ok({"--at", "2026-03-03T10:05:00Z", "review", "note", "1", "--text", "Board briefed"});
    const auto review = cli.ok({"--json", "review", "show", "1"}).json();
    CHECK(review["answers"]["what-worked"]["comms"]["text"] == "Holding statement fast");
    CHECK(review["answers"]["what-worked"]["comms"]["author"] == "Wang <b>");
    CHECK(review["notes"][0]["text"] == "Board briefed");
    const auto status = cli.ok({"--json", "incident", "status", "1"}).json();
    CHECK(status.dump().find("what-worked") != std::string::npos);

    const auto bad = cli.run({"review", "answer", "1", "what-failed", "--team", "comms", "--text", "x"});
    CHECK(bad.exit == 1);
    CHECK(bad.err.find("what-failed") != std::string::npos);
}

TEST_CASE("crisisctl: improvements are added and reminded and a proposal becomes a playbook version") {
    Cli cli;
    incidentInReview(cli);
    const auto added = cli.ok({"--json", "--at", "2026-03-03T10:00:00Z", "improvement", "add", "1",
                               "--finding", "Identify slow", "--action", "Shorter identify clock", "--owner",
                               "Li", "--due", "2026-03-10T00:00:00Z", "--proposal",
                               R"({"kind":"clock-duration","clock":"identify","duration":"20m"})"})
                           .json();
    CHECK(added["id"] == "identify-slow");
    CHECK(added["status"] == "open");
    CHECK(added["proposal"]["kind"] == "clock-duration");

    // Before due nothing is overdue; after it the reminder lists it across incidents.
    CHECK(cli.ok({"--json", "--at", "2026-03-09T00:00:00Z", "improvement", "list", "--overdue"})
              .json()
              .empty());
    const auto overdue =
        cli.ok({"--json", "--at", "2026-03-11T00:00:00Z", "improvement", "list", "--overdue"}).json();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0]["incident"] == 1);
    CHECK(overdue[0]["overdue"] == true);
    // The reminder is in `due` and `next-change` too, and the text list marks it.
    const auto due = cli.ok({"--json", "--at", "2026-03-11T00:00:00Z", "due"}).json();
    CHECK(std::any_of(due.begin(), due.end(), [](const nlohmann::json& d) {
        return d["what"] == "improvement:identify-slow" && d["state"] == "overdue";
    }));
    CHECK(cli.ok({"--at", "2026-03-11T00:00:00Z", "improvement", "list", "1"}).out.find("open, overdue") !=
          std::string::npos);
    CHECK(cli.ok({"--at", "2026-03-09T00:00:00Z", "improvement", "list", "1"}).out.find("overdue") ==
          std::string::npos);

    const auto draft = cli.ok({"improvement", "draft", "1", "identify-slow"});
    CHECK(draft.out.find("\"duration\": \"20m\"") != std::string::npos);

    // Only the owner (crisis-manager) accepts: Wang is refused and nothing is stored.
    const auto refused = cli.run({"--actor", "Wang <b>", "improvement", "accept", "1", "identify-slow"});
    CHECK(refused.exit == 1);
    CHECK(refused.err.find("crisis-manager") != std::string::npos);
    const auto accepted =
        cli.ok({"--json", "--actor", "Li", "improvement", "accept", "1", "identify-slow"}).json();
    CHECK(accepted["playbook"] == "cyber-breach");
    CHECK(accepted["version"] == 2);
    const auto diff = cli.ok({"--json", "playbook", "diff", "cyber-breach", "1", "2"});
    CHECK(diff.out.find("identify") != std::string::npos);
    const auto items = cli.ok({"--json", "improvement", "list", "1"}).json();
    CHECK(items[0]["status"] == "done");
    CHECK(items[0]["accepted_version"] == 2);
    CHECK(cli.run({"improvement", "done", "1", "identify-slow"}).exit == 1);

    const auto badProposal =
        cli.run({"improvement", "add", "1", "--finding", "f", "--action", "a", "--owner", "o", "--due",
                 "2026-04-01T00:00:00Z", "--proposal", R"({"kind":"nope"})"});
    CHECK(badProposal.exit == 1);
    CHECK(badProposal.err.find("nope") != std::string::npos);
}

TEST_CASE("crisisctl: metrics carry the review figures beside the reputation ones") {
    Cli cli;
    incidentInReview(cli);
    const auto m = cli.ok({"--json", "--at", "2026-03-03T10:00:00Z", "metrics", "1"}).json();
    CHECK(m["phases"]["identify"]["outcome"] == "met");
    CHECK(m["phases"]["identify"]["took_ms"] == 20 * 60 * 1000);
    CHECK(m["phases"]["analyze"]["outcome"] == "met-late");
    CHECK(m["forced_advances"] == 3);
    CHECK(m["drill"] == false);
    CHECK(m["mentions"] == 0); // the reputation keys stay
    CHECK(m.contains("mean_response_ms"));
    CHECK(m["cadence"]["cadence_ms"] == 8 * 3600 * 1000); // the update cadence at severity 2
}

TEST_CASE("crisisctl: the after-action report in md html and pdf and the log exports escape user text") {
    Cli cli;
    incidentInReview(cli);
    const auto md = cli.ok({"report", "aar", "1", "--format", "md"});
    CHECK(md.out.find("After-action report") != std::string::npos);
    CHECK(md.out.find("<script>") == std::string::npos);
    cli.ok({"report", "aar", "1", "--format", "html", "--out", cli.file("aar.html").string()});
    const auto html = crisis::test::slurp(cli.file("aar.html"));
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);

    cli.ok({"report", "aar", "1", "--format", "pdf", "--out", cli.file("aar.pdf").string()});
    const std::string txt = cli.file("aar.txt").string();
    REQUIRE(std::system(("pdftotext -enc UTF-8 " + crisis::test::quote(cli.file("aar.pdf").string()) + " " +
                         crisis::test::quote(txt))
                            .c_str()) == 0);
    CHECK(crisis::test::slurp(txt).find("After-action report") != std::string::npos);
    const auto noOut = cli.run({"report", "aar", "1", "--format", "pdf"});
    CHECK(noOut.exit == 1);
    CHECK(noOut.err.find("--out") != std::string::npos);
    CHECK(cli.run({"report", "aar", "1", "--format", "pdf", "--out", "/nonexistent/dir/x.pdf"}).exit == 1);

    const auto csv = cli.ok({"export", "timeline", "1", "--format", "csv"});
    CHECK(csv.out.starts_with("seq,at,actor,kind"));
    const auto json = cli.ok({"export", "timeline", "1", "--format", "json"}).json();
    CHECK(json.size() >= 7);
    CHECK(json[0]["kind"] == "incident.opened");
    const auto ics = cli.ok({"export", "ics214", "1"});
    CHECK(ics.out.find("crisis-manager") != std::string::npos);
    cli.ok({"export", "ics214", "1", "--format", "md", "--out", cli.file("ics.md").string()});
    CHECK(crisis::test::slurp(cli.file("ics.md")).find("ICS") != std::string::npos);
}

TEST_CASE("crisisctl: the dashboard counts closed incidents and keeps drills apart") {
    Cli cli;
    incidentInReview(cli);
    CHECK(cli.ok({"--json", "review", "dashboard"}).json()["real"]["all"]["count"] == 0);
    cli.ok({"--at", "2026-03-04T09:00:00Z", "incident", "close", "1", "--reason", "done"});
    cli.ok({"--at", "2026-03-04T09:00:00Z", "incident", "open", "--playbook", "cyber-breach", "--title",
            "Drill", "--drill"});
    cli.ok({"--at", "2026-03-04T10:00:00Z", "incident", "close", "2", "--reason", "drill over"});
    const auto d = cli.ok({"--json", "review", "dashboard"}).json();
    CHECK(d["real"]["all"]["count"] == 1);
    CHECK(d["drills"]["all"]["count"] == 1);
    CHECK(d["real"]["by_type"]["cyber-breach"]["count"] == 1);
    CHECK(d["real"]["by_month"]["2026-03"]["count"] == 1);
    // The text gives the same groups: type, severity and month, with the phase means.
    const auto text = cli.ok({"review", "dashboard"}).out;
    CHECK(text.find("  cyber-breach\t1\t") != std::string::npos);
    CHECK(text.find("  severity 2\t1\t") != std::string::npos); // the default severity
    CHECK(text.find("  2026-03\t1\t") != std::string::npos);
    CHECK(text.find("\tIdentify ") != std::string::npos);
    const auto metrics = cli.ok({"metrics", "1"}).out;
    CHECK(metrics.find("First external statement after T0: -") != std::string::npos);
    CHECK(metrics.find("Forced advances: ") != std::string::npos);
}
