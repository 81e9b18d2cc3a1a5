#pragma once
// The organisation profile: who "we" are in templates and reports.

#include <crisis/error.hpp>

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

/// The profile as a user meant it: text fields and list items trimmed, empty list items
/// dropped, markets in upper case, languages in lower case.
OrganisationProfile normalisedOrganisation(OrganisationProfile profile);
/// Every problem of a profile, with its JSON pointer (`/company`, `/markets/1`, `/time_zone`):
/// text fields on one line and at most 200 characters, a website without spaces, markets as
/// ISO 3166-1 two-letter codes (`US`), languages as language tags (`en`, `zh`, `pt-BR`), no
/// repeated market or language, and a time zone that is an IANA name (isKnownTimeZone). Empty
/// fields are allowed (not set yet). Empty when the profile can be stored.
std::vector<Problem> organisationProblems(const OrganisationProfile& profile);

} // namespace crisis
