#include "context.hpp"

#include <filesystem>
#include <system_error>

namespace liaison_cli {

liaison::Directory open_directory(const Context& context, Access access) {
  std::error_code error;
  // When existence cannot even be checked (a permission problem), let open()
  // fail and say why in the library's words.
  const bool missing = !std::filesystem::exists(context.db, error) && !error;
  if (missing && context.db != ":memory:") {
    throw liaison::Error(
        liaison::errc::io_error,
        "no directory at '" + context.db +
            "' (create one with 'liaison init', or name another with --db or LIAISON_DB)");
  }
  liaison::OpenOptions options;
  options.actor = context.actor;
  options.create = false;
  options.read_only = access == Access::read;
  return liaison::Directory::open(context.db, options);
}

}  // namespace liaison_cli
