// Validation of the organisation profile (organisation.hpp).

#include <crisis/organisation.hpp>
#include <crisis/time_zone.hpp>

#include "json_reader.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

namespace crisis {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::string> trimmedList(const std::vector<std::string>& items, int (*caseOf)(int)) {
    std::vector<std::string> out;
    for (const auto& item : items) {
        auto t = trimmed(item);
        if (t.empty())
            continue;
        std::transform(t.begin(), t.end(), t.begin(),
                       [caseOf](unsigned char c) { return static_cast<char>(caseOf(c)); });
        out.push_back(std::move(t));
    }
    return out;
}

constexpr std::size_t maxText = 200;

void checkText(std::vector<Problem>& problems, const std::string& value, const char* pointer) {
    std::size_t length = 0;
    bool control = false;
    for (std::size_t i = 0; i < value.size(); ++length) {
        const auto cp = detail::decodeUtf8(value, i);
        control = control || cp.value < 0x20 || cp.value == 0x7F;
        i += cp.size;
    }
    if (control)
        problems.push_back({pointer, {"org.one_line", {}}});
    if (length > maxText)
        problems.push_back({pointer, {"org.too_long", {std::to_string(maxText)}}});
}

template <typename Valid>
void checkList(std::vector<Problem>& problems, const std::vector<std::string>& items, const char* pointer,
               const char* messageId, Valid valid) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto ptr = detail::JsonReader::child(pointer, i);
        if (!valid(items[i]))
            problems.push_back({ptr, {messageId, {items[i]}}});
        else if (!seen.insert(items[i]).second)
            problems.push_back({ptr, {"org.repeated", {items[i]}}});
    }
}

} // namespace

OrganisationProfile normalisedOrganisation(OrganisationProfile p) {
    p.company = trimmed(p.company);
    p.supportContact = trimmed(p.supportContact);
    p.website = trimmed(p.website);
    p.timeZone = trimmed(p.timeZone);
    p.markets = trimmedList(p.markets, [](int c) { return std::toupper(c); });
    p.languages = trimmedList(p.languages, [](int c) { return std::tolower(c); });
    return p;
}

std::vector<Problem> organisationProblems(const OrganisationProfile& p) {
    std::vector<Problem> problems;
    checkText(problems, p.company, "/company");
    checkText(problems, p.supportContact, "/support_contact");
    checkText(problems, p.website, "/website");
    if (p.website.find_first_of(" \t") != std::string::npos)
        problems.push_back({"/website", {"org.website_spaces", {}}});
    static const std::regex market("^[A-Z]{2}$");
    static const std::regex language("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    checkList(problems, p.markets, "/markets", "org.market",
              [](const std::string& m) { return std::regex_match(m, market); });
    checkList(problems, p.languages, "/languages", "org.language",
              [](const std::string& l) { return std::regex_match(l, language); });
    if (!p.timeZone.empty() && !isKnownTimeZone(p.timeZone))
        problems.push_back({"/time_zone", {"org.time_zone", {p.timeZone}}});
    return problems;
}

} // namespace crisis
