// A fresh directory under the system's temp folder, removed with everything
// in it when the test is done.
#ifndef LIAISON_TESTS_TEMP_DIR_HPP
#define LIAISON_TESTS_TEMP_DIR_HPP

#include <filesystem>
#include <string>

namespace liaison::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const noexcept { return path_; }
  /// The path of a file inside the directory (not created).
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace liaison::test

#endif
