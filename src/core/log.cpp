#include "log.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>

namespace crisis::detail {

spdlog::logger& coreLog() {
    static const std::shared_ptr<spdlog::logger> logger = [] {
        auto l = spdlog::stderr_color_mt("crisis");
        const char* level = std::getenv("CRISIS_LOG");
        l->set_level(level ? spdlog::level::from_str(level) : spdlog::level::warn);
        return l;
    }();
    return *logger;
}

} // namespace crisis::detail
