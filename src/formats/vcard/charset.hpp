// Transfer encodings and code pages of vCard values: quoted-printable
// decoding, conversion of any charset ICU knows to UTF-8, and the guess of
// a code page for 8-bit text that names none.
#ifndef LIAISON_SRC_FORMATS_VCARD_CHARSET_HPP
#define LIAISON_SRC_FORMATS_VCARD_CHARSET_HPP

#include "text/charset.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {

/// Decodes quoted-printable into `out` (replacing its contents): =XX in
/// either case becomes the byte, "=" before a line end or at the end is a
/// soft break and vanishes, and an "=" that starts neither is kept as it is,
/// since real files carry stray ones and losing them would lose text.
void decode_quoted_printable(std::string_view in, std::string& out);

/// Decodes base64 (RFC 4648, with or without padding; blanks and line
/// breaks skipped) into `out`. False, with `out` unspecified, when `in` has
/// a character outside the alphabet or a length no encoder writes.
bool decode_base64(std::string_view in, std::string& out);

// The charset utilities are shared with the CSV reader in text/charset.hpp.
using text::CharsetConverter;
using text::is_ascii;
using text::is_utf8_name;
using text::looks_like_damaged_utf8;
using text::repair_utf8;

/// Counts, over the 8-bit values of one card, what tells Cyrillic text in
/// windows-1251 from Latin text with diacritics in windows-1250: Cyrillic
/// words are made of bytes 0xC0-0xFF (and a few Serbian, Macedonian and
/// Ukrainian letters below them), Latin words mostly of ASCII letters.
class ScriptTally {
 public:
  void add(std::string_view bytes) noexcept;
  bool looks_cyrillic() const noexcept { return cyrillic_ > ascii_letters_; }

 private:
  std::size_t ascii_letters_ = 0;
  std::size_t cyrillic_ = 0;
};

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
