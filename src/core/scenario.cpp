// Scenario vocabulary (deliveries, action kinds), lookups and the built-in scenarios.

#include <crisis/scenario.hpp>

#include "embedded_files.hpp"

#include <algorithm>

namespace crisis {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::string_view, N>& names, std::string_view name) {
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<Enum>(it - names.begin());
}

} // namespace

std::string_view deliveryName(Delivery delivery) {
    return deliveryNames[static_cast<std::size_t>(delivery)];
}

std::optional<Delivery> deliveryFromName(std::string_view name) {
    return fromName<Delivery>(deliveryNames, name);
}

std::string_view actionKindName(ActionKind kind) {
    return actionKindNames[static_cast<std::size_t>(kind)];
}

std::optional<ActionKind> actionKindFromName(std::string_view name) {
    return fromName<ActionKind>(actionKindNames, name);
}

const Inject* Scenario::inject(std::string_view injectId) const {
    const auto it =
        std::find_if(injects.begin(), injects.end(), [&](const Inject& i) { return i.id == injectId; });
    return it == injects.end() ? nullptr : &*it;
}

const Objective* Scenario::objective(std::string_view objectiveId) const {
    const auto it = std::find_if(objectives.begin(), objectives.end(),
                                 [&](const Objective& o) { return o.id == objectiveId; });
    return it == objectives.end() ? nullptr : &*it;
}

std::vector<Scenario> builtInScenarios() {
    std::vector<Scenario> result;
    for (const auto& file : detail::embeddedScenarios())
        result.push_back(parseScenario(file.content, "resources/scenarios/" + std::string(file.name)));
    return result;
}

} // namespace crisis
