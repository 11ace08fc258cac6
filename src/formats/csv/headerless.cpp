#include "formats/csv/headerless.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_url(std::string_view cell) {
  if (cell.find(' ') != std::string_view::npos) return false;
  return text::starts_with_ignoring_ascii_case(cell, "http://") ||
         text::starts_with_ignoring_ascii_case(cell, "https://") ||
         text::starts_with_ignoring_ascii_case(cell, "ftp://") ||
         text::starts_with_ignoring_ascii_case(cell, "www.");
}

bool is_email(std::string_view cell) {
  if (text::starts_with_ignoring_ascii_case(cell, "mailto:")) cell.remove_prefix(7);
  const std::size_t at = cell.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == cell.size()) return false;
  if (cell.find('@', at + 1) != std::string_view::npos) return false;
  return cell.find_first_of(" \t,;<>\"()[]") == std::string_view::npos;
}

// 2016-08-31, 31.08.2016, 31.8.2016., 08/31/16: three groups of digits
// split by one separator; a time may follow.
bool is_date(std::string_view cell) {
  const std::size_t space = cell.find(' ');
  if (space != std::string_view::npos) cell = cell.substr(0, space);
  if (!cell.empty() && cell.back() == '.') cell.remove_suffix(1);
  std::size_t lengths[3] = {0, 0, 0};
  std::size_t part = 0;
  char separator = 0;
  for (char c : cell) {
    if (is_digit(c)) {
      ++lengths[part];
    } else if (c == '-' || c == '.' || c == '/') {
      if (separator != 0 && c != separator) return false;
      separator = c;
      if (++part > 2) return false;
    } else {
      return false;
    }
  }
  return part == 2 && lengths[0] >= 1 && lengths[0] <= 4 && lengths[1] >= 1 && lengths[1] <= 2 &&
         lengths[2] >= 1 && lengths[2] <= 4 && (lengths[0] == 4 || lengths[2] >= 2);
}

struct ColumnStats {
  std::size_t values = 0;
  std::size_t emails = 0;
  std::size_t phones = 0;
  std::size_t urls = 0;
  std::size_t texts = 0;
};

std::vector<ColumnStats> column_stats(const Rows& rows, std::size_t width) {
  std::vector<ColumnStats> stats(width);
  for (const std::vector<std::string>* row : rows) {
    for (std::size_t i = 0; i < row->size() && i < width; ++i) {
      switch (value_kind((*row)[i])) {
        case ValueKind::empty: continue;
        case ValueKind::email: ++stats[i].emails; break;
        case ValueKind::phone: ++stats[i].phones; break;
        case ValueKind::url: ++stats[i].urls; break;
        case ValueKind::text: ++stats[i].texts; break;
        case ValueKind::number:
        case ValueKind::date: break;
      }
      ++stats[i].values;
    }
  }
  return stats;
}

// Most of a column's values (four in five) are of one kind; a typo here
// and there does not change what the column is.
bool mostly(std::size_t count, std::size_t values) { return count > 0 && count * 5 >= values * 4; }

std::string cell_at(const std::vector<std::string>& row, std::size_t index) {
  return index < row.size() ? text::trim(row[index]) : std::string();
}

// Palm Desktop: 21 quoted fields (19 to 22 tolerated), the e-mail ninth.
bool is_palm(const Rows& rows, const std::vector<ColumnStats>& stats) {
  const std::size_t palm_sized =
      static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const auto* row) {
        return row->size() >= 19 && row->size() <= 22;
      }));
  if (stats.size() < 9 || !mostly(palm_sized, rows.size())) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (stats[i].emails > 0) return false;
  }
  return mostly(stats[8].emails, stats[8].values);
}

// Thunderbird: the primary e-mail fifth, after first, last, display name
// and nickname. A full-width row (Thunderbird writes every column, 36 to
// 38) says enough; a short one must also have the display name of its
// first and last names, so that any five-column list with an e-mail last
// is not taken for Thunderbird's.
bool is_thunderbird(const Rows& rows, const std::vector<ColumnStats>& stats, std::size_t width) {
  if (stats.size() < 5 || !mostly(stats[4].emails, stats[4].values)) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (stats[i].emails > 0) return false;
  }
  if (width >= 20) return true;
  return std::any_of(rows.begin(), rows.end(), [](const auto* row) {
    const std::string first = cell_at(*row, 0);
    const std::string last = cell_at(*row, 1);
    return !first.empty() && !last.empty() && cell_at(*row, 2) == first + " " + last;
  });
}

}  // namespace

ValueKind value_kind(std::string_view raw) {
  const std::string trimmed = text::trim(raw);
  const std::string_view cell = trimmed;
  if (cell.empty()) return ValueKind::empty;
  if (is_url(cell)) return ValueKind::url;
  if (is_email(cell)) return ValueKind::email;
  if (is_date(cell)) return ValueKind::date;
  std::size_t digits = 0;
  bool phone_chars = true;
  bool number_chars = true;
  for (char c : cell) {
    if (is_digit(c)) {
      ++digits;
      continue;
    }
    if (c != '.' && c != ',' && c != '-') number_chars = false;
    if (c != '+' && c != '(' && c != ')' && c != '-' && c != '.' && c != '/' && c != ' ') {
      phone_chars = false;
    }
  }
  if (digits == 0) return ValueKind::text;
  if (phone_chars && digits >= 6 && digits <= 20) return ValueKind::phone;
  if (number_chars) return ValueKind::number;
  return ValueKind::text;
}

bool is_data_value(std::string_view cell) {
  switch (value_kind(cell)) {
    case ValueKind::email:
    case ValueKind::phone:
    case ValueKind::url:
    case ValueKind::date: return true;
    default: return false;
  }
}

std::string column_name(std::size_t index) { return "column " + std::to_string(index + 1); }

Layout positional_layout(const Preset& preset, std::span<const std::size_t> order,
                         std::size_t width) {
  Layout layout;
  layout.preset = std::string(preset.name);
  const std::size_t mapped = order.empty() ? preset.columns.size() : order.size();
  for (std::size_t i = 0; i < width; ++i) {
    layout.names.push_back(column_name(i));
    if (i < mapped) {
      const std::size_t column = order.empty() ? i : order[i];
      layout.columns.push_back(preset.columns[column].target.column_target());
    } else {
      layout.columns.emplace_back();
    }
  }
  return layout;
}

Layout thunderbird_layout(const Rows& rows, std::size_t width) {
  const std::vector<ColumnStats> stats = column_stats(rows, width);
  // The older order has the work phone seventh, where the current one has
  // the screen name.
  const bool legacy = stats.size() > 6 && stats[6].phones > 0 && stats[6].texts == 0;
  return positional_layout(thunderbird_preset(),
                           legacy ? thunderbird_legacy_order() : std::span<const std::size_t>(),
                           width);
}

std::optional<Layout> known_shape(const Rows& rows, std::size_t width) {
  const std::vector<ColumnStats> stats = column_stats(rows, width);
  if (is_palm(rows, stats)) return positional_layout(palm_preset(), {}, width);
  if (is_thunderbird(rows, stats, width)) return thunderbird_layout(rows, width);
  return std::nullopt;
}

Layout inferred_layout(const Rows& rows, std::size_t width) {
  Layout layout;
  layout.preset = "inferred";
  layout.columns.resize(width);
  for (std::size_t i = 0; i < width; ++i) layout.names.push_back(column_name(i));
  const std::vector<ColumnStats> stats = column_stats(rows, width);

  unsigned email_group = 0;
  std::vector<std::size_t> texts;
  for (std::size_t i = 0; i < width; ++i) {
    const ColumnStats& s = stats[i];
    ColumnTarget& target = layout.columns[i];
    if (mostly(s.emails, s.values)) {
      target = {Field::email, ++email_group, {}};
    } else if (mostly(s.phones, s.values)) {
      target = {Field::phone, 0, {}};
    } else if (mostly(s.urls, s.values)) {
      target = {Field::website, 0, {}};
    } else if (s.texts > 0) {
      texts.push_back(i);
    }
  }

  // "John Doe,John,Doe": a column that is two others joined by a space.
  auto joins = [&](std::size_t whole, std::size_t a, std::size_t b) {
    std::size_t checked = 0;
    std::size_t matched = 0;
    for (const std::vector<std::string>* row : rows) {
      const std::string w = cell_at(*row, whole);
      const std::string first = cell_at(*row, a);
      const std::string second = cell_at(*row, b);
      if (w.empty() || first.empty() || second.empty()) continue;
      ++checked;
      if (w == first + " " + second) ++matched;
    }
    return mostly(matched, checked);
  };
  if (texts.size() <= 64) {
    for (std::size_t whole : texts) {
      for (std::size_t a : texts) {
        for (std::size_t b : texts) {
          if (a == whole || b == whole || a == b || !joins(whole, a, b)) continue;
          layout.columns[whole] = {Field::full_name, 0, {}};
          layout.columns[a] = {Field::given_name, 0, {}};
          layout.columns[b] = {Field::family_name, 0, {}};
          return layout;
        }
      }
    }
  }
  if (texts.size() == 1) layout.columns[texts.front()] = {Field::full_name, 0, {}};
  return layout;
}

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
