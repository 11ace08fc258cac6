// main() for the unit tests that use the shared precompiled Boost.Test header
// (tests/CMakeLists.txt, liaison_test_main). Boost.Test writes main() into
// the file that defines BOOST_TEST_MODULE before its first
// #include <boost/test/unit_test.hpp>; with the header precompiled and
// included ahead of the test file, that define comes too late, so main() is
// written here instead, as Boost writes it for BOOST_TEST_DYN_LINK
// (boost/test/unit_test.hpp and unit_test_suite.hpp, BOOST_TEST_MAIN).
// The module's name comes from the file liaison_add_unit_test generates.
//
// It lives in a static library, so the linker takes it only into a test
// without a main() of its own: one compiled without the precompiled header
// (NO_PCH, such as public_headers_test) keeps the main() Boost wrote there.
#include <boost/test/unit_test.hpp>

#ifndef BOOST_TEST_DYN_LINK
#error "the tests link Boost.Test dynamically (BOOST_TEST_DYN_LINK)"
#endif

bool init_unit_test() { return true; }

int main(int argc, char* argv[]) {
  return ::boost::unit_test::unit_test_main(&init_unit_test, argc, argv);
}
