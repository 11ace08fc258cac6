#include "text/charset.hpp"

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
namespace text {
namespace {

char lower_ascii(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lower_name(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

}  // namespace

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

}  // namespace text
}  // namespace v1
}  // namespace liaison
