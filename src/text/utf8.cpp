#include "text/utf8.hpp"

#include <cstddef>

namespace liaison {
inline namespace v1 {
namespace text {

bool is_valid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    // The ranges of the second byte follow Table 3-7 of the Unicode Standard,
    // which is what rules out overlong forms, surrogates and > U+10FFFF.
    std::size_t len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b == 0xE0) {
      len = 3;
      lo = 0xA0;
    } else if (b == 0xED) {
      len = 3;
      hi = 0x9F;
    } else if (b >= 0xE1 && b <= 0xEF) {
      len = 3;
    } else if (b == 0xF0) {
      len = 4;
      lo = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      len = 4;
    } else if (b == 0xF4) {
      len = 4;
      hi = 0x8F;
    } else {
      return false;
    }
    if (n - i < len) return false;
    if (p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
    }
    i += len;
  }
  return true;
}

namespace {

bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Length of the white space that starts at `s[0]`, or 0.
std::size_t space_at_front(std::string_view s) noexcept {
  if (s.empty()) return 0;
  if (is_ascii_space(s[0])) return 1;
  if (s.starts_with("\xC2\xA0")) return 2;      // U+00A0
  if (s.starts_with("\xE3\x80\x80")) return 3;  // U+3000
  return 0;
}

// Length of the white space that ends at `s.back()`, or 0.
std::size_t space_at_back(std::string_view s) noexcept {
  if (s.empty()) return 0;
  if (is_ascii_space(s.back())) return 1;
  if (s.ends_with("\xC2\xA0")) return 2;
  if (s.ends_with("\xE3\x80\x80")) return 3;
  return 0;
}

}  // namespace

std::string trim(std::string_view s) {
  while (const std::size_t k = space_at_front(s)) s.remove_prefix(k);
  while (const std::size_t k = space_at_back(s)) s.remove_suffix(k);
  return std::string(s);
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

bool starts_with_ignoring_ascii_case(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() &&
         equals_ignoring_ascii_case(s.substr(0, prefix.size()), prefix);
}

std::size_t utf8_length(std::string_view s) noexcept {
  std::size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
