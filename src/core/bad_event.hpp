#pragma once
// The one error for an event that a reader of the log cannot apply.

#include <crisis/error.hpp>
#include <crisis/event.hpp>

#include <string>

namespace crisis::detail {

/// Throws Error(Integrity) naming the event and why it cannot be applied.
[[noreturn]] inline void badEvent(const Event& event, const std::string& why) {
    throw Error(ErrorCode::Integrity, {"error.integrity",
                                       {std::to_string(event.seq), std::to_string(event.incident),
                                        render({"integrity.bad_event", {why}}, Language::En)}});
}

} // namespace crisis::detail
