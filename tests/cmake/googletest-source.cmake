# GoogleTest and gMock built from source, for the legs where Debian's prebuilt
# libraries (libstdc++, the host's ABI) cannot be linked: MinGW-w64 and libc++.
# The source is Debian's googletest package (/usr/src/googletest, the same
# 1.12.1 as libgtest-dev), so nothing is downloaded. Defines GTest::gtest,
# GTest::gmock and GTest::gtest_main, as find_package(GTest) does; built only
# for the tests that link them (EXCLUDE_FROM_ALL), never installed, and
# compiled without our warning flags (its own code).
set(WSAERROR_GTEST_SOURCE_DIR "/usr/src/googletest" CACHE PATH
    "GoogleTest's source (Debian: googletest), for the MinGW and libc++ legs")
if(NOT EXISTS "${WSAERROR_GTEST_SOURCE_DIR}/googlemock/CMakeLists.txt")
  message(FATAL_ERROR "WSAERROR_GTEST_SOURCE_DIR: no GoogleTest source in ${WSAERROR_GTEST_SOURCE_DIR} "
    "(Debian: apt-get install googletest; tests/install_deps.sh installs it)")
endif()
set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
set(BUILD_GMOCK ON CACHE BOOL "" FORCE)
add_subdirectory("${WSAERROR_GTEST_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL)
# Its headers as system headers, as /usr/include's are for the prebuilt ones:
# our warning flags are for our code.
foreach(_t gtest gtest_main gmock gmock_main)
  get_target_property(_dirs ${_t} INTERFACE_INCLUDE_DIRECTORIES)
  set_target_properties(${_t} PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_dirs}")
endforeach()
