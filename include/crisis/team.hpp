#pragma once
// The crisis team: members and the roles they hold.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// Role ids as used in playbooks, tasks and the roster.
inline constexpr std::array<std::string_view, 8> knownRoles{
    "crisis-manager", "comms", "it", "hr", "operations", "social", "legal", "customer-service"};

/// True for one of knownRoles.
bool isKnownRole(std::string_view role);

/// A person on the crisis team. Names are unique within the roster.
struct Member {
    std::int64_t id = 0;
    std::string name;
    std::string role;
    std::string contact; ///< free text: phone, e-mail, messenger handle
    /// False: the role's primary (at most one per role). True: a backup, who takes the role's
    /// work when the role has no primary.
    bool backup = false;
};

/// Who takes a role's work when an incident opens: its primary, else its first backup (in
/// roster order), else nobody (nullptr). `members` in roster order.
const Member* roleHolder(const std::vector<Member>& members, std::string_view role);

} // namespace crisis
