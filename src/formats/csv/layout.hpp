// Which program wrote a CSV file and what each of its columns means: the
// header row found among the first rows, the layout it belongs to (liaison
// native, Google, Outlook, Thunderbird, Yahoo, LinkedIn, Palm, Windows
// Address Book, Roundcube), every column mapped onto the Field vocabulary,
// and the user's --map over it. Headerless files are read by the shape of
// a known export or by their content. No I/O here: the reader gives the
// rows, the row mapper reads them through the Layout. docs/csv-layouts.md
// lists the presets, the localized headers, the synonyms and the rules.
#ifndef LIAISON_SRC_FORMATS_CSV_LAYOUT_HPP
#define LIAISON_SRC_FORMATS_CSV_LAYOUT_HPP

#include "formats/csv/fields.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {

/// What the columns of a file mean.
struct Layout {
  /// "native", "google", "outlook", "thunderbird", "yahoo", "linkedin",
  /// "palm", "wab" (Windows Address Book, Outlook Express, Windows Live
  /// Mail), "roundcube"; "synonyms" when no program's header was recognised
  /// and the columns were named by synonyms; "inferred" for a headerless
  /// file read by its content; "mapped" when every mapped column comes from
  /// the user's --map.
  std::string preset;
  /// The header's index in the rows given; nullopt for a headerless file.
  /// Rows before it are a preamble (LinkedIn's notes, blank lines), not data.
  std::optional<std::size_t> header_row;
  /// One per column: the header cell trimmed (and without a byte order
  /// mark), which may be empty (Thunderbird ends its header with a comma);
  /// "column N" (1-based) in a headerless file and for the columns of data
  /// rows wider than the header.
  std::vector<std::string> names;
  /// One per column, parallel to names. See fields.hpp and presets.hpp for
  /// the meaning of group and label.
  std::vector<ColumnTarget> columns;
  /// " ::: " for Google, which writes several values into one cell; else empty.
  std::string value_separator;

  /// The names of the columns left at Field::none that have a name: the
  /// cells the importer keeps as extra fields and reports.
  std::vector<std::string> unmapped() const;
};

struct LayoutOptions {
  /// "" to detect; else one of the names Layout::preset takes, to force it
  /// (a preset's header is still looked for; "inferred" reads the file as
  /// headerless; "mapped" maps nothing but --map).
  std::string preset;
  /// "COLUMN=field,COLUMN=field", applied over the detected layout. COLUMN
  /// is a header name (compared without case, accents and spacing) or a
  /// 1-based column number; field is a field_name() ("email", "given_name",
  /// "none" to unmap), a native column name ("email2", "mobile", "fax"),
  /// and may carry a group and a label: "email/2", "phone:mobile",
  /// "street/1:work". A COLUMN naming several columns maps them all; one
  /// naming a cell of the first record makes that record the header.
  std::string map;
};

/// The layout of a file from its first records (up to about 50, as the
/// reader returns them: UTF-8, unquoted values trimmed, a blank line as a
/// single empty field). Every column is mapped or left at Field::none;
/// nothing is dropped. Throws Error(errc::invalid_argument) for an unknown
/// options.preset (the message lists the valid ones) and for a bad
/// options.map entry (the message names the entry: unknown field, unknown
/// column, bad syntax). Thread-safe.
Layout detect_layout(const std::vector<std::vector<std::string>>& first_rows,
                     const LayoutOptions& options);

/// The header and targets an export writes for `preset`: "native" (every
/// native column, read back by detect_layout as native), "google" (the
/// 2021 Google Contacts layout, three e-mails and phones, one address and
/// website), "outlook" (the columns Outlook's English import maps, in
/// Outlook's order). detect_layout() on the names returns that preset and
/// these targets. Throws Error(errc::invalid_argument) for another preset.
std::vector<std::pair<std::string, ColumnTarget>> export_columns(std::string_view preset);

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
