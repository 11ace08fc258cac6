// Which single-byte code page 8-bit text in a non-Latin script was written
// in: windows-1251 (Cyrillic, the region's), KOI8-R (Cyrillic, old Unix
// and Russian mail), windows-1253 (Greek), windows-1255 (Hebrew) or
// windows-1256 (Arabic, Persian, Urdu, Pashto). Each reading of a word is
// scored by how much it looks like a word: letters of one script, capitals
// only at the start (Cyrillic and Greek have cases; KOI8-R read as
// windows-1251 swaps them), a name's capital followed by small letters,
// vowels among the letters, final forms (Greek ς, Hebrew ך ם ן ף ץ) only
// at the end. Shared by the CSV and vCard readers, which ask it once the
// bytes look non-Latin; windows-1251 keeps every close call.
#ifndef LIAISON_SRC_TEXT_SCRIPT_CODE_PAGE_HPP
#define LIAISON_SRC_TEXT_SCRIPT_CODE_PAGE_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

class ScriptCodePageTally {
 public:
  /// Scores the words of `bytes` (runs of letters and 8-bit bytes); a word
  /// at the end waits for the next call or separate().
  void add(std::string_view bytes);
  /// Ends a run of text: the word it ends with is scored.
  void separate();
  /// Adds the scores of `other` (whose last word was separated).
  void merge(const ScriptCodePageTally& other) noexcept;
  /// The code page whose reading scores best, when it beats windows-1251's
  /// clearly; `cyrillic` (the caller's Cyrillic fallback) otherwise. Call
  /// separate() first.
  std::string code_page(const std::string& cyrillic) const;

  static constexpr std::size_t candidates = 5;

 private:
  static constexpr std::size_t max_word_bytes = 64;
  void add_word(std::string_view word);
  std::array<std::int64_t, candidates> scores_{};
  std::string word_;        // the word the last call ended in (an ASCII run as one 'a')
  bool eight_bit_ = false;  // whether it has a byte of 0x80-0xFF
};

}  // namespace text
}  // namespace v1
}  // namespace liaison

#endif
