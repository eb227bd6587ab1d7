#!/usr/bin/env bash
# Validates the OpenAPI description the console ships with a validator of its own
# (swagger-cli, installed by `packaging/install-deps.sh --all`): exports it the way a user
# would, with `xlink-cli api export`, and checks the file. ctest checks the same document with
# the project's own loader (TestOpenApiDocument); this is the independent second opinion.
#   tests/openapi/check-openapi.sh [PATH/TO/xlink-cli]   (default: build/bin/xlink-cli)
set -euo pipefail
cd "$(dirname "$0")/../.."
cli="${1:-build/bin/xlink-cli}"
if [[ ! -x "$cli" ]]; then
  echo "check-openapi: $cli not found; build first (cmake --build --preset default)" >&2
  exit 2
fi
if ! command -v swagger-cli >/dev/null; then
  echo "check-openapi: swagger-cli is missing; run packaging/install-deps.sh --all" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  "$cli" api export --format openapi -o "$work/xlink-openapi.json"
swagger-cli validate "$work/xlink-openapi.json"
