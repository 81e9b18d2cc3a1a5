#include <crisis/event_text.hpp>
#include <crisis/timeline_export.hpp>

#include "csv_text.hpp"
#include "review_document.hpp"

#include <algorithm>
#include <map>

namespace crisis {

namespace {

// Automatic events are the console's doing, not a person's activity.
bool isPersonalActivity(const Event& event) {
    return event.kind != event_kind::alertRaised && event.kind != event_kind::spikeDetected;
}

struct Person {
    std::string name;
    std::string role;
    std::vector<const Event*> events;
};

// The roles the person held in this incident (its hand-off history), else their roster role:
// the log outlives the roster, and a role handed over mid-incident is still theirs for the form.
std::string roleOf(const std::string& name, const Incident& incident, const std::vector<Member>& roster,
                   Language lang) {
    std::vector<std::string> held;
    for (const auto& tenure : incident.roles)
        if (tenure.holder == name && std::find(held.begin(), held.end(), tenure.role) == held.end())
            held.push_back(tenure.role);
    if (!held.empty()) {
        std::string joined = held.front();
        for (std::size_t i = 1; i < held.size(); ++i)
            joined += ", " + held[i];
        return joined;
    }
    const auto member =
        std::find_if(roster.begin(), roster.end(), [&](const Member& m) { return m.name == name; });
    return member == roster.end() ? text("ics214.no_role", lang) : member->role;
}

std::vector<Person> people(const Incident& incident, const std::vector<Event>& log,
                           const std::vector<Member>& roster, Language lang) {
    std::vector<Person> out;
    for (const auto& event : log) {
        if (!isPersonalActivity(event))
            continue;
        auto it =
            std::find_if(out.begin(), out.end(), [&](const Person& p) { return p.name == event.actor; });
        if (it == out.end()) {
            out.push_back({event.actor, roleOf(event.actor, incident, roster, lang), {}});
            it = std::prev(out.end());
        }
        it->events.push_back(&event);
    }
    return out;
}

Instant periodEnd(const Incident& incident, const std::vector<Event>& log) {
    if (incident.closedAt)
        return *incident.closedAt;
    return log.empty() ? incident.detectedAt : std::max(incident.detectedAt, log.back().at);
}

} // namespace

std::string timelineCsv(const Incident& incident, const Playbook& playbook, const std::vector<Event>& log,
                        Language lang) {
    std::string out = detail::csvRecord({"seq", "at", "actor", "kind", "description", "payload"});
    for (const auto& event : log)
        out +=
            detail::csvRecord({std::to_string(event.seq), formatInstant(event.at), event.actor, event.kind,
                               describeEvent(event, incident, playbook, lang), canonicalJson(event.payload)});
    return out;
}

std::string timelineJson(const std::vector<Event>& log) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& event : log)
        out.push_back({{"seq", event.seq},
                       {"incident", event.incident},
                       {"at", formatInstant(event.at)},
                       {"actor", event.actor},
                       {"kind", event.kind},
                       {"payload", event.payload},
                       {"hash", event.hash}});
    return out.dump(2) + "\n";
}

std::string ics214Csv(const Incident& incident, const Playbook& playbook, const std::vector<Event>& log,
                      const std::vector<Member>& roster, Language lang, const Ics214Signature& signature) {
    std::string out = detail::csvRecord({text("report.col.incident", lang), text("ics214.col.period", lang),
                                         text("report.col.name", lang), text("report.col.role", lang),
                                         text("report.col.date", lang), text("report.col.activity", lang),
                                         text("ics214.col.prepared_by", lang)});
    const std::string period =
        formatInstant(incident.detectedAt) + "/" + formatInstant(periodEnd(incident, log));
    const std::string prepared = signature.preparedBy + " " + formatInstant(signature.preparedAt);
    for (const auto& person : people(incident, log, roster, lang))
        for (const Event* event : person.events)
            out +=
                detail::csvRecord({incident.title, period, person.name, person.role, formatInstant(event->at),
                                   describeEvent(*event, incident, playbook, lang), prepared});
    return out;
}

std::string ics214Markdown(const Incident& incident, const Playbook& playbook, const std::vector<Event>& log,
                           const std::vector<Member>& roster, Language lang,
                           const Ics214Signature& signature) {
    detail::aar::ReportDocument doc;
    doc.title = text("ics214.title", lang, {incident.title});
    doc.language = std::string(languageCode(lang));
    for (const auto& person : people(incident, log, roster, lang)) {
        auto& section = doc.section(text("ics214.person", lang, {person.name, person.role}));
        detail::aar::ReportTable table{{text("report.col.date", lang), text("report.col.activity", lang)},
                                       {}};
        for (const Event* event : person.events)
            table.rows.push_back({formatInstant(event->at), describeEvent(*event, incident, playbook, lang)});
        detail::aar::addTable(section, std::move(table));
    }
    // The period goes first and the signature last, as on the paper form.
    doc.sections.insert(doc.sections.begin(),
                        {text("ics214.period", lang,
                              {formatInstant(incident.detectedAt), formatInstant(periodEnd(incident, log))}),
                         2,
                         {}});
    doc.section(text("ics214.prepared", lang, {signature.preparedBy, formatInstant(signature.preparedAt)}));
    return detail::aar::toMarkdown(doc);
}

} // namespace crisis
