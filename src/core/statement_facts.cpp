// Figures, dates and time expressions in statement text (see statement_facts.hpp).

#include "statement_facts.hpp"

#include "statement_text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <regex>
#include <string>

namespace crisis::detail {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::size_t skipSpace(std::string_view text, std::size_t i) {
    while (i < text.size() && text[i] == ' ')
        ++i;
    return i;
}

// Scale words after a number. Chinese ones need no space or boundary ("1.2万").
struct Scale {
    std::string_view word;
    double factor;
};
constexpr std::array<Scale, 8> scales{{{"thousand", 1e3},
                                       {"million", 1e6},
                                       {"k", 1e3},
                                       {"千", 1e3},
                                       {"百万", 1e6},
                                       {"万", 1e4},
                                       {"亿", 1e8},
                                       {"m", 1e6}}};

// The number starting at `i` (digits, thousands commas, decimals): its value and end.
std::optional<std::pair<double, std::size_t>> numberAt(std::string_view text, std::size_t i) {
    if (!isDigit(text[i]) ||
        (i > 0 && (isAsciiWordChar(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')))
        return std::nullopt;
    std::string digits;
    auto j = i;
    while (j < text.size() && isDigit(text[j]))
        digits += text[j++];
    while (j + 3 < text.size() && text[j] == ',' && isDigit(text[j + 1]) && isDigit(text[j + 2]) &&
           isDigit(text[j + 3]) && (j + 4 == text.size() || !isDigit(text[j + 4]))) {
        digits.append(text.substr(j + 1, 3));
        j += 4;
    }
    if (j + 1 < text.size() && text[j] == '.' && isDigit(text[j + 1])) {
        digits += text[j++];
        while (j < text.size() && isDigit(text[j]))
            digits += text[j++];
    }
    return std::pair{std::stod(digits), j};
}

FigureBound qualifierBound(std::string_view before, const StatementWords& words) {
    while (!before.empty() && before.back() == ' ')
        before.remove_suffix(1);
    FigureBound bound = FigureBound::Exact;
    std::size_t longest = 0;
    for (const auto& [category, kind] :
         {std::pair{"approx", FigureBound::About}, std::pair{"at-least", FigureBound::AtLeast},
          std::pair{"at-most", FigureBound::AtMost}}) {
        const auto found = longestSuffix(before, words[category]);
        if (found.size() > longest) {
            longest = found.size();
            bound = kind;
        }
    }
    return bound;
}

std::string_view trimEnd(std::string_view text) {
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// The start of a label of people affected that ends just before the number at `number`
// ("customers affected:", "affected users", 受影响客户, 受影响的客户为), after an optional
// qualifier ("about", 约); nullopt when there is none.
std::optional<std::size_t> affectedLabelBefore(std::string_view text, std::size_t sentenceBegin,
                                               std::size_t number, const StatementWords& words) {
    auto before = trimEnd(text.substr(sentenceBegin, number - sentenceBegin));
    const auto strip = [&](std::string_view category) {
        const auto found = longestSuffix(before, words[category]);
        before = trimEnd(before.substr(0, before.size() - found.size()));
        return !found.empty();
    };
    for (const auto* qualifier : {"approx", "at-least", "at-most"})
        if (strip(qualifier))
            break;
    strip("figure-separator");
    const auto label = before;
    // The label's start when it ends with `last` preceded by `first`.
    const auto startOf = [&](std::string_view last, std::string_view first) -> std::optional<std::size_t> {
        before = label;
        if (strip(last) && strip(first))
            return skipSpace(text, sentenceBegin + before.size());
        return std::nullopt;
    };
    // "affected customers" / 受影响的客户, or "customers affected" / 客户受影响.
    if (const auto start = startOf("people", "affected"))
        return start;
    return startOf("affected", "people");
}

} // namespace

std::vector<PeopleFigure> peopleFigures(std::string_view text, const StatementWords& words) {
    const auto& affected = words["affected"];
    const auto isAffected = [&](std::string_view phrase) {
        return std::find(affected.begin(), affected.end(), phrase) != affected.end();
    };
    std::vector<PeopleFigure> figures;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto number = numberAt(text, i);
        if (!number)
            continue;
        auto [value, j] = *number;
        bool scaled = false;
        for (const auto& scale : scales) {
            const auto at = skipSpace(text, j);
            const auto word =
                phraseAt(text, isAsciiWordChar(scale.word[0]) ? at : j, {std::string(scale.word)});
            if (!word.empty()) {
                value *= scale.factor;
                j = (isAsciiWordChar(scale.word[0]) ? at : j) + word.size();
                scaled = true;
                break;
            }
        }
        bool atLeast = false;
        for (const std::string_view more : {"+", "多", "余"})
            if (text.substr(j).starts_with(more)) {
                atLeast = true;
                j += more.size();
            }
        auto k = skipSpace(text, j);
        const auto counter = phraseAt(text, k, words["counter"]);
        k += counter.size();
        bool affectedModifier = false;
        for (int n = 0; n < 3; ++n) {
            const auto at = skipSpace(text, k);
            const auto modifier = phraseAt(text, at, words["figure-modifier"]);
            if (modifier.empty())
                break;
            affectedModifier = affectedModifier || isAffected(modifier);
            k = at + modifier.size();
        }
        k = skipSpace(text, k);
        const auto noun = phraseAt(text, k, words["people"]);
        const auto sentenceBegin = sentenceAround(text, i).first;
        std::optional<PeopleFigure> figure;
        if (!noun.empty()) {
            // "12,000 customers are affected", "affecting 300 users"; not "we contacted 40 customers".
            const auto [clauseBegin, clauseEnd] = clauseAround(text, i);
            if (affectedModifier ||
                !findPhrases(text.substr(clauseBegin, clauseEnd - clauseBegin), affected).empty())
                figure = PeopleFigure{value, FigureBound::Exact, i, k + noun.size()};
        } else if (const auto label = affectedLabelBefore(text, sentenceBegin, i, words)) {
            // "Customers affected: 300", 受影响客户300名, 受影响客户：300.
            const auto end = counter.empty() ? j : skipSpace(text, j) + counter.size();
            figure = PeopleFigure{value, FigureBound::Exact, *label, end};
        }
        if (!figure) {
            i = std::max(i, (noun.empty() ? j : k + noun.size())) - 1;
            continue;
        }
        figure->bound = atLeast ? FigureBound::AtLeast
                                : qualifierBound(text.substr(sentenceBegin, i - sentenceBegin), words);
        // A round figure is a rounded one: "12,000 customers" for 12,345 is fair.
        if (figure->bound == FigureBound::Exact && (scaled || (value >= 100 && std::fmod(value, 100) == 0)))
            figure->bound = FigureBound::About;
        figures.push_back(*figure);
        i = std::max(i, figure->end - 1);
    }
    return figures;
}

bool figureAllows(const PeopleFigure& figure, std::int64_t actual) {
    const auto real = static_cast<double>(actual);
    switch (figure.bound) {
    case FigureBound::Exact:
        return std::llround(figure.value) == actual;
    case FigureBound::About:
        return std::fabs(real - figure.value) <= 0.1 * figure.value;
    case FigureBound::AtLeast:
        return real >= figure.value;
    case FigureBound::AtMost:
        return real <= figure.value;
    }
    return true;
}

std::vector<DateMention> datesIn(std::string_view text) {
    static const std::string months = "(january|february|march|april|may|june|july|august|september|october|"
                                      "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    static const std::regex iso(R"(\b(\d{4})-(\d{1,2})-(\d{1,2})\b)");
    static const std::regex chinese("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})(?:日|号)");
    static const std::regex monthDay("\\b" + months +
                                     "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?");
    static const std::regex dayMonth("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + months +
                                     "\\b(?:,? (\\d{4})\\b)?");
    const auto monthNumber = [](const std::string& name) {
        static const std::array<std::string_view, 12> prefixes{"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
        for (unsigned m = 0; m < prefixes.size(); ++m)
            if (name.starts_with(prefixes[m]))
                return m + 1;
        return 0u;
    };
    const auto year = [](const std::csub_match& m) {
        return m.matched ? std::optional<int>(std::stoi(m.str())) : std::nullopt;
    };

    std::vector<DateMention> dates;
    const auto add = [&](const std::cmatch& m, std::optional<int> y, unsigned month, unsigned day) {
        const auto begin = static_cast<std::size_t>(m.position(0));
        dates.push_back({y, month, day, begin, begin + static_cast<std::size_t>(m.length(0))});
    };
    const auto each = [&](const std::regex& re, auto&& onMatch) {
        for (std::cregex_iterator it(text.data(), text.data() + text.size(), re), end; it != end; ++it)
            onMatch(*it);
    };
    each(iso, [&](const std::cmatch& m) {
        add(m, year(m[1]), static_cast<unsigned>(std::stoi(m[2])), static_cast<unsigned>(std::stoi(m[3])));
    });
    each(chinese, [&](const std::cmatch& m) {
        add(m, year(m[1]), static_cast<unsigned>(std::stoi(m[2])), static_cast<unsigned>(std::stoi(m[3])));
    });
    each(monthDay, [&](const std::cmatch& m) {
        add(m, year(m[3]), monthNumber(m[1]), static_cast<unsigned>(std::stoi(m[2])));
    });
    each(dayMonth, [&](const std::cmatch& m) {
        add(m, year(m[3]), monthNumber(m[2]), static_cast<unsigned>(std::stoi(m[1])));
    });
    return dates;
}

std::vector<TimeExpression> timeExpressions(std::string_view text) {
    static const std::string cjkNumber = "(?:\\d+|(?:一|二|两|三|四|五|六|七|八|九|十|半)+)";
    static const std::string cjkUnit = "(?:个)?(?:小时|钟头|分钟|天|日|个工作日|工作日)";
    static const std::array<std::regex, 5> patterns{
        std::regex("\\b\\d{1,2}(?::|：)\\d{2}\\b"),
        std::regex("\\b(?:within|in|every|next|by) (?:the next )?(?:\\d+|an?|one|two|three|four|five|six|"
                   "eight|twelve|twenty-four|48|72) (?:minutes?|mins?|hours?|hrs?|days?|business days?)\\b"),
        std::regex(cjkNumber + cjkUnit + "(?:内|后|之内|以内)"), std::regex("每" + cjkNumber + "?" + cjkUnit),
        std::regex("\\d{1,2}(?:点|时)(?:前|之前|以前|左右|整|半)?")};
    std::vector<TimeExpression> found;
    for (std::size_t n = 0; n < patterns.size(); ++n)
        for (std::cregex_iterator it(text.data(), text.data() + text.size(), patterns[n]), end; it != end;
             ++it)
            found.push_back({static_cast<std::size_t>(it->position(0)),
                             static_cast<std::size_t>(it->position(0) + it->length(0)),
                             n == 0 || n == patterns.size() - 1});
    return found;
}

} // namespace crisis::detail
