#!/usr/bin/env bash
# Runs a .http fixture through the tools the collection format comes from, against the
# console's own sandbox: httpyac on the file as written, and newman on the Postman collection
# `xlink-cli collection export` makes of it. Both must pass every ?? assertion (chaining
# included), and both must fail on a file whose assertion is wrong, so a pass means something.
# ctest checks the same subset with the project's own parser and evaluator (TestHttpFile,
# TestAssertions, TestPostman); this is the independent second opinion. httpyac and newman are
# installed by `packaging/install-deps.sh --all`.
#   tests/collections/check-collections.sh [PATH/TO/xlink-cli]   (default: build/bin/xlink-cli)
set -euo pipefail
cd "$(dirname "$0")/../.."
cli="${1:-build/bin/xlink-cli}"
fixture=tests/data/collections/styles/httpyac.http
if [[ ! -x "$cli" ]]; then
  echo "check-collections: $cli not found; build first (cmake --build --preset default)" >&2
  exit 2
fi
for tool in httpyac newman; do
  if ! command -v "$tool" >/dev/null; then
    echo "check-collections: $tool is missing; run packaging/install-deps.sh --all" >&2
    exit 2
  fi
done
work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [[ -n "$sandbox_pid" ]]; then kill "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

"$cli" sandbox --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do
  [[ -s "$work/sandbox.out" ]] && break
  sleep 0.1
done
url="$(head -n1 "$work/sandbox.out")"
if [[ "$url" != http://* ]]; then
  echo "check-collections: the sandbox did not start" >&2
  cat "$work/sandbox.err" >&2
  exit 1
fi
echo "check-collections: sandbox at $url"

# The fixture with its @host pointed at the sandbox (httpyac's file variables win over its
# --var, unlike the console's).
sed "s#^@host = .*#@host = $url#" "$fixture" >"$work/fixture.http"
(cd "$work" && httpyac send fixture.http --all --bail -o none --var password=sandbox123)
"$cli" collection export "$work/fixture.http" --format postman -o "$work/collection.json"
newman run "$work/collection.json" --bail --env-var host="$url" --env-var password=sandbox123

# A wrong expectation must fail under both.
sed 's/^?? js response.parsedBody.error.code == 4041008$/?? js response.parsedBody.error.code == 4041009/' \
  "$work/fixture.http" >"$work/wrong.http"
if (cd "$work" && httpyac send wrong.http --all -o none --var password=sandbox123) \
  >"$work/wrong-httpyac.log" 2>&1; then
  echo "check-collections: httpyac passed a wrong assertion" >&2
  exit 1
fi
"$cli" collection export "$work/wrong.http" -o "$work/wrong.json"
if newman run "$work/wrong.json" --env-var host="$url" --env-var password=sandbox123 \
  >"$work/wrong-newman.log" 2>&1; then
  echo "check-collections: newman passed a wrong assertion" >&2
  exit 1
fi

# The shipped example collection, which ctest runs with `xlink-cli run` (TestRunCommand): the
# same file under httpyac, and its Postman export under newman. Its {{baseUrl}} comes from the
# console's environment there, from --var / --env-var here.
tour=resources/examples/sandbox-tour
(cd "$tour" && httpyac send sandbox-tour.http --all --bail -o none \
  --var baseUrl="$url" --var password=sandbox123)
"$cli" collection export "$tour" --format postman -o "$work/tour.json"
newman run "$work/tour.json" --bail --env-var baseUrl="$url" --env-var password=sandbox123
"$cli" run "$tour" --base-url "$url" --var password=sandbox123
echo "check-collections: httpyac and newman agree with the console's subset"
