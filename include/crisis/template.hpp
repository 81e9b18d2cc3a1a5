#pragma once
// Message templates: the prepared texts of the communication kit (holding statements, customer
// notices, press releases, briefings, canned and chatbot replies), with `{{placeholder}}`s that
// are filled from the incident and the organisation profile. Rendering is strict: a placeholder
// outside the vocabulary, without a value or with malformed braces stops the render and lists
// every problem. The kit file format is documented in docs/templates.md.

#include <crisis/error.hpp>
#include <crisis/incident.hpp>
#include <crisis/messages.hpp>
#include <crisis/organisation.hpp>

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// The channels a template is written for. Some have a length limit (see channelLimit).
inline constexpr std::array<std::string_view, 7> knownChannels{
    "social-post",       "customer-email", "sms",          "press-release",
    "internal-briefing", "faq-reply",      "chatbot-reply"};

/// The only placeholder names a template may use.
inline constexpr std::array<std::string_view, 9> placeholderVocabulary{
    "company",       "support_contact", "website",    "incident_title", "detected_at", "customers_affected",
    "affected_data", "actions_taken",   "next_update"};

/// True for a name of placeholderVocabulary.
bool isKnownPlaceholder(std::string_view name);
/// True for a name of knownChannels.
bool isKnownChannel(std::string_view channel);

/// One prepared message of the kit, in one language.
struct MessageTemplate {
    std::string id;         ///< `<crisis-type>.<channel>.<name>.<lang>`, unique across the kit
    std::string crisisType; ///< one of knownCrisisTypes
    std::string channel;    ///< one of knownChannels
    Language language = Language::En;
    std::string title; ///< e-mail subject, press-release headline; a label for posts and replies
    std::string body;  ///< the message itself; the text the channel's length limit applies to
    /// How often the text must be reviewed (kit field `review_interval`, default 6 months).
    DueOffset reviewInterval{6, DueOffset::Unit::Months};
    bool operator==(const MessageTemplate&) const = default;
};

/// A template of the kit in effect: from the shipped kit (version 0) or an import stored in
/// the database (version 1, 2... of its id).
struct TemplateRecord {
    MessageTemplate tmpl;
    int version = 0;                   ///< 0: the shipped text
    std::optional<Instant> importedAt; ///< when this version was stored; nullopt when shipped
    bool shipped() const { return version == 0; }
    bool operator==(const TemplateRecord&) const = default;
};

/// A filled-in template.
struct RenderResult {
    std::string title;                ///< the rendered title
    std::string text;                 ///< the rendered body
    std::size_t length = 0;           ///< code points of `text`
    std::optional<std::size_t> limit; ///< the channel's limit for this text; nullopt: none
};

/// The names of the well-formed placeholders of `text`, in order of first appearance, each
/// once. Malformed ones are left out (templateProblems reports them).
std::vector<std::string> placeholdersIn(std::string_view text);

/// Syntax and vocabulary problems of a template, without rendering it: malformed braces
/// (pointer `title` or `line N` of the body) and placeholders outside the vocabulary
/// (pointer `{{name}}`). Empty when the template is usable.
std::vector<Problem> templateProblems(const MessageTemplate& tmpl);

/// Fills every placeholder of the title and body from `values`. Strict: throws
/// ValidationError (source: the template id) listing every malformed brace, every placeholder
/// outside the vocabulary and every placeholder without a value or with an empty or blank one,
/// or a value that is not UTF-8; nothing is rendered then. Values are inserted literally (a
/// value containing `{{x}}` is not expanded). Throws Error(InvalidInput) when the rendered body is
/// longer than the channel allows (channelLimit).
RenderResult render(const MessageTemplate& tmpl, const std::map<std::string, std::string>& values);

/// Number of Unicode code points of UTF-8 `text` (an emoji is one, a CJK character is one).
/// An invalid byte counts as one.
std::size_t codePointCount(std::string_view text);
/// True when `text` is valid UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
bool isValidUtf8(std::string_view text);
/// True when every character of `text` is in the GSM 03.38 basic character set, so an SMS
/// can use the 7-bit alphabet (160 characters). Extension characters (`{ } [ ] ~ \ | ^ €`)
/// are not basic and make it a UCS-2 message (70).
bool isGsmBasic(std::string_view text);
/// The length limit of `channel` for this body text: social-post 280, sms 160 when isGsmBasic
/// else 70; nullopt for channels without a limit.
std::optional<std::size_t> channelLimit(std::string_view channel, std::string_view text);

/// Who the organisation is, for the company / support_contact / website placeholders. Empty
/// fields stay unfilled (and so stop a render that needs them).

/// The values for rendering a template about `incident`: incident_title (its title),
/// detected_at (T0 in the reader's time zone: `timeZone` when given, else the profile's, as
/// `2026-03-01 14:40 (UTC+08:00)`; ISO-8601 UTC with `Z` when no known zone is set), company,
/// support_contact and website from `profile`, then `overrides` on top (an override wins, even
/// an empty one). customers_affected is the incident's recorded figure when there is one, with
/// thousands separators (12,000); it, affected_data, actions_taken and next_update otherwise come
/// only from overrides. Throws ValidationError (source "values") for an override name outside the
/// vocabulary or a `timeZone` that is not an IANA zone name.
std::map<std::string, std::string> templateValues(const Incident& incident,
                                                  const OrganisationProfile& profile,
                                                  const std::map<std::string, std::string>& overrides,
                                                  const std::string& timeZone = {});

/// templateValues + render in one step, for the CLI and the GUI: one ValidationError (source:
/// the template id) lists override names outside the vocabulary together with every malformed,
/// unknown and unfilled placeholder. Length errors as render.
RenderResult renderForIncident(const MessageTemplate& tmpl, const Incident& incident,
                               const OrganisationProfile& profile,
                               const std::map<std::string, std::string>& overrides,
                               const std::string& timeZone = {});

/// Parses and validates a template kit document (format `crisisdesk.templates/1`). `source`
/// names it in errors. Throws ValidationError listing every problem with its JSON pointer:
/// unknown or missing keys, unknown crisis type, channel or language, a template without a
/// crisis type (neither its own nor the kit's) or with one other than the kit's, ids not of the
/// form `<crisis-type>.<channel>.<name>.<lang>` or repeated, malformed braces, placeholders
/// outside the vocabulary, a fixed text already over its channel's limit, a review interval
/// that is not a duration.
std::vector<MessageTemplate> parseTemplateKit(std::string_view jsonText, const std::string& source);

/// The kit file that parseTemplateKit reads back as `templates` (same order, equal values).
/// With `crisisType`, only that type's templates under a kit-level `crisis_type`; without,
/// every template names its own. `review_interval` is written where it is not the default.
std::string templateKitToJson(const std::vector<MessageTemplate>& templates,
                              const std::string& crisisType = {});

/// The default kit shipped inside the binary (resources/templates/*.json), sorted by file name;
/// ids are unique across it.
std::vector<MessageTemplate> defaultTemplates();

/// The template with this id in `templates`, or nullptr.
const MessageTemplate* findTemplate(const std::vector<MessageTemplate>& templates, std::string_view id);

} // namespace crisis
