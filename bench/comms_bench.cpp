// Figures for the communication work on a busy incident: statements are folded from the log, so
// listing, checking (the editor re-checks as the user types) and approving read the incident's
// whole log. Also the marketing register: a large CSV import and one pause over it.
//
// comms_bench [STATEMENTS] [OTHER_EVENTS] [MARKETING_ROWS]   (defaults 200, 10000, 10000)

#include <crisis/bootstrap.hpp>
#include <crisis/marketing.hpp>
#include <crisis/statement_service.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace crisis;

namespace {

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

const std::string message =
    "We are investigating a data-security incident detected today. About 12,000 customers "
    "may be affected. We will contact every affected customer. Next update by 18:00.";

} // namespace

int main(int argc, char** argv) {
    const long long statements = argc > 1 ? std::atoll(argv[1]) : 200;
    const long long others = argc > 2 ? std::atoll(argv[2]) : 10000;
    const long long rows = argc > 3 ? std::atoll(argv[3]) : 10000;
    const fs::path dir = fs::temp_directory_path() / ("comms_bench_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    {
        Store store(dir / "bench.db");
        const Instant t0 = *parseInstant("2026-03-01T08:00:00Z");
        ManualClock clock(t0);
        installDefaultPlaybooks(store, t0);
        store.addMember({0, "Lin", "crisis-manager", ""});
        store.addMember({0, "Sarah", "legal", ""});
        IncidentService incidents(store, clock, "Lin");
        StatementService lin(store, incidents, clock, "Lin");
        StatementService sarah(store, incidents, clock, "Sarah");
        const auto id = incidents.open({"cyber-breach", "Bench", 1, t0, false});

        auto start = std::chrono::steady_clock::now();
        store.batch([&] {
            for (long long i = 0; i < others / 2; ++i) {
                incidents.check(id, "scope");
                incidents.uncheck(id, "scope");
            }
        });
        std::printf("other events: %lld in %.2f s (one batch)\n", others, seconds(start));

        start = std::chrono::steady_clock::now();
        for (long long i = 0; i < statements; ++i) {
            DraftRequest r;
            r.content = {"customer-email", "All", "Care", "Update " + std::to_string(i), message, ""};
            const auto s = lin.draft(id, r);
            lin.submit(s);
            lin.approve(s);
            sarah.approve(s);
            lin.publish(s, {"Customers", "", {}, {}});
            clock.advance(std::chrono::minutes(1));
        }
        const double workflow = seconds(start);
        std::printf("statement workflow (draft, submit, 2 approvals, publish; 1 txn each): %lld in %.2f s = "
                    "%.1f ms per statement\n",
                    statements, workflow, 1000 * workflow / static_cast<double>(statements));
        std::printf("incident log: %lld events\n", static_cast<long long>(store.events(id).size()));

        start = std::chrono::steady_clock::now();
        const int listRuns = 20;
        std::size_t listed = 0;
        for (int i = 0; i < listRuns; ++i)
            listed = lin.list(id).size();
        std::printf("list statements (fold the log): %zu in %.1f ms\n", listed,
                    1000 * seconds(start) / listRuns);

        start = std::chrono::steady_clock::now();
        std::size_t found = 0;
        for (int i = 0; i < listRuns; ++i)
            found =
                lin.check(id, {"social-post", "", "", "", "We guarantee it. " + message, ""}, Language::En)
                    .size();
        std::printf(
            "live check of a text (editor, against %lld published statements): %.1f ms, %zu finding(s)\n",
            statements, 1000 * seconds(start) / listRuns, found);

        std::string csv = "name,channel,scheduled_at,ends_at,crisis\n";
        for (long long i = 0; i < rows; ++i)
            csv += "\"Post " + std::to_string(i) + ", promo\",instagram," +
                   formatInstant(t0 + std::chrono::hours(1 + i % 500)) + ",," + (i % 10 == 0 ? "yes" : "no") +
                   "\n";
        MarketingService marketing(store, incidents, clock, "Lin");
        start = std::chrono::steady_clock::now();
        const auto added = marketing.import(csv, "bench.csv").size();
        std::printf("marketing import: %zu rows (%.1f MB) in %.2f s\n", added,
                    static_cast<double>(csv.size()) / 1e6, seconds(start));
        start = std::chrono::steady_clock::now();
        const auto paused = marketing.pause(id).paused.size();
        std::printf("pause non-crisis marketing: %zu items in %.2f s (one transaction)\n", paused,
                    seconds(start));
        start = std::chrono::steady_clock::now();
        const auto resumed = marketing.resume(id).size();
        std::printf("resume: %zu items in %.2f s\n", resumed, seconds(start));
    }
    fs::remove_all(dir);
    return 0;
}
