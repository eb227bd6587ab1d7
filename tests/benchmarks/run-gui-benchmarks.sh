#!/usr/bin/env bash
# GUI benchmarks, all offscreen, printing medians. Not run by ctest.
#   1. xlink-console from exec to its first painted window (--quit-after-show), against a bare
#      Qt Widgets window of the same size (bare-window --quit-after-show) in the same hyperfine
#      run: targets <= 250 ms median and <= 1.5x the bare window. A second baseline in the same
#      run, content-reference-window, rebuilds the console's first window (same widgets, same
#      text) from stock Qt widgets: reference / bare is what Qt costs to draw that content,
#      console / reference what the console adds. Both are printed; the target stays the bare one.
#   2. Filtering the whole catalogue per keystroke (bench-code-filter): target <= 2 ms median.
#   3. Idle resident memory (VmRSS) of the shown console, against the bare window: <= 80 MB.
#
# Usage: tests/benchmarks/run-gui-benchmarks.sh [BUILD_DIR]   (default: build; needs hyperfine)
# Build first: cmake --build --preset default --target gui-benchmarks
# RUNS=N sets the hyperfine runs (default 40); the exit status is 1 when a target is missed.
# tests/benchmarks/startup-profile.sh splits the startup by component in callgrind instruction
# counts, which a loaded machine does not disturb.
set -euo pipefail

build=${1:-build}
console="$build/bin/xlink-console"
bare="$build/bin/bare-window"
reference="$build/bin/content-reference-window"
filter="$build/bin/bench-code-filter"
source "$(dirname "$0")/bench-common.sh"
require_built "build the gui-benchmarks target" "$console" "$bare" "$reference" "$filter"
require_tool hyperfine
isolated_environment
offscreen_gui
status=0

echo "== Startup: exec to first painted window (offscreen) =="
hyperfine --shell=none --warmup 5 --runs "${RUNS:-40}" --export-json "$work/startup.json" \
  -n 'bare-window' "$bare --quit-after-show" \
  -n 'content-reference-window' "$reference --quit-after-show" \
  -n 'xlink-console' "$console --quit-after-show" >/dev/null 2>&1
python3 - "$work/startup.json" <<'PY' || status=1
import json, sys
results = json.load(open(sys.argv[1]))["results"]
median = {r["command"]: r["median"] * 1000 for r in results}
# Wall-clock medians depend on machine load; CPU time (user + system, mean) much less.
cpu = {r["command"]: (r["user"] + r["system"]) * 1000 for r in results}
bare, console = median["bare-window"], median["xlink-console"]
ratio = console / bare
print(f"{'':28} {'median ms':>10} {'x bare':>7} {'cpu ms':>8} {'x bare':>7}")
for name, label in (("bare-window", "bare Qt Widgets window"),
                    ("content-reference-window", "same content, stock Qt"),
                    ("xlink-console", "xlink-console")):
    print(f"{label:28} {median[name]:10.1f} {median[name] / bare:7.2f} {cpu[name]:8.1f}"
          f" {cpu[name] / cpu['bare-window']:7.2f}")
reference = median["content-reference-window"]
print(f"xlink-console / same content in stock Qt: {console / reference:.2f}x wall,"
      f" {cpu['xlink-console'] / cpu['content-reference-window']:.2f}x cpu")
ok = console <= 250 and ratio <= 1.5
print(f"target <= 250 ms and <= 1.5x bare (wall medians): {'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
PY

echo
echo "== Filtering the whole catalogue per keystroke =="
"$filter" "${ROUNDS:-20}" 2>/dev/null || status=1

echo
echo "== Idle resident memory after the window is shown =="
# VmRSS of a shown, idle process, median of five starts (two seconds after exec).
rss() {
  local samples=() pid
  for _ in 1 2 3 4 5; do
    env "$@" &
    pid=$!
    sleep 2
    samples+=("$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
  printf '%s\n' "${samples[@]}" | sort -n | sed -n 3p
}
bare_kb=$(rss "$bare" 2>/dev/null)
console_kb=$(rss "$console" 2>/dev/null)
console_zh_kb=$(rss LANG=zh_CN.UTF-8 LC_ALL= "$console" 2>/dev/null)
python3 - "$bare_kb" "$console_kb" "$console_zh_kb" <<'PY' || status=1
import sys
bare, console, console_zh = (int(v) / 1024 for v in sys.argv[1:])
print(f"{'bare Qt Widgets window':28} {bare:8.1f} MB")
print(f"{'xlink-console (English)':28} {console:8.1f} MB")
print(f"{'xlink-console (Chinese)':28} {console_zh:8.1f} MB")
ok = max(console, console_zh) <= 80
print(f"target <= 80 MB: {'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
PY
exit $status
