// Prints, for N generated mixed English/Chinese mentions (default 1,000,000): CSV parse rate,
// sentiment scoring rate, spike-detection rate, the rate of a full import through the core
// (insert with de-duplication key, buckets, events; one transaction) next to raw SQLite C-API
// inserts of the same rows into the same table layout in the same run, and peak memory.
// The core import is measured twice, each into a fresh database: of rows already scored
// (ReputationService::importScored, what the console does after scoring off the GUI thread;
// comparable with the raw inserts, which get scored rows too) and with scoring included
// (ReputationService::import, what crisisctl does).
//
//   mention_bench [--mentions N] [--dir PATH]

#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/mention.hpp>
#include <crisis/reputation.hpp>
#include <crisis/sentiment.hpp>
#include <crisis/spike_detector.hpp>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace crisis;
using Seconds = std::chrono::duration<double>;

namespace {

constexpr std::array<const char*, 12> english{"This charger exploded on my desk, dangerous!",
                                              "Still waiting for my refund, total scam",
                                              "Customer service was quick and helpful, thanks",
                                              "Is the recall real? Nobody answers",
                                              "Great product, works fine for me",
                                              "Terrible support, never buying again",
                                              "Not bad, delivery was on time",
                                              "My data was leaked?? This is outrageous",
                                              "Love the new update, very smooth",
                                              "Why is nobody talking about this leak",
                                              "They fixed it quickly, impressed",
                                              "Worst experience ever, want my money back"};
constexpr std::array<const char*, 12> chinese{
    "充电器冒烟了,太危险了!", "退款一直没到账,骗子公司", "客服非常耐心,谢谢", "召回是真的吗?没人回复",
    "质量不错,用着挺好",      "售后太差了,再也不买了",   "物流很快,还可以",   "我的信息被泄露了,太气人了",
    "新版本很流畅,喜欢",      "为什么没人说这次泄露",    "处理得很及时,点赞", "最差的一次购物,要求退款"};
constexpr std::array<const char*, 5> channels{"weibo", "x", "wechat", "douyin", "facebook"};

std::string csvField(const std::string& s) {
    std::string out = "\"";
    for (const char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Seven days, a background of mentions with two spikes, half English and half Chinese.
std::string generateCsv(long long n) {
    std::mt19937_64 rng(42);
    std::string csv = "time,channel,author,text,url,reach,language,id\n";
    csv.reserve(static_cast<std::size_t>(n) * 110);
    const long long start = 1772323200000; // 2026-03-01T00:00:00Z
    const long long span = 7LL * 24 * 3600 * 1000;
    for (long long i = 0; i < n; ++i) {
        long long at = start + static_cast<long long>(rng() % span);
        if (i % 10 == 0) // a tenth of them in two one-hour spikes
            at = start + (i % 20 == 0 ? 2 : 5) * 24LL * 3600 * 1000 + static_cast<long long>(rng() % 3600000);
        const bool zh = rng() % 2 == 0;
        const auto& pool = zh ? chinese : english;
        const std::string text = std::string(pool[rng() % pool.size()]) + " #" + std::to_string(i % 977);
        csv += formatInstant(Instant{Duration{at}}) + "," + channels[rng() % channels.size()] + ",@user" +
               std::to_string(rng() % 200000) + "," + csvField(text) + ",https://example.com/p/" +
               std::to_string(i) + "," + std::to_string(rng() % 5000) + "," + (zh ? "zh" : "en") + ",m" +
               std::to_string(i) + "\n";
    }
    return csv;
}

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// The same rows, same table layout and unique key, same pragmas, one transaction.
double rawInserts(const fs::path& path, const std::vector<Mention>& rows) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open raw");
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr),
          db, "pragmas");
    check(sqlite3_exec(
              db,
              "CREATE TABLE mentions (id INTEGER PRIMARY KEY, incident INTEGER NOT NULL, dedupe_key TEXT "
              "NOT NULL, external_id TEXT NOT NULL, at INTEGER NOT NULL, channel TEXT NOT NULL, author "
              "TEXT NOT NULL, text TEXT NOT NULL, url TEXT NOT NULL, reach INTEGER NOT NULL, language "
              "TEXT NOT NULL, score REAL NOT NULL, label TEXT NOT NULL, UNIQUE (incident, dedupe_key)); "
              "CREATE INDEX mentions_by_time ON mentions (incident, at); "
              "CREATE INDEX mentions_by_channel ON mentions (incident, channel, label); "
              "CREATE INDEX mentions_by_time_label ON mentions (incident, at, label, score);",
              nullptr, nullptr, nullptr),
          db, "schema");
    sqlite3_stmt* ins = nullptr;
    check(sqlite3_prepare_v2(
              db,
              "INSERT OR IGNORE INTO mentions (incident, dedupe_key, external_id, at, channel, "
              "author, text, url, reach, language, score, label) VALUES (1, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?)",
              -1, &ins, nullptr),
          db, "prep");
    const auto start = std::chrono::steady_clock::now();
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    for (const auto& m : rows) {
        const std::string key = "id:" + m.externalId;
        sqlite3_bind_text(ins, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, m.externalId.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(ins, 3, m.at.time_since_epoch().count());
        sqlite3_bind_text(ins, 4, m.channel.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, m.author.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 6, m.text.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 7, m.url.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(ins, 8, m.reach);
        sqlite3_bind_text(ins, 9, m.language.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_double(ins, 10, m.sentiment.score);
        sqlite3_bind_text(ins, 11, std::string(sentimentLabelName(m.sentiment.label)).c_str(), -1,
                          SQLITE_TRANSIENT);
        check(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double seconds = Seconds(std::chrono::steady_clock::now() - start).count();
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return seconds;
}

double since(std::chrono::steady_clock::time_point start) {
    return Seconds(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    long long n = 1000000;
    fs::path dir = fs::temp_directory_path() / "crisis-mention-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--mentions"))
            n = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
    }
    fs::remove_all(dir);
    fs::create_directories(dir);

    const std::string csv = generateCsv(n);
    std::printf("mentions: %lld (%.1f MB of CSV, half en, half zh)\n", n,
                static_cast<double>(csv.size()) / 1e6);

    auto t = std::chrono::steady_clock::now();
    auto parsed = parseMentions(csv, MentionFormat::Csv);
    double s = since(t);
    std::printf("parse CSV:        %8.2f s  %10.0f mentions/s  (%zu problems)\n", s, n / s,
                parsed.problems.size());

    const SentimentScorer scorer;
    t = std::chrono::steady_clock::now();
    for (auto& m : parsed.mentions)
        m.sentiment = scorer.score(m.text);
    s = since(t);
    std::printf("score sentiment:  %8.2f s  %10.0f mentions/s\n", s, n / s);

    // Listening tools export in time order; the detector is judged on that.
    std::sort(parsed.mentions.begin(), parsed.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.at < b.at; });
    SpikeDetector detector;
    std::size_t alerts = 0;
    t = std::chrono::steady_clock::now();
    for (const auto& m : parsed.mentions)
        alerts += detector.add(m.at, m.sentiment.label, m.sentiment.score).size();
    s = since(t);
    std::printf("detect spikes:    %8.2f s  %10.0f mentions/s  (%zu alerts)\n", s, n / s, alerts);

    const double raw = rawInserts(dir / "raw.db", parsed.mentions);
    std::printf("raw SQLite insert:%8.2f s  %10.0f mentions/s  (scored rows, one transaction)\n", raw,
                n / raw);
    const auto coreImport = [&](const fs::path& path, bool withScoring, bool queries) {
        Store store(path);
        ManualClock clock(parseInstant("2026-03-08T00:00:00Z").value());
        installDefaultPlaybooks(store, clock.now());
        IncidentService incidents(store, clock, "bench");
        ReputationService reputation(store, incidents, clock, "bench");
        const auto id =
            incidents.open({"product-quality", "Bench", 1, parseInstant("2026-03-02T00:00:00Z"), false});
        auto t0 = std::chrono::steady_clock::now();
        const auto outcome = withScoring ? reputation.import(id, parsed.mentions, "bench.csv")
                                         : reputation.importScored(id, parsed.mentions, "bench.csv");
        const double core = since(t0);
        std::printf("core import:      %8.2f s  %10.0f mentions/s  (%d added, %zu alerts; %s)\n", core,
                    n / core, outcome.added, outcome.alerts.size(),
                    withScoring ? "scoring INCLUDED + insert + buckets + events"
                                : "pre-scored rows: insert + buckets + events, NO scoring");
        std::printf("core/raw time:    %8.2f  (%s)\n", core / raw,
                    withScoring ? "with scoring" : "like for like, no scoring");
        if (!queries)
            return;
        t0 = std::chrono::steady_clock::now();
        const auto inbox = store.inbox(reputation.inboxQuery(id));
        std::printf("inbox query:      %8.3f s  (%zu items, capped)\n", since(t0), inbox.size());
        t0 = std::chrono::steady_clock::now();
        const auto chart = reputation.chart(id);
        std::printf("chart buckets:    %8.3f s  (%zu buckets)\n", since(t0), chart.size());
        t0 = std::chrono::steady_clock::now();
        const auto metrics = reputation.metrics(id);
        std::printf("metrics:          %8.3f s  (%lld negative)\n", since(t0), metrics.negative);
    };
    coreImport(dir / "desk-prescored.db", false, true);
    coreImport(dir / "desk-scoring.db", true, false);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory:      %8.1f MB (max RSS)\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    fs::remove_all(dir);
    return 0;
}
