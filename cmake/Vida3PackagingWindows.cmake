# SPDX-License-Identifier: GPL-2.0-or-later
# Windows: an NSIS installer (Start-menu entry, uninstaller, Add/Remove Programs entry) and a
# portable ZIP, both from the same install tree:
#   bin/vida3-studio.exe, the Qt DLLs and plugins (windeployqt), FFmpeg, x264 and QtKeychain DLLs
#   (file(GET_RUNTIME_DEPENDENCIES)), the MSVC runtime, and licence texts.
# Included by cmake/Vida3Packaging.cmake before include(CPack); it only sets CPACK_* variables and,
# when the vida3-studio target exists, adds install rules. tests/packaging/nsis builds the
# installer from this file on Linux (makensis); .github/workflows/installers.yml builds, installs,
# runs and uninstalls it on a Windows runner.
set(vida3_windows_dir "${CMAKE_CURRENT_LIST_DIR}/../packaging/windows")
get_filename_component(vida3_windows_dir "${vida3_windows_dir}" ABSOLUTE)

set(CPACK_GENERATOR "NSIS;ZIP")
# What users see: the installer title, the Start-menu shortcut and Add/Remove Programs.
set(CPACK_NSIS_PACKAGE_NAME "VIDA³ Studio")
set(CPACK_NSIS_DISPLAY_NAME "VIDA³ Studio")
# "Unicode true" is not in CMake 3.25's NSIS template, whose @CPACK_NSIS_DEFINES@ line comes
# right after SetCompressor and before any data: the installer is then a Unicode one, so the
# "³" in names, shortcuts and registry values stays "³" whatever the system's code page.
set(CPACK_NSIS_DEFINES "Unicode true")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# 64-bit only: C:\Program Files, not Program Files (x86), also when CPack cannot tell the
# pointer size (tests/packaging/nsis configures with LANGUAGES NONE).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${vida3_windows_dir}/vida3-studio.ico")
set(CPACK_NSIS_MUI_UNIICON "${vida3_windows_dir}/vida3-studio.ico")
# Add/Remove Programs shows the exe's own icon (packaging/windows/vida3-studio.rc.in).
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\vida3-studio.exe")  # CPackConfig.cmake unescapes once
# One Start-menu shortcut, "VIDA³ Studio", to bin\vida3-studio.exe (plus CPack's "Uninstall").
set(CPACK_PACKAGE_EXECUTABLES "vida3-studio;VIDA³ Studio")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# An upgrade runs the installed version's uninstaller first (silently with /S), so no file of an
# older version is left behind. The registry key is CPACK_PACKAGE_INSTALL_DIRECTORY, which
# carries no version number, so every version finds its predecessor.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# No "Run VIDA³ Studio" on the finish page: the installer runs elevated, and so would the app.
# No CPACK_NSIS_BRANDING_TEXT: CMake 3.25 always writes it with /TRIM*, which Linux builds of
# makensis reject, and tests/packaging/nsis must compile the very script Windows gets.

if(NOT TARGET vida3-studio)
  return()  # tests/packaging/nsis: a dummy payload, no build to deploy
endif()

# The MSVC runtime next to the exe (the Universal CRT is part of Windows 10 and later).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "bin")
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# The offscreen platform plugin: --headless and --demo render without a window, and windeployqt
# deploys only qwindows. windeployqt's layout puts platform plugins in bin/platforms.
if(TARGET Qt6::QOffscreenIntegrationPlugin)
  install(FILES "$<TARGET_FILE:Qt6::QOffscreenIntegrationPlugin>" DESTINATION "bin/platforms")
endif()

# Where the non-Qt DLLs are: FFmpeg's (vcpkg puts them in <prefix>/bin beside <prefix>/lib),
# QtKeychain's, then Qt's own bin as a last resort. Qt 6.8's bin may hold an LGPL FFmpeg of its
# own (for QtMultimedia), so the project's FFmpeg directories come first.
set(VIDA3_RUNTIME_DLL_DIRS "" CACHE STRING "Extra directories with DLLs that vida3-studio.exe needs (Windows packaging)")
file(TO_CMAKE_PATH "${VIDA3_RUNTIME_DLL_DIRS}" vida3_dll_dirs)
foreach(dir IN LISTS LIBAV_LIBRARY_DIRS)
  list(APPEND vida3_dll_dirs "${dir}/../bin" "${dir}")
endforeach()
list(APPEND vida3_dll_dirs "$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>"
     "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")

find_program(VIDA3_WINDEPLOYQT windeployqt
  HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/bin")
# dumpbin lists a PE file's DLLs for file(GET_RUNTIME_DEPENDENCIES); it sits beside cl.exe.
get_filename_component(vida3_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
find_program(VIDA3_DUMPBIN dumpbin HINTS "${vida3_compiler_dir}")

# One install-time script for both: windeployqt, then every DLL the exe still cannot find in
# bin/ is copied there. Runs for `cmake --install` and for each CPack generator alike.
install(CODE "
  set(VIDA3_EXE_NAME \"$<TARGET_FILE_NAME:vida3-studio>\")
  set(VIDA3_WINDEPLOYQT \"${VIDA3_WINDEPLOYQT}\")
  set(VIDA3_DLL_DIRS \"${vida3_dll_dirs}\")
  set(VIDA3_DUMPBIN \"${VIDA3_DUMPBIN}\")
  include(\"${vida3_windows_dir}/deploy-runtime.cmake\")
")

# Licence texts beside the program: the app's own, and FFmpeg's and x264's (GPL builds) from the
# copyright file vcpkg keeps per port. Qt's and QtKeychain's texts are not collected yet.
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  foreach(port IN ITEMS ffmpeg x264 libebur128 speexdsp libyuv libzip)
    set(vida3_license "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/${port}/copyright")
    if(EXISTS "${vida3_license}")
      install(FILES "${vida3_license}" DESTINATION "licenses/${port}")
    endif()
  endforeach()
endif()
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "licenses/vida3-studio")
