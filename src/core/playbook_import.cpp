// Playbook imports (playbook_import.hpp).

#include <crisis/error.hpp>
#include <crisis/playbook_import.hpp>
#include <crisis/template_kit.hpp>

#include "import_files.hpp"

#include <map>
#include <set>

namespace crisis {

std::vector<std::pair<std::string, int>> importPlaybooks(Store& store, const std::vector<PlaybookFile>& files,
                                                         Instant at) {
    std::vector<std::pair<std::string, int>> result;
    // Under the write lock, so the kit checked is the kit the playbooks are stored against.
    store.batch([&] {
        std::set<std::string> kit;
        for (const auto& t : kitInEffect(store))
            kit.insert(t.id);
        std::vector<Playbook> valid;
        std::map<std::string, std::string> seenIn; // playbook id -> file that had it first
        detail::readAllFiles(
            files, [&](const PlaybookFile& file, const std::string& prefix, std::vector<Problem>& problems) {
                auto pb = parsePlaybook(file.text, file.source);
                for (std::size_t i = 0; i < pb.templates.size(); ++i)
                    if (!kit.contains(pb.templates[i]))
                        problems.push_back({prefix + "/templates/" + std::to_string(i),
                                            {"playbook.unknown_template", {pb.templates[i]}}});
                if (const auto [it, fresh] = seenIn.emplace(pb.id, file.source); !fresh)
                    problems.push_back({prefix + "/id", {"playbook.id_in_two_files", {pb.id, it->second}}});
                valid.push_back(std::move(pb));
            });
        for (const auto& pb : valid)
            result.emplace_back(pb.id, store.savePlaybook(pb, at));
    });
    return result;
}

} // namespace crisis
