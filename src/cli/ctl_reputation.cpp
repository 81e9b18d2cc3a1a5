// crisisctl: mentions, sentiment, spike alerts, the inbox and reputation metrics.

#include "session.hpp"

#include <crisis/mention.hpp>
#include <crisis/reputation.hpp>
#include <crisis/sentiment.hpp>
#include <crisis/template.hpp>
#include <crisis/template_kit.hpp>

namespace crisis::cli {

namespace {

MentionColumns columnsFrom(const std::vector<std::string>& maps) {
    MentionColumns columns;
    for (const auto& [field, column] : parseAssignments(maps)) {
        std::string* target = field == "time"       ? &columns.time
                              : field == "channel"  ? &columns.channel
                              : field == "author"   ? &columns.author
                              : field == "text"     ? &columns.text
                              : field == "url"      ? &columns.url
                              : field == "reach"    ? &columns.reach
                              : field == "language" ? &columns.language
                              : field == "id"       ? &columns.id
                                                    : nullptr;
        if (!target || column.empty())
            throw Error(ErrorCode::InvalidInput, {"mentions.bad_map", {field + "=" + column}});
        *target = column;
    }
    return columns;
}

// The shipped lexicons plus each --lexicon file; a bad file lists its bad lines.
SentimentScorer scorerWith(const std::vector<std::string>& lexicons) {
    SentimentScorer scorer;
    for (const auto& file : lexicons)
        scorer.addLexicon(readFile(file), file);
    return scorer;
}

nlohmann::json mentionJson(const Mention& m) {
    return {{"mention", m.id},
            {"at", formatInstant(m.at)},
            {"channel", m.channel},
            {"author", m.author},
            {"text", m.text},
            {"url", m.url},
            {"reach", m.reach},
            {"language", m.language},
            {"id", m.externalId},
            {"score", m.sentiment.score},
            {"label", sentimentLabelName(m.sentiment.label)}};
}

nlohmann::json inboxJson(const InboxItem& item) {
    auto j = mentionJson(item.mention);
    j["state"] = inboxStateName(item.state);
    j["assignee"] = item.assignee;
    j["responder"] = item.responder;
    j["reply"] = item.reply;
    j["responded_at"] =
        item.respondedAt ? nlohmann::json(formatInstant(*item.respondedAt)) : nlohmann::json();
    j["response_ms"] =
        item.respondedAt ? nlohmann::json((*item.respondedAt - item.mention.at).count()) : nlohmann::json();
    return j;
}

struct Reputation {
    Session s;
    IncidentService incidents;
    ReputationService service;
    explicit Reputation(const Options& o)
        : s(o), incidents(s.service()), service(s.store(), incidents, s.clock(), s.actor()) {}
};

void addMentionCommands(CLI::App& app, Options& o) {
    auto* mention = app.add_subcommand("mention", "Social mentions of an incident and the inbox actions")
                        ->alias("mentions")
                        ->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto file = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>();
    auto partial = std::make_shared<bool>(false);
    auto maps = std::make_shared<std::vector<std::string>>();
    auto* importCmd = mention->add_subcommand("import", "Import mentions from CSV, JSON or JSON lines");
    importCmd->add_option("FILE", *file, "Mentions file")->required();
    importCmd->add_option("--incident", *incident, "Incident id")->required();
    importCmd->add_option("--format", *format, "csv, json or jsonl (default: from the file name)")
        ->check(CLI::IsMember({"csv", "json", "jsonl"}));
    importCmd->add_flag("--accept-partial", *partial, "Store the good rows even if some rows are bad");
    importCmd->add_option("--map", *maps, "FIELD=COLUMN for other layouts, e.g. time=Date (repeatable)");
    auto lexicons = std::make_shared<std::vector<std::string>>();
    importCmd->add_option("--lexicon", *lexicons, "Extra word<TAB>score lexicon for scoring (repeatable)");
    importCmd->callback([&o, incident, file, format, partial, maps, lexicons] {
        Reputation r(o);
        r.s.store().incident(*incident); // NotFound before reading the file
        r.service.setScorer(scorerWith(*lexicons));
        const MentionColumns columns = columnsFrom(*maps);
        const auto detected = format->empty()     ? mentionFormatFor(*file)
                              : *format == "csv"  ? std::optional(MentionFormat::Csv)
                              : *format == "json" ? std::optional(MentionFormat::Json)
                                                  : std::optional(MentionFormat::JsonLines);
        if (!detected)
            throw Error(ErrorCode::InvalidInput, {"mentions.unknown_format", {*file}});
        auto parsed = parseMentions(readFile(*file), *detected, columns);
        if (!parsed.problems.empty() && !*partial)
            throw ValidationError(*file, std::move(parsed.problems));
        const auto outcome = r.service.import(*incident, std::move(parsed.mentions), *file);
        if (r.s.json()) {
            nlohmann::json alerts = nlohmann::json::array();
            for (const auto& a : outcome.alerts)
                alerts.push_back({{"type", a.kind == SpikeAlert::Kind::Volume ? "volume" : "dip"},
                                  {"bucket", formatInstant(a.bucketStart)},
                                  {"count", a.count},
                                  {"dominant", sentimentLabelName(a.dominant)}});
            r.s.print({{"added", outcome.added},
                       {"duplicates", outcome.duplicates},
                       {"rejected", parsed.problems.size()},
                       {"alerts", alerts},
                       {"recovered", outcome.recovered}});
        } else {
            std::cout << r.s.t("cli.mentions_imported",
                               {std::to_string(outcome.added), std::to_string(outcome.duplicates),
                                std::to_string(parsed.problems.size())})
                      << '\n';
            for (const auto& a : outcome.alerts)
                std::cout << r.s.t(a.kind == SpikeAlert::Kind::Volume ? "cli.spike_volume" : "cli.spike_dip",
                                   {formatInstant(a.bucketStart), std::to_string(a.count)})
                          << '\n';
        }
        for (const auto& p : parsed.problems)
            std::cerr << *file << ": " << p.pointer << ": " << render(p.message, r.s.lang()) << '\n';
    });

    auto* list = mention->add_subcommand("list", "Mentions of an incident in time order");
    list->add_option("--incident", *incident, "Incident id")->required();
    list->callback([&o, incident] {
        Session s(o);
        s.store().incident(*incident);
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : s.store().mentions(*incident)) {
            if (s.json())
                out.push_back(mentionJson(m));
            else
                std::cout << m.id << "\t" << formatInstant(m.at) << "\t" << m.channel << "\t"
                          << sentimentLabelName(m.sentiment.label) << "\t" << m.author << "\t" << m.text
                          << '\n';
        }
        if (s.json())
            s.print(out);
    });

    auto mentionId = std::make_shared<std::int64_t>(0);
    auto member = std::make_shared<std::string>();
    auto* assign = mention->add_subcommand("assign", "Give an inbox item to a team member");
    assign->add_option("MENTION", *mentionId, "Mention id (from inbox or mention list)")->required();
    assign->add_option("MEMBER", *member, "Member name")->required();
    assign->add_option("--incident", *incident, "Incident id")->required();
    assign->callback([&o, incident, mentionId, member] {
        Reputation r(o);
        r.service.assign(*incident, *mentionId, *member);
        if (r.s.json())
            r.s.print(inboxJson(r.s.store().inboxItem(*incident, *mentionId)));
    });

    auto text = std::make_shared<std::string>();
    auto templateId = std::make_shared<std::string>();
    auto sets = std::make_shared<std::vector<std::string>>();
    auto* reply =
        mention->add_subcommand("reply", "Record a reply to the poster: --text, or a canned --template");
    reply->add_option("MENTION", *mentionId, "Mention id")->required();
    reply->add_option("--incident", *incident, "Incident id")->required();
    auto* textOpt = reply->add_option("--text", *text, "The reply as sent");
    reply
        ->add_option("--template", *templateId,
                     "A canned reply of the kit, e.g. cyber-breach.faq-reply.refund.en")
        ->excludes(textOpt);
    reply->add_option("--set", *sets, "NAME=VALUE for the template's placeholders (repeatable)");
    reply->callback([&o, incident, mentionId, text, templateId, sets] {
        Reputation r(o);
        r.s.store().incident(*incident); // the incident is named before the template
        std::string body = *text;
        if (!templateId->empty()) {
            const auto kit = kitInEffect(r.s.store());
            const auto it = std::find_if(kit.begin(), kit.end(),
                                         [&](const MessageTemplate& t) { return t.id == *templateId; });
            if (it == kit.end())
                throw Error(ErrorCode::NotFound, {"error.not_found.template", {*templateId}});
            body = renderForIncident(*it, r.s.store().incident(*incident), r.s.store().organisation(),
                                     parseAssignments(*sets))
                       .text;
        }
        r.service.reply(*incident, *mentionId, body, *templateId);
        if (r.s.json())
            r.s.print(inboxJson(r.s.store().inboxItem(*incident, *mentionId)));
        else
            std::cout << body << '\n';
    });

    auto state = std::make_shared<std::string>();
    auto* resolve = mention->add_subcommand("resolve", "Close an inbox item as reviewed or no-action");
    resolve->add_option("MENTION", *mentionId, "Mention id")->required();
    resolve->add_option("STATE", *state, "reviewed or no-action")
        ->required()
        ->check(CLI::IsMember({"reviewed", "no-action"}));
    resolve->add_option("--incident", *incident, "Incident id")->required();
    resolve->callback([&o, incident, mentionId, state] {
        Reputation r(o);
        r.service.resolve(*incident, *mentionId, *inboxStateFromName(*state));
        if (r.s.json())
            r.s.print(inboxJson(r.s.store().inboxItem(*incident, *mentionId)));
    });
}

void addReputationQueries(CLI::App& app, Options& o) {
    auto text = std::make_shared<std::string>();
    auto* sentiment = app.add_subcommand("sentiment", "Score one text (English or Chinese)");
    sentiment->add_option("TEXT", *text, "The text")->required();
    auto lexicons = std::make_shared<std::vector<std::string>>();
    sentiment->add_option("--lexicon", *lexicons, "Extra word<TAB>score lexicon (repeatable)");
    sentiment->callback([&o, text, lexicons] {
        Session s(o);
        const auto result = scorerWith(*lexicons).score(*text);
        if (s.json())
            s.print({{"score", result.score}, {"label", sentimentLabelName(result.label)}});
        else
            std::cout << result.score << '\t' << sentimentLabelName(result.label) << '\n';
    });

    auto incident = std::make_shared<std::int64_t>(0);
    auto* alerts = app.add_subcommand("alerts", "Message-spike and sentiment-dip alerts of an incident");
    alerts->add_option("ID", *incident, "Incident id")->required();
    alerts->callback([&o, incident] {
        Reputation r(o);
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : r.service.alerts(*incident)) {
            auto j = e.payload;
            j["at"] = formatInstant(e.at);
            j["seq"] = e.seq;
            if (r.s.json())
                out.push_back(j);
            else
                std::cout << formatInstant(e.at) << '\t' << j.value("type", "") << '\t'
                          << j.value("bucket", "") << '\t' << j.value("count", 0) << '\t'
                          << j.value("dominant", "") << '\n';
        }
        if (r.s.json())
            r.s.print(out);
    });

    struct InboxOptions {
        bool all = false;
        std::string channel, label, state, assignee;
        long long minReach = 0;
    };
    auto io = std::make_shared<InboxOptions>();
    auto* inbox = app.add_subcommand("inbox", "Mentions that need attention, newest first");
    inbox->add_option("ID", *incident, "Incident id")->required();
    inbox->add_flag("--all", io->all, "Every mention, not only those needing attention");
    inbox->add_option("--channel", io->channel, "Only this channel");
    inbox->add_option("--label", io->label, "negative, neutral or positive")
        ->check(CLI::IsMember({"negative", "neutral", "positive"}));
    inbox->add_option("--state", io->state, "open, replied, reviewed or no-action")
        ->check(CLI::IsMember({"open", "replied", "reviewed", "no-action"}));
    inbox->add_option("--assignee", io->assignee, "Only items of this member");
    inbox->add_option("--min-reach", io->minReach, "Only mentions reaching at least this many");
    inbox->callback([&o, incident, io] {
        Reputation r(o);
        InboxQuery q = r.service.inboxQuery(*incident);
        q.attentionOnly = !io->all;
        q.channel = io->channel;
        if (!io->label.empty())
            q.label = io->label == "negative"   ? SentimentLabel::Negative
                      : io->label == "positive" ? SentimentLabel::Positive
                                                : SentimentLabel::Neutral;
        if (!io->state.empty())
            q.state = inboxStateFromName(io->state);
        q.assignee = io->assignee;
        q.minReach = io->minReach;
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : r.s.store().inbox(q)) {
            if (r.s.json())
                out.push_back(inboxJson(item));
            else
                std::cout << item.mention.id << '\t' << inboxStateName(item.state) << '\t'
                          << formatInstant(item.mention.at) << '\t' << item.mention.channel << '\t'
                          << sentimentLabelName(item.mention.sentiment.label) << '\t' << item.mention.reach
                          << '\t' << item.assignee << '\t' << item.mention.text << '\n';
        }
        if (r.s.json())
            r.s.print(out);
    });
}

} // namespace

void addReputationCommands(CLI::App& app, Options& o) {
    addMentionCommands(app, o);
    addReputationQueries(app, o);
}

} // namespace crisis::cli
