// Spreadsheets run a cell that begins with '=', '+', '-' or '@' as a
// formula (and older Excel a tab or CR before one): a contact named
// "=HYPERLINK(...)" in a card from anyone becomes a live link, or worse, in
// the Excel file made from the directory, and "+355 44 500 388" an error.
// OWASP's remedy is a leading apostrophe, which Excel hides and which makes
// the cell text; liaison writes it in exports meant for Excel and takes it
// off again when it reads any CSV file, so the round trip keeps the value.
#ifndef LIAISON_SRC_FORMATS_CSV_FORMULA_GUARD_HPP
#define LIAISON_SRC_FORMATS_CSV_FORMULA_GUARD_HPP

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {

/// Whether a spreadsheet would read a cell beginning with `c` as a formula.
constexpr bool starts_a_formula(char c) noexcept {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/// `cell` with an apostrophe before it when it would start a formula.
inline std::string guarded_against_formulas(std::string_view cell) {
  if (cell.empty() || !starts_a_formula(cell.front())) return std::string(cell);
  std::string out = "'";
  out.append(cell);
  return out;
}

/// `value` without the apostrophe guarded_against_formulas() put there.
inline std::string_view without_formula_guard(std::string_view value) noexcept {
  if (value.size() >= 2 && value.front() == '\'' && starts_a_formula(value[1])) {
    value.remove_prefix(1);
  }
  return value;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
