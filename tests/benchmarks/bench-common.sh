# Sourced by the benchmark scripts: the checks and the clean environment they share.

# require_built HINT FILE...: every FILE is an executable, or say what to build (HINT) and exit 2.
require_built() {
  local hint=$1 f
  shift
  for f in "$@"; do
    [[ -x $f ]] || { echo "missing $f: $hint" >&2; exit 2; }
  done
}

# require_tool TOOL: TOOL is installed, or say where it comes from and exit 2.
require_tool() {
  command -v "$1" >/dev/null || { echo "$1 not installed (packaging/install-deps.sh --all)" >&2; exit 2; }
}

# Clean settings and data (no imported pages, default geometry) and a fixed locale, so every run
# does the same work; $work is a temporary directory removed on exit.
isolated_environment() {
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LC_ALL=C.UTF-8 LANG=C.UTF-8
}

# The GUI programs additionally run offscreen, with a private runtime directory.
offscreen_gui() {
  mkdir -m 0700 "$work/runtime"
  export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
}
