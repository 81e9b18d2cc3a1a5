#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/store.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

std::string fileBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

ErrorCode openError(const std::filesystem::path& p, OpenMode mode = OpenMode::ReadWrite) {
    try {
        Store store(p, mode, 100ms);
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("opened " << p);
    return ErrorCode::Io;
}

// A store with the default playbooks, a small team and one open cyber-breach incident.
struct Populated {
    TempDir dir;
    std::filesystem::path path = dir.file("desk.db");
    Instant t0 = at("2026-03-01T08:00:00Z");
    ManualClock clock{t0};
    std::int64_t id = 0;

    Populated() {
        Store store(path);
        installDefaultPlaybooks(store, t0);
        store.addMember({0, "Lin", "crisis-manager", ""});
        store.addMember({0, "Zhang", "it", ""});
        IncidentService service(store, clock, "Lin");
        id = service.open({"cyber-breach", "Breach", 1, t0, false});
        clock.advance(10min);
        service.check(id, "scope");
        service.check(id, "impact");
        clock.advance(3min);
        service.completeTask(store.incident(id).tasks.front().id);
        service.recordStartEvent(id, "awareness", t0 + 5min);
        service.markClock(id, "first-acknowledgement");
    }
};

} // namespace

TEST_CASE("Opening a missing file creates and migrates it") {
    TempDir dir;
    const auto path = dir.file("new.db");
    {
        Store store(path);
        CHECK(store.playbooks().empty());
        CHECK(store.eventCount() == 0);
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == Store::schemaVersion());
    sqlite3_finalize(st);
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("An empty existing file is migrated") {
    TempDir dir;
    const auto path = dir.file("empty.db");
    std::ofstream(path).close();
    Store store(path);
    CHECK(store.members().empty());
}

TEST_CASE("A database from a newer version is refused and left unchanged") {
    TempDir dir;
    const auto path = dir.file("future.db");
    { Store store(path); }
    crisis::test::rawSql(path, "PRAGMA user_version = 99");
    const auto before = fileBytes(path);
    try {
        Store store(path);
        FAIL("opened a newer database");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::DatabaseTooNew);
        CHECK(std::string(e.what()).find("schema 99") != std::string::npos);
        CHECK(e.describe(Language::Zh).find("更新版本") != std::string::npos);
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Garbage, truncated and foreign files give a clear error") {
    TempDir dir;
    const auto garbage = dir.file("garbage.db");
    std::ofstream(garbage, std::ios::binary) << std::string(8192, '\x5a');
    CHECK(openError(garbage) == ErrorCode::DatabaseCorrupt);

    const auto foreign = dir.file("foreign.db");
    crisis::test::rawSql(foreign, "CREATE TABLE recipes (name TEXT)");
    CHECK(openError(foreign) == ErrorCode::DatabaseCorrupt);

    Populated p;
    const auto truncated = dir.file("truncated.db");
    {
        // A checkpointed copy cut in half.
        crisis::test::rawSql(p.path, "PRAGMA wal_checkpoint(TRUNCATE)");
        const auto bytes = fileBytes(p.path);
        std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    }
    bool failedClearly = false;
    try {
        Store store(truncated);
        store.incidents(true);
        store.verify();
    } catch (const Error& e) {
        failedClearly = e.code() == ErrorCode::DatabaseCorrupt;
    }
    CHECK(failedClearly);
}

TEST_CASE("A database locked by another process gives DatabaseLocked and changes nothing") {
    Populated p;
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(p.path.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    try {
        Store store(p.path, OpenMode::ReadWrite, 50ms);
        IncidentService service(store, p.clock, "Lin");
        service.check(p.id, "cause");
        FAIL("wrote through an exclusive lock");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::DatabaseLocked);
        CHECK(std::string(e.what()).find("locked by another program") != std::string::npos);
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    Store store(p.path);
    CHECK_FALSE(store.incident(p.id).checked.contains("cause"));
}

TEST_CASE("A read-only store refuses writes with a clear error") {
    Populated p;
    Store store(p.path, OpenMode::ReadOnly);
    CHECK(store.incident(p.id).title == "Breach");
    try {
        store.addMember({0, "Eve", "hr", ""});
        FAIL("wrote to a read-only store");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::DatabaseReadOnly);
    }
}

TEST_CASE("Closing and reopening the database gives an identical status") {
    Populated p;
    IncidentStatus before;
    Incident incidentBefore;
    {
        Store store(p.path);
        IncidentService service(store, p.clock, "Lin");
        before = service.status(p.id);
        incidentBefore = store.incident(p.id);
    }
    Store store(p.path);
    IncidentService service(store, p.clock, "Lin");
    const auto after = service.status(p.id);
    CHECK(store.incident(p.id) == incidentBefore);
    CHECK(after.phase == before.phase);
    REQUIRE(after.clocks.size() == before.clocks.size());
    for (std::size_t i = 0; i < after.clocks.size(); ++i) {
        CHECK(after.clocks[i].id == before.clocks[i].id);
        CHECK(after.clocks[i].state == before.clocks[i].state);
        CHECK(after.clocks[i].due == before.clocks[i].due);
    }
    // Time moved on while the program was down: the same facts give the new state at once.
    p.clock.advance(20min);
    CHECK(service.status(p.id).clocks[0].state == ClockState::Overdue);
}

TEST_CASE("Rebuilding the projections from the log gives the live projections") {
    Populated p;
    Store store(p.path);
    IncidentService service(store, p.clock, "Lin");
    service.open({"misinformation", "Rumour", 2, std::nullopt, true});
    for (const char* item : {"cause", "customers-affected"})
        service.check(p.id, item);
    service.advance(p.id);
    service.forceAdvance(p.id, "Facts are clear enough");
    const auto live = store.incidents(true);
    const auto liveTasks = store.tasks({});
    store.rebuildProjections();
    CHECK(store.incidents(true) == live);
    CHECK(store.tasks({}) == liveTasks);
    CHECK_FALSE(store.verify().has_value());
}

TEST_CASE("verify names the event whose payload was tampered with") {
    Populated p;
    {
        Store store(p.path);
        REQUIRE_FALSE(store.verify().has_value());
    }
    // Change one byte of one payload (the triggers guard against the app, not an attacker).
    crisis::test::rawSql(p.path,
                         "DROP TRIGGER events_no_update;"
                         "UPDATE events SET payload = replace(payload, 'impact', 'impacT') WHERE seq = 3");
    Store store(p.path);
    const auto broken = store.verify();
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 3);
    CHECK(broken->incident == p.id);
    CHECK(broken->reason == "integrity.hash_mismatch");
}

TEST_CASE("verify notices a deleted event and a deleted tail") {
    Populated p;
    crisis::test::rawSql(p.path, "DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq = 2");
    {
        Store store(p.path);
        const auto broken = store.verify();
        REQUIRE(broken.has_value());
        CHECK(broken->seq == 3);
    }
    Populated q;
    crisis::test::rawSql(
        q.path,
        "DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq = (SELECT MAX(seq) FROM events)");
    Store store(q.path);
    CHECK(store.verify().has_value());
}

TEST_CASE("The application cannot rewrite the event log") {
    Populated p;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(p.path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE events SET actor = 'x'", nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT);
    CHECK(sqlite3_exec(db, "DELETE FROM events", nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT);
    sqlite3_close(db);
}

TEST_CASE("A command that throws inside append changes nothing") {
    Populated p;
    Store store(p.path);
    const auto eventsBefore = store.eventCount();
    const auto before = store.incident(p.id);
    CHECK_THROWS_AS(store.append(p.id, p.clock.now(), "Lin",
                                 [](const AppendContext&) -> EventDraft {
                                     throw Error(ErrorCode::RuleViolation, {"error.reason_required", {}});
                                 }),
                    Error);
    CHECK(store.eventCount() == eventsBefore);
    CHECK(store.incident(p.id) == before);
}

TEST_CASE("Playbooks are versioned: changed content makes a new version, the same content does not") {
    TempDir dir;
    Store store(dir.file("pb.db"));
    auto pb = crisis::test::shippedPlaybook("financial");
    CHECK(store.savePlaybook(pb, at("2026-03-01T08:00:00Z")) == 1);
    CHECK(store.savePlaybook(pb, at("2026-03-01T09:00:00Z")) == 1);
    pb.name.en = "Financial crisis (revised)";
    CHECK(store.savePlaybook(pb, at("2026-03-01T10:00:00Z")) == 2);
    CHECK(store.playbook("financial")->version == 2);
    CHECK(store.playbook("financial", 1)->playbook.name.en != "Financial crisis (revised)");
    CHECK(store.playbooks().size() == 1);
}

TEST_CASE("Team members are validated") {
    TempDir dir;
    Store store(dir.file("team.db"));
    const auto lin = store.addMember({0, "Lin", "crisis-manager", "+86"});
    CHECK(lin.id > 0);
    CHECK_THROWS_AS(store.addMember({0, "Lin", "it", ""}), Error);
    CHECK_THROWS_AS(store.addMember({0, "  ", "it", ""}), Error);
    CHECK_THROWS_AS(store.addMember({0, "Bob", "chef", ""}), Error);
    store.updateMember({lin.id, "Lin Wei", "crisis-manager", "+86 138"});
    CHECK(store.members().front().name == "Lin Wei");
    store.removeMember(lin.id);
    CHECK(store.members().empty());
    CHECK_THROWS_AS(store.removeMember(lin.id), Error);
}

TEST_CASE("The timeline is read a page at a time, filtered by incident, kind, actor and text") {
    Populated p;
    Store store(p.path);
    IncidentService other(store, p.clock, "Emma");
    const auto second = other.open({"financial", "Liquidity rumour", 2, std::nullopt, false});
    other.check(second, "scope");

    const auto all = store.events();
    CHECK(store.eventCount(EventQuery{}) == static_cast<std::int64_t>(all.size()));
    const auto page = store.eventPage(EventQuery{}, 2, 3);
    REQUIRE(page.size() == 3);
    CHECK(page[0].seq == all[2].seq);
    CHECK(page[2].seq == all[4].seq);
    CHECK(store.eventPage(EventQuery{}, static_cast<std::int64_t>(all.size()), 10).empty());

    EventQuery byIncident;
    byIncident.incident = second;
    CHECK(store.eventCount(byIncident) == 2);
    EventQuery byKind;
    byKind.kind = "checklist.checked";
    CHECK(store.eventCount(byKind) == 3);
    EventQuery byActor;
    byActor.actor = "Emma";
    CHECK(store.eventCount(byActor) == 2);
    EventQuery byText;
    byText.text = "LIQUIDITY"; // case-insensitive, inside the payload
    REQUIRE(store.eventCount(byText) == 1);
    CHECK(store.eventPage(byText, 0, 10).front().incident == second);
    byText.text = "'; DROP TABLE events; --";
    CHECK(store.eventCount(byText) == 0);
    CHECK(store.eventCount() == static_cast<std::int64_t>(all.size()));

    const auto actors = store.eventActors();
    CHECK(actors == std::vector<std::string>{"Emma", "Lin"});
    const auto kinds = store.eventKinds();
    CHECK(std::find(kinds.begin(), kinds.end(), "incident.opened") != kinds.end());
}

TEST_CASE("The hashed header text is the canonical JSON of the event's header fields") {
    Event e;
    e.seq = 42;
    e.incident = 7;
    e.at = at("2026-03-01T08:00:00.250Z");
    e.actor = "Lin \"Wei\" 林伟";
    e.kind = "checklist.checked";
    const nlohmann::json header{{"seq", e.seq},
                                {"incident", e.incident},
                                {"at", formatInstant(e.at)},
                                {"actor", e.actor},
                                {"kind", e.kind}};
    CHECK(canonicalEventText(e, "{}") == canonicalJson(header) + "\n{}");
}

TEST_CASE("A batch of appends commits together or not at all") {
    Populated p;
    Store store(p.path);
    IncidentService service(store, p.clock, "Lin");
    const auto before = store.eventCount();
    CHECK_THROWS_AS(store.batch([&] {
        service.check(p.id, "cause");
        service.check(p.id, "customers-affected");
        throw Error(ErrorCode::RuleViolation, {"error.reason_required", {}});
    }),
                    Error);
    CHECK(store.eventCount() == before);
    CHECK_FALSE(store.incident(p.id).checked.contains("cause"));
    store.batch([&] {
        service.check(p.id, "cause");
        service.check(p.id, "customers-affected");
    });
    CHECK(store.eventCount() == before + 2);
    CHECK_FALSE(store.verify().has_value());
}

TEST_CASE("Events are read by key from any seq") {
    Populated p;
    Store store(p.path);
    const auto all = store.events();
    const auto [first, last] = store.eventSeqRange();
    CHECK(first == all.front().seq);
    CHECK(last == all.back().seq);
    const auto page = store.eventsFromSeq(first + 2, 2);
    REQUIRE(page.size() == 2);
    CHECK(page[0].seq == all[2].seq);
    CHECK(page[1].seq == all[3].seq);
    CHECK(store.eventsFromSeq(last + 1, 10).empty());
}

TEST_CASE("A version-1 database is migrated to the current schema and keeps its data") {
    Populated p;
    crisis::test::rawSql(
        p.path, "DROP TABLE mention_buckets; DROP TABLE mentions; DROP TABLE organisation; DROP "
                "TABLE marketing_items; "
                "DROP TABLE drill_clocks; DROP TABLE scenarios; "
                "ALTER TABLE incidents DROP COLUMN cause_verified; "
                "ALTER TABLE incidents DROP COLUMN customers_affected; "
                "DROP TABLE role_holders; DROP TABLE templates; DROP INDEX members_one_primary; "
                "ALTER TABLE members DROP COLUMN backup; DROP TABLE plan_reviews; PRAGMA user_version = 1");
    Store store(p.path);
    CHECK(store.incident(p.id).title == "Breach");
    CHECK_FALSE(store.verify().has_value());
    Mention m;
    m.at = p.t0;
    m.channel = "x";
    m.text = "after the migration";
    CHECK(store.insertMentions(p.id, {m}).at(0) > 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(p.path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == Store::schemaVersion());
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("The organisation profile is stored and read back") {
    TempDir dir;
    Store store(dir.file("org.db"));
    CHECK(store.organisation() == OrganisationProfile{});
    OrganisationProfile p;
    p.company = "Harbour & Pine 港松跨境";
    p.supportContact = "support@harbourpine.example";
    p.website = "https://harbourpine.example";
    p.markets = {"US", "DE", "JP"};
    p.languages = {"en", "zh"};
    p.timeZone = "Asia/Shanghai";
    store.setOrganisation(p);
    CHECK(store.organisation() == p);
    p.markets.clear();
    store.setOrganisation(p);
    CHECK(Store(dir.file("org.db")).organisation() == p);
}
