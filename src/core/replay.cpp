#include <crisis/replay.hpp>

#include <algorithm>

namespace crisis {

Incident replayUntil(const std::vector<Event>& log, Instant t) {
    Incident incident;
    for (const auto& event : log) {
        if (event.at > t)
            break;
        applyEvent(incident, event);
    }
    return incident;
}

std::vector<Instant> replayMoments(const std::vector<Event>& log) {
    std::vector<Instant> moments;
    moments.reserve(log.size());
    for (const auto& event : log)
        moments.push_back(event.at);
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    return moments;
}

} // namespace crisis
