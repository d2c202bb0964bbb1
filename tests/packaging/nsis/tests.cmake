# SPDX-License-Identifier: GPL-2.0-or-later
# The Windows installer's NSIS script, built on this machine from cmake/Vida3PackagingWindows.cmake
# (check-nsis.sh: a stand-in project, cpack -G NSIS, Debian's makensis; about 3 s).
# Included by tests/packaging/CMakeLists.txt.
add_test(NAME nsis_installer COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/check-nsis.sh")
set_tests_properties(nsis_installer PROPERTIES LABELS "packaging" TIMEOUT 120)
