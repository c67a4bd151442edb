# Install rules: headers, CMake package (config + version + targets), pkg-config.
include(CMakePackageConfigHelpers)

set(WSAERROR_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/wsaerror"
    CACHE STRING "Where wsaerror's CMake package files go, relative to the prefix")
set(WSAERROR_PKGCONFIG_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where wsaerror.pc goes, relative to the prefix")

# Header-only targets only, so the package stays ARCH_INDEPENDENT. The
# compiled wsaerror::separate is for add_subdirectory/FetchContent builds;
# users of an installed copy include <wsaerror/src.hpp> in one .cpp instead.
install(TARGETS wsaerror wsaerror_ostream wsaerror_format wsaerror_fmt wsaerror_catch2 wsaerror_gtest wsaerror_doctest wsaerror_boost
  wsaerror_windows
  EXPORT wsaerror-targets
  FILE_SET HEADERS COMPONENT devel)
install(FILES include/wsaerror/src.hpp DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/wsaerror"
  COMPONENT devel)
install(EXPORT wsaerror-targets
  NAMESPACE wsaerror::
  DESTINATION "${WSAERROR_CMAKE_DIR}"
  COMPONENT devel)
# Build-tree export, so a config found in the build tree has its targets.
export(EXPORT wsaerror-targets NAMESPACE wsaerror::
  FILE "${PROJECT_BINARY_DIR}/wsaerror-targets.cmake")

configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/wsaerror-config.cmake.in"
  "${PROJECT_BINARY_DIR}/wsaerror-config.cmake"
  INSTALL_DESTINATION "${WSAERROR_CMAKE_DIR}"
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
# 0.x: only the same minor version is compatible.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/wsaerror-config-version.cmake"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
# The config file includes wsaerror-check-users.cmake (see there).
configure_file("${CMAKE_CURRENT_LIST_DIR}/wsaerror-check-users.cmake"
  "${PROJECT_BINARY_DIR}/wsaerror-check-users.cmake" COPYONLY)
install(FILES
  "${PROJECT_BINARY_DIR}/wsaerror-config.cmake"
  "${PROJECT_BINARY_DIR}/wsaerror-config-version.cmake"
  "${PROJECT_BINARY_DIR}/wsaerror-check-users.cmake"
  DESTINATION "${WSAERROR_CMAKE_DIR}"
  COMPONENT devel)

# pkg-config: header-only, so Cflags and no Libs. The include dir is made
# relative to ${prefix} so the installed tree can be moved.
file(RELATIVE_PATH _wsaerror_pc_to_prefix
  "${CMAKE_INSTALL_PREFIX}/${WSAERROR_PKGCONFIG_DIR}" "${CMAKE_INSTALL_PREFIX}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/wsaerror.pc.in" "${PROJECT_BINARY_DIR}/wsaerror.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/wsaerror.pc"
  DESTINATION "${WSAERROR_PKGCONFIG_DIR}"
  COMPONENT devel)

install(FILES LICENSE NOTICE README.md CHANGELOG.md
  DESTINATION "${CMAKE_INSTALL_DOCDIR}"
  COMPONENT devel)
# README's links point into docs/: installed beside it, they still resolve.
install(DIRECTORY docs/
  DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs"
  COMPONENT devel
  FILES_MATCHING PATTERN "*.md")
