#include <crisis/event_text.hpp>

#include <crisis/phase.hpp>

#include <algorithm>
#include <cstdio>

namespace crisis {

namespace {

using json = nlohmann::json;

std::string phaseText(const json& name, Language lang) {
    const auto phase = phaseFromName(name.is_string() ? name.get<std::string>() : "");
    return phase ? text("phase." + std::string(phaseName(*phase)), lang) : name.dump();
}

std::string clockText(const Playbook& playbook, const std::string& id, Language lang) {
    const ClockDef* clock = playbook.clock(id);
    return clock ? clock->name.in(lang) : id;
}

std::string taskText(const Incident& incident, std::int64_t id, Language lang) {
    const auto it =
        std::find_if(incident.tasks.begin(), incident.tasks.end(), [&](const Task& t) { return t.id == id; });
    return it == incident.tasks.end() ? std::to_string(id) : it->title.in(lang);
}

std::string localized(const json& value, Language lang) {
    if (!value.is_object())
        return value.is_string() ? value.get<std::string>() : "";
    LocalizedText t{value.value("en", ""), value.value("zh", "")};
    return t.in(lang);
}

std::string str(const json& payload, const char* key) {
    const auto it = payload.find(key);
    if (it == payload.end())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

// 6, 2.5, 120: a speed as people write it (the payload holds a double).
std::string speed(const json& payload, const char* key) {
    const auto it = payload.find(key);
    if (it == payload.end() || !it->is_number())
        return str(payload, key);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", it->get<double>());
    return buffer;
}

std::string describeDrillEvent(const Event& event, Language lang) {
    const auto& p = event.payload;
    const std::string& k = event.kind;
    if (k == event_kind::drillStarted)
        return text("event.drill_started", lang,
                    {str(p, "scenario"), str(p, "scenario_version"), speed(p, "speed")});
    if (k == event_kind::drillPaused)
        return text("event.drill_paused", lang);
    if (k == event_kind::drillResumed)
        return text("event.drill_resumed", lang);
    if (k == event_kind::drillSpeedChanged)
        return text("event.drill_speed", lang, {speed(p, "from"), speed(p, "speed")});
    if (k == event_kind::drillJumped)
        return text("event.drill_jumped", lang, {str(p, "from")});
    if (k == event_kind::drillEnded)
        return text("event.drill_ended", lang);
    if (k == event_kind::drillInjectFired)
        return text("event.drill_fired", lang, {str(p, "inject")});
    if (k == event_kind::drillInjectSkipped)
        return text("event.drill_skipped", lang, {str(p, "inject")});
    if (k == event_kind::drillInjectDelivered)
        return text("event.drill_delivered", lang,
                    {str(p, "inject"), text("delivery." + str(p, "delivery"), lang), str(p, "from"),
                     text("role." + str(p, "to"), lang), localized(p.value("synopsis", json()), lang)});
    if (k == event_kind::drillObserved)
        return text("event.drill_observed", lang, {str(p, "participant")});
    if (k == event_kind::drillRated)
        return text("event.drill_rated", lang, {str(p, "objective"), str(p, "rating")});
    if (k == event_kind::drillHotWash)
        return text("event.drill_hot_wash", lang);
    return k;
}

} // namespace

std::string checklistItemText(const Playbook& playbook, const std::string& id, Language lang) {
    if (const auto phase = playbook.phaseOfItem(id))
        for (const auto& item : playbook.checklist(*phase))
            if (item.id == id)
                return item.text.in(lang);
    return id;
}

std::string describeEvent(const Event& event, const Incident& incident, const Playbook& playbook,
                          Language lang) {
    const auto& p = event.payload;
    const std::string& k = event.kind;
    if (k == event_kind::opened)
        return text("event.opened", lang, {str(p, "title"), str(p, "severity")});
    if (k == event_kind::advanced) {
        const auto from = phaseText(p.value("from", json()), lang);
        const auto to = phaseText(p.value("to", json()), lang);
        return p.value("forced", false) ? text("event.advanced_forced", lang, {from, to, str(p, "reason")})
                                        : text("event.advanced", lang, {from, to});
    }
    if (k == event_kind::clockMarked)
        return text("event.clock_marked", lang, {clockText(playbook, str(p, "clock"), lang)});
    if (k == event_kind::startRecorded)
        return text("event.start_recorded", lang, {str(p, "event"), str(p, "when")});
    if (k == event_kind::itemChecked || k == event_kind::itemUnchecked)
        return text(k == event_kind::itemChecked ? "event.checked" : "event.unchecked", lang,
                    {checklistItemText(playbook, str(p, "item"), lang)});
    if (k == event_kind::taskDone || k == event_kind::taskReopened)
        return text(k == event_kind::taskDone ? "event.task_done" : "event.task_reopened", lang,
                    {taskText(incident, p.value("task", std::int64_t{0}), lang)});
    if (k == event_kind::alertRaised)
        return text("event.alert", lang,
                    {localized(p.value("name", json()), lang), text("state." + str(p, "state"), lang)});
    if (k == event_kind::statementPublished) {
        auto line = text(p.value("external", false) ? "event.statement_external" : "event.statement_internal",
                         lang, {str(p, "title"), str(p, "channel"), str(p, "audience")});
        const auto overrides = p.value("overrides", json::array());
        if (overrides.empty())
            return line;
        return text("event.statement_published_override", lang,
                    {line, std::to_string(overrides.size()), str(p, "reason")});
    }
    if (k == event_kind::spikeDetected)
        return text("event.spike", lang, {str(p, "type"), str(p, "count")});
    if (k == event_kind::mentionsImported)
        return text("event.mentions_imported", lang, {str(p, "added"), str(p, "source")});
    if (k == event_kind::mentionAssigned)
        return text("event.mention_assigned", lang, {str(p, "mention"), str(p, "assignee")});
    if (k == event_kind::mentionReplied)
        return text("event.mention_replied", lang, {str(p, "mention")});
    if (k == event_kind::mentionResolved)
        return text("event.mention_resolved", lang, {str(p, "mention"), str(p, "state")});
    if (k == event_kind::reviewAnswered)
        return text("event.review_answered", lang, {str(p, "question"), str(p, "team")});
    if (k == event_kind::reviewNoted)
        return text("event.review_noted", lang);
    if (k == event_kind::improvementAdded)
        return text("event.improvement_added", lang, {str(p, "id"), str(p, "action")});
    if (k == event_kind::improvementDone)
        return text("event.improvement_done", lang, {str(p, "id")});
    if (k == event_kind::improvementAccepted)
        return text("event.improvement_accepted", lang,
                    {str(p, "id"), str(p, "playbook"), str(p, "version")});
    if (k.starts_with("drill."))
        return describeDrillEvent(event, lang);
    if (k == event_kind::statementDrafted)
        return text("event.statement_drafted", lang, {str(p, "subject"), str(p, "channel")});
    if (k == event_kind::statementRevised)
        return text("event.statement_revised", lang, {str(p, "statement"), str(p, "revision")});
    if (k == event_kind::statementSubmitted)
        return text("event.statement_submitted", lang, {str(p, "statement"), str(p, "revision")});
    if (k == event_kind::statementApproved) {
        const auto overrides = p.value("overrides", json::array());
        if (overrides.empty())
            return text("event.statement_approved", lang,
                        {str(p, "statement"), str(p, "role"), str(p, "revision")});
        return text("event.statement_approved_override", lang,
                    {str(p, "statement"), str(p, "role"), str(p, "revision"),
                     std::to_string(overrides.size()), str(p, "reason")});
    }
    if (k == event_kind::factsRecorded) {
        std::string facts;
        if (p.contains("cause_verified"))
            facts = text("event.facts_cause", lang,
                         {text(p.value("cause_verified", false) ? "report.yes" : "report.no", lang)});
        if (p.contains("customers_affected"))
            facts += (facts.empty() ? "" : ", ") +
                     text("event.facts_customers", lang, {str(p, "customers_affected")});
        return text("event.facts", lang, {facts});
    }
    if (k == event_kind::marketingResumed && p.contains("kept_for"))
        return text("event.marketing_kept_paused", lang,
                    {std::to_string(p.value("items", json::array()).size()), str(p, "kept_for")});
    if (k == event_kind::marketingPaused || k == event_kind::marketingResumed)
        return text(k == event_kind::marketingPaused ? "event.marketing_paused" : "event.marketing_resumed",
                    lang, {std::to_string(p.value("items", json::array()).size())});
    if (k == event_kind::briefingSent)
        return text("event.briefing_sent", lang,
                    {std::to_string(p.value("recipients", json::array()).size()), str(p, "title")});
    if (k == event_kind::briefingAcknowledged)
        return text("event.briefing_acknowledged", lang, {str(p, "briefing"), str(p, "member")});
    return k;
}

bool isSignificant(const Event& event) {
    const std::string& k = event.kind;
    return k == event_kind::opened || k == event_kind::advanced || k == event_kind::clockMarked ||
           k == event_kind::alertRaised || k == event_kind::statementPublished ||
           k == event_kind::spikeDetected || k == event_kind::drillStarted || k == event_kind::drillEnded ||
           k == event_kind::drillInjectDelivered;
}

} // namespace crisis
