#include "formats/csv/dates.hpp"

#include "text/utf8.hpp"

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

// Splits "03.04.1975" at `separator` into its numbers; false when a part
// is not 1-4 ASCII digits.
bool split_numbers(std::string_view text, char separator, std::vector<int>& numbers,
                   std::vector<std::size_t>& widths) {
  numbers.clear();
  widths.clear();
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    std::string_view part = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (part.empty() || part.size() > 4) return false;
    int value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    numbers.push_back(value);
    widths.push_back(part.size());
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

std::optional<PartialDate> checked(int year, int month, int day) {
  // PartialDate::parse knows the calendar: let it judge 2016-02-30.
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return PartialDate::parse(buffer);
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// `text` without a time of day after the date, as spreadsheets write a
// date cell ("1975-04-03 00:00:00", "4/3/1975 12:00:00 AM",
// "1975-04-03T00:00"): a birthday has no time.
std::string_view without_time_of_day(std::string_view text) noexcept {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return text;
  std::size_t at = colon;
  while (at > 0 && is_digit(text[at - 1])) --at;  // the hour
  if (at == colon || at == 0) return text;
  const char before = text[at - 1];
  if (before != ' ' && before != 'T') return text;
  std::string_view date = text.substr(0, at - 1);
  while (!date.empty() && date.back() == ' ') date.remove_suffix(1);
  if (date.empty() || !is_digit(date.back())) return text;
  // What follows the hour: minutes, maybe seconds and fractions, AM/PM, a zone.
  for (char c : text.substr(colon)) {
    if (!is_digit(c) && c != ':' && c != '.' && c != ' ' && c != 'A' && c != 'P' && c != 'M' &&
        c != 'a' && c != 'p' && c != 'm' && c != 'Z' && c != '+' && c != '-') {
      return text;
    }
  }
  return date;
}

}  // namespace

bool is_empty_date(std::string_view text) noexcept {
  bool digit = false;
  for (char c : text) {
    if (c >= '1' && c <= '9') return false;
    if (c == '0') {
      digit = true;
    } else if (c != '/' && c != '.' && c != '-' && c != ' ') {
      return false;
    }
  }
  return digit;
}

std::optional<PartialDate> parse_date(std::string_view raw, DateOrder order) {
  const std::string trimmed = text::trim(raw);
  std::string_view text = without_time_of_day(trimmed);
  if (text.empty()) return std::nullopt;
  if (std::optional<PartialDate> iso = PartialDate::parse(text)) return iso;

  std::vector<int> n;
  std::vector<std::size_t> width;
  std::string_view dotted = text;
  if (!dotted.empty() && dotted.back() == '.') dotted.remove_suffix(1);  // "03.04.1975."
  if (split_numbers(dotted, '.', n, width) && n.size() == 3 && width[2] == 4) {
    return checked(n[2], n[1], n[0]);
  }
  // "03/04/1975", and "3-4-1975" as Dutch and Danish spreadsheets write it.
  for (const char separator : {'/', '-'}) {
    if (split_numbers(text, separator, n, width) && n.size() == 3 && width[2] == 4 &&
        width[0] <= 2) {
      if (order == DateOrder::month_day_year) return checked(n[2], n[0], n[1]);
      return checked(n[2], n[1], n[0]);
    }
  }
  if (split_numbers(text, '/', n, width) && n.size() == 3 && width[0] == 4) {
    return checked(n[0], n[1], n[2]);  // 1975/04/03
  }
  return std::nullopt;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
