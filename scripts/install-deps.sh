#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what building (and, with --test, testing) VIDA³ Studio needs on Debian 12.
# Idempotent: packages already present are not reinstalled, so a second run costs a dpkg query.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-multimedia-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qtkeychain-qt6-dev libgl-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev
  qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins fonts-dejavu-core
)
test_pkgs=(
  ffmpeg nginx libnginx-mod-rtmp stunnel4 openssl
  dbus gnome-keyring libsecret-tools
  clang libclang-rt-14-dev   # tests/relay/fuzz: libFuzzer
  chromium   # tests/relay-e2e: headless Chromium driven by playwright-core (never a downloaded browser)
)
# tests/relay-e2e also needs node ≥ 18 and npm (its setup runs `npm ci`); Debian's packages unless
# a node is already installed (e.g. NodeSource's, which bundles npm and conflicts with Debian's npm).
command -v node >/dev/null || test_pkgs+=(nodejs)
command -v npm >/dev/null || test_pkgs+=(npm)

want=("${build_pkgs[@]}")
[[ "${1:-}" == "--test" ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # Package scripts must not start system services (nginx would bind port 80 on all
  # interfaces): the tests start their own servers on 127.0.0.1 only.
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod +x "$policy"
    own_policy=1
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  ((own_policy)) && "${sudo_cmd[@]}" rm -f "$policy"
fi
