// crisisctl: the marketing register (pause and resume for a crisis) and the internal briefing.

#include "comms_views.hpp"
#include "session.hpp"

#include <crisis/briefing.hpp>
#include <crisis/marketing.hpp>

namespace crisis::cli {

namespace {

struct Comms {
    Session s;
    IncidentService incidents;
    MarketingService marketing;
    BriefingService briefings;
    explicit Comms(const Options& o)
        : s(o), incidents(s.service()), marketing(s.store(), incidents, s.clock(), s.actor()),
          briefings(s.store(), incidents, s.clock(), s.actor()) {}

    void printItems(const std::vector<MarketingItem>& items) {
        if (s.json()) {
            s.print(marketingJson(items));
            return;
        }
        for (const auto& i : items)
            std::cout << i.id << "\t" << s.t(i.paused ? "cli.state.paused" : "cli.state.scheduled")
                      << (i.paused ? " #" + std::to_string(i.pausedBy) : "") << "\t"
                      << formatInstant(i.scheduledAt) << (i.endsAt ? " → " + formatInstant(*i.endsAt) : "")
                      << "\t" << i.channel << (i.crisis ? "\tcrisis" : "") << "\t" << i.name << '\n';
    }
};

void addMarketingGroup(CLI::App& app, Options& o) {
    auto* mk =
        app.add_subcommand("marketing", "The marketing register: pause non-crisis marketing for a crisis")
            ->require_subcommand(1);
    auto item = std::make_shared<MarketingItem>();
    auto scheduled = std::make_shared<std::string>();
    auto ends = std::make_shared<std::string>();
    auto* add = mk->add_subcommand("add", "Add a scheduled campaign or post");
    add->add_option("--name", item->name, "What it is, e.g. \"Spring sale newsletter\"")->required();
    add->add_option("--channel", item->channel, "Where it goes out, e.g. newsletter, instagram")->required();
    add->add_option("--scheduled", *scheduled, "When it goes out or starts (ISO-8601)")->required();
    add->add_option("--ends", *ends, "When a campaign ends (ISO-8601)");
    add->add_flag("--crisis", item->crisis, "Part of the crisis response: never paused");
    add->callback([&o, item, scheduled, ends] {
        Comms c(o);
        item->scheduledAt = parseTimeOption(*scheduled);
        if (!ends->empty())
            item->endsAt = parseTimeOption(*ends);
        const auto stored = c.marketing.add(*item);
        if (c.s.json())
            c.s.print(marketingJson(stored));
        else
            std::cout << stored.id << '\n';
    });

    auto file = std::make_shared<std::string>();
    auto* importCmd = mk->add_subcommand("import", "Add every item of a register CSV file (all or nothing)");
    importCmd->add_option("FILE", *file, "CSV with name, channel, scheduled_at [, ends_at, crisis]")
        ->required();
    importCmd->callback([&o, file] {
        Comms c(o);
        const auto added = c.marketing.import(readFile(*file), *file);
        if (c.s.json())
            c.printItems(added);
        else
            std::cout << c.s.t("cli.marketing_imported", {std::to_string(added.size())}) << '\n';
    });

    auto incident = std::make_shared<std::int64_t>(0);
    auto* list = mk->add_subcommand("list", "The register, earliest first");
    list->add_option("--paused-by", *incident, "Only the items this incident paused");
    list->callback([&o, incident] {
        Comms c(o);
        const auto items = *incident ? c.marketing.pausedBy(*incident) : c.marketing.items();
        if (!c.s.json() && items.empty())
            std::cout << c.s.t("cli.no_marketing") << '\n';
        c.printItems(items);
    });

    auto* pause = mk->add_subcommand("pause", "Pause every upcoming non-crisis item for an incident");
    pause->add_option("INCIDENT", *incident, "Incident id")->required();
    pause->callback([&o, incident] {
        Comms c(o);
        const auto outcome = c.marketing.pause(*incident);
        if (c.s.json()) {
            c.s.print({{"incident", *incident},
                       {"paused", marketingJson(outcome.paused)},
                       {"rehearsed", outcome.rehearsed},
                       {"ticked", outcome.ticked}});
        } else {
            std::cout << c.s.t("cli.marketing_paused",
                               {std::to_string(outcome.paused.size()), std::to_string(*incident)})
                      << '\n';
        }
    });

    auto* resume = mk->add_subcommand("resume", "Resume the items an incident paused");
    resume->add_option("INCIDENT", *incident, "Incident id")->required();
    resume->callback([&o, incident] {
        Comms c(o);
        const auto released = c.marketing.resume(*incident);
        // Items another open incident still wants paused are handed to it, not resumed.
        std::size_t back = 0, kept = 0;
        std::int64_t keptFor = 0;
        for (const auto& item : released) {
            if (item.paused) {
                ++kept;
                keptFor = item.pausedBy;
            } else {
                ++back;
            }
        }
        if (c.s.json()) {
            c.s.print({{"incident", *incident},
                       {"resumed", marketingJson(released)},
                       {"kept_for", keptFor != 0 ? nlohmann::json(keptFor) : nlohmann::json()}});
        } else if (kept == 0) {
            std::cout << c.s.t("cli.marketing_resumed", {std::to_string(back)}) << '\n';
        } else {
            std::cout << c.s.t("cli.marketing_resumed_kept",
                               {std::to_string(back), std::to_string(kept), std::to_string(keptFor)})
                      << '\n';
        }
    });
}

void printBriefing(Comms& c, const Briefing& b) {
    std::cout << c.s.t("cli.briefing_status", {std::to_string(b.id), std::to_string(b.acknowledged()),
                                               std::to_string(b.recipients.size())})
              << "  " << formatInstant(b.sentAt) << "  " << b.title << '\n';
    for (const auto& r : b.recipients)
        std::cout << "  [" << (r.acknowledgedAt ? 'x' : ' ') << "] " << r.name << "\t" << r.role << "\t"
                  << (r.acknowledgedAt ? formatInstant(*r.acknowledgedAt) : c.s.t("cli.not_acknowledged"))
                  << '\n';
}

void addBriefingGroup(CLI::App& app, Options& o) {
    auto* br =
        app.add_subcommand("briefing", "The internal briefing: send to the roster, track acknowledgements")
            ->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto request = std::make_shared<BriefingRequest>();
    auto language = std::make_shared<std::string>("en");
    auto sets = std::make_shared<std::vector<std::string>>();
    auto* send =
        br->add_subcommand("send", "Render the internal briefing (strictly) and send it to the roster");
    send->add_option("INCIDENT", *incident, "Incident id")->required();
    send->add_option("--language", *language, "en or zh")
        ->check(CLI::IsMember(std::vector<std::string>{"en", "zh"}));
    send->add_option("--template", request->templateId, "An internal-briefing template of the kit");
    send->add_option("--set", *sets, "NAME=VALUE for a placeholder (repeatable)")->allow_extra_args(false);
    send->callback([&o, incident, request, language, sets] {
        Comms c(o);
        request->language = languageFromLocale(*language);
        request->values = parseAssignments(*sets);
        const auto id = c.briefings.send(*incident, *request);
        if (c.s.json())
            c.s.print(briefingJson(c.briefings.briefing(id)));
        else
            std::cout << id << '\n';
    });

    auto briefing = std::make_shared<std::int64_t>(0);
    auto member = std::make_shared<std::string>();
    auto* ack = br->add_subcommand("ack", "Record that a member has read a briefing (default: you)");
    ack->add_option("BRIEFING", *briefing, "Briefing id")->required();
    ack->add_option("--member", *member, "The member who acknowledged (when recording for them)");
    ack->callback([&o, briefing, member] {
        Comms c(o);
        c.briefings.acknowledge(*briefing, *member);
        if (c.s.json())
            c.s.print(briefingJson(c.briefings.briefing(*briefing)));
    });

    auto* status =
        br->add_subcommand("status", "Briefings of an incident: who has and who has not acknowledged");
    status->add_option("INCIDENT", *incident, "Incident id")->required();
    status->callback([&o, incident] {
        Comms c(o);
        const auto all = c.briefings.list(*incident);
        if (c.s.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& b : all)
                out.push_back(briefingJson(b));
            c.s.print(out);
            return;
        }
        if (all.empty())
            std::cout << c.s.t("cli.no_briefings") << '\n';
        for (const auto& b : all)
            printBriefing(c, b);
    });
}

} // namespace

void noteMarketingStillPaused(Session& s, std::int64_t incident) {
    auto service = s.service();
    const auto paused = MarketingService(s.store(), service, s.clock(), s.actor()).pausedBy(incident);
    if (!paused.empty())
        std::cerr << s.t("cli.marketing_still_paused",
                         {std::to_string(paused.size()), std::to_string(incident)})
                  << '\n';
}

void addMarketingCommands(CLI::App& app, Options& options) {
    addMarketingGroup(app, options);
    addBriefingGroup(app, options);
}

} // namespace crisis::cli
