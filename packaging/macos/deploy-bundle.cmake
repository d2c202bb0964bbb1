# SPDX-License-Identifier: GPL-2.0-or-later
# Install-time step of the macOS package (cmake/Vida3PackagingMacOS.cmake includes it from an
# install(CODE) block, after vida3-studio.app is installed): makes the bundle self-contained
# with macdeployqt, then signs it inside out.
# Inputs: VIDA3_BUNDLE_NAME, VIDA3_MACDEPLOYQT, VIDA3_OFFSCREEN_PLUGIN (may be empty),
#         VIDA3_ENTITLEMENTS; environment VIDA3_CODESIGN_IDENTITY (empty or "-": ad hoc).
cmake_minimum_required(VERSION 3.25)

set(vida3_app "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${VIDA3_BUNDLE_NAME}")
if(NOT IS_DIRECTORY "${vida3_app}/Contents/MacOS")
  message(FATAL_ERROR "deploy-bundle: ${vida3_app} is not an installed app bundle")
endif()

function(vida3_run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "deploy-bundle: ${what} failed (${result}): ${command}")
  endif()
endfunction()

# 1. Dependencies. macdeployqt also rewrites the offscreen plugin's references when it is
# named with -executable=.
if(NOT VIDA3_MACDEPLOYQT)
  message(FATAL_ERROR "deploy-bundle: macdeployqt was not found at configure time "
                      "(set VIDA3_MACDEPLOYQT to Qt's bin/macdeployqt)")
endif()
set(vida3_extra "")
if(VIDA3_OFFSCREEN_PLUGIN)
  get_filename_component(vida3_plugin_name "${VIDA3_OFFSCREEN_PLUGIN}" NAME)
  file(INSTALL DESTINATION "${vida3_app}/Contents/PlugIns/platforms" TYPE SHARED_LIBRARY
       FILES "${VIDA3_OFFSCREEN_PLUGIN}")
  set(vida3_extra "-executable=${vida3_app}/Contents/PlugIns/platforms/${vida3_plugin_name}")
endif()
vida3_run(macdeployqt "${VIDA3_MACDEPLOYQT}" "${vida3_app}" -always-overwrite -verbose=1 ${vida3_extra})

# 2. Signatures: every library and framework first, the app last (it seals the rest). A
# Developer ID gets the hardened runtime and a secure timestamp; ad hoc gets neither, since
# the hardened runtime would refuse to load the ad hoc signed libraries.
set(vida3_identity "$ENV{VIDA3_CODESIGN_IDENTITY}")
if(vida3_identity STREQUAL "")
  set(vida3_identity "-")
endif()
set(vida3_sign codesign --force --sign "${vida3_identity}")
if(NOT vida3_identity STREQUAL "-")
  list(APPEND vida3_sign --options runtime --timestamp)
endif()
file(GLOB_RECURSE vida3_dylibs LIST_DIRECTORIES false
     "${vida3_app}/Contents/Frameworks/*.dylib" "${vida3_app}/Contents/PlugIns/*.dylib")
file(GLOB vida3_frameworks LIST_DIRECTORIES true "${vida3_app}/Contents/Frameworks/*.framework")
foreach(vida3_item IN LISTS vida3_dylibs vida3_frameworks)
  vida3_run(codesign ${vida3_sign} "${vida3_item}")
endforeach()
vida3_run(codesign ${vida3_sign} --entitlements "${VIDA3_ENTITLEMENTS}" "${vida3_app}")
vida3_run("signature check" codesign --verify --deep --strict --verbose=2 "${vida3_app}")
if(vida3_identity STREQUAL "-")
  message(STATUS "deploy-bundle: ${VIDA3_BUNDLE_NAME} signed ad hoc (not notarizable: "
                 "Gatekeeper blocks it on other Macs until the user allows it)")
else()
  message(STATUS "deploy-bundle: ${VIDA3_BUNDLE_NAME} signed by ${vida3_identity}")
endif()
