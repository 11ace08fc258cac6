// liaison: CSV import and export (Google, Outlook, Thunderbird, Yahoo,
// LinkedIn, spreadsheets, and liaison's own native layout).
#ifndef LIAISON_CSV_HPP
#define LIAISON_CSV_HPP

#include <liaison/import_report.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {

class Directory;

/// How month and day are ordered in dates like 03/04/1975.
enum class DateOrder { day_month_year, month_day_year };

struct CsvImportOptions : ImportOptions {
  /// Any charset name ICU knows. Empty: a byte order mark, else UTF-16 by
  /// its zero bytes, else UTF-8 when the whole file is valid UTF-8, else an
  /// East-Asian multi-byte charset the bytes are valid in, else
  /// windows-1251 for Cyrillic text or windows-1250 / windows-1252 by the
  /// letters each would make of the file (docs/csv.md).
  std::string encoding;
  /// ',' ';' '\t' or '|'; 0: a "sep=" first line, else detected.
  char delimiter = 0;
  /// Force a layout: "native", "google", "outlook", "thunderbird",
  /// "yahoo", "linkedin", "roundcube", "palm", "wab", or "synonyms" (header
  /// names only); empty: recognised from the header (docs/csv-layouts.md).
  std::string preset;
  /// Explicit column mapping, "COLUMN=field,COLUMN=field", over the preset:
  /// COLUMN is a header name, or a 1-based column number in a file without
  /// a header; field is a native field name (docs/csv.md).
  std::string map;
  /// How to read 03/04/1975. Unset: month first when the file's own dates
  /// say so (12/25/1975 among the first rows, and no 25/12/1975), else day
  /// first, with a warning when the file decided.
  std::optional<DateOrder> date_order;
  /// Limits: a longer field or record is an error naming its line.
  std::size_t max_field_bytes = std::size_t{1} << 20;
  std::uint64_t max_file_bytes = std::uint64_t{4} << 30;
  /// Called every few hundred rows and at the end with the rows read, the
  /// bytes read and the file's size (0 when unknown).
  std::function<void(std::size_t rows, std::uint64_t bytes, std::uint64_t total)> progress;
};

/// Imports the rows of a CSV file. Each row becomes a person (an
/// organization when it names nothing but an organization); a row whose
/// organization is set gets an affiliation to the organization of that
/// name, acronym or alias, created when absent. Columns the layout does
/// not map are reported once and kept on the record as extra fields.
///
/// Importing the same file again updates the records it made (each record
/// remembers the file name and the row's external_id, or its row number).
///
/// Atomic: a row that cannot be stored, or a broken file (an unterminated
/// quote, a field past the limit), makes the import throw errc::parse_error
/// naming file, line and column, and nothing is stored, unless
/// options.skip_bad, which skips and reports each bad row. Values that do
/// not validate (an e-mail, phone, date or country) are kept as raw text
/// and reported as warnings. An empty file imports nothing and is not an
/// error. Throws errc::invalid_argument for a bad preset, map or encoding.
ImportReport import_csv(Directory& directory, const std::string& path,
                        const CsvImportOptions& options);
ImportReport import_csv(Directory& directory, const std::string& path);
/// The same from bytes in memory; `name` stands for the file name.
ImportReport import_csv_bytes(Directory& directory, std::string_view bytes, std::string_view name,
                              const CsvImportOptions& options);
ImportReport import_csv_bytes(Directory& directory, std::string_view bytes, std::string_view name);

struct CsvExportOptions {
  /// "native" (every person field liaison has a column for, read back
  /// without loss), "google" or "outlook" (headers those programs import).
  std::string preset = "native";
  /// A UTF-8 byte order mark and ';' between fields, as Excel in a
  /// European locale expects, and an apostrophe before every cell Excel
  /// would run as a formula (one that begins with '=', '+', '-', '@', a
  /// tab or a CR: "=HYPERLINK(...)" in a card from anyone, or a phone
  /// number "+355 44 500 388"). Excel shows such a cell as text without the
  /// apostrophe; liaison's CSV import takes it off again.
  bool excel = false;
  /// Called every few hundred rows and at the end.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// Writes a row per organization, then one per person (RFC 4180 quoting,
/// CRLF, UTF-8), with the person's current primary affiliation as
/// organization, department, title and role. An organization's row names it
/// in the organization and department cells and fills no name cell; the
/// google and outlook presets write only the organizations with a contact
/// point or website. Returns the number of rows written. Memory stays flat in
/// the number of records. Throws errc::invalid_argument for an unknown
/// preset, errc::io_error when the stream fails.
std::size_t export_csv(const Directory& directory, std::ostream& out,
                       const CsvExportOptions& options);
std::size_t export_csv(const Directory& directory, std::ostream& out);
/// The same into a file, written beside it and renamed into place only
/// when complete.
std::size_t export_csv_file(const Directory& directory, const std::string& path,
                            const CsvExportOptions& options);
std::size_t export_csv_file(const Directory& directory, const std::string& path);

}  // namespace v1
}  // namespace liaison

#endif
