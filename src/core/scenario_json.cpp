// The scenario file format (docs/scenario-format.md): strict reading. Every problem is
// collected with its JSON pointer before anything is thrown, so an author fixes a file in one go.

#include <crisis/error.hpp>
#include <crisis/scenario.hpp>
#include <crisis/team.hpp>
#include <crisis/template.hpp>

#include "json_reader.hpp"
#include "playbook_fields.hpp"
#include "text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace crisis {

namespace {

using detail::isKebabId;
using detail::joined;
using detail::JsonReader;
using detail::readLocalizedText;
using nlohmann::json;

constexpr std::string_view formatTag = "crisisdesk.scenario/1";
// Phases a drill can expect the team to reach; an incident opens in identify already.
constexpr std::array<std::string_view, 5> reachablePhases{"analyze", "respond", "reputation", "review",
                                                          "closed"};

bool contains(auto const& items, std::string_view value) {
    return std::find(items.begin(), items.end(), value) != items.end();
}

struct ScenarioReader {
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

    // Drill offsets and allowances are fixed spans: business days and months depend on the
    // calendar day the drill happens to start, which would make the same drill differ by date.
    std::optional<Duration> span(const json& obj, std::string_view key, const std::string& pointer) {
        const auto value = r.string(obj, key, pointer);
        if (!value)
            return std::nullopt;
        const auto parsed = DueOffset::parse(*value);
        if (!parsed || parsed->unit == DueOffset::Unit::BusinessDays ||
            parsed->unit == DueOffset::Unit::Months) {
            r.problem(JsonReader::child(pointer, key), {detail::spanProblem(*value), {*value}});
            return std::nullopt;
        }
        return parsed->addTo(Instant{}) - Instant{};
    }

    // A non-empty array; records a problem and returns false otherwise.
    bool nonEmptyArray(const json& obj, std::string_view key, const std::string& pointer) {
        const auto it = obj.find(key);
        if (it == obj.end())
            return false;
        const auto ptr = JsonReader::child(pointer, key);
        if (!r.array(*it, ptr))
            return false;
        if (it->empty()) {
            r.problem(ptr, {"scenario.empty", {}});
            return false;
        }
        return true;
    }

    std::optional<ExpectedAction> expected(const json& value, const std::string& pointer) {
        if (!r.object(value, pointer, {"action", "target", "allowance"}))
            return std::nullopt;
        ExpectedAction e;
        if (auto action = r.string(value, "action", pointer)) {
            if (const auto kind = actionKindFromName(*action))
                e.action = *kind;
            else
                r.problem(JsonReader::child(pointer, "action"),
                          {"scenario.action", {*action, joined(actionKindNames)}});
        }
        e.target = r.string(value, "target", pointer).value_or("");
        if (const auto allowance = span(value, "allowance", pointer)) {
            if (allowance->count() <= 0)
                r.problem(JsonReader::child(pointer, "allowance"), {"scenario.allowance_zero", {}});
            e.allowance = *allowance;
        }
        return e;
    }

    // Checks the target's form for its kind; references to injects are checked later.
    void target(const ExpectedAction& e, const std::string& pointer) {
        if (e.target.empty())
            return;
        const auto ptr = JsonReader::child(pointer, "target");
        switch (e.action) {
        case ActionKind::ChecklistItemChecked:
        case ActionKind::TaskDone:
        case ActionKind::InboxAnswered:
            if (!isKebabId(e.target))
                r.problem(ptr, {"playbook.id_pattern", {e.target}});
            break;
        case ActionKind::PhaseReached:
            if (!contains(reachablePhases, e.target))
                r.problem(ptr, {"scenario.phase_target", {e.target, joined(reachablePhases)}});
            break;
        case ActionKind::StatementPublished:
            if (!isKnownChannel(e.target))
                r.problem(ptr, {"scenario.channel_target", {e.target, joined(knownChannels)}});
            break;
        }
    }

    SyntheticMention mention(const json& value, const std::string& pointer) {
        SyntheticMention m;
        if (!r.object(value, pointer, {"offset", "channel", "author", "text", "language", "reach"}))
            return m;
        m.offset = span(value, "offset", pointer).value_or(Duration{0});
        m.channel = r.string(value, "channel", pointer).value_or("");
        m.author = r.string(value, "author", pointer).value_or("");
        m.text = r.string(value, "text", pointer).value_or("");
        if (auto language = r.string(value, "language", pointer)) {
            if (*language != "en" && *language != "zh")
                r.problem(JsonReader::child(pointer, "language"), {"template.language", {*language}});
            m.language = *language;
        }
        if (value.contains("reach")) {
            const auto& reach = value["reach"];
            if (!reach.is_number_integer() || reach.get<long long>() < 0)
                r.problem(JsonReader::child(pointer, "reach"), {"scenario.reach", {}});
            else
                m.reach = reach.get<long long>();
        }
        return m;
    }

    std::vector<std::string> idList(const json& obj, std::string_view key, const std::string& pointer) {
        std::vector<std::string> out;
        if (!obj.contains(key))
            return out;
        const auto ptr = JsonReader::child(pointer, key);
        if (!r.array(obj[key], ptr))
            return out;
        for (std::size_t i = 0; i < obj[key].size(); ++i) {
            const auto& entry = obj[key][i];
            const auto entryPtr = JsonReader::child(ptr, i);
            // Every entry keeps its place (blank when invalid) so later pointers stay right.
            const auto value = entry.is_string() ? entry.get<std::string>() : std::string();
            if (value.empty())
                r.problem(entryPtr, {"json.expected_string", {}});
            else if (contains(out, value))
                r.problem(entryPtr, {"playbook.duplicate_id", {value}});
            out.push_back(value);
        }
        return out;
    }

    Inject inject(const json& value, const std::string& pointer, std::set<std::string>& ids) {
        Inject in;
        if (!r.object(value, pointer, {"id", "synopsis", "text", "delivery", "from", "to", "objective"},
                      {"offset", "expected", "contingency", "mentions"}))
            return in;
        in.id = id(value, pointer, ids);
        if (value.contains("offset"))
            in.offset = span(value, "offset", pointer).value_or(Duration{0});
        in.synopsis = text(value, "synopsis", pointer);
        in.text = text(value, "text", pointer);
        if (auto delivery = r.string(value, "delivery", pointer)) {
            if (const auto d = deliveryFromName(*delivery))
                in.delivery = *d;
            else
                r.problem(JsonReader::child(pointer, "delivery"),
                          {"scenario.delivery", {*delivery, joined(deliveryNames)}});
        }
        in.from = r.string(value, "from", pointer).value_or("");
        if (auto to = r.string(value, "to", pointer)) {
            if (!isKnownRole(*to))
                r.problem(JsonReader::child(pointer, "to"), {"playbook.role", {*to, joined(knownRoles)}});
            in.to = *to;
        }
        in.objective = r.string(value, "objective", pointer).value_or("");
        if (value.contains("expected")) {
            const auto ptr = JsonReader::child(pointer, "expected");
            in.expected = expected(value["expected"], ptr);
            if (in.expected)
                target(*in.expected, ptr);
        }
        in.contingency = idList(value, "contingency", pointer);
        if (value.contains("mentions")) {
            const auto ptr = JsonReader::child(pointer, "mentions");
            if (r.array(value["mentions"], ptr))
                for (std::size_t i = 0; i < value["mentions"].size(); ++i)
                    in.mentions.push_back(mention(value["mentions"][i], JsonReader::child(ptr, i)));
        }
        return in;
    }
};

// Cross-references between injects, once every inject has been read.
void checkReferences(JsonReader& r, const Scenario& sc, const std::vector<std::string>& pointers) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < sc.injects.size(); ++i)
        if (!sc.injects[i].id.empty())
            index.emplace(sc.injects[i].id, i);

    std::set<std::string> referenced;
    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& in = sc.injects[i];
        const auto& ptr = pointers[i];
        if (!in.objective.empty() && !sc.objective(in.objective))
            r.problem(JsonReader::child(ptr, "objective"), {"scenario.unknown_objective", {in.objective}});
        if (!in.to.empty() && isKnownRole(in.to) && !sc.participants.empty() &&
            !contains(sc.participants, in.to))
            r.problem(JsonReader::child(ptr, "to"), {"scenario.role_not_participant", {in.to}});
        if (in.expected && in.expected->action == ActionKind::InboxAnswered && !in.expected->target.empty() &&
            !index.contains(in.expected->target))
            r.problem(JsonReader::child(JsonReader::child(ptr, "expected"), "target"),
                      {"scenario.unknown_inject", {in.expected->target}});
        if (!in.contingency.empty() && !in.expected)
            r.problem(JsonReader::child(ptr, "contingency"), {"scenario.contingency_without_expected", {}});
        for (std::size_t c = 0; c < in.contingency.size(); ++c) {
            const auto& target = in.contingency[c];
            if (target.empty())
                continue;
            const auto cptr = JsonReader::child(JsonReader::child(ptr, "contingency"), c);
            const auto it = index.find(target);
            if (it == index.end()) {
                r.problem(cptr, {"scenario.unknown_inject", {target}});
                continue;
            }
            referenced.insert(target);
            if (sc.injects[it->second].offset)
                r.problem(cptr, {"scenario.contingency_scheduled", {target}});
        }
    }
    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& in = sc.injects[i];
        if (!in.offset && !in.id.empty() && !referenced.contains(in.id))
            r.problem(pointers[i], {"scenario.never_fires", {in.id}});
    }

    // Contingency chains must end: a cycle would be a drill that never settles. Depth-first
    // search; each back edge is one cycle, reported at the inject that closes it.
    enum class Mark { New, Active, Done };
    std::vector<Mark> marks(sc.injects.size(), Mark::New);
    std::vector<std::size_t> path;
    auto visit = [&](auto&& self, std::size_t i) -> void {
        marks[i] = Mark::Active;
        path.push_back(i);
        for (std::size_t c = 0; c < sc.injects[i].contingency.size(); ++c) {
            const auto it = index.find(sc.injects[i].contingency[c]);
            if (it == index.end())
                continue;
            const auto next = it->second;
            if (marks[next] == Mark::Active) {
                std::string cycle;
                const auto from = std::find(path.begin(), path.end(), next);
                for (auto p = from; p != path.end(); ++p)
                    cycle += sc.injects[*p].id + " → ";
                cycle += sc.injects[next].id;
                r.problem(JsonReader::child(JsonReader::child(pointers[i], "contingency"), c),
                          {"scenario.contingency_cycle", {cycle}});
            } else if (marks[next] == Mark::New) {
                self(self, next);
            }
        }
        path.pop_back();
        marks[i] = Mark::Done;
    };
    for (std::size_t i = 0; i < sc.injects.size(); ++i)
        if (marks[i] == Mark::New)
            visit(visit, i);
}

} // namespace

Scenario parseScenario(std::string_view jsonText, const std::string& source) {
    JsonReader r;
    ScenarioReader sr{r};
    const json doc = r.parse(jsonText);
    r.throwIfProblems(source);

    Scenario sc;
    if (!r.object(doc, "",
                  {"format", "id", "version", "title", "crisis_type", "playbook", "objectives",
                   "participants", "injects"},
                  {"description"}))
        r.throwIfProblems(source);

    if (auto format = r.string(doc, "format", ""); format && *format != formatTag)
        r.problem("/format", {"playbook.format", {std::string(formatTag)}});
    if (auto id = r.string(doc, "id", "")) {
        if (!isKebabId(*id))
            r.problem("/id", {"playbook.id_pattern", {*id}});
        sc.id = *id;
    }
    if (doc.contains("version")) {
        const auto& v = doc["version"];
        if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 1'000'000)
            r.problem("/version", {"scenario.version", {}});
        else
            sc.version = v.get<int>();
    }
    sc.title = sr.text(doc, "title", "");
    sc.description = sr.text(doc, "description", "");
    if (auto type = r.string(doc, "crisis_type", "")) {
        if (!contains(knownCrisisTypes, *type))
            r.problem("/crisis_type", {"playbook.crisis_type", {*type, joined(knownCrisisTypes)}});
        sc.crisisType = *type;
    }
    if (auto playbook = r.string(doc, "playbook", "")) {
        if (!isKebabId(*playbook))
            r.problem("/playbook", {"playbook.id_pattern", {*playbook}});
        sc.playbook = *playbook;
    }

    if (sr.nonEmptyArray(doc, "objectives", "")) {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < doc["objectives"].size(); ++i) {
            const auto& value = doc["objectives"][i];
            const auto ptr = JsonReader::child("/objectives", i);
            if (!r.object(value, ptr, {"id", "text"}))
                continue;
            sc.objectives.push_back({sr.id(value, ptr, ids), sr.text(value, "text", ptr)});
        }
    }

    if (sr.nonEmptyArray(doc, "participants", "")) {
        for (std::size_t i = 0; i < doc["participants"].size(); ++i) {
            const auto& value = doc["participants"][i];
            const auto ptr = JsonReader::child("/participants", i);
            if (!value.is_string()) {
                r.problem(ptr, {"json.expected_string", {}});
                continue;
            }
            const auto role = value.get<std::string>();
            if (!isKnownRole(role))
                r.problem(ptr, {"playbook.role", {role, joined(knownRoles)}});
            else if (contains(sc.participants, role))
                r.problem(ptr, {"scenario.duplicate_role", {role}});
            else
                sc.participants.push_back(role);
        }
    }

    std::vector<std::string> pointers;
    if (sr.nonEmptyArray(doc, "injects", "")) {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < doc["injects"].size(); ++i) {
            pointers.push_back(JsonReader::child("/injects", i));
            sc.injects.push_back(sr.inject(doc["injects"][i], pointers.back(), ids));
        }
    }
    checkReferences(r, sc, pointers);

    r.throwIfProblems(source);
    return sc;
}

void checkScenarioAgainstPlaybook(const Scenario& sc, const Playbook& playbook, const std::string& source) {
    std::vector<Problem> problems;
    if (sc.playbook != playbook.id)
        problems.push_back({"/playbook", {"scenario.playbook_other", {sc.playbook, playbook.id}}});
    if (sc.crisisType != playbook.crisisType)
        problems.push_back({"/crisis_type", {"scenario.playbook_type", {playbook.id, playbook.crisisType}}});
    for (std::size_t i = 0; i < sc.injects.size(); ++i) {
        const auto& e = sc.injects[i].expected;
        if (!e)
            continue;
        const auto ptr =
            JsonReader::child(JsonReader::child(JsonReader::child("/injects", i), "expected"), "target");
        if (e->action == ActionKind::ChecklistItemChecked && !playbook.phaseOfItem(e->target))
            problems.push_back({ptr, {"error.not_found.item", {e->target, playbook.id}}});
        if (e->action == ActionKind::TaskDone &&
            std::none_of(playbook.tasks.begin(), playbook.tasks.end(),
                         [&](const TaskTemplate& t) { return t.id == e->target; }))
            problems.push_back({ptr, {"scenario.playbook_task", {e->target, playbook.id}}});
    }
    if (!problems.empty())
        throw ValidationError(source, std::move(problems));
}

} // namespace crisis
