#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The README's install step (scripts/install-deps.sh) on fresh Debian 12 roots made by mmdebstrap
# from this machine's apt sources, in the conditions new machines have: /usr/sbin/policy-rc.d
# present (Docker-derived images) and absent, a package missing, nothing missing, and a mirror that
# cannot be reached (the failed step must be named, apt's errors shown).
# Usage: install-deps-fresh-root.sh SOURCE_DIR. Exit 0 passed, 1 failed, 77 not root (skipped).
set -euo pipefail
src=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/packaging/checks.sh
source "$here/../packaging/checks.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/vida3-setup-test.XXXXXX")
trap 'rm -rf "$work" "$checks_log"' EXIT
skip_without_root "building a clean Debian root"
echo "== a clean Debian 12 root (mmdebstrap) running scripts/install-deps.sh in five cases"
start=$SECONDS
mkdir -p "$work/out" "$work/vida3/scripts"
cp "$src/scripts/install-deps.sh" "$src/scripts/progress.sh" "$work/vida3/scripts/"
cp -r "$src/cmake" "$work/vida3/"
ok=1
clean_root "$work/mmdebstrap.log" \
  --customize-hook="copy-in '$work/vida3' '$here/in-root-install-deps.sh' /tmp" \
  --customize-hook='chroot "$1" bash /tmp/in-root-install-deps.sh' \
  --customize-hook="copy-out /tmp/results '$work/out'" || ok=0
echo "clean root: $((SECONDS - start)) s"
r=$work/out/results
check "mmdebstrap built the root and ran the cases in it" bash -c "(($ok)) || { tail -n 40 '$work/mmdebstrap.log'; exit 1; }"

case_ok() {  # case_ok NAME EXPECTED_RC EXPECTED_POLICY
  local rc
  rc=$(cat "$r/$1.rc" 2>/dev/null || echo none)
  cat "$r/$1.log" 2>/dev/null
  [[ $rc == "$2" ]] || { echo "exit status $rc, expected $2"; return 1; }
  [[ -z ${3:-} || $(cat "$r/$1.policy") == "$3" ]] || { echo "policy-rc.d: $(cat "$r/$1.policy"), expected $3"; return 1; }
}
tools_ok() { cat "$r/$1.tools"; [[ $(tail -n 1 "$r/$1.tools") == 0 ]]; }
check "policy-rc.d present, nothing installed: exit 0, the image's policy file untouched" \
  case_ok with-policy 0 kept
check "... and the project's dependency checks pass (cmake -G Ninja: Qt 6, QtKeychain, libav)" tools_ok with-policy
check "policy-rc.d absent, ninja-build missing: exit 0, ninja back, no policy file left" \
  case_ok without-policy 0 absent
check "... and ninja runs" tools_ok without-policy
check "nothing missing: exit 0 and silent" bash -c "[[ \$(cat '$r/nothing-missing.rc') == 0 && ! -s '$r/nothing-missing.log' ]]"
test_packages_ok() {
  [[ $(cat "$r/test-packages.rc" 2>/dev/null) == 0 ]] || { tail -n 30 "$r/test-packages.log"; return 1; }
  grep -c '^Inst ' "$r/test-packages.log" | sed 's/$/ packages would be installed/'
}
check "--test: every test package resolves on a clean root (apt-get install -s)" test_packages_ok
unreachable_ok() {
  case_ok unreachable 1 absent || return 1
  grep -q '==> FAILED: apt-get install' "$r/unreachable.log" || { echo "the failed step is not named"; return 1; }
  grep -q 'Failed to fetch http://127.0.0.1:9' "$r/unreachable.log" || { echo "apt's warning is not shown"; return 1; }
  grep -q "E: Package 'ninja-build' has no installation candidate" "$r/unreachable.log" || { echo "apt's error is not shown"; return 1; }
}
check "mirror unreachable: exit 1, 'FAILED: apt-get install' with apt's errors, no policy file left" unreachable_ok
checks_end
