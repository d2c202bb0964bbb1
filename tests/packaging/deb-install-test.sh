#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package, proven rather than hoped: builds it from a configured and built tree with
# CPack, checks what it holds (files, dependencies, stripped and hardened binary), lints it, then
# installs it with apt into a clean Debian 12 root made by mmdebstrap from this machine's apt
# sources, runs --version, the headless demo (the recording judged by ffprobe) and the window
# under Xvfb there, purges it and checks nothing of it is left.
# Usage: deb-install-test.sh BUILD_DIR
# Exit 0 all passed, 1 a check failed, 77 when the clean-root part cannot run here (not root).
set -euo pipefail
build=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/packaging/checks.sh
source "$here/checks.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/vida3-deb-test.XXXXXX")
trap 'rm -rf "$work" "$checks_log"' EXIT

echo "== building the package (cpack -G DEB)"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1; then
  echo "FAIL: cpack -G DEB"; tail -n 40 "$work/cpack.log"; exit 1
fi
debs=("$work"/pkg/vida3-studio_*_*.deb)
[[ -f ${debs[0]} ]] || { echo "FAIL: no vida3-studio_<version>_<arch>.deb in $work/pkg"; ls -l "$work/pkg"; exit 1; }
deb=${debs[0]}
name=$(basename "$deb")
echo "built $name ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -I "$deb" control | sed 's/^/    /'

echo "== what the package holds"
has_files() {
  local f missing=0
  for f in usr/bin/vida3-studio usr/share/applications/org.vida3.Studio.desktop \
    usr/share/metainfo/org.vida3.Studio.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.vida3.Studio.svg \
    usr/share/man/man1/vida3-studio.1.gz usr/share/doc/vida3-studio/copyright \
    usr/share/doc/vida3-studio/changelog.Debian.gz; do
    [[ -f $work/root/$f ]] || { echo "missing: /$f"; missing=1; }
  done
  for n in 16 24 32 48 64 128 256 512; do
    [[ -f $work/root/usr/share/icons/hicolor/${n}x${n}/apps/org.vida3.Studio.png ]] ||
      { echo "missing: ${n}x${n} icon"; missing=1; }
  done
  return $missing
}
check "installs the program, desktop file, metainfo, icons, man page, copyright, changelog to /usr" has_files
depends_cover() {
  local deps
  deps=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $deps"
  # From dpkg-shlibdeps (the ELF's libraries) and by hand (what is loaded at run time).
  for want in libavcodec59 libavformat59 libswscale6 libqt6widgets6 libqt6keychain1 libqt6websockets6 \
    libsecret-1-0 qt6-image-formats-plugins fonts-dejavu-core; do
    grep -q "$want" <<<"$deps" || { echo "Depends lacks $want"; return 1; }
  done
}
check "dependencies: shared libraries from dpkg-shlibdeps plus libsecret, image plugins, fonts" depends_cover
check "the binary is stripped" bash -c "file '$work/root/usr/bin/vida3-studio' | tee /dev/stderr | grep -q ', stripped'"
hardened() {
  local bin=$work/root/usr/bin/vida3-studio segments dynamic header syms
  # Whole outputs first: `readelf | grep -q` under pipefail fails when grep stops reading early.
  segments=$(readelf -lW "$bin") dynamic=$(readelf -dW "$bin") header=$(readelf -hW "$bin")
  syms=$(readelf --dyn-syms -W "$bin")
  grep -q GNU_RELRO <<<"$segments" || { echo "no RELRO"; return 1; }
  grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || { echo "no BIND_NOW"; return 1; }
  grep -q 'DYN (' <<<"$header" || { echo "not PIE"; return 1; }
  grep -q '__stack_chk_fail' <<<"$syms" || { echo "no stack protector"; return 1; }
  grep -Eq '__[a-z_]+_chk@' <<<"$syms" || { echo "no _FORTIFY_SOURCE functions"; return 1; }
}
check "the binary is hardened (PIE, RELRO, BIND_NOW, stack protector, fortify)" hardened
check "lintian: no error or warning" lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs \
  --display-info "$deb"
check "desktop-file-validate on the installed desktop file" \
  desktop-file-validate "$work/root/usr/share/applications/org.vida3.Studio.desktop"
check "appstreamcli validate-tree on the installed tree" appstreamcli validate-tree --no-net "$work/root"

if [[ $(id -u) -ne 0 ]] && ((checks_failed)); then
  checks_end || exit 1
fi
skip_without_root "the clean-root install"
echo "== a clean Debian 12 root (mmdebstrap), apt installs $name, it runs, it purges"
start=$SECONDS
mkdir -p "$work/out"
root_ok=1
clean_root "$work/mmdebstrap.log" --include=xvfb,xauth,x11-utils \
  --customize-hook="copy-in '$deb' '$here/in-root-checks.sh' /tmp" \
  --customize-hook="chroot \"\$1\" bash /tmp/in-root-checks.sh '$name'" \
  --customize-hook="copy-out /tmp/results '$work/out'" || root_ok=0
echo "clean root: $((SECONDS - start)) s"
r=$work/out/results
check "mmdebstrap built the root and ran the checks in it" bash -c "(($root_ok)) || { tail -n 40 '$work/mmdebstrap.log'; exit 1; }"
rc_is_0() { [[ -f $r/$1.rc && $(cat "$r/$1.rc") == 0 ]] || { cat "$r/$1.log" "$r/$1.txt" 2>/dev/null | tail -n 40; return 1; }; }
check "apt installs the package and resolves every dependency" rc_is_0 install
check "vida3-studio --version" bash -c "grep -qx 'vida3-studio [0-9.]*' '$r/version.txt' && cat '$r/version.txt'"
demo_ok() {
  rc_is_0 demo || return 1
  [[ -f $r/demo.mkv ]] || { echo "the demo did not say where its recording is, or it is missing"; cat "$r/demo.log"; return 1; }
  local v a d
  v=$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,width,height -of csv=p=0 "$r/demo.mkv")
  a=$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name,sample_rate,channels -of csv=p=0 "$r/demo.mkv")
  d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$r/demo.mkv")
  echo "video: $v; audio: $a; duration: $d s"
  [[ $v == h264,1280,720 ]] || return 1
  [[ $a == aac,* ]] || return 1
  awk -v d="$d" 'BEGIN { exit !(d >= 4.5 && d <= 5.6) }'
}
check "the headless demo records 5 s of H.264 1280x720 + AAC (ffprobe)" demo_ok
window_ok() {
  cat "$r/window.state" 2>/dev/null
  [[ $(cat "$r/window.state" 2>/dev/null) == running ]] || { cat "$r/window.log" "$r/xvfb.log"; return 1; }
  grep -E 'Window id|Map State: IsViewable|Width|Height' "$r/windows.txt" || { cat "$r/windows.txt" "$r/window.log"; return 1; }
}
check "the window opens under Xvfb (a viewable window of class vida3-studio) and keeps running" window_ok
check "apt purges the package" rc_is_0 purge
check "nothing of the package is left after the purge" bash -c "! [[ -s '$r/leftovers.txt' ]] || { cat '$r/leftovers.txt'; exit 1; }"
checks_end
