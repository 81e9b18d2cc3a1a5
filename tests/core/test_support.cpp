#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>
#include <unistd.h>

namespace crisis::test {

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    m_path = std::filesystem::temp_directory_path() /
             ("crisis-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

Instant at(const std::string& iso) {
    const auto parsed = parseInstant(iso);
    REQUIRE(parsed.has_value());
    return *parsed;
}

Playbook shippedPlaybook(const std::string& id) {
    for (auto& p : defaultPlaybooks())
        if (p.id == id)
            return p;
    FAIL("no shipped playbook " << id);
    return {};
}

void rawSql(const std::filesystem::path& db, const std::string& sql) {
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &handle) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(handle);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace crisis::test
