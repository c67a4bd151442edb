# Every header of the source tree is installed: installs BUILD into a new,
# empty PREFIX (a copy left by an earlier install would hide a header that is
# no longer installed), then compares SOURCE/wsaerror with its include/wsaerror. A header left out of CMakeLists.txt's lists builds in the
# tree (add_subdirectory reads the sources) and breaks only an installed copy,
# as <wsaerror/stand_in.hpp> once did.
#   cmake -DSOURCE=.../include -DBUILD=... -DPREFIX=... -DINCLUDEDIR=include -P installed_headers.cmake
cmake_minimum_required(VERSION 3.16)
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}"
                RESULT_VARIABLE _rc OUTPUT_QUIET)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD} failed")
endif()
set(STAGED "${PREFIX}/${INCLUDEDIR}")
file(GLOB_RECURSE _source RELATIVE "${SOURCE}" "${SOURCE}/wsaerror/*.hpp" "${SOURCE}/wsaerror/*.cppm")
file(GLOB_RECURSE _staged RELATIVE "${STAGED}" "${STAGED}/wsaerror/*.hpp" "${STAGED}/wsaerror/*.cppm")
list(LENGTH _source _count)
if(_count EQUAL 0)
  message(FATAL_ERROR "no headers under ${SOURCE}")
endif()
set(_missing)
foreach(_h IN LISTS _source)
  if(NOT _h IN_LIST _staged)
    list(APPEND _missing "${_h}")
  endif()
endforeach()
if(_missing)
  list(JOIN _missing "\n  " _list)
  message(FATAL_ERROR "not installed (add them to CMakeLists.txt's header lists):\n  ${_list}")
endif()
message(STATUS "all ${_count} headers are installed")
