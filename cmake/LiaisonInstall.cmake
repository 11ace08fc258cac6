# cmake --install: the headers, the C++ library (liaison::liaison), the C ABI
# library libliaison.so (liaison::liaison_c), the CLI, the Python binding,
# a CMake package for find_package(liaison) and liaison.pc for pkg-config.
# Laid out as fmt installs itself: an export set under the liaison::
# namespace, a config file that finds the dependencies a static C++ library
# carries, and a version file that accepts any release of the same major.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(LIAISON_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/liaison
    CACHE STRING "Where liaisonConfig.cmake goes, under the prefix")
set(LIAISON_INSTALL_PKGCONFIGDIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig
    CACHE STRING "Where liaison.pc goes, under the prefix")
# Debian's python3 reads /usr/lib/python3/dist-packages.
set(LIAISON_INSTALL_PYTHONDIR lib/python3/dist-packages
    CACHE STRING "Where the Python package goes, under the prefix")

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/liaison
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT development
        FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/liaison/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/liaison
        COMPONENT development)

# liaison_phonenumber stands for libphonenumber, which has no CMake package of
# its own; the static C++ library needs it at link time, so it is exported too.
install(TARGETS liaison liaison_phonenumber liaison_c
        EXPORT liaisonTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime
                NAMELINK_COMPONENT development
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT liaisonTargets
        NAMESPACE liaison::
        DESTINATION ${LIAISON_INSTALL_CMAKEDIR}
        COMPONENT development)

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/liaisonConfig.cmake.in
  ${PROJECT_BINARY_DIR}/liaisonConfig.cmake
  INSTALL_DESTINATION ${LIAISON_INSTALL_CMAKEDIR})
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/liaisonConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/liaisonConfig.cmake ${PROJECT_BINARY_DIR}/liaisonConfigVersion.cmake
        DESTINATION ${LIAISON_INSTALL_CMAKEDIR}
        COMPONENT development)

# Paths in liaison.pc are relative to the file itself (${pcfiledir}), so the
# tree can be installed under any prefix and moved.
file(RELATIVE_PATH LIAISON_PC_TO_PREFIX
     /${LIAISON_INSTALL_PKGCONFIGDIR} /)
configure_file(${PROJECT_SOURCE_DIR}/cmake/liaison.pc.in ${PROJECT_BINARY_DIR}/liaison.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/liaison.pc
        DESTINATION ${LIAISON_INSTALL_PKGCONFIGDIR}
        COMPONENT development)

if(TARGET liaison_cli)
  install(TARGETS liaison_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
endif()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/bindings/python/liaison
        DESTINATION ${LIAISON_INSTALL_PYTHONDIR}
        COMPONENT python
        PATTERN "__pycache__" EXCLUDE)
