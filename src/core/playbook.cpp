#include <crisis/error.hpp>
#include <crisis/playbook.hpp>

#include "embedded_files.hpp"

#include <algorithm>
#include <charconv>

namespace crisis {

const std::string& LocalizedText::in(Language lang) const {
    if (lang == Language::Zh)
        return zh.empty() ? en : zh;
    return en.empty() ? zh : en;
}

std::optional<DueOffset> DueOffset::parseUnbounded(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 9)
        return std::nullopt;
    DueOffset offset;
    std::from_chars(text.data(), text.data() + digits, offset.amount);
    const auto unit = text.substr(digits);
    if (unit == "m")
        offset.unit = Unit::Minutes;
    else if (unit == "h")
        offset.unit = Unit::Hours;
    else if (unit == "d")
        offset.unit = Unit::Days;
    else if (unit == "bd")
        offset.unit = Unit::BusinessDays;
    else if (unit == "mo")
        offset.unit = Unit::Months;
    else
        return std::nullopt;
    return offset;
}

std::optional<DueOffset> DueOffset::parse(std::string_view text) {
    auto offset = parseUnbounded(text);
    // No deadline in crisis work is ten years away; the cap keeps every date computation in
    // range (and a typo like "9999999bd" from freezing the console).
    static constexpr std::array<long long, 5> maxAmount{10LL * 365 * 24 * 60, 10LL * 365 * 24, 10LL * 365,
                                                        10LL * 261, 10LL * 12};
    if (offset && offset->amount > maxAmount[static_cast<std::size_t>(offset->unit)])
        return std::nullopt;
    return offset;
}

std::string DueOffset::toString() const {
    static constexpr std::array<std::string_view, 5> suffix{"m", "h", "d", "bd", "mo"};
    return std::to_string(amount) + std::string(suffix[static_cast<std::size_t>(unit)]);
}

Instant DueOffset::addTo(Instant start) const {
    using namespace std::chrono;
    switch (unit) {
    case Unit::Minutes:
        return start + minutes{amount};
    case Unit::Hours:
        return start + hours{amount};
    case Unit::Days:
        return start + days{amount};
    case Unit::BusinessDays: {
        // Count Mon–Fri in UTC; a start on a weekend counts from the next Monday's time of day.
        auto day = floor<days>(start);
        const auto timeOfDay = start - day;
        long long left = amount;
        // Whole weeks first (5 business days each), then day by day.
        while (left > 5) {
            day += days{7};
            left -= 5;
        }
        while (left > 0) {
            day += days{1};
            const weekday wd{day};
            if (wd != Saturday && wd != Sunday)
                --left;
        }
        return day + timeOfDay;
    }
    case Unit::Months: {
        const auto day = floor<days>(start);
        const auto timeOfDay = start - day;
        year_month_day ymd{day};
        ymd += months{amount};
        if (!ymd.ok()) // 31 Jan + 1 month: clamp to the month's last day
            ymd = ymd.year() / ymd.month() / last;
        return sys_days{ymd} + timeOfDay;
    }
    }
    return start;
}

const ClockDef* Playbook::clock(std::string_view clockId) const {
    for (const auto& c : clocks)
        if (c.id == clockId)
            return &c;
    return nullptr;
}

std::optional<Phase> Playbook::phaseOfItem(std::string_view itemId) const {
    for (const auto& [phase, items] : checklists)
        for (const auto& item : items)
            if (item.id == itemId)
                return phase;
    return std::nullopt;
}

const std::vector<ChecklistItem>& Playbook::checklist(Phase phase) const {
    static const std::vector<ChecklistItem> none;
    const auto it = checklists.find(phase);
    return it == checklists.end() ? none : it->second;
}

std::vector<Playbook> defaultPlaybooks() {
    std::vector<Playbook> result;
    for (const auto& file : detail::embeddedPlaybooks())
        result.push_back(parsePlaybook(file.content, "resources/playbooks/" + std::string(file.name)));
    return result;
}

} // namespace crisis
