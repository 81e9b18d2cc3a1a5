// crisisctl drill: scenarios, drill runs on the drill clock, the trainer's controls, scoring,
// the after-action report and scripted runs. `--at` is the real instant; drill time follows
// from the drill clock stored in the incident's log.

#include "session.hpp"

#include <crisis/drill_report.hpp>
#include <crisis/drill_script.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/reputation.hpp>

#ifdef CRISIS_HAVE_PDF
#include <html_pdf.hpp>
#endif

#include <cstdio>

namespace crisis::cli {

namespace {

using nlohmann::json;

// Every drill command works through the same three services on the session's clock.
struct Drills {
    Session s;
    IncidentService incidents;
    ReputationService reputation;
    DrillService service;
    explicit Drills(const Options& o)
        : s(o), incidents(s.service()), reputation(s.store(), incidents, s.clock(), s.actor()),
          service(s.store(), incidents, reputation) {}
};

json optionalInstant(const std::optional<Instant>& at) {
    return at ? json(formatInstant(*at)) : json();
}

std::string speedText(double speed) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", speed);
    return buffer;
}

json scenarioJson(const ScenarioEntry& e) {
    const auto& sc = e.scenario;
    return {{"id", sc.id},
            {"version", sc.version},
            {"title", {{"en", sc.title.en}, {"zh", sc.title.zh}}},
            {"crisis_type", sc.crisisType},
            {"playbook", sc.playbook},
            {"injects", sc.injects.size()},
            {"objectives", sc.objectives.size()},
            {"source", e.builtIn ? "built-in" : "stored"},
            {"imported_at", optionalInstant(e.importedAt)}};
}

json countsJson(const OutcomeCounts& c) {
    return {{"pending", c.pending},
            {"on_time", c.onTime},
            {"late", c.late},
            {"missed", c.missed},
            {"not_delivered", c.notDelivered}};
}

std::string clockWord(const DrillClockState& c) {
    return c.ended ? "ended" : c.paused ? "paused" : "running";
}

json drillSummaryJson(const DrillStatus& st) {
    const auto& sc = st.record.run.scenario();
    return {{"incident", st.incident.id},
            {"title", st.incident.title},
            {"scenario", sc.id},
            {"version", sc.version},
            {"now", formatInstant(st.now)},
            {"elapsed", drillOffset(st.now, st.record.run.start())},
            {"speed", st.record.clock.speed},
            {"clock", clockWord(st.record.clock)}};
}

json drillStatusJson(const DrillStatus& st, Language lang) {
    json out = drillSummaryJson(st);
    const auto& sc = st.record.run.scenario();
    out["start"] = formatInstant(st.record.run.start());
    out["real_now"] = formatInstant(st.realNow);
    out["language"] = languageCode(st.record.language);
    out["next_due"] = optionalInstant(st.nextDue);
    out["next_inject"] = optionalInstant(st.nextInject);
    out["wake_up"] = optionalInstant(st.wakeUp);
    out["ended_at"] = optionalInstant(st.record.endedAt);
    json injects = json::array();
    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& in = sc.injects[i];
        const auto& state = st.snapshot.injects[i];
        json j{{"id", in.id},
               {"status", injectStatusName(state.status)},
               {"scheduled_at", optionalInstant(state.scheduledAt)},
               {"at", optionalInstant(state.at)},
               {"delivered", st.record.isDelivered(in.id)},
               {"delivery", deliveryName(in.delivery)},
               {"to", in.to},
               {"synopsis", in.synopsis.in(lang)}};
        if (state.status == InjectStatus::Fired)
            j["cause"] = fireCauseName(state.cause);
        if (!state.triggeredBy.empty())
            j["triggered_by"] = state.triggeredBy;
        injects.push_back(std::move(j));
    }
    out["injects"] = std::move(injects);
    out["totals"] = countsJson(st.score.totals);
    return out;
}

void printStatus(const Session& s, const DrillStatus& st) {
    const auto& sc = st.record.run.scenario();
    const Instant start = st.record.run.start();
    std::cout << s.t("cli.drill_header",
                     {std::to_string(st.incident.id), st.incident.title, sc.id, std::to_string(sc.version)})
              << '\n';
    std::cout << s.t("cli.drill_clock",
                     {formatInstant(st.now), drillOffset(st.now, start), speedText(st.record.clock.speed),
                      s.t("cli.drill_" + clockWord(st.record.clock))})
              << '\n';
    if (st.nextInject)
        std::cout << s.t("cli.drill_next",
                         {drillOffset(*st.nextInject, start), formatInstant(*st.nextInject)})
                  << '\n';
    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& in = sc.injects[i];
        const auto& state = st.snapshot.injects[i];
        const auto when = state.at ? state.at : state.scheduledAt;
        std::cout << "  [" << s.t("drill.status." + std::string(injectStatusName(state.status))) << "]\t"
                  << (when ? drillOffset(*when, start) : std::string("-")) << "\t" << in.id << "\t"
                  << in.synopsis.in(s.lang()) << '\n';
    }
    const auto& c = st.score.totals;
    std::cout << text("drill.report.totals", s.lang()) << ": "
              << text("drill.report.counts", s.lang(),
                      {std::to_string(c.onTime), std::to_string(c.late), std::to_string(c.missed),
                       std::to_string(c.pending), std::to_string(c.notDelivered)})
              << '\n';
}

void printScore(const Session& s, const DrillScore& score, const Playbook& playbook) {
    const Instant start = score.start;
    for (const auto& r : score.results)
        std::cout << r.inject << "\t"
                  << text("drill.outcome." + std::string(outcomeName(r.outcome)), s.lang()) << "\t"
                  << (r.taken ? formatSpan(*r.taken) : std::string("-")) << "\t"
                  << (r.deliveredAt ? drillOffset(*r.deliveredAt, start) : std::string("-")) << "\t"
                  << describeExpected(r.expected, playbook, s.lang()) << '\n';
    for (const auto& c : score.clocks)
        std::cout << c.id << "\t" << s.t("state." + std::string(clockStateName(c.state))) << '\n';
    const auto& c = score.totals;
    std::cout << text("drill.report.counts", s.lang(),
                      {std::to_string(c.onTime), std::to_string(c.late), std::to_string(c.missed),
                       std::to_string(c.pending), std::to_string(c.notDelivered)})
              << '\n';
}

// After a trainer command: the drill's state, so a script sees what it did.
void printAfter(Drills& d, std::int64_t id) {
    const auto st = d.service.status(id);
    if (d.s.json())
        d.s.print(drillStatusJson(st, d.s.lang()));
    else
        std::cout << d.s.t("cli.drill_clock",
                           {formatInstant(st.now), drillOffset(st.now, st.record.run.start()),
                            speedText(st.record.clock.speed),
                            d.s.t("cli.drill_" + clockWord(st.record.clock))})
                  << '\n';
}

void addScenarioCommands(CLI::App* drill, Options& o) {
    drill->add_subcommand("list", "Built-in and imported scenarios")->callback([&o] {
        Drills d(o);
        json out = json::array();
        for (const auto& e : d.service.scenarios()) {
            if (d.s.json())
                out.push_back(scenarioJson(e));
            else
                std::cout << e.scenario.id << "\tv" << e.scenario.version << "\t"
                          << (e.builtIn ? d.s.t("cli.drill_built_in") : d.s.t("cli.drill_stored")) << "\t"
                          << e.scenario.injects.size() << "\t" << e.scenario.title.in(d.s.lang()) << '\n';
        }
        if (d.s.json())
            d.s.print(out);
    });
    auto file = std::make_shared<std::string>();
    auto* importCmd = drill->add_subcommand("import", "Validate a scenario file whole and store it");
    importCmd->add_option("FILE", *file, "Scenario JSON file (docs/scenario-format.md)")->required();
    importCmd->callback([&o, file] {
        Drills d(o);
        const auto entry = d.service.importScenario(readFile(*file), *file);
        if (d.s.json())
            d.s.print(scenarioJson(entry));
        else
            std::cout << d.s.t("cli.drill_imported",
                               {entry.scenario.id, std::to_string(entry.scenario.version)})
                      << '\n';
    });
}

void addRunCommands(CLI::App* drill, Options& o) {
    struct Start {
        std::string scenario, title, language;
        double speed = 1;
        int severity = 2;
    };
    auto req = std::make_shared<Start>();
    auto* start = drill->add_subcommand("start", "Open a drill incident on the drill clock; prints its id");
    start->add_option("SCENARIO", req->scenario, "Scenario id (crisisctl drill list)")->required();
    start->add_option("--speed", req->speed, "Drill clock speed, 1 to 120 times real time (default 1)");
    start->add_option("--title", req->title, "Title of the drill incident (default: the scenario's)");
    start->add_option("--severity", req->severity, "1 (most severe) to 4")->check(CLI::Range(1, 4));
    start->add_option("--language", req->language, "Language of the inject texts: en or zh (default: --lang)")
        ->check(CLI::IsMember({"en", "zh"}));
    start->callback([&o, req] {
        Drills d(o);
        DrillStartRequest r;
        r.scenario = req->scenario;
        r.speed = req->speed;
        r.title = req->title;
        r.severity = req->severity;
        r.language = req->language.empty() ? d.s.lang() : languageFromLocale(req->language);
        const auto id = d.service.start(r);
        if (d.s.json())
            d.s.print(drillStatusJson(d.service.status(id), d.s.lang()));
        else
            std::cout << id << '\n';
    });

    auto id = std::make_shared<std::int64_t>(0);
    auto* status = drill->add_subcommand(
        "status",
        "A drill's clock, inject queue and score (delivers what is due first); without ID: all drills");
    status->add_option("ID", *id, "Drill incident id");
    status->callback([&o, id] {
        Drills d(o);
        if (*id == 0) {
            json out = json::array();
            for (const auto drillId : d.service.drills()) {
                d.service.deliver(drillId);
                const auto st = d.service.status(drillId);
                if (d.s.json())
                    out.push_back(drillSummaryJson(st));
                else
                    std::cout << drillId << "\t" << drillOffset(st.now, st.record.run.start()) << "\t"
                              << speedText(st.record.clock.speed) << "×\t"
                              << d.s.t("cli.drill_" + clockWord(st.record.clock)) << "\t" << st.incident.title
                              << '\n';
            }
            if (d.s.json())
                d.s.print(out);
            else if (out.empty() && d.service.drills().empty())
                std::cout << d.s.t("cli.drill_none") << '\n';
            return;
        }
        d.service.deliver(*id);
        const auto st = d.service.status(*id);
        if (d.s.json())
            d.s.print(drillStatusJson(st, d.s.lang()));
        else
            printStatus(d.s, st);
    });

    auto inject = std::make_shared<std::string>();
    auto* fire = drill->add_subcommand("fire", "Deliver a pending inject now");
    fire->add_option("ID", *id, "Drill incident id")->required();
    fire->add_option("INJECT", *inject, "Inject id")->required();
    fire->callback([&o, id, inject] {
        Drills d(o);
        d.service.fire(*id, *inject);
        printAfter(d, *id);
    });
    auto* skip = drill->add_subcommand("skip", "Never deliver a pending inject");
    skip->add_option("ID", *id, "Drill incident id")->required();
    skip->add_option("INJECT", *inject, "Inject id")->required();
    skip->callback([&o, id, inject] {
        Drills d(o);
        d.service.skip(*id, *inject);
        printAfter(d, *id);
    });
    const auto simple = [&o, id](CLI::App* parent, const char* name, const char* help, auto command) {
        auto* sub = parent->add_subcommand(name, help);
        sub->add_option("ID", *id, "Drill incident id")->required();
        sub->callback([&o, id, command] {
            Drills d(o);
            command(d, *id);
            printAfter(d, *id);
        });
    };
    simple(drill, "pause", "Freeze the drill clock", [](Drills& d, std::int64_t i) { d.service.pause(i); });
    simple(drill, "resume", "Continue the drill clock",
           [](Drills& d, std::int64_t i) { d.service.resume(i); });
    simple(drill, "end", "End the drill: freeze its clock for good and close the incident",
           [](Drills& d, std::int64_t i) { d.service.end(i); });
    simple(drill, "next", "Jump drill time to the next inject and deliver it", [](Drills& d, std::int64_t i) {
        if (!d.service.jumpToNextInject(i))
            std::cerr << d.s.t("cli.drill_no_next") << '\n';
    });
    auto speed = std::make_shared<double>(1);
    auto* speedCmd = drill->add_subcommand("speed", "Change the drill clock's speed (1 to 120)");
    speedCmd->add_option("ID", *id, "Drill incident id")->required();
    speedCmd->add_option("N", *speed, "Times real time")->required();
    speedCmd->callback([&o, id, speed] {
        Drills d(o);
        d.service.setSpeed(*id, *speed);
        printAfter(d, *id);
    });
}

void addEvaluationCommands(CLI::App* drill, Options& o) {
    struct Note {
        std::int64_t id = 0;
        std::string text, participant, kind = "observation";
    };
    auto note = std::make_shared<Note>();
    const std::vector<std::string> kinds(noteKindNames.begin(), noteKindNames.end());
    auto* noteCmd = drill->add_subcommand("note", "An evaluator's observation, per participant");
    noteCmd->add_option("ID", note->id, "Drill incident id")->required();
    noteCmd->add_option("TEXT", note->text, "What was observed")->required();
    noteCmd->add_option("--participant", note->participant,
                        "A participant role or member name (default: team)");
    noteCmd->add_option("--kind", note->kind, "observation, strength or improvement")
        ->check(CLI::IsMember(kinds));
    noteCmd->callback([&o, note] {
        Drills d(o);
        d.service.note(note->id, note->participant, note->text, *noteKindFromName(note->kind));
    });
    auto* hot = drill->add_subcommand("hot-wash", "A point of the hot wash after the exercise");
    hot->add_option("ID", note->id, "Drill incident id")->required();
    hot->add_option("TEXT", note->text, "The point")->required();
    hot->add_option("--kind", note->kind, "observation, strength or improvement")
        ->check(CLI::IsMember(kinds));
    hot->callback([&o, note] {
        Drills d(o);
        d.service.hotWash(note->id, note->text, *noteKindFromName(note->kind));
    });

    struct Rate {
        std::int64_t id = 0;
        std::string objective, rating, comment;
    };
    auto rate = std::make_shared<Rate>();
    auto* rateCmd =
        drill->add_subcommand("rate", "Rate an objective P, S, M or U (the evaluator is --actor)");
    rateCmd->add_option("ID", rate->id, "Drill incident id")->required();
    rateCmd->add_option("OBJECTIVE", rate->objective, "Objective id")->required();
    rateCmd->add_option("RATING", rate->rating, "P, S, M or U")
        ->required()
        ->check(CLI::IsMember({"P", "S", "M", "U"}));
    rateCmd->add_option("--comment", rate->comment, "Why");
    rateCmd->callback([&o, rate] {
        Drills d(o);
        d.service.rate(rate->id, rate->objective, *ratingFromName(rate->rating), rate->comment);
    });

    struct Improve {
        std::int64_t id = 0;
        ImprovementRequest item;
        std::string due;
    };
    auto improve = std::make_shared<Improve>();
    auto* improveCmd = drill->add_subcommand("improve", "Add an item to the drill's improvement plan");
    improveCmd->add_option("ID", improve->id, "Drill incident id")->required();
    improveCmd->add_option("--item", improve->item.id, "Item id (kebab-case; default: from the finding)");
    improveCmd->add_option("--finding", improve->item.finding, "What the drill showed")->required();
    improveCmd->add_option("--action", improve->item.action, "What will change")->required();
    improveCmd->add_option("--owner", improve->item.owner, "Member or role")->required();
    improveCmd->add_option("--due", improve->due, "Due date (ISO-8601 UTC)")->required();
    improveCmd->callback([&o, improve] {
        Drills d(o);
        auto request = improve->item;
        request.due = parseTimeOption(improve->due);
        const auto id = d.service.addImprovement(improve->id, std::move(request));
        if (d.s.json())
            d.s.print({{"id", id}});
        else
            std::cout << id << '\n';
    });
}

void writeReport(const std::string& html, const std::string& format, const std::string& out,
                 const std::string& title) {
    if (format == "html") {
        writeOutput(out, html);
        return;
    }
#ifdef CRISIS_HAVE_PDF
    pdf::writeHtmlPdf(html, out, title);
#else
    (void)title;
    throw Error(ErrorCode::InvalidInput, {"cli.no_pdf", {out}});
#endif
}

void addResultCommands(CLI::App* drill, Options& o) {
    auto id = std::make_shared<std::int64_t>(0);
    auto* score =
        drill->add_subcommand("score", "The drill's score now (--json: deterministic score document)");
    score->add_option("ID", *id, "Drill incident id")->required();
    score->callback([&o, id] {
        Drills d(o);
        d.service.deliver(*id);
        const auto st = d.service.status(*id);
        if (d.s.json())
            std::cout << scoreToJson(st.score) << '\n';
        else
            printScore(d.s, st.score, d.incidents.playbookOf(st.incident));
    });

    struct Report {
        std::string format, out;
    };
    auto report = std::make_shared<Report>();
    auto* reportCmd = drill->add_subcommand("report", "Write the exercise's after-action report");
    reportCmd->add_option("ID", *id, "Drill incident id")->required();
    reportCmd->add_option("--format", report->format, "html or pdf")
        ->required()
        ->check(CLI::IsMember({"html", "pdf"}));
    reportCmd->add_option("--out", report->out, "Output file")->required();
    reportCmd->callback([&o, id, report] {
        Drills d(o);
        d.service.deliver(*id);
        const auto st = d.service.status(*id);
        const std::string html = d.service.reportHtml(*id, d.s.lang());
        writeReport(html, report->format, report->out,
                    text("drill.report.title", d.s.lang(), {st.record.run.scenario().title.in(d.s.lang())}));
        if (d.s.json())
            d.s.print({{"out", report->out}, {"format", report->format}});
    });

    struct Run {
        std::string scenario, script;
    };
    auto run = std::make_shared<Run>();
    auto* runCmd =
        drill->add_subcommand("run", "Play a script of participant actions headless; prints the final score");
    runCmd->add_option("SCENARIO", run->scenario, "Scenario id")->required();
    runCmd->add_option("--script", run->script, "Script file (docs/scenario-format.md, drill scripts)")
        ->required();
    runCmd->callback([&o, run] {
        Session s(o);
        const auto script = parseDrillScript(readFile(run->script), run->script);
        const auto result = runDrillScript(s.store(), script, run->scenario, s.now(), s.actor(), s.lang());
        if (s.json()) {
            std::cout << scoreToJson(result.score) << '\n';
            return;
        }
        std::cout << s.t("cli.drill_ran", {std::to_string(result.incident)}) << '\n';
        IncidentService incidents = s.service();
        printScore(s, result.score, incidents.playbookOf(s.store().incident(result.incident)));
    });
}

} // namespace

void addDrillCommands(CLI::App& app, Options& o) {
    auto* drill = app.add_subcommand("drill", "Tabletop drills: scenarios, the drill clock, scoring, reports")
                      ->require_subcommand(1);
    addScenarioCommands(drill, o);
    addRunCommands(drill, o);
    addEvaluationCommands(drill, o);
    addResultCommands(drill, o);
}

} // namespace crisis::cli
