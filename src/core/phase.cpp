#include <crisis/phase.hpp>
#include <crisis/team.hpp>

#include <algorithm>

namespace crisis {

namespace {
constexpr std::array<std::string_view, 7> phaseNames{"prepare",    "identify", "analyze", "respond",
                                                     "reputation", "review",   "closed"};
}

std::string_view phaseName(Phase phase) {
    return phaseNames[static_cast<std::size_t>(phase)];
}

std::optional<Phase> phaseFromName(std::string_view name) {
    for (std::size_t i = 0; i < phaseNames.size(); ++i)
        if (phaseNames[i] == name)
            return static_cast<Phase>(i);
    return std::nullopt;
}

std::optional<Phase> nextPhase(Phase phase) {
    if (phase == Phase::Closed)
        return std::nullopt;
    return static_cast<Phase>(static_cast<int>(phase) + 1);
}

bool isKnownRole(std::string_view role) {
    return std::find(knownRoles.begin(), knownRoles.end(), role) != knownRoles.end();
}

} // namespace crisis
