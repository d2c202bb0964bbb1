# SPDX-License-Identifier: GPL-2.0-or-later
# macOS: a drag-and-drop DMG holding vida3-studio.app and a link to /Applications.
# The bundle itself (MACOSX_BUNDLE, packaging/macos/Info.plist.in, the .icns) is set up in
# app/CMakeLists.txt; here, at install time (so for `cmake --install` and for CPack alike):
#   1. the offscreen platform plugin goes into the bundle (--headless/--demo; macdeployqt
#      deploys only cocoa), then macdeployqt copies Qt and every other non-system library
#      (FFmpeg, x264, QtKeychain, ...) into it and points the install names there;
#   2. everything is signed inside out: ad hoc by default, or with the Developer ID named by
#      the VIDA3_CODESIGN_IDENTITY environment variable (hardened runtime, timestamp and
#      packaging/macos/entitlements.plist), as notarization requires.
# Included by cmake/Vida3Packaging.cmake before include(CPack). The DMG is signed, notarized and
# stapled afterwards by .github/workflows/installers.yml when the secrets for it are set.
set(vida3_macos_dir "${CMAKE_CURRENT_LIST_DIR}/../packaging/macos")
get_filename_component(vida3_macos_dir "${vida3_macos_dir}" ABSOLUTE)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "VIDA3 Studio")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${vida3_macos_dir}/vida3-studio.icns")  # the mounted volume's icon
# Homebrew's bottles are single-architecture, so is the DMG: name it after the architecture.
set(CPACK_SYSTEM_NAME "macOS-${CMAKE_SYSTEM_PROCESSOR}")

if(NOT TARGET vida3-studio)
  return()
endif()

find_program(VIDA3_MACDEPLOYQT macdeployqt
  HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/bin")
if(TARGET Qt6::QOffscreenIntegrationPlugin)
  set(vida3_offscreen "$<TARGET_FILE:Qt6::QOffscreenIntegrationPlugin>")
else()
  set(vida3_offscreen "")
endif()

install(CODE "
  set(VIDA3_BUNDLE_NAME \"$<TARGET_FILE_NAME:vida3-studio>.app\")
  set(VIDA3_MACDEPLOYQT \"${VIDA3_MACDEPLOYQT}\")
  set(VIDA3_OFFSCREEN_PLUGIN \"${vida3_offscreen}\")
  set(VIDA3_ENTITLEMENTS \"${vida3_macos_dir}/entitlements.plist\")
  include(\"${vida3_macos_dir}/deploy-bundle.cmake\")
")
