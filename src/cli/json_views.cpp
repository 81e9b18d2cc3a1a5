#include "json_views.hpp"

#include <algorithm>

namespace crisis::cli {

namespace {

nlohmann::json optionalTime(const std::optional<Instant>& at) {
    return at ? nlohmann::json(formatInstant(*at)) : nlohmann::json();
}

// The clock whose state is worst, for one-line summaries: overdue > warning > the rest.
std::string worstClockState(const IncidentStatus& status) {
    std::string worst = "pending";
    for (const auto& c : status.clocks) {
        if (c.state == ClockState::Overdue)
            return "overdue";
        if (c.state == ClockState::Warning)
            worst = "warning";
    }
    return worst;
}

} // namespace

nlohmann::json statusJson(const Incident& incident, const IncidentStatus& status, Language lang) {
    nlohmann::json clocks = nlohmann::json::array();
    for (const auto& c : status.clocks)
        clocks.push_back({{"name", c.id},
                          {"title", c.name.in(lang)},
                          {"regulatory", c.regulatory},
                          {"start", c.start},
                          {"started_at", optionalTime(c.startedAt)},
                          {"due", optionalTime(c.due)},
                          {"state", clockStateName(c.state)},
                          {"warning_level", c.warningLevel},
                          {"met_at", optionalTime(c.metAt)}});
    nlohmann::json checklist = nlohmann::json::array();
    for (const auto& item : status.checklist)
        checklist.push_back({{"id", item.id},
                             {"text", item.text.in(lang)},
                             {"done", item.done},
                             {"done_at", optionalTime(item.doneAt)}});
    return {{"id", incident.id},
            {"title", incident.title},
            {"playbook", incident.playbookId},
            {"playbook_version", incident.playbookVersion},
            {"severity", incident.severity},
            {"drill", incident.drill},
            {"detected_at", formatInstant(incident.detectedAt)},
            {"closed_at", optionalTime(incident.closedAt)},
            {"phase", phaseName(status.phase)},
            {"can_advance", status.canAdvance},
            {"clocks", clocks},
            {"checklist", checklist}};
}

nlohmann::json incidentSummaryJson(const Incident& incident, const IncidentStatus& status) {
    return {{"id", incident.id},
            {"title", incident.title},
            {"playbook", incident.playbookId},
            {"severity", incident.severity},
            {"drill", incident.drill},
            {"phase", phaseName(status.phase)},
            {"detected_at", formatInstant(incident.detectedAt)},
            {"closed_at", optionalTime(incident.closedAt)},
            {"worst_clock", worstClockState(status)}};
}

nlohmann::json taskJson(const Task& task, Instant at, Language lang) {
    return {{"id", task.id},
            {"incident", task.incident},
            {"template", task.templateId},
            {"title", task.title.in(lang)},
            {"role", task.role},
            {"assignee", task.assignee},
            {"due", formatInstant(task.due)},
            {"state", taskStateName(taskState(task, at))},
            {"done_at", optionalTime(task.doneAt)},
            {"done_by", task.doneBy}};
}

nlohmann::json memberJson(const Member& member) {
    return {{"id", member.id},
            {"name", member.name},
            {"role", member.role},
            {"contact", member.contact},
            {"backup", member.backup}};
}

nlohmann::json roleTenureJson(const RoleTenure& tenure) {
    return {{"role", tenure.role},
            {"holder", tenure.holder},
            {"from", formatInstant(tenure.from)},
            {"until", tenure.until ? nlohmann::json(formatInstant(*tenure.until)) : nlohmann::json()},
            {"reason", tenure.reason},
            {"by", tenure.by}};
}

nlohmann::json reviewItemJson(const ReviewItem& item, Instant at, Language lang) {
    return {
        {"kind", reviewKindName(item.kind)},
        {"id", item.id},
        {"name", item.name.in(lang)},
        {"version", item.version},
        {"since", formatInstant(item.since)},
        {"due", formatInstant(item.due)},
        {"overdue", item.due < at},
        {"reviewed_at", item.reviewedAt ? nlohmann::json(formatInstant(*item.reviewedAt)) : nlohmann::json()},
        {"reviewed_by", item.reviewedBy}};
}

nlohmann::json eventJson(const Event& event) {
    return {{"seq", event.seq},
            {"incident", event.incident},
            {"at", formatInstant(event.at)},
            {"actor", event.actor},
            {"kind", event.kind},
            {"payload", event.payload},
            {"prev_hash", event.prevHash},
            {"hash", event.hash}};
}

nlohmann::json playbookSummaryJson(const PlaybookRecord& record) {
    const auto& p = record.playbook;
    return {{"id", p.id},
            {"version", record.version},
            {"crisis_type", p.crisisType},
            {"name", {{"en", p.name.en}, {"zh", p.name.zh}}},
            {"clocks", p.clocks.size()},
            {"tasks", p.tasks.size()},
            {"imported_at", formatInstant(record.importedAt)}};
}

nlohmann::json templateSummaryJson(const TemplateRecord& record) {
    const auto& tmpl = record.tmpl;
    return {{"id", tmpl.id},
            {"crisis_type", tmpl.crisisType},
            {"channel", tmpl.channel},
            {"language", languageCode(tmpl.language)},
            {"title", tmpl.title},
            {"source", record.shipped() ? "shipped" : "imported"},
            {"version", record.version},
            {"review_interval", tmpl.reviewInterval.toString()}};
}

nlohmann::json templateJson(const TemplateRecord& record) {
    const auto& tmpl = record.tmpl;
    auto out = templateSummaryJson(record);
    out["body"] = tmpl.body;
    std::vector<std::string> names = placeholdersIn(tmpl.title);
    for (auto& name : placeholdersIn(tmpl.body))
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(std::move(name));
    out["placeholders"] = names;
    return out;
}

nlohmann::json renderJson(const MessageTemplate& tmpl, const RenderResult& result) {
    return {{"id", tmpl.id},
            {"channel", tmpl.channel},
            {"language", languageCode(tmpl.language)},
            {"title", result.title},
            {"text", result.text},
            {"length", result.length},
            {"limit", result.limit ? nlohmann::json(*result.limit) : nlohmann::json()}};
}

} // namespace crisis::cli
