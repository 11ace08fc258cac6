# ctest -R package_subdirectory: configures a project that embeds liaison
# with add_subdirectory (tests/package/subdirectory checks, while it
# configures, that liaison defined its libraries and no test, example or
# benchmark), then compiles that project's C and C++ files against them.
# Expects -DSOURCE_DIR -DWORK_DIR -DGENERATOR -DC_COMPILER -DCXX_COMPILER.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/package/subdirectory -B ${WORK_DIR}
          -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release -DLIAISON_SOURCE_DIR=${SOURCE_DIR}
          -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
  RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message(STATUS "${_out}")
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "configuring the embedding project failed")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR} --target embedder_cpp embedder_c
  RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "compiling against the embedded targets failed:\n${_out}")
endif()
