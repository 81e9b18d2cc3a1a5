# The two commands a newcomer types: `make run` and `make test`. Everything else is CMake
# (see CMakePresets.json); this file only installs Debian packages and calls the presets.

PRESET ?= $(if $(filter true,$(CI)),ci,dev)
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)
BUILD  := build/$(PRESET)

# Debian packages the build, the tests and `make run` need.
PACKAGES := cmake make g++ pkg-config ccache \
	qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev \
	qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev \
	libsqlite3-dev libsqlitecpp-dev nlohmann-json3-dev libspdlog-dev libfmt-dev \
	catch2 libssl-dev libcli11-dev libcsv-dev libhowardhinnant-date-dev tzdata \
	libqt6svg6 xvfb xauth fonts-noto-cjk poppler-utils

.PHONY: all deps configure build run test bench screenshots check-asan fuzz format clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing missing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "Missing Debian packages. Run this, then try again:"; \
			echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$$missing"; \
			exit 1; \
		fi; \
	fi

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

# Starts the console on the database in the user's data folder (created with demo data on
# first start). Without a display it falls back to a virtual one, so `make run` works over ssh.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BUILD)/src/app/crisisdesk $(ARGS); \
	else echo "No display: starting under xvfb-run"; xvfb-run -a $(BUILD)/src/app/crisisdesk $(ARGS); fi

test: build
	ctest --preset $(PRESET) -j $(JOBS)

bench: PRESET = release
bench: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS) --target crisis_bench mention_bench comms_bench
	build/release/bench/crisis_bench $(ARGS)
	build/release/bench/mention_bench $(MENTION_ARGS)
	build/release/bench/comms_bench $(COMMS_ARGS)

# PNGs of the main views in en and zh, on a fresh demo database, under a virtual display.
SHOTS ?= build/screenshots
screenshots: build
	rm -rf $(SHOTS) && mkdir -p $(SHOTS)
	XDG_CONFIG_HOME=$(CURDIR)/$(SHOTS)/config xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BUILD)/src/app/crisisdesk --db $(SHOTS)/demo.db --screenshots $(SHOTS)
	@ls $(SHOTS)/*.png

# Each libFuzzer target for FUZZ_SECONDS, starting from tests/fuzz/corpus/<target> (copied:
# new inputs stay in build/fuzz). Copy a crash-* file into the corpus to keep it as a test.
FUZZ_SECONDS ?= 60
fuzz: PACKAGES += clang
fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)
	@rm -f build/fuzz/crash-* build/fuzz/timeout-* build/fuzz/oom-*
	@for t in mentions playbook template time; do \
		mkdir -p build/fuzz/corpus-$$t && cp tests/fuzz/corpus/$$t/* build/fuzz/corpus-$$t/ && \
		echo "== fuzz_$$t for $(FUZZ_SECONDS) s" && \
		(cd build/fuzz && ./tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
			-print_final_stats=1 corpus-$$t 2>&1 | grep -E "stat::number_of_executed_units|crash|ERROR|Done" ) || exit 1; \
	done
	@if ls build/fuzz/crash-* build/fuzz/timeout-* build/fuzz/oom-* >/dev/null 2>&1; then \
		echo "fuzzing found failures:"; ls build/fuzz/crash-* build/fuzz/timeout-* build/fuzz/oom-* 2>/dev/null; exit 1; fi

check-asan: PRESET = asan
check-asan: build
	ctest --preset asan -j $(JOBS)

format:
	find include src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	rm -rf build
