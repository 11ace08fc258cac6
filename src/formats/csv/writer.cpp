#include "formats/csv/writer.hpp"

#include "formats/csv/formula_guard.hpp"

#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

bool needs_quotes(std::string_view cell, char delimiter) {
  if (cell.empty()) return false;
  if (cell.front() == ' ' || cell.front() == '\t' || cell.back() == ' ' || cell.back() == '\t') {
    return true;
  }
  for (char c : cell) {
    if (c == delimiter || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

}  // namespace

void write_row(std::ostream& out, const std::vector<std::string>& cells, char delimiter,
               bool guard_formulas) {
  std::string line;
  std::string guarded;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line.push_back(delimiter);
    const std::string* chosen = &cells[i];
    if (guard_formulas && !cells[i].empty() && starts_a_formula(cells[i].front())) {
      guarded = guarded_against_formulas(cells[i]);
      chosen = &guarded;
    }
    const std::string& cell = *chosen;
    if (!needs_quotes(cell, delimiter)) {
      line.append(cell);
      continue;
    }
    line.push_back('"');
    for (char c : cell) {
      if (c == '"') line.push_back('"');
      line.push_back(c);
    }
    line.push_back('"');
  }
  line.append("\r\n");
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
