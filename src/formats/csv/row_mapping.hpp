// A CSV row to a contact: what the row says, read through its layout.
// No storage here: the import session decides which records it becomes.
#ifndef LIAISON_SRC_FORMATS_CSV_ROW_MAPPING_HPP
#define LIAISON_SRC_FORMATS_CSV_ROW_MAPPING_HPP

#include "formats/csv/layout.hpp"
#include "formats/import/incoming.hpp"

#include <liaison/csv.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {

struct MappedRow {
  formats::IncomingContact contact;
  std::string external_id;  ///< the row's external_id cell, trimmed; empty when none
  bool blank = false;       ///< every cell is empty: nothing to import
  /// Some cells hold text, but only in columns no field maps (LinkedIn's
  /// "Connected On" of a hidden connection): no record to make of it.
  bool only_extras = false;
};

/// Reads one row. A row that names a person (any name part) becomes a
/// person, with its organization, department, title and role as a
/// position; a row that names only an organization (no name, title or
/// role) becomes that organization (a unit of it when a department is
/// given). Several columns for one text field are joined with a space in
/// column order. Cells of unmapped columns, and cells past the header,
/// become extra fields named by their column. Never throws for cell
/// content: values that do not parse are kept as raw values with a warning.
MappedRow contact_from_row(const std::vector<std::string>& cells, const Layout& layout,
                           DateOrder date_order);

/// The kind a phone label names: "Mobile", "Work Fax", "Business", "Home"...
PhoneKind phone_kind_of_label(std::string_view label);

/// One column of an export: its header and what it holds.
using ExportColumn = std::pair<std::string, ColumnTarget>;

struct RowWriting {
  /// Where a layout has fewer columns than the person has values of a
  /// kind, the last column of that kind holds the rest, joined by this; or
  /// only the first, when it is empty.
  std::string value_separator;
  /// Countries as English names ("Albania"), for programs that do not read
  /// ISO codes; else as codes ("AL").
  bool country_names = false;
  /// A full-name column holds the name made from its parts when the person
  /// has no display name of their own, as other programs need a name there;
  /// liaison's own layout writes only a display name given as such, so that
  /// it reads back unchanged.
  bool derived_full_name = true;
};

/// The cells of one person's row, in the order of `columns`. `position` is
/// the person's current primary position (empty organization for none).
std::vector<std::string> row_from_person(const Person& person,
                                         const formats::IncomingPosition& position,
                                         const std::vector<ExportColumn>& columns,
                                         const RowWriting& writing);

/// The cells of an organization's row: the organization and department
/// cells name it by `path` (its institution, the units between, itself),
/// the others hold its contact points, country, tags and notes, and no
/// name or title cell is filled -- which is how an import tells an
/// organization's row from a person's (organization_to_row.cpp).
std::vector<std::string> row_from_organization(const Organization& organization,
                                               const std::vector<std::string>& path,
                                               const std::vector<ExportColumn>& columns,
                                               const RowWriting& writing);

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
