#pragma once
// First-start set-up shared by crisisctl and the console.

#include <crisis/store.hpp>
#include <crisis/time.hpp>

namespace crisis {

/// Stores the shipped default playbooks when the store has none. Returns how many were added.
int installDefaultPlaybooks(Store& store, Instant at);

/// Fills an empty store (no members, no incidents) with a demo crisis team and two incidents
/// detected shortly before `now`: a live customer-data breach and a misinformation drill in progress
/// (scenario misinformation-campaign at 6×, started 10 minutes before `now`).
/// Returns false and changes nothing when the store is not empty.
bool seedDemoData(Store& store, Instant now);

} // namespace crisis

#include <filesystem>

namespace crisis {

/// The database both the console and crisisctl use when no --db is given:
/// $XDG_DATA_HOME/crisisdesk/crisisdesk.db, else ~/.local/share/crisisdesk/crisisdesk.db.
std::filesystem::path defaultDatabasePath();

} // namespace crisis
