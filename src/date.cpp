#include <liaison/date.hpp>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <tuple>

namespace liaison {
inline namespace v1 {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && (year == 0 || is_leap(year))) return 29;  // no year: 29 Feb is a birthday
  return days[month - 1];
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// Reads exactly `width` digits from the front of `text`.
bool take_digits(std::string_view& text, std::size_t width, int& value) {
  if (text.size() < width) return false;
  value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    value = value * 10 + (text[i] - '0');
  }
  text.remove_prefix(width);
  return true;
}

bool take_char(std::string_view& text, char c) {
  if (text.empty() || text.front() != c) return false;
  text.remove_prefix(1);
  return true;
}

bool valid(const PartialDate& d) {
  if (d.year < 0 || d.year > 9999) return false;
  if (d.month < 0 || d.month > 12) return false;
  if (d.day < 0) return false;
  if (d.day > 0 && (d.month == 0 || d.day > days_in_month(d.year, d.month))) return false;
  if (d.year == 0 && d.month == 0 && d.day == 0) return false;
  return true;
}

// Zero stands for "unknown" inside PartialDate, so a part written as zeros
// ("2016-00", "0000-08-31") is not a date rather than a date with a gap.
bool take_part(std::string_view& text, std::size_t width, int& value) {
  return take_digits(text, width, value) && value != 0;
}

// "--MM-DD", "--MMDD", "---DD", "--MM": RFC 6350 forms without a year.
std::optional<PartialDate> parse_without_year(std::string_view text) {
  PartialDate d;
  if (take_char(text, '-')) {  // "---DD"
    if (!take_part(text, 2, d.day) || !text.empty()) return std::nullopt;
    return d.day <= 31 ? std::optional(d) : std::nullopt;
  }
  if (!take_part(text, 2, d.month)) return std::nullopt;
  if (!text.empty()) {
    take_char(text, '-');
    if (!take_part(text, 2, d.day) || !text.empty()) return std::nullopt;
  }
  return valid(d) ? std::optional(d) : std::nullopt;
}

}  // namespace

std::string PartialDate::to_string() const {
  char buffer[16];
  if (empty()) return {};
  if (year == 0) {
    if (month == 0) std::snprintf(buffer, sizeof buffer, "---%02d", day);
    else if (day == 0) std::snprintf(buffer, sizeof buffer, "--%02d", month);
    else std::snprintf(buffer, sizeof buffer, "--%02d-%02d", month, day);
  } else if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
  text = trim(text);
  if (text.size() >= 2 && text.substr(0, 2) == "--") return parse_without_year(text.substr(2));
  PartialDate d;
  if (!take_part(text, 4, d.year)) return std::nullopt;
  if (text.empty()) return valid(d) ? std::optional(d) : std::nullopt;
  const bool extended = take_char(text, '-');
  if (!take_part(text, 2, d.month)) return std::nullopt;
  if (!text.empty()) {
    if (extended && !take_char(text, '-')) return std::nullopt;
    if (!take_part(text, 2, d.day)) return std::nullopt;
  } else if (!extended) {
    return std::nullopt;  // "YYYYMM" is not an ISO 8601 form
  }
  // A time part ("T10:00:00Z", as vCard BDAY sometimes carries) is ignored.
  if (!text.empty() && text.front() != 'T') return std::nullopt;
  return valid(d) ? std::optional(d) : std::nullopt;
}

PartialDate PartialDate::earliest() const noexcept {
  return {year, month == 0 ? 1 : month, day == 0 ? 1 : day};
}

PartialDate PartialDate::latest() const noexcept {
  PartialDate d{year == 0 ? 9999 : year, month == 0 ? 12 : month, day};
  if (day == 0) d.day = days_in_month(d.year, d.month);
  return d;
}

PartialDate PartialDate::today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool PartialDate::operator==(const PartialDate& other) const noexcept {
  return year == other.year && month == other.month && day == other.day;
}

bool operator<(const PartialDate& a, const PartialDate& b) noexcept {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

}  // namespace v1
}  // namespace liaison
