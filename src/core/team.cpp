// The roster's rules that do not need the database.

#include <crisis/team.hpp>

namespace crisis {

const Member* roleHolder(const std::vector<Member>& members, std::string_view role) {
    const Member* backup = nullptr;
    for (const auto& m : members) {
        if (m.role != role)
            continue;
        if (!m.backup)
            return &m;
        if (!backup)
            backup = &m;
    }
    return backup;
}

} // namespace crisis
