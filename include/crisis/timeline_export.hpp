#pragma once
// Exports of an incident's log for people outside the console: the full timeline as CSV or
// JSON, and an ICS-214 style activity log per person.

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/messages.hpp>
#include <crisis/playbook.hpp>
#include <crisis/team.hpp>

#include <string>
#include <vector>

namespace crisis {

/// Every event as CSV (RFC 4180, CRLF, header row): seq, at, actor, kind, description (in
/// `lang`), payload (canonical JSON). Cells that a spreadsheet would run as a formula
/// (starting with = + - @) are prefixed with '.
std::string timelineCsv(const Incident& incident, const Playbook& playbook, const std::vector<Event>& log,
                        Language lang);

/// Every event as a JSON array of {seq, incident, at, actor, kind, payload, hash}, indented.
std::string timelineJson(const std::vector<Event>& log);

/// Who prepared an ICS-214 log, and when (the form's last block).
struct Ics214Signature {
    std::string preparedBy;
    Instant preparedAt;
};

/// The ICS-214 activity log: for each person who acted (in order of first activity), their
/// role from `roster` and each dated notable activity. CSV columns: incident, operational
/// period, name, role, date/time, notable activity, prepared by.
std::string ics214Csv(const Incident& incident, const Playbook& playbook, const std::vector<Event>& log,
                      const std::vector<Member>& roster, Language lang, const Ics214Signature& signature);
/// The same log as Markdown: a header with the incident and operational period, one table per
/// person, and who prepared it. User text is escaped as in the after-action report.
std::string ics214Markdown(const Incident& incident, const Playbook& playbook, const std::vector<Event>& log,
                           const std::vector<Member>& roster, Language lang,
                           const Ics214Signature& signature);

} // namespace crisis
