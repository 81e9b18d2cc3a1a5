#include <crisis/backup.hpp>

#include <algorithm>
#include <vector>

namespace crisis {

std::string backupFileName(Instant at) {
    std::string iso = formatInstant(std::chrono::time_point_cast<std::chrono::seconds>(at));
    std::erase(iso, '-');
    std::erase(iso, ':');
    return "crisisdesk-" + iso + ".db";
}

std::filesystem::path rotateBackup(const Store& store, const std::filesystem::path& folder, Instant at,
                                   int keep) {
    std::filesystem::create_directories(folder);
    const auto target = folder / backupFileName(at);
    store.backupTo(target);
    std::vector<std::filesystem::path> existing;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const auto name = entry.path().filename().string();
        if (name.starts_with("crisisdesk-") && name.ends_with(".db"))
            existing.push_back(entry.path());
    }
    std::sort(existing.begin(), existing.end());
    const auto excess = static_cast<std::ptrdiff_t>(existing.size()) - std::max(1, keep);
    for (std::ptrdiff_t i = 0; i < excess; ++i)
        std::filesystem::remove(existing[static_cast<std::size_t>(i)]);
    return target;
}

} // namespace crisis
