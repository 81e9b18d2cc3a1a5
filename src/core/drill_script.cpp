// Drill scripts: strict reading, and the headless runner that plays one through the services a
// live drill uses, on a simulated clock.

#include <crisis/drill_script.hpp>
#include <crisis/error.hpp>
#include <crisis/template.hpp>

#include "json_reader.hpp"
#include "text.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>

namespace crisis {

namespace {

using detail::joined;
using detail::JsonReader;
using nlohmann::json;

constexpr std::string_view formatTag = "crisisdesk.drill-script/1";

// Fixed spans only, as in scenarios: a script must play the same whatever day it starts.
std::optional<Duration> span(JsonReader& r, const json& obj, std::string_view key,
                             const std::string& pointer) {
    const auto value = r.string(obj, key, pointer);
    if (!value)
        return std::nullopt;
    const auto parsed = DueOffset::parse(*value);
    if (!parsed || parsed->unit == DueOffset::Unit::BusinessDays || parsed->unit == DueOffset::Unit::Months) {
        r.problem(JsonReader::child(pointer, key), {detail::spanProblem(*value), {*value}});
        return std::nullopt;
    }
    return parsed->addTo(Instant{}) - Instant{};
}

std::optional<ScriptAction> actionFromName(std::string_view name) {
    const auto it = std::find(scriptActionNames.begin(), scriptActionNames.end(), name);
    if (it == scriptActionNames.end())
        return std::nullopt;
    return static_cast<ScriptAction>(it - scriptActionNames.begin());
}

DrillScriptStep readStep(JsonReader& r, const json& value, const std::string& ptr) {
    DrillScriptStep step;
    if (!r.object(value, ptr, {"at", "do"},
                  {"target", "text", "title", "reason", "audience", "external", "participant", "kind",
                   "rating", "comment", "by"}))
        return step;
    if (const auto at = span(r, value, "at", ptr))
        step.at = *at;
    const auto action = r.string(value, "do", ptr);
    if (action) {
        if (const auto a = actionFromName(*action))
            step.action = *a;
        else
            r.problem(JsonReader::child(ptr, "do"),
                      {"drill.script_action", {*action, joined(scriptActionNames)}});
    }
    step.target = r.string(value, "target", ptr).value_or("");
    step.text = r.string(value, "text", ptr).value_or("");
    step.title = r.string(value, "title", ptr).value_or("");
    step.reason = r.string(value, "reason", ptr).value_or("");
    step.audience = r.string(value, "audience", ptr).value_or("");
    step.participant = r.string(value, "participant", ptr).value_or("");
    step.comment = r.string(value, "comment", ptr).value_or("");
    step.by = r.string(value, "by", ptr).value_or("");
    step.external = r.boolean(value, "external", ptr).value_or(true);
    if (const auto kind = r.string(value, "kind", ptr)) {
        if (const auto k = noteKindFromName(*kind))
            step.kind = *k;
        else
            r.problem(JsonReader::child(ptr, "kind"), {"drill.note_kind", {*kind, joined(noteKindNames)}});
    }
    if (const auto rating = r.string(value, "rating", ptr)) {
        if (const auto rt = ratingFromName(*rating))
            step.rating = *rt;
        else
            r.problem(JsonReader::child(ptr, "rating"), {"drill.rating_name", {*rating}});
    }
    if (!action || !actionFromName(*action))
        return step;
    const bool noteLike = step.action == ScriptAction::Note || step.action == ScriptAction::HotWash;
    if (noteLike && !value.contains("text"))
        r.problem(ptr, {"json.missing_key", {"text"}});
    if (!noteLike && !value.contains("target"))
        r.problem(ptr, {"json.missing_key", {"target"}});
    if (step.action == ScriptAction::Rate && !value.contains("rating"))
        r.problem(ptr, {"json.missing_key", {"rating"}});
    if (step.action == ScriptAction::PhaseReached && !step.target.empty() && !phaseFromName(step.target))
        r.problem(JsonReader::child(ptr, "target"), {"drill.script_phase", {step.target}});
    if (step.action == ScriptAction::StatementPublished && !step.target.empty() &&
        !isKnownChannel(step.target))
        r.problem(JsonReader::child(ptr, "target"),
                  {"scenario.channel_target", {step.target, joined(knownChannels)}});
    return step;
}

// The services of one actor on the runner's clock (steps may name who did them).
struct Seat {
    IncidentService incidents;
    ReputationService reputation;
    DrillService drills;
    Seat(Store& store, const Clock& clock, const std::string& actor)
        : incidents(store, clock, actor), reputation(store, incidents, clock, actor),
          drills(store, incidents, reputation) {}
};

void publishStatement(Store& store, IncidentService& incidents, std::int64_t id, const DrillScriptStep& step,
                      Language lang) {
    // Stands in for the statement workflow: the script records that the team published one.
    store.append(id, incidents.nowFor(id), incidents.actor(), [&](const AppendContext& ctx) {
        if (!ctx.current.isOpen())
            throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(id)}});
        return EventDraft{std::string(event_kind::statementPublished),
                          {{"statement", 0},
                           {"channel", step.target},
                           {"audience", step.audience},
                           {"external", step.external},
                           {"link", ""},
                           {"title", step.title.empty() ? text("drill.script_statement", lang, {step.target})
                                                        : step.title}}};
    });
}

void reachPhase(Store& store, IncidentService& incidents, std::int64_t id, const DrillScriptStep& step) {
    const Phase target = *phaseFromName(step.target);
    for (;;) {
        // Already there or beyond: the phase was reached.
        const Phase phase = store.incident(id).phase;
        if (phase >= target || !nextPhase(phase))
            return;
        if (step.reason.empty())
            incidents.advance(id);
        else
            incidents.forceAdvance(id, step.reason);
    }
}

void perform(Store& store, Seat& seat, std::int64_t id, const DrillScriptStep& step, Language lang) {
    switch (step.action) {
    case ScriptAction::ChecklistItemChecked:
        seat.incidents.check(id, step.target);
        return;
    case ScriptAction::PhaseReached:
        reachPhase(store, seat.incidents, id, step);
        return;
    case ScriptAction::StatementPublished:
        publishStatement(store, seat.incidents, id, step, lang);
        return;
    case ScriptAction::TaskDone: {
        const auto incident = store.incident(id);
        const auto task = std::find_if(incident.tasks.begin(), incident.tasks.end(),
                                       [&](const Task& t) { return t.templateId == step.target; });
        if (task == incident.tasks.end())
            throw Error(ErrorCode::NotFound, {"error.not_found.task", {step.target}});
        seat.incidents.completeTask(task->id);
        return;
    }
    case ScriptAction::InboxAnswered: {
        const auto mentions = store.mentions(id);
        const auto message = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.externalId == injectMessageId(step.target);
        });
        if (message == mentions.end())
            throw Error(ErrorCode::RuleViolation, {"drill.script_not_delivered", {step.target}});
        seat.reputation.reply(id, message->id,
                              step.text.empty() ? text("drill.script_reply", lang) : step.text);
        return;
    }
    case ScriptAction::Fire:
        seat.drills.fire(id, step.target);
        return;
    case ScriptAction::Skip:
        seat.drills.skip(id, step.target);
        return;
    case ScriptAction::Note:
        seat.drills.note(id, step.participant, step.text, step.kind);
        return;
    case ScriptAction::Rate:
        seat.drills.rate(id, step.target, step.rating, step.comment);
        return;
    case ScriptAction::HotWash:
        seat.drills.hotWash(id, step.text, step.kind);
        return;
    }
}

} // namespace

DrillScript parseDrillScript(std::string_view jsonText, const std::string& source) {
    JsonReader r;
    const json doc = r.parse(jsonText);
    DrillScript script;
    script.source = source;
    if (r.ok() && r.object(doc, "", {"format", "steps"}, {"scenario", "language", "end"})) {
        if (const auto format = r.string(doc, "format", ""); format && *format != formatTag)
            r.problem("/format", {"playbook.format", {std::string(formatTag)}});
        script.scenario = r.string(doc, "scenario", "").value_or("");
        if (const auto lang = r.string(doc, "language", "")) {
            if (*lang == "en" || *lang == "zh")
                script.language = languageFromLocale(*lang);
            else
                r.problem("/language", {"drill.script_language", {*lang}});
        }
        script.end = span(r, doc, "end", "");
        if (const auto it = doc.find("steps"); it != doc.end() && r.array(*it, "/steps"))
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto ptr = JsonReader::child("/steps", i);
                script.steps.push_back(readStep(r, (*it)[i], ptr));
                // The drill is scored and ended at T0 + end: a later step could never be played.
                if (script.end && script.steps.back().at > *script.end)
                    r.problem(
                        JsonReader::child(ptr, "at"),
                        {"drill.script_step_after_end", {(*it)[i].value("at", ""), doc.value("end", "")}});
            }
    }
    r.throwIfProblems(source);
    return script;
}

DrillScriptRun runDrillScript(Store& store, const DrillScript& script, const std::string& scenarioId,
                              Instant start, const std::string& actor, Language language) {
    if (!scenarioId.empty() && !script.scenario.empty() && scenarioId != script.scenario)
        throw ValidationError(
            script.source, {{"/scenario", {"drill.script_other_scenario", {script.scenario, scenarioId}}}});
    const std::string scenario = scenarioId.empty() ? script.scenario : scenarioId;
    const Language lang = script.language.value_or(language);
    // parseDrillScript refuses these; a script built in code gets the same answer.
    if (script.end) {
        std::vector<Problem> late;
        for (std::size_t i = 0; i < script.steps.size(); ++i)
            if (script.steps[i].at > *script.end)
                late.push_back({"/steps/" + std::to_string(i) + "/at",
                                {"drill.script_step_after_end",
                                 {formatSpan(script.steps[i].at), formatSpan(*script.end)}}});
        if (!late.empty())
            throw ValidationError(script.source, std::move(late));
    }

    ManualClock clock(start); // at 1× the simulated real time is the drill time
    std::map<std::string, std::unique_ptr<Seat>> seats;
    auto seat = [&](const std::string& who) -> Seat& {
        const std::string& name = who.empty() ? actor : who;
        auto& slot = seats[name];
        if (!slot)
            slot = std::make_unique<Seat>(store, clock, name);
        return *slot;
    };
    DrillService& drills = seat(actor).drills;

    std::vector<std::size_t> order(script.steps.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return script.steps[a].at < script.steps[b].at; });

    DrillScriptRun out;
    store.batch([&] {
        DrillStartRequest request;
        request.scenario = scenario;
        request.language = lang;
        out.incident = drills.start(request);
        const std::int64_t id = out.incident;
        // Every instant at which the drill changes by itself is visited in order, as the
        // console's timer would: the log stays in drill-time order.
        auto runUntil = [&](std::optional<Instant> target) {
            for (;;) {
                const auto next = drills.status(id).nextDue;
                if (!next || (target && *next > *target))
                    break;
                clock.set(*next);
                drills.deliver(id);
            }
            if (target && clock.now() < *target) {
                clock.set(*target);
                drills.deliver(id);
            }
        };
        for (const auto i : order) {
            const auto& step = script.steps[i];
            runUntil(start + step.at);
            try {
                perform(store, seat(step.by), id, step, lang);
            } catch (const ValidationError& e) {
                std::vector<Problem> problems;
                for (const auto& p : e.problems())
                    problems.push_back({"/steps/" + std::to_string(i) + p.pointer, p.message});
                throw ValidationError(script.source, std::move(problems), "drill.script_failed");
            } catch (const Error& e) {
                throw ValidationError(script.source, {{"/steps/" + std::to_string(i), e.message()}},
                                      "drill.script_failed");
            }
        }
        runUntil(script.end ? std::optional<Instant>(start + *script.end) : std::nullopt);
        drills.end(id);
        out.score = drills.score(id);
    });
    return out;
}

} // namespace crisis
