// Search, as the CLI's `search` command does it.
#include "guard.hpp"

#include <liaison/json.hpp>

#include <string>
#include <string_view>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::require;
using liaison::capi::require_version;

extern "C" {

LIAISON_EXTERN int liaison_search_options_init(liaison_search_options* opts, unsigned int version) {
  return guard("liaison_search_options_init", nullptr, [&] {
    require(opts, "liaison_search_options_init", "opts");
    require_version(version, LIAISON_SEARCH_OPTIONS_VERSION, "liaison_search_options_init");
    const liaison::SearchOptions defaults;
    *opts = liaison_search_options{};
    opts->version = version;
    opts->limit = defaults.limit;
    opts->offset = defaults.offset;
    opts->exact = defaults.exact ? 1 : 0;
    opts->all_time = defaults.all_time ? 1 : 0;
    opts->as_of = nullptr;
    opts->kind = nullptr;
  });
}

LIAISON_EXTERN int liaison_directory_search(liaison_buf* out, liaison_directory* dir,
                                            const char* query, const liaison_search_options* opts) {
  static const char* const function = "liaison_directory_search";
  return guard(function, out, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(out, function, "out");
    require(query, function, "query");
    liaison::SearchOptions options;
    if (opts != nullptr) {
      require_version(opts->version, LIAISON_SEARCH_OPTIONS_VERSION, function);
      options.limit = opts->limit;
      options.offset = opts->offset;
      options.exact = opts->exact != 0;
      options.all_time = opts->all_time != 0;
      if (opts->as_of != nullptr && *opts->as_of != '\0') {
        const auto day = liaison::PartialDate::parse(opts->as_of);
        if (!day || day->year == 0) {
          throw liaison::Error(liaison::errc::invalid_argument,
                               std::string(function) + ": as_of '" + opts->as_of +
                                   "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        options.as_of = day;
      }
      if (opts->kind != nullptr && *opts->kind != '\0') {
        const std::string_view kind = opts->kind;
        if (kind == "person") {
          options.kinds.push_back(liaison::RecordKind::person);
        } else if (kind == "organization") {
          options.kinds.push_back(liaison::RecordKind::organization);
        } else {
          throw liaison::Error(
              liaison::errc::invalid_argument,
              std::string(function) + ": kind '" + opts->kind + "' is not person or organization");
        }
      }
    }
    liaison::capi::fill_buffer(
        out, liaison::search_hits_json(directory, directory.search(query, options)));
  });
}

}  // extern "C"
