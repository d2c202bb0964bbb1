#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The Windows installer's script, checked on Linux: configures the stand-in project here (the
# project's own cmake/Vida3Packaging.cmake, WIN32 branch), runs `cpack -G NSIS` with Debian's
# makensis, and checks that
#   - an installer came out and is a Nullsoft PE executable,
#   - makensis built a Unicode installer with no warning beyond the four CPack's template always
#     causes,
#   - project.nsi installs to Program Files (64-bit), creates the "VIDA³ Studio" Start-menu
#     shortcut to bin\vida3-studio.exe, writes an uninstaller that removes the program and the
#     shortcut again, registers with Add/Remove Programs (name, icon) and uninstalls an older
#     version first.
# About 3 s. Needs cmake, cpack and makensis (Debian: nsis).
# shellcheck disable=SC2016  # the expected lines hold NSIS variables ($INSTDIR, ...) literally
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v makensis >/dev/null || { echo "check-nsis: makensis not found (apt-get install nsis)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/vida3-nsis.XXXXXX")
trap 'rm -rf "$work"' EXIT
# show_and_fail MESSAGE [LOG...]: the message, each log that exists, exit 1.
show_and_fail() {
  echo "check-nsis: $1" >&2
  shift
  local log
  for log in "$@"; do
    [[ -f $log ]] && cat "$log" >&2
  done
  exit 1
}

# makensis through a wrapper that keeps its output: cpack shows it only on failure.
cat > "$work/makensis" <<EOF
#!/bin/sh
makensis "\$@" > "$work/makensis.log" 2>&1; rc=\$?; cat "$work/makensis.log"; exit \$rc
EOF
chmod +x "$work/makensis"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$here" -B "$work/build" "${generator[@]}" -DCMAKE_SYSTEM_NAME=Windows \
  -DCPACK_NSIS_EXECUTABLE="$work/makensis" > "$work/configure.log" 2>&1 ||
  show_and_fail "configure failed" "$work/configure.log"
(cd "$work/build" && cpack -G NSIS) > "$work/cpack.log" 2>&1 ||
  show_and_fail "cpack -G NSIS failed" "$work/cpack.log" "$work/makensis.log"

shopt -s nullglob
installers=("$work"/build/vida3-studio-*-win64.exe)
[[ ${#installers[@]} -eq 1 ]] || show_and_fail "expected one vida3-studio-*-win64.exe, found ${#installers[@]}" "$work/cpack.log"
kind=$(file -b "${installers[0]}")
[[ $kind == PE32* && $kind == *Nullsoft* ]] || show_and_fail "not an NSIS installer: $kind"

failures=0
fail() { echo "check-nsis: $1" >&2; failures=$((failures + 1)); }
grep -q "writing output (x86-unicode)" "$work/makensis.log" || fail "makensis did not write a Unicode installer"
# CPack 3.25's template always leaves these unused; anything else is ours.
unexpected=$(grep -E '^ *[0-9]{4}: ' "$work/makensis.log" |
  grep -v -E 'select_NT_profile" not referenced|Variable "AR_(SecFlags|RegFlags)" not referenced' || true)
[[ -z $unexpected ]] || fail "makensis warnings: $unexpected"

nsi="$work/build/_CPack_Packages/win64/NSIS/project.nsi"
expect() {  # expect DESCRIPTION LINE: LINE must appear verbatim in project.nsi
  grep -qxF -- "$2" <(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$nsi") || fail "project.nsi: no $1 ($2)"
}
expect "Unicode installer" 'Unicode true'
expect "64-bit Program Files" 'InstallDir "$PROGRAMFILES64\VIDA3 Studio"'
expect "display name" 'Name "VIDA³ Studio"'
expect "installer icon" '!define MUI_ICON "'"${here%/tests/packaging/nsis}"'/packaging/windows/vida3-studio.ico"'
expect "uninstaller icon" '!define MUI_UNICON "'"${here%/tests/packaging/nsis}"'/packaging/windows/vida3-studio.ico"'
expect "Start-menu shortcut" 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\VIDA³ Studio.lnk" "$INSTDIR\bin\vida3-studio.exe"'
expect "uninstaller" 'WriteUninstaller "$INSTDIR\Uninstall.exe"'
expect "Add/Remove Programs name" 'Push "VIDA³ Studio"'
expect "Add/Remove Programs icon" 'Push "$INSTDIR\bin\vida3-studio.exe"'
expect "removal of the program" 'Delete "$INSTDIR\bin\vida3-studio.exe"'
expect "removal of the shortcut" 'Delete "$SMPROGRAMS\$MUI_TEMP\VIDA³ Studio.lnk"'
expect "removal of the uninstaller" 'Delete "$INSTDIR\Uninstall.exe"'
expect "uninstall-before-install" 'StrCmp "ON" "ON" 0 inst'

if ((failures)); then
  kept="${TMPDIR:-/tmp}/vida3-nsis-failed.nsi"
  cp "$nsi" "$kept"
  echo "check-nsis: $failures problem(s); project.nsi kept as $kept" >&2
  exit 1
fi
echo "check-nsis: OK: $(basename "${installers[0]}") ($(stat -c %s "${installers[0]}") bytes), Unicode, shortcut and uninstaller in project.nsi"
