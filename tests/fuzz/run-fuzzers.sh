#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, preset "fuzz", build-fuzz/) and runs each one for a bounded
# time, starting from its seed corpus in tests/fuzz/corpus/<name>/. Prints executions per second
# for each target and fails if any target crashed, leaked, timed out or broke a property; the
# crashing input is left in build-fuzz/artifacts/<name>/ (copy it to tests/fuzz/regressions/<name>/
# once the parser is fixed, so TestFuzz<Name> keeps replaying it).
#
#   XLINK_FUZZ_SECONDS   seconds per target (default 60)
#   XLINK_FUZZ_TARGETS   space-separated subset of target names (default: all that were built)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${XLINK_FUZZ_SECONDS:-60}"
export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzzers

bin=build-fuzz/fuzz
if [[ -n "${XLINK_FUZZ_TARGETS:-}" ]]; then
  read -r -a names <<<"${XLINK_FUZZ_TARGETS}"
else
  names=()
  for exe in "$bin"/fuzz_*; do names+=("${exe##*/fuzz_}"); done
fi

# Any sanitizer report is a failure; libFuzzer turns it into a saved crash input.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

failed=()
summary=()
for name in "${names[@]}"; do
  seeds="tests/fuzz/corpus/$name"
  work="build-fuzz/corpus-work/$name"
  artifacts="build-fuzz/artifacts/$name"
  log="build-fuzz/logs/$name.log"
  [[ -d "$seeds" && -n "$(ls -A "$seeds")" ]] || { echo "run-fuzzers: no seeds in $seeds" >&2; exit 2; }
  # Start from the seeds and what earlier runs learned, never writing into the source tree.
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  cp -n "$seeds"/* "$work"/
  echo "run-fuzzers: $name for ${seconds}s"
  status=0
  "$bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^stat::.*//;s/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [[ $status -ne 0 ]]; then
    failed+=("$name")
    summary+=("$(printf '%-12s FAILED (exit %d) after %s runs; input in %s, log %s' \
      "$name" "$status" "${runs:-?}" "$artifacts" "$log")")
    grep -E 'ERROR: |runtime error|fuzz property broken|Test unit written' "$log" | head -5 >&2 || true
  else
    summary+=("$(printf '%-12s %10s exec/s  %12s runs  %4s s  corpus %s files' \
      "$name" "${rate:-?}" "${runs:-?}" "${secs:-$seconds}" "$(ls "$work" | wc -l)")")
  fi
done

echo "run-fuzzers: summary"
printf '  %s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "run-fuzzers: crashes in: ${failed[*]}" >&2
  exit 1
fi
