// Which single-byte code page 8-bit Latin text was written in: windows-1250
// (Central European), windows-1252 (Western European) or ISO-8859-2, told
// by the letters each would make of the bytes. Shared by the CSV reader,
// which judges a whole file, and the vCard reader, which judges the cards
// of a file that name no charset.
#ifndef LIAISON_SRC_TEXT_LATIN_CODE_PAGE_HPP
#define LIAISON_SRC_TEXT_LATIN_CODE_PAGE_HPP

#include <cstdint>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

/// Counts the evidence byte by byte. Each byte that windows-1250 and
/// windows-1252 read differently scores for each code page by how common
/// its letter is in the languages written in it: 0xE6 is ć (3) in
/// windows-1250 and æ (1) in windows-1252, 0xE8 č (3) or è (3), 0xE0 ŕ (1)
/// or à (3), 0xF0 đ (2) or ð (0), 0xB3 ł (3) or ³ (0); Š š Ž ž, the same in
/// both, score 2 for windows-1250 as the mark of a Central European
/// language. A byte that one code page reads as a symbol (£ ¿ ³ ¥, the
/// undefined 0x8D 0x8F 0x9D of windows-1252) counts only after a letter,
/// where a symbol is unlikely. ISO-8859-2 is told from windows-1250 by a
/// letter it has where windows-1250 has a symbol (Ś Š Ź Ž ą ľ ś for ¦ © ¬
/// ® ± µ ¶) inside a word or before a small letter, with no byte in
/// 0x80-0x9F (where windows-1250 keeps Š š Ž ž, quotes and dashes).
class LatinCodePageTally {
 public:
  void add(unsigned char byte) noexcept;
  void add(std::string_view bytes) noexcept {
    for (const char c : bytes) add(static_cast<unsigned char>(c));
  }
  /// Ends a run of text: the next byte follows no letter.
  void separate() noexcept;
  void merge(const LatinCodePageTally& other) noexcept;

  /// The code page the evidence points to: "ISO-8859-2", "windows-1250"
  /// or "windows-1252". A tie (no evidence included) goes to windows-1252
  /// unless a letter only windows-1250 has (Ł ą Đ ź ...) occurs.
  std::string_view code_page() const noexcept;
  /// Whether windows-1252 makes better letters of the bytes than
  /// windows-1250 does (a strictly higher score).
  bool reads_western() const noexcept { return score_1252_ > score_1250_; }

 private:
  std::uint64_t score_1250_ = 0;
  std::uint64_t score_1252_ = 0;
  std::uint64_t only_1250_ = 0;     // letters only windows-1250 can explain
  std::uint64_t c1_bytes_ = 0;      // bytes 0x80-0x9F
  std::uint64_t iso_evidence_ = 0;  // ISO-8859-2 letters inside or starting words
  bool iso_candidate_ = false;      // the byte before was such a letter
  bool iso_after_letter_ = false;   // and an ASCII letter came before it
  unsigned char previous_ = 0;
};

}  // namespace text
}  // namespace v1
}  // namespace liaison

#endif
