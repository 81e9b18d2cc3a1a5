#pragma once
// Offline sentiment for English and Chinese social posts: a lexicon scorer with negation,
// intensifiers, contrast ("but" / 但是), emoji and emoticons. Chinese is matched by longest
// match over the lexicon, so no word segmentation library is needed.

#include <string>
#include <string_view>
#include <unordered_map>

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
/// files; a later entry for the same word wins).
class SentimentScorer {
public:
    SentimentScorer();

    /// Adds entries from "word<TAB>score" lines; '#' starts a comment line. Throws
    /// ValidationError naming every bad line (`line N`) and adds nothing on any error.
    void addLexicon(std::string_view tsv, const std::string& source);
    /// Number of lexicon entries.
    std::size_t size() const { return m_words.size(); }

    /// Scores `text`: |score| >= 0.05 gives a positive or negative label.
    Sentiment score(std::string_view text) const;

private:
    std::unordered_map<std::string, double> m_words;
    std::size_t m_longestCjk = 1; ///< longest Chinese entry, in code points
};

} // namespace crisis
