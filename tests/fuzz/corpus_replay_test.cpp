// Replays every file of tests/fuzz/corpus/ through the fuzzed parsers: seeds and every input
// that once crashed a fuzzer stay regression tests in `make test`.

#include "fuzz_targets.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

int replay(const char* folder, void (*target)(const std::uint8_t*, std::size_t)) {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(SOURCE_DIR) / "tests" /
                                                                 "fuzz" / "corpus" / folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        INFO(entry.path().string());
        target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        ++files;
    }
    return files;
}

} // namespace

TEST_CASE("The playbook fuzz corpus replays without a crash") {
    CHECK(replay("playbook", crisis::fuzz::playbook) >= 12);
}

TEST_CASE("The time fuzz corpus replays without a crash") {
    CHECK(replay("time", crisis::fuzz::time) >= 8);
}

TEST_CASE("The mentions fuzz corpus replays without a crash") {
    CHECK(replay("mentions", crisis::fuzz::mentions) >= 6);
}

TEST_CASE("The template fuzz corpus replays without a crash") {
    CHECK(replay("template", crisis::fuzz::messageTemplate) >= 8);
}

TEST_CASE("The drill fuzz corpus replays without a crash") {
    CHECK(replay("drill", crisis::fuzz::drill) >= 8);
}
