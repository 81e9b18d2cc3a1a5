#pragma once
// An open, configured and migrated SQLite connection, and the translation of SQLite's errors
// into crisis::Error messages a user can act on.

#include <crisis/error.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace crisis::storage {

/// Turns a SQLite failure on `path` into an Error with a specific code and message.
Error translate(const SQLite::Exception& e, const std::filesystem::path& path);

/// Opens `path` (creating it unless readOnly), applies the pragmas of the design (WAL,
/// foreign keys, synchronous=FULL, busy timeout) and migrates it to the current schema.
class Connection {
public:
    Connection(const std::filesystem::path& path, bool readOnly, int busyTimeoutMs);

    SQLite::Database& db() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    /// A cached prepared statement, reset and with bindings cleared.
    SQLite::Statement& statement(const char* sql);

private:
    void migrate();

    std::filesystem::path m_path;
    bool m_readOnly;
    std::unique_ptr<SQLite::Database> m_db;
    std::map<const char*, std::unique_ptr<SQLite::Statement>> m_statements;
};

} // namespace crisis::storage
