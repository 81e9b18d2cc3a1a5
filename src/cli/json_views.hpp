#pragma once
// The --json shapes of crisisctl (documented in docs/cli.md). One function per shape so the
// text and JSON outputs of a command always describe the same facts.

#include <crisis/incident.hpp>
#include <crisis/messages.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/plan_review.hpp>
#include <crisis/store.hpp>
#include <crisis/team.hpp>
#include <crisis/template.hpp>

#include <nlohmann/json.hpp>

namespace crisis::cli {

nlohmann::json statusJson(const Incident& incident, const IncidentStatus& status, Language lang);
nlohmann::json incidentSummaryJson(const Incident& incident, const IncidentStatus& status);
nlohmann::json taskJson(const Task& task, Instant at, Language lang);
nlohmann::json memberJson(const Member& member);
nlohmann::json eventJson(const Event& event);
nlohmann::json playbookSummaryJson(const PlaybookRecord& record);
nlohmann::json roleTenureJson(const RoleTenure& tenure);
nlohmann::json reviewItemJson(const ReviewItem& item, Instant at, Language lang);
nlohmann::json templateSummaryJson(const TemplateRecord& record);
nlohmann::json templateJson(const TemplateRecord& record);
nlohmann::json renderJson(const MessageTemplate& tmpl, const RenderResult& result);

} // namespace crisis::cli
