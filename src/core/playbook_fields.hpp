#pragma once
// Readers and writers of the field types that playbooks, scenarios and playbook proposals
// share, so each document format checks a bilingual text or a duration the same way.

#include <crisis/playbook.hpp>

#include "json_reader.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace crisis::detail {

/// obj[key] as {"en": ..., "zh": ...}; problems are recorded in `r`. Absent: empty text.
inline LocalizedText readLocalizedText(JsonReader& r, const nlohmann::json& obj, std::string_view key,
                                       const std::string& pointer) {
    LocalizedText out;
    const auto it = obj.find(key);
    if (it == obj.end())
        return out;
    const auto ptr = JsonReader::child(pointer, key);
    if (!r.object(*it, ptr, {"en", "zh"}))
        return out;
    out.en = r.string(*it, "en", ptr).value_or("");
    out.zh = r.string(*it, "zh", ptr).value_or("");
    return out;
}

/// obj[key] in DueOffset::parse form (`30m`, `2h`...); problems are recorded in `r`.
inline DueOffset readDueOffset(JsonReader& r, const nlohmann::json& obj, std::string_view key,
                               const std::string& pointer) {
    const auto value = r.string(obj, key, pointer);
    if (!value)
        return {};
    const auto parsed = DueOffset::parse(*value);
    if (!parsed) {
        r.problem(JsonReader::child(pointer, key), {"playbook.duration", {*value}});
        return {};
    }
    return *parsed;
}

/// The JSON form readLocalizedText reads.
inline nlohmann::json localizedTextJson(const LocalizedText& text) {
    return {{"en", text.en}, {"zh", text.zh}};
}

} // namespace crisis::detail
