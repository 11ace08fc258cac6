// The liaison document format's entry points: read the file, hand the text
// to the reader in formats/document/, which does the parsing and storing.
#include <liaison/document.hpp>
#include <liaison/error.hpp>

#include "formats/document/document_reader.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

namespace liaison {
inline namespace v1 {
namespace {

std::string read_file(const std::string& path) {
  // ifstream opens a directory without complaint on Linux and then reads
  // nothing; say what is wrong instead of reporting an empty document.
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    throw Error(errc::io_error, "cannot read '" + path + "': it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(errc::io_error, "cannot read '" + path + "': " + std::strerror(errno));
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(errc::io_error, "cannot read '" + path + "': read failed");
  return text;
}

}  // namespace

ImportReport load_document(Directory& directory, const std::string& path,
                           const ImportOptions& options) {
  const std::string text = read_file(path);
  return detail::read_document(directory, text, path, options);
}

ImportReport load_document_text(Directory& directory, std::string_view text, std::string_view name,
                                const ImportOptions& options) {
  return detail::read_document(directory, text, std::string(name), options);
}

}  // namespace v1
}  // namespace liaison
