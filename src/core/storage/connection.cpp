#include "connection.hpp"
#include "schema.hpp"

#include "../log.hpp"

#include <crisis/store.hpp>

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

namespace crisis::storage {

Error translate(const SQLite::Exception& e, const std::filesystem::path& path) {
    const std::string file = path.string();
    detail::coreLog().warn("{}: SQLite error {} ({}): {}", file, e.getErrorCode(), e.getExtendedErrorCode(),
                           e.what());
    switch (e.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::DatabaseLocked, {"error.db_locked", {file}});
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error(ErrorCode::DatabaseCorrupt, {"error.db_corrupt", {file, e.what()}});
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull, {"error.disk_full", {file}});
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::DatabaseReadOnly, {"error.db_read_only", {file}});
    case SQLITE_IOERR:
        if (e.getExtendedErrorCode() == SQLITE_IOERR_WRITE ||
            e.getExtendedErrorCode() == SQLITE_IOERR_FSYNC ||
            e.getExtendedErrorCode() == SQLITE_IOERR_TRUNCATE)
            return Error(ErrorCode::Io, {"error.db_write", {file}});
        return Error(ErrorCode::Io, {"error.db_io", {file, e.what()}});
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::Io, {"error.db_open", {file, e.what()}});
    default:
        return Error(ErrorCode::Io, {"error.db_io", {file, e.what()}});
    }
}

Connection::Connection(const std::filesystem::path& path, bool readOnly, int busyTimeoutMs)
    : m_path(path), m_readOnly(readOnly) {
    try {
        const int flags = readOnly ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        m_db = std::make_unique<SQLite::Database>(path, flags, busyTimeoutMs);
        // Reading the schema is the first access to the file: garbage fails here with NOTADB.
        const int appId = m_db->execAndGet("PRAGMA application_id").getInt();
        const int tables = m_db->execAndGet("SELECT count(*) FROM sqlite_master").getInt();
        if (appId != applicationId && (appId != 0 || tables != 0))
            throw Error(ErrorCode::DatabaseCorrupt,
                        {"error.db_corrupt", {path.string(), "not a CrisisDesk database"}});
        m_db->exec("PRAGMA foreign_keys = ON");
        if (!readOnly) {
            m_db->execAndGet("PRAGMA journal_mode = WAL");
            // FULL: an event whose append returned has reached the disk, WAL or not.
            m_db->exec("PRAGMA synchronous = FULL");
        }
        migrate();
    } catch (const SQLite::Exception& e) {
        throw translate(e, path);
    }
}

void Connection::migrate() {
    const auto& list = migrations();
    const int current = m_db->execAndGet("PRAGMA user_version").getInt();
    const int target = static_cast<int>(list.size());
    if (current > target)
        throw Error(ErrorCode::DatabaseTooNew,
                    {"error.db_too_new", {m_path.string(), std::to_string(current), std::to_string(target)}});
    if (current == target)
        return;
    if (m_readOnly)
        throw Error(ErrorCode::DatabaseReadOnly, {"error.db_read_only", {m_path.string()}});
    for (int version = current; version < target; ++version) {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        // Re-read inside the lock: another process may have migrated meanwhile.
        if (m_db->execAndGet("PRAGMA user_version").getInt() > version)
            continue;
        m_db->exec(std::string(list[static_cast<std::size_t>(version)]));
        m_db->exec("PRAGMA application_id = " + std::to_string(applicationId));
        m_db->exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
        detail::coreLog().info("{}: migrated schema {} -> {}", m_path.string(), version, version + 1);
    }
}

SQLite::Statement& Connection::statement(const char* sql) {
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*m_db, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

} // namespace crisis::storage
