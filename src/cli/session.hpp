#pragma once
// What every crisisctl command shares: the global options and the session built from them
// (clock, store, language, output), and small input helpers.

#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/messages.hpp>
#include <crisis/reputation.hpp>
#include <crisis/store.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace crisis::cli {

struct Options {
    std::string db;
    std::string at;
    std::string actor;
    std::string lang;
    bool json = false;
};

// Everything a command needs, built after parsing from the global options.
class Session {
public:
    /// Whether opening the store first delivers what running drills have made due.
    enum class Drills { DeliverDue, Leave };

    explicit Session(const Options& options, Drills drills = Drills::DeliverDue)
        : m_options(options), m_deliverDrills(drills == Drills::DeliverDue) {
        if (!options.at.empty()) {
            const auto at = parseInstant(options.at);
            if (!at)
                throw Error(ErrorCode::InvalidInput, {"error.bad_time", {options.at}});
            m_clock = std::make_unique<ManualClock>(*at);
        } else {
            m_clock = std::make_unique<SystemClock>();
        }
        const char* envLang = std::getenv("LANG");
        m_lang = !options.lang.empty() ? languageFromLocale(options.lang)
                                       : languageFromLocale(envLang ? envLang : "en");
    }

    Store& store() {
        if (!m_store) {
            const std::filesystem::path path =
                m_options.db.empty() ? defaultDatabasePath() : std::filesystem::path(m_options.db);
            if (m_options.db.empty())
                std::filesystem::create_directories(path.parent_path());
            m_store = std::make_unique<Store>(path);
            if (m_deliverDrills)
                deliverDueDrills();
        }
        return *m_store;
    }
    IncidentService service() { return IncidentService(store(), *m_clock, actor()); }
    Instant now() const { return m_clock->now(); }
    const Clock& clock() const { return *m_clock; }
    Language lang() const { return m_lang; }
    bool json() const { return m_options.json; }
    std::string actor() const {
        if (!m_options.actor.empty())
            return m_options.actor;
        const char* user = std::getenv("USER");
        return user && *user ? user : "crisisctl";
    }
    std::string t(std::string_view id, std::vector<std::string> args = {}) const {
        return text(id, m_lang, std::move(args));
    }
    void print(const nlohmann::json& value) const { std::cout << value.dump(2) << '\n'; }

private:
    // Before any command: a drill incident's log must stay in drill-time order (an inject due at
    // T+10m is logged before a tick at T+35m) and its inbox must hold what has arrived, whichever
    // command the user runs next. The console does the same before each of its writes.
    void deliverDueDrills() {
        IncidentService incidents(*m_store, *m_clock, actor());
        ReputationService reputation(*m_store, incidents, *m_clock, actor());
        DrillService drills(*m_store, incidents, reputation);
        for (const auto id : drills.drills()) {
            try {
                drills.deliver(id);
            } catch (const Error& e) {
                // One drill whose log cannot be read must not stop every other command (a real
                // incident's above all); its own commands report the error.
                std::cerr << "crisisctl: "
                          << t("cli.drill_delivery_failed", {std::to_string(id), e.describe(m_lang)}) << '\n';
            }
        }
    }

    const Options& m_options;
    bool m_deliverDrills = true;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Store> m_store;
    Language m_lang = Language::En;
};

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::InvalidInput, {"error.file_read", {path, std::strerror(errno)}});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline Instant parseTimeOption(const std::string& value) {
    const auto at = parseInstant(value);
    if (!at)
        throw Error(ErrorCode::InvalidInput, {"error.bad_time", {value}});
    return *at;
}

/// Writes `body` to `path`, or to stdout when `path` is empty. The file is written beside the
/// target and renamed, so a failed write never leaves half a file.
inline void writeOutput(const std::string& path, const std::string& body) {
    if (path.empty()) {
        std::cout << body;
        return;
    }
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f << body;
        f.flush();
        if (!f) {
            const std::string why = std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            throw Error(ErrorCode::Io, {"error.file_write", {path, why}});
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec)
        throw Error(ErrorCode::Io, {"error.file_write", {path, ec.message()}});
}

/// A span option such as "24h" or "30m" (DueOffset syntax) as a fixed duration.
inline Duration spanOption(const std::string& text) {
    const auto offset = DueOffset::parse(text);
    if (!offset)
        throw Error(ErrorCode::InvalidInput, {"playbook.duration", {text}});
    return spanOf(*offset);
}

/// NAME=VALUE pairs of repeated --set options.
inline std::map<std::string, std::string> parseAssignments(const std::vector<std::string>& sets) {
    std::map<std::string, std::string> out;
    for (const auto& assignment : sets) {
        const auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Error(ErrorCode::InvalidInput, {"error.set_syntax", {assignment}});
        out[assignment.substr(0, eq)] = assignment.substr(eq + 1);
    }
    return out;
}

/// Command groups defined in their own files.
void addReputationCommands(CLI::App& app, Options& options);
void addReviewCommands(CLI::App& app, Options& options);
/// team add|edit|list|remove|handoff|holders (ctl_team.cpp).
void addTeamCommands(CLI::App& app, Options& options);
/// template list|show|render|import|export and review-due (ctl_templates.cpp).
void addTemplateCommands(CLI::App& app, Options& options);
void addDrillCommands(CLI::App& app, Options& options);
void addStatementCommands(CLI::App& app, Options& options); ///< statement ..., incident facts
void addMarketingCommands(CLI::App& app, Options& options); ///< marketing ..., briefing ...
void addReportCommands(CLI::App& app, Options& options);    ///< report can|exec
/// After closing: tells (on stderr) how many marketing items the incident still keeps paused.
void noteMarketingStillPaused(Session& session, std::int64_t incident);

} // namespace crisis::cli
