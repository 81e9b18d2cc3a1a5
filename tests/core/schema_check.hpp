#pragma once
// A small JSON Schema (draft-07) checker for the documented schemas in docs/: enough of the
// vocabulary those files use (local $ref, type, const, enum, required, properties,
// additionalProperties: false, items, minItems, uniqueItems, minLength, pattern, exclusive
// bounds) to catch an exported document that the schema shipped for editors and CI would refuse.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crisis::test {

/// The schema file docs/<name>, parsed.
nlohmann::json docsSchema(const std::string& name);

/// Every place where `doc` breaks `schema`, as "<JSON pointer>: <what>"; empty when it conforms.
std::vector<std::string> schemaViolations(const nlohmann::json& schema, const nlohmann::json& doc);

} // namespace crisis::test
