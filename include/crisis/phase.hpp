#pragma once
// The six crisis phases plus the terminal state.

#include <array>
#include <optional>
#include <string_view>

namespace crisis {

/// States of the phase machine, in order. An incident opens in Identify; Prepare is the
/// standing state of the organisation between incidents.
enum class Phase { Prepare, Identify, Analyze, Respond, Reputation, Review, Closed };

/// All states in order.
inline constexpr std::array<Phase, 7> allPhases{Phase::Prepare, Phase::Identify,   Phase::Analyze,
                                                Phase::Respond, Phase::Reputation, Phase::Review,
                                                Phase::Closed};

/// Stable lower-case name used in files, the database and `--json`: "identify", "closed"...
std::string_view phaseName(Phase phase);
/// Inverse of phaseName; nullopt for an unknown name.
std::optional<Phase> phaseFromName(std::string_view name);
/// The state an ordinary advance leads to; nullopt from Closed.
std::optional<Phase> nextPhase(Phase phase);

} // namespace crisis
