#include <crisis/backup.hpp>
#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/incident_service.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <thread>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

std::int64_t openWithEvents(Store& store, ManualClock& clock, int ticks) {
    installDefaultPlaybooks(store, clock.now());
    IncidentService service(store, clock, "Lin");
    const auto id = service.open({"cyber-breach", "Breach", 1, std::nullopt, false});
    for (int i = 0; i < ticks; ++i)
        i % 2 ? service.uncheck(id, "scope") : service.check(id, "scope");
    return id;
}

} // namespace

TEST_CASE("Online backups are consistent while another connection keeps writing") {
    TempDir dir;
    const auto path = dir.file("live.db");
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    std::int64_t id = 0;
    {
        Store store(path);
        id = openWithEvents(store, clock, 10);
    }
    std::atomic<bool> done{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        Store store(path);
        ManualClock writerClock(at("2026-03-01T09:00:00Z"));
        IncidentService service(store, writerClock, "Zhang");
        for (int i = 0; i < 150; ++i) {
            i % 2 ? service.uncheck(id, "cause") : service.check(id, "cause");
            ++written;
        }
        done = true;
    });
    Store reader(path);
    int backups = 0;
    std::int64_t lastCount = 0;
    while (!done || backups < 3) {
        const auto target = dir.file("backup-" + std::to_string(backups) + ".db");
        reader.backupTo(target);
        const Store copy(target, OpenMode::ReadOnly);
        CHECK_FALSE(copy.verify().has_value());
        CHECK(copy.eventCount() >= lastCount);
        lastCount = copy.eventCount();
        ++backups;
    }
    writer.join();
    CHECK(written == 150);
    CHECK(backups >= 3);
    reader.backupTo(dir.file("final.db"));
    CHECK(Store(dir.file("final.db"), OpenMode::ReadOnly).eventCount() == reader.eventCount());
}

TEST_CASE("Scheduled backups are named by time and pruned to the newest N") {
    TempDir dir;
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    Store store(dir.file("live.db"));
    openWithEvents(store, clock, 2);
    CHECK(backupFileName(at("2026-03-01T08:00:00.999Z")) == "crisisdesk-20260301T080000Z.db");
    for (int hour = 0; hour < 5; ++hour)
        rotateBackup(store, dir.file("backups"), at("2026-03-01T08:00:00Z") + std::chrono::hours(hour), 3);
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir.file("backups")))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"crisisdesk-20260301T100000Z.db",
                                            "crisisdesk-20260301T110000Z.db",
                                            "crisisdesk-20260301T120000Z.db"});
}

TEST_CASE("Restore replaces the database with a verified backup and refuses a bad one") {
    TempDir dir;
    const auto path = dir.file("live.db");
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    std::int64_t before = 0;
    {
        Store store(path);
        openWithEvents(store, clock, 4);
        store.backupTo(dir.file("good.db"));
        before = store.eventCount();
        IncidentService(store, clock, "Lin").open({"financial", "Later", 2, std::nullopt, false});
    }
    Store::restore(dir.file("good.db"), path);
    {
        Store store(path);
        CHECK(store.eventCount() == before);
        CHECK(store.incidents(true).size() == 1);
        CHECK_FALSE(store.verify().has_value());
    }
    std::ofstream(dir.file("garbage.db"), std::ios::binary) << std::string(8192, 'g');
    CHECK_THROWS_AS(Store::restore(dir.file("garbage.db"), path), Error);
    CHECK_THROWS_AS(Store::restore(dir.file("missing.db"), path), Error);
    // A backup whose log was tampered with is refused.
    crisis::test::rawSql(dir.file("good.db"),
                         "DROP TRIGGER events_no_update; UPDATE events SET actor = 'x' WHERE seq = 1");
    try {
        Store::restore(dir.file("good.db"), path);
        FAIL("restored a tampered backup");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Integrity);
    }
    CHECK(Store(path).eventCount() == before);
}

TEST_CASE("Two connections on one file cooperate: every append lands on one intact chain") {
    TempDir dir;
    const auto path = dir.file("shared.db");
    ManualClock clock(at("2026-03-01T08:00:00Z"));
    std::int64_t id = 0;
    {
        Store store(path);
        id = openWithEvents(store, clock, 0);
    }
    auto work = [&](const char* actor, const char* item) {
        Store store(path);
        ManualClock own(at("2026-03-01T09:00:00Z"));
        IncidentService service(store, own, actor);
        for (int i = 0; i < 100; ++i)
            i % 2 ? service.uncheck(id, item) : service.check(id, item);
    };
    std::thread a(work, "Lin", "impact");
    std::thread b(work, "Emma", "cause");
    a.join();
    b.join();
    Store store(path);
    CHECK(store.eventCount() == 201);
    CHECK_FALSE(store.verify().has_value());
    const auto live = store.incident(id);
    store.rebuildProjections();
    CHECK(store.incident(id) == live);
}
