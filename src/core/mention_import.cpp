#include <crisis/mention.hpp>

#include "csv_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>

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

// Turns CSV records into rows by the header and validates them.
struct CsvRows {
    std::vector<std::string> header;
    const MentionColumns* columns = nullptr;
    MentionParse* out = nullptr;

    bool operator()(std::vector<std::string>& fields, std::size_t line) {
        if (header.empty()) {
            header = std::move(fields);
            const auto has = [&](const std::string& name) {
                return std::find(header.begin(), header.end(), name) != header.end();
            };
            for (const auto* required : {&columns->time, &columns->channel, &columns->text})
                if (!has(*required))
                    out->problems.push_back({"line 1", {"mentions.missing_column", {*required}}});
            return true;
        }
        Row row;
        for (std::size_t i = 0; i < fields.size() && i < header.size(); ++i)
            row[header[i]] = fields[i];
        if (fields.size() != header.size())
            out->problems.push_back(
                {"line " + std::to_string(line),
                 {"mentions.field_count", {std::to_string(fields.size()), std::to_string(header.size())}}});
        else
            validateRow(row, line, *columns, *out);
        return true;
    }
};

Row jsonRow(const nlohmann::json& object) {
    Row row;
    for (const auto& [key, value] : object.items())
        row[key] = value.is_string() ? value.get<std::string>()
                   : value.is_null() ? std::string()
                                     : value.dump();
    return row;
}

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
    std::vector<std::string> header;
    // The header is the first record: read small chunks, leniently, until it is complete.
    const auto error = detail::readCsv(
        data,
        [&](std::vector<std::string>& fields, std::size_t) {
            header = std::move(fields);
            return false;
        },
        {}, false, 4096);
    return error ? std::vector<std::string>{} : header;
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
        CsvRows rows;
        rows.columns = &columns;
        rows.out = &out;
        const auto error =
            detail::readCsv(data, std::ref(rows), [&](std::size_t done) { return keepGoing(done); });
        if (error)
            out.problems.push_back(
                {"line " + std::to_string(error->line), {"mentions.csv_syntax", {error->what}}});
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
