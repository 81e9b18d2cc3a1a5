#pragma once
// The crisis team: members and the roles they hold.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

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
};

} // namespace crisis
