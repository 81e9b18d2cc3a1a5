// Prints: durable event appends per second next to raw SQLite C-API inserts of the same rows
// with the same pragmas (the ratio is the figure), then the time to rebuild the projections
// from a large log and to verify its hash chains.
//
//   crisis_bench [--appends N] [--events N] [--dir PATH]
//   crisis_bench --make-db PATH [--events N]   (only write a database with that log, for the
//                                                console's start-up figure)

#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/store.hpp>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace crisis;
using Seconds = std::chrono::duration<double>;

namespace {

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

struct Row {
    long long seq, incident, at;
    std::string actor, kind, payload, prev, hash;
};

// The rows the durable benchmark appended, so the raw benchmark writes exactly the same bytes.
std::vector<Row> readRows(const fs::path& path) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(
              db, "SELECT seq, incident, at, actor, kind, payload, prev_hash, hash FROM events ORDER BY seq",
              -1, &st, nullptr),
          db, "prepare");
    std::vector<Row> rows;
    auto text = [&](int col) {
        return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, col)));
    };
    while (sqlite3_step(st) == SQLITE_ROW)
        rows.push_back({sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2),
                        text(3), text(4), text(5), text(6), text(7)});
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
}

double rawInserts(const fs::path& path, const std::vector<Row>& rows) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open raw");
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
                       nullptr, nullptr, nullptr),
          db, "pragmas");
    check(sqlite3_exec(
              db,
              "CREATE TABLE events (seq INTEGER PRIMARY KEY, incident INTEGER NOT NULL, at INTEGER NOT NULL, "
              "actor TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, "
              "hash TEXT NOT NULL); CREATE INDEX events_by_incident ON events (incident, seq);",
              nullptr, nullptr, nullptr),
          db, "schema");
    sqlite3_stmt* ins = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &ins, nullptr), db,
          "prep");
    const auto start = std::chrono::steady_clock::now();
    for (const auto& r : rows) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
        sqlite3_bind_int64(ins, 1, r.seq);
        sqlite3_bind_int64(ins, 2, r.incident);
        sqlite3_bind_int64(ins, 3, r.at);
        sqlite3_bind_text(ins, 4, r.actor.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, r.kind.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 6, r.payload.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 7, r.prev.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 8, r.hash.c_str(), -1, SQLITE_STATIC);
        check(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    const double seconds = Seconds(std::chrono::steady_clock::now() - start).count();
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return seconds;
}

// Writes a valid hash-chained log of `total` events straight into the events table, in one
// transaction: 1 000 events per incident (open, then ticks/unticks and task done/reopen).
void generateLog(const fs::path& path, long long total) {
    {
        Store store(path);
        installDefaultPlaybooks(store, *parseInstant("2026-01-01T00:00:00Z"));
    }
    const auto playbook = *Store(path).playbook("cyber-breach");
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open log");
    check(sqlite3_exec(db, "PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* ins = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &ins, nullptr), db,
          "prep");
    const long long perIncident = 1000;
    const Instant base = *parseInstant("2026-01-01T00:00:00Z");
    std::string prev;
    long long taskId = 1;
    long long firstTask = 1;
    for (long long seq = 1; seq <= total; ++seq) {
        const long long incident = (seq - 1) / perIncident + 1;
        const long long n = (seq - 1) % perIncident;
        Event e;
        e.seq = seq;
        e.incident = incident;
        e.at = base + std::chrono::minutes(incident) + std::chrono::milliseconds(n * 10);
        e.actor = "bench";
        if (n == 0) {
            prev = genesisHash();
            firstTask = taskId;
            nlohmann::json tasks = nlohmann::json::array();
            for (const auto& t : playbook.playbook.tasks)
                tasks.push_back({{"id", taskId++},
                                 {"template", t.id},
                                 {"title", {{"en", t.title.en}, {"zh", t.title.zh}}},
                                 {"role", t.role},
                                 {"assignee", ""},
                                 {"due", formatInstant(t.due.addTo(e.at))}});
            e.kind = event_kind::opened;
            e.payload = {{"playbook", "cyber-breach"},
                         {"playbook_version", playbook.version},
                         {"title", "Bench incident " + std::to_string(incident)},
                         {"severity", 2},
                         {"detected_at", formatInstant(e.at)},
                         {"drill", false},
                         {"tasks", tasks}};
        } else if (n % 4 == 1) {
            e.kind = event_kind::itemChecked;
            e.payload = {{"item", "scope"}, {"phase", "identify"}};
        } else if (n % 4 == 2) {
            e.kind = event_kind::itemUnchecked;
            e.payload = {{"item", "scope"}};
        } else if (n % 4 == 3) {
            e.kind = event_kind::taskDone;
            e.payload = {{"task", firstTask}};
        } else {
            e.kind = event_kind::taskReopened;
            e.payload = {{"task", firstTask}};
        }
        const std::string payload = canonicalJson(e.payload);
        e.prevHash = prev;
        e.hash = eventHash(prev, canonicalEventText(e, payload));
        prev = e.hash;
        sqlite3_bind_int64(ins, 1, e.seq);
        sqlite3_bind_int64(ins, 2, e.incident);
        sqlite3_bind_int64(ins, 3, e.at.time_since_epoch().count());
        sqlite3_bind_text(ins, 4, e.actor.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 5, e.kind.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 6, payload.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 7, e.prevHash.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 8, e.hash.c_str(), -1, SQLITE_TRANSIENT);
        check(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
}

} // namespace

int main(int argc, char** argv) {
    long long appends = 2000;
    long long events = 1000000;
    fs::path dir = fs::temp_directory_path() / "crisis-bench";
    fs::path makeDb;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--appends"))
            appends = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--events"))
            events = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--make-db"))
            makeDb = argv[i + 1];
    }
    if (!makeDb.empty()) {
        fs::remove(makeDb);
        generateLog(makeDb, events);
        Store(makeDb).rebuildProjections();
        std::printf("wrote %s with %lld events\n", makeDb.c_str(), events);
        return 0;
    }
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::printf("crisis_bench: database folder %s\n", dir.c_str());

    // 1. Durable appends through the core: each its own transaction, synchronous=FULL, hashed,
    //    projection updated.
    const fs::path durable = dir / "durable.db";
    double durableSeconds = 0;
    {
        Store store(durable);
        installDefaultPlaybooks(store, *parseInstant("2026-01-01T00:00:00Z"));
        ManualClock clock(*parseInstant("2026-01-01T00:00:00Z"));
        IncidentService service(store, clock, "bench");
        const auto id = service.open({"cyber-breach", "Bench", 1, std::nullopt, false});
        const auto start = std::chrono::steady_clock::now();
        for (long long i = 0; i < appends; ++i) {
            clock.advance(std::chrono::milliseconds(1));
            if (i % 2 == 0)
                service.check(id, "scope");
            else
                service.uncheck(id, "scope");
        }
        durableSeconds = Seconds(std::chrono::steady_clock::now() - start).count();
    }
    auto rows = readRows(durable);
    rows.erase(rows.begin()); // the incident.opened row was not timed
    const double rawSeconds = rawInserts(dir / "raw.db", rows);
    const double durableRate = static_cast<double>(appends) / durableSeconds;
    const double rawRate = static_cast<double>(rows.size()) / rawSeconds;
    std::printf("durable appends (core, synchronous=FULL, 1 txn each): %lld in %.2f s = %.0f /s\n", appends,
                durableSeconds, durableRate);
    std::printf("raw sqlite3 inserts (same rows, same pragmas, 1 txn each): %zu in %.2f s = %.0f /s\n",
                rows.size(), rawSeconds, rawRate);
    std::printf("ratio core/raw: %.2f\n", durableRate / rawRate);

    // 2. Rebuild the projections from a large log.
    const fs::path big = dir / "big.db";
    auto start = std::chrono::steady_clock::now();
    generateLog(big, events);
    std::printf("generated a log of %lld events in %.1f s\n", events,
                Seconds(std::chrono::steady_clock::now() - start).count());
    Store store(big);
    start = std::chrono::steady_clock::now();
    store.rebuildProjections();
    const double rebuild = Seconds(std::chrono::steady_clock::now() - start).count();
    std::printf("rebuild projections from %lld events: %.2f s (%.0f events/s)\n", events, rebuild,
                static_cast<double>(events) / rebuild);
    start = std::chrono::steady_clock::now();
    const auto broken = store.verify();
    const double verify = Seconds(std::chrono::steady_clock::now() - start).count();
    std::printf("verify hash chains of %lld events: %.2f s (%s)\n", events, verify,
                broken ? "BROKEN" : "intact");
    std::printf("incidents after rebuild: %zu\n", store.incidents(true).size());
    fs::remove_all(dir);
    return broken ? 1 : 0;
}
