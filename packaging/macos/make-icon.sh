#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Rebuilds vida3-studio.icns (bundle icon and DMG volume icon) from the app icon.
# Needs ImageMagick and png2icns (Debian: imagemagick icnsutils); on a Mac, iconutil works too.
# The source is 256 px, so the set stops at 256 (no 512/1024 Retina sizes are invented from it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../resources/icons/org.vida3.Studio.png"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 128 256; do
  convert "$src" -background none -resize "${size}x${size}" "PNG32:$tmp/icon_$size.png"
done
png2icns "$here/vida3-studio.icns" "$tmp"/icon_16.png "$tmp"/icon_32.png "$tmp"/icon_48.png \
  "$tmp"/icon_128.png "$tmp"/icon_256.png
icns2png -l "$here/vida3-studio.icns"
