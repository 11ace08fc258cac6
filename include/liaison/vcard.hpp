// liaison: vCard import and export (vCard 2.1, 3.0 and 4.0 in; 4.0 or 3.0 out).
#ifndef LIAISON_VCARD_HPP
#define LIAISON_VCARD_HPP

#include <liaison/import_report.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {

class Directory;

/// Sizes past which a vCard file is not trusted. A property longer than
/// max_line_bytes (after unfolding; photos and keys in base64 are measured
/// against max_base64_bytes) or a card longer than max_card_bytes is a
/// broken card; a file longer than max_file_bytes is refused.
struct VCardLimits {
  std::size_t max_line_bytes = std::size_t{1} << 20;
  std::size_t max_base64_bytes = std::size_t{16} << 20;
  std::size_t max_card_bytes = std::size_t{32} << 20;
  std::uint64_t max_file_bytes = std::uint64_t{4} << 30;
};

struct VCardImportOptions : ImportOptions {
  /// The charset of 8-bit text that has no CHARSET parameter (any name ICU
  /// knows). Empty: UTF-8 when the bytes are valid UTF-8; otherwise a
  /// legacy charset the card names on another property; else
  /// cyrillic_fallback when the bytes look Cyrillic; else latin_fallback,
  /// or western_fallback when the letters of the file's 8-bit Latin text
  /// read better in it (à è ñ ù, which windows-1250 reads ŕ č ń ů; empty:
  /// never).
  std::string charset;
  std::string latin_fallback = "windows-1250";
  std::string western_fallback = "windows-1252";
  std::string cyrillic_fallback = "windows-1251";
  VCardLimits limits;
  /// Called every few hundred cards and at the end with the cards read and
  /// the bytes read so far, and the file's size (0 when unknown).
  std::function<void(std::size_t cards, std::uint64_t bytes, std::uint64_t total)> progress;
};

/// Imports every card of a vCard file. A person card becomes a Person (its
/// ORG, TITLE and ROLE an Affiliation to the organization ORG names, found
/// by name, acronym or alias, or created); a KIND:org card (Apple:
/// X-ABShowAs:COMPANY), or a card with nothing but an ORG, becomes an
/// Organization. Properties liaison does not map are kept verbatim as the
/// record's extra_fields and written back by export_vcard.
///
/// Importing the same file again updates the records it made (each record
/// remembers the file name and the card's UID, or its position in the file
/// when it has none); a card whose UID is a record's uid updates that record.
///
/// Atomic: a broken card (past a limit, text outside BEGIN:VCARD/END:VCARD,
/// a card with nothing to name a person or an organization) makes the
/// import throw errc::parse_error naming file and line, and nothing is
/// stored, unless options.skip_bad, which skips it and reports it. Values
/// that do not validate are kept as raw text and reported as warnings. A
/// card cut off before END:VCARD at the end of the file is imported with a
/// warning. An empty file imports nothing and is not an error.
ImportReport import_vcard(Directory& directory, const std::string& path,
                          const VCardImportOptions& options);
/// With the default options. (Overloads rather than default arguments
/// here: a defaulted options object is a temporary in every caller, and
/// GCC 12 at -O3 warns inside its destructor.)
ImportReport import_vcard(Directory& directory, const std::string& path);
/// The same from bytes in memory; `name` stands for the file name in
/// messages and provenance.
ImportReport import_vcard_bytes(Directory& directory, std::string_view bytes, std::string_view name,
                                const VCardImportOptions& options);
ImportReport import_vcard_bytes(Directory& directory, std::string_view bytes,
                                std::string_view name);

struct VCardExportOptions {
  std::string version = "4.0";  ///< "4.0" or "3.0"
  bool fold = true;             ///< fold lines at 75 octets (RFC 6350 3.2)
  /// Called every few hundred records and at the end.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// Writes every organization, then every person, as vCards (UTF-8, CRLF).
/// A person carries its current affiliations as ORG (institution, units,
/// department), TITLE and ROLE. Fields vCard has no property for travel as
/// X-LIAISON-* properties, which import_vcard reads back. Returns the
/// number of cards written; memory stays flat in the number of records.
/// Throws errc::invalid_argument for a version other than 3.0 or 4.0,
/// errc::io_error when the stream fails.
std::size_t export_vcard(const Directory& directory, std::ostream& out,
                         const VCardExportOptions& options);
std::size_t export_vcard(const Directory& directory, std::ostream& out);
/// The same into a file, written beside it and renamed into place only
/// when complete, so that a failed export never leaves half a file.
std::size_t export_vcard_file(const Directory& directory, const std::string& path,
                              const VCardExportOptions& options);
std::size_t export_vcard_file(const Directory& directory, const std::string& path);

}  // namespace v1
}  // namespace liaison

#endif
