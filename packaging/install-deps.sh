#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test the XLink Developer Console.
# Idempotent: installs only what is missing, runs `apt-get update` only when something is,
# and uses sudo only when not already root.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config clang-format
  # Qt 6.4 modules the console uses
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite
  qtkeychain-qt6-dev libgl-dev
  # the team failure log: Qt's PostgreSQL driver, and the server its tests start
  libqt6sql6-psql postgresql
  # SQLite's own interface, which the failure log uses on Qt SQL's connection
  libsqlite3-dev
  # JSON Schema checks of request and response bodies, RapidJSON reading large ones (both
  # header-only)
  libvalijson-dev rapidjson-dev
  # Qt's own strings (standard buttons, file dialogs, --help) in Chinese
  qt6-translations-l10n
  # tests: offscreen/X11 GUI runs, packaging validators, baseline tools for benchmarks
  xvfb xauth desktop-file-utils appstream groff-base sqlite3 dpkg-dev file
  # xmllint: `xlink-cli run --reporter junit` is validated against the JUnit schema
  libxml2-utils
  # a CJK font so Chinese text renders in screenshots and PDF reports
  fonts-wqy-microhei
)
# Extra tools for hardening and benchmarks (issue #7 / benchmarks), and for the package checks
# (debootstrap for packaging/check-deb-install.sh, devscripts for hardening-check); pass --all
# to get them too. nodejs and npm bring swagger-cli, the OpenAPI validator of
# tests/openapi/check-openapi.sh, and httpyac and newman, which run the .http collections and
# their Postman export in tests/collections/check-collections.sh (installed from npm's registry
# below). gnome-keyring (a Secret
# Service), dbus-daemon and dbus-send (dbus-bin) let TestSecretStoreKeychain keep secrets in a
# real keychain, on a private session bus of its own. time (GNU time) measures the largest
# memory use of each runner in tests/benchmarks/runner-bench.sh.
extras=(clang libclang-rt-14-dev wrk nginx-light hyperfine valgrind imagemagick debootstrap devscripts
  gnome-keyring dbus-daemon dbus-bin time)

if [[ "${1:-}" == "--all" ]]; then
  packages+=("${extras[@]}")
  # Some machines carry Node.js from NodeSource, whose nodejs package bundles npm and conflicts
  # with Debian's npm package (apt then reports "held broken packages"). Debian's pair is only
  # needed where no npm is on the PATH at all.
  if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  as_root=(sudo)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
fi

# swagger-cli is not packaged by Debian; a pinned version from npm.
swagger_cli_version=4.0.4
if [[ "${1:-}" == "--all" ]] \
  && ! npm ls -g "@apidevtools/swagger-cli@${swagger_cli_version}" >/dev/null 2>&1; then
  echo "install-deps: installing swagger-cli ${swagger_cli_version} from npm"
  "${as_root[@]}" npm install -g --no-fund --no-audit \
    "@apidevtools/swagger-cli@${swagger_cli_version}"
fi

# httpyac and newman: the .http format's own runner and Postman's, as second opinions on the
# collections subset (tests/collections/check-collections.sh); pinned versions from npm.
npm_tools=("httpyac@6.16.7" "newman@6.2.2")
if [[ "${1:-}" == "--all" ]]; then
  for tool in "${npm_tools[@]}"; do
    if ! npm ls -g "$tool" >/dev/null 2>&1; then
      echo "install-deps: installing $tool from npm"
      "${as_root[@]}" npm install -g --no-fund --no-audit "$tool"
    fi
  done
fi
