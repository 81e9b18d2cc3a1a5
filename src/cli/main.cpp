#include "ctl.hpp"

int main(int argc, char** argv) {
    return crisis::cli::run(argc, argv);
}
