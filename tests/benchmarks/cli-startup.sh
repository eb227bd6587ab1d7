#!/usr/bin/env bash
# Startup of `xlink-cli lookup 4031003` as a whole process (exec to exit), target <= 50 ms
# median. Baselines measured in the same hyperfine run: /bin/true (process creation alone) and
# a bare QCoreApplication (process creation plus loading Qt). Not run by ctest.
#
# Usage: tests/benchmarks/cli-startup.sh [BUILD_DIR]   (default: build; needs hyperfine)
# Build first: cmake --build --preset default --target xlink-cli bench-bare-coreapp \
#   bench-bare-coreapp-cli-libs
# A third baseline is the bare program linked against the same Qt libraries as xlink-cli, which
# shows how much of the time is loading libraries rather than the CLI's own work. Wall-clock
# medians depend on machine load; the CPU column (user + system, mean) much less.
set -euo pipefail

build=${1:-build}
cli="$build/bin/xlink-cli"
bare="$build/bin/bench-bare-coreapp"
bare_libs="$build/bin/bench-bare-coreapp-cli-libs"
source "$(dirname "$0")/bench-common.sh"
require_built "build xlink-cli, bench-bare-coreapp and bench-bare-coreapp-cli-libs" \
  "$cli" "$bare" "$bare_libs"
require_tool hyperfine
isolated_environment
# A second data directory holds an imported page, to show what merging costs.
imported="$work/imported"
XDG_DATA_HOME="$imported" "$cli" catalog import "$(dirname "$0")/../data/pages/real-2016-02.md" >/dev/null

hyperfine --shell=none --warmup 10 --runs "${RUNS:-200}" --export-json "$work/result.json" \
  -n '/bin/true' '/bin/true' \
  -n 'bare QCoreApplication' "$bare" \
  -n 'bare QCoreApplication, xlink-cli Qt libs' "$bare_libs" \
  -n 'xlink-cli lookup 4031003' "$cli lookup 4031003" \
  -n 'xlink-cli lookup --json 4031003' "$cli lookup --json 4031003" \
  -n 'xlink-cli lookup 4031003 (imported page merged)' "env XDG_DATA_HOME=$imported $cli lookup 4031003" \
  >/dev/null

python3 - "$work/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
median = {r["command"]: r["median"] * 1000 for r in results}
cpu = {r["command"]: (r["user"] + r["system"]) * 1000 for r in results}
bare = median["bare QCoreApplication"]
print(f"{'command':52} {'median ms':>10} {'x bare Qt':>10} {'cpu ms':>8}")
for name, ms in median.items():
    print(f"{name:52} {ms:10.2f} {ms / bare:10.2f} {cpu[name]:8.2f}")
lookup = median["xlink-cli lookup 4031003"]
verdict = "PASS" if lookup <= 50 else "FAIL"
print(f"\nxlink-cli lookup 4031003: {lookup:.2f} ms median (target <= 50 ms): {verdict}")
sys.exit(0 if lookup <= 50 else 1)
PY
