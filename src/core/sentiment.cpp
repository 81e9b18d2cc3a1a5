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

bool isAsciiAlnum(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// What an emoji may carry without changing its meaning here: variation selectors and skin tones.
bool isEmojiModifier(char32_t c) {
    return c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF);
}

// A lexicon entry holding one of these is an emoticon or emoji, not a word.
bool isSymbolChar(char32_t c) {
    if (c < 0x80)
        return !isAsciiAlnum(c) && c != '\'' && c != '-' && c != ' ' && c != '\t';
    return detail::isEmoji(c) || (c >= 0x2190 && c <= 0x2BFF); // arrows, symbols, dingbats
}

// An emoticon ending like this must not run on into a character like this: ":D" in "Note:Done",
// "<3" in "<30", ":/" in "https://" are no emoticons.
bool runsOn(char32_t c) {
    return isAsciiAlnum(c) || c == '/';
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
    struct Entry {
        std::string key;
        double value;
        bool symbol;
    };
    std::vector<Problem> problems;
    std::vector<Entry> entries;
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
        // Emoticons keep their case (":D" is not ":d") and lose emoji modifiers.
        const std::string_view key = line.substr(0, tab);
        bool symbol = false;
        std::string bare;
        for (std::size_t i = 0; i < key.size();) {
            const auto cp = decodeUtf8(key, i);
            symbol = symbol || isSymbolChar(cp.value);
            if (!isEmojiModifier(cp.value))
                bare.append(key.substr(i, cp.size));
            i += cp.size;
        }
        if (bare.empty()) {
            problems.push_back({"line " + std::to_string(lineNo), {"lexicon.line", {}}});
            continue;
        }
        entries.push_back({symbol ? bare : lower(key), value, symbol});
    }
    if (!problems.empty())
        throw ValidationError(source, std::move(problems));
    for (auto& entry : entries) {
        std::size_t codePoints = 0;
        bool cjk = false;
        for (std::size_t i = 0; i < entry.key.size(); ++codePoints) {
            const auto cp = decodeUtf8(entry.key, i);
            cjk = cjk || detail::isCjk(cp.value);
            i += cp.size;
        }
        if (entry.symbol) {
            m_symbols[entry.key] = entry.value;
            m_symbolStarts.insert(decodeUtf8(entry.key, 0).value);
            m_longestSymbol = std::max(m_longestSymbol, codePoints);
            continue;
        }
        if (cjk)
            m_longestCjk = std::max(m_longestCjk, codePoints);
        m_words[entry.key] = entry.value;
    }
}

std::optional<SentimentScorer::SymbolMatch> SentimentScorer::matchSymbol(std::string_view text,
                                                                         std::size_t at) const {
    const auto first = decodeUtf8(text, at).value;
    if (isAsciiAlnum(first) && at > 0 && isAsciiAlnum(static_cast<unsigned char>(text[at - 1])))
        return std::nullopt; // "8-)" inside "x8-)" is part of a word
    // The key grows one code point at a time; modifiers are consumed but not part of it.
    struct Prefix {
        std::size_t keySize;
        std::size_t end;
        char32_t last;
    };
    std::string key;
    std::vector<Prefix> prefixes;
    std::size_t j = at;
    while (j < text.size()) {
        const auto cp = decodeUtf8(text, j);
        if (isEmojiModifier(cp.value)) {
            j += cp.size;
            if (!prefixes.empty())
                prefixes.back().end = j;
            continue;
        }
        if (prefixes.size() == m_longestSymbol)
            break;
        key.append(text.substr(j, cp.size));
        j += cp.size;
        prefixes.push_back({key.size(), j, cp.value});
    }
    for (auto p = prefixes.rbegin(); p != prefixes.rend(); ++p) {
        const auto it = m_symbols.find(key.substr(0, p->keySize));
        if (it == m_symbols.end())
            continue;
        if (runsOn(p->last) && p->end < text.size() && runsOn(decodeUtf8(text, p->end).value))
            continue;
        return SymbolMatch{it->second, p->end};
    }
    return std::nullopt;
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
        // Emoticons first: their '-' and '\'' would otherwise be read as parts of words.
        if (m_symbolStarts.contains(cp.value)) {
            if (const auto symbol = matchSymbol(text, i)) {
                tokens.push_back(
                    {Kind::Sentiment, symbol->value, std::string(text.substr(i, symbol->end - i))});
                i = symbol->end;
                continue;
            }
        }
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
            i += cp.size; // spaces, other punctuation, emoji the lexicon does not know
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
