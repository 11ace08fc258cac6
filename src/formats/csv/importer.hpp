// Stores what the CSV reader reads: rows -> layout -> contacts -> records,
// through the shared import session (formats/import/session.hpp).
#ifndef LIAISON_SRC_FORMATS_CSV_IMPORTER_HPP
#define LIAISON_SRC_FORMATS_CSV_IMPORTER_HPP

#include <liaison/csv.hpp>
#include <liaison/import_report.hpp>

#include <cstdint>
#include <istream>
#include <string>

namespace liaison {
inline namespace v1 {
class Directory;
namespace csv {

/// Imports the rows of `input`; `file` names it in messages and
/// provenance, `total_bytes` (0 when unknown) is for progress reports.
ImportReport import_rows(Directory& directory, std::istream& input, const std::string& file,
                         std::uint64_t total_bytes, const CsvImportOptions& options);

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
