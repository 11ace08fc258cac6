// Opening and closing a directory, its settings and its upkeep.
#include "guard.hpp"

#include <memory>
#include <string>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::require;
using liaison::capi::require_version;

extern "C" {

LIAISON_EXTERN int liaison_open_options_init(liaison_open_options* opts, unsigned int version) {
  return guard("liaison_open_options_init", nullptr, [&] {
    require(opts, "liaison_open_options_init", "opts");
    require_version(version, LIAISON_OPEN_OPTIONS_VERSION, "liaison_open_options_init");
    const liaison::OpenOptions defaults;
    *opts = liaison_open_options{};
    opts->version = version;
    opts->actor = nullptr;
    opts->create = defaults.create ? 1 : 0;
    opts->read_only = defaults.read_only ? 1 : 0;
    opts->default_region = nullptr;
    opts->busy_timeout_ms = defaults.busy_timeout_ms;
  });
}

LIAISON_EXTERN int liaison_directory_open(liaison_directory** out, const char* path,
                                          const liaison_open_options* opts) {
  if (out != nullptr) *out = nullptr;
  return guard("liaison_directory_open", nullptr, [&] {
    require(out, "liaison_directory_open", "out");
    require(path, "liaison_directory_open", "path");
    liaison::OpenOptions options;
    if (opts != nullptr) {
      require_version(opts->version, LIAISON_OPEN_OPTIONS_VERSION, "liaison_directory_open");
      options.actor = liaison::capi::text_or_empty(opts->actor);
      options.create = opts->create != 0;
      options.read_only = opts->read_only != 0;
      options.default_region = liaison::capi::text_or_empty(opts->default_region);
      options.busy_timeout_ms = opts->busy_timeout_ms;
    }
    auto handle = std::make_unique<liaison_directory>(
        liaison_directory{liaison::Directory::open(path, options), path});
    *out = handle.release();
  });
}

LIAISON_EXTERN void liaison_directory_free(liaison_directory* dir) {
  // Closing cannot fail in a way the caller could act on; nothing escapes.
  try {
    delete dir;
  } catch (...) {
  }
}

LIAISON_EXTERN const char* liaison_directory_path(const liaison_directory* dir) {
  if (dir == nullptr) {
    liaison::capi::set_last_error(LIAISON_EINVAL, "liaison_directory_path: dir is NULL");
    return "";
  }
  return dir->path.c_str();
}

LIAISON_EXTERN int liaison_directory_default_region(liaison_buf* out, liaison_directory* dir) {
  return guard("liaison_directory_default_region", out, [&] {
    require(out, "liaison_directory_default_region", "out");
    const std::string region =
        directory_of(dir, "liaison_directory_default_region").default_region();
    liaison::capi::fill_buffer(out, region);
  });
}

LIAISON_EXTERN int liaison_directory_set_default_region(liaison_directory* dir,
                                                        const char* region) {
  return guard("liaison_directory_set_default_region", nullptr, [&] {
    liaison::Directory& directory = directory_of(dir, "liaison_directory_set_default_region");
    require(region, "liaison_directory_set_default_region", "region");
    directory.set_default_region(region);
  });
}

LIAISON_EXTERN int liaison_directory_check(liaison_buf* out, liaison_directory* dir) {
  return guard("liaison_directory_check", out, [&] {
    require(out, "liaison_directory_check", "out");
    const std::string report = directory_of(dir, "liaison_directory_check").check_integrity();
    liaison::capi::fill_buffer(out, report == "ok" ? std::string() : report);
  });
}

LIAISON_EXTERN int liaison_directory_reindex(liaison_directory* dir) {
  return guard("liaison_directory_reindex", nullptr,
               [&] { directory_of(dir, "liaison_directory_reindex").rebuild_search_index(); });
}

}  // extern "C"
