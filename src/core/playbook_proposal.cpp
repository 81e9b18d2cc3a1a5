#include <crisis/error.hpp>
#include <crisis/playbook_proposal.hpp>

#include "json_reader.hpp"
#include "playbook_fields.hpp"

#include <algorithm>

namespace crisis {

namespace {

using json = nlohmann::json;
using detail::JsonReader;
using detail::localizedTextJson;
using detail::readDueOffset;
using detail::readLocalizedText;

constexpr std::string_view kClockDuration = "clock-duration";
constexpr std::string_view kChecklistItem = "checklist-item";
constexpr std::string_view kTaskTemplate = "task-template";
constexpr std::string_view kClockWarnings = "clock-warnings";

ClockDef* findClock(Playbook& playbook, const std::string& id) {
    const auto it = std::find_if(playbook.clocks.begin(), playbook.clocks.end(),
                                 [&](const ClockDef& c) { return c.id == id; });
    return it == playbook.clocks.end() ? nullptr : &*it;
}

ClockDef& requireClock(Playbook& playbook, const std::string& id) {
    if (ClockDef* clock = findClock(playbook, id))
        return *clock;
    throw ValidationError("proposal", {{"/clock", {"proposal.unknown_clock", {id}}}});
}

Phase readPhase(JsonReader& r, const json& obj, const std::string& pointer) {
    const auto value = r.string(obj, "phase", pointer);
    if (!value)
        return Phase::Identify;
    if (const auto parsed = phaseFromName(*value))
        return *parsed;
    r.problem(JsonReader::child(pointer, "phase"), {"playbook.phase_key", {*value}});
    return Phase::Identify;
}

} // namespace

Playbook applyProposal(const Playbook& base, const PlaybookProposal& proposal) {
    Playbook draft = base;
    std::visit(
        [&](const auto& change) {
            using T = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<T, SetClockDuration>)
                requireClock(draft, change.clock).duration = change.duration;
            else if constexpr (std::is_same_v<T, AddChecklistItem>)
                draft.checklists[change.phase].push_back(change.item);
            else if constexpr (std::is_same_v<T, AddTaskTemplate>)
                draft.tasks.push_back(change.task);
            else
                requireClock(draft, change.clock).warnings = change.warnings;
        },
        proposal);
    // The reader is the one authority on what a valid playbook is (unique ids, roles, warning
    // order...): a draft the owner could not import must not exist.
    return parsePlaybook(playbookToJson(draft), "proposal");
}

json proposalToJson(const PlaybookProposal& proposal) {
    return std::visit(
        [](const auto& change) -> json {
            using T = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<T, SetClockDuration>)
                return {{"kind", kClockDuration},
                        {"clock", change.clock},
                        {"duration", change.duration.toString()}};
            else if constexpr (std::is_same_v<T, AddChecklistItem>)
                return {{"kind", kChecklistItem},
                        {"phase", phaseName(change.phase)},
                        {"item", {{"id", change.item.id}, {"text", localizedTextJson(change.item.text)}}}};
            else if constexpr (std::is_same_v<T, AddTaskTemplate>)
                return {{"kind", kTaskTemplate},
                        {"task",
                         {{"id", change.task.id},
                          {"title", localizedTextJson(change.task.title)},
                          {"role", change.task.role},
                          {"due", change.task.due.toString()}}}};
            else
                return {{"kind", kClockWarnings}, {"clock", change.clock}, {"warnings", change.warnings}};
        },
        proposal);
}

PlaybookProposal proposalFromJson(const json& value, const std::string& source) {
    JsonReader r;
    PlaybookProposal out = SetClockDuration{};
    if (!value.is_object() || !value.contains("kind") || !value["kind"].is_string()) {
        r.problem("",
                  {"proposal.kind", {value.is_object() ? value.value("kind", json()).dump() : value.dump()}});
        r.throwIfProblems(source);
    }
    const std::string kind = value["kind"].get<std::string>();
    if (kind == kClockDuration) {
        if (r.object(value, "", {"kind", "clock", "duration"}))
            out = SetClockDuration{r.string(value, "clock", "").value_or(""),
                                   readDueOffset(r, value, "duration", "")};
    } else if (kind == kChecklistItem) {
        if (r.object(value, "", {"kind", "phase", "item"})) {
            AddChecklistItem add;
            add.phase = readPhase(r, value, "");
            if (r.object(value["item"], "/item", {"id", "text"}))
                add.item = {r.string(value["item"], "id", "/item").value_or(""),
                            readLocalizedText(r, value["item"], "text", "/item")};
            out = add;
        }
    } else if (kind == kTaskTemplate) {
        if (r.object(value, "", {"kind", "task"})) {
            const json& t = value["task"];
            if (r.object(t, "/task", {"id", "title", "role", "due"}))
                out = AddTaskTemplate{
                    {r.string(t, "id", "/task").value_or(""), readLocalizedText(r, t, "title", "/task"),
                     r.string(t, "role", "/task").value_or(""), readDueOffset(r, t, "due", "/task")}};
        }
    } else if (kind == kClockWarnings) {
        if (r.object(value, "", {"kind", "clock", "warnings"}) && r.array(value["warnings"], "/warnings")) {
            SetClockWarnings set{r.string(value, "clock", "").value_or(""), {}};
            for (std::size_t i = 0; i < value["warnings"].size(); ++i) {
                if (value["warnings"][i].is_number())
                    set.warnings.push_back(value["warnings"][i].get<double>());
                else
                    r.problem(JsonReader::child("/warnings", i), {"json.expected_number", {}});
            }
            out = set;
        }
    } else {
        r.problem("/kind", {"proposal.kind", {kind}});
    }
    r.throwIfProblems(source);
    return out;
}

} // namespace crisis
