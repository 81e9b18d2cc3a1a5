#include "schema_check.hpp"

#include <fstream>
#include <regex>
#include <stdexcept>

namespace crisis::test {

namespace {

using nlohmann::json;

struct Checker {
    const json& root;
    std::vector<std::string> out;

    const json& resolve(const json& schema) const {
        const json* s = &schema;
        while (s->is_object() && s->contains("$ref")) {
            const auto ref = (*s)["$ref"].get<std::string>();
            if (!ref.starts_with("#"))
                throw std::runtime_error("only local $ref is supported: " + ref);
            s = &root.at(json::json_pointer(ref.substr(1)));
        }
        return *s;
    }

    static bool hasType(const json& value, const std::string& type) {
        if (type == "object")
            return value.is_object();
        if (type == "array")
            return value.is_array();
        if (type == "string")
            return value.is_string();
        if (type == "number")
            return value.is_number();
        if (type == "integer")
            return value.is_number_integer() || value.is_number_unsigned();
        if (type == "boolean")
            return value.is_boolean();
        return type == "null" && value.is_null();
    }

    void fail(const std::string& pointer, const std::string& what) {
        out.push_back((pointer.empty() ? "/" : pointer) + ": " + what);
    }

    void check(const json& schemaRef, const json& value, const std::string& pointer) {
        const json& schema = resolve(schemaRef);
        if (schema.contains("type") && !hasType(value, schema["type"].get<std::string>()))
            return fail(pointer, "expected " + schema["type"].get<std::string>());
        if (schema.contains("const") && value != schema["const"])
            fail(pointer, "not the constant " + schema["const"].dump());
        if (schema.contains("enum")) {
            const auto& values = schema["enum"];
            if (std::find(values.begin(), values.end(), value) == values.end())
                fail(pointer, value.dump() + " is not in the enum");
        }
        if (value.is_string()) {
            const auto text = value.get<std::string>();
            if (schema.contains("minLength") && text.size() < schema["minLength"].get<std::size_t>())
                fail(pointer, "shorter than minLength");
            // libstdc++'s regex recurses per character: long message bodies would overflow
            // the stack, and the core's own reader checks them anyway.
            if (schema.contains("pattern") && text.size() <= 200 &&
                !std::regex_search(text, std::regex(schema["pattern"].get<std::string>())))
                fail(pointer, value.dump() + " does not match " + schema["pattern"].get<std::string>());
        }
        if (value.is_number()) {
            const double v = value.get<double>();
            if (schema.contains("minimum") && v < schema["minimum"].get<double>())
                fail(pointer, "below minimum");
            if (schema.contains("maximum") && v > schema["maximum"].get<double>())
                fail(pointer, "above maximum");
            if (schema.contains("exclusiveMinimum") && v <= schema["exclusiveMinimum"].get<double>())
                fail(pointer, "not above exclusiveMinimum");
            if (schema.contains("exclusiveMaximum") && v >= schema["exclusiveMaximum"].get<double>())
                fail(pointer, "not below exclusiveMaximum");
        }
        if (value.is_object()) {
            if (schema.contains("required"))
                for (const auto& key : schema["required"])
                    if (!value.contains(key.get<std::string>()))
                        fail(pointer, "required key \"" + key.get<std::string>() + "\" missing");
            const json properties = schema.value("properties", json::object());
            const bool closed =
                schema.contains("additionalProperties") && schema["additionalProperties"] == false;
            for (const auto& [key, item] : value.items()) {
                const auto child = pointer + "/" + key;
                if (properties.contains(key))
                    check(properties[key], item, child);
                else if (closed)
                    fail(child, "key \"" + key + "\" is not in the schema's properties");
            }
        }
        if (value.is_array()) {
            if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>())
                fail(pointer, "fewer items than minItems");
            if (schema.value("uniqueItems", false))
                for (std::size_t i = 0; i < value.size(); ++i)
                    for (std::size_t j = i + 1; j < value.size(); ++j)
                        if (value[i] == value[j])
                            fail(pointer + "/" + std::to_string(j), "repeats item " + std::to_string(i));
            if (schema.contains("items"))
                for (std::size_t i = 0; i < value.size(); ++i)
                    check(schema["items"], value[i], pointer + "/" + std::to_string(i));
        }
    }
};

} // namespace

nlohmann::json docsSchema(const std::string& name) {
    std::ifstream in(std::string(SOURCE_DIR) + "/docs/" + name);
    if (!in)
        throw std::runtime_error("cannot read docs/" + name);
    return nlohmann::json::parse(in);
}

std::vector<std::string> schemaViolations(const nlohmann::json& schema, const nlohmann::json& doc) {
    Checker checker{schema, {}};
    checker.check(schema, doc, "");
    return checker.out;
}

} // namespace crisis::test
