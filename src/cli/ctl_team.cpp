// crisisctl team: the roster with primary and backup per role, and role hand-off during an
// incident with its history (docs/cli.md).

#include "json_views.hpp"
#include "session.hpp"

#include <crisis/incident_service.hpp>
#include <crisis/team.hpp>

#include <iostream>

namespace crisis::cli {

namespace {

const char* rolesHelp = "crisis-manager, comms, it, hr, operations, social, legal, customer-service";

std::string standing(const Session& s, const Member& m) {
    return s.t(m.backup ? "cli.backup" : "cli.primary");
}

void addRosterCommands(CLI::App* team, Options& o) {
    auto member = std::make_shared<Member>();
    auto* add = team->add_subcommand("add", "Add a member: the role's primary, or with --backup a backup");
    add->add_option("NAME", member->name, "Name (unique)")->required();
    add->add_option("--role", member->role, rolesHelp)->required();
    add->add_option("--contact", member->contact, "Phone, e-mail or handle");
    add->add_flag("--backup", member->backup, "A backup for the role (who takes it when it has no primary)");
    add->callback([&o, member] {
        Session s(o);
        const auto stored = s.store().addMember(*member);
        if (s.json())
            s.print(memberJson(stored));
        else
            std::cout << stored.id << '\n';
    });

    struct Edit {
        std::int64_t id = 0;
        std::optional<std::string> name, role, contact;
        bool backup = false, primary = false;
    };
    auto edit = std::make_shared<Edit>();
    auto* editCmd = team->add_subcommand("edit", "Change a member's name, role, contact or standing");
    editCmd->add_option("ID", edit->id, "Member id")->required();
    editCmd->add_option("--name", edit->name, "New name (unique)");
    editCmd->add_option("--role", edit->role, rolesHelp);
    editCmd->add_option("--contact", edit->contact, "Phone, e-mail or handle");
    auto* backupFlag = editCmd->add_flag("--backup", edit->backup, "Make the member a backup for the role");
    editCmd->add_flag("--primary", edit->primary, "Make the member the role's primary")->excludes(backupFlag);
    editCmd->callback([&o, edit] {
        Session s(o);
        const auto members = s.store().members();
        const auto it =
            std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == edit->id; });
        if (it == members.end())
            throw Error(ErrorCode::NotFound, {"error.not_found.member", {std::to_string(edit->id)}});
        Member m = *it;
        if (edit->name)
            m.name = *edit->name;
        if (edit->role)
            m.role = *edit->role;
        if (edit->contact)
            m.contact = *edit->contact;
        if (edit->backup)
            m.backup = true;
        if (edit->primary)
            m.backup = false;
        s.store().updateMember(m);
        if (s.json())
            s.print(memberJson(m));
    });

    team->add_subcommand("list", "List members: id, role, primary or backup, name, contact")->callback([&o] {
        Session s(o);
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : s.store().members()) {
            if (s.json())
                out.push_back(memberJson(m));
            else
                std::cout << m.id << "\t" << m.role << "\t" << standing(s, m) << "\t" << m.name << "\t"
                          << m.contact << '\n';
        }
        if (s.json())
            s.print(out);
    });

    auto id = std::make_shared<std::int64_t>(0);
    auto* remove = team->add_subcommand("remove", "Remove a member (their tasks keep the name)");
    remove->add_option("ID", *id, "Member id")->required();
    remove->callback([&o, id] { Session(o).store().removeMember(*id); });
}

void addHandoffCommands(CLI::App* team, Options& o) {
    struct Handoff {
        std::int64_t incident = 0;
        std::string role, to, reason;
    };
    auto h = std::make_shared<Handoff>();
    auto* handoff = team->add_subcommand(
        "handoff", "Hand a role of an incident to another member; the role's open tasks follow them");
    handoff->add_option("INCIDENT", h->incident, "Incident id")->required();
    handoff->add_option("ROLE", h->role, rolesHelp)->required();
    handoff->add_option("--to", h->to, "The new holder: a member's name on the roster")->required();
    handoff->add_option("--reason", h->reason, "Why (logged), e.g. end of shift");
    handoff->callback([&o, h] {
        Session s(o);
        const auto done = s.service().handOff(h->incident, h->role, h->to, h->reason);
        if (s.json()) {
            s.print({{"incident", h->incident},
                     {"role", h->role},
                     {"from", done.from},
                     {"to", h->to},
                     {"reason", h->reason},
                     {"at", formatInstant(done.at)},
                     {"tasks", done.tasks}});
            return;
        }
        std::cout << s.t("cli.handed_off", {h->role, done.from.empty() ? s.t("cli.nobody") : done.from, h->to,
                                            std::to_string(done.tasks.size())})
                  << '\n';
    });

    auto incidentId = std::make_shared<std::int64_t>(0);
    auto* holders = team->add_subcommand(
        "holders", "Who held each role of an incident from when to when (hand-off history)");
    holders->add_option("INCIDENT", *incidentId, "Incident id")->required();
    holders->callback([&o, incidentId] {
        Session s(o);
        const auto incident = s.store().incident(*incidentId);
        nlohmann::json out = nlohmann::json::array();
        for (const auto& t : incident.roles) {
            if (s.json()) {
                out.push_back(roleTenureJson(t));
                continue;
            }
            std::cout << t.role << "\t" << t.holder << "\t" << formatInstant(t.from) << "\t"
                      << (t.until ? formatInstant(*t.until) : s.t("cli.now")) << "\t" << t.reason << '\n';
        }
        if (s.json())
            s.print(out);
    });
}

} // namespace

void addTeamCommands(CLI::App& app, Options& o) {
    auto* team =
        app.add_subcommand("team", "The crisis team roster and role hand-off")->require_subcommand(1);
    addRosterCommands(team, o);
    addHandoffCommands(team, o);
}

} // namespace crisis::cli
