// The public headers stand alone and hide the dependencies: a program that
// includes <liaison/liaison.hpp> needs no SQLite, SQLiteCpp, ICU,
// libphonenumber, nlohmann-json, fmt, CLI11 or Boost headers, so those stay
// PRIVATE link dependencies and can change without breaking a consumer.
// That each header compiles on its own as C++17 is proved by the build
// (target public_headers_cxx17); this test reads the files.
#include <liaison/liaison.hpp>

// Checked before any other header is included, so that only liaison's own
// headers could have defined these.
#if defined(SQLITE_VERSION) || defined(SQLITECPP_VERSION) || defined(U_ICU_VERSION) ||        \
    defined(NLOHMANN_JSON_VERSION_MAJOR) || defined(FMT_VERSION) || defined(CLI11_VERSION) || \
    defined(BOOST_VERSION) || defined(GOOGLE_PROTOBUF_VERSION)
#define LIAISON_TEST_DEPENDENCY_LEAKED 1
#else
#define LIAISON_TEST_DEPENDENCY_LEAKED 0
#endif

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Include {
  std::string header;  // liaison/directory.hpp
  int line = 0;
  std::string target;  // what it includes: "string", "sqlite3.h"
};

// Every public header: the sources, and the ones the build generates.
std::vector<fs::path> public_headers() {
  std::vector<fs::path> headers;
  for (const char* folder : {LIAISON_PUBLIC_INCLUDE_DIR, LIAISON_GENERATED_INCLUDE_DIR}) {
    if (!fs::is_directory(folder)) continue;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
      const std::string extension = entry.path().extension().string();
      if (extension == ".hpp" || extension == ".h" || extension == ".in") {
        headers.push_back(entry.path());
      }
    }
  }
  std::sort(headers.begin(), headers.end());
  return headers;
}

std::vector<Include> includes_of(const fs::path& header) {
  static const std::regex directive(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::vector<Include> result;
  std::ifstream in(header);
  std::string text;
  int number = 0;
  while (std::getline(in, text)) {
    ++number;
    std::smatch match;
    if (std::regex_search(text, match, directive)) {
      result.push_back({"liaison/" + header.filename().string(), number, match[1]});
    }
  }
  return result;
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// The private dependencies, by the paths their headers are included by.
bool names_a_private_dependency(const std::string& target) {
  static const char* const prefixes[] = {
      "sqlite3",        // sqlite3.h, sqlite3ext.h
      "SQLiteCpp/",     //
      "unicode/",       // ICU
      "nlohmann/",      //
      "phonenumbers/",  // libphonenumber
      "google/",        // protobuf, which libphonenumber's headers pull in
      "CLI/",           // CLI11
      "boost/",         //
      "fmt/",           //
  };
  return std::any_of(std::begin(prefixes), std::end(prefixes),
                     [&](const char* prefix) { return starts_with(target, prefix); });
}

// Besides one another, the public headers may include the standard library
// only: C++ headers have no extension; the C headers of the C ABI may use these.
bool allowed(const std::string& target) {
  static const std::set<std::string> c_headers = {"stddef.h", "stdint.h", "stdbool.h",
                                                  "stdlib.h", "stdio.h",  "limits.h"};
  if (starts_with(target, "liaison/")) return true;
  if (target.find('/') != std::string::npos) return false;
  if (target.find('.') == std::string::npos) return true;
  return c_headers.count(target) > 0;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_headers_are_found) {
  const std::vector<fs::path> headers = public_headers();
  std::set<std::string> names;
  for (const fs::path& header : headers) names.insert(header.filename().string());
  // Guards against a vacuous pass when the folders move.
  BOOST_TEST(names.count("liaison.hpp") == 1u);
  BOOST_TEST(names.count("directory.hpp") == 1u);
  BOOST_TEST(names.count("version.hpp") == 1u);
  BOOST_TEST(headers.size() >= 10u);
}

BOOST_AUTO_TEST_CASE(no_public_header_includes_a_private_dependency) {
  for (const fs::path& header : public_headers()) {
    for (const Include& include : includes_of(header)) {
      BOOST_TEST_CONTEXT(include.header << ":" << include.line << " includes " << include.target) {
        BOOST_TEST(!names_a_private_dependency(include.target));
        BOOST_TEST(allowed(include.target));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_liaison_include_names_a_public_header) {
  std::set<std::string> names;
  const std::vector<fs::path> headers = public_headers();
  for (const fs::path& header : headers) names.insert("liaison/" + header.filename().string());
  for (const fs::path& header : headers) {
    for (const Include& include : includes_of(header)) {
      if (!starts_with(include.target, "liaison/")) continue;
      BOOST_TEST_CONTEXT(include.header << ":" << include.line) {
        BOOST_CHECK_MESSAGE(names.count(include.target) == 1u,
                            include.target << " is not a public header");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(including_everything_defines_no_dependency_macro) {
  BOOST_TEST(LIAISON_TEST_DEPENDENCY_LEAKED == 0);
}
