#pragma once
// The database schema as an ordered list of migrations keyed by PRAGMA user_version.

#include <string_view>
#include <vector>

namespace crisis::storage {

/// 'CRIS': marks a file as a CrisisDesk database (PRAGMA application_id).
inline constexpr int applicationId = 0x43524953;

/// migrations()[i] takes a database from user_version i to i + 1. Never edit a released
/// entry: append a new one.
const std::vector<std::string_view>& migrations();

} // namespace crisis::storage
