# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package: installs to /usr with a desktop file, AppStream metainfo, hicolor icons, a
# man page, a machine-readable copyright file and a changelog. Stripped (CPACK_STRIP_FILES) and
# hardened (the flags in Vida3Config.cmake). tests/packaging proves it with lintian and a clean
# Debian 12 root.
set(linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
install(FILES "${linux_dir}/org.vida3.Studio.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${linux_dir}/org.vida3.Studio.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/icons/hicolor" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
install(FILES "${linux_dir}/copyright" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# Debian wants the changelog and man page compressed with `gzip -9n` (reproducible: no name, no time).
find_program(VIDA3_GZIP gzip REQUIRED)
set(gz_dir "${PROJECT_BINARY_DIR}/packaging")
set(gz_files)
foreach(pair "changelog.Debian|changelog.Debian.gz" "vida3-studio.1|vida3-studio.1.gz")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 src)
  list(GET pair 1 out)
  add_custom_command(OUTPUT "${gz_dir}/${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${gz_dir}"
    COMMAND sh -c "${VIDA3_GZIP} -9n -c '${linux_dir}/${src}' > '${gz_dir}/${out}'"
    DEPENDS "${linux_dir}/${src}" VERBATIM)
  list(APPEND gz_files "${gz_dir}/${out}")
endforeach()
add_custom_target(vida3_package_docs ALL DEPENDS ${gz_files})
install(FILES "${gz_dir}/changelog.Debian.gz" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(FILES "${gz_dir}/vida3-studio.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What the binary loads at run time, so dpkg-shlibdeps cannot see it: QtKeychain opens libsecret
# with dlopen; browser sources may send WebP frames (Qt's image-formats plugin); the built-in
# scenes' text is set in DejaVu.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-image-formats-plugins, fonts-dejavu-core")
# A keychain to keep stream keys in, native Wayland windows, and Qt's own words (OK, Cancel) in
# the studio's languages.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")
