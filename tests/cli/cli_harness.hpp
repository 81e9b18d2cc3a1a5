#pragma once
// Runs the built crisisctl as a script would, in a scratch folder with its own database.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace crisis::test {

namespace fs = std::filesystem;

struct Result {
    int exit = -1;
    std::string out;
    std::string err;
    nlohmann::json json() const { return nlohmann::json::parse(out); }
};

inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (const char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

class Cli {
public:
    Cli() {
        static std::atomic<int> n{0};
        m_dir = fs::temp_directory_path() /
                ("crisisctl-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    ~Cli() { fs::remove_all(m_dir); }

    fs::path db() const { return m_dir / "desk.db"; }
    fs::path file(const std::string& name) const { return m_dir / name; }

    /// `prefix` runs before the command in the same shell (e.g. "ulimit -f 64; ").
    Result run(const std::vector<std::string>& args, bool withDb = true,
               const std::string& prefix = {}) const {
        std::string cmd = prefix + "LANG=C " + quote(CRISISCTL_PATH);
        if (withDb)
            cmd += " --db " + quote(db().string());
        for (const auto& a : args)
            cmd += " " + quote(a);
        cmd += " >" + quote((m_dir / "out").string()) + " 2>" + quote((m_dir / "err").string());
        const int status = std::system(cmd.c_str());
        Result r;
        r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.out = slurp(m_dir / "out");
        r.err = slurp(m_dir / "err");
        return r;
    }

    Result ok(const std::vector<std::string>& args) const {
        auto r = run(args);
        INFO("crisisctl stderr: " << r.err);
        REQUIRE(r.exit == 0);
        return r;
    }

private:
    fs::path m_dir;
};

} // namespace crisis::test
