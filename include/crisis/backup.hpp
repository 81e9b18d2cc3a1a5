#pragma once
// Scheduled backups: timestamped, verified copies in a folder, the oldest pruned.

#include <crisis/store.hpp>
#include <crisis/time.hpp>

#include <filesystem>
#include <string>

namespace crisis {

/// "crisisdesk-20260301T080000Z.db": sorts by time as text.
std::string backupFileName(Instant at);

/// Writes a verified backup of `store` into `folder` (created if missing) named for `at`, then
/// deletes the oldest backups there so that at most `keep` remain. Returns the new file.
std::filesystem::path rotateBackup(const Store& store, const std::filesystem::path& folder, Instant at,
                                   int keep);

} // namespace crisis
