#pragma once
// The hand-built incident log the review tests share, with answers worked out by hand in
// review_log.cpp's comments.

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/playbook.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace crisis::test {

/// Text that must come out escaped wherever a report shows it.
inline const std::string evil = "<script>alert(1)</script>";

struct ReviewLog {
    Playbook playbook;
    std::vector<Event> log;
    Incident incident; ///< the fold of the whole log
    Instant t0;
    Instant now; ///< an hour after close

    /// Appends an event (seq and incident filled in) and folds it into `incident`.
    void add(const std::string& iso, const std::string& actor, std::string_view kind, nlohmann::json payload);
};

/// The incident of the review tests: see review_log.cpp for its story.
ReviewLog handBuiltLog(bool firstStatementExternal = true);

} // namespace crisis::test
