// The kit in effect and kit imports (template_kit.hpp).

#include <crisis/error.hpp>
#include <crisis/template_kit.hpp>

#include "import_files.hpp"

#include <map>
#include <set>

namespace crisis {

std::vector<TemplateRecord> effectiveTemplates(const Store& store) {
    std::map<std::string, TemplateRecord> stored;
    for (auto& record : store.storedTemplates())
        stored.emplace(record.tmpl.id, std::move(record));
    std::vector<TemplateRecord> out;
    for (const auto& t : defaultTemplates()) {
        if (const auto it = stored.find(t.id); it != stored.end()) {
            out.push_back(std::move(it->second));
            stored.erase(it);
        } else {
            out.push_back({t, 0, std::nullopt});
        }
    }
    for (auto& [id, record] : stored)
        out.push_back(std::move(record));
    return out;
}

std::vector<MessageTemplate> kitInEffect(const Store& store) {
    std::vector<MessageTemplate> out;
    for (auto& record : effectiveTemplates(store))
        out.push_back(std::move(record.tmpl));
    return out;
}

KitImport importTemplateKits(Store& store, const std::vector<KitFile>& files, Instant at) {
    std::vector<MessageTemplate> all;
    std::map<std::string, std::string> seenIn; // id -> file that had it first
    detail::readAllFiles(
        files, [&](const KitFile& file, const std::string& prefix, std::vector<Problem>& problems) {
            auto kit = parseTemplateKit(file.text, file.source);
            for (std::size_t i = 0; i < kit.size(); ++i) {
                const auto [it, fresh] = seenIn.emplace(kit[i].id, file.source);
                if (!fresh)
                    problems.push_back({prefix + "/templates/" + std::to_string(i) + "/id",
                                        {"template.id_in_two_files", {kit[i].id, it->second}}});
            }
            all.insert(all.end(), kit.begin(), kit.end());
        });

    std::set<std::string> shippedIds;
    for (const auto& t : defaultTemplates())
        shippedIds.insert(t.id);
    std::set<std::string> storedIds;
    for (const auto& r : store.storedTemplates())
        storedIds.insert(r.tmpl.id);

    KitImport result;
    const auto versions = store.saveTemplates(all, defaultTemplates(), at);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& id = all[i].id;
        result.versions.emplace_back(id, versions[i]);
        if (versions[i] == 0)
            ++result.unchanged;
        else if (shippedIds.contains(id) || storedIds.contains(id))
            ++result.replaced;
        else
            ++result.added;
    }
    return result;
}

} // namespace crisis
