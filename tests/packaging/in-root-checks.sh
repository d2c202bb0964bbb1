#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs inside a clean Debian 12 root (tests/packaging/deb-install-test.sh): installs the .deb with
# apt, runs it as a user would (--version, the headless demo, the window under Xvfb), purges it
# and lists what is left. Results go to /tmp/results; the host judges them.
set -u
deb=$1
out=/tmp/results
mkdir -p "$out"
export DEBIAN_FRONTEND=noninteractive

# apt must resolve every dependency from the archive by itself.
apt-get install -y --no-install-recommends "/tmp/$deb" >"$out/install.log" 2>&1
echo $? >"$out/install.rc"
dpkg -L vida3-studio >"$out/files.txt" 2>&1

vida3-studio --version >"$out/version.txt" 2>&1
echo $? >"$out/version.rc"

# The headless demo, as a user without a display meets it: it says where the recording went.
export HOME=/tmp/home
mkdir -p "$HOME"
(cd /tmp && unset DISPLAY WAYLAND_DISPLAY && timeout 120 vida3-studio --demo) >"$out/demo.log" 2>&1
echo $? >"$out/demo.rc"
recording=$(sed -n 's/.* to \(\/.*\.mkv\)$/\1/p' "$out/demo.log" | head -n 1)
[[ -n $recording && -f $recording ]] && cp "$recording" "$out/demo.mkv"

# The window under Xvfb: a viewable (mapped) top-level window of class vida3-studio, and the
# program still running a few seconds later. Qt also makes unmapped helper windows of that class.
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  viewable() {
    for id in $(xwininfo -root -tree 2>/dev/null | awk "/\"vida3-studio\" \"vida3-studio\"/ {print \$1}"); do
      xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" && { xwininfo -id "$id"; return 0; }
    done
    return 1
  }
  vida3-studio >/tmp/results/window.log 2>&1 & pid=$!
  for _ in $(seq 40); do
    viewable >/dev/null && break
    sleep 0.5
  done
  sleep 3
  viewable >/tmp/results/windows.txt 2>&1
  if kill -0 "$pid" 2>/dev/null; then echo running >/tmp/results/window.state; else echo exited >/tmp/results/window.state; fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; true' >"$out/xvfb.log" 2>&1

apt-get purge -y vida3-studio >"$out/purge.log" 2>&1
echo $? >"$out/purge.rc"
: >"$out/leftovers.txt"
while read -r path; do
  [[ $path == /usr/share/doc/vida3-studio* || ( -e $path && ! -d $path ) ]] && [[ -e $path ]] &&
    echo "$path" >>"$out/leftovers.txt"
done <"$out/files.txt"
exit 0
