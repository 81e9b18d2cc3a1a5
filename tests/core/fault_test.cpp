// Power-loss and disk-full style faults: the Nth write or fsync fails. The store must report a
// clear error, roll the transaction back, and open consistent afterwards.

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>

#include "fault_vfs.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace crisis;
using crisis::test::at;
using crisis::test::FaultVfs;
using crisis::test::TempDir;

namespace {

struct Outcome {
    int failures = 0;
    int successes = 0;
};

// For every N until an append succeeds without hitting the fault: arm the fault at the Nth
// write/sync, append one event, then check what is on disk.
Outcome sweep(int sqliteError, ErrorCode expected) {
    FaultVfs::install();
    TempDir dir;
    const auto path = dir.file("faulty.db");
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    std::int64_t id = 0;
    {
        Store store(path);
        installDefaultPlaybooks(store, clock.now());
        id = IncidentService(store, clock, "Lin").open({"cyber-breach", "Breach", 1, std::nullopt, false});
    }
    Outcome outcome;
    for (int n = 1; n < 200; ++n) {
        std::int64_t before = 0;
        bool failed = false;
        {
            Store store(path);
            before = store.eventCount();
            IncidentService service(store, clock, "Lin");
            FaultVfs::failAt(n, sqliteError);
            try {
                before % 2 ? service.uncheck(id, "scope") : service.check(id, "scope");
            } catch (const Error& e) {
                failed = true;
                INFO("fault at call " << n << ": " << e.what());
                CHECK(e.code() == expected);
            }
            const int calls = FaultVfs::disarm();
            if (!failed && calls < n) {
                ++outcome.successes;
                break; // the append needed fewer calls than n: every point has been tried
            }
        }
        // Whatever happened, the next open is consistent: chain intact, projections equal the log.
        Store store(path);
        const auto after = store.eventCount();
        CHECK_FALSE(store.verify().has_value());
        if (failed) {
            ++outcome.failures;
            // A failed sync after the commit record may or may not have reached the disk: the
            // event is either wholly there or wholly absent.
            CHECK((after == before || after == before + 1));
        } else {
            CHECK(after == before + 1);
        }
        const auto live = store.incident(id);
        store.rebuildProjections();
        CHECK(store.incident(id) == live);
    }
    return outcome;
}

} // namespace

TEST_CASE("A failing write or fsync at any point leaves a consistent database") {
    const auto io = sweep(SQLITE_IOERR_WRITE, ErrorCode::Io);
    CHECK(io.failures >= 3);
    CHECK(io.successes == 1);
}

TEST_CASE("A full disk at any point gives DiskFull with a clear message and changes nothing visible") {
    const auto full = sweep(SQLITE_FULL, ErrorCode::DiskFull);
    CHECK(full.failures >= 3);
    const Error e(ErrorCode::DiskFull, {"error.disk_full", {"/data/desk.db"}});
    CHECK(std::string(e.what()).find("disk holding /data/desk.db is full") != std::string::npos);
}
