#pragma once
// Errors that leave the core. Inside the core, code throws; the CLI turns an Error into a
// message on stderr and exit code 1, the GUI into a dialog.

#include <crisis/messages.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace crisis {

/// What kind of failure, so callers can react without parsing text.
enum class ErrorCode {
    InvalidInput,     ///< a file or an argument is malformed; nothing was changed
    NotFound,         ///< the incident, task, playbook... does not exist
    RuleViolation,    ///< the request breaks a domain rule (e.g. advance with an open checklist)
    DatabaseLocked,   ///< another process holds the write lock longer than the busy timeout
    DatabaseCorrupt,  ///< the file is not a CrisisDesk/SQLite database or is damaged
    DatabaseTooNew,   ///< written by a newer CrisisDesk; refused to avoid damaging it
    DatabaseReadOnly, ///< the file or its folder cannot be written
    DiskFull,         ///< the disk or a size limit is full; the transaction was rolled back
    Io,               ///< any other storage failure
    Integrity,        ///< the event log's hash chain is broken
};

/// An error a user can act on: a code plus a catalogue message. `what()` is the English form.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, Message message);
    ErrorCode code() const noexcept { return m_code; }
    const Message& message() const noexcept { return m_message; }
    /// The message in the user's language.
    virtual std::string describe(Language lang) const;

protected:
    /// For subclasses whose English `what()` says more than the message alone.
    Error(ErrorCode code, Message message, const std::string& whatText);

private:
    ErrorCode m_code;
    Message m_message;
};

/// One problem found while validating an input document.
struct Problem {
    std::string pointer; ///< JSON pointer (RFC 6901) or `line N` locating the problem
    Message message;     ///< what was expected
};

/// Validation of a whole document failed; lists every problem, not just the first.
class ValidationError : public Error {
public:
    ValidationError(std::string source, std::vector<Problem> problems);
    /// With a summary other than "nothing was stored": `summaryId` is a catalogue id whose
    /// slots are {0} source and {1} number of problems.
    ValidationError(std::string source, std::vector<Problem> problems, std::string summaryId);
    const std::string& source() const noexcept { return m_source; }
    const std::vector<Problem>& problems() const noexcept { return m_problems; }
    /// "source: N problems" followed by one "  /pointer: message" line per problem; what()
    /// is this text in English.
    std::string describe(Language lang) const override;

private:
    std::string m_source;
    std::vector<Problem> m_problems;
};

} // namespace crisis
