#pragma once
// Offline sentiment for English and Chinese social posts: a lexicon scorer with negation,
// intensifiers, contrast ("but" / 但是), emoji and emoticons. Chinese is matched by longest
// match over the lexicon, so no word segmentation library is needed.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace crisis {

/// Sentiment classes.
enum class SentimentLabel { Negative, Neutral, Positive };
/// "negative", "neutral", "positive".
std::string_view sentimentLabelName(SentimentLabel label);

/// A score in [-1, 1] and its label.
struct Sentiment {
    double score = 0.0;
    SentimentLabel label = SentimentLabel::Neutral;
};

/// Scores text. Starts with the shipped crisis lexicons (resources/lexicons/, en and zh);
/// more can be added in the common "word<TAB>score" format (scores -3..3 as in the shipped
/// files; a later entry for the same word wins). Entries made of letters, digits, `'` and `-`
/// are words, matched case-insensitively; entries holding punctuation or an emoji (`:-)`,
/// `:D`, `<3`, `😡`) are emoticons, matched exactly as written wherever they stand ("sad:-(",
/// "收到了:D"), except that one ending in a letter, digit or `/` must not run on into another
/// (`Note:Done`, `<30`, `https://` hold none). Emoji variation selectors and skin tones are
/// ignored.
class SentimentScorer {
public:
    SentimentScorer();

    /// Adds entries from "word<TAB>score" lines; '#' starts a comment line. Throws
    /// ValidationError naming every bad line (`line N`) and adds nothing on any error.
    void addLexicon(std::string_view tsv, const std::string& source);
    /// Number of lexicon entries (words and emoticons).
    std::size_t size() const { return m_words.size() + m_symbols.size(); }

    /// Scores `text`: |score| >= 0.05 gives a positive or negative label.
    Sentiment score(std::string_view text) const;

private:
    struct SymbolMatch {
        double value = 0;
        std::size_t end = 0; ///< byte after the match
    };
    /// The longest emoticon or emoji entry starting at byte `at` of `text`, if any.
    std::optional<SymbolMatch> matchSymbol(std::string_view text, std::size_t at) const;

    std::unordered_map<std::string, double> m_words;   ///< lower-cased words and phrases
    std::unordered_map<std::string, double> m_symbols; ///< emoticons and emoji, as written
    std::unordered_set<char32_t> m_symbolStarts;       ///< first code point of each symbol entry
    std::size_t m_longestCjk = 1;                      ///< longest Chinese entry, in code points
    std::size_t m_longestSymbol = 1;                   ///< longest symbol entry, in code points
};

} // namespace crisis
