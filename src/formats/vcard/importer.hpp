// Stores what the vCard reader reads: cards -> contacts (mapping.hpp) ->
// records, through the Directory API like any other client, in one
// transaction.
#ifndef LIAISON_SRC_FORMATS_VCARD_IMPORTER_HPP
#define LIAISON_SRC_FORMATS_VCARD_IMPORTER_HPP

#include <liaison/import_report.hpp>
#include <liaison/vcard.hpp>

#include <cstdint>
#include <istream>
#include <string>

namespace liaison {
inline namespace v1 {
class Directory;
namespace vcard {

/// Imports the cards of `input`; `file` names it in messages and
/// provenance, `total_bytes` (0 when unknown) is for progress reports.
ImportReport import_cards(Directory& directory, std::istream& input, const std::string& file,
                          std::uint64_t total_bytes, const VCardImportOptions& options);

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
