#include "formats/vcard/charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

char lower_ascii(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lower_name(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

// windows-1251 letters below 0xC0: Ђ Ѓ ѓ Љ Њ Ќ Ћ Џ ђ љ њ ќ ћ џ Ў ў Ј Ґ Ё Є Ї
// І і ґ ё є ј Ѕ ѕ ї, the letters of Serbian, Macedonian, Ukrainian and
// Belarusian that the 0xC0-0xFF block of Russian lacks.
bool is_cp1251_extra_letter(unsigned char b) noexcept {
  switch (b) {
    case 0x80:
    case 0x81:
    case 0x83:
    case 0x8A:
    case 0x8C:
    case 0x8D:
    case 0x8E:
    case 0x8F:
    case 0x90:
    case 0x9A:
    case 0x9C:
    case 0x9D:
    case 0x9E:
    case 0x9F:
    case 0xA1:
    case 0xA2:
    case 0xA3:
    case 0xA5:
    case 0xA8:
    case 0xAA:
    case 0xAF:
    case 0xB2:
    case 0xB3:
    case 0xB4:
    case 0xB8:
    case 0xBA:
    case 0xBC:
    case 0xBD:
    case 0xBE:
    case 0xBF: return true;
    default: return false;
  }
}

}  // namespace

void decode_quoted_printable(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c != '=') {
      out.push_back(c);
      continue;
    }
    if (i + 2 < in.size() && hex_value(in[i + 1]) >= 0 && hex_value(in[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2])));
      i += 2;
      continue;
    }
    // A soft break: "=" followed by nothing but blanks up to a line end or
    // the end of the value (RFC 2045 allows blanks a writer left there).
    std::size_t j = i + 1;
    while (j < in.size() && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j == in.size()) break;
    if (in[j] == '\n' || in[j] == '\r') {
      if (in[j] == '\r' && j + 1 < in.size() && in[j + 1] == '\n') ++j;
      i = j;
      continue;
    }
    out.push_back('=');  // malformed: keep it as text
  }
}

bool is_ascii(std::string_view bytes) noexcept {
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_utf8_name(std::string_view charset) noexcept {
  if (charset.size() != 5 && charset.size() != 4) return false;
  const std::string_view expected = charset.size() == 5 ? "utf-8" : "utf8";
  for (std::size_t i = 0; i < charset.size(); ++i) {
    if (lower_ascii(charset[i]) != expected[i]) return false;
  }
  return true;
}

std::string repair_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

bool looks_like_damaged_utf8(std::string_view bytes) noexcept {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::size_t well_formed = 0;
  std::size_t ill_formed = 0;
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      ++ill_formed;
    } else if (i - start > 1) {
      ++well_formed;
    }
  }
  return well_formed > ill_formed;
}

CharsetConverter::~CharsetConverter() {
  for (auto& entry : cache_) {
    if (entry.second != nullptr) ucnv_close(entry.second);
  }
}

UConverter* CharsetConverter::open(std::string_view charset) {
  std::string key = lower_name(charset);
  for (const auto& entry : cache_) {
    if (entry.first == key) return entry.second;
  }
  UConverter* converter = nullptr;
  // ucnv_open("") would hand out the platform default: not a charset the
  // file named, so an empty name is unknown.
  if (!key.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    converter = ucnv_open(key.c_str(), &status);
    if (U_FAILURE(status)) converter = nullptr;
  }
  cache_.emplace_back(std::move(key), converter);
  return converter;
}

bool CharsetConverter::to_utf8(std::string_view charset, std::string_view bytes, std::string& out) {
  UConverter* converter = open(charset);
  if (converter == nullptr) return false;
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max() / 4)) {
    return false;
  }
  const auto length = static_cast<std::int32_t>(bytes.size());
  // One byte gives at most one BMP character (3 bytes of UTF-8); longer
  // output, if a converter ever made it, is caught by the overflow retry.
  std::string result(bytes.size() * 3 + 4, '\0');
  UErrorCode status = U_ZERO_ERROR;
  std::int32_t written =
      ucnv_toAlgorithmic(UCNV_UTF8, converter, result.data(),
                         static_cast<std::int32_t>(result.size()), bytes.data(), length, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    result.assign(static_cast<std::size_t>(written), '\0');
    status = U_ZERO_ERROR;
    written = ucnv_toAlgorithmic(UCNV_UTF8, converter, result.data(), written, bytes.data(), length,
                                 &status);
  }
  if (U_FAILURE(status)) return false;
  result.resize(static_cast<std::size_t>(written));
  out = std::move(result);
  return true;
}

void ScriptTally::add(std::string_view bytes) noexcept {
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
      ++ascii_letters_;
    } else if (b >= 0xC0 || is_cp1251_extra_letter(b)) {
      ++cyrillic_;
    }
  }
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
