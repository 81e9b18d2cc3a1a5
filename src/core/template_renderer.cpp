// Strict rendering of message templates, channel length rules and the values of an incident.

#include <crisis/error.hpp>
#include <crisis/template.hpp>
#include <crisis/time.hpp>
#include <crisis/time_zone.hpp>

#include "template_scan.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <set>

namespace crisis {

namespace {

// An invalid sequence decodes as U+FFFD taking one byte; a real U+FFFD takes three.
bool isInvalid(const detail::CodePoint& cp) {
    return cp.value == 0xFFFD && cp.size == 1;
}

// GSM 03.38 basic character set (3GPP TS 23.038, 6.2.1), without the escape to the extension
// table. Printable ASCII minus ` [ \ ] ^ { | } ~ (and $ and @ are in), plus these.
bool isGsmBasicCodePoint(char32_t cp) {
    if (cp == '\n' || cp == '\r')
        return true;
    if (cp >= 0x20 && cp < 0x7F)
        return std::u32string_view(U"`[\\]^{|}~").find(cp) == std::u32string_view::npos;
    static constexpr std::u32string_view others = U"£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà";
    return others.find(cp) != std::u32string_view::npos;
}

bool isBlankValue(std::string_view value) {
    return std::all_of(value.begin(), value.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string vocabularyList() {
    std::string out;
    for (const auto name : placeholderVocabulary)
        out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

std::string fill(const detail::ScannedText& scanned, const std::map<std::string, std::string>& values) {
    std::string out;
    for (const auto& segment : scanned.segments)
        out += segment.placeholder ? values.at(std::string(segment.text)) : std::string(segment.text);
    return out;
}

// The syntax problems of a title and a body, located as `title` or `line N` of the body.
void addScanProblems(std::vector<Problem>& problems, const detail::ScannedText& title,
                     const detail::ScannedText& body) {
    for (const auto& issue : title.issues)
        problems.push_back({"title", issue.message});
    for (const auto& issue : body.issues)
        problems.push_back({"line " + std::to_string(issue.line), issue.message});
}

// 12000 as "12,000": the figure as a reader (and the statement checks) read it, in both languages.
std::string groupedNumber(long long value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (value < 0 ? "-" : "") + out;
}

} // namespace

bool isKnownPlaceholder(std::string_view name) {
    return std::find(placeholderVocabulary.begin(), placeholderVocabulary.end(), name) !=
           placeholderVocabulary.end();
}

bool isKnownChannel(std::string_view channel) {
    return std::find(knownChannels.begin(), knownChannels.end(), channel) != knownChannels.end();
}

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count)
        i += detail::decodeUtf8(text, i).size;
    return count;
}

bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto cp = detail::decodeUtf8(text, i);
        if (isInvalid(cp))
            return false;
        i += cp.size;
    }
    return true;
}

bool isGsmBasic(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto cp = detail::decodeUtf8(text, i);
        if (isInvalid(cp) || !isGsmBasicCodePoint(cp.value))
            return false;
        i += cp.size;
    }
    return true;
}

std::optional<std::size_t> channelLimit(std::string_view channel, std::string_view text) {
    if (channel == "social-post")
        return 280;
    if (channel == "sms")
        return isGsmBasic(text) ? 160 : 70;
    return std::nullopt;
}

std::vector<std::string> placeholdersIn(std::string_view text) {
    std::vector<std::string> names;
    for (const auto& segment : detail::scanTemplateText(text).segments)
        if (segment.placeholder && std::find(names.begin(), names.end(), segment.text) == names.end())
            names.emplace_back(segment.text);
    return names;
}

std::vector<Problem> templateProblems(const MessageTemplate& tmpl) {
    const auto title = detail::scanTemplateText(tmpl.title);
    const auto body = detail::scanTemplateText(tmpl.body);
    std::vector<Problem> problems;
    addScanProblems(problems, title, body);
    std::set<std::string_view> seen;
    for (const auto* scanned : {&title, &body})
        for (const auto& segment : scanned->segments)
            if (segment.placeholder && seen.insert(segment.text).second && !isKnownPlaceholder(segment.text))
                problems.push_back({"{{" + std::string(segment.text) + "}}",
                                    {"template.unknown_placeholder", {vocabularyList()}}});
    return problems;
}

RenderResult render(const MessageTemplate& tmpl, const std::map<std::string, std::string>& values) {
    const auto title = detail::scanTemplateText(tmpl.title);
    const auto body = detail::scanTemplateText(tmpl.body);
    std::vector<Problem> problems;
    addScanProblems(problems, title, body);
    // Unknown and unfilled placeholders in one list, in order of first appearance.
    std::set<std::string_view> seen;
    for (const auto* scanned : {&title, &body}) {
        for (const auto& segment : scanned->segments) {
            if (!segment.placeholder || !seen.insert(segment.text).second)
                continue;
            const std::string name(segment.text);
            const auto value = values.find(name);
            if (!isKnownPlaceholder(name))
                problems.push_back(
                    {"{{" + name + "}}", {"template.unknown_placeholder", {vocabularyList()}}});
            else if (value == values.end() || isBlankValue(value->second))
                problems.push_back({"{{" + name + "}}", {"template.unfilled", {}}});
            else if (!isValidUtf8(value->second))
                problems.push_back({"{{" + name + "}}", {"template.value_not_utf8", {}}});
        }
    }
    if (!problems.empty())
        throw ValidationError(tmpl.id, std::move(problems), "validation.summary_render");

    RenderResult result;
    result.title = fill(title, values);
    result.text = fill(body, values);
    result.length = codePointCount(result.text);
    result.limit = channelLimit(tmpl.channel, result.text);
    if (result.limit && result.length > *result.limit) {
        const bool ucs2Sms = tmpl.channel == "sms" && !isGsmBasic(result.text);
        throw Error(ErrorCode::InvalidInput,
                    {ucs2Sms ? "template.too_long_sms_ucs2" : "template.too_long",
                     {tmpl.id, tmpl.channel, std::to_string(*result.limit), std::to_string(result.length)}});
    }
    return result;
}

std::map<std::string, std::string> templateValues(const Incident& incident,
                                                  const OrganisationProfile& profile,
                                                  const std::map<std::string, std::string>& overrides,
                                                  const std::string& timeZone) {
    std::vector<Problem> problems;
    for (const auto& [name, value] : overrides)
        if (!isKnownPlaceholder(name))
            problems.push_back({name, {"template.unknown_value", {vocabularyList()}}});
    if (!timeZone.empty() && !isKnownTimeZone(timeZone))
        problems.push_back({"time_zone", {"org.time_zone", {timeZone}}});
    if (!problems.empty())
        throw ValidationError("values", std::move(problems), "validation.summary_render");

    // The reader's zone: the one asked for, else the organisation's; UTC when none is known.
    const auto local = formatInZone(incident.detectedAt, timeZone.empty() ? profile.timeZone : timeZone);
    std::map<std::string, std::string> values{
        {"incident_title", incident.title},
        {"detected_at", local.value_or(formatInstant(incident.detectedAt))},
    };
    const auto fromProfile = [&](const char* name, const std::string& value) {
        if (!value.empty())
            values[name] = value;
    };
    fromProfile("company", profile.company);
    fromProfile("support_contact", profile.supportContact);
    fromProfile("website", profile.website);
    if (incident.customersAffected)
        values["customers_affected"] = groupedNumber(*incident.customersAffected);
    for (const auto& [name, value] : overrides)
        values[name] = value;
    return values;
}

RenderResult renderForIncident(const MessageTemplate& tmpl, const Incident& incident,
                               const OrganisationProfile& profile,
                               const std::map<std::string, std::string>& overrides,
                               const std::string& timeZone) {
    std::vector<Problem> problems;
    std::map<std::string, std::string> known;
    for (const auto& [name, value] : overrides) {
        if (isKnownPlaceholder(name))
            known.emplace(name, value);
        else
            problems.push_back({name, {"template.unknown_value", {vocabularyList()}}});
    }
    std::string zone = timeZone;
    if (!zone.empty() && !isKnownTimeZone(zone)) {
        problems.push_back({"time_zone", {"org.time_zone", {zone}}});
        zone.clear();
    }
    const auto values = templateValues(incident, profile, known, zone);
    try {
        const auto result = render(tmpl, values);
        if (problems.empty())
            return result;
    } catch (const ValidationError& e) {
        problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
    throw ValidationError(tmpl.id, std::move(problems), "validation.summary_render");
}

const MessageTemplate* findTemplate(const std::vector<MessageTemplate>& templates, std::string_view id) {
    const auto it = std::find_if(templates.begin(), templates.end(),
                                 [&](const MessageTemplate& t) { return t.id == id; });
    return it == templates.end() ? nullptr : &*it;
}

} // namespace crisis
