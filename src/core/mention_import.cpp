#include <crisis/mention.hpp>

#include <csv.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>

namespace crisis {

namespace {

// A row as field name -> text, whatever the file format.
using Row = std::map<std::string, std::string>;

void validateRow(const Row& row, std::size_t line, const MentionColumns& c, MentionParse& out) {
    const auto field = [&](const std::string& name) -> std::string {
        const auto it = row.find(name);
        return it == row.end() ? std::string() : it->second;
    };
    std::vector<std::string> wrong;
    Mention m;
    const auto at = parseInstant(field(c.time));
    if (!at)
        wrong.push_back(c.time);
    else
        m.at = *at;
    m.channel = field(c.channel);
    if (m.channel.empty())
        wrong.push_back(c.channel);
    m.text = field(c.text);
    if (m.text.empty())
        wrong.push_back(c.text);
    const std::string reach = field(c.reach);
    if (!reach.empty()) {
        const auto [ptr, ec] = std::from_chars(reach.data(), reach.data() + reach.size(), m.reach);
        if (ec != std::errc() || ptr != reach.data() + reach.size() || m.reach < 0)
            wrong.push_back(c.reach);
    }
    m.author = field(c.author);
    m.url = field(c.url);
    m.language = field(c.language);
    m.externalId = field(c.id);
    if (!wrong.empty()) {
        std::string names;
        for (const auto& w : wrong)
            names += (names.empty() ? "" : ", ") + w;
        out.problems.push_back({"line " + std::to_string(line), {"mentions.bad_row", {names}}});
        return;
    }
    out.mentions.push_back(std::move(m));
}

struct CsvState {
    std::vector<std::string> fields;
    std::vector<std::string> header;
    std::size_t recordLine = 1; // line where the current record started
    std::size_t nextLine = 1;
    std::size_t newlinesInRecord = 0;
    const MentionColumns* columns = nullptr;
    MentionParse* out = nullptr;
};

void onField(void* data, std::size_t size, void* user) {
    auto* s = static_cast<CsvState*>(user);
    std::string value(static_cast<const char*>(data), size);
    for (const char ch : value)
        s->newlinesInRecord += ch == '\n';
    s->fields.push_back(std::move(value));
}

void onRecord(int, void* user) {
    auto* s = static_cast<CsvState*>(user);
    const std::size_t line = s->nextLine;
    s->nextLine += 1 + s->newlinesInRecord;
    s->newlinesInRecord = 0;
    if (s->header.empty()) {
        s->header = std::move(s->fields);
        const auto has = [&](const std::string& name) {
            return std::find(s->header.begin(), s->header.end(), name) != s->header.end();
        };
        for (const auto* required : {&s->columns->time, &s->columns->channel, &s->columns->text})
            if (!has(*required))
                s->out->problems.push_back({"line 1", {"mentions.missing_column", {*required}}});
    } else {
        Row row;
        for (std::size_t i = 0; i < s->fields.size() && i < s->header.size(); ++i)
            row[s->header[i]] = s->fields[i];
        if (s->fields.size() != s->header.size())
            s->out->problems.push_back(
                {"line " + std::to_string(line),
                 {"mentions.field_count",
                  {std::to_string(s->fields.size()), std::to_string(s->header.size())}}});
        else
            validateRow(row, line, *s->columns, *s->out);
    }
    s->fields.clear();
}

Row jsonRow(const nlohmann::json& object) {
    Row row;
    for (const auto& [key, value] : object.items())
        row[key] = value.is_string() ? value.get<std::string>()
                   : value.is_null() ? std::string()
                                     : value.dump();
    return row;
}

constexpr std::size_t chunk = 1 << 16;

// Excel and many listening tools start UTF-8 exports with a byte-order mark; it is no part of
// the first column's name.
std::string_view withoutBom(std::string_view data) {
    return data.starts_with("\xEF\xBB\xBF") ? data.substr(3) : data;
}

} // namespace

std::optional<MentionFormat> mentionFormatFor(const std::filesystem::path& file) {
    const auto ext = file.extension().string();
    if (ext == ".csv")
        return MentionFormat::Csv;
    if (ext == ".json")
        return MentionFormat::Json;
    if (ext == ".jsonl" || ext == ".ndjson")
        return MentionFormat::JsonLines;
    return std::nullopt;
}

std::string mentionKey(const Mention& m) {
    if (!m.externalId.empty())
        return "id\x1f" + m.externalId;
    return "m\x1f" + m.channel + "\x1f" + m.author + "\x1f" + formatInstant(m.at) + "\x1f" + m.text;
}

bool scoreMentions(const SentimentScorer& scorer, std::vector<Mention>& mentions,
                   const ImportProgress& progress) {
    constexpr std::size_t scoreChunk = 2048;
    for (std::size_t done = 0; done < mentions.size();) {
        const std::size_t end = std::min(mentions.size(), done + scoreChunk);
        for (; done < end; ++done)
            mentions[done].sentiment = scorer.score(mentions[done].text);
        if (progress && !progress(done, mentions.size()))
            return false;
    }
    return true;
}

std::vector<std::string> csvHeader(std::string_view data) {
    data = withoutBom(data);
    csv_parser parser;
    csv_init(&parser, CSV_APPEND_NULL);
    const std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    MentionParse ignored;
    const MentionColumns columns;
    CsvState state;
    state.columns = &columns;
    state.out = &ignored;
    // The header is the first record: feed small chunks until it is complete.
    for (std::size_t offset = 0; offset < data.size() && state.header.empty(); offset += 4096) {
        const auto n = std::min<std::size_t>(4096, data.size() - offset);
        if (csv_parse(&parser, data.data() + offset, n, onField, onRecord, &state) != n)
            return {};
    }
    if (state.header.empty())
        csv_fini(&parser, onField, onRecord, &state);
    return state.header;
}

MentionParse parseMentions(std::string_view data, MentionFormat format, const MentionColumns& columns,
                           const ImportProgress& progress) {
    data = withoutBom(data);
    MentionParse out;
    const auto keepGoing = [&](std::size_t done) {
        if (progress && !progress(done, data.size())) {
            out.cancelled = true;
            return false;
        }
        return true;
    };
    if (format == MentionFormat::Csv) {
        csv_parser parser;
        csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
        const std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
        CsvState state;
        state.columns = &columns;
        state.out = &out;
        for (std::size_t offset = 0; offset < data.size(); offset += chunk) {
            const auto n = std::min(chunk, data.size() - offset);
            if (csv_parse(&parser, data.data() + offset, n, onField, onRecord, &state) != n) {
                out.problems.push_back({"line " + std::to_string(state.nextLine),
                                        {"mentions.csv_syntax", {csv_strerror(csv_error(&parser))}}});
                return out;
            }
            if (!keepGoing(offset + n))
                return out;
        }
        if (csv_fini(&parser, onField, onRecord, &state) != 0)
            out.problems.push_back({"line " + std::to_string(state.nextLine),
                                    {"mentions.csv_syntax", {csv_strerror(csv_error(&parser))}}});
        return out;
    }
    if (format == MentionFormat::Json) {
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(data.begin(), data.end());
        } catch (const nlohmann::json::exception& e) {
            out.problems.push_back({"", {"json.syntax", {e.what()}}});
            return out;
        }
        if (!doc.is_array()) {
            out.problems.push_back({"", {"json.expected_array", {}}});
            return out;
        }
        for (std::size_t i = 0; i < doc.size(); ++i) {
            if (!doc[i].is_object())
                out.problems.push_back({"/" + std::to_string(i), {"json.expected_object", {}}});
            else
                validateRow(jsonRow(doc[i]), i + 1, columns, out);
            if (i % 4096 == 0 && !keepGoing(data.size() * i / std::max<std::size_t>(1, doc.size())))
                return out;
        }
        if (!out.problems.empty())
            for (auto& p : out.problems) // array items are numbered as items, not lines
                if (p.pointer.starts_with("line "))
                    p.pointer = "/" + std::to_string(std::stoul(p.pointer.substr(5)) - 1);
        return out;
    }
    // JSON lines: one object per line; blank lines are skipped.
    std::size_t start = 0;
    std::size_t line = 0;
    while (start < data.size()) {
        const auto end = std::min(data.find('\n', start), data.size());
        ++line;
        const auto text = data.substr(start, end - start);
        const auto next = end + 1;
        if (text.find_first_not_of(" \t\r") != std::string_view::npos) {
            try {
                const auto object = nlohmann::json::parse(text.begin(), text.end());
                if (object.is_object())
                    validateRow(jsonRow(object), line, columns, out);
                else
                    out.problems.push_back({"line " + std::to_string(line), {"json.expected_object", {}}});
            } catch (const nlohmann::json::exception& e) {
                out.problems.push_back({"line " + std::to_string(line), {"json.syntax", {e.what()}}});
            }
        }
        if (line % 4096 == 0 && !keepGoing(next))
            return out;
        start = next;
    }
    return out;
}

} // namespace crisis
