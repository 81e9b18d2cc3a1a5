// crisisctl template and review-due: the kit in effect (shipped + imported), kit import and
// export, strict rendering for an incident, and what is due for review (docs/cli.md).

#include "json_views.hpp"
#include "session.hpp"

#include <crisis/plan_review.hpp>
#include <crisis/template.hpp>
#include <crisis/template_kit.hpp>

#include <iostream>

namespace crisis::cli {

namespace {

std::vector<std::string> names(const auto& items) {
    return std::vector<std::string>(items.begin(), items.end());
}

TemplateRecord lookup(const std::vector<TemplateRecord>& kit, const std::string& id) {
    for (const auto& record : kit)
        if (record.tmpl.id == id)
            return record;
    throw Error(ErrorCode::NotFound, {"error.not_found.template", {id}});
}

void addBrowseCommands(CLI::App* tpl, Options& o) {
    struct Filter {
        std::string crisisType;
        std::string channel;
        std::string language;
    };
    auto filter = std::make_shared<Filter>();
    auto* list =
        tpl->add_subcommand("list", "Templates of the kit in effect, by crisis type, channel and language");
    list->add_option("--crisis-type", filter->crisisType, "Only this crisis type, e.g. cyber-breach")
        ->check(CLI::IsMember(names(knownCrisisTypes)));
    list->add_option("--channel", filter->channel, "Only this channel, e.g. social-post")
        ->check(CLI::IsMember(names(knownChannels)));
    list->add_option("--language", filter->language, "Only this language: en or zh")
        ->check(CLI::IsMember(std::vector<std::string>{"en", "zh"}));
    list->callback([&o, filter] {
        Session s(o);
        nlohmann::json out = nlohmann::json::array();
        int shown = 0;
        for (const auto& record : effectiveTemplates(s.store())) {
            const auto& t = record.tmpl;
            if ((!filter->crisisType.empty() && t.crisisType != filter->crisisType) ||
                (!filter->channel.empty() && t.channel != filter->channel) ||
                (!filter->language.empty() && languageCode(t.language) != filter->language))
                continue;
            ++shown;
            if (s.json())
                out.push_back(templateSummaryJson(record));
            else
                std::cout << t.id << '\t' << t.title << '\n';
        }
        if (s.json())
            s.print(out);
        else if (shown == 0)
            std::cout << s.t("cli.no_templates") << '\n';
    });

    auto id = std::make_shared<std::string>();
    auto* show = tpl->add_subcommand("show", "Print a template: its title, a blank line, its body");
    show->add_option("ID", *id, "Template id, e.g. cyber-breach.social-post.holding.en")->required();
    show->callback([&o, id] {
        Session s(o);
        const auto record = lookup(effectiveTemplates(s.store()), *id);
        if (s.json())
            s.print(templateJson(record));
        else
            std::cout << record.tmpl.title << "\n\n" << record.tmpl.body << '\n';
    });

    auto incident = std::make_shared<std::int64_t>(0);
    auto sets = std::make_shared<std::vector<std::string>>();
    auto zone = std::make_shared<std::string>();
    auto* render = tpl->add_subcommand(
        "render",
        "Fill a template from an incident and --set values; refuses any unknown or unfilled placeholder");
    render->add_option("ID", *id, "Template id")->required();
    render->add_option("--incident", *incident, "Incident id (gives incident_title and detected_at)")
        ->required();
    render
        ->add_option(
            "--set", *sets,
            "NAME=VALUE for a placeholder, repeatable: company, support_contact, website, "
            "customers_affected, affected_data, actions_taken, next_update (wins over the incident's)")
        ->allow_extra_args(false);
    render->add_option(
        "--tz", *zone,
        "IANA time zone of the reader for detected_at (default: the organisation's; else UTC)");
    render->callback([&o, id, incident, sets, zone] {
        Session s(o);
        const auto t = lookup(effectiveTemplates(s.store()), *id).tmpl;
        const auto overrides = parseAssignments(*sets);
        // company, support_contact and website come from the stored profile; --set overrides.
        const auto result =
            renderForIncident(t, s.store().incident(*incident), s.store().organisation(), overrides, *zone);
        if (s.json())
            s.print(renderJson(t, result));
        else
            std::cout << result.title << "\n\n" << result.text << '\n';
    });
}

void addKitFileCommands(CLI::App* tpl, Options& o) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto* importCmd = tpl->add_subcommand(
        "import", "Validate kit files completely, then store what changes the kit (all or nothing)");
    importCmd->add_option("FILE", *files, "Template kit JSON file(s) (docs/templates.md)")->required();
    importCmd->callback([&o, files] {
        Session s(o);
        std::vector<KitFile> kits;
        for (const auto& file : *files)
            kits.push_back({file, readFile(file)});
        const auto result = importTemplateKits(s.store(), kits, s.now());
        if (s.json()) {
            nlohmann::json versions = nlohmann::json::array();
            for (const auto& [tid, version] : result.versions)
                versions.push_back({{"id", tid}, {"version", version}});
            s.print({{"added", result.added},
                     {"replaced", result.replaced},
                     {"unchanged", result.unchanged},
                     {"templates", versions}});
        } else {
            std::cout << s.t("cli.kit_imported",
                             {std::to_string(result.added), std::to_string(result.replaced),
                              std::to_string(result.unchanged)})
                      << '\n';
        }
    });

    auto crisisType = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto* exportCmd =
        tpl->add_subcommand("export", "Write the kit in effect (or one crisis type's) as a kit file");
    exportCmd->add_option("--crisis-type", *crisisType, "Only this crisis type")
        ->check(CLI::IsMember(names(knownCrisisTypes)));
    exportCmd->add_option("--out", *out, "Output file, written atomically (default: stdout)");
    exportCmd->callback([&o, crisisType, out] {
        Session s(o);
        writeOutput(*out, templateKitToJson(kitInEffect(s.store()), *crisisType));
    });
}

void addReviewCommand(CLI::App& app, Options& o) {
    auto all = std::make_shared<bool>(false);
    auto* review =
        app.add_subcommand("review-due", "Playbooks and templates overdue for review, oldest first");
    review->add_flag("--all", *all, "Every playbook and template with its review date, overdue or not");
    review->callback([&o, all] {
        Session s(o);
        const auto items = *all ? reviewSchedule(s.store()) : overdueReviews(s.store(), s.now());
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : items) {
            if (s.json()) {
                out.push_back(reviewItemJson(item, s.now(), s.lang()));
                continue;
            }
            std::cout << formatInstant(item.due) << '\t' << reviewKindName(item.kind) << '\t' << item.id
                      << "\tv" << item.version << '\t' << item.name.in(s.lang()) << '\n';
        }
        if (s.json())
            s.print(out);
        else if (items.empty())
            std::cout << s.t("cli.no_reviews") << '\n';
    });

    auto kind = std::make_shared<std::string>();
    auto id = std::make_shared<std::string>();
    auto note = std::make_shared<std::string>();
    auto* reviewed = app.add_subcommand(
        "reviewed", "Record that a playbook or template was reviewed and is current (restarts its interval)");
    reviewed->add_option("KIND", *kind, "playbook or template")
        ->required()
        ->check(CLI::IsMember({"playbook", "template"}));
    reviewed->add_option("ID", *id, "Playbook or template id")->required();
    reviewed->add_option("--note", *note, "What was checked");
    reviewed->callback([&o, kind, id, note] {
        Session s(o);
        markReviewed(s.store(), *reviewKindFromName(*kind), *id, s.actor(), s.now(), *note);
        const auto schedule = reviewSchedule(s.store());
        for (const auto& item : schedule)
            if (reviewKindName(item.kind) == *kind && item.id == *id) {
                if (s.json())
                    s.print(reviewItemJson(item, s.now(), s.lang()));
                else
                    std::cout << s.t("cli.reviewed", {*id, formatInstant(item.due)}) << '\n';
            }
    });
}

} // namespace

void addTemplateCommands(CLI::App& app, Options& o) {
    auto* tpl =
        app.add_subcommand("template", "Message templates of the communication kit")->require_subcommand(1);
    addBrowseCommands(tpl, o);
    addKitFileCommands(tpl, o);
    addReviewCommand(app, o);
}

} // namespace crisis::cli
