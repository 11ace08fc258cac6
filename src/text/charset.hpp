// Charsets through ICU, and the UTF-8 checks that decide whether text needs
// converting at all. Shared by the vCard and CSV readers.
#ifndef LIAISON_SRC_TEXT_CHARSET_HPP
#define LIAISON_SRC_TEXT_CHARSET_HPP

#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct UConverter;  // ICU's, kept out of this header

namespace liaison {
inline namespace v1 {
namespace text {

/// True when every byte is below 0x80: such text is the same in every
/// ASCII-based charset, so it needs no conversion.
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
/// more than a conversion). Each call converts one whole text. Not
/// thread-safe; one per reader.
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

}  // namespace text
}  // namespace v1
}  // namespace liaison

#endif
