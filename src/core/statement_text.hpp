#pragma once
// Text search for the statement checks: phrases of the statement word lists found in en and zh
// text without a word segmenter (Latin phrases on word boundaries, Chinese by longest match, as
// the sentiment lexicon walk), sentences, and negation just before a hit.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

/// Text prepared for search: ASCII lower-cased, typographic apostrophes as ', every run of white
/// space as one space. `origin[i]` is the byte offset in the original of byte i of `text` (one
/// more entry for the end), so a hit can be reported as the user wrote it.
struct SearchText {
    std::string text;
    std::vector<std::size_t> origin;
    std::string_view original;

    /// The original text of normalised bytes [begin, end).
    std::string_view originalOf(std::size_t begin, std::size_t end) const;
};

/// Prepares `text` for search. `text` must outlive the result.
SearchText prepareSearch(std::string_view text);
/// A word-list phrase in the same normal form as SearchText::text.
std::string normalizePhrase(std::string_view phrase);

/// One occurrence of a phrase, as normalised byte offsets.
struct PhraseHit {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Every occurrence in `text` (normalised) of a phrase of `phrases` (normalised). A phrase
/// starting or ending with an ASCII letter or digit matches only on a word boundary there; a hit
/// inside a longer hit is dropped (longest match). Sorted by position.
std::vector<PhraseHit> findPhrases(std::string_view text, const std::vector<std::string>& phrases);

/// The longest phrase of `phrases` that `text` ends with (on a word boundary for Latin), or
/// an empty view. Used for qualifiers just before a figure ("about", 约).
std::string_view longestSuffix(std::string_view text, const std::vector<std::string>& phrases);

/// The phrase of `phrases` starting at `pos` (longest first; word boundary at its end for Latin),
/// or an empty view.
std::string_view phraseAt(std::string_view text, std::size_t pos, const std::vector<std::string>& phrases);

/// The sentence of normalised `text` holding byte `pos`, as [begin, end). Sentences end at . ! ?
/// ; and their full-width forms and at a line break; a '.' between digits ("1.2") does not.
std::pair<std::size_t, std::size_t> sentenceAround(std::string_view text, std::size_t pos);

/// The clause of normalised `text` holding byte `pos`, as [begin, end): its sentence cut at
/// , : ， 、 ： and — ("12,000" and "18:00" do not cut).
std::pair<std::size_t, std::size_t> clauseAround(std::string_view text, std::size_t pos);

/// True when a negator of `negators` stands just before `pos` in its clause (the sentence up to
/// `pos`, clauseAround): one of the three words before it (Latin), or
/// within the four code points before it (Chinese).
bool negatedAt(std::string_view text, std::size_t pos, const std::vector<std::string>& negators);

/// True for an ASCII letter or digit (the characters that make a Latin word boundary).
bool isAsciiWordChar(char c);

} // namespace crisis::detail
