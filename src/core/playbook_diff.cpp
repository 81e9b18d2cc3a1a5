#include <crisis/playbook_diff.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <utility>

namespace crisis {

namespace {

using nlohmann::json;

// Each element as (id, compact JSON) in list order, taken from the canonical file form so the
// diff compares exactly what an export would write.
using Elements = std::vector<std::pair<std::string, std::string>>;

Elements elements(const json& list) {
    Elements out;
    for (const auto& element : list)
        out.emplace_back(element.at("id").get<std::string>(), element.dump());
    return out;
}

// Positions (in `b`) of the elements of `a` that `b` keeps, in `a`'s order; the longest
// increasing run of them stayed in place, every other kept element moved.
std::set<std::string> movedIds(const Elements& a, const Elements& b) {
    std::map<std::string, std::size_t> inB;
    for (std::size_t i = 0; i < b.size(); ++i)
        inB[b[i].first] = i;
    std::vector<std::size_t> seq;
    std::vector<std::string> ids;
    for (const auto& [id, text] : a)
        if (const auto it = inB.find(id); it != inB.end()) {
            seq.push_back(it->second);
            ids.push_back(id);
        }
    // O(n^2) longest increasing subsequence: lists are a few dozen elements long.
    std::vector<std::size_t> length(seq.size(), 1), previous(seq.size(), seq.size());
    std::size_t best = 0;
    for (std::size_t i = 0; i < seq.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j)
            if (seq[j] < seq[i] && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        if (length[i] > length[best])
            best = i;
    }
    std::set<std::string> moved(ids.begin(), ids.end());
    for (std::size_t i = best; !seq.empty() && i < seq.size(); i = previous[i])
        moved.erase(ids[i]);
    return moved;
}

void compare(const std::string& prefix, const Elements& a, const Elements& b,
             std::vector<PlaybookChange>& out) {
    const std::map<std::string, std::string> byIdA(a.begin(), a.end()), byIdB(b.begin(), b.end());
    for (const auto& [id, text] : byIdA) {
        const auto it = byIdB.find(id);
        if (it == byIdB.end())
            out.push_back({PlaybookChange::Kind::Removed, prefix + id, text, {}});
        else if (it->second != text)
            out.push_back({PlaybookChange::Kind::Changed, prefix + id, text, it->second});
    }
    for (const auto& [id, text] : byIdB)
        if (!byIdA.contains(id))
            out.push_back({PlaybookChange::Kind::Added, prefix + id, {}, text});
    const auto moved = movedIds(a, b);
    std::map<std::string, std::size_t> indexA;
    for (std::size_t i = 0; i < a.size(); ++i)
        indexA[a[i].first] = i;
    for (std::size_t i = 0; i < b.size(); ++i)
        if (moved.contains(b[i].first))
            out.push_back({PlaybookChange::Kind::Moved, prefix + b[i].first, byIdA.at(b[i].first),
                           b[i].second, indexA.at(b[i].first), i});
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
    case PlaybookChange::Kind::Moved:
        return "moved";
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
    compare("clocks/", elements(a.at("clocks")), elements(b.at("clocks")), out);
    for (const char* phase : {"identify", "analyze", "respond", "reputation", "review"}) {
        const auto list = [&](const json& doc) {
            return doc.at("checklists").contains(phase) ? elements(doc.at("checklists").at(phase))
                                                        : Elements{};
        };
        compare(std::string("checklists/") + phase + "/", list(a), list(b), out);
    }
    compare("tasks/", elements(a.at("tasks")), elements(b.at("tasks")), out);
    return out;
}

} // namespace crisis
