#include "ctl.hpp"

#include <csignal>

int main(int argc, char** argv) {
    // Past a file-size limit the kernel sends SIGXFSZ, which would kill us mid-transaction
    // without a word; ignored, the write fails and SQLite rolls back with a clear error.
    std::signal(SIGXFSZ, SIG_IGN);
    return crisis::cli::run(argc, argv);
}
