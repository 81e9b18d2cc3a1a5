// Building a report's snapshot from the store (incident_report.hpp).

#include <crisis/incident_report.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/review_metrics.hpp>
#include <crisis/statement.hpp>

#include <algorithm>

namespace crisis {

ReportInput reportInput(const Store& store, const IncidentService& incidents, std::int64_t id, Instant at,
                        Language lang, const std::string& needs) {
    const Incident incident = store.incident(id);
    const Playbook& playbook = incidents.playbookOf(incident);
    const IncidentStatus st = status(incident, playbook, at);
    ReportInput in;
    in.title = incident.title;
    in.crisisType = playbook.name.in(lang);
    in.severity = incident.severity;
    in.phase = st.phase;
    in.detectedAt = incident.detectedAt;
    in.generatedAt = at;
    for (const auto& c : st.clocks)
        in.clocks.push_back({c.name.in(lang), c.state, c.due});
    for (const auto& item : st.checklist)
        in.checklist.push_back({item.text.in(lang), item.done});
    for (const auto& t : incident.tasks)
        in.tasks.push_back({t.title.in(lang), t.assignee, t.due, taskState(t, at)});
    for (const auto& s : foldStatements(store.events(id), playbook.approvers))
        if (s.published && s.published->at <= at)
            in.statements.push_back(
                {s.published->at, s.published->channel, s.content().subject, s.content().message});
    std::stable_sort(
        in.statements.begin(), in.statements.end(),
        [](const ReportStatement& a, const ReportStatement& b) { return a.publishedAt < b.publishedAt; });
    // The gaps over the cadence, which the cadence clock forgets at each publication.
    const auto metrics = computeReviewMetrics(incident, playbook, store.events(id), nullptr, at);
    if (!metrics.cadence.gaps.empty())
        in.cadence = ReportCadence{metrics.cadence.cadence, static_cast<int>(metrics.cadence.gaps.size()),
                                   metrics.cadence.gapsOverCadence, metrics.cadence.longest};
    in.needs = needs;
    in.customersAffected = incident.customersAffected;
    in.causeVerified = incident.causeVerified;
    return in;
}

std::string reportTitle(const ReportInput& input, ReportKind kind, Language lang) {
    return text(kind == ReportKind::Can ? "report.can.title" : "report.exec.title", lang, {input.title});
}

} // namespace crisis
