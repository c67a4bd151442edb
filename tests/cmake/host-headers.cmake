# For cross builds (the MinGW leg): Debian's header-only Catch2 v2, fmt,
# doctest and Asio, exposed one directory at a time through links in the
# build tree -- never the host's /usr/include itself, whose C library headers
# would shadow MinGW's. Defines Catch2::Catch2, fmt::fmt-header-only,
# doctest::doctest and wsaerror_test_asio.
set(WSAERROR_HOST_INCLUDE_DIR "/usr/include" CACHE PATH
    "Where the host's Catch2 (catch2/), fmt (fmt/) and Asio (asio/) headers are")
set(_host "${CMAKE_BINARY_DIR}/host-headers")
file(MAKE_DIRECTORY "${_host}")
foreach(entry catch2 fmt doctest asio asio.hpp)
  if(EXISTS "${WSAERROR_HOST_INCLUDE_DIR}/${entry}" AND NOT EXISTS "${_host}/${entry}")
    file(CREATE_LINK "${WSAERROR_HOST_INCLUDE_DIR}/${entry}" "${_host}/${entry}" SYMBOLIC)
  endif()
endforeach()
if(NOT EXISTS "${_host}/catch2/catch.hpp")
  message(FATAL_ERROR "Catch2 v2's catch2/catch.hpp not found in ${WSAERROR_HOST_INCLUDE_DIR}")
endif()
add_library(Catch2::Catch2 INTERFACE IMPORTED)
set_target_properties(Catch2::Catch2 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_host}")
if(NOT EXISTS "${_host}/doctest/doctest.h")
  message(FATAL_ERROR "doctest's doctest/doctest.h not found in ${WSAERROR_HOST_INCLUDE_DIR} (Debian: doctest-dev)")
endif()
add_library(doctest::doctest INTERFACE IMPORTED)
set_target_properties(doctest::doctest PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_host}")
add_library(fmt::fmt-header-only INTERFACE IMPORTED)
set_target_properties(fmt::fmt-header-only PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${_host}" INTERFACE_COMPILE_DEFINITIONS "FMT_HEADER_ONLY=1")
if(EXISTS "${_host}/asio.hpp")
  add_library(wsaerror_test_asio INTERFACE IMPORTED)
  set_target_properties(wsaerror_test_asio PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_host}"
    INTERFACE_COMPILE_DEFINITIONS "ASIO_STANDALONE;_WIN32_WINNT=0x0601"
    INTERFACE_LINK_LIBRARIES "ws2_32;mswsock")
endif()
