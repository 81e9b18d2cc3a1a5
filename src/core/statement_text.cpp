// Phrase search for the statement checks (see statement_text.hpp).

#include "statement_text.hpp"

#include "utf8.hpp"

#include <algorithm>
#include <cctype>

namespace crisis::detail {

namespace {

constexpr std::string_view typographicApostrophe = "\xe2\x80\x99";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Part of a Latin word for negation ("don't" is one word).
bool isWordish(char c) {
    return isAsciiWordChar(c) || c == '\'';
}

bool startsLatin(std::string_view phrase) {
    return !phrase.empty() && isAsciiWordChar(phrase.front());
}

bool endsLatin(std::string_view phrase) {
    return !phrase.empty() && isAsciiWordChar(phrase.back());
}

bool boundaryBefore(std::string_view text, std::size_t begin, std::string_view phrase) {
    return !startsLatin(phrase) || begin == 0 || !isAsciiWordChar(text[begin - 1]);
}

bool boundaryAfter(std::string_view text, std::size_t end, std::string_view phrase) {
    return !endsLatin(phrase) || end >= text.size() || !isAsciiWordChar(text[end]);
}

bool endsSentence(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == '\n' || c == '!' || c == '?' || c == ';')
        return true;
    if (c == '.') // "1.2" and "18.00" are numbers, not sentence ends
        return !(i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                 std::isdigit(static_cast<unsigned char>(text[i + 1])));
    const auto cp = decodeUtf8(text, i).value;
    return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；';
}

// A clause break inside a sentence: a negator before it does not reach past it ("We did not act
// fast, sorry.", 原因还不清楚，抱歉。).
bool breaksClause(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == ',') // "12,000" is a number
        return !(i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                 std::isdigit(static_cast<unsigned char>(text[i + 1])));
    if (c == ':') // "18:00" is a time
        return !(i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])) && i > 0 &&
                 std::isdigit(static_cast<unsigned char>(text[i - 1])));
    const auto cp = decodeUtf8(text, i).value;
    return cp == U'，' || cp == U'、' || cp == U'：' || cp == U'—';
}

} // namespace

std::pair<std::size_t, std::size_t> clauseAround(std::string_view text, std::size_t pos) {
    const auto [sentenceBegin, sentenceEnd] = sentenceAround(text, pos);
    std::size_t begin = sentenceBegin;
    for (std::size_t i = begin; i < std::min(pos, text.size()); i += decodeUtf8(text, i).size)
        if (breaksClause(text, i))
            begin = i + decodeUtf8(text, i).size;
    std::size_t end = std::max(pos, begin);
    while (end < sentenceEnd && !breaksClause(text, end))
        end += decodeUtf8(text, end).size;
    return {begin, end};
}

bool isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string_view SearchText::originalOf(std::size_t begin, std::size_t end) const {
    return original.substr(origin[begin], origin[end] - origin[begin]);
}

SearchText prepareSearch(std::string_view text) {
    SearchText out;
    out.original = text;
    out.text.reserve(text.size());
    out.origin.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        if (isSpace(text[i])) {
            // A run of white space is one space, or one line break when it holds one: line
            // breaks end sentences.
            bool lineBreak = false;
            const auto start = i;
            for (; i < text.size() && isSpace(text[i]); ++i)
                lineBreak = lineBreak || text[i] == '\n';
            out.text += lineBreak ? '\n' : ' ';
            out.origin.push_back(start);
        } else if (text.substr(i, typographicApostrophe.size()) == typographicApostrophe) {
            out.text += '\'';
            out.origin.push_back(i);
            i += typographicApostrophe.size();
        } else {
            const char c = text[i];
            out.text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            out.origin.push_back(i);
            ++i;
        }
    }
    out.origin.push_back(text.size());
    return out;
}

std::string normalizePhrase(std::string_view phrase) {
    return prepareSearch(phrase).text;
}

std::vector<PhraseHit> findPhrases(std::string_view text, const std::vector<std::string>& phrases) {
    std::vector<PhraseHit> hits;
    for (const auto& phrase : phrases) {
        if (phrase.empty())
            continue;
        for (auto at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1))
            if (boundaryBefore(text, at, phrase) && boundaryAfter(text, at + phrase.size(), phrase))
                hits.push_back({at, at + phrase.size()});
    }
    // Longest match: order by start, longer first, and drop what a kept hit already covers.
    std::sort(hits.begin(), hits.end(), [](const PhraseHit& a, const PhraseHit& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<PhraseHit> kept;
    for (const auto& hit : hits)
        if (kept.empty() || hit.end > kept.back().end)
            kept.push_back(hit);
    return kept;
}

std::string_view longestSuffix(std::string_view text, const std::vector<std::string>& phrases) {
    std::string_view best;
    for (const auto& phrase : phrases)
        if (phrase.size() > best.size() && text.ends_with(phrase) &&
            boundaryBefore(text, text.size() - phrase.size(), phrase))
            best = phrase;
    return best;
}

std::string_view phraseAt(std::string_view text, std::size_t pos, const std::vector<std::string>& phrases) {
    std::string_view best;
    const auto rest = text.substr(std::min(pos, text.size()));
    for (const auto& phrase : phrases)
        if (phrase.size() > best.size() && rest.starts_with(phrase) &&
            boundaryAfter(text, pos + phrase.size(), phrase))
            best = phrase;
    return best;
}

std::pair<std::size_t, std::size_t> sentenceAround(std::string_view text, std::size_t pos) {
    std::size_t begin = 0;
    for (std::size_t i = 0; i < std::min(pos, text.size()); i += decodeUtf8(text, i).size)
        if (endsSentence(text, i))
            begin = i + decodeUtf8(text, i).size;
    std::size_t end = pos;
    while (end < text.size() && !endsSentence(text, end))
        end += decodeUtf8(text, end).size;
    return {begin, end};
}

bool negatedAt(std::string_view text, std::size_t pos, const std::vector<std::string>& negators) {
    const auto begin = clauseAround(text, pos).first;
    const auto isNegator = [&](std::string_view piece) {
        return std::find(negators.begin(), negators.end(), piece) != negators.end();
    };

    // Chinese: the four code points before the hit.
    std::size_t from = pos;
    for (int n = 0; n < 4 && from > begin; ++n) {
        --from;
        while (from > begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
            --from;
    }
    const auto window = text.substr(from, pos - from);
    for (const auto& negator : negators)
        if (!startsLatin(negator) && window.find(negator) != std::string_view::npos)
            return true;

    // Latin: the three words before the hit ("we do not guarantee", "this isn't our fault").
    std::size_t i = pos;
    for (int words = 0; words < 3 && i > begin; ++words) {
        while (i > begin && !isWordish(text[i - 1])) {
            if (static_cast<unsigned char>(text[i - 1]) >= 0x80)
                return false; // Chinese text before: handled above
            --i;
        }
        const auto end = i;
        while (i > begin && isWordish(text[i - 1]))
            --i;
        const auto word = text.substr(i, end - i);
        if (word.empty())
            break;
        if (isNegator(word) || word.ends_with("n't"))
            return true;
    }
    return false;
}

} // namespace crisis::detail
