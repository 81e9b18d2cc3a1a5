#pragma once
// Replay of a closed incident or a drill: the state at any past instant is the fold of the
// log's prefix up to that instant, so the console can play it back at any speed.

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/time.hpp>

#include <vector>

namespace crisis {

/// The incident as it was at `t`: `log` (in seq order) folded with applyEvent up to and
/// including the last event at or before `t`. The fold stops at the first later event so the
/// prefix is always one the reducer accepted. Before the first event: a default Incident.
Incident replayUntil(const std::vector<Event>& log, Instant t);

/// The distinct instants at which the replayed state changes, ascending: the stops of a
/// step-by-step playback.
std::vector<Instant> replayMoments(const std::vector<Event>& log);

} // namespace crisis
