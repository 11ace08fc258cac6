// Reads vCard 2.1, 3.0 and 4.0 files into Cards, one at a time, as bytes
// first (encodings, unfolding, quoted-printable, charsets) and as text
// after: the complaints users have about vCard readers are nearly all
// about the byte level.
#ifndef LIAISON_SRC_FORMATS_VCARD_READER_HPP
#define LIAISON_SRC_FORMATS_VCARD_READER_HPP

#include "formats/vcard/card.hpp"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {

/// Sizes past which the reader stops trusting its input. A property past
/// max_line_bytes (after unfolding; base64 properties are measured against
/// max_base64_bytes instead) or a card past max_card_bytes makes that card
/// broken; a file past max_file_bytes stops the reading with an error.
struct ReaderLimits {
  std::size_t max_line_bytes = std::size_t{1} << 20;      // 1 MiB
  std::size_t max_base64_bytes = std::size_t{16} << 20;   // 16 MiB
  std::size_t max_card_bytes = std::size_t{32} << 20;     // 32 MiB
  std::uint64_t max_file_bytes = std::uint64_t{4} << 30;  // 4 GiB
};

struct ReaderOptions {
  /// Charset for 8-bit text that has no CHARSET parameter and is not valid
  /// UTF-8, instead of guessing (any name ICU knows: "windows-1250",
  /// "ISO-8859-2", "KOI8-R"). Valid UTF-8 is read as UTF-8 either way.
  /// Empty: text that is UTF-8 but for a damaged byte is repaired (U+FFFD,
  /// with a warning), anything else is read in the regional code page
  /// that fits the bytes, decided once per card: a legacy charset the card
  /// names on another property; else cyrillic_fallback when the card's
  /// undeclared 8-bit bytes are mostly windows-1251 letters; else
  /// latin_fallback, or western_fallback when the letters of the file's
  /// undeclared Latin text so far read better in it (empty: never). See
  /// Card::fallback_charset.
  std::string charset;
  std::string latin_fallback = "windows-1250";
  std::string western_fallback = "windows-1252";
  std::string cyrillic_fallback = "windows-1251";
  ReaderLimits limits;
};

/// A remark about one place in the input.
struct Remark {
  std::size_t line = 0;  ///< 1-based; 0 for the whole file
  std::string message;
};

/// What Reader::next() returns: a card, or a stretch of the file that
/// could not be read as one (`error` set; `card` then holds what was read,
/// possibly nothing). Warnings are things the reader repaired or ignored
/// (a property line without ':', a charset ICU does not know, a card cut
/// off before END:VCARD) and never lose a value silently: each names what
/// was dropped.
struct ReadItem {
  Card card;
  std::optional<Remark> error;
  std::vector<Remark> warnings;
  /// No card, only warnings: text outside any card that holds no property
  /// (a banner, a second END:VCARD), left out.
  bool no_card = false;
};

/// Thrown for problems that end the reading of the whole file (a file past
/// max_file_bytes, an input stream that fails); the message has no file name.
struct ReadError {
  Remark remark;
};

/// Reads cards from a stream of bytes in whatever encoding vCard files come
/// in: UTF-8 with or without BOM, UTF-16LE/BE with a BOM, UTF-16 without
/// one (recognised from its zero bytes), legacy 8-bit text. Memory stays
/// bounded by the largest card, whatever the size of the file. Nested
/// cards (2.1 AGENT style) come out as cards of their own, inner first.
/// A CHARSET parameter names the code page of the value's bytes (after
/// quoted-printable) and is converted with ICU; raw text of a UTF-16 file,
/// or valid UTF-8 in a file with a UTF-8 BOM, is Unicode already and keeps
/// it whatever CHARSET says.
class Reader {
 public:
  explicit Reader(std::istream& input, ReaderOptions options = {});
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// The next card or broken stretch; nullopt at the end of the input.
  /// Throws ReadError.
  std::optional<ReadItem> next();

  /// The encoding the file was found to be in: "UTF-8", "UTF-16LE", "UTF-16BE".
  /// (8-bit legacy text is decided per card; see Card::fallback_charset.)
  const std::string& file_encoding() const noexcept;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
