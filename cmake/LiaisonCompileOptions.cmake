# Warning and sanitizer flags for liaison's own targets only; third-party
# headers come from system include directories and stay out of -Werror.
set(_liaison_warnings
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
  $<$<AND:$<BOOL:${LIAISON_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>
  # GCC 12 at -O2 reports std::string concatenation inside libstdc++ as an
  # overlapping memcpy (GCC bug 105651, a false positive); the warning says
  # nothing about our code, so it is off for GCC only.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)

add_library(liaison_compile_options INTERFACE)
target_compile_options(liaison_compile_options INTERFACE ${_liaison_warnings})

# The Boost.Test programs' own files (tests/CMakeLists.txt): the same
# warnings, and under the sanitizers AddressSanitizer only. The library,
# the CLI, the C ABI and its C consumer, which the tests exercise, keep
# both sanitizers, and every program links both runtimes; what is left out
# is UBSan's instrumentation of the test code itself, which costs the most
# for the least: it nearly doubles the compile time of a file of Boost.Test
# assertions (csv_reader_test at -O0: 8.1 s with neither, 11.8 s with ASan,
# 20.7 s with both) and would check the assertions, not the library.
add_library(liaison_test_compile_options INTERFACE)
target_compile_options(liaison_test_compile_options INTERFACE ${_liaison_warnings})

if(LIAISON_SANITIZE)
  set(_liaison_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(liaison_compile_options INTERFACE ${_liaison_san})
  target_link_options(liaison_compile_options INTERFACE ${_liaison_san})
  target_compile_options(liaison_test_compile_options INTERFACE
    -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(liaison_test_compile_options INTERFACE ${_liaison_san})
endif()
