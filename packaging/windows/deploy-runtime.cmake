# SPDX-License-Identifier: GPL-2.0-or-later
# Install-time step of the Windows package (cmake/Vida3PackagingWindows.cmake includes it from an
# install(CODE) block, after vida3-studio.exe is installed to bin/):
#   1. windeployqt copies the Qt DLLs and plugins the exe uses into bin/;
#   2. file(GET_RUNTIME_DEPENDENCIES) walks the exe's DLL imports, recursively, and copies every
#      DLL that is neither in bin/ already nor part of Windows: FFmpeg, x264, QtKeychain, ...
# A DLL that cannot be found stops the install, so a package never lacks one silently.
# Inputs: VIDA3_EXE_NAME, VIDA3_WINDEPLOYQT (may be empty: step 1 is then an error),
#         VIDA3_DLL_DIRS (where to look, in order), VIDA3_DUMPBIN (may be empty).
cmake_minimum_required(VERSION 3.25)

set(vida3_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(vida3_bin "${vida3_prefix}/bin")
set(vida3_exe "${vida3_bin}/${VIDA3_EXE_NAME}")
if(NOT EXISTS "${vida3_exe}")
  message(FATAL_ERROR "deploy-runtime: ${vida3_exe} is not installed")
endif()

# 1. Qt. Translations: the app embeds its own and is English-only; the MSVC runtime comes from
# InstallRequiredSystemLibraries; no software OpenGL or D3D compiler (Qt Widgets on the raster
# engine needs neither).
if(NOT VIDA3_WINDEPLOYQT)
  message(FATAL_ERROR "deploy-runtime: windeployqt was not found at configure time "
                      "(set VIDA3_WINDEPLOYQT to Qt's bin/windeployqt.exe)")
endif()
execute_process(
  COMMAND "${VIDA3_WINDEPLOYQT}" --dir "${vida3_bin}" --no-translations --no-compiler-runtime
          --no-system-d3d-compiler --no-opengl-sw "${vida3_exe}"
  RESULT_VARIABLE vida3_result)
if(NOT vida3_result EQUAL 0)
  message(FATAL_ERROR "deploy-runtime: windeployqt failed (${vida3_result})")
endif()

# 2. Everything else. DLLs are resolved as Windows would: the importing file's own directory,
# then system32 and the Windows directory (dropped: they belong to the system), then bin/ and
# VIDA3_DLL_DIRS in order.
# The plugins in bin/<type>/ count too: an image-format or TLS plugin may pull its own DLLs.
if(VIDA3_DUMPBIN)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "dumpbin")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${VIDA3_DUMPBIN}")
endif()
file(GLOB vida3_plugins "${vida3_bin}/*/*.dll")
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES "${vida3_exe}"
  MODULES ${vida3_plugins}
  DIRECTORIES "${vida3_bin}" ${VIDA3_DLL_DIRS}
  RESOLVED_DEPENDENCIES_VAR vida3_resolved
  UNRESOLVED_DEPENDENCIES_VAR vida3_unresolved
  CONFLICTING_DEPENDENCIES_PREFIX vida3_conflict
  # API sets are not files; Windows maps them to system DLLs at load time.
  PRE_EXCLUDE_REGEXES "^api-ms-win-" "^ext-ms-"
  POST_EXCLUDE_REGEXES
    "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]"
    "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\][^/\\\\]+$")
if(vida3_unresolved)
  list(JOIN vida3_unresolved ", " vida3_missing)
  message(FATAL_ERROR "deploy-runtime: ${VIDA3_EXE_NAME} needs DLLs found nowhere: ${vida3_missing}\n"
                      "Searched: ${VIDA3_DLL_DIRS}")
endif()
foreach(vida3_name IN LISTS vida3_conflict_FILENAMES)
  message(WARNING "deploy-runtime: several ${vida3_name} found (${vida3_conflict_${vida3_name}}); "
                  "the first one is shipped")
endforeach()

string(TOLOWER "${vida3_bin}/" vida3_bin_lower)
set(vida3_copied "")
foreach(vida3_dll IN LISTS vida3_resolved)
  get_filename_component(vida3_name "${vida3_dll}" NAME)
  string(TOLOWER "${vida3_dll}" vida3_dll_lower)
  string(FIND "${vida3_dll_lower}" "${vida3_bin_lower}" vida3_at)
  # Already deployed (the exe's own directory, or a Qt DLL windeployqt copied): keep that copy.
  if(vida3_at EQUAL 0 OR EXISTS "${vida3_bin}/${vida3_name}")
    continue()
  endif()
  file(INSTALL DESTINATION "${vida3_bin}" TYPE SHARED_LIBRARY FILES "${vida3_dll}")
  list(APPEND vida3_copied "${vida3_name}")
endforeach()
if(vida3_copied)
  list(JOIN vida3_copied " " vida3_copied)
  message(STATUS "deploy-runtime: copied into bin/: ${vida3_copied}")
else()
  message(STATUS "deploy-runtime: every DLL was in bin/ already")
endif()
