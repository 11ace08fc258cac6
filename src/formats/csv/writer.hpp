// RFC 4180 output: one row of cells, quoted where a reader needs it.
#ifndef LIAISON_SRC_FORMATS_CSV_WRITER_HPP
#define LIAISON_SRC_FORMATS_CSV_WRITER_HPP

#include <ostream>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {

/// Writes `cells` separated by `delimiter` and ended by CRLF. A cell is
/// quoted (its quotes doubled) when it holds the delimiter, a quote, a CR
/// or LF, or starts or ends with white space, which readers of files
/// written with ", " would otherwise trim. With `guard_formulas`, a cell a
/// spreadsheet would run as a formula gets an apostrophe first
/// (formula_guard.hpp).
void write_row(std::ostream& out, const std::vector<std::string>& cells, char delimiter,
               bool guard_formulas = false);

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
