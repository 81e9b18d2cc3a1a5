#include <crisis/time.hpp>

#include <cstdio>
#include <cstdlib>

namespace crisis {

namespace {

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

} // namespace

std::optional<Instant> parseInstant(std::string_view text) {
    using namespace std::chrono;
    // YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readDigits(text, 0, 4, y) || text.size() < 20 || text[4] != '-' || !readDigits(text, 5, 2, mo) ||
        text[7] != '-' || !readDigits(text, 8, 2, d) || (text[10] != 'T' && text[10] != 't') ||
        !readDigits(text, 11, 2, h) || text[13] != ':' || !readDigits(text, 14, 2, mi) || text[16] != ':' ||
        !readDigits(text, 17, 2, s))
        return std::nullopt;
    std::size_t pos = 19;
    int millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }
    int offsetMinutes = 0;
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos] == '+' ? 1 : -1;
        int oh = 0, om = 0;
        if (!readDigits(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
            !readDigits(text, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
        pos += 6;
    } else {
        return std::nullopt; // a time without a zone is ambiguous: refuse it
    }
    if (pos != text.size())
        return std::nullopt;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    const auto local = sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} + milliseconds{millis};
    const auto utc = time_point_cast<milliseconds>(local - minutes{offsetMinutes});
    // An offset may push the instant outside the years formatInstant can write back.
    static const auto first = sys_days{year{0} / January / 1};
    static const auto last = sys_days{year{10000} / January / 1};
    if (utc < first || utc >= last)
        return std::nullopt;
    return utc;
}

std::string formatInstant(Instant at) {
    using namespace std::chrono;
    const auto day = floor<days>(at);
    const year_month_day ymd{day};
    const hh_mm_ss hms{at - day};
    char buffer[40];
    const int ms = static_cast<int>(hms.subseconds().count());
    if (ms == 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                      static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                      static_cast<int>(hms.seconds().count()));
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                      static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                      static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                      static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()), ms);
    return buffer;
}

std::string formatSpan(Duration span) {
    using namespace std::chrono;
    const bool negative = span < Duration::zero();
    const auto total = duration_cast<seconds>(negative ? -span : span).count();
    const long long d = total / 86400, h = (total % 86400) / 3600, m = (total % 3600) / 60, s = total % 60;
    char buffer[48];
    if (d > 0)
        std::snprintf(buffer, sizeof buffer, "%s%lldd %02lldh", negative ? "-" : "", d, h);
    else if (h > 0)
        std::snprintf(buffer, sizeof buffer, "%s%lldh %02lldm", negative ? "-" : "", h, m);
    else
        std::snprintf(buffer, sizeof buffer, "%s%lldm %02llds", negative ? "-" : "", m, s);
    return buffer;
}

} // namespace crisis
