#pragma once
// The unified inbox: mentions that need attention (negative, high reach or matching a watch
// word), across every channel, with who handles them and how fast they were answered.

#include <crisis/mention.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// Where an inbox item stands. Open items wait; the others are handled.
enum class InboxState { Open, Replied, Reviewed, NoAction };

/// "open", "replied", "reviewed", "no-action".
std::string_view inboxStateName(InboxState state);
/// The state named `name`, or nullopt.
std::optional<InboxState> inboxStateFromName(std::string_view name);

/// A mention with its handling.
struct InboxItem {
    Mention mention;
    InboxState state = InboxState::Open;
    std::string assignee;
    std::optional<Instant> respondedAt; ///< first reply; response time = respondedAt - mention.at
    std::string responder;              ///< who sent the first reply
    std::string reply;                  ///< text of the latest reply
};

/// Which mentions to list. Attention = negative label, reach >= highReach or a watch word.
struct InboxQuery {
    std::int64_t incident = 0;
    bool attentionOnly = true;
    long long highReach = 10000;
    std::vector<std::string> watchWords;
    std::string channel;                 ///< empty: all
    std::optional<SentimentLabel> label; ///< filter on sentiment
    std::optional<InboxState> state;
    std::string assignee; ///< empty: anyone
    long long minReach = 0;
    std::size_t limit = 5000; ///< newest first beyond this many
};

} // namespace crisis
