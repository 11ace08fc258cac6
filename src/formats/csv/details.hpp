// The native layout's last column, "details": what its other columns cannot
// say of a person, as members of the person's JSON object (docs/json.md).
// The flat columns hold one address, three e-mails, a phone of each kind
// and no labels or preferred flags; the details cell carries every contact
// point whole, several nicknames and identifiers, alternative names,
// languages, the person's own country beside an address's, values kept as
// raw text, extra fields and data protection. It is written only for a
// person the flat cells would not give back whole, so that a spreadsheet
// of plain contacts stays plain. An organization's row has a details cell
// of its own kind.
#ifndef LIAISON_SRC_FORMATS_CSV_DETAILS_HPP
#define LIAISON_SRC_FORMATS_CSV_DETAILS_HPP

#include "formats/csv/layout.hpp"
#include "formats/csv/row_mapping.hpp"

#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {

/// The native layout's export columns, and how they are written.
const std::vector<ExportColumn>& native_export_columns();
const RowWriting& native_row_writing();

/// The details cell of `person`, whose native row is `cells` (written by
/// row_from_person through native_export_columns()) and whose affiliations,
/// past ones included, are `positions` (each with its dates and primary
/// flag): a compact JSON object with the members the cells, read back, do
/// not give as stored; empty when they give everything. The cells hold the
/// current primary position only; "positions" lists them all.
std::string details_cell(const Person& person, const std::vector<std::string>& cells,
                         const std::vector<formats::IncomingPosition>& positions);

/// What applying a details cell did.
struct DetailsOutcome {
  /// Members of the cell left out because the row's own cells for them were
  /// changed after the export ("emails"): the cells win.
  std::vector<std::string> edited;
  /// Why the whole cell was left out (not JSON, not an object, a member of
  /// the wrong type); empty when it was read.
  std::string error;
  /// Members no details cell has, left out.
  std::vector<std::string> unknown;
};

/// Completes `contact` (a person), mapped from the row `cells` through
/// `layout`, with the members of the details cell `details`. A member with
/// columns of its own (e-mails, phones, websites, social profiles,
/// addresses, country, nicknames, identifiers, positions) replaces what the
/// cells gave only when those cells are what an export of the details
/// would write, so that an edit made in a spreadsheet is not undone; the
/// others always apply (raw values and extra fields join the row's own).
DetailsOutcome apply_details(formats::IncomingContact& contact, std::string_view details,
                             const std::vector<std::string>& cells, const Layout& layout);

/// The details cell of an organization whose native row is `cells`
/// (row_from_organization): its acronym, aliases and kind, and the contact
/// points, country, raw values and extra fields the cells, read back, do not
/// give as stored; empty when they give everything
/// (organization_details.cpp).
std::string details_cell(const Organization& organization, const std::vector<std::string>& cells);

/// Completes `contact` (an organization) with the members of its row's
/// details cell, as apply_details does for a person.
DetailsOutcome apply_organization_details(formats::IncomingContact& contact,
                                          std::string_view details,
                                          const std::vector<std::string>& cells,
                                          const Layout& layout);

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
