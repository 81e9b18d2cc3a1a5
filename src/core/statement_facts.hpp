#pragma once
// Facts read out of a statement for the checks: figures of people affected ("12,000 customers",
// "1.2万名客户", "约3000位用户"), calendar dates ("March 1", "2026-03-01", "3月1日") and times
// for the next update ("by 18:00", "within 24 hours", "24小时内"). All work on the normalised
// text of statement_text.hpp and return normalised byte offsets.

#include "statement_words.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace crisis::detail {

/// How a figure is meant: "12,345" exactly, "12,000" / "about" / "1.2万" roughly, "more than" /
/// "3000多" at least, "up to" / "不超过" at most.
enum class FigureBound { Exact, About, AtLeast, AtMost };

/// A number of people affected.
struct PeopleFigure {
    double value = 0;
    FigureBound bound = FigureBound::Exact;
    std::size_t begin = 0; ///< the number (a qualifier before it is not part of the span)
    std::size_t end = 0;   ///< after the people word
};

/// Every figure of people affected in normalised `text`: a number (1,234 / 1.2 / with k,
/// thousand, million, 千, 万, 百万, 亿) followed, after at most a counter (名, 位) and modifiers
/// (affected, 受影响的), by a people word (customers, 客户) in a clause that says they are affected
/// (an "affected" word: affected, affecting, 影响...); or a number after a label of people affected
/// ("Customers affected: 300", 受影响客户300名, 受影响客户：300). "We have contacted 40 customers" is
/// no figure of people affected.
std::vector<PeopleFigure> peopleFigures(std::string_view text, const StatementWords& words);

/// True when `figure` can describe `actual` people: Exact equal, About within 10 %, AtLeast
/// <= actual, AtMost >= actual.
bool figureAllows(const PeopleFigure& figure, std::int64_t actual);

/// A calendar date in the text; `year` only when written.
struct DateMention {
    std::optional<int> year;
    unsigned month = 0;
    unsigned day = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Every date in normalised `text`: 2026-03-01, March 1(st)(, 2026), 1 March (2026), Mar. 1,
/// (2026年)3月1日 / 3月1号.
std::vector<DateMention> datesIn(std::string_view text);

/// A time expression in the text.
struct TimeExpression {
    std::size_t begin = 0;
    std::size_t end = 0;
    /// A time of day (18:00, 18点), which may as well be in the past ("started at 06:40"); else a
    /// span to come ("within 24 hours", 24小时内, 每4小时).
    bool clock = false;
};

/// Every time expression in normalised `text` that can say when something happens: clock
/// times (18:00, 18：00, 18点), "within / in / every N hours", "N小时内", "每4小时"...
std::vector<TimeExpression> timeExpressions(std::string_view text);

} // namespace crisis::detail
