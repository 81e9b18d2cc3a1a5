// Loading the statement check word lists.

#include "statement_words.hpp"

#include "embedded_files.hpp"
#include "statement_text.hpp"

#include <crisis/error.hpp>

#include <utility>

namespace crisis::detail {

void StatementWords::add(std::string_view tsv, const std::string& source) {
    std::vector<std::pair<std::string, std::string>> entries;
    std::vector<Problem> problems;
    std::size_t lineNo = 0;
    for (std::size_t pos = 0; pos < tsv.size();) {
        auto line = tsv.substr(pos, tsv.find('\n', pos) - pos);
        pos += line.size() + 1;
        ++lineNo;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.empty() || line.starts_with('#'))
            continue;
        const auto tab = line.find('\t');
        const auto phrase =
            tab == std::string_view::npos ? std::string() : normalizePhrase(line.substr(tab + 1));
        if (tab == 0 || phrase.empty() || phrase.front() == ' ' || phrase.find('\t') != std::string::npos)
            problems.push_back({"line " + std::to_string(lineNo), {"wordlist.line", {}}});
        else
            entries.emplace_back(std::string(line.substr(0, tab)), phrase);
    }
    if (!problems.empty())
        throw ValidationError(source, std::move(problems));
    for (auto& [category, phrase] : entries)
        m_phrases[category].push_back(std::move(phrase));
}

const std::vector<std::string>& StatementWords::operator[](std::string_view category) const {
    static const std::vector<std::string> none;
    const auto it = m_phrases.find(category);
    return it == m_phrases.end() ? none : it->second;
}

const StatementWords& statementWords() {
    static const StatementWords words = [] {
        StatementWords loaded;
        for (const auto& file : embeddedWordlists())
            loaded.add(file.content, "resources/wordlists/" + std::string(file.name));
        return loaded;
    }();
    return words;
}

} // namespace crisis::detail
