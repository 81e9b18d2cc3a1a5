#pragma once
// Files compiled into the core by cmake/EmbedFiles.cmake.

#include <string_view>
#include <vector>

namespace crisis::detail {

struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

/// resources/playbooks/*.json, sorted by file name.
const std::vector<EmbeddedFile>& embeddedPlaybooks();
/// resources/templates/*.json, sorted by file name.
const std::vector<EmbeddedFile>& embeddedTemplates();

/// resources/lexicons/*.tsv, sorted by file name.
const std::vector<EmbeddedFile>& embeddedLexicons();

/// resources/scenarios/*.json, sorted by file name.
const std::vector<EmbeddedFile>& embeddedScenarios();

/// resources/wordlists/*.tsv, sorted by file name.
const std::vector<EmbeddedFile>& embeddedWordlists();

} // namespace crisis::detail
