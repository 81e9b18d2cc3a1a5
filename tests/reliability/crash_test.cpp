// SIGKILL at random moments while events are appended: after every kill the database opens,
// its hash chains verify, and every event whose append had returned is present.

#include <crisis/store.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Starts the writer, reads `acks` acknowledged seqs from its stdout (0: kill at once, maybe
// while it opens or migrates the file), kills it with SIGKILL and returns what it acknowledged.
std::vector<long long> runAndKill(const std::string& db, int acks) {
    int pipeFd[2];
    REQUIRE(::pipe(pipeFd) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(pipeFd[1], STDOUT_FILENO);
        ::close(pipeFd[0]);
        ::close(pipeFd[1]);
        ::execl(CRASH_WRITER_PATH, CRASH_WRITER_PATH, db.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipeFd[1]);
    FILE* out = ::fdopen(pipeFd[0], "r");
    std::vector<long long> acknowledged;
    long long seq = 0;
    while (static_cast<int>(acknowledged.size()) < acks && std::fscanf(out, "%lld", &seq) == 1)
        acknowledged.push_back(seq);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    // Lines already in the pipe were acknowledged before the kill too.
    while (std::fscanf(out, "%lld", &seq) == 1)
        acknowledged.push_back(seq);
    std::fclose(out);
    CHECK(WIFSIGNALED(status));
    return acknowledged;
}

} // namespace

TEST_CASE("Every acknowledged event survives SIGKILL at random moments") {
    crisis::test::TempDir dir;
    const auto db = dir.file("crash.db").string();
    std::mt19937 random(20261122); // fixed seed: the same kill points on every run
    std::uniform_int_distribution<int> acksBeforeKill(0, 80);
    const int kills = 60;
    std::set<long long> acknowledged;
    for (int k = 0; k < kills; ++k) {
        for (const auto seq : runAndKill(db, acksBeforeKill(random)))
            acknowledged.insert(seq);
        crisis::Store store(db);
        INFO("after kill " << k + 1);
        REQUIRE_FALSE(store.verify().has_value());
        if (!acknowledged.empty()) {
            const auto [first, last] = store.eventSeqRange();
            CHECK(last >= *acknowledged.rbegin());
            CHECK(store.eventCount() == last - first + 1); // no holes
        }
        const auto live = store.incidents(true);
        store.rebuildProjections();
        CHECK(store.incidents(true) == live);
    }
    crisis::Store store(db);
    for (const auto seq : acknowledged)
        REQUIRE(store.eventsFromSeq(seq, 1).front().seq == seq);
    std::printf("crash test: %d kills, %zu acknowledged events checked, %lld events in the log\n", kills,
                acknowledged.size(), static_cast<long long>(store.eventCount()));
}
