# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash
# Verdict lines for the packaging and set-up tests (sourced): "PASS: name" or "FAIL: name" with
# the check's output, and a closing "N passed, N failed" line.
checks_passed=0
checks_failed=0
checks_log=$(mktemp "${TMPDIR:-/tmp}/vida3-check.XXXXXX")  # the caller's EXIT trap removes it

# check NAME COMMAND...: runs COMMAND, quiet unless it fails.
check() {
  local name=$1
  shift
  if "$@" >"$checks_log" 2>&1; then
    echo "PASS: $name"
    checks_passed=$((checks_passed + 1))
  else
    echo "FAIL: $name"
    tail -n 60 "$checks_log" | sed 's/^/    /'
    checks_failed=$((checks_failed + 1))
  fi
}

# checks_end: the closing line; exit 1 when any check failed.
checks_end() {
  echo "$checks_passed passed, $checks_failed failed"
  ((checks_failed == 0))
}

# skip_without_root WHAT: exit 77 (ctest: skipped) with a plain reason when not root, or 1 when
# VIDA3_REQUIRE_ROOT_TESTS is set (CI, where a skip would hide a missing proof).
skip_without_root() {
  [[ $(id -u) -eq 0 ]] && return 0
  if [[ -n ${VIDA3_REQUIRE_ROOT_TESTS:-} ]]; then
    echo "FAIL: $1 needs root (mmdebstrap's root mode), and VIDA3_REQUIRE_ROOT_TESTS is set"
    exit 1
  fi
  echo "SKIPPED: $1 needs root (mmdebstrap's root mode); run the tests as root for it"
  exit 77
}

# apt_sources: the host's Debian 12 apt sources (files), for mmdebstrap to build a root from the
# same mirror this machine uses. VIDA3_APT_SOURCES overrides (a file, or a mirror line).
apt_sources() {
  if [[ -n ${VIDA3_APT_SOURCES:-} ]]; then
    printf '%s\n' "$VIDA3_APT_SOURCES"
    return
  fi
  # Debian's own archive only: a third-party repository (its keyring is not in a clean root, and
  # it would make the root something other than Debian 12) is left out.
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
    { [[ -r $f ]] && grep -qs bookworm "$f"; } || continue
    if grep -qi 'signed-by' "$f" && ! grep -Eqi 'signed-by[:=] *[^ ]*debian-archive-keyring' "$f"; then
      continue
    fi
    printf '%s\n' "$f"
  done
  return 0
}

# clean_root LOG MMDEBSTRAP_OPTION...: a fresh Debian 12 root (mmdebstrap's apt variant) from this
# machine's apt sources, built in a temporary directory that mmdebstrap removes again (the
# /dev/null target): the options' hooks do the work inside it. mmdebstrap's output goes to LOG.
clean_root() {
  local log=$1 sources
  shift
  mapfile -t sources < <(apt_sources)
  if ((${#sources[@]} == 0)); then
    echo "no Debian 12 apt sources on this machine to build a root from" >"$log"
    return 1
  fi
  # mmdebstrap does not read the host's apt.conf.d: hand on a proxy the host reaches its mirror by.
  local proxy aptopts=()
  for proxy in Acquire::http::Proxy Acquire::https::Proxy; do
    local value
    value=$(apt-config dump "$proxy" | sed -n "s/^$proxy \"\(.*\)\";\$/\1/p")
    [[ -n $value ]] && aptopts+=("--aptopt=$proxy \"$value\"")
  done
  mmdebstrap --variant=apt "${aptopts[@]}" "$@" bookworm /dev/null "${sources[@]}" >"$log" 2>&1
}
