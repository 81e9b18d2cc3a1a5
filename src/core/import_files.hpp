#pragma once
// Reading several import files as one: every problem of every file is collected before anything
// is stored, so the user fixes them all in one go. Shared by the playbook and template importers.

#include <crisis/error.hpp>

#include <string>
#include <utility>
#include <vector>

namespace crisis::detail {

/// Calls `read(file, prefix, problems)` for each file (File has `source`); a ValidationError it
/// throws is collected too. Pointers are prefixed with "<source>: " when there are several
/// files. Throws one ValidationError naming every source when anything was found.
template <class File, class Read> void readAllFiles(const std::vector<File>& files, Read read) {
    std::vector<Problem> problems;
    const bool several = files.size() > 1;
    for (const auto& file : files) {
        const auto prefix = several ? file.source + ": " : std::string();
        try {
            read(file, prefix, problems);
        } catch (const ValidationError& e) {
            for (const auto& p : e.problems())
                problems.push_back({prefix + p.pointer, p.message});
        }
    }
    if (problems.empty())
        return;
    std::string sources;
    for (const auto& file : files)
        sources += (sources.empty() ? "" : ", ") + file.source;
    throw ValidationError(sources, std::move(problems));
}

} // namespace crisis::detail
