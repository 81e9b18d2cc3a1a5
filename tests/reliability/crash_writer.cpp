// Appends events to a database as fast as it can and prints each event's seq on stdout once
// its append has returned (that is, once it is acknowledged as durable). The crash test kills
// this process with SIGKILL at random moments and checks every acknowledged event survived.
//
//   crash_writer DB

#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer DB\n");
        return 2;
    }
    using namespace crisis;
    Store store(argv[1]);
    SystemClock clock;
    installDefaultPlaybooks(store, clock.now());
    IncidentService service(store, clock, "crash-writer");
    auto open = store.incidents(false);
    const auto id =
        open.empty() ? service.open({"cyber-breach", "Crash test", 1, std::nullopt, false}) : open.front().id;
    for (long i = 0;; ++i) {
        if (i % 2)
            service.uncheck(id, "scope");
        else
            service.check(id, "scope");
        std::printf("%lld\n", static_cast<long long>(store.incident(id).lastSeq));
        std::fflush(stdout);
    }
}
