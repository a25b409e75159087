# Install rules and the CMake package config (included by the top-level CMakeLists.txt when
# TRIANGULATE_INSTALL is on, the default for the top-level project).
#
#   cmake --install build --prefix /opt/triangulate
#   # a consumer:
#   find_package(triangulate 0.1 CONFIG REQUIRED)      # -DCMAKE_PREFIX_PATH=/opt/triangulate
#   target_link_libraries(app PRIVATE triangulate::core)
#
# Installs: lib/libtriangulate_core.a (the data files of core/data/ are compiled into it, so it
# needs nothing at run time), the public headers in include/triangulate/, bin/triangulate, the
# package config in lib/cmake/triangulate/ and LICENSE, THIRD_PARTY_NOTICES.md and README.md in
# share/doc/triangulate/. The tree is relocatable (no absolute paths).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(TRI_CONFIG_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/triangulate)

# From an install, the headers are found under <prefix>/include; the target is triangulate::core
# either way (the ALIAS in core/CMakeLists.txt is the add_subdirectory spelling of the same name).
target_include_directories(triangulate_core PUBLIC $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
set_target_properties(triangulate_core PROPERTIES EXPORT_NAME core)

install(TARGETS triangulate_core EXPORT triangulate-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/triangulate
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")
install(TARGETS triangulate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(EXPORT triangulate-targets
  NAMESPACE triangulate::
  FILE triangulate-targets.cmake
  DESTINATION ${TRI_CONFIG_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/triangulate-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/triangulate-config.cmake
  INSTALL_DESTINATION ${TRI_CONFIG_DIR})
# 0.x: a new minor version may change the API, so only the same MAJOR.MINOR satisfies a request.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/triangulate-config-version.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/triangulate-config.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/triangulate-config-version.cmake
  DESTINATION ${TRI_CONFIG_DIR})

install(FILES
  ${PROJECT_SOURCE_DIR}/LICENSE
  ${PROJECT_SOURCE_DIR}/THIRD_PARTY_NOTICES.md
  ${PROJECT_SOURCE_DIR}/README.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR})
