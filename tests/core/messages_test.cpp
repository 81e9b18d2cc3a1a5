#include <crisis/messages.hpp>

#include <catch2/catch.hpp>

#include <regex>

using namespace crisis;

TEST_CASE("Every catalogue entry has an English and a Chinese text with the same slots") {
    const std::vector<std::string> args{"<0>", "<1>", "<2>", "<3>"};
    for (const auto id : catalogueIds()) {
        INFO(id);
        const auto en = render({std::string(id), args}, Language::En);
        const auto zh = render({std::string(id), args}, Language::Zh);
        CHECK_FALSE(en.empty());
        CHECK_FALSE(zh.empty());
        for (const auto& slot : args)
            CHECK((en.find(slot) == std::string::npos) == (zh.find(slot) == std::string::npos));
        // Chinese text contains characters outside ASCII (not an untranslated copy).
        CHECK(
            std::any_of(zh.begin(), zh.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    }
}

TEST_CASE("Rendering fills slots and keeps unknown ids visible") {
    CHECK(text("error.not_found.incident", Language::En, {"7"}) == "No incident 7.");
    CHECK(text("error.not_found.incident", Language::Zh, {"7"}) == "不存在事件单 7。");
    CHECK(text("no.such.id", Language::En, {"x"}) == "no.such.id x");
}

TEST_CASE("Language follows the locale name") {
    CHECK(languageFromLocale("zh_CN.UTF-8") == Language::Zh);
    CHECK(languageFromLocale("zh") == Language::Zh);
    CHECK(languageFromLocale("en_GB.UTF-8") == Language::En);
    CHECK(languageFromLocale("C") == Language::En);
    CHECK(languageFromLocale("") == Language::En);
}
