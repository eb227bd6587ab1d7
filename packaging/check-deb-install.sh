#!/usr/bin/env bash
# Installs the DEB on a clean Debian 12 and checks that it works there: a minimal bookworm root
# made with debootstrap, `apt-get install ./FILE.deb` with recommends left out (so the Depends
# alone must bring the Qt runtime), then both commands, the console's window (offscreen), the
# sandbox answering a call, the desktop entry, metainfo, icons and man pages where desktop
# environments and man look, and the distribution validators on the installed files.
#
# Needs root, debootstrap and a Debian mirror, so ctest does not run it.
#   packaging/check-deb-install.sh [--keep] [--mirror URL] [FILE.deb]
# Without FILE.deb it takes the newest build-release/xlink-console_*.deb. The root is made under
# /tmp and removed afterwards unless --keep is given.
set -euo pipefail

mirror=http://deb.debian.org/debian
keep=0
deb=
while [[ $# -gt 0 ]]; do
  case $1 in
    --keep) keep=1 ;;
    --mirror) mirror=$2; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) deb=$1 ;;
  esac
  shift
done

top=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z $deb ]]; then
  deb=$(ls -t "$top"/build-release/xlink-console_*.deb 2>/dev/null | head -n 1 || true)
fi
[[ -n $deb && -f $deb ]] || { echo "no .deb given or found in build-release/ (run cpack there)" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "needs root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }

app_id=io.github.xlink_console.XLinkConsole
root=$(mktemp -d /tmp/xlink-bookworm.XXXXXX)
cleanup() {
  if mountpoint -q "$root/proc"; then umount "$root/proc"; fi
  if [[ $keep -eq 0 ]]; then
    rm -rf --one-file-system "$root"
  else
    echo "root kept in $root"
  fi
}
trap cleanup EXIT

failures=0
pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds inside the root
  local what=$1; shift
  local output
  if output=$(in_root "$@" 2>&1); then pass "$what"; else fail "$what"; echo "$output" | sed 's/^/      /' | tail -n 20; fi
}
check_output() { # check_output DESCRIPTION EXPECTED COMMAND...: the output contains EXPECTED
  local what=$1 expected=$2; shift 2
  local output
  output=$(in_root "$@" 2>&1) || true
  if grep -qF -- "$expected" <<<"$output"; then pass "$what"; else fail "$what (no '$expected')"; echo "$output" | sed 's/^/      /' | tail -n 20; fi
}

echo "== debootstrap bookworm (minbase) into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 \
  || { cat "$root.log" >&2; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
# No services start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

echo "== apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get -o APT::Sandbox::User=root update -q >/dev/null
if ! in_root apt-get install -y -q --no-install-recommends "./tmp/$(basename "$deb")" \
    >"$root/tmp/install.log" 2>&1; then
  tail -n 30 "$root/tmp/install.log"
  echo "FAIL  the package does not install" >&2
  exit 1
fi
pass "apt-get install ./$(basename "$deb") --no-install-recommends"
echo "      Depends: $(in_root dpkg-query -W -f='${Depends}' xlink-console)"

echo "== the Depends brought the Qt runtime"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6sql6-sqlite libqt6httpserver6 libqt6svg6 \
    libqt6keychain1; do
  if [[ $(in_root dpkg-query -W -f='${Status}' "$package" 2>/dev/null) == "install ok installed" ]]; then
    pass "$package installed"
  else
    fail "$package not installed"
  fi
done
check "no missing shared library (ldd)" sh -c \
  '! ldd /usr/bin/xlink-console /usr/bin/xlink-cli /usr/lib/*/qt6/plugins/platforms/libqxcb.so \
     /usr/lib/*/qt6/plugins/sqldrivers/libqsqlite.so /usr/lib/*/qt6/plugins/iconengines/libqsvgicon.so \
     | grep "not found"'

echo "== both commands"
version=$(dpkg-deb -f "$deb" Version)
check_output "xlink-cli --version" "$version" xlink-cli --version
check_output "xlink-cli lookup 4031003" "无效的Access-Token" xlink-cli lookup 4031003
check_output "xlink-cli --help in Chinese (compiled-in translations)" "用法" \
  env LANG=zh_CN.UTF-8 xlink-cli --help
check_output "xlink-console --version" "$version" xlink-console --version
check "xlink-console --quit-after-show (offscreen)" \
  env QT_QPA_PLATFORM=offscreen timeout 60 xlink-console --quit-after-show
# The sandbox answers a real call from the CLI.
check_output "xlink-cli sandbox serves xlink-cli call" "5a1f0c0de0000001" sh -c '
  xlink-cli sandbox >/tmp/sandbox.url 2>/dev/null & pid=$!
  for i in $(seq 50); do [ -s /tmp/sandbox.url ] && break; sleep 0.1; done
  echo sandbox123 | xlink-cli call GET /v2/corp --base-url "$(head -n 1 /tmp/sandbox.url)" \
    --account dev@example.com --password-stdin
  kill -TERM $pid; wait $pid'

echo "== desktop integration files where desktop environments look"
for file in "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/man/man1/xlink-console.1.gz usr/share/man/man1/xlink-cli.1.gz \
    usr/share/doc/xlink-console/copyright usr/share/doc/xlink-console/changelog.gz; do
  if [[ -s $root/$file ]]; then pass "/$file"; else fail "/$file missing"; fi
done
for size in 16 24 32 48 64 128 256; do
  file=usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  if [[ -s $root/$file ]] && file "$root/$file" | grep -q "PNG image data, $size x $size"; then
    pass "/$file"
  else
    fail "/$file missing or not ${size}x${size}"
  fi
done
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$app_id.desktop")
icon_name=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/$app_id.desktop")
check "the menu entry's Exec ($exec_line) is on PATH" sh -c "command -v ${exec_line%% *}"
if [[ $icon_name == "$app_id" ]]; then
  pass "the menu entry's Icon is the installed hicolor icon"
else
  fail "the menu entry's Icon '$icon_name' is not $app_id"
fi

echo "== validators, man and an X server, installed after the package so they cannot supply its dependencies"
in_root apt-get install -y -q --no-install-recommends desktop-file-utils appstream man-db \
  xvfb xauth >/dev/null 2>&1
# What the menu entry starts, on a real X server through the xcb platform plugin.
check "the menu entry's command shows its window on X11 (xvfb-run $exec_line --quit-after-show)" \
  timeout 60 xvfb-run -a $exec_line --quit-after-show
check "desktop-file-validate" sh -c \
  "out=\$(desktop-file-validate /usr/share/applications/$app_id.desktop 2>&1); echo \"\$out\"; [ -z \"\$out\" ]"
check "appstreamcli validate --no-net" \
  appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
check_output "AppStream catalogue finds the component" "Identifier: $app_id" sh -c \
  "appstreamcli refresh-cache --force >/dev/null 2>&1; appstreamcli get $app_id"
check_output "man -w xlink-cli" "/usr/share/man/man1/xlink-cli.1.gz" man -w xlink-cli
check_output "man xlink-cli renders" "XLINK-CLI(1)" sh -c 'MANPAGER=cat man xlink-cli 2>&1 | head -n 5'
check_output "man xlink-console renders" "XLINK-CONSOLE(1)" sh -c 'MANPAGER=cat man xlink-console 2>&1 | head -n 5'

echo "== apt-get purge leaves nothing behind"
in_root apt-get purge -y -q xlink-console >/dev/null 2>&1
leftover=$(cd "$root" && ls "usr/bin/xlink-cli" "usr/share/applications/$app_id.desktop" 2>/dev/null || true)
if [[ -z $leftover ]]; then pass "purged cleanly"; else fail "left behind: $leftover"; fi

if [[ $failures -ne 0 ]]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
