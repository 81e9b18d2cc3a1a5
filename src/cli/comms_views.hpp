#pragma once
// The --json shapes of the communication commands (statements, marketing, briefings), documented
// in docs/cli.md.

#include <crisis/briefing.hpp>
#include <crisis/marketing_item.hpp>
#include <crisis/messages.hpp>
#include <crisis/statement.hpp>
#include <crisis/statement_check.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crisis::cli {

/// A statement: its current revision's ICS-213 fields, state, approvals and publication.
/// `approvers` are the playbook's roles (for "missing_approvals"); `full` adds every revision and
/// every approval, lapsed ones included.
nlohmann::json statementJson(const Statement& statement, const std::vector<std::string>& approvers,
                             Language lang, bool full = false);
/// One finding of the checks.
nlohmann::json findingJson(const Finding& finding, Language lang);
/// One item of the marketing register.
nlohmann::json marketingJson(const MarketingItem& item);
/// A JSON array of marketingJson.
nlohmann::json marketingJson(const std::vector<MarketingItem>& items);
/// One briefing with its recipients and who acknowledged.
nlohmann::json briefingJson(const Briefing& briefing);

} // namespace crisis::cli
