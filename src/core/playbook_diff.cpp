#include <crisis/playbook_diff.hpp>

#include <nlohmann/json.hpp>

#include <map>

namespace crisis {

namespace {

using nlohmann::json;

// Each element as id -> compact JSON, taken from the canonical file form so the diff
// compares exactly what an export would write.
std::map<std::string, std::string> byId(const json& list) {
    std::map<std::string, std::string> out;
    for (const auto& element : list)
        out[element.at("id").get<std::string>()] = element.dump();
    return out;
}

void compare(const std::string& prefix, const std::map<std::string, std::string>& a,
             const std::map<std::string, std::string>& b, std::vector<PlaybookChange>& out) {
    for (const auto& [id, text] : a) {
        const auto it = b.find(id);
        if (it == b.end())
            out.push_back({PlaybookChange::Kind::Removed, prefix + id, text, {}});
        else if (it->second != text)
            out.push_back({PlaybookChange::Kind::Changed, prefix + id, text, it->second});
    }
    for (const auto& [id, text] : b)
        if (!a.contains(id))
            out.push_back({PlaybookChange::Kind::Added, prefix + id, {}, text});
}

} // namespace

std::string_view changeKindName(PlaybookChange::Kind kind) {
    switch (kind) {
    case PlaybookChange::Kind::Added:
        return "added";
    case PlaybookChange::Kind::Removed:
        return "removed";
    case PlaybookChange::Kind::Changed:
        return "changed";
    }
    return "changed";
}

std::vector<PlaybookChange> diffPlaybooks(const Playbook& before, const Playbook& after) {
    const json a = json::parse(playbookToJson(before));
    const json b = json::parse(playbookToJson(after));
    std::vector<PlaybookChange> out;
    for (const char* key : {"crisis_type", "origin", "name", "description", "reputation", "templates",
                            "owner", "review_interval", "approvers"})
        if (a.at(key) != b.at(key))
            out.push_back({PlaybookChange::Kind::Changed, key, a.at(key).dump(), b.at(key).dump()});
    compare("clocks/", byId(a.at("clocks")), byId(b.at("clocks")), out);
    for (const char* phase : {"identify", "analyze", "respond", "reputation", "review"}) {
        const auto list = [&](const json& doc) {
            return doc.at("checklists").contains(phase) ? byId(doc.at("checklists").at(phase))
                                                        : std::map<std::string, std::string>{};
        };
        compare(std::string("checklists/") + phase + "/", list(a), list(b), out);
    }
    compare("tasks/", byId(a.at("tasks")), byId(b.at("tasks")), out);
    return out;
}

} // namespace crisis
