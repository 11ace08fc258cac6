// Byte-level helpers for UTF-8 text that do not need ICU.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

/// True when `s` is well-formed UTF-8 as Unicode defines it: no overlong
/// forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
/// The empty string is valid. Never throws.
bool is_valid_utf8(std::string_view s) noexcept;

/// A copy of `s` without the white space at both ends. White space here is
/// ASCII white space (space, tab, CR, LF, VT, FF) plus U+00A0 NO-BREAK SPACE
/// and U+3000 IDEOGRAPHIC SPACE, the two that pasted text carries most often.
/// Bytes inside the string are left alone, valid UTF-8 or not.
std::string trim(std::string_view s);

/// A copy of `s` with A-Z turned into a-z and every other byte unchanged,
/// so multi-byte UTF-8 sequences pass through untouched.
std::string to_lower_ascii(std::string_view s);

/// Whether `a` and `b` are equal when A-Z and a-z are taken as the same
/// letters (vCard names and parameters, charset names); other bytes must
/// match exactly.
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept;
/// Whether `s` begins with `prefix`, A-Z and a-z taken as the same letters
/// ("TEL:", "Mailto:", "urn:UUID:").
bool starts_with_ignoring_ascii_case(std::string_view s, std::string_view prefix) noexcept;

/// The number of code points in valid UTF-8 `s` (bytes that start a
/// sequence); for invalid input, a count that is at most the byte count.
std::size_t utf8_length(std::string_view s) noexcept;

}  // namespace text
}  // namespace v1
}  // namespace liaison
