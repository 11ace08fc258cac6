// Duplicates: finding and scoring pairs, merging, undoing, keeping apart.
#include "guard.hpp"

#include <liaison/json.hpp>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::maybe_fill;
using liaison::capi::require;
using liaison::capi::require_version;

namespace {

liaison::DedupOptions dedup_options(const liaison_dedup_options* opts, const char* function) {
  liaison::DedupOptions options;
  if (opts == nullptr) return options;
  require_version(opts->version, LIAISON_DEDUP_OPTIONS_VERSION, function);
  if (opts->kind != nullptr && *opts->kind != '\0') {
    const std::string_view kind = opts->kind;
    if (kind == "person") {
      options.kind = liaison::RecordKind::person;
    } else if (kind == "organization") {
      options.kind = liaison::RecordKind::organization;
    } else {
      throw liaison::Error(
          liaison::errc::invalid_argument,
          std::string(function) + ": kind '" + opts->kind + "' is not person or organization");
    }
  }
  options.thresholds.duplicate = opts->duplicate_threshold;
  options.thresholds.possible = opts->possible_threshold;
  if (!std::isnan(opts->min_score)) options.min_score = opts->min_score;
  options.include_kept_apart = opts->include_kept_apart != 0;
  return options;
}

}  // namespace

extern "C" {

LIAISON_EXTERN int liaison_dedup_options_init(liaison_dedup_options* opts, unsigned int version) {
  return guard("liaison_dedup_options_init", nullptr, [&] {
    require(opts, "liaison_dedup_options_init", "opts");
    require_version(version, LIAISON_DEDUP_OPTIONS_VERSION, "liaison_dedup_options_init");
    const liaison::DedupOptions defaults;
    *opts = liaison_dedup_options{};
    opts->version = version;
    opts->kind = nullptr;
    opts->duplicate_threshold = defaults.thresholds.duplicate;
    opts->possible_threshold = defaults.thresholds.possible;
    opts->min_score = NAN;
    opts->include_kept_apart = defaults.include_kept_apart ? 1 : 0;
  });
}

LIAISON_EXTERN int liaison_dedup_find(liaison_buf* out, liaison_directory* dir,
                                      const liaison_dedup_options* opts) {
  static const char* const function = "liaison_dedup_find";
  return guard(function, out, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(out, function, "out");
    const auto pairs = directory.find_duplicates(dedup_options(opts, function));
    liaison::capi::fill_buffer(out, liaison::duplicate_pairs_json(directory, pairs));
  });
}

LIAISON_EXTERN int liaison_dedup_compare(liaison_buf* out, liaison_directory* dir, int64_t a,
                                         int64_t b, const liaison_dedup_options* opts) {
  static const char* const function = "liaison_dedup_compare";
  return guard(function, out, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(out, function, "out");
    const liaison::DedupOptions options = dedup_options(opts, function);
    const liaison::DuplicatePair pair = directory.compare(a, b, options.thresholds);
    liaison::capi::fill_buffer(out, liaison::duplicate_pair_json(directory, pair));
  });
}

LIAISON_EXTERN int liaison_merge_records(liaison_buf* out, liaison_directory* dir, int64_t a,
                                         int64_t b, int64_t keep) {
  static const char* const function = "liaison_merge_records";
  return guard(function, out, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    liaison::MergeOptions options;
    if (keep != 0) options.keep = keep;
    maybe_fill(out, liaison::to_json(directory.merge(a, b, options)));
  });
}

LIAISON_EXTERN int liaison_merge_undo(liaison_directory* dir, int64_t merge_id, int force) {
  return guard("liaison_merge_undo", nullptr,
               [&] { directory_of(dir, "liaison_merge_undo").unmerge(merge_id, force != 0); });
}

LIAISON_EXTERN int liaison_merge_get(liaison_buf* out, liaison_directory* dir, int64_t merge_id) {
  return guard("liaison_merge_get", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_merge_get");
    require(out, "liaison_merge_get", "out");
    liaison::capi::fill_buffer(out, liaison::to_json(directory.get_merge(merge_id)));
  });
}

LIAISON_EXTERN int liaison_merge_list(liaison_buf* out, liaison_directory* dir) {
  return guard("liaison_merge_list", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_merge_list");
    require(out, "liaison_merge_list", "out");
    std::vector<std::string> items;
    for (const liaison::MergeRecord& merge : directory.list_merges()) {
      items.push_back(liaison::to_json(merge));
    }
    liaison::capi::fill_buffer(out, liaison::capi::json_array(items));
  });
}

LIAISON_EXTERN int liaison_keep_apart_add(liaison_directory* dir, int64_t a, int64_t b) {
  return guard("liaison_keep_apart_add", nullptr,
               [&] { directory_of(dir, "liaison_keep_apart_add").keep_apart(a, b); });
}

LIAISON_EXTERN int liaison_keep_apart_remove(int* removed, liaison_directory* dir, int64_t a,
                                             int64_t b) {
  return guard("liaison_keep_apart_remove", nullptr, [&] {
    const bool forgotten = directory_of(dir, "liaison_keep_apart_remove").forget_keep_apart(a, b);
    if (removed != nullptr) *removed = forgotten ? 1 : 0;
  });
}

LIAISON_EXTERN int liaison_keep_apart_get(int* out, liaison_directory* dir, int64_t a, int64_t b) {
  return guard("liaison_keep_apart_get", nullptr, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_keep_apart_get");
    require(out, "liaison_keep_apart_get", "out");
    *out = directory.kept_apart(a, b) ? 1 : 0;
  });
}

}  // extern "C"
