// Transfer encodings and code pages of vCard values: quoted-printable
// decoding, conversion of any charset ICU knows to UTF-8, and the guess of
// a code page for 8-bit text that names none.
#ifndef LIAISON_SRC_FORMATS_VCARD_CHARSET_HPP
#define LIAISON_SRC_FORMATS_VCARD_CHARSET_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct UConverter;  // ICU's, kept out of this header

namespace liaison {
inline namespace v1 {
namespace vcard {

/// Decodes quoted-printable into `out` (replacing its contents): =XX in
/// either case becomes the byte, "=" before a line end or at the end is a
/// soft break and vanishes, and an "=" that starts neither is kept as it is,
/// since real files carry stray ones and losing them would lose text.
void decode_quoted_printable(std::string_view in, std::string& out);

/// True when every byte is below 0x80: such text is the same in every
/// charset a vCard can use, so it needs no conversion.
bool is_ascii(std::string_view bytes) noexcept;

/// True for the names of UTF-8 ("UTF-8", "utf8", any case).
bool is_utf8_name(std::string_view charset) noexcept;

/// Replaces every ill-formed UTF-8 sequence in `text` with U+FFFD.
std::string repair_utf8(std::string_view text);

/// True when `bytes`, though not valid UTF-8, hold more well-formed
/// multi-byte UTF-8 sequences than ill-formed ones: UTF-8 text with a
/// damaged byte or a cut last character, not a legacy code page (text in
/// windows-125x almost never forms a valid multi-byte sequence).
bool looks_like_damaged_utf8(std::string_view bytes) noexcept;

/// Converts bytes in named charsets to UTF-8 through ICU, keeping one
/// converter per name for the life of the object (opening one costs far
/// more than a conversion). Not thread-safe; one per Reader.
class CharsetConverter {
 public:
  CharsetConverter() = default;
  ~CharsetConverter();
  CharsetConverter(const CharsetConverter&) = delete;
  CharsetConverter& operator=(const CharsetConverter&) = delete;

  /// Converts `bytes` from `charset` (any name or alias ICU knows, case
  /// ignored) into `out`. False, with `out` untouched, when ICU does not
  /// know the name. Bytes that are not valid in the charset become U+FFFD.
  bool to_utf8(std::string_view charset, std::string_view bytes, std::string& out);

 private:
  UConverter* open(std::string_view charset);
  std::vector<std::pair<std::string, UConverter*>> cache_;  // null: unknown name
};

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
