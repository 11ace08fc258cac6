# Warning and sanitizer flags for liaison's own targets only; third-party
# headers come from system include directories and stay out of -Werror.
add_library(liaison_compile_options INTERFACE)
target_compile_options(liaison_compile_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
  $<$<AND:$<BOOL:${LIAISON_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>
  # GCC 12 at -O2 reports std::string concatenation inside libstdc++ as an
  # overlapping memcpy (GCC bug 105651, a false positive); the warning says
  # nothing about our code, so it is off for GCC only.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)

if(LIAISON_SANITIZE)
  set(_liaison_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(liaison_compile_options INTERFACE ${_liaison_san})
  target_link_options(liaison_compile_options INTERFACE ${_liaison_san})
endif()
