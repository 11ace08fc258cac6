/* Compiles against liaison's C ABI through add_subdirectory's targets. */
#include <liaison/liaison.h>

int open_partners(liaison_directory** out) { return liaison_directory_open(out, ":memory:", NULL); }
