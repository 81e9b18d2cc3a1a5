#pragma once
// The organisation profile: who "we" are in templates and reports.

#include <string>
#include <vector>

namespace crisis {

/// Stored once per database (Store::organisation / setOrganisation).
struct OrganisationProfile {
    std::string company;
    std::string supportContact;
    std::string website;
    std::vector<std::string> markets;   ///< e.g. "US", "DE", "CN"
    std::vector<std::string> languages; ///< e.g. "en", "zh"
    std::string timeZone;               ///< IANA name, e.g. "Asia/Shanghai"
    bool operator==(const OrganisationProfile&) const = default;
};

} // namespace crisis
