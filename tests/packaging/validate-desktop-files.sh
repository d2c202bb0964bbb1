#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Validates the Linux desktop-integration files of VIDA³ Studio with the tools Debian 12 ships:
# the desktop entry, the AppStream metainfo, the hicolor icons, the manual page and the Debian
# changelog. Builds nothing and needs no built tree.
#
# Usage: tests/packaging/validate-desktop-files.sh SOURCE_DIR
#
# Each file can be replaced through an environment variable, to check a modified copy without
# touching the source tree:
#   VIDA3_DESKTOP_FILE  (default SOURCE_DIR/packaging/linux/org.vida3.Studio.desktop)
#   VIDA3_METAINFO_FILE (default SOURCE_DIR/packaging/linux/org.vida3.Studio.metainfo.xml)
#   VIDA3_ICONS_DIR     (default SOURCE_DIR/resources/icons/hicolor)
#   VIDA3_MAN_PAGE      (default SOURCE_DIR/packaging/linux/vida3-studio.1)
#   VIDA3_CHANGELOG     (default SOURCE_DIR/packaging/linux/changelog.Debian)
#
# Needs (Debian 12): desktop-file-utils, appstream, file, man-db, groff-base, dpkg-dev.
# Prints one verdict line per check and "N passed, N failed"; exits 1 if a check failed,
# 2 on a usage error.
set -euo pipefail

if [[ $# -ne 1 || ! -d $1 ]]; then
    echo "usage: $0 SOURCE_DIR" >&2
    exit 2
fi
source_dir=$(cd "$1" && pwd)

desktop_file=${VIDA3_DESKTOP_FILE:-$source_dir/packaging/linux/org.vida3.Studio.desktop}
metainfo_file=${VIDA3_METAINFO_FILE:-$source_dir/packaging/linux/org.vida3.Studio.metainfo.xml}
icons_dir=${VIDA3_ICONS_DIR:-$source_dir/resources/icons/hicolor}
man_page=${VIDA3_MAN_PAGE:-$source_dir/packaging/linux/vida3-studio.1}
changelog=${VIDA3_CHANGELOG:-$source_dir/packaging/linux/changelog.Debian}

app_id=org.vida3.Studio
icon_sizes=(16 24 32 48 64 128 256 512)
# The only finding accepted from appstreamcli: AppStream wants lower-case ids, but the id must
# match the reverse-DNS desktop file name org.vida3.Studio.desktop.
allowed_appstream='^P: [^ ]+: cid-contains-uppercase-letter( |$)'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
details=$work/details

passed=0
failed=0

# run_check NAME FUNCTION ARGS...: the function writes its findings to $details and returns
# non-zero on failure.
run_check()
{
    local name=$1
    shift
    : >"$details"
    if "$@"; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
    fi
    if [[ -s $details ]]; then
        sed 's/^/    /' "$details"
    fi
    return 0
}

need()
{
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "$1 not found (apt-get install $2)" >>"$details"
        return 1
    fi
}

need_file()
{
    if [[ ! -f $1 ]]; then
        echo "$1: no such file" >>"$details"
        return 1
    fi
}

check_desktop()
{
    need desktop-file-validate desktop-file-utils || return 1
    need_file "$desktop_file" || return 1
    local out rc=0
    out=$(desktop-file-validate "$desktop_file" 2>&1) || rc=$?
    [[ -n $out ]] && printf '%s\n' "$out" >>"$details"
    # Errors give a non-zero status; warnings only appear in the output. Hints are advice.
    if [[ $rc -ne 0 ]] || grep -qE ': (error|warning): ' <<<"$out"; then
        return 1
    fi
    if [[ $(basename "$desktop_file") != "$app_id.desktop" && -z ${VIDA3_DESKTOP_FILE:-} ]]; then
        echo "the desktop file must be named $app_id.desktop" >>"$details"
        return 1
    fi
}

check_metainfo()
{
    need appstreamcli appstream || return 1
    need_file "$metainfo_file" || return 1
    local out rc=0 bad
    out=$(appstreamcli validate --no-net --pedantic "$metainfo_file" 2>&1) || rc=$?
    # Every finding line starts with its severity: E (error), W (warning), I (info),
    # P (pedantic). Only the one pedantic hint above is accepted.
    bad=$(grep -E '^[EWIP]: ' <<<"$out" | grep -Ev "$allowed_appstream" || true)
    if [[ $rc -ne 0 || -n $bad ]]; then
        printf '%s\n' "$out" >>"$details"
        [[ $rc -ne 0 ]] && echo "appstreamcli exited with $rc" >>"$details"
        return 1
    fi
}

check_icons()
{
    need file file || return 1
    if [[ ! -d $icons_dir ]]; then
        echo "$icons_dir: no such directory" >>"$details"
        return 1
    fi
    local ok=0 png dir size info n
    for n in "${icon_sizes[@]}"; do
        if [[ ! -f $icons_dir/${n}x${n}/apps/$app_id.png ]]; then
            echo "missing ${n}x${n}/apps/$app_id.png" >>"$details"
            ok=1
        fi
    done
    shopt -s nullglob
    local pngs=("$icons_dir"/*/apps/*.png)
    shopt -u nullglob
    for png in "${pngs[@]}"; do
        dir=$(basename "$(dirname "$(dirname "$png")")")
        info=$(file -b "$png")
        # "PNG image data, 48 x 48, 8-bit/color RGBA, non-interlaced"
        if [[ $info =~ ^PNG\ image\ data,\ ([0-9]+)\ x\ ([0-9]+), ]]; then
            size="${BASH_REMATCH[1]}x${BASH_REMATCH[2]}"
        else
            echo "${png#"$icons_dir"/}: not a PNG ($info)" >>"$details"
            ok=1
            continue
        fi
        # hicolor directories are NxN, or NxN@S for scale S (S times the pixels).
        local want=$dir
        if [[ $dir =~ ^([0-9]+)x([0-9]+)@([0-9]+)$ ]]; then
            want="$((BASH_REMATCH[1] * BASH_REMATCH[3]))x$((BASH_REMATCH[2] * BASH_REMATCH[3]))"
        fi
        if [[ $size != "$want" ]]; then
            echo "${png#"$icons_dir"/}: $size pixels in directory $dir" >>"$details"
            ok=1
        fi
    done
    local svg=$icons_dir/scalable/apps/$app_id.svg
    if [[ ! -f $svg ]]; then
        echo "missing scalable/apps/$app_id.svg" >>"$details"
        ok=1
    elif ! file -b "$svg" | grep -q 'SVG'; then
        echo "scalable/apps/$app_id.svg: not an SVG ($(file -b "$svg"))" >>"$details"
        ok=1
    elif grep -qiE '<image|data:image' "$svg"; then
        echo "scalable/apps/$app_id.svg embeds a bitmap" >>"$details"
        ok=1
    fi
    [[ $ok -eq 0 ]] && echo "${#pngs[@]} PNGs match their directories; scalable SVG present" >>"$details"
    return "$ok"
}

check_man_page()
{
    need man man-db || return 1
    need lexgrog man-db || return 1
    need groff groff-base || return 1
    need_file "$man_page" || return 1
    local out rc=0
    # The same command lintian's manual-page check runs: any output on stderr is a finding.
    out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$man_page" 2>&1 >/dev/null) || rc=$?
    if [[ $rc -ne 0 || -n $out ]]; then
        [[ -n $out ]] && printf '%s\n' "$out" >>"$details"
        [[ $rc -ne 0 ]] && echo "man exited with $rc" >>"$details"
        return 1
    fi
    rc=0
    out=$(lexgrog "$man_page" 2>&1) || rc=$?
    if [[ $rc -ne 0 ]] || ! grep -q ': ".* - .*"$' <<<"$out"; then
        printf '%s\n' "$out" >>"$details"
        echo "lexgrog found no NAME section (exit $rc)" >>"$details"
        return 1
    fi
}

check_changelog()
{
    need dpkg-parsechangelog dpkg-dev || return 1
    need_file "$changelog" || return 1
    local out err rc=0
    # dpkg-parsechangelog only warns (exit 0) about badly formed lines: stderr counts as failure.
    out=$(dpkg-parsechangelog -l "$changelog" 2>"$work/parse.err") || rc=$?
    err=$(cat "$work/parse.err")
    if [[ $rc -ne 0 || -n $err ]]; then
        [[ -n $err ]] && printf '%s\n' "$err" >>"$details"
        [[ $rc -ne 0 ]] && echo "dpkg-parsechangelog exited with $rc" >>"$details"
        return 1
    fi
    if ! grep -qx 'Source: vida3-studio' <<<"$out"; then
        echo "the changelog is not for the source package vida3-studio" >>"$details"
        return 1
    fi
    grep -E '^(Version|Date):' <<<"$out" >>"$details"
}

run_check "desktop-file-validate ${desktop_file#"$source_dir"/}" check_desktop
run_check "appstreamcli validate --no-net --pedantic ${metainfo_file#"$source_dir"/}" check_metainfo
run_check "hicolor icon sizes ${icons_dir#"$source_dir"/}" check_icons
run_check "man --warnings / lexgrog ${man_page#"$source_dir"/}" check_man_page
run_check "dpkg-parsechangelog ${changelog#"$source_dir"/}" check_changelog

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
