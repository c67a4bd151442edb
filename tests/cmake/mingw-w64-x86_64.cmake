# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (POSIX threads),
# running the results under Wine (tests/cmake/wine-run.sh) as the CTest emulator.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# Headers, libraries and packages from the MinGW sysroot only: never the host's
# /usr/include (tests bring in Catch2, fmt and Asio headers one by one).
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# A Wine prefix of its own in the build tree.
set(CMAKE_CROSSCOMPILING_EMULATOR
  /usr/bin/env "WSAERROR_WINEPREFIX=${CMAKE_BINARY_DIR}/wineprefix"
  "${CMAKE_CURRENT_LIST_DIR}/wine-run.sh")
