#!/usr/bin/env bash
# Builds the committed tree (HEAD) twice in Release, from two copies at different paths into two
# build directories, packages both with cpack, and compares the binaries and packages byte for
# byte. Exits 1, names the files that differ and keeps both trees for diffoscope. Takes two full
# builds (no ccache).
set -euo pipefail
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CCACHE_DISABLE=1
commit=$(git -C "$top" rev-parse HEAD)
echo "building $commit twice"
for side in first second-copy; do
  mkdir -p "$work/$side/source"
  git -C "$top" archive "$commit" | tar -x -C "$work/$side/source"
done
for side in first second-copy; do
  cmake -S "$work/$side/source" -B "$work/$side/out" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DXLINK_BUILD_TESTS=OFF -DXLINK_BUILD_BENCHMARKS=OFF >/dev/null
  cmake --build "$work/$side/out" >/dev/null
  (cd "$work/$side/out" && cpack >/dev/null)
done
status=0
for file in bin/xlink-console bin/xlink-cli $(cd "$work/first/out" && ls ./*.deb ./*.tar.gz); do
  a=$(sha256sum < "$work/first/out/$file" | cut -d' ' -f1)
  b=$(sha256sum < "$work/second-copy/out/$file" | cut -d' ' -f1)
  if [[ $a == "$b" ]]; then
    echo "identical  $a  ${file#./}"
  else
    echo "DIFFERENT  $a $b  ${file#./}"
    status=1
  fi
done
if [[ $status -ne 0 ]]; then
  trap - EXIT
  echo "both trees kept in $work"
fi
exit $status
