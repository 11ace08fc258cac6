// vCard, CSV and liaison document import; vCard and CSV export.
#include "guard.hpp"

#include <liaison/csv.hpp>
#include <liaison/document.hpp>
#include <liaison/json.hpp>
#include <liaison/vcard.hpp>

#include <sstream>
#include <string>
#include <string_view>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::maybe_fill;
using liaison::capi::require;
using liaison::capi::require_version;
using liaison::capi::text_or_empty;

namespace {

// What every import reads of the options; `function` names the caller in messages.
void common_options(liaison::ImportOptions& options, const liaison_import_options* opts,
                    const char* function) {
  if (opts == nullptr) return;
  require_version(opts->version, LIAISON_IMPORT_OPTIONS_VERSION, function);
  options.skip_bad = opts->skip_bad != 0;
  options.dry_run = opts->dry_run != 0;
  options.source = text_or_empty(opts->source);
  if (opts->on_match != nullptr && *opts->on_match != '\0') {
    const auto on_match = liaison::on_match_from_string(opts->on_match);
    if (!on_match) {
      throw liaison::Error(liaison::errc::invalid_argument,
                           std::string(function) + ": on_match '" + opts->on_match +
                               "' is not list, merge, skip or off");
    }
    options.on_match = *on_match;
  }
}

liaison::VCardImportOptions vcard_options(const liaison_import_options* opts,
                                          const char* function) {
  liaison::VCardImportOptions options;
  common_options(options, opts, function);
  if (opts != nullptr) options.charset = text_or_empty(opts->encoding);
  return options;
}

liaison::CsvImportOptions csv_options(const liaison_import_options* opts, const char* function) {
  liaison::CsvImportOptions options;
  common_options(options, opts, function);
  if (opts != nullptr) {
    options.encoding = text_or_empty(opts->encoding);
    options.delimiter = opts->delimiter;
    options.preset = text_or_empty(opts->preset);
    options.map = text_or_empty(opts->map);
    if (opts->month_first != 0) options.date_order = liaison::DateOrder::month_day_year;
  }
  return options;
}

liaison::ImportOptions document_options(const liaison_import_options* opts, const char* function) {
  liaison::ImportOptions options;
  common_options(options, opts, function);
  return options;
}

// The bytes a _buffer import reads; NULL data is fine only when empty.
std::string_view bytes_of(const void* data, size_t size, const char* function) {
  if (size != 0) require(data, function, "data");
  return size == 0 ? std::string_view() : std::string_view(static_cast<const char*>(data), size);
}

liaison::VCardExportOptions vcard_export_options(const liaison_export_options* opts,
                                                 const char* function) {
  liaison::VCardExportOptions options;
  if (opts != nullptr) {
    require_version(opts->version, LIAISON_EXPORT_OPTIONS_VERSION, function);
    if (opts->vcard_version != nullptr && *opts->vcard_version != '\0') {
      options.version = opts->vcard_version;
    }
    options.fold = opts->fold != 0;
  }
  return options;
}

liaison::CsvExportOptions csv_export_options(const liaison_export_options* opts,
                                             const char* function) {
  liaison::CsvExportOptions options;
  if (opts != nullptr) {
    require_version(opts->version, LIAISON_EXPORT_OPTIONS_VERSION, function);
    if (opts->preset != nullptr && *opts->preset != '\0') options.preset = opts->preset;
    options.excel = opts->excel != 0;
  }
  return options;
}

}  // namespace

extern "C" {

LIAISON_EXTERN int liaison_import_options_init(liaison_import_options* opts, unsigned int version) {
  return guard("liaison_import_options_init", nullptr, [&] {
    require(opts, "liaison_import_options_init", "opts");
    require_version(version, LIAISON_IMPORT_OPTIONS_VERSION, "liaison_import_options_init");
    *opts = liaison_import_options{};
    opts->version = version;
  });
}

LIAISON_EXTERN int liaison_vcard_import(liaison_buf* report, liaison_directory* dir,
                                        const char* path, const liaison_import_options* opts) {
  static const char* const function = "liaison_vcard_import";
  return guard(function, report, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    require(path, function, "path");
    const auto options = vcard_options(opts, function);
    maybe_fill(report, liaison::to_json(liaison::import_vcard(directory, path, options)));
  });
}

LIAISON_EXTERN int liaison_vcard_import_buffer(liaison_buf* report, liaison_directory* dir,
                                               const void* data, size_t size, const char* name,
                                               const liaison_import_options* opts) {
  static const char* const function = "liaison_vcard_import_buffer";
  return guard(function, report, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    const std::string_view bytes = bytes_of(data, size, function);
    require(name, function, "name");
    const auto options = vcard_options(opts, function);
    maybe_fill(report,
               liaison::to_json(liaison::import_vcard_bytes(directory, bytes, name, options)));
  });
}

LIAISON_EXTERN int liaison_csv_import(liaison_buf* report, liaison_directory* dir, const char* path,
                                      const liaison_import_options* opts) {
  static const char* const function = "liaison_csv_import";
  return guard(function, report, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    require(path, function, "path");
    const auto options = csv_options(opts, function);
    maybe_fill(report, liaison::to_json(liaison::import_csv(directory, path, options)));
  });
}

LIAISON_EXTERN int liaison_csv_import_buffer(liaison_buf* report, liaison_directory* dir,
                                             const void* data, size_t size, const char* name,
                                             const liaison_import_options* opts) {
  static const char* const function = "liaison_csv_import_buffer";
  return guard(function, report, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    const std::string_view bytes = bytes_of(data, size, function);
    require(name, function, "name");
    const auto options = csv_options(opts, function);
    maybe_fill(report,
               liaison::to_json(liaison::import_csv_bytes(directory, bytes, name, options)));
  });
}

LIAISON_EXTERN int liaison_document_import(liaison_buf* report, liaison_directory* dir,
                                           const char* path, const liaison_import_options* opts) {
  static const char* const function = "liaison_document_import";
  return guard(function, report, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    require(path, function, "path");
    const auto options = document_options(opts, function);
    maybe_fill(report, liaison::to_json(liaison::load_document(directory, path, options)));
  });
}

LIAISON_EXTERN int liaison_document_import_buffer(liaison_buf* report, liaison_directory* dir,
                                                  const void* data, size_t size, const char* name,
                                                  const liaison_import_options* opts) {
  static const char* const function = "liaison_document_import_buffer";
  return guard(function, report, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    const std::string_view bytes = bytes_of(data, size, function);
    require(name, function, "name");
    const auto options = document_options(opts, function);
    maybe_fill(report,
               liaison::to_json(liaison::load_document_text(directory, bytes, name, options)));
  });
}

LIAISON_EXTERN int liaison_export_options_init(liaison_export_options* opts, unsigned int version) {
  return guard("liaison_export_options_init", nullptr, [&] {
    require(opts, "liaison_export_options_init", "opts");
    require_version(version, LIAISON_EXPORT_OPTIONS_VERSION, "liaison_export_options_init");
    *opts = liaison_export_options{};
    opts->version = version;
    opts->vcard_version = nullptr;
    opts->fold = liaison::VCardExportOptions{}.fold ? 1 : 0;
    opts->preset = nullptr;
    opts->excel = 0;
  });
}

LIAISON_EXTERN int liaison_vcard_export(size_t* count, liaison_directory* dir, const char* path,
                                        const liaison_export_options* opts) {
  static const char* const function = "liaison_vcard_export";
  return guard(function, nullptr, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(path, function, "path");
    const std::size_t written =
        liaison::export_vcard_file(directory, path, vcard_export_options(opts, function));
    if (count != nullptr) *count = written;
  });
}

LIAISON_EXTERN int liaison_vcard_export_buffer(liaison_buf* out, liaison_directory* dir,
                                               const liaison_export_options* opts) {
  static const char* const function = "liaison_vcard_export_buffer";
  return guard(function, out, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(out, function, "out");
    std::ostringstream text;
    liaison::export_vcard(directory, text, vcard_export_options(opts, function));
    liaison::capi::fill_buffer(out, text.str());
  });
}

LIAISON_EXTERN int liaison_csv_export(size_t* count, liaison_directory* dir, const char* path,
                                      const liaison_export_options* opts) {
  static const char* const function = "liaison_csv_export";
  return guard(function, nullptr, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(path, function, "path");
    const std::size_t written =
        liaison::export_csv_file(directory, path, csv_export_options(opts, function));
    if (count != nullptr) *count = written;
  });
}

LIAISON_EXTERN int liaison_csv_export_buffer(liaison_buf* out, liaison_directory* dir,
                                             const liaison_export_options* opts) {
  static const char* const function = "liaison_csv_export_buffer";
  return guard(function, out, [&] {
    const liaison::Directory& directory = directory_of(dir, function);
    require(out, function, "out");
    std::ostringstream text;
    liaison::export_csv(directory, text, csv_export_options(opts, function));
    liaison::capi::fill_buffer(out, text.str());
  });
}

}  // extern "C"
