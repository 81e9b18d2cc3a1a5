#pragma once
// The CAN report and the executive summary of a stored incident: one function builds the
// report's snapshot from the store, so the console and crisisctl print the same figures.

#include <crisis/incident_service.hpp>
#include <crisis/messages.hpp>
#include <crisis/report.hpp>
#include <crisis/store.hpp>

#include <cstdint>
#include <string>

namespace crisis {

/// The snapshot of incident `incident` at `at` in the words of `lang`: the playbook's name as
/// the crisis type, every clock and task state as of `at`, the current exit checklist, the
/// published statements (oldest first), the record's facts and the `needs` text as given.
ReportInput reportInput(const Store& store, const IncidentService& incidents, std::int64_t incident,
                        Instant at, Language lang, const std::string& needs = {});

/// The report's title as printed (e.g. "CAN report: Breach"), for a PDF's metadata.
std::string reportTitle(const ReportInput& input, ReportKind kind, Language lang);

} // namespace crisis
