#pragma once
// Shared fixtures for core tests: temporary folders and instants written as text.

#include <crisis/playbook.hpp>
#include <crisis/time.hpp>

#include <filesystem>
#include <string>

namespace crisis::test {

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// parseInstant that fails the test on a typo.
Instant at(const std::string& iso);

/// The shipped playbook with this id.
Playbook shippedPlaybook(const std::string& id);

/// Runs SQL on a database file through the raw C API (to tamper, or to fake other versions).
void rawSql(const std::filesystem::path& db, const std::string& sql);

} // namespace crisis::test
