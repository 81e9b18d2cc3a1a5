#include "json_reader.hpp"

#include <algorithm>

namespace crisis::detail {

JsonReader::json JsonReader::parse(std::string_view text) {
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::exception& e) { // parse_error, and out_of_range for numbers that overflow
        problem("", {"json.syntax", {e.what()}});
        return json();
    }
}

std::string JsonReader::child(const std::string& pointer, std::string_view key) {
    std::string escaped;
    for (const char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + "/" + escaped;
}

std::string JsonReader::child(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

bool JsonReader::object(const json& value, const std::string& pointer,
                        std::initializer_list<std::string_view> required,
                        std::initializer_list<std::string_view> optional) {
    if (!value.is_object()) {
        problem(pointer, {"json.expected_object", {}});
        return false;
    }
    for (const auto key : required)
        if (!value.contains(key))
            problem(pointer, {"json.missing_key", {std::string(key)}});
    for (const auto& entry : value.items()) {
        const std::string& key = entry.key();
        const auto known = [&](std::initializer_list<std::string_view> keys) {
            return std::find(keys.begin(), keys.end(), key) != keys.end();
        };
        if (!known(required) && !known(optional))
            problem(child(pointer, key), {"json.unknown_key", {key}});
    }
    return true;
}

bool JsonReader::array(const json& value, const std::string& pointer) {
    if (!value.is_array()) {
        problem(pointer, {"json.expected_array", {}});
        return false;
    }
    return true;
}

std::optional<std::string> JsonReader::string(const json& obj, std::string_view key,
                                              const std::string& pointer) {
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
        problem(child(pointer, key), {"json.expected_string", {}});
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::optional<double> JsonReader::number(const json& obj, std::string_view key, const std::string& pointer) {
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    if (!it->is_number()) {
        problem(child(pointer, key), {"json.expected_number", {}});
        return std::nullopt;
    }
    return it->get<double>();
}

std::optional<bool> JsonReader::boolean(const json& obj, std::string_view key, const std::string& pointer) {
    const auto it = obj.find(key);
    if (it == obj.end())
        return std::nullopt;
    if (!it->is_boolean()) {
        problem(child(pointer, key), {"json.expected_bool", {}});
        return std::nullopt;
    }
    return it->get<bool>();
}

void JsonReader::throwIfProblems(const std::string& source) {
    if (!m_problems.empty())
        throw ValidationError(source, std::move(m_problems));
}

} // namespace crisis::detail
