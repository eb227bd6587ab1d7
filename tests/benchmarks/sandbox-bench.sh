#!/usr/bin/env bash
# Throughput and latency of the sandbox: `GET /v2/corp` with a valid Access-Token on a running
# `xlink-cli sandbox`, 8 concurrent keep-alive connections on loopback, measured with wrk.
# Baseline in the same run: nginx serving a static JSON file of the same size (the same body the
# sandbox returns) with the same wrk settings. Rounds alternate between the two servers; the
# report gives the median requests/s and median p50/p99 latency of each, and the ratio.
# Targets: sandbox >= 5,000 requests/s and >= 0.25x nginx. Exit status 1 when a target is missed.
# Not run by ctest. Only loopback addresses are used.
#
# Usage: tests/benchmarks/sandbox-bench.sh [BUILD_DIR]   (default: build)
#   ROUNDS=3 DURATION=5 (seconds per wrk run) NGINX_WORKERS=1 (nginx worker processes; the
#   sandbox serves from one thread, so one worker is the like-for-like baseline; use "auto" for
#   nginx at full strength)
# Needs: wrk, nginx (nginx-light), curl: packaging/install-deps.sh --all
# Build first: cmake --build --preset default --target xlink-cli
set -euo pipefail

build=${1:-build}
cli="$build/bin/xlink-cli"
rounds=${ROUNDS:-3}
duration=${DURATION:-5}
workers=${NGINX_WORKERS:-1}
[[ -x $cli ]] || { echo "missing $cli: build the xlink-cli target" >&2; exit 2; }
for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] \
    || { echo "$tool not installed (packaging/install-deps.sh --all)" >&2; exit 2; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
sandbox_pid=""
nginx_pid=""
cleanup() {
  [[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# The sandbox on a free loopback port; its first line is its URL.
"$cli" sandbox --bind 127.0.0.1 --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 50); do
  [[ -s $work/sandbox.out ]] && break
  sleep 0.1
done
sandbox_url=$(head -n 1 "$work/sandbox.out")
[[ $sandbox_url == http://127.0.0.1:* ]] || { echo "sandbox did not start" >&2; cat "$work/sandbox.err" >&2; exit 1; }

token=$(curl -sf -X POST "$sandbox_url/v2/corp_auth" -H 'Content-Type: application/json' \
  -d '{"account":"dev@example.com","password":"sandbox123"}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
curl -sf "$sandbox_url/v2/corp" -H "Access-Token: $token" -o "$work/corp.json"

# nginx in the foreground on another free loopback port, serving the same body as a file.
nginx_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/v2"
cp "$work/corp.json" "$work/nginx/v2/corp"
chmod -R a+rX "$work"
cat >"$work/nginx.conf" <<CONF
worker_processes $workers;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx-tmp-body;
  proxy_temp_path $work/nginx-tmp-proxy;
  fastcgi_temp_path $work/nginx-tmp-fastcgi;
  uwsgi_temp_path $work/nginx-tmp-uwsgi;
  scgi_temp_path $work/nginx-tmp-scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx;
    location = /v2/corp { default_type "application/json; charset=utf-8"; }
  }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$nginx_port/v2/corp" -o /dev/null && break
  sleep 0.1
done
cmp -s "$work/corp.json" <(curl -sf "http://127.0.0.1:$nginx_port/v2/corp") \
  || { echo "nginx does not serve the same body" >&2; exit 1; }

run_wrk() { # name url -> appends "name req/s p50 p99" to results
  wrk -t2 -c8 -d"${duration}s" --latency -H "Access-Token: $token" "$2/v2/corp" >"$work/wrk.txt"
  python3 - "$1" "$work/wrk.txt" >>"$work/results.txt" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(*re.search(r"50%\s+([\d.]+)(us|ms|s)", text).groups())
p99 = ms(*re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups())
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors:
    sys.exit(f"{sys.argv[1]}: {errors.group(1)} error responses")
print(sys.argv[1], rps, p50, p99)
PY
}

echo "body: $(stat -c %s "$work/corp.json") bytes; wrk -t2 -c8 -d${duration}s --latency; $rounds rounds; nginx worker_processes $workers"
: >"$work/results.txt"
for round in $(seq "$rounds"); do
  run_wrk sandbox "$sandbox_url"
  run_wrk nginx "http://127.0.0.1:$nginx_port"
done

python3 - "$work/results.txt" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, rps, p50, p99 = line.split()
    rows.setdefault(name, []).append((float(rps), float(p50), float(p99)))
median = {name: [statistics.median(col) for col in zip(*values)] for name, values in rows.items()}
print(f"{'server':10} {'req/s (median)':>15} {'p50 ms':>8} {'p99 ms':>8}   all rounds req/s")
for name in ("sandbox", "nginx"):
    rps, p50, p99 = median[name]
    rounds = ", ".join(f"{v[0]:.0f}" for v in rows[name])
    print(f"{name:10} {rps:15.0f} {p50:8.3f} {p99:8.3f}   {rounds}")
ratio = median["sandbox"][0] / median["nginx"][0]
ok = median["sandbox"][0] >= 5000 and ratio >= 0.25
print(f"\nsandbox / nginx = {ratio:.2f}x (targets: >= 5000 req/s and >= 0.25x): {'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
PY
