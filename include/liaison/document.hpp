// liaison: the liaison document format, a JSON file of organizations,
// people and events written by hand or by scripts (docs/document-format.md).
#ifndef LIAISON_DOCUMENT_HPP
#define LIAISON_DOCUMENT_HPP

#include <liaison/import_report.hpp>

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {

class Directory;

/// Loads a liaison document into the directory. Loading the same document
/// again updates the records it created instead of adding copies (each
/// record remembers the file name and its "key" in the document).
///
/// Field values that do not validate (an e-mail, phone, date or country)
/// are kept as raw text on the record and reported as warnings. A record
/// with no name, e-mail or phone, a reference to an unknown key, or a file
/// that is not valid JSON is an error: the load throws errc::parse_error
/// (or errc::io_error for an unreadable file) naming file and item, and
/// nothing is stored, unless options.skip_bad, which skips that record and
/// reports it.
ImportReport load_document(Directory& directory, const std::string& path,
                           const ImportOptions& options = {});

/// The same, from text in memory; `name` stands for the file name in
/// messages and provenance.
ImportReport load_document_text(Directory& directory, std::string_view text,
                                std::string_view name, const ImportOptions& options = {});

}  // namespace v1
}  // namespace liaison

#endif
