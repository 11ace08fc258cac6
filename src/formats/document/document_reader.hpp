// Reads a liaison document (docs/document-format.md) into a directory.
//
// The format is JSON; this module turns its items into domain values, using
// the record shapes of json.cpp, and stores them through the public
// Directory API only. It never sees SQL.
#ifndef LIAISON_SRC_FORMATS_DOCUMENT_DOCUMENT_READER_HPP
#define LIAISON_SRC_FORMATS_DOCUMENT_DOCUMENT_READER_HPP

#include <liaison/import_report.hpp>

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {

class Directory;

namespace detail {

/// Parses `text` and stores its records in `directory`, all inside one
/// transaction that is committed only when nothing failed and
/// options.dry_run is false. `file` names the document in diagnostics and
/// messages; the provenance source is options.source, else the base name
/// of `file`. Throws Error(errc::parse_error) naming file and item for
/// anything options.skip_bad does not allow to skip; a directory failure
/// other than a refused value (busy, read_only, io_error, ...) propagates
/// unchanged. Either way nothing is stored.
ImportReport read_document(Directory& directory, std::string_view text, const std::string& file,
                           const ImportOptions& options);

}  // namespace detail
}  // namespace v1
}  // namespace liaison

#endif
