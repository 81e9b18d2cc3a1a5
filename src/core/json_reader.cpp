#include "json_reader.hpp"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace crisis::detail {

namespace {

// Where the parser is: one frame per open object or array, so a duplicate key can be named by
// its JSON pointer. nlohmann keeps the last of two equal keys without a word; an importer must
// not silently drop what the author wrote first.
struct Frame {
    bool object = false;
    std::set<std::string, std::less<>> keys;
    std::string key;       // of an object: the key being read
    std::size_t index = 0; // of an array: the element being read
};

std::string pointerOf(const std::vector<Frame>& frames) {
    std::string pointer;
    for (const auto& frame : frames)
        pointer =
            frame.object ? JsonReader::child(pointer, frame.key) : JsonReader::child(pointer, frame.index);
    return pointer;
}

} // namespace

JsonReader::json JsonReader::parse(std::string_view text) {
    std::vector<Frame> frames;
    std::vector<std::pair<std::string, std::string>> duplicates; // pointer, key
    const auto endElement = [&frames] {
        if (!frames.empty() && !frames.back().object)
            ++frames.back().index;
    };
    const json::parser_callback_t track = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            frames.push_back({event == json::parse_event_t::object_start, {}, {}, 0});
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            if (!frames.empty())
                frames.pop_back();
            endElement();
            break;
        case json::parse_event_t::key:
            if (!frames.empty()) {
                auto& frame = frames.back();
                frame.key = parsed.get<std::string>();
                if (!frame.keys.insert(frame.key).second)
                    duplicates.emplace_back(pointerOf(frames), frame.key);
            }
            break;
        case json::parse_event_t::value:
            endElement();
            break;
        }
        return true;
    };
    try {
        auto document = json::parse(text.begin(), text.end(), track);
        for (auto& [pointer, key] : duplicates)
            problem(std::move(pointer), {"json.duplicate_key", {std::move(key)}});
        return document;
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
