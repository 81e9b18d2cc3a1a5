// crisisctl: the review phase — answers, notes, the improvement plan, figures, the dashboard,
// the after-action report and the exports of the log.

#include "session.hpp"

#include <crisis/playbook_proposal.hpp>
#include <crisis/reputation.hpp>
#include <crisis/review_service.hpp>
#include <crisis/timeline_export.hpp>

#ifdef CRISIS_HAVE_PDF
#include "html_pdf.hpp"
#endif

namespace crisis::cli {

namespace {

using json = nlohmann::json;

struct Review {
    Session s;
    IncidentService incidents;
    ReviewService service;
    explicit Review(const Options& o)
        : s(o), incidents(s.service()), service(s.store(), incidents, s.clock(), s.actor()) {}
};

json optionalInstant(const std::optional<Instant>& at) {
    return at ? json(formatInstant(*at)) : json();
}

json optionalSpan(const std::optional<Duration>& span) {
    return span ? json(span->count()) : json();
}

json figureJson(const TargetFigure& f) {
    return {{"clock", f.clock},
            {"name", {{"en", f.name.en}, {"zh", f.name.zh}}},
            {"start", optionalInstant(f.start)},
            {"due", optionalInstant(f.due)},
            {"done_at", optionalInstant(f.doneAt)},
            {"took_ms", optionalSpan(f.took)},
            {"outcome", targetOutcomeName(f.outcome)}};
}

json windowJson(const SentimentWindow& w) {
    return {{"from", formatInstant(w.from)},
            {"to", formatInstant(w.to)},
            {"mentions", w.mentions},
            {"negative", w.negative},
            {"mean_score", w.mentions > 0 ? json(w.meanScore) : json(nullptr)}};
}

json metricsJson(const Incident& incident, const ReviewMetrics& m) {
    json phases = json::object();
    for (const auto& [phase, figure] : m.phases)
        phases[std::string(phaseName(phase))] = figureJson(figure);
    json exits = json::object();
    for (const auto& [phase, span] : m.phaseExitAfterT0)
        exits[std::string(phaseName(phase))] = span.count();
    json clocks = json::array();
    for (const auto& c : m.clocks)
        clocks.push_back(figureJson(c));
    json statements = json::array();
    for (const auto& st : m.statements)
        statements.push_back({{"statement", st.statement},
                              {"at", formatInstant(st.at)},
                              {"channel", st.channel},
                              {"audience", st.audience},
                              {"external", st.external},
                              {"link", st.link},
                              {"title", st.title},
                              {"actor", st.actor}});
    json gaps = json::array();
    for (const auto& g : m.cadence.gaps)
        gaps.push_back(g.count());
    json tasks = json::object();
    for (const auto& [role, t] : m.tasksByRole)
        tasks[role] = {{"on_time", t.onTime}, {"late", t.late}, {"missed", t.missed}, {"open", t.open}};
    json j{{"incident", incident.id},
           {"drill", incident.drill},
           {"at", formatInstant(m.at)},
           {"t0", formatInstant(m.t0)},
           {"acknowledgement", figureJson(m.acknowledgement)},
           {"phases", phases},
           {"phase_exit_after_t0_ms", exits},
           {"clocks", clocks},
           {"statements", statements},
           {"first_external_statement", optionalInstant(m.firstExternalStatement)},
           {"first_external_after_t0_ms", optionalSpan(m.firstExternalAfterT0)},
           {"cadence",
            {{"cadence_ms", m.cadence.cadence.count()},
             {"gaps_ms", gaps},
             {"gaps_over_cadence", m.cadence.gapsOverCadence},
             {"longest_ms", optionalSpan(m.cadence.longest)}}},
           {"tasks_by_role", tasks},
           {"forced_advances", m.forcedAdvances},
           {"alerts_raised", m.alertsRaised},
           {"spikes_logged", m.spikesLogged}};
    if (m.reputation) {
        // The reputation figures keep the keys this command always had.
        const auto& r = *m.reputation;
        json byMember = json::object();
        for (const auto& [member, took] : r.meanResponseByMember)
            byMember[member] = took.count();
        j["mentions"] = r.mentions;
        j["negative"] = r.negative;
        j["spikes"] = r.spikes;
        j["sentiment"] = {{"before", windowJson(r.before)},
                          {"during", windowJson(r.during)},
                          {"after", windowJson(r.after)}};
        j["responded"] = r.responded;
        j["mean_response_ms"] = optionalSpan(r.meanResponse);
        j["mean_response_ms_by_member"] = byMember;
    }
    return j;
}

json improvementJson(const ImprovementItem& item) {
    return {{"id", item.id},
            {"finding", item.finding},
            {"action", item.action},
            {"owner", item.owner},
            {"due", formatInstant(item.due)},
            {"status", improvementStatusName(item.status)},
            {"proposal", item.proposal ? proposalToJson(*item.proposal) : json()},
            {"added_at", formatInstant(item.addedAt)},
            {"done_at", optionalInstant(item.doneAt)},
            {"done_by", item.doneBy},
            {"accepted_version", item.acceptedVersion ? json(*item.acceptedVersion) : json()}};
}

json reviewJson(const ReviewState& state) {
    json answers = json::object();
    for (const auto& [question, byTeam] : state.answers)
        for (const auto& [team, a] : byTeam)
            answers[question][team] = {{"text", a.text}, {"at", formatInstant(a.at)}, {"author", a.author}};
    json notes = json::array();
    for (const auto& n : state.notes)
        notes.push_back({{"text", n.text}, {"at", formatInstant(n.at)}, {"author", n.author}});
    json items = json::array();
    for (const auto& item : state.improvements)
        items.push_back(improvementJson(item));
    return {{"answers", answers}, {"notes", notes}, {"improvements", items}};
}

json groupJson(const GroupFigures& g) {
    json exits = json::object();
    for (const auto& [phase, span] : g.meanPhaseExit)
        exits[std::string(phaseName(phase))] = span.count();
    const auto share = g.shareMet();
    return {{"count", g.count},
            {"mean_acknowledge_ms", optionalSpan(g.meanAcknowledge)},
            {"mean_phase_exit_ms", exits},
            {"clocks_judged", g.clocksJudged},
            {"clocks_met", g.clocksMet},
            {"share_met", share ? json(*share) : json()}};
}

json figureSetJson(const FigureSet& f) {
    json byType = json::object(), bySeverity = json::object(), byMonth = json::object();
    for (const auto& [type, g] : f.byType)
        byType[type] = groupJson(g);
    for (const auto& [severity, g] : f.bySeverity)
        bySeverity[std::to_string(severity)] = groupJson(g);
    for (const auto& [month, g] : f.byMonth)
        byMonth[month] = groupJson(g);
    return {
        {"all", groupJson(f.all)}, {"by_type", byType}, {"by_severity", bySeverity}, {"by_month", byMonth}};
}

std::string spanText(const std::optional<Duration>& span) {
    return span ? formatSpan(*span) : "-";
}

std::string outcomeText(const Session& s, TargetOutcome outcome) {
    return s.t("target.outcome." + std::string(targetOutcomeName(outcome)));
}

void printMetrics(const Session& s, const ReviewMetrics& m) {
    std::cout << s.t("cli.review.acknowledged",
                     {spanText(m.acknowledgement.took), outcomeText(s, m.acknowledgement.outcome)})
              << '\n';
    for (const auto& c : m.clocks)
        std::cout << "  " << c.name.in(s.lang()) << '\t' << outcomeText(s, c.outcome) << '\t'
                  << spanText(c.took) << '\n';
    std::cout << s.t("cli.review.statements",
                     {std::to_string(m.statements.size()), std::to_string(m.cadence.gapsOverCadence),
                      formatSpan(m.cadence.cadence)})
              << '\n';
    std::cout << s.t("cli.review.first_external", {spanText(m.firstExternalAfterT0)}) << '\n';
    std::cout << s.t("cli.review.forced_alerts",
                     {std::to_string(m.forcedAdvances), std::to_string(m.alertsRaised),
                      std::to_string(m.spikesLogged)})
              << '\n';
    for (const auto& [role, t] : m.tasksByRole)
        std::cout << s.t("cli.review.tasks", {role, std::to_string(t.onTime), std::to_string(t.late),
                                              std::to_string(t.missed), std::to_string(t.open)})
                  << '\n';
    if (m.reputation) {
        const auto& r = *m.reputation;
        std::cout << s.t("cli.metrics_mentions",
                         {std::to_string(r.mentions), std::to_string(r.negative), std::to_string(r.spikes)})
                  << '\n';
        for (const auto& [name, w] :
             {std::pair{"before", r.before}, {"during", r.during}, {"after", r.after}})
            std::cout << s.t(std::string("cli.metrics_") + name,
                             {std::to_string(w.mentions), std::to_string(w.negative),
                              w.mentions > 0 ? std::to_string(w.meanScore) : std::string("–")})
                      << '\n';
        std::cout << s.t("cli.metrics_response", {std::to_string(r.responded), spanText(r.meanResponse)})
                  << '\n';
        for (const auto& [member, took] : r.meanResponseByMember)
            std::cout << "  " << member << '\t' << formatSpan(took) << '\n';
    }
}

void printImprovement(const Session& s, std::int64_t incident, const ImprovementItem& item) {
    const bool overdue = item.status == ImprovementStatus::Open && s.now() > item.due;
    std::cout << incident << '\t' << item.id << '\t'
              << s.t(overdue ? std::string("improvement.overdue")
                             : "improvement." + std::string(improvementStatusName(item.status)))
              << '\t' << formatInstant(item.due) << '\t' << item.owner << '\t' << item.action << '\n';
}

std::optional<PlaybookProposal> proposalOption(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    const std::string body = text.starts_with('@') ? readFile(text.substr(1)) : text;
    json value;
    try {
        value = json::parse(body);
    } catch (const json::exception& e) {
        throw ValidationError("--proposal", {{"", {"json.syntax", {e.what()}}}});
    }
    return proposalFromJson(value, "--proposal");
}

void addReviewGroup(CLI::App& app, Options& o) {
    auto* review =
        app.add_subcommand("review", "The review phase: answers, notes, dashboard")->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto question = std::make_shared<std::string>();
    auto team = std::make_shared<std::string>();
    auto body = std::make_shared<std::string>();

    auto* show = review->add_subcommand("show", "Answers, notes and the improvement plan of an incident");
    show->add_option("ID", *incident, "Incident id")->required();
    show->callback([&o, incident] {
        Review r(o);
        const auto state = r.service.review(*incident);
        if (r.s.json()) {
            r.s.print(reviewJson(state));
            return;
        }
        for (const auto& q : reviewQuestions) {
            std::cout << r.s.t("review.q." + std::string(q)) << '\n';
            if (const auto it = state.answers.find(std::string(q)); it != state.answers.end())
                for (const auto& [t, a] : it->second)
                    std::cout << "  [" << t << "] " << a.text << '\n';
        }
        for (const auto& n : state.notes)
            std::cout << r.s.t("cli.review.note", {formatInstant(n.at), n.author, n.text}) << '\n';
        for (const auto& item : state.improvements)
            printImprovement(r.s, *incident, item);
    });

    auto* answer = review->add_subcommand("answer", "Answer a review question for a team");
    answer->add_option("ID", *incident, "Incident id")->required();
    answer->add_option("QUESTION", *question, "what-worked, challenges, team-support or channels-formats")
        ->required();
    answer->add_option("--team", *team, "The team (a role id or any team name)")->required();
    answer->add_option("--text", *body, "The answer")->required();
    answer->callback([&o, incident, question, team, body] {
        Review r(o);
        r.service.answer(*incident, *question, *team, *body);
        if (r.s.json())
            r.s.print(reviewJson(r.service.review(*incident)));
    });

    auto* note = review->add_subcommand("note", "Add a free note to the review");
    note->add_option("ID", *incident, "Incident id")->required();
    note->add_option("--text", *body, "The note")->required();
    note->callback([&o, incident, body] {
        Review r(o);
        r.service.note(*incident, *body);
        if (r.s.json())
            r.s.print(reviewJson(r.service.review(*incident)));
    });

    review->add_subcommand("dashboard", "Figures across closed incidents, drills apart")->callback([&o] {
        Review r(o);
        const auto d = r.service.dashboard();
        if (r.s.json()) {
            r.s.print({{"real", figureSetJson(d.real)}, {"drills", figureSetJson(d.drills)}});
            return;
        }
        for (const auto& [label, set] :
             {std::pair{"cli.review.real", &d.real}, {"cli.review.drills", &d.drills}}) {
            const auto share = set->all.shareMet();
            std::cout << r.s.t(label,
                               {std::to_string(set->all.count), spanText(set->all.meanAcknowledge),
                                share ? std::to_string(static_cast<int>(*share * 100 + 0.5)) + "%" : "-"})
                      << '\n';
            // Each group: count, mean time to acknowledge, share of clocks met, mean phase exits.
            const auto groupLine = [&](const std::string& name, const GroupFigures& g) {
                const auto met = g.shareMet();
                std::cout << "  " << name << '\t' << g.count << '\t' << spanText(g.meanAcknowledge) << '\t'
                          << (met ? std::to_string(static_cast<int>(*met * 100 + 0.5)) + "%" : "-");
                for (const auto& [phase, span] : g.meanPhaseExit)
                    std::cout << '\t' << r.s.t("phase." + std::string(phaseName(phase))) << ' '
                              << formatSpan(span);
                std::cout << '\n';
            };
            for (const auto& [type, g] : set->byType)
                groupLine(type, g);
            for (const auto& [severity, g] : set->bySeverity)
                groupLine(r.s.t("cli.review.severity", {std::to_string(severity)}), g);
            for (const auto& [month, g] : set->byMonth)
                groupLine(month, g);
        }
    });
}

void addImprovementGroup(CLI::App& app, Options& o) {
    auto* group =
        app.add_subcommand("improvement", "The improvement plan of the review")->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto itemId = std::make_shared<std::string>();
    auto overdue = std::make_shared<bool>(false);

    auto* list =
        group->add_subcommand("list", "Improvement items of an incident, or open ones of all incidents");
    list->add_option("ID", *incident, "Incident id (default: open items of every incident)");
    list->add_flag("--overdue", *overdue, "Only open items past due (the reminders)");
    list->callback([&o, incident, overdue] {
        Review r(o);
        std::vector<ImprovementReminder> rows;
        if (*overdue && *incident == 0) {
            rows = r.service.reminders();
        } else {
            std::vector<Incident> scope;
            if (*incident != 0)
                scope.push_back(r.s.store().incident(*incident));
            else
                scope = r.s.store().incidents(true);
            for (const auto& inc : scope)
                for (auto& item : r.service.review(inc.id).improvements) {
                    const bool open = item.status == ImprovementStatus::Open;
                    // One incident: every item; all incidents: the open ones; --overdue: past due.
                    if ((*incident != 0 || open) && (!*overdue || (open && r.s.now() > item.due)))
                        rows.push_back({inc.id, inc.title, std::move(item)});
                }
        }
        if (r.s.json()) {
            json out = json::array();
            for (const auto& row : rows) {
                auto j = improvementJson(row.item);
                j["incident"] = row.incident;
                j["incident_title"] = row.incidentTitle;
                j["overdue"] = row.item.status == ImprovementStatus::Open && r.s.now() > row.item.due;
                out.push_back(std::move(j));
            }
            r.s.print(out);
            return;
        }
        if (rows.empty())
            std::cout << r.s.t("cli.review.no_improvements") << '\n';
        for (const auto& row : rows)
            printImprovement(r.s, row.incident, row.item);
    });

    struct AddOptions {
        std::string id, finding, action, owner, due, proposal;
    };
    auto a = std::make_shared<AddOptions>();
    auto* add = group->add_subcommand("add", "Add an improvement item; prints its id");
    add->add_option("ID", *incident, "Incident id")->required();
    add->add_option("--id", a->id, "Item id, kebab-case (default: made from the finding)");
    add->add_option("--finding", a->finding, "What the review found")->required();
    add->add_option("--action", a->action, "What will be done about it")->required();
    add->add_option("--owner", a->owner, "Who does it: a member or a role")->required();
    add->add_option("--due", a->due, "Due time, ISO-8601 UTC")->required();
    add->add_option("--proposal", a->proposal,
                    "A playbook change as JSON, or @FILE (kinds in docs/review.md), e.g. "
                    "'{\"kind\":\"clock-duration\",\"clock\":\"identify\",\"duration\":\"20m\"}'");
    add->callback([&o, incident, a] {
        Review r(o);
        const std::string id =
            r.service.addImprovement(*incident, {a->id, a->finding, a->action, a->owner,
                                                 parseTimeOption(a->due), proposalOption(a->proposal)});
        if (r.s.json())
            r.s.print(improvementJson(*r.service.review(*incident).improvement(id)));
        else
            std::cout << id << '\n';
    });

    auto* done = group->add_subcommand("done", "Mark an improvement item done");
    done->add_option("ID", *incident, "Incident id")->required();
    done->add_option("ITEM", *itemId, "Item id")->required();
    done->callback([&o, incident, itemId] {
        Review r(o);
        r.service.completeImprovement(*incident, *itemId);
        if (r.s.json())
            r.s.print(improvementJson(*r.service.review(*incident).improvement(*itemId)));
    });

    auto out = std::make_shared<std::string>();
    auto* draft = group->add_subcommand("draft", "Print the draft playbook an item's proposal gives");
    draft->add_option("ID", *incident, "Incident id")->required();
    draft->add_option("ITEM", *itemId, "Item id")->required();
    draft->add_option("--out", *out, "Output file (default: stdout)");
    draft->callback([&o, incident, itemId, out] {
        Review r(o);
        writeOutput(*out, playbookToJson(r.service.proposedDraft(*incident, *itemId)) + "\n");
    });

    auto* accept =
        group->add_subcommand("accept", "As the playbook owner, store an item's proposal as a new version");
    accept->add_option("ID", *incident, "Incident id")->required();
    accept->add_option("ITEM", *itemId, "Item id")->required();
    accept->callback([&o, incident, itemId] {
        Review r(o);
        const int version = r.service.acceptProposal(*incident, *itemId);
        const auto playbookId = r.s.store().incident(*incident).playbookId;
        if (r.s.json())
            r.s.print({{"playbook", playbookId}, {"version", version}});
        else
            std::cout << r.s.t("cli.imported", {playbookId, std::to_string(version)}) << '\n';
    });
}

void addFigures(CLI::App& app, Options& o) {
    auto incident = std::make_shared<std::int64_t>(0);
    auto before = std::make_shared<std::string>("24h");
    auto after = std::make_shared<std::string>("24h");
    auto cadence = std::make_shared<std::string>("4h");
    auto* metrics = app.add_subcommand("metrics", "Review figures of an incident, from its event log");
    metrics->add_option("ID", *incident, "Incident id")->required();
    metrics->add_option("--before", *before, "Sentiment window before T0 (default 24h)");
    metrics->add_option("--after", *after, "Sentiment window after closing (default 24h)");
    metrics->add_option("--cadence", *cadence,
                        "Update interval when the playbook has no update-cadence clock (default 4h)");
    metrics->callback([&o, incident, before, after, cadence] {
        Review r(o);
        ReviewWindows windows;
        windows.before = spanOption(*before);
        windows.after = spanOption(*after);
        windows.options.cadence = spanOption(*cadence);
        const auto m = r.service.metrics(*incident, windows);
        if (r.s.json())
            r.s.print(metricsJson(r.s.store().incident(*incident), m));
        else
            printMetrics(r.s, m);
    });
}

void addReportGroup(CLI::App& app, Options& o) {
    auto* report = app.add_subcommand("report", "Reports of an incident")->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto format = std::make_shared<std::string>("html");
    auto out = std::make_shared<std::string>();
    auto before = std::make_shared<std::string>("24h");
    auto after = std::make_shared<std::string>("24h");
    auto* aar = report->add_subcommand("aar", "The after-action report");
    aar->add_option("ID", *incident, "Incident id")->required();
    aar->add_option("--before", *before, "Sentiment window before T0 (default 24h)");
    aar->add_option("--after", *after, "Sentiment window after closing (default 24h)");
    aar->add_option("--format", *format, "md, html or pdf (default html)")
        ->check(CLI::IsMember({"md", "html", "pdf"}));
    aar->add_option("--out", *out, "Output file (default: stdout; required for pdf)");
    aar->callback([&o, incident, format, out, before, after] {
        Review r(o);
        ReviewWindows windows;
        windows.before = spanOption(*before);
        windows.after = spanOption(*after);
        if (*format == "md") {
            writeOutput(*out,
                        r.service.afterActionReport(*incident, ReportFormat::Markdown, r.s.lang(), windows));
            return;
        }
        const std::string html =
            r.service.afterActionReport(*incident, ReportFormat::Html, r.s.lang(), windows);
        if (*format == "html") {
            writeOutput(*out, html);
            return;
        }
#ifdef CRISIS_HAVE_PDF
        if (out->empty())
            throw Error(ErrorCode::InvalidInput, {"error.pdf_needs_out", {}});
        pdf::writeHtmlPdf(html, *out, r.s.t("report.title", {r.s.store().incident(*incident).title}));
#else
        throw Error(ErrorCode::InvalidInput, {"error.pdf_unavailable", {}});
#endif
    });
}

void addExportGroup(CLI::App& app, Options& o) {
    auto* group = app.add_subcommand("export", "The log of an incident for people outside the console")
                      ->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto format = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();

    auto* timeline = group->add_subcommand("timeline", "Every event of an incident as CSV or JSON");
    timeline->add_option("ID", *incident, "Incident id")->required();
    timeline->add_option("--format", *format, "csv or json")
        ->required()
        ->check(CLI::IsMember({"csv", "json"}));
    timeline->add_option("--out", *out, "Output file (default: stdout)");
    timeline->callback([&o, incident, format, out] {
        Session s(o);
        const Incident inc = s.store().incident(*incident);
        const auto log = s.store().events(*incident);
        if (*format == "json")
            writeOutput(*out, timelineJson(log) + "\n");
        else
            writeOutput(*out, timelineCsv(inc, s.service().playbookOf(inc), log, s.lang()));
    });

    auto* ics = group->add_subcommand("ics214", "ICS-214 activity log per person");
    ics->add_option("ID", *incident, "Incident id")->required();
    ics->add_option("--format", *format, "csv or md (default csv)")->check(CLI::IsMember({"csv", "md"}));
    ics->add_option("--out", *out, "Output file (default: stdout)");
    ics->callback([&o, incident, format, out] {
        Session s(o);
        const Incident inc = s.store().incident(*incident);
        const auto log = s.store().events(*incident);
        const auto roster = s.store().members();
        const IncidentService incidents = s.service();
        const Playbook& playbook = incidents.playbookOf(inc);
        const Ics214Signature signature{s.actor(), s.now()};
        writeOutput(*out, *format == "md" ? ics214Markdown(inc, playbook, log, roster, s.lang(), signature)
                                          : ics214Csv(inc, playbook, log, roster, s.lang(), signature));
    });
}

} // namespace

void addReviewCommands(CLI::App& app, Options& options) {
    addReviewGroup(app, options);
    addImprovementGroup(app, options);
    addFigures(app, options);
    addReportGroup(app, options);
    addExportGroup(app, options);
}

} // namespace crisis::cli
