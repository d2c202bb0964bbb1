#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Rebuilds vida3-studio.ico (exe resource, NSIS installer and uninstaller) from the app icon.
# Needs ImageMagick (Debian: imagemagick). Run after changing resources/icons/org.vida3.Studio.png.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../../resources/icons/org.vida3.Studio.png"
convert "$src" -background none -define icon:auto-resize=256,128,64,48,32,16 "$here/vida3-studio.ico"
identify "$here/vida3-studio.ico"
