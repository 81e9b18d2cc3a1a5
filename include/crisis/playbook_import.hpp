#pragma once
// Importing playbook files into a database: every file validated whole, against each other and
// against the template kit in effect, then stored in one transaction. crisisctl playbook import
// and the console's playbook editor both import through here.

#include <crisis/playbook.hpp>
#include <crisis/store.hpp>

#include <string>
#include <utility>
#include <vector>

namespace crisis {

/// One playbook file to import: its text and the name errors use.
struct PlaybookFile {
    std::string source;
    std::string text;
};

/// Validates every file completely (parsePlaybook), that every linked template is in the kit in
/// effect (kitInEffect) and that no playbook id comes in two files, then stores them all in one
/// transaction (Store::savePlaybook: a new version only where the content changed). Returns
/// (id, version in effect) per file, in file order. On any problem throws one ValidationError
/// listing every problem of every file, each pointer prefixed with its file when there are
/// several, and stores nothing.
std::vector<std::pair<std::string, int>> importPlaybooks(Store& store, const std::vector<PlaybookFile>& files,
                                                         Instant at);

} // namespace crisis
