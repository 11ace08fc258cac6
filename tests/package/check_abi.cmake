# ctest -R abi_compatible: compares libliaison.so with the committed ABI
# baseline. abidiff's exit status is a bit set: 1 an error, 2 a usage error,
# 4 some ABI change, 8 an incompatible one. Additions (4 alone) are what a
# minor release may bring; anything with 1, 2 or 8 fails.
# Expects -DABIDIFF -DBASELINE -DLIBRARY -DHEADERS.
execute_process(
  COMMAND ${ABIDIFF} --exported-interfaces-only --hf2 ${HEADERS}/liaison/liaison.h
          --suppressions ${CMAKE_CURRENT_LIST_DIR}/abi/liaison.suppr
          ${BASELINE} ${LIBRARY}
  RESULT_VARIABLE _status OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message(STATUS "abidiff ${BASELINE} ${LIBRARY}: exit ${_status}\n${_out}")
if(NOT _status MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${_status}")
endif()
math(EXPR _incompatible "${_status} & 11")
if(NOT _incompatible EQUAL 0)
  message(FATAL_ERROR "libliaison.so is not ABI-compatible with the baseline")
endif()
