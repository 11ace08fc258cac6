# Runs one README snippet in a fresh WORK_DIR (with ENVIRONMENT, a list of
# NAME=VALUE, added) and fails when it fails or prints nothing: every
# snippet shows its result, and EXPECT (a regular expression) must match
# what it prints. Expects -DWORK_DIR -DCOMMAND -DEXPECT [-DENVIRONMENT].
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env ${ENVIRONMENT} ${COMMAND}
  WORKING_DIRECTORY ${WORK_DIR}
  RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
message(STATUS "stdout:\n${_out}\nstderr:\n${_err}")
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "the snippet failed (${_status})")
endif()
if(NOT _out MATCHES "${EXPECT}")
  message(FATAL_ERROR "the snippet's output does not match '${EXPECT}'")
endif()
