#include "formats/csv/character_references.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <optional>

namespace liaison {
inline namespace v1 {
namespace csv {

namespace {

// The code point of "#39" or "#x27" (what lies between '&' and ';').
std::optional<std::uint32_t> numeric_reference(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return std::nullopt;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  std::uint32_t value = 0;
  for (char c : digits) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return std::nullopt;
    value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
  return value;
}

std::optional<char> named_reference(std::string_view body) {
  if (body == "amp") return '&';
  if (body == "lt") return '<';
  if (body == "gt") return '>';
  if (body == "quot") return '"';
  if (body == "apos") return '\'';
  return std::nullopt;
}

}  // namespace

std::string decode_character_references(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t amp = text.find('&', at);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(at, amp - at));
    const std::size_t semicolon = text.find(';', amp + 1);
    // References are short; a ';' far away ends some other text.
    if (semicolon == std::string_view::npos || semicolon - amp > 11) {
      out.push_back('&');
      at = amp + 1;
      continue;
    }
    const std::string_view body = text.substr(amp + 1, semicolon - amp - 1);
    if (std::optional<std::uint32_t> code = numeric_reference(body)) {
      char buffer[U8_MAX_LENGTH];
      std::int32_t length = 0;
      U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(*code));
      out.append(buffer, static_cast<std::size_t>(length));
      at = semicolon + 1;
    } else if (std::optional<char> c = named_reference(body)) {
      out.push_back(*c);
      at = semicolon + 1;
    } else {
      out.push_back('&');
      at = amp + 1;
    }
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
