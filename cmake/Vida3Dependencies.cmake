# SPDX-License-Identifier: GPL-2.0-or-later
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network WebSockets Multimedia Svg Test LinguistTools)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)  # desktop notifications
endif()
find_package(Qt6Keychain REQUIRED)
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
# FFmpeg 5.1 (libavcodec 59) is the API floor.
pkg_check_modules(LIBAV REQUIRED IMPORTED_TARGET
  libavcodec>=59.37 libavformat>=59.27 libavutil>=57.28 libswscale>=6.7 libswresample>=4.7
  libavdevice>=59.7)  # screens (x11grab) and cameras (v4l2) as inputs
set_package_properties(Qt6Keychain PROPERTIES TYPE REQUIRED PURPOSE "stream keys in the OS keychain")
