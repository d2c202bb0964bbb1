# SPDX-License-Identifier: GPL-2.0-or-later
set(CPACK_PACKAGE_NAME "vida3-studio")
set(CPACK_PACKAGE_VENDOR "VIDA³")
set(CPACK_PACKAGE_CONTACT "VIDA³ Studio maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "TGZ")
if(UNIX AND NOT APPLE)
  list(APPEND CPACK_GENERATOR "DEB")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Loaded at run time, so shlibdeps cannot see them.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
endif()
include(CPack)
