// Compiles against liaison's C++ API through add_subdirectory's targets.
#include <liaison/liaison.hpp>

liaison::Directory open_partners() { return liaison::Directory::open(":memory:"); }
