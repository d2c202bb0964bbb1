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
elseif(MSVC)
  target_compile_options(vida3_config INTERFACE /W4 /permissive- /utf-8)
endif()
