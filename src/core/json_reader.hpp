#pragma once
// Reads a JSON document while collecting every problem with its JSON pointer, so an importer
// can report all that is wrong at once and store nothing. Shared by every JSON importer.

#include <crisis/error.hpp>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

class JsonReader {
public:
    using json = nlohmann::json;

    /// Parses `text`; on a syntax error records one problem and returns a null document.
    json parse(std::string_view text);

    /// `pointer` + "/" + escaped key (RFC 6901).
    static std::string child(const std::string& pointer, std::string_view key);
    static std::string child(const std::string& pointer, std::size_t index);

    /// Checks `value` is an object holding every required key and no key outside
    /// required + optional. Returns false (and records why) if it is not an object.
    bool object(const json& value, const std::string& pointer,
                std::initializer_list<std::string_view> required,
                std::initializer_list<std::string_view> optional = {});
    /// Checks `value` is an array; records a problem otherwise.
    bool array(const json& value, const std::string& pointer);

    /// The non-empty string at obj[key], if present and valid (absent keys are not reported:
    /// object() already reported missing required ones).
    std::optional<std::string> string(const json& obj, std::string_view key, const std::string& pointer);
    std::optional<double> number(const json& obj, std::string_view key, const std::string& pointer);
    std::optional<bool> boolean(const json& obj, std::string_view key, const std::string& pointer);

    void problem(std::string pointer, Message message) {
        m_problems.push_back({std::move(pointer), std::move(message)});
    }
    bool ok() const { return m_problems.empty(); }
    /// Throws ValidationError(source, problems) if any problem was recorded.
    void throwIfProblems(const std::string& source);

private:
    std::vector<Problem> m_problems;
};

} // namespace crisis::detail
