#pragma once
// Store's private state, shared by the files that implement Store (store.cpp for incidents and
// the log, store_mentions.cpp for mentions and the inbox). Not part of the API.

#include <crisis/error.hpp>
#include <crisis/store.hpp>

#include "connection.hpp"
#include "schema.hpp"

#include <SQLiteCpp/Transaction.h>

#include <map>
#include <optional>
#include <string>

namespace crisis {

using storage::Connection;

inline std::int64_t ms(Instant at) {
    return at.time_since_epoch().count();
}

inline Instant instant(std::int64_t millis) {
    return Instant{Duration{millis}};
}

inline std::optional<Instant> optionalInstant(const SQLite::Column& column) {
    if (column.isNull())
        return std::nullopt;
    return instant(column.getInt64());
}

inline Task readTask(SQLite::Statement& q) {
    Task t;
    t.id = q.getColumn(0).getInt64();
    t.incident = q.getColumn(1).getInt64();
    t.templateId = q.getColumn(2).getString();
    t.title = {q.getColumn(3).getString(), q.getColumn(4).getString()};
    t.role = q.getColumn(5).getString();
    t.assignee = q.getColumn(6).getString();
    t.due = instant(q.getColumn(7).getInt64());
    t.doneAt = optionalInstant(q.getColumn(8));
    t.doneBy = q.getColumn(9).getString();
    return t;
}

struct Store::Impl {
    Connection conn;
    mutable std::map<std::pair<std::string, int>, Playbook> playbookCache; // versions are immutable
    int batchDepth = 0;

    Impl(const std::filesystem::path& path, bool readOnly, std::chrono::milliseconds timeout)
        : conn(path, readOnly, static_cast<int>(timeout.count())) {}

    void requireWritable() const {
        if (conn.readOnly())
            throw Error(ErrorCode::DatabaseReadOnly, {"error.store_read_only", {}});
    }

    // Runs `work` and turns SQLite failures into Errors naming the file. An exception thrown
    // inside a Transaction's scope rolls it back (RAII), so a failed command changes nothing.
    template <typename F> auto guarded(F&& work) const {
        try {
            return work();
        } catch (const SQLite::Exception& e) {
            throw storage::translate(e, conn.path());
        }
    }

    // Names are unique on the roster (tasks are assigned by name); member.id 0 is a new member.
    void requireUniqueName(const Member& member) const {
        auto& q = stmt("SELECT count(*) FROM members WHERE name = ? AND id <> ?");
        q.bind(1, member.name);
        q.bind(2, static_cast<std::int64_t>(member.id));
        q.executeStep();
        const bool taken = q.getColumn(0).getInt() > 0;
        q.reset();
        if (taken)
            throw Error(ErrorCode::InvalidInput, {"error.member_duplicate", {member.name}});
    }

    // A role has at most one primary (the unique index says so too; this says it clearly).
    void requirePrimaryFree(const Member& member) const {
        if (member.backup)
            return;
        auto& q = stmt("SELECT name FROM members WHERE role = ? AND backup = 0 AND id <> ?");
        q.bind(1, member.role);
        q.bind(2, static_cast<std::int64_t>(member.id));
        std::string holder;
        if (q.executeStep())
            holder = q.getColumn(0).getString();
        q.reset();
        if (!holder.empty())
            throw Error(ErrorCode::RuleViolation,
                        {"error.role_has_primary", {member.role, holder, member.name}});
    }

    SQLite::Statement& stmt(const char* sql) const { return const_cast<Connection&>(conn).statement(sql); }
    SQLite::Database& db() const { return const_cast<Connection&>(conn).db(); }

    // The statements that read incidents from the projection: one set for a single incident
    // (used by every append), one for many at once (the incident list, due(), nextChange()),
    // which reads each table once instead of once per incident.
    struct IncidentQueries {
        const char* head;
        const char* checklist;
        const char* marks;
        const char* starts;
        const char* alerts;
        const char* exits;
        const char* tasks;
        const char* drillClocks;
        const char* roles;
    };
    static constexpr IncidentQueries singleIncident{
        "SELECT id, playbook_id, playbook_version, title, severity, detected_at, drill, phase, opened_at, "
        "opened_by, "
        "closed_at, last_seq, last_hash, cause_verified, customers_affected FROM incidents WHERE id = ?1",
        "SELECT incident, item, done_at FROM checklist WHERE incident = ?1",
        "SELECT incident, clock, met_at FROM clock_marks WHERE incident = ?1",
        "SELECT incident, event, at FROM start_events WHERE incident = ?1",
        "SELECT incident, key, at FROM alerts WHERE incident = ?1",
        "SELECT incident, phase, at, forced, reason FROM phase_exits WHERE incident = ?1",
        "SELECT t.id, t.incident, t.template, t.title_en, t.title_zh, t.role, t.assignee, t.due_at, "
        "t.done_at, "
        "t.done_by FROM tasks t WHERE t.incident = ?1 ORDER BY t.id",
        "SELECT incident, anchor_drill, anchor_real, speed, paused, ended FROM drill_clocks WHERE incident = "
        "?1",
        "SELECT incident, role, holder, from_at, until_at, reason, handed_by FROM role_holders "
        "WHERE incident = ?1 ORDER BY ordinal"};
#define CRISIS_SELECTED "(?1 = 1 OR incident IN (SELECT id FROM incidents WHERE closed_at IS NULL))"
    static constexpr IncidentQueries manyIncidents{
        "SELECT id, playbook_id, playbook_version, title, severity, detected_at, drill, phase, opened_at, "
        "opened_by, "
        "closed_at, last_seq, last_hash, cause_verified, customers_affected FROM incidents "
        "WHERE (?1 = 1 OR closed_at IS NULL) ORDER BY id DESC",
        "SELECT incident, item, done_at FROM checklist WHERE " CRISIS_SELECTED,
        "SELECT incident, clock, met_at FROM clock_marks WHERE " CRISIS_SELECTED,
        "SELECT incident, event, at FROM start_events WHERE " CRISIS_SELECTED,
        "SELECT incident, key, at FROM alerts WHERE " CRISIS_SELECTED,
        "SELECT incident, phase, at, forced, reason FROM phase_exits WHERE " CRISIS_SELECTED,
        "SELECT t.id, t.incident, t.template, t.title_en, t.title_zh, t.role, t.assignee, t.due_at, "
        "t.done_at, "
        "t.done_by FROM tasks t WHERE (?1 = 1 OR t.incident IN (SELECT id FROM incidents WHERE closed_at IS "
        "NULL)) "
        "ORDER BY t.id",
        "SELECT incident, anchor_drill, anchor_real, speed, paused, ended FROM drill_clocks "
        "WHERE " CRISIS_SELECTED,
        "SELECT incident, role, holder, from_at, until_at, reason, handed_by FROM role_holders "
        "WHERE " CRISIS_SELECTED " ORDER BY incident, ordinal"};
#undef CRISIS_SELECTED

    // Runs one set of queries with ?1 = `param`; incidents in the order of the head query.
    std::vector<Incident> loadIncidents(const IncidentQueries& sql, std::int64_t param) const {
        std::vector<Incident> out;
        std::unordered_map<std::int64_t, std::size_t> index;
        auto& q = stmt(sql.head);
        q.bind(1, param);
        while (q.executeStep()) {
            Incident inc;
            inc.id = q.getColumn(0).getInt64();
            inc.playbookId = q.getColumn(1).getString();
            inc.playbookVersion = q.getColumn(2).getInt();
            inc.title = q.getColumn(3).getString();
            inc.severity = q.getColumn(4).getInt();
            inc.detectedAt = instant(q.getColumn(5).getInt64());
            inc.drill = q.getColumn(6).getInt() != 0;
            inc.phase = phaseFromName(q.getColumn(7).getString()).value_or(Phase::Identify);
            inc.openedAt = instant(q.getColumn(8).getInt64());
            inc.openedBy = q.getColumn(9).getString();
            inc.closedAt = optionalInstant(q.getColumn(10));
            inc.lastSeq = q.getColumn(11).getInt64();
            inc.lastHash = q.getColumn(12).getString();
            inc.causeVerified = q.getColumn(13).getInt() != 0;
            if (!q.getColumn(14).isNull())
                inc.customersAffected = q.getColumn(14).getInt64();
            index.emplace(inc.id, out.size());
            out.push_back(std::move(inc));
        }
        if (out.empty())
            return out;
        auto each = [&](const char* query, auto&& apply) {
            auto& c = stmt(query);
            c.bind(1, param);
            while (c.executeStep())
                if (const auto it = index.find(c.getColumn(0).getInt64()); it != index.end())
                    apply(out[it->second], c);
        };
        auto instantMap = [](std::map<std::string, Instant> Incident::*member) {
            return [member](Incident& inc, SQLite::Statement& c) {
                (inc.*member).emplace(c.getColumn(1).getString(), instant(c.getColumn(2).getInt64()));
            };
        };
        each(sql.checklist, instantMap(&Incident::checked));
        each(sql.marks, instantMap(&Incident::clockMarks));
        each(sql.starts, instantMap(&Incident::startEvents));
        each(sql.alerts, instantMap(&Incident::alerts));
        each(sql.exits, [](Incident& inc, SQLite::Statement& c) {
            if (const auto phase = phaseFromName(c.getColumn(1).getString()))
                inc.phaseExits.emplace(*phase,
                                       PhaseExit{instant(c.getColumn(2).getInt64()),
                                                 c.getColumn(3).getInt() != 0, c.getColumn(4).getString()});
        });
        each(sql.drillClocks, [](Incident& inc, SQLite::Statement& c) {
            inc.drillClock = DrillClockState{instant(c.getColumn(1).getInt64()),
                                             instant(c.getColumn(2).getInt64()), c.getColumn(3).getDouble(),
                                             c.getColumn(4).getInt() != 0, c.getColumn(5).getInt() != 0};
        });
        auto& t = stmt(sql.tasks);
        t.bind(1, param);
        while (t.executeStep()) {
            Task task = readTask(t);
            if (const auto it = index.find(task.incident); it != index.end())
                out[it->second].tasks.push_back(std::move(task));
        }
        each(sql.roles, [](Incident& inc, SQLite::Statement& c) {
            inc.roles.push_back({c.getColumn(1).getString(), c.getColumn(2).getString(),
                                 instant(c.getColumn(3).getInt64()), optionalInstant(c.getColumn(4)),
                                 c.getColumn(5).getString(), c.getColumn(6).getString()});
        });
        return out;
    }

    std::optional<Incident> loadIncident(std::int64_t id) const {
        auto found = loadIncidents(singleIncident, id);
        if (found.empty())
            return std::nullopt;
        return std::move(found.front());
    }

    void writeIncident(const Incident& inc) {
        auto& u = stmt(
            "INSERT INTO incidents (id, playbook_id, playbook_version, title, severity, detected_at, drill, "
            "phase, opened_at, opened_by, closed_at, last_seq, last_hash, cause_verified, "
            "customers_affected) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
            "ON CONFLICT (id) DO UPDATE SET playbook_id = ?2, playbook_version = ?3, title = ?4, severity = "
            "?5, "
            "detected_at = ?6, drill = ?7, phase = ?8, opened_at = ?9, opened_by = ?10, closed_at = ?11, "
            "last_seq = ?12, last_hash = ?13, cause_verified = ?14, customers_affected = ?15");
        u.bind(1, static_cast<std::int64_t>(inc.id));
        u.bind(2, inc.playbookId);
        u.bind(3, inc.playbookVersion);
        u.bind(4, inc.title);
        u.bind(5, inc.severity);
        u.bind(6, ms(inc.detectedAt));
        u.bind(7, inc.drill ? 1 : 0);
        u.bind(8, std::string(phaseName(inc.phase)));
        u.bind(9, ms(inc.openedAt));
        u.bind(10, inc.openedBy);
        if (inc.closedAt)
            u.bind(11, ms(*inc.closedAt));
        else
            u.bind(11);
        u.bind(12, static_cast<std::int64_t>(inc.lastSeq));
        u.bind(13, inc.lastHash);
        u.bind(14, inc.causeVerified ? 1 : 0);
        if (inc.customersAffected)
            u.bind(15, static_cast<std::int64_t>(*inc.customersAffected));
        else
            u.bind(15);
        u.exec();

        // Child rows are small per incident: rewriting them keeps the projection an exact
        // image of the folded state, whatever the event was.
        for (const char* sql :
             {"DELETE FROM checklist WHERE incident = ?", "DELETE FROM clock_marks WHERE incident = ?",
              "DELETE FROM start_events WHERE incident = ?", "DELETE FROM phase_exits WHERE incident = ?",
              "DELETE FROM alerts WHERE incident = ?", "DELETE FROM drill_clocks WHERE incident = ?",
              "DELETE FROM role_holders WHERE incident = ?"}) {
            auto& d = stmt(sql);
            d.bind(1, static_cast<std::int64_t>(inc.id));
            d.exec();
        }
        auto insertPair = [&](const char* sql, const std::map<std::string, Instant>& rows) {
            for (const auto& [key, at] : rows) {
                auto& i = stmt(sql);
                i.bind(1, static_cast<std::int64_t>(inc.id));
                i.bind(2, key);
                i.bind(3, ms(at));
                i.exec();
            }
        };
        insertPair("INSERT INTO checklist (incident, item, done_at) VALUES (?, ?, ?)", inc.checked);
        insertPair("INSERT INTO clock_marks (incident, clock, met_at) VALUES (?, ?, ?)", inc.clockMarks);
        insertPair("INSERT INTO start_events (incident, event, at) VALUES (?, ?, ?)", inc.startEvents);
        insertPair("INSERT INTO alerts (incident, key, at) VALUES (?, ?, ?)", inc.alerts);
        for (const auto& [phase, exit] : inc.phaseExits) {
            auto& i =
                stmt("INSERT INTO phase_exits (incident, phase, at, forced, reason) VALUES (?, ?, ?, ?, ?)");
            i.bind(1, static_cast<std::int64_t>(inc.id));
            i.bind(2, std::string(phaseName(phase)));
            i.bind(3, ms(exit.at));
            i.bind(4, exit.forced ? 1 : 0);
            i.bind(5, exit.reason);
            i.exec();
        }
        if (const auto& c = inc.drillClock) {
            auto& i =
                stmt("INSERT INTO drill_clocks (incident, anchor_drill, anchor_real, speed, paused, ended) "
                     "VALUES (?, ?, ?, ?, ?, ?)");
            i.bind(1, static_cast<std::int64_t>(inc.id));
            i.bind(2, ms(c->anchorDrill));
            i.bind(3, ms(c->anchorReal));
            i.bind(4, c->speed);
            i.bind(5, c->paused ? 1 : 0);
            i.bind(6, c->ended ? 1 : 0);
            i.exec();
        }
        for (const auto& t : inc.tasks) {
            auto& i =
                stmt("INSERT INTO tasks (id, incident, template, title_en, title_zh, role, assignee, due_at, "
                     "done_at, done_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                     "ON CONFLICT (id) DO UPDATE SET assignee = ?7, done_at = ?9, done_by = ?10");
            i.bind(1, static_cast<std::int64_t>(t.id));
            i.bind(2, static_cast<std::int64_t>(t.incident));
            i.bind(3, t.templateId);
            i.bind(4, t.title.en);
            i.bind(5, t.title.zh);
            i.bind(6, t.role);
            i.bind(7, t.assignee);
            i.bind(8, ms(t.due));
            if (t.doneAt)
                i.bind(9, ms(*t.doneAt));
            else
                i.bind(9);
            i.bind(10, t.doneBy);
            i.exec();
        }
        for (std::size_t n = 0; n < inc.roles.size(); ++n) {
            const auto& r = inc.roles[n];
            auto& i =
                stmt("INSERT INTO role_holders (incident, ordinal, role, holder, from_at, until_at, reason, "
                     "handed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            i.bind(1, static_cast<std::int64_t>(inc.id));
            i.bind(2, static_cast<std::int64_t>(n));
            i.bind(3, r.role);
            i.bind(4, r.holder);
            i.bind(5, ms(r.from));
            if (r.until)
                i.bind(6, ms(*r.until));
            else
                i.bind(6);
            i.bind(7, r.reason);
            i.bind(8, r.by);
            i.exec();
        }
    }

    // The first column of every row of `sql`, as text.
    std::vector<std::string> strings(const char* sql) const {
        std::vector<std::string> out;
        auto& q = stmt(sql);
        while (q.executeStep())
            out.push_back(q.getColumn(0).getString());
        return out;
    }

    std::int64_t scalar(const char* sql) const {
        auto& q = stmt(sql);
        q.executeStep();
        const std::int64_t value = q.getColumn(0).getInt64();
        q.reset();
        return value;
    }

    // With payloadText given, the payload is returned as stored text and not parsed (verify
    // hashes the text; parsing a million payloads would be wasted work).
    Event readEvent(SQLite::Statement& q, std::string* payloadText = nullptr) const {
        Event e;
        e.seq = q.getColumn(0).getInt64();
        e.incident = q.getColumn(1).getInt64();
        e.at = instant(q.getColumn(2).getInt64());
        e.actor = q.getColumn(3).getString();
        e.kind = q.getColumn(4).getString();
        std::string text = q.getColumn(5).getString();
        e.prevHash = q.getColumn(6).getString();
        e.hash = q.getColumn(7).getString();
        if (payloadText) {
            *payloadText = std::move(text);
            return e;
        }
        try {
            e.payload = nlohmann::json::parse(text);
        } catch (const nlohmann::json::exception&) {
            e.payload = nlohmann::json(); // verify() reports it through the hash mismatch
        }
        return e;
    }

    // The inbox columns of `mentions` follow the mention.* events (defined in store_mentions.cpp).
    void projectMentionEvent(const Event& event);
    // The state of marketing items follows the marketing.* events (store_marketing.cpp).
    void projectMarketingEvent(const Event& event);
};

} // namespace crisis
