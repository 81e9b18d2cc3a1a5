#pragma once
// The core's logger: stderr (never stdout, which carries crisisctl's --json), level from the
// CRISIS_LOG environment variable (trace, debug, info, warn, error; default warn).

#include <spdlog/logger.h>

namespace crisis::detail {

spdlog::logger& coreLog();

} // namespace crisis::detail
