#pragma once
// Files the console writes for people outside it (reports, exports, kits, playbooks): whole or
// not at all, with one translated message when they cannot be written.

#include <QString>

#include <optional>
#include <string>

/// Writes `body` to `path` through QSaveFile (beside the target, renamed on commit), so a full
/// disk or a missing folder never leaves half a file. Returns the error text, if any.
std::optional<QString> writeExportFile(const QString& path, const std::string& body);
