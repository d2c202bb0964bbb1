# SPDX-License-Identifier: GPL-2.0-or-later
# Installers: a .deb (and a tarball) on Linux, an NSIS installer on Windows, a DMG on macOS.
# `cmake --workflow --preset deb` builds the Linux package; the Windows and macOS installers are
# built by .github/workflows/installers.yml. Each platform's settings live in their own file.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "vida3-studio")
set(CPACK_PACKAGE_VENDOR "VIDA³")
set(CPACK_PACKAGE_CONTACT "VIDA³ Studio maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "live streaming studio for creators")
set(CPACK_PACKAGE_DESCRIPTION "VIDA³ Studio renders an animated canvas of scenes and layers, encodes it
with H.264 and AAC, and streams it over RTMP or RTMPS to X, YouTube, Twitch,
Facebook or any RTMP server, several at once from one encode, while recording
locally. Streams reconnect by themselves and follow the link's bandwidth;
recordings survive a crash. Web pages can be sources through a local,
authenticated relay. Stream keys are kept in the system keychain. A headless
command line serves servers and automation.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "VIDA3 Studio")
set(CPACK_STRIP_FILES ON)

if(WIN32)
  include(Vida3PackagingWindows)
elseif(APPLE)
  include(Vida3PackagingMacOS)
else()
  include(Vida3PackagingLinux)
endif()
include(CPack)
