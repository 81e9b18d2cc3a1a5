#include "csv_reader.hpp"

#include <csv.h>

#include <memory>

namespace crisis::detail {

namespace {

struct State {
    const CsvRecordHandler* onRecord = nullptr;
    std::vector<std::string> fields;
    std::size_t nextLine = 1; // line where the next record starts
    std::size_t newlinesInRecord = 0;
    bool stopped = false;
};

void onField(void* data, std::size_t size, void* user) {
    auto* s = static_cast<State*>(user);
    if (s->stopped)
        return;
    std::string value(static_cast<const char*>(data), size);
    for (const char ch : value)
        s->newlinesInRecord += ch == '\n';
    s->fields.push_back(std::move(value));
}

void onRecord(int, void* user) {
    auto* s = static_cast<State*>(user);
    if (s->stopped)
        return;
    const std::size_t line = s->nextLine;
    s->nextLine += 1 + s->newlinesInRecord;
    s->newlinesInRecord = 0;
    if (!(*s->onRecord)(s->fields, line))
        s->stopped = true;
    s->fields.clear();
}

} // namespace

std::optional<CsvSyntaxError> readCsv(std::string_view data, const CsvRecordHandler& handler,
                                      const CsvChunkHandler& onChunk, bool strict, std::size_t chunk) {
    // A byte-order mark (Excel's UTF-8 exports) is no part of the first field.
    if (data.starts_with("\xEF\xBB\xBF"))
        data.remove_prefix(3);
    csv_parser parser;
    csv_init(&parser, (strict ? CSV_STRICT | CSV_STRICT_FINI : 0) | CSV_APPEND_NULL);
    const std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    State state;
    state.onRecord = &handler;
    for (std::size_t offset = 0; offset < data.size(); offset += chunk) {
        const auto n = std::min(chunk, data.size() - offset);
        if (csv_parse(&parser, data.data() + offset, n, onField, onRecord, &state) != n)
            return CsvSyntaxError{state.nextLine, csv_strerror(csv_error(&parser))};
        if (state.stopped || (onChunk && !onChunk(offset + n)))
            return std::nullopt;
    }
    if (csv_fini(&parser, onField, onRecord, &state) != 0)
        return CsvSyntaxError{state.nextLine, csv_strerror(csv_error(&parser))};
    return std::nullopt;
}

} // namespace crisis::detail
