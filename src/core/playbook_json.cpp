// The playbook file format (docs/playbook-format.md): strict reading and canonical writing.

#include <crisis/error.hpp>
#include <crisis/playbook.hpp>
#include <crisis/review.hpp>
#include <crisis/team.hpp>

#include "json_reader.hpp"
#include "playbook_fields.hpp"
#include "text.hpp"

#include <set>
#include <sstream>
#include <type_traits>

namespace crisis {

namespace {

using detail::isKebabId;
using detail::JsonReader;
using detail::localizedTextJson;
using detail::readDueOffset;
using detail::readLocalizedText;
using nlohmann::json;

constexpr std::string_view formatTag = "crisisdesk.playbook/1";
constexpr std::array<Phase, 5> checklistPhases{Phase::Identify, Phase::Analyze, Phase::Respond,
                                               Phase::Reputation, Phase::Review};

std::string joined(auto const& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + std::string(item);
    return out;
}

// During respond the public expects updates at a steady rhythm: the clock restarts at each
// published external statement (the reducer records "respond-update") and is met by leaving
// respond. Severity 1 every 4 h, down to daily for severity 4.
ClockDef updateCadence() {
    ClockDef c;
    c.id = std::string(updateCadenceClock);
    c.name = {"Next public update due", "下一次公开更新"};
    c.start = "respond-update";
    c.duration = *DueOffset::parse("24h");
    c.metByPhaseExit = Phase::Respond;
    c.bySeverity = {
        {1, *DueOffset::parse("4h")}, {2, *DueOffset::parse("8h")}, {3, *DueOffset::parse("12h")}};
    return c;
}

// The standard clocks of the design, used for any the file leaves out.
std::vector<ClockDef> standardClocks() {
    auto def = [](std::string id, LocalizedText name, std::string_view due, std::optional<Phase> phase) {
        ClockDef c;
        c.id = std::move(id);
        c.name = std::move(name);
        c.duration = *DueOffset::parse(due);
        c.metByPhaseExit = phase;
        return c;
    };
    return {
        def("identify", {"Identify complete", "完成识别"}, "30m", Phase::Identify),
        def("first-acknowledgement", {"First public acknowledgement", "首次公开回应"}, "1h", std::nullopt),
        def("analyze", {"Analyze complete", "完成分析"}, "2h", Phase::Analyze),
        def("respond", {"Respond: plan executed", "响应:计划执行完毕"}, "24h", Phase::Respond),
        updateCadence()};
}

// The design's exit checklists, used for any phase the file leaves out.
std::vector<ChecklistItem> standardChecklist(Phase phase) {
    switch (phase) {
    case Phase::Identify:
        return {{"scope", {"Scope established", "已明确范围"}},
                {"impact", {"Impact on the company assessed", "已评估对公司的影响"}},
                {"cause", {"Cause identified as far as known", "已尽可能查明原因"}},
                {"customers-affected", {"Number of customers affected estimated", "已估算受影响客户数量"}}};
    case Phase::Analyze:
        return {{"who", {"Who is affected", "谁受到影响"}},
                {"when", {"When it happened", "何时发生"}},
                {"where", {"Where (regions, channels)", "何地(地区、渠道)"}},
                {"how", {"How it affects business and customers", "如何影响业务和客户"}},
                {"why", {"Why it happened", "为何发生"}}};
    case Phase::Respond:
        return {{"holding-statement", {"Holding statement published", "已发布初步声明"}},
                {"press-release", {"Formal press release issued", "已发布正式新闻稿"}},
                {"marketing-paused", {"All non-crisis marketing paused", "已暂停所有非危机营销"}},
                {"staff-briefed", {"All staff briefed", "已向全体员工通报"}}};
    case Phase::Reputation:
        return {{"sentiment-recovered", {"Sentiment back in its pre-crisis band", "舆情已恢复到危机前水平"}}};
    case Phase::Review:
        return {{"what-worked", {"What went well", "哪些做得好"}},
                {"challenges", {"Main challenges and how to meet them next time", "主要挑战及下次如何应对"}},
                {"team-support", {"Was the team trained and supported enough", "团队是否得到充分培训和支持"}},
                {"channels-formats", {"Which channels and formats worked best", "哪些渠道和形式效果最好"}}};
    default:
        return {};
    }
}

std::string formatNumber(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

struct PlaybookReader {
    JsonReader& r;

    LocalizedText text(const json& obj, std::string_view key, const std::string& pointer) {
        return readLocalizedText(r, obj, key, pointer);
    }

    std::string id(const json& obj, const std::string& pointer, std::set<std::string>& seen) {
        auto value = r.string(obj, "id", pointer);
        if (!value)
            return {};
        if (!isKebabId(*value))
            r.problem(JsonReader::child(pointer, "id"), {"playbook.id_pattern", {*value}});
        else if (!seen.insert(*value).second)
            r.problem(JsonReader::child(pointer, "id"), {"playbook.duplicate_id", {*value}});
        return *value;
    }

    DueOffset duration(const json& obj, std::string_view key, const std::string& pointer) {
        return readDueOffset(r, obj, key, pointer);
    }

    ClockDef clock(const json& value, const std::string& pointer, std::set<std::string>& ids) {
        ClockDef c;
        if (!r.object(value, pointer, {"id", "name", "start", "duration", "met_by"},
                      {"warnings", "regulatory", "reference", "by_severity"}))
            return c;
        c.id = id(value, pointer, ids);
        c.name = text(value, "name", pointer);
        if (auto start = r.string(value, "start", pointer)) {
            if (!isKebabId(*start))
                r.problem(JsonReader::child(pointer, "start"), {"playbook.id_pattern", {*start}});
            c.start = *start;
        }
        c.duration = duration(value, "duration", pointer);
        if (auto metBy = r.string(value, "met_by", pointer)) {
            if (*metBy != "mark") {
                const auto phase =
                    metBy->starts_with("phase:") ? phaseFromName(metBy->substr(6)) : std::nullopt;
                if (!phase || *phase == Phase::Prepare || *phase == Phase::Closed)
                    r.problem(JsonReader::child(pointer, "met_by"), {"playbook.met_by", {*metBy}});
                else
                    c.metByPhaseExit = phase;
            }
        }
        if (value.contains("warnings")) {
            const auto ptr = JsonReader::child(pointer, "warnings");
            if (r.array(value["warnings"], ptr)) {
                c.warnings.clear();
                bool valid = true;
                for (const auto& w : value["warnings"]) {
                    if (!w.is_number() || w.get<double>() <= 0.0 || w.get<double>() >= 1.0 ||
                        (!c.warnings.empty() && w.get<double>() <= c.warnings.back())) {
                        valid = false;
                        break;
                    }
                    c.warnings.push_back(w.get<double>());
                }
                if (!valid)
                    r.problem(ptr, {"playbook.warnings", {}});
            }
        }
        if (value.contains("by_severity")) {
            const auto ptr = JsonReader::child(pointer, "by_severity");
            if (!value["by_severity"].is_object())
                r.problem(ptr, {"json.expected_object", {}});
            else
                for (const auto& [key, v] : value["by_severity"].items()) {
                    if (key != "1" && key != "2" && key != "3" && key != "4")
                        r.problem(JsonReader::child(ptr, key), {"playbook.severity_key", {key}});
                    else
                        c.bySeverity[key[0] - '0'] = duration(value["by_severity"], key, ptr);
                }
        }
        c.regulatory = r.boolean(value, "regulatory", pointer).value_or(false);
        c.reference = r.string(value, "reference", pointer).value_or("");
        return c;
    }

    // Each field optional; numbers range-checked so a typo cannot silence every alert.
    ReputationRule reputation(const json& value, const std::string& pointer) {
        ReputationRule rule;
        if (!r.object(value, pointer, {},
                      {"bucket", "baseline", "k", "minimum_count", "cooldown", "dip_margin",
                       "recovery_margin", "recovery_window", "high_reach", "watch_words"}))
            return rule;
        const auto span = [&](std::string_view key, DueOffset& target) {
            if (value.contains(key))
                target = duration(value, key, pointer);
        };
        span("bucket", rule.bucket);
        span("baseline", rule.baseline);
        span("cooldown", rule.cooldown);
        span("recovery_window", rule.recoveryWindow);
        const auto ranged = [&](std::string_view key, double low, double high, auto& target) {
            const auto v = r.number(value, key, pointer);
            if (!v)
                return;
            if (*v < low || *v > high)
                r.problem(JsonReader::child(pointer, key),
                          {"playbook.range", {std::string(key), formatNumber(low), formatNumber(high)}});
            else
                target = static_cast<std::remove_reference_t<decltype(target)>>(*v);
        };
        ranged("k", 0.5, 10, rule.k);
        ranged("minimum_count", 1, 1e6, rule.minimumCount);
        ranged("dip_margin", 0.01, 1, rule.dipMargin);
        ranged("recovery_margin", 0, 1, rule.recoveryMargin);
        ranged("high_reach", 1, 1e12, rule.highReach);
        if (value.contains("watch_words")) {
            const auto ptr = JsonReader::child(pointer, "watch_words");
            if (r.array(value["watch_words"], ptr))
                for (std::size_t i = 0; i < value["watch_words"].size(); ++i) {
                    const auto& w = value["watch_words"][i];
                    if (!w.is_string() || w.get<std::string>().empty())
                        r.problem(JsonReader::child(ptr, i), {"json.expected_string", {}});
                    else
                        rule.watchWords.push_back(w.get<std::string>());
                }
        }
        if (rule.bucket.addTo(Instant{}) >= rule.baseline.addTo(Instant{}))
            r.problem(JsonReader::child(pointer, "baseline"), {"playbook.baseline_short", {}});
        return rule;
    }

    TaskTemplate task(const json& value, const std::string& pointer, std::set<std::string>& ids) {
        TaskTemplate t;
        if (!r.object(value, pointer, {"id", "title", "role", "due"}))
            return t;
        t.id = id(value, pointer, ids);
        t.title = text(value, "title", pointer);
        if (auto role = r.string(value, "role", pointer)) {
            if (!isKnownRole(*role))
                r.problem(JsonReader::child(pointer, "role"), {"playbook.role", {*role, joined(knownRoles)}});
            t.role = *role;
        }
        t.due = duration(value, "due", pointer);
        return t;
    }
};

json reputationJson(const ReputationRule& r) {
    return json{{"bucket", r.bucket.toString()},
                {"baseline", r.baseline.toString()},
                {"k", r.k},
                {"minimum_count", r.minimumCount},
                {"cooldown", r.cooldown.toString()},
                {"dip_margin", r.dipMargin},
                {"recovery_margin", r.recoveryMargin},
                {"recovery_window", r.recoveryWindow.toString()},
                {"high_reach", r.highReach},
                {"watch_words", r.watchWords}};
}

} // namespace

Playbook parsePlaybook(std::string_view jsonText, const std::string& source) {
    JsonReader r;
    PlaybookReader pr{r};
    const json doc = r.parse(jsonText);
    r.throwIfProblems(source);

    Playbook pb;
    if (!r.object(doc, "", {"format", "id", "crisis_type", "origin", "name", "description"},
                  {"clocks", "checklists", "tasks", "reputation", "templates", "owner", "review_interval",
                   "approvers"}))
        r.throwIfProblems(source);

    if (auto format = r.string(doc, "format", ""); format && *format != formatTag)
        r.problem("/format", {"playbook.format", {std::string(formatTag)}});
    if (auto id = r.string(doc, "id", "")) {
        if (!isKebabId(*id))
            r.problem("/id", {"playbook.id_pattern", {*id}});
        pb.id = *id;
    }
    if (auto type = r.string(doc, "crisis_type", "")) {
        if (std::find(knownCrisisTypes.begin(), knownCrisisTypes.end(), *type) == knownCrisisTypes.end())
            r.problem("/crisis_type", {"playbook.crisis_type", {*type, joined(knownCrisisTypes)}});
        pb.crisisType = *type;
    }
    if (auto origin = r.string(doc, "origin", "")) {
        if (*origin != "internal" && *origin != "external" && *origin != "either")
            r.problem("/origin", {"playbook.origin", {}});
        pb.origin = *origin;
    }
    pb.name = pr.text(doc, "name", "");
    pb.description = pr.text(doc, "description", "");

    std::set<std::string> clockIds;
    if (doc.contains("clocks") && r.array(doc["clocks"], "/clocks"))
        for (std::size_t i = 0; i < doc["clocks"].size(); ++i)
            pb.clocks.push_back(pr.clock(doc["clocks"][i], JsonReader::child("/clocks", i), clockIds));
    for (auto& standard : standardClocks())
        if (!clockIds.contains(standard.id))
            pb.clocks.push_back(std::move(standard));

    std::set<std::string> itemIds;
    if (doc.contains("checklists") && !doc["checklists"].is_object())
        r.problem("/checklists", {"json.expected_object", {}});
    if (doc.contains("checklists") && doc["checklists"].is_object()) {
        for (const auto& [key, items] : doc["checklists"].items()) {
            const auto ptr = JsonReader::child("/checklists", key);
            const auto phase = phaseFromName(key);
            if (!phase ||
                std::find(checklistPhases.begin(), checklistPhases.end(), *phase) == checklistPhases.end()) {
                r.problem(ptr, {"playbook.phase_key", {key}});
                continue;
            }
            if (!r.array(items, ptr))
                continue;
            auto& list = pb.checklists[*phase];
            for (std::size_t i = 0; i < items.size(); ++i) {
                const auto itemPtr = JsonReader::child(ptr, i);
                if (!r.object(items[i], itemPtr, {"id", "text"}))
                    continue;
                ChecklistItem item;
                item.id = pr.id(items[i], itemPtr, itemIds);
                item.text = pr.text(items[i], "text", itemPtr);
                list.push_back(std::move(item));
            }
            // The review's exit needs the four review questions answered, whatever else a
            // playbook adds: without their items an incident could close unreviewed.
            if (*phase == Phase::Review)
                for (const auto question : reviewQuestions)
                    if (std::none_of(list.begin(), list.end(),
                                     [&](const ChecklistItem& i) { return i.id == question; }))
                        r.problem(ptr, {"playbook.review_question_missing", {std::string(question)}});
        }
    }
    for (const auto phase : checklistPhases) {
        if (pb.checklists.contains(phase))
            continue;
        auto items = standardChecklist(phase);
        std::erase_if(items, [&](const ChecklistItem& i) { return itemIds.contains(i.id); });
        pb.checklists[phase] = std::move(items);
    }

    std::set<std::string> taskIds;
    if (doc.contains("tasks") && r.array(doc["tasks"], "/tasks"))
        for (std::size_t i = 0; i < doc["tasks"].size(); ++i)
            pb.tasks.push_back(pr.task(doc["tasks"][i], JsonReader::child("/tasks", i), taskIds));

    if (doc.contains("reputation"))
        pb.reputation = pr.reputation(doc["reputation"], "/reputation");
    if (doc.contains("templates") && r.array(doc["templates"], "/templates")) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < doc["templates"].size(); ++i) {
            const auto ptr = JsonReader::child("/templates", i);
            const auto& t = doc["templates"][i];
            if (!t.is_string() || t.get<std::string>().empty())
                r.problem(ptr, {"json.expected_string", {}});
            else if (!seen.insert(t.get<std::string>()).second)
                r.problem(ptr, {"playbook.duplicate_id", {t.get<std::string>()}});
            else
                pb.templates.push_back(t.get<std::string>());
        }
    }
    if (auto owner = r.string(doc, "owner", "")) {
        if (!isKnownRole(*owner))
            r.problem("/owner", {"playbook.role", {*owner, joined(knownRoles)}});
        pb.owner = *owner;
    }
    if (doc.contains("approvers") && r.array(doc["approvers"], "/approvers")) {
        pb.approvers.clear();
        for (std::size_t i = 0; i < doc["approvers"].size(); ++i) {
            const auto& a = doc["approvers"][i];
            const auto ptr = JsonReader::child("/approvers", i);
            if (!a.is_string() || !isKnownRole(a.get<std::string>()))
                r.problem(ptr, {"playbook.role",
                                {a.is_string() ? a.get<std::string>() : a.dump(), joined(knownRoles)}});
            else if (std::find(pb.approvers.begin(), pb.approvers.end(), a.get<std::string>()) !=
                     pb.approvers.end())
                r.problem(ptr, {"playbook.duplicate_id", {a.get<std::string>()}});
            else
                pb.approvers.push_back(a.get<std::string>());
        }
    }
    if (doc.contains("review_interval"))
        pb.reviewInterval = pr.duration(doc, "review_interval", "");

    r.throwIfProblems(source);
    return pb;
}

std::string playbookToJson(const Playbook& pb) {
    json clocks = json::array();
    for (const auto& c : pb.clocks) {
        json j{{"id", c.id},
               {"name", localizedTextJson(c.name)},
               {"start", c.start},
               {"duration", c.duration.toString()},
               {"met_by", c.metByPhaseExit ? "phase:" + std::string(phaseName(*c.metByPhaseExit)) : "mark"},
               {"warnings", c.warnings}};
        if (c.regulatory)
            j["regulatory"] = true;
        if (!c.reference.empty())
            j["reference"] = c.reference;
        if (!c.bySeverity.empty()) {
            json by = json::object();
            for (const auto& [severity, d] : c.bySeverity)
                by[std::to_string(severity)] = d.toString();
            j["by_severity"] = by;
        }
        clocks.push_back(std::move(j));
    }
    json checklists = json::object();
    for (const auto& [phase, items] : pb.checklists) {
        json list = json::array();
        for (const auto& item : items)
            list.push_back({{"id", item.id}, {"text", localizedTextJson(item.text)}});
        checklists[std::string(phaseName(phase))] = std::move(list);
    }
    json tasks = json::array();
    for (const auto& t : pb.tasks)
        tasks.push_back({{"id", t.id},
                         {"title", localizedTextJson(t.title)},
                         {"role", t.role},
                         {"due", t.due.toString()}});
    const json doc{{"format", formatTag},
                   {"id", pb.id},
                   {"crisis_type", pb.crisisType},
                   {"origin", pb.origin},
                   {"name", localizedTextJson(pb.name)},
                   {"description", localizedTextJson(pb.description)},
                   {"clocks", clocks},
                   {"checklists", checklists},
                   {"tasks", tasks},
                   {"reputation", reputationJson(pb.reputation)},
                   {"templates", pb.templates},
                   {"owner", pb.owner},
                   {"approvers", pb.approvers},
                   {"review_interval", pb.reviewInterval.toString()}};
    return doc.dump(2);
}

} // namespace crisis
