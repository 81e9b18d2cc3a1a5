#pragma once
// Renders the main views (incident board, new-incident dialog, my tasks, timeline, team,
// settings, playbook editor, the drill board, start-drill dialog and trainer console) in English
// and Chinese to PNG files, for `make screenshots`.

#include <QString>

class Console;

/// Writes DIR/<lang>-<view>.png for every view. Returns false if a file could not be written.
bool takeScreenshots(Console& console, const QString& dir);
