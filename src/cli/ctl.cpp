#include "ctl.hpp"
#include "json_views.hpp"
#include "session.hpp"

#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/mention.hpp>
#include <crisis/playbook_diff.hpp>
#include <crisis/playbook_import.hpp>
#include <crisis/review_service.hpp>
#include <crisis/sentiment.hpp>
#include <crisis/store.hpp>
#include <crisis/template.hpp>

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace crisis::cli {

namespace {

void printStatusText(Session& s, const Incident& incident, const IncidentStatus& status) {
    std::cout << s.t("cli.incident", {std::to_string(incident.id), incident.title}) << '\n';
    std::cout << s.t("cli.phase", {s.t("phase." + std::string(phaseName(status.phase)))}) << '\n';
    std::cout << s.t("cli.clocks") << '\n';
    for (const auto& c : status.clocks) {
        std::cout << "  " << c.id << "  [" << s.t("state." + std::string(clockStateName(c.state))) << "]  ";
        if (c.due) {
            const auto left = *c.due - s.now();
            std::cout << (left >= Duration::zero()
                              ? s.t("cli.due_in", {formatInstant(*c.due), formatSpan(left)})
                              : s.t("cli.due_ago", {formatInstant(*c.due), formatSpan(-left)}));
        } else {
            std::cout << "(" << c.start << ")";
        }
        std::cout << "  " << c.name.in(s.lang()) << '\n';
    }
    std::cout << s.t("cli.checklist", {s.t("phase." + std::string(phaseName(status.phase)))}) << '\n';
    for (const auto& item : status.checklist)
        std::cout << "  [" << (item.done ? 'x' : ' ') << "] " << item.id << "  " << item.text.in(s.lang())
                  << '\n';
}

void addIncidentCommands(CLI::App& app, Options& o) {
    auto* incident =
        app.add_subcommand("incident", "Open, inspect and move incidents")->require_subcommand(1);

    auto* open = incident->add_subcommand("open", "Open an incident; prints its id");
    auto req = std::make_shared<OpenRequest>();
    auto detected = std::make_shared<std::string>();
    open->add_option("--playbook", req->playbookId, "Playbook id, e.g. cyber-breach")->required();
    open->add_option("--title", req->title, "Short title")->required();
    open->add_option("--severity", req->severity, "1 (most severe) to 4")->check(CLI::Range(1, 4));
    open->add_option("--detected-at", *detected, "Detection time T0 (ISO-8601 UTC); default now");
    open->add_flag("--drill", req->drill, "Mark as a drill (excluded from real metrics)");
    open->callback([&o, req, detected] {
        Session s(o);
        if (!detected->empty())
            req->detectedAt = parseTimeOption(*detected);
        const auto id = s.service().open(*req);
        if (s.json())
            s.print({{"id", id}});
        else
            std::cout << id << '\n';
    });

    auto* list = incident->add_subcommand("list", "List open incidents");
    auto all = std::make_shared<bool>(false);
    list->add_flag("--all", *all, "Include closed incidents");
    list->callback([&o, all] {
        Session s(o);
        auto service = s.service();
        nlohmann::json out = nlohmann::json::array();
        const auto incidents = s.store().incidents(*all);
        for (const auto& inc : incidents) {
            const auto st = status(inc, service.playbookOf(inc), s.now());
            if (s.json()) {
                out.push_back(incidentSummaryJson(inc, st));
                continue;
            }
            const auto summary = incidentSummaryJson(inc, st);
            std::cout << inc.id << "\t" << phaseName(st.phase) << "\tS" << inc.severity << "\t"
                      << summary["worst_clock"].get<std::string>() << (inc.drill ? "\tdrill" : "") << "\t"
                      << inc.title << '\n';
        }
        if (s.json())
            s.print(out);
        else if (incidents.empty())
            std::cout << s.t("cli.no_incidents") << '\n';
    });

    auto id = std::make_shared<std::int64_t>(0);
    auto* st = incident->add_subcommand("status", "Phase, every clock and the exit checklist");
    st->add_option("ID", *id, "Incident id")->required();
    st->callback([&o, id] {
        Session s(o);
        const auto inc = s.store().incident(*id);
        const auto status = s.service().status(*id);
        if (s.json())
            s.print(statusJson(inc, status, s.lang()));
        else
            printStatusText(s, inc, status);
    });

    auto item = std::make_shared<std::string>();
    auto* check = incident->add_subcommand("check", "Tick an exit-checklist item");
    check->add_option("ID", *id, "Incident id")->required();
    check->add_option("ITEM", *item, "Checklist item id")->required();
    check->callback([&o, id, item] { Session(o).service().check(*id, *item); });

    auto* uncheck = incident->add_subcommand("uncheck", "Untick an exit-checklist item");
    uncheck->add_option("ID", *id, "Incident id")->required();
    uncheck->add_option("ITEM", *item, "Checklist item id")->required();
    uncheck->callback([&o, id, item] { Session(o).service().uncheck(*id, *item); });

    auto force = std::make_shared<bool>(false);
    auto reason = std::make_shared<std::string>();
    auto* advance = incident->add_subcommand("advance", "Move to the next phase");
    advance->add_option("ID", *id, "Incident id")->required();
    auto* forceFlag = advance->add_flag("--force", *force, "Advance although the checklist is open");
    advance->add_option("--reason", *reason, "Why (required with --force)")->needs(forceFlag);
    advance->callback([&o, id, force, reason] {
        Session s(o);
        auto service = s.service();
        if (*force)
            service.forceAdvance(*id, *reason);
        else
            service.advance(*id);
        const auto inc = s.store().incident(*id);
        if (s.json())
            s.print({{"id", *id}, {"phase", phaseName(inc.phase)}});
        else
            std::cout << phaseName(inc.phase) << '\n';
    });

    auto* close = incident->add_subcommand("close", "Close from review, or from any phase with --reason");
    close->add_option("ID", *id, "Incident id")->required();
    close->add_option("--reason", *reason, "Why it is closed before review is complete");
    close->callback([&o, id, reason] {
        Session s(o);
        s.service().close(*id, *reason);
        noteMarketingStillPaused(s, *id);
    });

    auto event = std::make_shared<std::string>();
    auto when = std::make_shared<std::string>();
    auto* start =
        incident->add_subcommand("start", "Record a start event (e.g. awareness) for regulatory clocks");
    start->add_option("ID", *id, "Incident id")->required();
    start->add_option("EVENT", *event, "Start event, e.g. awareness, materiality-decision")->required();
    start->add_option("--when", *when, "When it happened (ISO-8601 UTC); default now");
    start->callback([&o, id, event, when] {
        Session s(o);
        s.service().recordStartEvent(
            *id, *event, when->empty() ? std::nullopt : std::optional<Instant>(parseTimeOption(*when)));
    });

    auto clock = std::make_shared<std::string>();
    auto* mark = incident->add_subcommand("mark", "Record a clock as met (e.g. first-acknowledgement)");
    mark->add_option("ID", *id, "Incident id")->required();
    mark->add_option("CLOCK", *clock, "Clock id")->required();
    mark->callback([&o, id, clock] { Session(o).service().markClock(*id, *clock); });
}

void addTaskCommands(CLI::App& app, Options& o) {
    auto* task = app.add_subcommand("task", "Tasks of incidents")->require_subcommand(1);
    auto filter = std::make_shared<TaskFilter>();
    auto incident = std::make_shared<std::int64_t>(0);
    auto overdue = std::make_shared<bool>(false);
    auto* list = task->add_subcommand("list", "Tasks of open incidents, earliest due first");
    list->add_option("--incident", *incident, "Only this incident");
    auto* assignee = list->add_option("--assignee", filter->assignee, "Only tasks assigned to this name");
    list->add_option("--role", filter->role, "Only tasks of this role")->excludes(assignee);
    list->add_flag("--overdue", *overdue, "Only overdue tasks");
    list->callback([&o, filter, incident, overdue] {
        Session s(o);
        if (*incident)
            filter->incident = *incident;
        nlohmann::json out = nlohmann::json::array();
        int shown = 0;
        for (const auto& t : s.store().tasks(*filter)) {
            const auto state = taskState(t, s.now());
            if (*overdue && state != TaskState::Overdue)
                continue;
            ++shown;
            if (s.json()) {
                out.push_back(taskJson(t, s.now(), s.lang()));
                continue;
            }
            std::cout << t.id << "\t#" << t.incident << "\t"
                      << s.t("state." + std::string(taskStateName(state))) << "\t" << formatInstant(t.due)
                      << "\t" << t.role << "\t" << (t.assignee.empty() ? s.t("cli.unassigned") : t.assignee)
                      << "\t" << t.title.in(s.lang()) << '\n';
        }
        if (s.json())
            s.print(out);
        else if (shown == 0)
            std::cout << s.t("cli.no_tasks") << '\n';
    });
    auto id = std::make_shared<std::int64_t>(0);
    auto* done = task->add_subcommand("done", "Mark a task done");
    done->add_option("TASK", *id, "Task id")->required();
    done->callback([&o, id] { Session(o).service().completeTask(*id); });
    auto* reopen = task->add_subcommand("reopen", "Mark a done task open again");
    reopen->add_option("TASK", *id, "Task id")->required();
    reopen->callback([&o, id] { Session(o).service().reopenTask(*id); });
}

void addPlaybookCommands(CLI::App& app, Options& o) {
    auto* pb = app.add_subcommand("playbook", "Crisis playbooks")->require_subcommand(1);
    pb->add_subcommand("list", "Latest version of every playbook")->callback([&o] {
        Session s(o);
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : s.store().playbooks()) {
            if (s.json())
                out.push_back(playbookSummaryJson(r));
            else
                std::cout << r.playbook.id << "\tv" << r.version << "\t" << r.playbook.name.in(s.lang())
                          << '\n';
        }
        if (s.json())
            s.print(out);
    });
    auto id = std::make_shared<std::string>();
    auto version = std::make_shared<int>(0);
    auto* show = pb->add_subcommand("show", "Print a playbook in its file format");
    show->add_option("ID", *id, "Playbook id")->required();
    show->add_option("--version", *version, "A stored version (default: latest)");
    show->callback([&o, id, version] {
        Session s(o);
        const auto r = s.store().playbook(*id, *version ? std::optional<int>(*version) : std::nullopt);
        if (!r)
            throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {*id}});
        std::cout << playbookToJson(r->playbook) << '\n';
    });
    auto v1 = std::make_shared<int>(0);
    auto v2 = std::make_shared<int>(0);
    auto* diff = pb->add_subcommand("diff", "What changed between two stored versions of a playbook");
    diff->add_option("ID", *id, "Playbook id")->required();
    diff->add_option("V1", *v1, "Older version")->required();
    diff->add_option("V2", *v2, "Newer version")->required();
    diff->callback([&o, id, v1, v2] {
        Session s(o);
        const auto a = s.store().playbook(*id, *v1);
        const auto b = s.store().playbook(*id, *v2);
        if (!a || !b)
            throw Error(ErrorCode::NotFound,
                        {"error.not_found.playbook", {*id + " v" + std::to_string(!a ? *v1 : *v2)}});
        nlohmann::json out = nlohmann::json::array();
        for (const auto& c : diffPlaybooks(a->playbook, b->playbook)) {
            const bool moved = c.kind == PlaybookChange::Kind::Moved;
            if (s.json()) {
                nlohmann::json change{{"change", changeKindName(c.kind)},
                                      {"path", c.path},
                                      {"before", c.before},
                                      {"after", c.after}};
                if (moved) {
                    change["from"] = c.from;
                    change["to"] = c.to;
                }
                out.push_back(std::move(change));
            } else if (moved) {
                std::cout << "> " << c.path << ' ' << c.from << " -> " << c.to << '\n';
            } else {
                std::cout << (c.kind == PlaybookChange::Kind::Added     ? "+ "
                              : c.kind == PlaybookChange::Kind::Removed ? "- "
                                                                        : "~ ")
                          << c.path << '\n';
            }
        }
        if (s.json())
            s.print(out);
    });
    auto file = std::make_shared<std::string>();
    auto* importCmd =
        pb->add_subcommand("import", "Validate and store a playbook file (a new version if changed)");
    importCmd->add_option("FILE", *file, "Playbook JSON file")->required();
    importCmd->callback([&o, file] {
        Session s(o);
        const auto [pid, v] = importPlaybooks(s.store(), {{*file, readFile(*file)}}, s.now()).front();
        if (s.json())
            s.print({{"id", pid}, {"version", v}});
        else
            std::cout << s.t("cli.imported", {pid, std::to_string(v)}) << '\n';
    });
    auto out = std::make_shared<std::string>();
    auto* exp = pb->add_subcommand("export", "Write a playbook file");
    exp->add_option("ID", *id, "Playbook id")->required();
    exp->add_option("--out", *out, "Output file (default: stdout)");
    exp->callback([&o, id, out] {
        Session s(o);
        const auto r = s.store().playbook(*id);
        if (!r)
            throw Error(ErrorCode::NotFound, {"error.not_found.playbook", {*id}});
        const std::string body = playbookToJson(r->playbook) + "\n";
        writeOutput(*out, body);
    });
}

void addStoreCommands(CLI::App& app, Options& o) {
    app.add_subcommand("init", "Create or migrate the database; load default playbooks if none")
        ->callback([&o] {
            Session s(o);
            installDefaultPlaybooks(s.store(), s.now());
            const auto count = s.store().playbooks().size();
            if (s.json())
                s.print({{"db", s.store().path().string()},
                         {"schema", Store::schemaVersion()},
                         {"playbooks", count}});
            else
                std::cout << s.t("cli.initialised",
                                 {s.store().path().string(), std::to_string(Store::schemaVersion()),
                                  std::to_string(count)})
                          << '\n';
        });
    app.add_subcommand("demo", "Fill an empty database with a demo team and incidents")->callback([&o] {
        Session s(o);
        const bool seeded = seedDemoData(s.store(), s.now());
        if (s.json())
            s.print({{"seeded", seeded}});
    });
    auto id = std::make_shared<std::int64_t>(0);
    auto* log = app.add_subcommand("log", "The event log of an incident");
    log->add_option("ID", *id, "Incident id")->required();
    log->callback([&o, id] {
        Session s(o);
        s.store().incident(*id); // NotFound for an unknown id rather than an empty log
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : s.store().events(*id)) {
            if (s.json())
                out.push_back(eventJson(e));
            else
                std::cout << e.seq << "\t" << formatInstant(e.at) << "\t" << e.actor << "\t" << e.kind << "\t"
                          << e.payload.dump() << '\n';
        }
        if (s.json())
            s.print(out);
    });
    // The store maintenance commands look at the file as it is: no drill deliveries first.
    app.add_subcommand("verify", "Check every hash chain of the event log")->callback([&o] {
        Session s(o, Session::Drills::Leave);
        const auto broken = s.store().verify();
        if (broken) {
            const Error error(
                ErrorCode::Integrity,
                {"error.integrity",
                 {std::to_string(broken->seq), std::to_string(broken->incident), s.t(broken->reason)}});
            if (s.json())
                s.print({{"ok", false},
                         {"seq", broken->seq},
                         {"incident", broken->incident},
                         {"reason", broken->reason}});
            throw error;
        }
        const auto count = s.store().eventCount();
        if (s.json())
            s.print({{"ok", true}, {"events", count}});
        else
            std::cout << s.t("cli.verify_ok", {std::to_string(count)}) << '\n';
    });
    auto file = std::make_shared<std::string>();
    auto* backup = app.add_subcommand("backup", "Write a verified online backup of the database to FILE");
    backup->add_option("FILE", *file, "Backup file to write")->required();
    backup->callback([&o, file] {
        Session s(o, Session::Drills::Leave);
        s.store().backupTo(*file);
        if (s.json())
            s.print({{"backup", *file}, {"events", Store(*file, OpenMode::ReadOnly).eventCount()}});
    });
    auto* restore = app.add_subcommand("restore", "Replace the database with a verified backup FILE");
    restore->add_option("FILE", *file, "Backup file to restore")->required();
    restore->callback([&o, file] {
        const std::filesystem::path target =
            o.db.empty() ? defaultDatabasePath() : std::filesystem::path(o.db);
        Store::restore(*file, target);
        Session s(o, Session::Drills::Leave);
        if (s.json())
            s.print({{"restored", *file}, {"events", s.store().eventCount()}});
    });
    app.add_subcommand("rebuild", "Rebuild the projections from the event log")->callback([&o] {
        Session(o, Session::Drills::Leave).store().rebuildProjections();
    });
    app.add_subcommand("due", "Clocks, tasks and improvement items in warning or overdue now")
        ->callback([&o] {
            Session s(o);
            nlohmann::json out = nlohmann::json::array();
            const auto row = [&](std::int64_t incident, const std::string& what, const std::string& state,
                                 Instant due, const std::string& title) {
                if (s.json())
                    out.push_back({{"incident", incident},
                                   {"what", what},
                                   {"state", state},
                                   {"due", formatInstant(due)},
                                   {"title", title}});
                else
                    std::cout << "#" << incident << "\t" << s.t("state." + state) << "\t"
                              << formatInstant(due) << "\t" << what << "\t" << title << '\n';
            };
            for (const auto& d : s.service().due())
                row(d.incident, d.what, d.state, d.due, d.name.in(s.lang()));
            // The review's reminders: open improvement items past due, also of closed incidents.
            IncidentService incidents(s.service());
            for (const auto& r : ReviewService(s.store(), incidents, s.clock(), s.actor()).reminders())
                row(r.incident, "improvement:" + r.item.id, "overdue", r.item.due, r.item.finding);
            if (s.json())
                s.print(out);
        });
    app.add_subcommand("next-change",
                       "The next instant any clock, task or improvement reminder changes state")
        ->callback([&o] {
            Session s(o);
            IncidentService incidents(s.service());
            auto next = s.service().nextChange();
            if (const auto reminder =
                    ReviewService(s.store(), incidents, s.clock(), s.actor()).nextReminder())
                next = next ? std::min(*next, *reminder) : *reminder;
            if (s.json())
                s.print({{"next_change", next ? nlohmann::json(formatInstant(*next)) : nlohmann::json()}});
            else
                std::cout << (next ? formatInstant(*next) : "-") << '\n';
        });
}

void addOrganisationCommands(CLI::App& app, Options& o) {
    auto* org =
        app.add_subcommand("org", "The organisation profile used by templates")->require_subcommand(1);
    const auto profileJson = [](const OrganisationProfile& p) {
        return nlohmann::json{{"company", p.company},     {"support_contact", p.supportContact},
                              {"website", p.website},     {"markets", p.markets},
                              {"languages", p.languages}, {"time_zone", p.timeZone}};
    };
    org->add_subcommand("show", "Print the profile")->callback([&o, profileJson] {
        Session s(o);
        const auto p = s.store().organisation();
        if (s.json()) {
            s.print(profileJson(p));
            return;
        }
        const auto fields = profileJson(p); // items() must not outlive the json it walks
        for (const auto& [key, value] : fields.items())
            std::cout << key << "\t" << (value.is_string() ? value.get<std::string>() : value.dump()) << '\n';
    });
    struct Fields {
        std::optional<std::string> company, contact, website, timeZone;
        std::optional<std::vector<std::string>> markets, languages;
    };
    auto f = std::make_shared<Fields>();
    auto* set = org->add_subcommand("set", "Change fields of the profile (others stay)");
    set->add_option("--company", f->company, "Company name as customers know it");
    set->add_option("--support-contact", f->contact, "Support e-mail or phone");
    set->add_option("--website", f->website, "Website");
    set->add_option("--markets", f->markets, "Markets, e.g. US,DE,JP")->delimiter(',');
    set->add_option("--languages", f->languages, "Languages, e.g. en,zh")->delimiter(',');
    set->add_option("--time-zone", f->timeZone, "IANA time zone, e.g. Asia/Shanghai");
    set->callback([&o, f, profileJson] {
        Session s(o);
        auto p = s.store().organisation();
        if (f->company)
            p.company = *f->company;
        if (f->contact)
            p.supportContact = *f->contact;
        if (f->website)
            p.website = *f->website;
        if (f->markets)
            p.markets = *f->markets;
        if (f->languages)
            p.languages = *f->languages;
        if (f->timeZone)
            p.timeZone = *f->timeZone;
        p = normalisedOrganisation(p);
        s.store().setOrganisation(p); // validated whole: nothing stored on any problem
        if (s.json())
            s.print(profileJson(p));
    });
}

} // namespace

int run(int argc, char** argv) {
    Options options;
    CLI::App app{"crisisctl: the CrisisDesk command line (see docs/cli.md)", "crisisctl"};
    app.fallthrough();
    app.require_subcommand(1);
    app.add_option("--db", options.db, "Database file (default: the console's, in the user's data folder)");
    app.add_option("--at", options.at,
                   "Run as if now were this ISO-8601 UTC time, e.g. 2026-03-01T08:00:00Z");
    app.add_option("--actor", options.actor, "Name recorded on events (default: $USER)");
    app.add_option("--lang", options.lang, "Language of text output: en or zh (default: from $LANG)");
    app.add_flag("--json", options.json, "Print JSON (shapes in docs/cli.md)");
    addStoreCommands(app, options);
    addPlaybookCommands(app, options);
    addTeamCommands(app, options);
    addIncidentCommands(app, options);
    addTaskCommands(app, options);
    addReputationCommands(app, options);
    addReviewCommands(app, options);
    addDrillCommands(app, options);
    addOrganisationCommands(app, options);
    addTemplateCommands(app, options);
    addStatementCommands(app, options);
    addMarketingCommands(app, options);
    addReportCommands(app, options);

    try {
        app.parse(argc, argv);
        return 0;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    } catch (const Error& e) {
        const char* envLang = std::getenv("LANG");
        const Language lang =
            languageFromLocale(!options.lang.empty() ? options.lang : (envLang ? envLang : "en"));
        std::cerr << "crisisctl: " << e.describe(lang) << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "crisisctl: " << e.what() << '\n';
        return 1;
    }
}

} // namespace crisis::cli
