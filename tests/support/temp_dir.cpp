#include "temp_dir.hpp"

#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace liaison::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "liaison-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a temporary directory");
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;  // a test must not fail because cleanup did
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace liaison::test
