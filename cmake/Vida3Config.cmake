# SPDX-License-Identifier: GPL-2.0-or-later
# One INTERFACE target carries the language standard, warnings and Qt strictness flags for
# every target of the project, so no global flags are needed.
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(vida3_config INTERFACE)
add_library(Vida3::config ALIAS vida3_config)
target_compile_features(vida3_config INTERFACE cxx_std_20)
target_compile_definitions(vida3_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_NO_URL_CAST_FROM_STRING
  QT_STRICT_ITERATORS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  VIDA3_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(vida3_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
  if(VIDA3_WERROR)
    target_compile_options(vida3_config INTERFACE -Werror)
  endif()
  # Hardening, as Debian's dpkg-buildflags (hardening=+all) would give a package build: every
  # build carries it, so the tested binary is the packaged one. _FORTIFY_SOURCE needs optimisation,
  # so Debug (the sanitizer presets) goes without.
  target_compile_options(vida3_config INTERFACE
    -fstack-protector-strong -Werror=format-security
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_compile_options(vida3_config INTERFACE -fstack-clash-protection)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
      target_compile_options(vida3_config INTERFACE -fcf-protection)
    endif()
    target_link_options(vida3_config INTERFACE LINKER:-z,relro LINKER:-z,now)
  endif()
elseif(MSVC)
  target_compile_options(vida3_config INTERFACE /W4 /permissive- /utf-8)
endif()
