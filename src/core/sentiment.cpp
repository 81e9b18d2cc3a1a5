#include <crisis/error.hpp>
#include <crisis/sentiment.hpp>

#include "embedded_files.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace crisis {

namespace {

using detail::decodeUtf8;

// Words that turn the next sentiment word around, make it stronger, or weaken what came before.
const std::unordered_map<std::string, double>& intensifiers() {
    static const std::unordered_map<std::string, double> words{
        {"very", 1.5},       {"extremely", 1.8}, {"really", 1.4},     {"so", 1.4},   {"totally", 1.5},
        {"absolutely", 1.6}, {"super", 1.5},     {"incredibly", 1.7}, {"too", 1.3},  {"非常", 1.6},
        {"太", 1.5},         {"很", 1.3},        {"特别", 1.5},       {"十分", 1.5}, {"超", 1.5},
        {"极其", 1.8},       {"真", 1.3},        {"真的", 1.3},       {"超级", 1.6}, {"相当", 1.4}};
    return words;
}

bool isNegator(const std::string& w) {
    static const std::unordered_map<std::string, bool> words{
        {"not", true},     {"no", true},      {"never", true},   {"don't", true},   {"dont", true},
        {"doesn't", true}, {"doesnt", true},  {"isn't", true},   {"isnt", true},    {"wasn't", true},
        {"aren't", true},  {"can't", true},   {"cant", true},    {"won't", true},   {"didn't", true},
        {"didnt", true},   {"haven't", true}, {"hasn't", true},  {"nothing", true}, {"nobody", true},
        {"hardly", true},  {"without", true}, {"neither", true}, {"nor", true},     {"不", true},
        {"没", true},      {"没有", true},    {"别", true},      {"未", true},      {"无", true},
        {"不是", true},    {"并不", true},    {"从不", true},    {"不太", true}};
    return words.contains(w);
}

bool isContrast(const std::string& w) {
    static const std::unordered_map<std::string, bool> words{
        {"but", true}, {"however", true}, {"though", true}, {"yet", true},  {"但是", true},
        {"但", true},  {"可是", true},    {"不过", true},   {"然而", true}, {"只是", true}};
    return words.contains(w);
}

bool isBoundary(char32_t c) {
    return c == '.' || c == '?' || c == ';' || c == ',' || c == U'。' || c == U'？' || c == U'；' ||
           c == U'，' || c == '\n';
}

bool isWordChar(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
           c == '-' || c == U'’';
}

enum class Kind { Sentiment, Negator, Intensifier, Contrast, Boundary, Other };

struct Token {
    Kind kind = Kind::Other;
    double value = 0.0; // valence, or multiplier for intensifiers
    std::string text;
};

std::string lower(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.substr(i, 3) == "\xe2\x80\x99") { // the typographic apostrophe reads as '
            out += '\'';
            i += 2;
            continue;
        }
        const char c = word[i];
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

} // namespace

std::string_view sentimentLabelName(SentimentLabel label) {
    switch (label) {
    case SentimentLabel::Negative:
        return "negative";
    case SentimentLabel::Positive:
        return "positive";
    case SentimentLabel::Neutral:
        return "neutral";
    }
    return "neutral";
}

SentimentScorer::SentimentScorer() {
    for (const auto& file : detail::embeddedLexicons())
        addLexicon(file.content, "resources/lexicons/" + std::string(file.name));
}

void SentimentScorer::addLexicon(std::string_view tsv, const std::string& source) {
    std::vector<Problem> problems;
    std::vector<std::pair<std::string, double>> entries;
    std::size_t lineNo = 0;
    std::size_t start = 0;
    while (start <= tsv.size()) {
        const auto end = std::min(tsv.find('\n', start), tsv.size());
        std::string_view line = tsv.substr(start, end - start);
        start = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto tab = line.find('\t');
        double value = 0;
        const auto number = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
        const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
        if (tab == 0 || tab == std::string_view::npos || ec != std::errc() ||
            ptr != number.data() + number.size() || !std::isfinite(value) || value < -5 || value > 5) {
            problems.push_back({"line " + std::to_string(lineNo), {"lexicon.line", {}}});
            continue;
        }
        entries.emplace_back(lower(line.substr(0, tab)), value);
    }
    if (!problems.empty())
        throw ValidationError(source, std::move(problems));
    for (auto& [word, value] : entries) {
        std::size_t codePoints = 0;
        bool cjk = false;
        for (std::size_t i = 0; i < word.size(); ++codePoints) {
            const auto cp = decodeUtf8(word, i);
            cjk = cjk || detail::isCjk(cp.value);
            i += cp.size;
        }
        if (cjk)
            m_longestCjk = std::max(m_longestCjk, codePoints);
        m_words[word] = value;
    }
}

Sentiment SentimentScorer::score(std::string_view text) const {
    std::vector<Token> tokens;
    int exclamations = 0;
    auto classify = [&](const std::string& word) -> std::optional<Token> {
        if (isNegator(word))
            return Token{Kind::Negator, 0, word};
        if (isContrast(word))
            return Token{Kind::Contrast, 0, word};
        if (const auto it = intensifiers().find(word); it != intensifiers().end())
            return Token{Kind::Intensifier, it->second, word};
        if (const auto it = m_words.find(word); it != m_words.end())
            return Token{Kind::Sentiment, it->second, word};
        return std::nullopt;
    };

    std::size_t i = 0;
    while (i < text.size()) {
        const auto cp = decodeUtf8(text, i);
        if (cp.value < 0x80 && isWordChar(cp.value)) {
            std::size_t end = i;
            while (end < text.size() && isWordChar(decodeUtf8(text, end).value))
                end += decodeUtf8(text, end).size;
            const std::string word = lower(text.substr(i, end - i));
            // A two-word phrase ("never again", "well done") wins over its parts.
            std::size_t next = end;
            while (next < text.size() && text[next] == ' ')
                ++next;
            std::size_t nextEnd = next;
            while (nextEnd < text.size() && isWordChar(decodeUtf8(text, nextEnd).value))
                nextEnd += decodeUtf8(text, nextEnd).size;
            if (nextEnd > next) {
                const std::string phrase = word + " " + lower(text.substr(next, nextEnd - next));
                if (const auto it = m_words.find(phrase); it != m_words.end()) {
                    tokens.push_back({Kind::Sentiment, it->second, phrase});
                    i = nextEnd;
                    continue;
                }
            }
            tokens.push_back(classify(word).value_or(Token{Kind::Other, 0, word}));
            i = end;
        } else if (detail::isCjk(cp.value)) {
            // Longest match: the longest lexicon (or function-word) entry starting here.
            std::vector<std::size_t> ends; // byte end after 1, 2, ... CJK code points
            std::size_t j = i;
            while (j < text.size() && ends.size() < std::max<std::size_t>(m_longestCjk, 3)) {
                const auto c = decodeUtf8(text, j);
                if (!detail::isCjk(c.value))
                    break;
                j += c.size;
                ends.push_back(j);
            }
            bool matched = false;
            for (auto n = ends.size(); n > 0 && !matched; --n) {
                const std::string piece(text.substr(i, ends[n - 1] - i));
                if (auto token = classify(piece)) {
                    tokens.push_back(*token);
                    i = ends[n - 1];
                    matched = true;
                }
            }
            if (!matched) {
                tokens.push_back({Kind::Other, 0, std::string(text.substr(i, cp.size))});
                i += cp.size;
            }
        } else if (cp.value == '!' || cp.value == U'！') {
            ++exclamations;
            i += cp.size;
        } else if (isBoundary(cp.value)) {
            tokens.push_back({Kind::Boundary, 0, {}});
            i += cp.size;
        } else {
            // Emoji and emoticons: the longest lexicon entry of up to three code points here.
            std::size_t j = i;
            std::vector<std::size_t> ends;
            while (j < text.size() && ends.size() < 3) {
                const auto c = decodeUtf8(text, j);
                if (c.value == ' ' || (c.value < 0x80 && isWordChar(c.value) && ends.size() > 0 &&
                                       !(c.value == 'D' || c.value == 'P')))
                    break;
                j += c.size;
                if (c.value != 0xFE0F) // the emoji presentation selector adds nothing
                    ends.push_back(j);
            }
            bool matched = false;
            for (auto n = ends.size(); n > 0 && !matched; --n) {
                std::string piece(text.substr(i, ends[n - 1] - i));
                if (const auto it = m_words.find(piece); it != m_words.end()) {
                    tokens.push_back({Kind::Sentiment, it->second, piece});
                    i = ends[n - 1];
                    matched = true;
                }
            }
            if (!matched)
                i += cp.size;
        }
    }

    // "好" before a negative word means "very" (好慢 = very slow), not "good".
    for (std::size_t t = 0; t + 1 < tokens.size(); ++t)
        if (tokens[t].text == "好" && tokens[t + 1].kind == Kind::Sentiment && tokens[t + 1].value < 0)
            tokens[t] = {Kind::Intensifier, 1.4, "好"};

    double sum = 0;
    double factor = 1.0; // after a contrast word, what follows counts more
    double boost = 1.0;
    int negationWindow = 0;
    for (const auto& token : tokens) {
        switch (token.kind) {
        case Kind::Negator:
            negationWindow = 3;
            break;
        case Kind::Intensifier:
            boost *= token.value;
            break;
        case Kind::Contrast:
            sum *= 0.5;
            factor = 1.5;
            negationWindow = 0;
            boost = 1.0;
            break;
        case Kind::Boundary:
            negationWindow = 0;
            boost = 1.0;
            break;
        case Kind::Sentiment: {
            double value = token.value * boost;
            if (negationWindow > 0)
                value *= -0.75;
            sum += value * factor;
            negationWindow = 0;
            boost = 1.0;
            break;
        }
        case Kind::Other:
            if (negationWindow > 0)
                --negationWindow;
            break;
        }
    }
    if (sum != 0.0)
        sum += (sum > 0 ? 1 : -1) * 0.29 * std::min(exclamations, 3);
    Sentiment result;
    result.score = sum / std::sqrt(sum * sum + 15.0);
    result.label = result.score >= 0.05    ? SentimentLabel::Positive
                   : result.score <= -0.05 ? SentimentLabel::Negative
                                           : SentimentLabel::Neutral;
    return result;
}

} // namespace crisis
