// No SQL string is ever built from data: every statement the storage layer prepares or runs
// is a literal (or a fixed constant), values are bound. This test reads the storage sources
// and fails on a statement that concatenates text into SQL.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

TEST_CASE("The storage layer never builds SQL by concatenation") {
    const std::filesystem::path folder = std::filesystem::path(SOURCE_DIR) / "src" / "core" / "storage";
    const std::regex literal(R"("(?:[^"\\]|\\.)*")");
    const std::regex call(R"((\bexec|\bexecAndGet|\bstmt|\bStatement|\bstatement)\s*\()");
    // Integers the code itself computes, never user data.
    const std::vector<std::string> allowed{"PRAGMA user_version = \" + std::to_string(",
                                           "PRAGMA application_id = \" + std::to_string("};
    int statements = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".cpp")
            continue;
        std::ifstream in(entry.path());
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string code = buffer.str();
        for (auto it = std::sregex_iterator(code.begin(), code.end(), call); it != std::sregex_iterator();
             ++it) {
            const auto start = static_cast<std::size_t>(it->position());
            const auto end = code.find(';', start);
            const std::string statement = code.substr(start, end - start);
            ++statements;
            // A '+' inside a literal is SQL arithmetic, not concatenation.
            const std::string outsideLiterals = std::regex_replace(statement, literal, "\"\"");
            if (outsideLiterals.find('+') == std::string::npos)
                continue;
            const bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const std::string& a) {
                return statement.find(a) != std::string::npos;
            });
            INFO(entry.path().filename().string() << ": " << statement);
            CHECK(ok);
        }
    }
    CHECK(statements > 40); // the scan found the statements it is meant to check
}
