#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs inside a clean Debian 12 root (tests/setup/install-deps-fresh-root.sh): the README's install
# step as fresh machines meet it. Each case writes NAME.rc, NAME.log and what it found to
# /tmp/results; the host judges them.
set -u
out=/tmp/results
mkdir -p "$out"
deps=/tmp/vida3/scripts/install-deps.sh
policy=/usr/sbin/policy-rc.d
# The project's own dependency checks (cmake/Vida3Dependencies.cmake) pass in a C++ project
# configured with Ninja: what `cmake --preset` needs of the machine.
tools_work() {
  mkdir -p /tmp/depcheck
  printf '%s\n' 'cmake_minimum_required(VERSION 3.25)' 'project(depcheck LANGUAGES CXX)' \
    'include(FeatureSummary)' 'include(/tmp/vida3/cmake/Vida3Dependencies.cmake)' >/tmp/depcheck/CMakeLists.txt
  cmake -S /tmp/depcheck -B /tmp/depcheck/build -G Ninja
}

# 1. A Docker-derived image: policy-rc.d already there (someone else's), nothing installed yet.
printf '#!/bin/sh\n# the image'"'"'s own\nexit 101\n' >"$policy"
chmod 0755 "$policy"
cp "$policy" /tmp/policy.orig
"$deps" >"$out/with-policy.log" 2>&1
echo $? >"$out/with-policy.rc"
cmp -s "$policy" /tmp/policy.orig && echo kept >"$out/with-policy.policy" || echo changed >"$out/with-policy.policy"
tools_work >"$out/with-policy.tools" 2>&1
echo $? >>"$out/with-policy.tools"

# 2. A machine without policy-rc.d where one build package went missing.
rm -f "$policy"
apt-get remove -y -q ninja-build >"$out/remove.log" 2>&1
"$deps" >"$out/without-policy.log" 2>&1
echo $? >"$out/without-policy.rc"
[[ -e $policy ]] && echo left-behind >"$out/without-policy.policy" || echo absent >"$out/without-policy.policy"
ninja --version >"$out/without-policy.tools" 2>&1
echo $? >>"$out/without-policy.tools"

# 3. Nothing missing: a dpkg query and nothing else (no apt-get run, no output).
"$deps" >"$out/nothing-missing.log" 2>&1
echo $? >"$out/nothing-missing.rc"

# 4. What `./test.sh` adds (--test): every test package resolves on a clean Debian 12 with its
#    dependencies (apt's simulation: the same solver, without downloading Chromium and clang).
mapfile -t test_pkgs < <("$deps" --test --list)
apt-get install -s -q --no-install-recommends "${test_pkgs[@]}" >"$out/test-packages.log" 2>&1
echo $? >"$out/test-packages.rc"

# 5. The mirror is unreachable: apt-get update only warns, the install then fails; the step that
#    failed is named, apt's own errors shown, and the policy file made for the install removed.
apt-get remove -y -q ninja-build >>"$out/remove.log" 2>&1
mkdir -p /tmp/lists.saved && cp -a /etc/apt/sources.list.d /etc/apt/sources.list /tmp/lists.saved/ 2>/dev/null
rm -f /etc/apt/sources.list.d/* /etc/apt/sources.list
echo "deb http://127.0.0.1:9/debian bookworm main" >/etc/apt/sources.list
"$deps" >"$out/unreachable.log" 2>&1
echo $? >"$out/unreachable.rc"
[[ -e $policy ]] && echo left-behind >"$out/unreachable.policy" || echo absent >"$out/unreachable.policy"
exit 0
