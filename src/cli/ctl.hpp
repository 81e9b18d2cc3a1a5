#pragma once
// crisisctl: the scriptable face of the core (docs/cli.md).

namespace crisis::cli {

/// Parses the command line and runs one command. Returns the process exit code:
/// 0 success, 1 an error (message on stderr, nothing changed), 2 bad usage.
int run(int argc, char** argv);

} // namespace crisis::cli
