#pragma once
// The one CSV reader of the core (RFC 4180 through libcsv): records with the line each starts
// on, so every importer reports bad rows by line. Writing CSV is csv_text.hpp.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::detail {

/// A syntax error: where it was found and libcsv's description.
struct CsvSyntaxError {
    std::size_t line = 1;
    std::string what;
};

/// Called with each record's fields and the 1-based line it starts on (a quoted field may span
/// lines). Return false to stop reading.
using CsvRecordHandler = std::function<bool(std::vector<std::string>& fields, std::size_t line)>;
/// Called after each chunk with the bytes read so far. Return false to stop reading.
using CsvChunkHandler = std::function<bool(std::size_t done)>;

/// Reads `data` record by record. `strict`: a stray quote or an unterminated quoted field is a
/// syntax error (importers); otherwise libcsv is lenient (peeking at a header). Returns the
/// syntax error, or nullopt when the data was read to its end or a handler stopped it.
std::optional<CsvSyntaxError> readCsv(std::string_view data, const CsvRecordHandler& onRecord,
                                      const CsvChunkHandler& onChunk = {}, bool strict = true,
                                      std::size_t chunk = 1 << 16);

} // namespace crisis::detail
