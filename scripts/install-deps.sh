#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what building (and, with --test, testing) VIDA³ Studio needs on Debian 12.
# Idempotent: packages already present are not reinstalled, so a second run costs a dpkg query.
# Works whether or not /usr/sbin/policy-rc.d exists (Docker-derived images ship one) and leaves
# it exactly as it found it. A failed step says which one and shows apt's own error.
# Exit status: 0 when everything is installed, 1 when a step failed.
# Usage: install-deps.sh [--test] [--list]   (--list: print the packages it would want, one a line)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/progress.sh
source "$here/progress.sh"

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  file   # CPack's DEB generator runs it (dpkg-shlibdeps); minimal images lack it
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-multimedia-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qtkeychain-qt6-dev libgl-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev
  libavdevice-dev   # screen (x11grab) and camera (v4l2) layers
  libxcb1-dev   # global hotkeys: X key grabs (app/actions/globalhotkeys_x11)
  libpulse-dev libebur128-dev   # microphone/desktop capture; loudness and true peak (studio/audio)
  libspeexdsp-dev   # noise suppression (studio/audio)
  libyuv-dev   # BGRA to YUV for the encoder (encoder/bgratoyuv)
  libzip-dev   # scene bundles: a collection with its files in one zip (studio/scene/document)
  libmsgpack-dev   # remote control: obs-websocket's MessagePack encoding (studio/remote)
  libqt6svg6 qt6-image-formats-plugins fonts-dejavu-core
  qt6-translations-l10n   # Qt's own words (OK, Cancel, Apply) in the studio's languages
)
test_pkgs=(
  ffmpeg nginx libnginx-mod-rtmp stunnel4 openssl
  srt-tools   # tests/integration/tst_stream_srt: srt-live-transmit as the SRT listener
  pulseaudio pulseaudio-utils   # tests/audio: a private sound server with test sources
  xvfb x11-utils   # tests/integration/tst_capture: a private X server with coloured windows (xmessage)
  xdotool   # tests/app/tst_globalhotkeys: key presses through XTEST on that private X server
  dbus gnome-keyring libsecret-tools
  python3-websocket python3-msgpack   # tests/remote-e2e: a Python obs-websocket client
  fonts-vlgothic   # tests/app/tst_languages: the window in Japanese (glyphs, not boxes)
  clang libclang-rt-14-dev   # tests/relay/fuzz: libFuzzer
  chromium   # tests/relay-e2e: headless Chromium driven by playwright-core (never a downloaded browser)
  # tests/packaging: the .deb is built, linted and installed into a clean Debian 12 root
  lintian desktop-file-utils appstream man-db mmdebstrap nsis shellcheck
)
# tests/relay-e2e and tests/packaging also need node ≥ 18 and npm (their setup runs `npm ci`);
# Debian's packages unless a node is already installed (e.g. NodeSource's, which bundles npm and
# conflicts with Debian's npm).
command -v node >/dev/null || test_pkgs+=(nodejs)
command -v npm >/dev/null || test_pkgs+=(npm)

want=("${build_pkgs[@]}")
list=0
for arg in "$@"; do
  case $arg in
    --test) want+=("${test_pkgs[@]}") ;;
    --list) list=1 ;;
    *) echo "install-deps.sh: unknown argument $arg (usage: install-deps.sh [--test] [--list])" >&2; exit 2 ;;
  esac
done
if ((list)); then
  printf '%s\n' "${want[@]}"
  exit 0
fi

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  progress_fail "checking packages" "this script installs with apt on Debian 12 (or a derivative)." \
    "Elsewhere, install the equivalents of: ${want[*]}"
  exit 1
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    progress_fail "installing packages" "not root and no sudo. As root, run: apt-get install ${missing[*]}"
    exit 1
  fi
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

# Package scripts must not start system services (nginx would bind port 80 on all interfaces):
# the tests start their own servers on 127.0.0.1 only. A policy file that already exists is left
# alone (it is someone else's); one made here is removed on every way out, success or failure.
policy=/usr/sbin/policy-rc.d
# shellcheck disable=SC2317  # runs from the EXIT trap
remove_own_policy() { "${sudo_cmd[@]}" rm -f "$policy"; }
if [[ ! -e $policy ]]; then
  trap remove_own_policy EXIT
  if ! printf '#!/bin/sh\n# made by VIDA3 scripts/install-deps.sh for the duration of an install\nexit 101\n' |
    "${sudo_cmd[@]}" tee "$policy" >/dev/null || ! "${sudo_cmd[@]}" chmod 0755 "$policy"; then
    progress_fail "installing packages" "could not write $policy${sudo_cmd[*]:+ through sudo (does it need a password?)}." \
      "As root, run: apt-get install ${missing[*]}"
    exit 1
  fi
fi

log=$(mktemp "${TMPDIR:-/tmp}/vida3-install-deps.XXXXXX.log")
# A fresh cloud machine runs its own apt jobs at first boot: wait for their lock, not fail on it.
lock_wait=(-o DPkg::Lock::Timeout=600)
apt_opts=(-y -q -o Dpkg::Use-Pty=0 -o APT::Color=0 "${lock_wait[@]}" --no-install-recommends)

progress_step "updating the package lists (apt-get update)"
# A mirror can time out once; a second try settles most of those.
if ! progress_run "$log" "${sudo_cmd[@]}" apt-get update -q -o APT::Color=0 "${lock_wait[@]}" &&
   ! { sleep 5; progress_run "$log" "${sudo_cmd[@]}" apt-get update -q -o APT::Color=0 "${lock_wait[@]}"; }; then
  progress_fail "apt-get update" "apt could not read the package lists. Its output:" && progress_tail "$log"
  exit 1
fi

# apt-get update exits 0 when a source cannot be reached (it keeps going with the lists it has);
# say so now, since the install may then fail for want of a package.
if grep -q '^W: Failed to fetch' "$log"; then
  progress_step "warning: apt could not read every package list:"
  grep '^[WE]: ' "$log" | sed 's/^/    /' >&2
fi

progress_step "installing ${#missing[@]} packages: ${missing[*]}"
if ! progress_run "$log" "${sudo_cmd[@]}" apt-get install "${apt_opts[@]}" "${missing[@]}" &&
   ! { sleep 5; progress_run "$log" "${sudo_cmd[@]}" apt-get install "${apt_opts[@]}" --fix-missing "${missing[@]}"; }; then
  progress_fail "apt-get install" "apt could not install the packages. Its output:" && progress_tail "$log"
  exit 1
fi

still=()
for p in "${missing[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || still+=("$p")
done
if ((${#still[@]})); then
  progress_fail "apt-get install" "apt finished but these are not installed: ${still[*]}. Its output:"
  progress_tail "$log"
  exit 1
fi
rm -f "$log"
progress_done "packages installed"
exit 0
