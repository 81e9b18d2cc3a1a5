#pragma once
// Things folded from the log (statements, briefings) are named by the seq of the event that
// created them: unique across incidents, stable, and found without a table of their own.

#include <crisis/error.hpp>
#include <crisis/store.hpp>

#include <string>
#include <string_view>

namespace crisis::detail {

/// The incident of the `kind` event with this seq; Error(NotFound, {notFoundId, {seq}}) when the
/// seq is not such an event.
inline std::int64_t incidentOfEvent(const Store& store, std::int64_t seq, std::string_view kind,
                                    const char* notFoundId) {
    const auto found = seq > 0 ? store.eventsFromSeq(seq, 1) : std::vector<Event>{};
    if (found.empty() || found.front().seq != seq || found.front().kind != kind)
        throw Error(ErrorCode::NotFound, {notFoundId, {std::to_string(seq)}});
    return found.front().incident;
}

} // namespace crisis::detail
