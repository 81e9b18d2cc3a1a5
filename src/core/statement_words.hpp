#pragma once
// The statement check word lists (resources/wordlists/*.tsv, embedded at build time): per
// category, the en and zh phrases in the normal form of statement_text.hpp.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

/// Phrases by category ("apology", "promise", "negation", "next-step", "update-time",
/// "explanation", "discovery", "people", "affected", "figure-separator", "counter",
/// "figure-modifier", "approx", "at-least", "at-most"...), both languages together: a statement may mix them.
class StatementWords {
public:
    /// Adds "category<TAB>phrase" lines; '#' starts a comment line. Throws ValidationError
    /// (source: `source`) naming every malformed line; adds nothing then.
    void add(std::string_view tsv, const std::string& source);
    /// The phrases of `category`; empty for an unknown one.
    const std::vector<std::string>& operator[](std::string_view category) const;

private:
    std::map<std::string, std::vector<std::string>, std::less<>> m_phrases;
};

/// The shipped lists, loaded once.
const StatementWords& statementWords();

} // namespace crisis::detail
