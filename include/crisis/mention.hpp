#pragma once
// Social mentions imported from listening tools: CSV, a JSON array, or JSON lines
// (docs/mentions-format.md). Parsing checks every row and reports each bad one by line;
// the caller decides whether good rows may be kept (by default nothing is stored on error).

#include <crisis/error.hpp>
#include <crisis/sentiment.hpp>
#include <crisis/time.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// One mention.
struct Mention {
    std::int64_t id = 0;    ///< the store's id once stored; not part of equality
    std::string externalId; ///< the tool's id, when it gives one
    Instant at;
    std::string channel;
    std::string author;
    std::string text;
    std::string url;
    long long reach = 0;
    std::string language; ///< "en", "zh", ... as given
    Sentiment sentiment;  ///< filled at import
    /// A message addressed to the team (a drill inject, an e-mail), not a public post: always
    /// listed for attention, and left out of spike detection and the sentiment figures.
    bool direct = false;
    bool operator==(const Mention& other) const {
        return externalId == other.externalId && at == other.at && channel == other.channel &&
               author == other.author && text == other.text && url == other.url && reach == other.reach &&
               language == other.language && direct == other.direct;
    }
};

/// Which CSV column (or JSON key) holds each field; the defaults are the documented names.
struct MentionColumns {
    std::string time = "time";
    std::string channel = "channel";
    std::string author = "author";
    std::string text = "text";
    std::string url = "url";
    std::string reach = "reach";
    std::string language = "language";
    std::string id = "id";
};

enum class MentionFormat { Csv, Json, JsonLines };

/// csv, json, jsonl/ndjson by file extension; nullopt for anything else.
std::optional<MentionFormat> mentionFormatFor(const std::filesystem::path& file);

/// What parsing found: the good mentions and one Problem per bad row ("line N").
struct MentionParse {
    std::vector<Mention> mentions;
    std::vector<Problem> problems;
    bool cancelled = false;
};

/// Called now and then with bytes done and total; return false to cancel.
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

/// Parses a whole file. Required per row: time (ISO-8601), channel, text; reach, when given,
/// a non-negative integer.
MentionParse parseMentions(std::string_view data, MentionFormat format, const MentionColumns& columns = {},
                           const ImportProgress& progress = {});

/// Scores the text of every mention with `scorer`, calling `progress` (done, total mentions)
/// after each chunk. Returns false when `progress` asked to stop; the scores so far are kept.
bool scoreMentions(const SentimentScorer& scorer, std::vector<Mention>& mentions,
                   const ImportProgress& progress = {});

/// The column names of a CSV file's header row (empty if it has none or is not CSV), so the
/// console can offer a column mapping before parsing.
std::vector<std::string> csvHeader(std::string_view data);

/// The key mentions are de-duplicated by: the tool's id, else channel, author, time and text.
std::string mentionKey(const Mention& mention);

} // namespace crisis
