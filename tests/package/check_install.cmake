# ctest -R package_install: installs the build tree under a scratch prefix,
# then builds and runs programs against the installed tree alone, the way
# another project would use it: with find_package(liaison) (C and C++) and
# with pkg-config (C). Fails on the first step that does not work.
# Expects -DBUILD_DIR -DSOURCE_DIR -DWORK_DIR -DGENERATOR -DC_COMPILER -DCXX_COMPILER.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _status EQUAL 0)
    list(JOIN ARGN " " _command)
    message(FATAL_ERROR "failed (${_status}): ${_command}\n${_out}")
  endif()
  set(run_output "${_out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

foreach(_file include/liaison/liaison.h include/liaison/liaison.hpp include/liaison/version.h
              lib/cmake/liaison/liaisonConfig.cmake lib/cmake/liaison/liaisonConfigVersion.cmake
              lib/pkgconfig/liaison.pc lib/python3/dist-packages/liaison/__init__.py)
  if(NOT EXISTS ${prefix}/${_file})
    message(FATAL_ERROR "the install has no ${_file}")
  endif()
endforeach()
file(GLOB _c_libraries ${prefix}/lib/libliaison.so.*)
if(NOT _c_libraries)
  message(FATAL_ERROR "the install has no versioned libliaison.so.N")
endif()
# Nothing of the build tree may remain referenced by the installed package.
file(GLOB _cmake_files ${prefix}/lib/cmake/liaison/*.cmake)
foreach(_file IN LISTS _cmake_files)
  file(READ ${_file} _text)
  string(FIND "${_text}" "${BUILD_DIR}" _at)
  if(NOT _at EQUAL -1)
    message(FATAL_ERROR "${_file} names the build folder ${BUILD_DIR}")
  endif()
endforeach()

# find_package(liaison) from the installed tree only.
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/package/consumer -B ${WORK_DIR}/consumer
    -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
run(${WORK_DIR}/consumer/c_consumer)
message(STATUS "${run_output}")
run(${WORK_DIR}/consumer/cpp_consumer)
message(STATUS "${run_output}")

# pkg-config, with the .pc file's paths relative to where it was installed.
run(${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${prefix}/lib/pkgconfig
    pkg-config --modversion liaison)
string(STRIP "${run_output}" _version)
if(NOT _version STREQUAL VERSION)
  message(FATAL_ERROR "pkg-config says liaison ${_version}, the project is ${VERSION}")
endif()
run(${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${prefix}/lib/pkgconfig
    pkg-config --cflags --libs liaison)
string(STRIP "${run_output}" _flags)
separate_arguments(_flags UNIX_COMMAND "${_flags}")
run(${C_COMPILER} -std=c99 -Wall -Wextra -pedantic -Werror
    ${SOURCE_DIR}/tests/package/consumer/consumer.c ${_flags}
    -Wl,-rpath,${prefix}/lib -o ${WORK_DIR}/pkg_config_consumer)
run(${WORK_DIR}/pkg_config_consumer)
message(STATUS "pkg-config: ${run_output}")
