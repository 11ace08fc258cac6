// The entry point of every Boost.Test program here. The programs include
// <boost/test/unit_test.hpp> through one precompiled header, which is
// included before anything in their own files, so a file cannot define
// BOOST_TEST_MODULE before the header as Boost.Test's own main expects:
// this file provides what that macro would have generated, naming the master
// suite after the program ("person" for person_test).
#include <boost/test/unit_test.hpp>

#include <string>

namespace {

bool init_unit_test() {
  boost::unit_test::master_test_suite_t& master = boost::unit_test::framework::master_test_suite();
  std::string name = master.argc > 0 ? master.argv[0] : "liaison";
  const std::string::size_type slash = name.find_last_of('/');
  if (slash != std::string::npos) name.erase(0, slash + 1);
  const std::string suffix = "_test";
  if (name.size() > suffix.size() &&
      name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
    name.resize(name.size() - suffix.size());
  master.p_name.value = name;
  return true;
}

}  // namespace

int main(int argc, char* argv[]) {
  return boost::unit_test::unit_test_main(&init_unit_test, argc, argv);
}
