#!/usr/bin/env bash
# Where the console's startup goes, in instructions counted by callgrind: repeatable on a
# loaded machine, unlike wall-clock time. Runs `xlink-console --quit-after-show` and the bare
# window (the baseline of run-gui-benchmarks.sh) offscreen, each to exit, and splits the
# console's count by component (inclusive counts of the named functions, all threads).
# Not run by ctest.
#
# Usage: tests/benchmarks/startup-profile.sh [BUILD_DIR]   (default: build; needs valgrind)
# Build first: cmake --build --preset default --target gui-benchmarks
set -euo pipefail

build=${1:-build}
console="$build/bin/xlink-console"
bare="$build/bin/bare-window"
reference="$build/bin/content-reference-window"
source "$(dirname "$0")/bench-common.sh"
require_built "build the gui-benchmarks target" "$console" "$bare" "$reference"
require_tool valgrind
isolated_environment
offscreen_gui

# count PROGRAM [FUNCTION]: instructions of the whole run, or only inside FUNCTION.
count() {
  local args=(--tool=callgrind --callgrind-out-file=/dev/null)
  [[ -n ${2:-} ]] && args+=("--toggle-collect=$2")
  valgrind "${args[@]}" "$1" --quit-after-show 2>&1 | awk '/Collected :/ { print $4 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }

# The first start creates the failure log; measure the later ones, as hyperfine does.
"$console" --quit-after-show >/dev/null 2>&1
total=$(count "$console")
bare_total=$(count "$bare")
reference_total=$(count "$reference")
printf '%-58s %12s\n' "bare Qt Widgets window (to exit)" "$bare_total"
printf '%-58s %12s  %.2fx bare\n' "same content in stock Qt widgets (to exit)" "$reference_total" \
  "$(ratio "$reference_total" "$bare_total")"
printf '%-58s %12s  %.2fx bare\n' "xlink-console --quit-after-show (to exit)" "$total" \
  "$(ratio "$total" "$bare_total")"
printf '%-58s %12s\n' "  bare: loading and relocating libraries (_dl_start)" "$(count "$bare" _dl_start)"
printf '%-58s %12s\n' "  bare: fontconfig init (at exit, ~QFontconfigDatabase)" \
  "$(count "$bare" FcInitLoadConfigAndFonts)"
echo
echo "xlink-console by component (inclusive counts of disjoint parts):"
rest=$total
while IFS='|' read -r label function; do
  n=$(count "$console" "$function")
  printf '  %-56s %12s %5.1f%%\n' "$label" "$n" "$(ratio "$((100 * n))" "$total")"
  rest=$((rest - n))
done <<'LIST'
loading and relocating libraries at exec|_dl_start
fontconfig init (configuration, font cache)|FcInitLoadConfigAndFonts
font matching and fallbacks (fontconfig)|QFontconfigDatabase::fallbacksForFamily(QString const&, QFont::Style, QFont::StyleHint, QChar::Script) const
glyph outlines and hinting (FreeType)|FT_Load_Glyph
glyph rasterising (FreeType)|FT_Render_Glyph
built-in catalogue|xlink::ErrorCatalogue::builtin()
failure log opening after the first paint (writer thread)|QThread::run()
LIST
printf '  %-56s %12s %5.1f%%\n' "everything else (Qt widgets, layout, shaping, painting)" "$rest" \
  "$(ratio "$((100 * rest))" "$total")"
echo
echo "xlink-console by phase of main() (each includes its share of the components above):"
while IFS='|' read -r label function; do
  n=$(count "$console" "$function")
  printf '  %-56s %12s %5.1f%%\n' "$label" "$n" "$(ratio "$((100 * n))" "$total")"
done <<'LIST'
main window constructed|xlink::MainWindow::MainWindow(QWidget*)
shown (polish, layout, size hints)|QWidget::show()
event loop until quit (the first paint)|QApplication::exec()
LIST
