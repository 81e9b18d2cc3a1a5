#pragma once
// The core's message catalogue: every user-visible text the core produces (errors, CLI
// output, status words) has an id here and an English and a Simplified Chinese form.

#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// The two languages CrisisDesk ships.
enum class Language { En, Zh };

/// `zh`, `zh_CN.UTF-8`, `zh-Hans`... give Zh; anything else En.
Language languageFromLocale(std::string_view localeName);
/// "en" or "zh".
std::string_view languageCode(Language lang);

/// A catalogue id with the arguments that fill its `{0}`, `{1}`... slots.
struct Message {
    std::string id;
    std::vector<std::string> args;
    bool operator==(const Message&) const = default;
};

/// Renders `message` in `lang`. An id missing from the catalogue renders as the id itself
/// followed by its arguments, so nothing is ever silently dropped (a test checks the
/// catalogue is complete).
std::string render(const Message& message, Language lang);
/// Shorthand for render({id, args}, lang).
std::string text(std::string_view id, Language lang, std::vector<std::string> args = {});
/// All ids in the catalogue (for the completeness test).
std::vector<std::string_view> catalogueIds();

} // namespace crisis
