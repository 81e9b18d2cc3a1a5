#include <crisis/error.hpp>
#include <crisis/store.hpp>

#include "store_impl.hpp"

#include "../text.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <unordered_map>

namespace crisis {

namespace {

void validateMember(const Member& m) {
    if (detail::isBlank(m.name))
        throw Error(ErrorCode::InvalidInput, {"error.member_name_blank", {}});
    if (!isKnownRole(m.role)) {
        std::string roles;
        for (const auto r : knownRoles)
            roles += (roles.empty() ? "" : ", ") + std::string(r);
        throw Error(ErrorCode::InvalidInput, {"error.role_unknown", {m.role, roles}});
    }
}

} // namespace

int Store::schemaVersion() {
    return static_cast<int>(storage::migrations().size());
}

Store::Store(const std::filesystem::path& path, OpenMode mode, std::chrono::milliseconds busyTimeout)
    : m_impl(std::make_unique<Impl>(path, mode == OpenMode::ReadOnly, busyTimeout)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::filesystem::path& Store::path() const {
    return m_impl->conn.path();
}

bool Store::readOnly() const {
    return m_impl->conn.readOnly();
}

int Store::savePlaybook(const Playbook& playbook, Instant at) {
    m_impl->requireWritable();
    return m_impl->guarded([&] {
        // Inside batch() the outer transaction covers this save.
        std::optional<SQLite::Transaction> tx;
        if (m_impl->batchDepth == 0)
            tx.emplace(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        if (const auto latest = this->playbook(playbook.id); latest && latest->playbook == playbook)
            return latest->version;
        auto& q = m_impl->stmt("SELECT COALESCE(MAX(version), 0) + 1 FROM playbooks WHERE id = ?");
        q.bind(1, playbook.id);
        q.executeStep();
        const int version = q.getColumn(0).getInt();
        q.reset();
        auto& i = m_impl->stmt(
            "INSERT INTO playbooks (id, version, crisis_type, body, imported_at) VALUES (?, ?, ?, ?, ?)");
        i.bind(1, playbook.id);
        i.bind(2, version);
        i.bind(3, playbook.crisisType);
        i.bind(4, playbookToJson(playbook));
        i.bind(5, ms(at));
        i.exec();
        if (tx)
            tx->commit();
        return version;
    });
}

std::vector<PlaybookRecord> Store::playbooks() const {
    return m_impl->guarded([&] {
        std::vector<std::pair<std::string, int>> ids;
        auto& q = m_impl->stmt("SELECT id, MAX(version) FROM playbooks GROUP BY id ORDER BY id");
        while (q.executeStep())
            ids.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt());
        std::vector<PlaybookRecord> out;
        for (const auto& [id, version] : ids)
            out.push_back(*playbook(id, version));
        return out;
    });
}

std::optional<PlaybookRecord> Store::playbook(const std::string& id, std::optional<int> version) const {
    return m_impl->guarded([&]() -> std::optional<PlaybookRecord> {
        auto& q = version
                      ? m_impl->stmt(
                            "SELECT version, body, imported_at FROM playbooks WHERE id = ? AND version = ?")
                      : m_impl->stmt("SELECT version, body, imported_at FROM playbooks WHERE id = ? "
                                     "ORDER BY version DESC LIMIT 1");
        q.bind(1, id);
        if (version)
            q.bind(2, *version);
        if (!q.executeStep())
            return std::nullopt;
        PlaybookRecord record;
        record.version = q.getColumn(0).getInt();
        record.importedAt = instant(q.getColumn(2).getInt64());
        const auto key = std::make_pair(id, record.version);
        if (auto it = m_impl->playbookCache.find(key); it != m_impl->playbookCache.end()) {
            record.playbook = it->second;
        } else {
            record.playbook =
                parsePlaybook(q.getColumn(1).getString(), m_impl->conn.path().string() + ":" + id);
            m_impl->playbookCache.emplace(key, record.playbook);
        }
        q.reset();
        return record;
    });
}

std::vector<int> Store::saveTemplates(const std::vector<MessageTemplate>& templates,
                                      const std::vector<MessageTemplate>& shipped, Instant at) {
    m_impl->requireWritable();
    return m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        std::map<std::string, TemplateRecord> stored;
        for (auto& record : storedTemplates())
            stored.emplace(record.tmpl.id, std::move(record));
        std::vector<int> versions;
        for (const auto& t : templates) {
            const auto it = stored.find(t.id);
            const MessageTemplate* inEffect =
                it != stored.end() ? &it->second.tmpl : findTemplate(shipped, t.id);
            if (inEffect && *inEffect == t) {
                versions.push_back(0);
                continue;
            }
            const int version = it != stored.end() ? it->second.version + 1 : 1;
            auto& i =
                m_impl->stmt("INSERT INTO templates (id, version, crisis_type, channel, language, body, "
                             "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            i.bind(1, t.id);
            i.bind(2, version);
            i.bind(3, t.crisisType);
            i.bind(4, t.channel);
            i.bind(5, std::string(languageCode(t.language)));
            i.bind(6, templateKitToJson({t}));
            i.bind(7, ms(at));
            i.exec();
            stored[t.id] = TemplateRecord{t, version, at};
            versions.push_back(version);
        }
        tx.commit();
        return versions;
    });
}

std::vector<TemplateRecord> Store::storedTemplates() const {
    return m_impl->guarded([&] {
        std::vector<TemplateRecord> out;
        auto& q = m_impl->stmt("SELECT t.id, t.version, t.body, t.imported_at FROM templates t "
                               "WHERE t.version = (SELECT MAX(l.version) FROM templates l WHERE l.id = t.id) "
                               "ORDER BY t.id");
        while (q.executeStep()) {
            const std::string id = q.getColumn(0).getString();
            auto parsed =
                parseTemplateKit(q.getColumn(2).getString(), m_impl->conn.path().string() + ":" + id);
            out.push_back(
                {std::move(parsed.front()), q.getColumn(1).getInt(), instant(q.getColumn(3).getInt64())});
        }
        return out;
    });
}

std::optional<Instant> Store::setUpAt() const {
    return m_impl->guarded([&]() -> std::optional<Instant> {
        auto& q = m_impl->stmt("SELECT MIN(imported_at) FROM playbooks");
        q.executeStep();
        const auto at = optionalInstant(q.getColumn(0));
        q.reset();
        return at;
    });
}

OrganisationProfile Store::organisation() const {
    return m_impl->guarded([&] {
        OrganisationProfile p;
        auto& q = m_impl->stmt("SELECT key, value FROM organisation");
        while (q.executeStep()) {
            const std::string key = q.getColumn(0).getString();
            const std::string value = q.getColumn(1).getString();
            const auto list = [&] {
                const auto j = nlohmann::json::parse(value, nullptr, false);
                return j.is_array() ? j.get<std::vector<std::string>>() : std::vector<std::string>{};
            };
            if (key == "company")
                p.company = value;
            else if (key == "support_contact")
                p.supportContact = value;
            else if (key == "website")
                p.website = value;
            else if (key == "markets")
                p.markets = list();
            else if (key == "languages")
                p.languages = list();
            else if (key == "time_zone")
                p.timeZone = value;
        }
        return p;
    });
}

void Store::addPlanReview(const PlanReviewRecord& r) {
    m_impl->requireWritable();
    m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        auto& i = m_impl->stmt("INSERT INTO plan_reviews (kind, id, version, reviewed_at, reviewed_by, note) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
        i.bind(1, r.kind);
        i.bind(2, r.id);
        i.bind(3, r.version);
        i.bind(4, ms(r.at));
        i.bind(5, r.by);
        i.bind(6, r.note);
        i.exec();
        tx.commit();
    });
}

std::vector<PlanReviewRecord> Store::planReviews() const {
    return m_impl->guarded([&] {
        std::vector<PlanReviewRecord> out;
        auto& q = m_impl->stmt("SELECT kind, id, version, reviewed_at, reviewed_by, note FROM plan_reviews "
                               "ORDER BY reviewed_at, kind, id");
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt(),
                           instant(q.getColumn(3).getInt64()), q.getColumn(4).getString(),
                           q.getColumn(5).getString()});
        q.reset();
        return out;
    });
}

void Store::setOrganisation(const OrganisationProfile& p) {
    m_impl->requireWritable();
    if (auto problems = organisationProblems(p); !problems.empty())
        throw ValidationError("organisation", std::move(problems));
    m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        const std::pair<const char*, std::string> rows[] = {{"company", p.company},
                                                            {"support_contact", p.supportContact},
                                                            {"website", p.website},
                                                            {"markets", nlohmann::json(p.markets).dump()},
                                                            {"languages", nlohmann::json(p.languages).dump()},
                                                            {"time_zone", p.timeZone}};
        for (const auto& [key, value] : rows) {
            auto& u = m_impl->stmt("INSERT INTO organisation (key, value) VALUES (?1, ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = ?2");
            u.bind(1, key);
            u.bind(2, value);
            u.exec();
        }
        tx.commit();
    });
}

Member Store::addMember(const Member& member) {
    m_impl->requireWritable();
    validateMember(member);
    return m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        m_impl->requireUniqueName(member);
        m_impl->requirePrimaryFree(member);
        auto& i = m_impl->stmt("INSERT INTO members (name, role, contact, backup) VALUES (?, ?, ?, ?)");
        i.bind(1, member.name);
        i.bind(2, member.role);
        i.bind(3, member.contact);
        i.bind(4, member.backup ? 1 : 0);
        i.exec();
        Member stored = member;
        stored.id = m_impl->db().getLastInsertRowid();
        tx.commit();
        return stored;
    });
}

void Store::updateMember(const Member& member) {
    m_impl->requireWritable();
    validateMember(member);
    m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        m_impl->requireUniqueName(member);
        m_impl->requirePrimaryFree(member);
        auto& u = m_impl->stmt("UPDATE members SET name = ?, role = ?, contact = ?, backup = ? WHERE id = ?");
        u.bind(1, member.name);
        u.bind(2, member.role);
        u.bind(3, member.contact);
        u.bind(4, member.backup ? 1 : 0);
        u.bind(5, static_cast<std::int64_t>(member.id));
        if (u.exec() == 0)
            throw Error(ErrorCode::NotFound, {"error.not_found.member", {std::to_string(member.id)}});
        tx.commit();
    });
}

void Store::removeMember(std::int64_t id) {
    m_impl->requireWritable();
    m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        auto& d = m_impl->stmt("DELETE FROM members WHERE id = ?");
        d.bind(1, static_cast<std::int64_t>(id));
        if (d.exec() == 0)
            throw Error(ErrorCode::NotFound, {"error.not_found.member", {std::to_string(id)}});
        tx.commit();
    });
}

std::vector<Member> Store::members() const {
    return m_impl->guarded([&] {
        std::vector<Member> out;
        auto& q = m_impl->stmt("SELECT id, name, role, contact, backup FROM members ORDER BY id");
        while (q.executeStep())
            out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                           q.getColumn(3).getString(), q.getColumn(4).getInt() != 0});
        return out;
    });
}

Event Store::append(std::int64_t incidentId, Instant at, const std::string& actor, const Decision& decide) {
    m_impl->requireWritable();
    return m_impl->guarded([&] {
        // Inside batch() the outer transaction covers this append.
        std::optional<SQLite::Transaction> tx;
        if (m_impl->batchDepth == 0)
            tx.emplace(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        Incident current;
        if (incidentId != 0) {
            auto loaded = m_impl->loadIncident(incidentId);
            if (!loaded)
                throw Error(ErrorCode::NotFound, {"error.not_found.incident", {std::to_string(incidentId)}});
            current = std::move(*loaded);
        }
        const AppendContext context{current,
                                    m_impl->scalar("SELECT COALESCE(MAX(incident), 0) + 1 FROM events"),
                                    m_impl->scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM tasks")};
        EventDraft draft = decide(context);

        Event event;
        event.seq = m_impl->scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM events");
        event.incident = incidentId != 0 ? incidentId : context.newIncidentId;
        event.at = at;
        event.actor = actor;
        event.kind = std::move(draft.kind);
        event.payload = std::move(draft.payload);
        event.prevHash = incidentId != 0 ? current.lastHash : genesisHash();
        const std::string payloadText = canonicalJson(event.payload);
        event.hash = eventHash(event.prevHash, canonicalEventText(event, payloadText));

        auto& i =
            m_impl->stmt("INSERT INTO events (seq, incident, at, actor, kind, payload, prev_hash, hash) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        i.bind(1, static_cast<std::int64_t>(event.seq));
        i.bind(2, static_cast<std::int64_t>(event.incident));
        i.bind(3, ms(event.at));
        i.bind(4, event.actor);
        i.bind(5, event.kind);
        i.bind(6, payloadText);
        i.bind(7, event.prevHash);
        i.bind(8, event.hash);
        i.exec();

        applyEvent(current, event);
        m_impl->writeIncident(current);
        m_impl->projectMentionEvent(event);
        m_impl->projectMarketingEvent(event);
        if (tx)
            tx->commit();
        return event;
    });
}

void Store::batch(const std::function<void()>& work) {
    m_impl->requireWritable();
    if (m_impl->batchDepth > 0) { // nested: the outer transaction covers it
        work();
        return;
    }
    m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        ++m_impl->batchDepth;
        try {
            work();
        } catch (...) {
            --m_impl->batchDepth;
            throw; // tx rolls back
        }
        --m_impl->batchDepth;
        tx.commit();
    });
}

Incident Store::incident(std::int64_t id) const {
    return m_impl->guarded([&] {
        auto loaded = m_impl->loadIncident(id);
        if (!loaded)
            throw Error(ErrorCode::NotFound, {"error.not_found.incident", {std::to_string(id)}});
        return std::move(*loaded);
    });
}

std::vector<Incident> Store::incidents(bool includeClosed) const {
    return m_impl->guarded([&] { return m_impl->loadIncidents(Impl::manyIncidents, includeClosed ? 1 : 0); });
}

std::vector<Task> Store::tasks(const TaskFilter& filter) const {
    return m_impl->guarded([&] {
        // One fixed statement with optional filters: no SQL is assembled from input.
        auto& q =
            m_impl->stmt("SELECT t.id, t.incident, t.template, t.title_en, t.title_zh, t.role, "
                         "t.assignee, t.due_at, t.done_at, "
                         "t.done_by FROM tasks t JOIN incidents i ON i.id = t.incident "
                         "WHERE (?1 IS NULL OR t.incident = ?1) AND (?4 = 0 OR i.closed_at IS NULL) AND "
                         "(CASE WHEN ?5 = 1 THEN (t.assignee = ?2 OR t.role = ?3) "
                         "ELSE ((?2 = '' OR t.assignee = ?2) AND (?3 = '' OR t.role = ?3)) END) "
                         "ORDER BY t.due_at, t.id");
        if (filter.incident)
            q.bind(1, static_cast<std::int64_t>(*filter.incident));
        else
            q.bind(1);
        q.bind(2, filter.assignee);
        q.bind(3, filter.role);
        q.bind(4, filter.openIncidentsOnly ? 1 : 0);
        q.bind(5, filter.assigneeOrRole ? 1 : 0);
        std::vector<Task> out;
        while (q.executeStep())
            out.push_back(readTask(q));
        return out;
    });
}

std::vector<Event> Store::events(std::int64_t incident) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events "
                               "WHERE (?1 = 0 OR incident = ?1) ORDER BY seq");
        q.bind(1, static_cast<std::int64_t>(incident));
        std::vector<Event> out;
        while (q.executeStep())
            out.push_back(m_impl->readEvent(q));
        return out;
    });
}

std::int64_t Store::eventCount() const {
    return m_impl->guarded([&] { return m_impl->scalar("SELECT count(*) FROM events"); });
}

namespace {

// Fixed statements, one per query shape, so SQLite can use the right index: filters are
// bound, never spliced into SQL. "One incident" uses events_by_incident; "all incidents"
// walks the log in seq order.
#define CRISIS_EVENT_FILTER                                                                                  \
    "(?2 = '' OR kind = ?2) AND (?3 = '' OR actor = ?3) "                                                    \
    "AND (?4 = '' OR instr(lower(kind || ' ' || actor || ' ' || payload), lower(?4)) > 0) "
constexpr const char* countOneIncident =
    "SELECT count(*) FROM events WHERE incident = ?1 AND " CRISIS_EVENT_FILTER;
constexpr const char* countAllIncidents = "SELECT count(*) FROM events WHERE ?1 = 0 AND " CRISIS_EVENT_FILTER;
constexpr const char* pageOneIncident =
    "SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events WHERE incident = ?1 "
    "AND " CRISIS_EVENT_FILTER "ORDER BY seq LIMIT ?5 OFFSET ?6";
constexpr const char* pageAllIncidents =
    "SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events WHERE ?1 = 0 "
    "AND " CRISIS_EVENT_FILTER "ORDER BY seq LIMIT ?5 OFFSET ?6";
#undef CRISIS_EVENT_FILTER

bool unfiltered(const EventQuery& q) {
    return q.incident == 0 && q.kind.empty() && q.actor.empty() && q.text.empty();
}

void bindEventQuery(SQLite::Statement& q, const EventQuery& query) {
    q.bind(1, static_cast<std::int64_t>(query.incident));
    q.bind(2, query.kind);
    q.bind(3, query.actor);
    q.bind(4, query.text);
}

} // namespace

std::int64_t Store::eventCount(const EventQuery& query) const {
    if (unfiltered(query))
        return eventCount();
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt(query.incident != 0 ? countOneIncident : countAllIncidents);
        bindEventQuery(q, query);
        q.executeStep();
        const std::int64_t n = q.getColumn(0).getInt64();
        q.reset();
        return n;
    });
}

std::vector<Event> Store::eventPage(const EventQuery& query, std::int64_t offset, std::int64_t limit) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt(query.incident != 0 ? pageOneIncident : pageAllIncidents);
        bindEventQuery(q, query);
        q.bind(5, static_cast<std::int64_t>(limit));
        q.bind(6, static_cast<std::int64_t>(offset));
        std::vector<Event> out;
        out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, 1024)));
        while (q.executeStep())
            out.push_back(m_impl->readEvent(q));
        return out;
    });
}

std::pair<std::int64_t, std::int64_t> Store::eventSeqRange() const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events");
        q.executeStep();
        const auto range = std::make_pair(q.getColumn(0).getInt64(), q.getColumn(1).getInt64());
        q.reset();
        return range;
    });
}

std::vector<Event> Store::eventsFromSeq(std::int64_t fromSeq, std::int64_t limit) const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events "
                               "WHERE seq >= ?1 ORDER BY seq LIMIT ?2");
        q.bind(1, static_cast<std::int64_t>(fromSeq));
        q.bind(2, static_cast<std::int64_t>(limit));
        std::vector<Event> out;
        while (q.executeStep())
            out.push_back(m_impl->readEvent(q));
        return out;
    });
}

// Distinct values by skipping through the index (one seek per distinct value) instead of
// reading every row: the log may hold millions of events but only a few kinds and actors.
std::vector<std::string> Store::eventActors() const {
    return m_impl->guarded([&] {
        return m_impl->strings(
            "WITH RECURSIVE v(x) AS (SELECT MIN(actor) FROM events UNION ALL "
            "SELECT (SELECT MIN(actor) FROM events WHERE actor > x) FROM v WHERE x IS NOT NULL) "
            "SELECT x FROM v WHERE x IS NOT NULL");
    });
}

std::vector<std::string> Store::eventKinds() const {
    return m_impl->guarded([&] {
        return m_impl->strings(
            "WITH RECURSIVE v(x) AS (SELECT MIN(kind) FROM events UNION ALL "
            "SELECT (SELECT MIN(kind) FROM events WHERE kind > x) FROM v WHERE x IS NOT NULL) "
            "SELECT x FROM v WHERE x IS NOT NULL");
    });
}

std::optional<BrokenLink> Store::verify() const {
    return m_impl->guarded([&]() -> std::optional<BrokenLink> {
        std::unordered_map<std::int64_t, std::string> lastHash;
        auto& q = m_impl->stmt(
            "SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events ORDER BY seq");
        std::string payloadText;
        while (q.executeStep()) {
            const Event e = m_impl->readEvent(q, &payloadText);
            const auto it = lastHash.find(e.incident);
            const std::string expectedPrev = it == lastHash.end() ? genesisHash() : it->second;
            if (e.prevHash != expectedPrev) {
                q.reset();
                return BrokenLink{e.seq, e.incident, "integrity.prev_mismatch"};
            }
            if (eventHash(e.prevHash, canonicalEventText(e, payloadText)) != e.hash) {
                q.reset();
                return BrokenLink{e.seq, e.incident, "integrity.hash_mismatch"};
            }
            lastHash[e.incident] = e.hash;
        }
        // A deleted tail leaves a shorter, self-consistent chain: the projection remembers the end.
        auto& p = m_impl->stmt("SELECT id, last_seq, last_hash FROM incidents ORDER BY id");
        while (p.executeStep()) {
            const auto id = p.getColumn(0).getInt64();
            const auto it = lastHash.find(id);
            if (it == lastHash.end() || it->second != p.getColumn(2).getString()) {
                const auto seq = p.getColumn(1).getInt64();
                p.reset();
                return BrokenLink{seq, id, "integrity.prev_mismatch"};
            }
        }
        return std::nullopt;
    });
}

void Store::rebuildProjections() {
    m_impl->requireWritable();
    m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        for (const char* sql : {"DELETE FROM tasks", "DELETE FROM checklist", "DELETE FROM clock_marks",
                                "DELETE FROM start_events", "DELETE FROM phase_exits", "DELETE FROM alerts",
                                "DELETE FROM role_holders", "DELETE FROM drill_clocks",
                                "UPDATE mentions SET state = 'open', assignee = '', responded_at = NULL, "
                                "responder = '', reply = ''",
                                "UPDATE marketing_items SET state = 'scheduled', paused_by = NULL"})
            m_impl->db().exec(sql);
        std::unordered_map<std::int64_t, Incident> folded;
        auto& q = m_impl->stmt(
            "SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events ORDER BY seq");
        while (q.executeStep()) {
            const Event e = m_impl->readEvent(q);
            applyEvent(folded[e.incident], e);
            m_impl->projectMentionEvent(e);
            m_impl->projectMarketingEvent(e);
        }
        std::vector<std::int64_t> ids;
        for (const auto& [id, inc] : folded)
            ids.push_back(id);
        std::sort(ids.begin(), ids.end());
        // Incident rows are upserted, never deleted first: mentions hang off them (ON DELETE
        // CASCADE) and are primary data, not a projection.
        for (const auto id : ids)
            m_impl->writeIncident(folded[id]);
        m_impl->db().exec("DELETE FROM incidents WHERE id NOT IN (SELECT DISTINCT incident FROM events)");
        tx.commit();
    });
}

} // namespace crisis

namespace crisis {

namespace {

// Copies every page of `from` into the database file `to` with SQLite's backup API.
void copyDatabase(SQLite::Database& from, const std::filesystem::path& to) {
    SQLite::Database dest(to, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(dest, from);
    backup.executeStep(); // all pages in one step: a consistent snapshot
    // A backup is one self-contained file: no -wal or -shm beside it to lose in a copy.
    dest.execAndGet("PRAGMA journal_mode = DELETE");
}

Error integrityError(const BrokenLink& broken) {
    return Error(ErrorCode::Integrity, {"error.integrity",
                                        {std::to_string(broken.seq), std::to_string(broken.incident),
                                         render({broken.reason, {}}, Language::En)}});
}

} // namespace

void Store::backupTo(const std::filesystem::path& target) const {
    const std::filesystem::path tmp = target.string() + ".partial";
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    try {
        copyDatabase(m_impl->db(), tmp);
        // The backup must itself be a sound database: open it as one and verify its log.
        if (const auto broken = Store(tmp, OpenMode::ReadOnly).verify())
            throw integrityError(*broken);
    } catch (const SQLite::Exception& e) {
        std::filesystem::remove(tmp, ec);
        throw storage::translate(e, target);
    } catch (...) {
        std::filesystem::remove(tmp, ec);
        throw;
    }
    std::filesystem::rename(tmp, target, ec);
    if (ec)
        throw Error(ErrorCode::Io, {"error.file_write", {target.string(), ec.message()}});
}

void Store::restore(const std::filesystem::path& backup, const std::filesystem::path& path) {
    if (!std::filesystem::exists(backup))
        throw Error(ErrorCode::InvalidInput, {"error.file_read", {backup.string(), "no such file"}});
    {
        const Store source(backup, OpenMode::ReadOnly); // refuses garbage, foreign or newer files
        if (const auto broken = source.verify())
            throw integrityError(*broken);
    }
    try {
        SQLite::Database source(backup, SQLite::OPEN_READONLY);
        SQLite::Database dest(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
        SQLite::Backup copy(dest, source);
        copy.executeStep();
    } catch (const SQLite::Exception& e) {
        throw storage::translate(e, path);
    }
}

} // namespace crisis
