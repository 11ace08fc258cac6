#include "text/script_code_page.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/uscript.h>


namespace liaison {
inline namespace v1 {
namespace text {
namespace {

constexpr std::array<const char*, ScriptCodePageTally::candidates> names = {
    "windows-1251", "KOI8-R", "windows-1253", "windows-1255", "windows-1256"};
constexpr std::array<UScriptCode, ScriptCodePageTally::candidates> scripts = {
    USCRIPT_CYRILLIC, USCRIPT_CYRILLIC, USCRIPT_GREEK, USCRIPT_HEBREW, USCRIPT_ARABIC};

// What a byte of 0x80-0xFF is in one code page.
struct ByteClass {
  bool letter = false;  // of the code page's script
  bool upper = false;
  bool lower = false;
  bool vowel = false;
  bool final_form = false;  // Greek's final sigma, Hebrew's final letters
};

using Table = std::array<ByteClass, 128>;

bool is_vowel(UChar32 c) {
  // Cyrillic а е и о у ы э ю я ё і ї є, Greek α ε η ι ο υ ω with and
  // without their accents: what is left after the case is folded.
  const UChar32 lower = u_tolower(c);
  static constexpr UChar32 cyrillic[] = {0x430, 0x435, 0x438, 0x43E, 0x443, 0x44B, 0x44D,
                                         0x44E, 0x44F, 0x451, 0x456, 0x457, 0x454};
  static constexpr UChar32 greek[] = {0x3B1, 0x3B5, 0x3B7, 0x3B9, 0x3BF, 0x3C5, 0x3C9,
                                      0x3AC, 0x3AD, 0x3AE, 0x3AF, 0x3CC, 0x3CD, 0x3CE,
                                      0x3CA, 0x3CB, 0x390, 0x3B0};
  for (UChar32 v : cyrillic) {
    if (lower == v) return true;
  }
  for (UChar32 v : greek) {
    if (lower == v) return true;
  }
  return false;
}

std::array<Table, ScriptCodePageTally::candidates> build_tables() {
  std::array<Table, ScriptCodePageTally::candidates> tables{};
  for (std::size_t k = 0; k < names.size(); ++k) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(names[k], &status);
    if (U_FAILURE(status)) continue;  // an ICU without it: the code page never wins
    for (int b = 0x80; b <= 0xFF; ++b) {
      const char byte = static_cast<char>(b);
      UChar unit[2] = {0, 0};
      status = U_ZERO_ERROR;
      ucnv_reset(converter);
      const int32_t length = ucnv_toUChars(converter, unit, 2, &byte, 1, &status);
      if (U_FAILURE(status) || length != 1 || unit[0] == 0xFFFD || unit[0] == 0x1A) continue;
      const UChar32 c = unit[0];
      ByteClass& cls = tables[k][static_cast<std::size_t>(b - 0x80)];
      status = U_ZERO_ERROR;
      cls.letter = u_isalpha(c) && uscript_getScript(c, &status) == scripts[k];
      cls.upper = cls.letter && u_isupper(c);
      cls.lower = cls.letter && u_islower(c);
      cls.vowel = cls.letter && is_vowel(c);
      cls.final_form =
          c == 0x3C2 || c == 0x5DA || c == 0x5DD || c == 0x5DF || c == 0x5E3 || c == 0x5E5;
    }
    ucnv_close(converter);
  }
  return tables;
}

const std::array<Table, ScriptCodePageTally::candidates>& tables() {
  static const std::array<Table, ScriptCodePageTally::candidates> built = build_tables();
  return built;
}

bool is_ascii_letter(unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }

}  // namespace

// Byte by byte, a word carried over from one call to the next: the same
// text scores the same however it is cut into calls (the CSV reader feeds
// the file in chunks of any size).
// A run of ASCII letters inside a word reads the same in every code page:
// it is kept as one letter, so that the mostly ASCII text of a big file
// costs a test per byte and no copying.
void ScriptCodePageTally::add(std::string_view bytes) {
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) {
      word_.push_back(c);
      eight_bit_ = true;
    } else if (is_ascii_letter(b)) {
      if (word_.empty() || word_.back() != 'a') word_.push_back('a');
    } else {
      separate();
      continue;
    }
    // A run that long is no word; scored in pieces of a fixed length,
    // still independent of how the calls cut it.
    if (word_.size() == max_word_bytes) separate();
  }
}

void ScriptCodePageTally::separate() {
  if (eight_bit_) add_word(word_);
  word_.clear();
  eight_bit_ = false;
}

// A word scores, in each reading, two points per letter of the script
// and loses three per byte that is none. A cased script's word loses four
// per capital after a small letter and gains two when it is a capital
// followed by small letters (a name); a word of three letters or more
// without a vowel loses three. A final form (Greek ς, Hebrew ך ם ן ף ץ)
// gains three at the end of a word and loses four inside one.
void ScriptCodePageTally::add_word(std::string_view word) {
  for (std::size_t k = 0; k < candidates; ++k) {
    const Table& table = tables()[k];
    std::int64_t score = 0;
    bool previous_lower = false;
    bool cased = false;
    std::size_t letters = 0;
    std::size_t vowels = 0;
    std::size_t capitals = 0;
    bool starts_capital = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const auto b = static_cast<unsigned char>(word[i]);
      if (b < 0x80) {  // an ASCII letter amid the script's: the same in every reading
        previous_lower = false;
        continue;
      }
      const ByteClass& cls = table[b - 0x80];
      if (!cls.letter) {
        score -= 3;
        previous_lower = false;
        continue;
      }
      score += 2;
      if (cls.upper || cls.lower) cased = true;
      if (letters == 0) starts_capital = cls.upper;
      ++letters;
      if (cls.vowel) ++vowels;
      if (cls.upper) ++capitals;
      if (previous_lower && cls.upper) score -= 4;
      if (cls.final_form) score += i + 1 == word.size() ? 3 : -4;
      previous_lower = cls.lower;
    }
    if (cased) {
      if (starts_capital && capitals == 1 && letters > 1) score += 2;
      if (letters >= 3 && vowels == 0) score -= 3;
    }
    scores_[k] += score;
  }
}

void ScriptCodePageTally::merge(const ScriptCodePageTally& other) noexcept {
  for (std::size_t k = 0; k < candidates; ++k) scores_[k] += other.scores_[k];
}

std::string ScriptCodePageTally::code_page(const std::string& cyrillic) const {
  std::size_t best = 0;
  for (std::size_t k = 1; k < candidates; ++k) {
    if (scores_[k] > scores_[best]) best = k;
  }
  // Another script must read clearly better than the region's Cyrillic.
  if (best == 0 || scores_[best] < scores_[0] + 4) return cyrillic;
  return names[best];
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
