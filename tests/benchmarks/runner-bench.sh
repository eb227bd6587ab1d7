#!/usr/bin/env bash
# `xlink-cli run` over a collection of 1,000 requests against the sandbox, the whole process
# (start, parse, log in, 1,000 calls each recorded in the failure log, assertions, report,
# exit), compared in the same run and against the same sandbox with newman on the collection's
# Postman export (`xlink-cli collection export`) and httpyac on the same .http file. Each tool
# must pass every assertion, or its time means nothing and the script stops.
# Reports the median wall time of ROUNDS runs and the largest maximum RSS of each, measured by
# /usr/bin/time -v, and the ratios. A baseline runs in the same command: bench-qt-network-run makes
# the same calls with Qt Network alone (no variables, assertions, log or report), so the runner's
# own share and the floor for any client built on Qt Network show on the machine that measures. Targets (issue 16): xlink-cli within 1.5 s, at least 10x
# faster than newman and httpyac, at most 60 MB RSS. Exit status 1 when a target is missed.
# Not run by ctest (timings never are). Only loopback addresses are used.
#
# Usage: tests/benchmarks/runner-bench.sh [BUILD_DIR]   (default: build)
#   ROUNDS=5 (xlink-cli runs) TOOL_ROUNDS=3 (newman and httpyac runs) REQUESTS=1000
# Needs: newman, httpyac, /usr/bin/time, curl: packaging/install-deps.sh --all
# Build first: cmake --build --preset default --target xlink-cli bench-qt-network-run
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/benchmarks/bench-common.sh

build=${1:-build}
cli="$build/bin/xlink-cli"
baseline="$build/bin/bench-qt-network-run"
rounds=${ROUNDS:-5}
tool_rounds=${TOOL_ROUNDS:-3}
requests=${REQUESTS:-1000}
require_built "build the xlink-cli and bench-qt-network-run targets" "$cli" "$baseline"
for tool in newman httpyac curl python3; do require_tool "$tool"; done
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time not installed (the time package)" >&2; exit 2; }

isolated_environment
export HOME="$work"
sandbox_pid=""
trap '[[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT

"$cli" sandbox --bind 127.0.0.1 --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 50); do
  [[ -s $work/sandbox.out ]] && break
  sleep 0.1
done
url=$(head -n 1 "$work/sandbox.out")
[[ $url == http://127.0.0.1:* ]] || { echo "sandbox did not start" >&2; cat "$work/sandbox.err" >&2; exit 1; }

# One file (httpyac chains within a file): a login, a product whose id later requests read, then
# reads of the product, its datapoints and the enterprise, each with assertions.
collection="$work/bench"
mkdir -p "$collection"
python3 - "$collection/bench.http" "$requests" <<'PY'
import sys
path, total = sys.argv[1], int(sys.argv[2])
parts = ['''# @name login
POST {{baseUrl}}/v2/corp_auth
Content-Type: application/json

{"account": "dev@example.com", "password": "{{password}}"}

?? status == 200
?? body access_token exists
''', '''# @name product
POST {{baseUrl}}/v2/product
Access-Token: {{login.access_token}}
Content-Type: application/json

{"name": "bench lamp", "link_type": 1, "type": 2}

?? status == 200
?? body id exists
''']
reads = [
    '''GET {{baseUrl}}/v2/product/{{product.id}}
Access-Token: {{login.access_token}}

?? status == 200
?? body id == {{product.id}}
''',
    '''GET {{baseUrl}}/v2/product/{{product.id}}/datapoints
Access-Token: {{login.access_token}}

?? status == 200
?? header content-type includes json
''',
    '''GET {{baseUrl}}/v2/corp
Access-Token: {{login.access_token}}

?? status == 200
?? body id exists
''',
]
for n in range(total - len(parts)):
    parts.append(reads[n % len(reads)])
with open(path, "w") as out:
    out.write("\n###\n".join(parts))
PY
"$cli" collection export "$collection" --format postman -o "$work/bench.postman.json"

# measure NAME COMMAND...: one run; appends "seconds kilobytes" to $work/NAME.times, or stops
# when the tool did not pass every assertion.
measure() {
  local name=$1
  shift
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/$name.out" 2>&1; then
    echo "$name did not pass every request:" >&2
    tail -n 30 "$work/$name.out" >&2
    exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + t[i]; secs = s }
              /Maximum resident set size/ { kb = $2 }
              END { print secs, kb }' "$work/time.txt" >>"$work/$name.times"
}

for _ in $(seq "$rounds"); do
  measure xlink-cli "$cli" run "$collection" --base-url "$url" --var password=sandbox123
  measure qt-network "$baseline" "$url" "$requests" sandbox123
done
for _ in $(seq "$tool_rounds"); do
  measure newman newman run "$work/bench.postman.json" --bail --env-var baseUrl="$url" \
    --env-var password=sandbox123
  measure httpyac bash -c "cd '$collection' && httpyac send bench.http --all --bail -o none \
    --var baseUrl='$url' --var password=sandbox123"
done

python3 - "$work" "$requests" <<'PY'
import statistics, sys
work, requests = sys.argv[1], int(sys.argv[2])
figures = {}
for name in ("xlink-cli", "qt-network", "newman", "httpyac"):
    rows = [line.split() for line in open(f"{work}/{name}.times")]
    seconds = statistics.median(float(r[0]) for r in rows)
    rss = max(int(r[1]) for r in rows) / 1024
    figures[name] = (seconds, rss, len(rows))
    print(f"{name:10s} {requests} requests: median {seconds:.2f} s over {len(rows)} runs, "
          f"max RSS {rss:.1f} MB")
ours = figures["xlink-cli"][0]
floor = figures["qt-network"][0]
print(f"xlink-cli takes {ours / floor:.2f}x the time of the same calls with Qt Network alone; "
      f"httpyac {figures['httpyac'][0] / floor:.1f}x, newman {figures['newman'][0] / floor:.1f}x")
ok = True
for name in ("newman", "httpyac"):
    ratio = figures[name][0] / ours
    print(f"xlink-cli is {ratio:.1f}x faster than {name} (goal: at least 10x)")
    ok &= ratio >= 10
print(f"xlink-cli whole process {ours:.2f} s (goal: within 1.5 s), "
      f"max RSS {figures['xlink-cli'][1]:.1f} MB (goal: at most 60 MB)")
ok &= ours <= 1.5 and figures["xlink-cli"][1] <= 60
print("targets met" if ok else "a target was missed")
sys.exit(0 if ok else 1)
PY
