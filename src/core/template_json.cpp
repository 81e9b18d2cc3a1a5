// The template kit file format (docs/templates.md): strict reading, and the shipped kit.

#include <crisis/error.hpp>
#include <crisis/playbook.hpp>
#include <crisis/template.hpp>

#include "embedded_files.hpp"
#include "json_reader.hpp"
#include "playbook_fields.hpp"
#include "template_scan.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace crisis {

namespace {

using detail::JsonReader;
using nlohmann::json;

constexpr std::string_view formatTag = "crisisdesk.templates/1";

std::string joined(const auto& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + std::string(item);
    return out;
}

bool isKnownCrisisType(std::string_view type) {
    return std::find(knownCrisisTypes.begin(), knownCrisisTypes.end(), type) != knownCrisisTypes.end();
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts(1);
    for (const char c : text) {
        if (c == separator)
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

// Problems of one text field of a template, located by the field's JSON pointer.
void checkText(JsonReader& r, const std::string& text, const std::string& pointer) {
    const auto scanned = detail::scanTemplateText(text);
    for (const auto& issue : scanned.issues)
        r.problem(pointer, issue.message);
    std::set<std::string_view> seen;
    for (const auto& segment : scanned.segments)
        if (segment.placeholder && seen.insert(segment.text).second && !isKnownPlaceholder(segment.text))
            r.problem(pointer, {"template.unknown_placeholder_in",
                                {std::string(segment.text), joined(placeholderVocabulary)}});
}

// A body whose fixed text alone is over its channel's limit can never be sent.
void checkFixedLength(JsonReader& r, const std::string& body, const std::string& channel,
                      const std::string& pointer) {
    std::string fixed;
    for (const auto& segment : detail::scanTemplateText(body).segments)
        if (!segment.placeholder)
            fixed += segment.text;
    const auto limit = channelLimit(channel, fixed);
    const auto length = codePointCount(fixed);
    if (limit && length > *limit)
        r.problem(pointer,
                  {"template.fixed_too_long", {std::to_string(length), channel, std::to_string(*limit)}});
}

const DueOffset defaultReviewInterval{6, DueOffset::Unit::Months};

// `kitType`: the kit's crisis type ("" when the kit has none or an unknown one); `kitTyped`:
// whether the kit names one at all (then a template need not).
MessageTemplate readTemplate(JsonReader& r, const json& value, const std::string& pointer,
                             std::string kitType, bool kitTyped, DueOffset kitReview,
                             std::set<std::string>& ids) {
    MessageTemplate t;
    t.reviewInterval = kitReview;
    if (!r.object(value, pointer, {"id", "channel", "language", "title", "body"},
                  {"crisis_type", "review_interval"}))
        return t;
    if (auto type = r.string(value, "crisis_type", pointer)) {
        if (!isKnownCrisisType(*type))
            r.problem(JsonReader::child(pointer, "crisis_type"),
                      {"playbook.crisis_type", {*type, joined(knownCrisisTypes)}});
        else if (kitTyped && !kitType.empty() && *type != kitType)
            r.problem(JsonReader::child(pointer, "crisis_type"),
                      {"template.crisis_type_mismatch", {*type, kitType}});
        else
            kitType = *type;
    } else if (!kitTyped) {
        r.problem(pointer, {"template.crisis_type_missing", {}});
    }
    t.crisisType = kitType;
    if (value.contains("review_interval"))
        t.reviewInterval = detail::readDueOffset(r, value, "review_interval", pointer);
    const auto channel = r.string(value, "channel", pointer);
    if (channel && !isKnownChannel(*channel))
        r.problem(JsonReader::child(pointer, "channel"),
                  {"template.channel", {*channel, joined(knownChannels)}});
    t.channel = channel.value_or("");
    const auto language = r.string(value, "language", pointer);
    if (language && *language != "en" && *language != "zh")
        r.problem(JsonReader::child(pointer, "language"), {"template.language", {*language}});
    t.language = language == "zh" ? Language::Zh : Language::En;
    t.title = r.string(value, "title", pointer).value_or("");
    t.body = r.string(value, "body", pointer).value_or("");

    if (auto id = r.string(value, "id", pointer)) {
        static const std::regex kebab("^[a-z0-9]+(-[a-z0-9]+)*$");
        const auto parts = split(*id, '.');
        const std::string expected = (kitType.empty() ? "<crisis-type>" : kitType) + "." +
                                     (channel ? *channel : "<channel>") + ".<name>." +
                                     (language ? *language : "<en|zh>");
        const bool wellFormed = parts.size() == 4 && std::regex_match(parts[2], kebab) &&
                                (kitType.empty() || parts[0] == kitType) &&
                                (!channel || parts[1] == *channel) && (!language || parts[3] == *language);
        if (!wellFormed)
            r.problem(JsonReader::child(pointer, "id"), {"template.id_pattern", {*id, expected}});
        else if (!ids.insert(*id).second)
            r.problem(JsonReader::child(pointer, "id"), {"playbook.duplicate_id", {*id}});
        t.id = *id;
    }
    if (!t.title.empty())
        checkText(r, t.title, JsonReader::child(pointer, "title"));
    if (!t.body.empty()) {
        checkText(r, t.body, JsonReader::child(pointer, "body"));
        if (channel && isKnownChannel(*channel))
            checkFixedLength(r, t.body, *channel, JsonReader::child(pointer, "body"));
    }
    return t;
}

} // namespace

std::vector<MessageTemplate> parseTemplateKit(std::string_view jsonText, const std::string& source) {
    JsonReader r;
    const json doc = r.parse(jsonText);
    r.throwIfProblems(source);
    if (!r.object(doc, "", {"format", "templates"}, {"crisis_type", "review_interval"}))
        r.throwIfProblems(source);

    if (auto format = r.string(doc, "format", ""); format && *format != formatTag)
        r.problem("/format", {"playbook.format", {std::string(formatTag)}});
    std::string kitType;
    if (auto type = r.string(doc, "crisis_type", "")) {
        if (isKnownCrisisType(*type))
            kitType = *type;
        else
            r.problem("/crisis_type", {"playbook.crisis_type", {*type, joined(knownCrisisTypes)}});
    }

    DueOffset kitReview = defaultReviewInterval;
    if (doc.contains("review_interval"))
        kitReview = detail::readDueOffset(r, doc, "review_interval", "");

    std::vector<MessageTemplate> templates;
    std::set<std::string> ids;
    if (doc.contains("templates") && r.array(doc["templates"], "/templates")) {
        if (doc["templates"].empty())
            r.problem("/templates", {"template.kit_empty", {}});
        for (std::size_t i = 0; i < doc["templates"].size(); ++i)
            templates.push_back(readTemplate(r, doc["templates"][i], JsonReader::child("/templates", i),
                                             kitType, doc.contains("crisis_type"), kitReview, ids));
    }
    r.throwIfProblems(source);
    return templates;
}

std::string templateKitToJson(const std::vector<MessageTemplate>& templates, const std::string& crisisType) {
    // Keys in the documented order, so an exported kit reads like the shipped files.
    nlohmann::ordered_json doc;
    doc["format"] = formatTag;
    if (!crisisType.empty())
        doc["crisis_type"] = crisisType;
    auto list = nlohmann::ordered_json::array();
    for (const auto& t : templates) {
        if (!crisisType.empty() && t.crisisType != crisisType)
            continue;
        nlohmann::ordered_json entry;
        entry["id"] = t.id;
        if (crisisType.empty())
            entry["crisis_type"] = t.crisisType;
        entry["channel"] = t.channel;
        entry["language"] = languageCode(t.language);
        entry["title"] = t.title;
        entry["body"] = t.body;
        if (t.reviewInterval != defaultReviewInterval)
            entry["review_interval"] = t.reviewInterval.toString();
        list.push_back(std::move(entry));
    }
    doc["templates"] = std::move(list);
    return doc.dump(2) + "\n";
}

std::vector<MessageTemplate> defaultTemplates() {
    // Embedded data never changes while the program runs: read it once.
    static const std::vector<MessageTemplate> kit = [] {
        std::vector<MessageTemplate> all;
        std::set<std::string> ids;
        std::vector<Problem> duplicates;
        for (const auto& file : detail::embeddedTemplates()) {
            const std::string source = "resources/templates/" + std::string(file.name);
            for (auto& t : parseTemplateKit(file.content, source)) {
                if (!ids.insert(t.id).second)
                    duplicates.push_back({source, {"playbook.duplicate_id", {t.id}}});
                all.push_back(std::move(t));
            }
        }
        if (!duplicates.empty())
            throw ValidationError("resources/templates", std::move(duplicates));
        return all;
    }();
    return kit;
}

} // namespace crisis
