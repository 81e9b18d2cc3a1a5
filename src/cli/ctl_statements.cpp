// crisisctl: statements from draft to published, and the incident facts they are checked against.

#include "comms_views.hpp"
#include "session.hpp"

#include <crisis/statement_service.hpp>

namespace crisis::cli {

namespace {

struct Statements {
    Session s;
    IncidentService incidents;
    StatementService service;
    explicit Statements(const Options& o)
        : s(o), incidents(s.service()), service(s.store(), incidents, s.clock(), s.actor()) {}

    void print(const Statement& st, bool full = false) {
        const auto approvers = service.approvers(st.incident);
        if (s.json()) {
            s.print(statementJson(st, approvers, s.lang(), full));
            return;
        }
        const auto& c = st.content();
        std::cout << "#" << st.id << "  ["
                  << s.t("statement.state." + std::string(statementStateName(st.state))) << "]  " << c.channel
                  << "  " << c.subject << '\n';
        std::cout << s.t("cli.statement_revision",
                         {std::to_string(st.current().number), std::to_string(st.revisions.size()),
                          formatInstant(st.current().at)})
                  << '\n';
        for (const auto& [label, value] : {std::pair{"To", c.to}, {"From", c.from}, {"Reply", c.reply}})
            if (!value.empty())
                std::cout << label << ": " << value << '\n';
        std::string approved;
        for (const auto& a : st.currentApprovals())
            approved += (approved.empty() ? "" : ", ") + a.role + " (" + a.actor + ")";
        if (!approved.empty())
            std::cout << s.t("cli.statement_approvals", {approved}) << '\n';
        for (const auto& a : st.currentApprovals())
            if (!a.overrides.empty()) {
                std::string codes;
                for (const auto& o : a.overrides)
                    codes += (codes.empty() ? "" : ", ") + o.code;
                std::cout << s.t("cli.overrides", {codes, a.reason}) << '\n';
            }
        if (const auto missing = st.missingApprovals(approvers); !missing.empty() && !st.published) {
            std::string roles;
            for (const auto& r : missing)
                roles += (roles.empty() ? "" : ", ") + r;
            std::cout << s.t("cli.statement_missing", {roles}) << '\n';
        }
        if (st.published) {
            std::cout << s.t("cli.statement_published",
                             {formatInstant(st.published->at), st.published->channel, st.published->audience,
                              st.published->link})
                      << '\n';
            if (!st.published->overrides.empty()) {
                std::string codes;
                for (const auto& o : st.published->overrides)
                    codes += (codes.empty() ? "" : ", ") + o.code;
                std::cout << s.t("cli.overrides", {codes, st.published->reason}) << '\n';
            }
        }
        std::cout << '\n' << c.message << '\n';
    }

    void printFindings(const std::vector<Finding>& findings, const nlohmann::json& head) {
        if (s.json()) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& f : findings)
                list.push_back(findingJson(f, s.lang()));
            auto out = head;
            out["findings"] = list;
            s.print(out);
            return;
        }
        if (findings.empty())
            std::cout << s.t("cli.no_findings") << '\n';
        for (const auto& f : findings)
            std::cout << "[" << s.t("fivec." + std::string(fiveCName(f.protects))) << "] " << f.code << ": "
                      << f.text << '\n';
    }
};

// The text of --message, or of --message-file when given.
struct MessageOptions {
    std::optional<std::string> message, file, subject, to, from, reply, channel;

    /// Adds the options; returns them (for `excludes`).
    std::vector<CLI::Option*> add(CLI::App* cmd) {
        return {cmd->add_option("--message", message, "The text as it will be published"),
                cmd->add_option("--message-file", file, "Read the text from this file (UTF-8)"),
                cmd->add_option("--subject", subject, "Subject or headline"),
                cmd->add_option("--to", to, "Addressees, e.g. \"All customers\""),
                cmd->add_option("--from", from, "Who speaks, e.g. \"Customer care\""),
                cmd->add_option("--reply", reply, "How readers reply, or the reply expected")};
    }
    bool hasText() const { return message || file; }
    // Fills the given fields into `c`, leaving the others.
    void apply(StatementContent& c) const {
        if (file) {
            c.message = readFile(*file);
            while (!c.message.empty() && (c.message.back() == '\n' || c.message.back() == '\r'))
                c.message.pop_back();
        } else if (message) {
            c.message = *message;
        }
        for (const auto& [value, field] : {std::pair{&subject, &c.subject},
                                           {&to, &c.to},
                                           {&from, &c.from},
                                           {&reply, &c.reply},
                                           {&channel, &c.channel}})
            if (*value)
                *field = **value;
    }
};

std::vector<std::string> channelNames() {
    return {knownChannels.begin(), knownChannels.end()};
}

void addStatementGroup(CLI::App& app, Options& o) {
    auto* st = app.add_subcommand("statement", "Statements: draft, review, approve, publish")
                   ->alias("statements")
                   ->require_subcommand(1);
    auto incident = std::make_shared<std::int64_t>(0);
    auto id = std::make_shared<std::int64_t>(0);

    auto* draft = st->add_subcommand("draft", "Draft a statement from a kit template (--template) or blank "
                                              "(--channel and --message); prints its id");
    auto templateId = std::make_shared<std::string>();
    auto sets = std::make_shared<std::vector<std::string>>();
    auto language = std::make_shared<std::string>("en");
    auto fields = std::make_shared<MessageOptions>();
    draft->add_option("INCIDENT", *incident, "Incident id")->required();
    auto* tmpl =
        draft->add_option("--template", *templateId, "Template id, e.g. cyber-breach.social-post.holding.en");
    draft->add_option("--set", *sets, "NAME=VALUE for a placeholder of the template (repeatable)")
        ->allow_extra_args(false)
        ->needs(tmpl);
    draft->add_option("--channel", fields->channel, "Channel of a blank statement")
        ->check(CLI::IsMember(channelNames()))
        ->excludes(tmpl);
    draft->add_option("--language", *language, "Language of a blank statement: en or zh")
        ->check(CLI::IsMember(std::vector<std::string>{"en", "zh"}))
        ->excludes(tmpl);
    fields->add(draft);
    draft->callback([&o, incident, templateId, sets, language, fields] {
        Statements c(o);
        DraftRequest r;
        r.templateId = *templateId;
        r.values = parseAssignments(*sets);
        r.language = *language;
        fields->apply(r.content);
        const auto statement = c.service.draft(*incident, r);
        if (c.s.json())
            c.s.print({{"id", statement}});
        else
            std::cout << statement << '\n';
    });

    auto* revise =
        st->add_subcommand("revise", "Record a new revision (approvals lapse); fields not given stay");
    auto reviseFields = std::make_shared<MessageOptions>();
    revise->add_option("ID", *id, "Statement id")->required();
    revise->add_option("--channel", reviseFields->channel, "Channel")->check(CLI::IsMember(channelNames()));
    reviseFields->add(revise);
    revise->callback([&o, id, reviseFields] {
        Statements c(o);
        auto content = c.service.statement(*id).content();
        reviseFields->apply(content);
        c.service.revise(*id, content);
        const auto s = c.service.statement(*id);
        if (c.s.json())
            c.s.print({{"id", s.id}, {"revision", s.current().number}});
    });

    auto* submit = st->add_subcommand("submit", "Send a draft for review");
    submit->add_option("ID", *id, "Statement id")->required();
    submit->callback([&o, id] {
        Statements c(o);
        c.service.submit(*id);
        if (c.s.json())
            c.print(c.service.statement(*id));
    });

    auto* check = st->add_subcommand(
        "check", "Run the checks (five Cs) on a statement, or on a text with --incident and --message");
    auto checkFields = std::make_shared<MessageOptions>();
    auto checkId = std::make_shared<std::int64_t>(0);
    auto* checkIdOption = check->add_option("ID", *checkId, "Statement id");
    // A stored statement is checked as it is: a text given with its id would be silently ignored.
    auto textOptions = checkFields->add(check);
    textOptions.push_back(
        check->add_option("--incident", *incident, "Incident id, to check a text that is not stored"));
    textOptions.push_back(check->add_option("--channel", checkFields->channel, "Channel of the text")
                              ->check(CLI::IsMember(channelNames())));
    for (auto* option : textOptions)
        checkIdOption->excludes(option);
    check->callback([&o, checkId, incident, checkFields] {
        if (*checkId == 0 && *incident == 0)
            throw CLI::RequiredError("ID or --incident");
        if (*checkId == 0 && !checkFields->hasText())
            throw CLI::RequiredError("--message or --message-file (with --incident)");
        Statements c(o);
        if (*checkId != 0) {
            const auto s = c.service.statement(*checkId);
            c.printFindings(c.service.check(*checkId, c.s.lang()),
                            {{"statement", s.id}, {"revision", s.current().number}});
            return;
        }
        StatementContent content;
        content.channel = "customer-email";
        checkFields->apply(content);
        c.printFindings(c.service.check(*incident, content, c.s.lang()),
                        {{"statement", nullptr}, {"revision", nullptr}});
    });

    auto* approve =
        st->add_subcommand("approve", "Approve the current revision for an approver role you hold");
    auto role = std::make_shared<std::string>();
    auto revision = std::make_shared<int>(0);
    auto reason = std::make_shared<std::string>();
    approve->add_option("ID", *id, "Statement id")->required();
    approve->add_option("--role", *role, "Approver role (default: the one you hold that is still missing)");
    approve->add_option("--revision", *revision, "The revision you reviewed (refused if it changed since)");
    approve->add_option("--reason", *reason, "Why the findings of the checks are accepted (logged)");
    approve->callback([&o, id, role, revision, reason] {
        Statements c(o);
        c.service.approve(*id, *role, *revision ? std::optional<int>(*revision) : std::nullopt, *reason);
        if (c.s.json())
            c.print(c.service.statement(*id));
    });

    auto* publish = st->add_subcommand("publish", "Publish an approved statement");
    auto request = std::make_shared<PublishRequest>();
    auto internal = std::make_shared<bool>(false);
    auto external = std::make_shared<bool>(false);
    publish->add_option("ID", *id, "Statement id")->required();
    publish->add_option("--audience", request->audience, "Who it is for, e.g. \"Customers in the EU\"")
        ->required();
    publish->add_option("--link", request->link, "Where it can be read");
    publish->add_option("--reason", request->reason,
                        "Why the findings of the checks are accepted (logged; required with findings when "
                        "the playbook names no approvers)");
    auto* ext =
        publish->add_flag("--external", *external, "Seen by the public (default except internal-briefing)");
    publish->add_flag("--internal", *internal, "Internal only: does not count as a public statement")
        ->excludes(ext);
    publish->callback([&o, id, request, internal, external] {
        Statements c(o);
        if (*internal)
            request->external = false;
        else if (*external)
            request->external = true;
        c.service.publish(*id, *request);
        if (c.s.json())
            c.print(c.service.statement(*id));
    });

    auto* list = st->add_subcommand("list", "Statements of an incident, in drafting order");
    auto state = std::make_shared<std::string>();
    list->add_option("INCIDENT", *incident, "Incident id")->required();
    list->add_option("--state", *state, "Only this state")
        ->check(CLI::IsMember(std::vector<std::string>{"draft", "in-review", "approved", "published"}));
    list->callback([&o, incident, state] {
        Statements c(o);
        const auto approvers = c.service.approvers(*incident);
        nlohmann::json out = nlohmann::json::array();
        int shown = 0;
        for (const auto& s : c.service.list(*incident)) {
            if (!state->empty() && statementStateName(s.state) != *state)
                continue;
            ++shown;
            if (c.s.json()) {
                out.push_back(statementJson(s, approvers, c.s.lang()));
                continue;
            }
            std::cout << s.id << "\t" << c.s.t("statement.state." + std::string(statementStateName(s.state)))
                      << "\tr" << s.current().number << "\t" << s.content().channel << "\t"
                      << s.currentApprovals().size() << "/" << approvers.size() << "\t" << s.content().subject
                      << '\n';
        }
        if (c.s.json())
            c.s.print(out);
        else if (shown == 0)
            std::cout << c.s.t("cli.no_statements") << '\n';
    });

    auto* show = st->add_subcommand("show", "One statement with every revision and approval");
    show->add_option("ID", *id, "Statement id")->required();
    show->callback([&o, id] {
        Statements c(o);
        c.print(c.service.statement(*id), true);
    });
}

// `incident facts`: joins the incident command group defined in ctl.cpp.
void addFactsCommand(CLI::App& app, Options& o) {
    auto* incident = app.get_subcommand("incident");
    auto* facts = incident->add_subcommand(
        "facts", "Record incident facts statements are checked against (cause verified, customers affected)");
    auto id = std::make_shared<std::int64_t>(0);
    auto cause = std::make_shared<std::string>();
    auto customers = std::make_shared<std::optional<long long>>();
    facts->add_option("ID", *id, "Incident id")->required();
    facts->add_option("--cause-verified", *cause, "yes or no")->check(CLI::IsMember({"yes", "no"}));
    facts->add_option("--customers-affected", *customers, "Number of customers affected (0 or more)");
    facts->callback([&o, id, cause, customers] {
        Statements c(o);
        IncidentFacts f;
        if (!cause->empty())
            f.causeVerified = *cause == "yes";
        f.customersAffected = *customers;
        c.service.recordFacts(*id, f);
        const auto inc = c.s.store().incident(*id);
        if (c.s.json())
            c.s.print({{"id", inc.id},
                       {"cause_verified", inc.causeVerified},
                       {"customers_affected",
                        inc.customersAffected ? nlohmann::json(*inc.customersAffected) : nlohmann::json()}});
    });
}

} // namespace

void addStatementCommands(CLI::App& app, Options& options) {
    addStatementGroup(app, options);
    addFactsCommand(app, options);
}

} // namespace crisis::cli
