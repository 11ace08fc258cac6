#include "text/phone.hpp"

#include "text/utf8.hpp"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <cstddef>

namespace liaison {
inline namespace v1 {
namespace text {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::string_view without_tel_prefix(std::string_view s) {
  if (starts_with_ignoring_ascii_case(s, "tel:")) s.remove_prefix(4);
  return s;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool is_blank(std::string_view s, std::size_t i, std::size_t& length) noexcept {
  if (s[i] == ' ' || s[i] == '\t') {
    length = 1;
    return true;
  }
  if (s.substr(i).starts_with("\xC2\xA0")) {  // U+00A0, common in pasted numbers
    length = 2;
    return true;
  }
  return false;
}

// Longest first, so "ext." is not read as "ext" followed by a stray dot.
constexpr std::array<std::string_view, 5> extension_markers = {";ext=", "ext.", "ext", "x", "#"};

// True when `s` is blanks, at least one digit, and blanks.
bool is_extension_number(std::string_view s) {
  std::size_t i = 0;
  std::size_t length = 0;
  while (i < s.size() && is_blank(s, i, length)) i += length;
  const std::size_t first_digit = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == first_digit) return false;
  while (i < s.size() && is_blank(s, i, length)) i += length;
  return i == s.size();
}

const PhoneNumberUtil& util() { return *PhoneNumberUtil::GetInstance(); }

// The region libphonenumber should read national forms in: "ZZ", meaning
// none, unless `region` is one it has metadata for.
std::string parse_region(std::string_view region) {
  std::string upper(region);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  if (upper.size() != 2 || util().GetCountryCodeForRegion(upper) == 0) return "ZZ";
  return upper;
}

std::string e164_of(const std::string& number, const std::string& region) {
  PhoneNumber parsed;
  if (util().Parse(number, region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) return {};
  // IS_POSSIBLE_LOCAL_ONLY is a number missing its area code: its E.164
  // form would be wrong, so it counts as too short.
  if (util().IsPossibleNumberWithReason(parsed) != PhoneNumberUtil::IS_POSSIBLE) return {};
  std::string e164;
  util().Format(parsed, PhoneNumberUtil::E164, &e164);
  return e164;
}

}  // namespace

bool is_plausible_phone_text(std::string_view text) {
  const std::string trimmed = trim(text);
  const std::string_view s = without_tel_prefix(trimmed);
  std::size_t digits = 0;
  bool plus = false;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    std::size_t length = 0;
    if (is_digit(c)) {
      ++digits;
      ++i;
    } else if (c == '+') {
      if (plus || digits > 0) return false;
      plus = true;
      ++i;
    } else if (c == '(' || c == ')' || c == '-' || c == '.' || c == '/') {
      ++i;
    } else if (is_blank(s, i, length)) {
      i += length;
    } else {
      for (const std::string_view marker : extension_markers) {
        if (starts_with_ignoring_ascii_case(s.substr(i), marker)) {
          return digits >= 3 && is_extension_number(s.substr(i + marker.size()));
        }
      }
      return false;
    }
  }
  return digits >= 3;
}

std::string to_e164(std::string_view text, std::string_view default_region) {
  if (!is_plausible_phone_text(text)) return {};
  const std::string trimmed = trim(text);
  const std::string number(without_tel_prefix(trimmed));
  const std::string region = parse_region(default_region);
  std::string e164 = e164_of(number, region);
  // "00" is the international prefix of Europe and most of the world; read
  // it so when the region's own rules (or the lack of a region) did not.
  if (e164.empty() && number.starts_with("00")) {
    // Built by appending: GCC 12 at -O2 warns falsely (-Wrestrict) on "+" + substr and replace.
    std::string international(1, '+');
    international.append(number, 2, std::string::npos);
    e164 = e164_of(international, region);
  }
  return e164;
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
