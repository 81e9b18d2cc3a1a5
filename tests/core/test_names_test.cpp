// ctest registers each Catch2 test by name (catch_discover_tests) and reads the list as a CMake
// list: a ';' in a name splits it into fragments that match no test, so the test would silently
// never run under `make test`. This guard fails on any such name.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

TEST_CASE("No test name contains a semicolon that would hide it from ctest") {
    const std::regex testCase(R"re(TEST_CASE(?:_METHOD)?\((?:[A-Za-z_:]+,\s*)?"([^"]*)")re");
    std::vector<std::string> bad;
    int names = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(SOURCE_DIR "/tests")) {
        if (entry.path().extension() != ".cpp" || entry.path().filename() == "test_names_test.cpp")
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), testCase), end; it != end; ++it) {
            ++names;
            if ((*it)[1].str().find(';') != std::string::npos)
                bad.push_back(entry.path().filename().string() + ": " + (*it)[1].str());
        }
    }
    INFO("test names with ';': " << bad.size());
    for (const auto& b : bad)
        UNSCOPED_INFO(b);
    CHECK(names > 200);
    CHECK(bad.empty());
}
