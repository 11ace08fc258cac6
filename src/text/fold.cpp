#include "text/fold.hpp"

#include "text/utf8.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace text {
namespace {

// What one code point of NFKC_Casefold output contributes to a key.
enum class role : unsigned char {
  word,       // `text` is appended to the current word
  diacritic,  // dropped without splitting the word (e + U+0301)
  separator,  // ends the current word
};

struct piece {
  role what = role::separator;
  std::string text;
};

// Letters that canonical decomposition leaves alone, and the Cyrillic
// letters, given as the Latin that Serbian and Macedonian use for them so
// that a name typed in either script folds to one key. The input is already
// case-folded, so only lower-case letters appear. Letters outside Serbian
// and Macedonian follow the same habit: й is j like ј, ж is z like ž, щ is
// šč without its háčeks, and the hard and soft signs are dropped.
// Returns nullptr when `c` has no entry.
const char* explicit_latin(UChar32 c) noexcept {
  switch (c) {
    // Latin letters with a stroke, ligatures and runes: no decomposition.
    case 0x00DF: return "ss";  // ß (case folding already does this)
    case 0x00E6: return "ae";  // æ
    case 0x00F0: return "d";   // ð
    case 0x00F8: return "o";   // ø
    case 0x00FE: return "th";  // þ
    case 0x0111: return "dj";  // đ, as Serbian Latin writes ђ
    case 0x0127: return "h";   // ħ
    case 0x0131: return "i";   // ı
    case 0x0142: return "l";   // ł
    case 0x0153: return "oe";  // œ
    case 0x0167: return "t";   // ŧ
    case 0x0180: return "b";   // ƀ
    case 0x0192: return "f";   // ƒ
    case 0x01E5: return "g";   // ǥ
    case 0x0237: return "j";   // ȷ
    case 0x0268:
      return "i";  // ɨ
    // Cyrillic, the basic Russian block.
    case 0x0430: return "a";
    case 0x0431: return "b";
    case 0x0432: return "v";
    case 0x0433: return "g";
    case 0x0434: return "d";
    case 0x0435: return "e";
    case 0x0436: return "z";  // ж, like ž -> z
    case 0x0437: return "z";
    case 0x0438: return "i";
    case 0x0439: return "j";  // й
    case 0x043A: return "k";
    case 0x043B: return "l";
    case 0x043C: return "m";
    case 0x043D: return "n";
    case 0x043E: return "o";
    case 0x043F: return "p";
    case 0x0440: return "r";
    case 0x0441: return "s";
    case 0x0442: return "t";
    case 0x0443: return "u";
    case 0x0444: return "f";
    case 0x0445: return "h";
    case 0x0446: return "c";
    case 0x0447: return "c";   // ч, like č -> c
    case 0x0448: return "s";   // ш, like š -> s
    case 0x0449: return "sc";  // щ
    case 0x044A: return "";    // ъ
    case 0x044B: return "y";   // ы
    case 0x044C: return "";    // ь
    case 0x044D: return "e";   // э
    case 0x044E: return "ju";  // ю
    case 0x044F:
      return "ja";  // я
    // Cyrillic, the letters of Serbian, Macedonian, Ukrainian, Belarusian.
    case 0x0450: return "e";   // ѐ
    case 0x0451: return "e";   // ё, like ë -> e
    case 0x0452: return "dj";  // ђ
    case 0x0453: return "gj";  // ѓ
    case 0x0454: return "je";  // є
    case 0x0455: return "dz";  // ѕ
    case 0x0456: return "i";   // і
    case 0x0457: return "ji";  // ї
    case 0x0458: return "j";   // ј
    case 0x0459: return "lj";  // љ
    case 0x045A: return "nj";  // њ
    case 0x045B: return "c";   // ћ, like ć -> c
    case 0x045C: return "kj";  // ќ
    case 0x045D: return "i";   // ѝ
    case 0x045E: return "u";   // ў
    case 0x045F: return "dz";  // џ, like dž -> dz
    case 0x0463: return "e";   // ѣ
    case 0x0473: return "f";   // ѳ
    case 0x0475: return "i";   // ѵ
    case 0x0491: return "g";   // ґ
    default: return nullptr;
  }
}

// Marks that are diacritics of the European scripts, which a key drops. The
// marks of other scripts (Indic vowel signs, Arabic harakat) are part of how
// a word is spelled there, so they stay.
bool is_european_diacritic(UChar32 c) noexcept {
  if (u_charType(c) != U_NON_SPACING_MARK) return false;
  return c < 0x0530                        // Latin, Greek, Cyrillic, combining marks
         || (c >= 0x1AB0 && c <= 0x1AFF)   // combining marks extended
         || (c >= 0x1DC0 && c <= 0x1DFF)   // combining marks supplement
         || (c >= 0x1E00 && c <= 0x1FFF)   // Latin and Greek extended
         || (c >= 0x20D0 && c <= 0x20FF)   // combining marks for symbols
         || (c >= 0xFE20 && c <= 0xFE2F);  // combining half marks
}

// Letters with diacritics live in these blocks; decomposing them elsewhere
// (Hangul syllables, kana with dakuten) would change the letter, not strip
// an accent.
bool has_strippable_decomposition(UChar32 c) noexcept {
  return (c >= 0x0080 && c < 0x0530) || (c >= 0x1E00 && c <= 0x1FFF);
}

// Modifier letters used as apostrophes (Ukrainian names, Hawaiian ʻokina):
// ICU calls them letters, but as the ASCII apostrophe they split words.
bool is_modifier_apostrophe(UChar32 c) noexcept { return c >= 0x02B9 && c <= 0x02BF; }

bool is_word_character(UChar32 c) noexcept {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, static_cast<std::size_t>(n));
}

// Appends what one base character (no decomposition left to do) spells.
// Returns false when it is not a word character.
bool append_base(std::string& out, UChar32 c) {
  if (const char* latin = explicit_latin(c)) {
    out += latin;
    return true;
  }
  if (is_modifier_apostrophe(c) || !is_word_character(c)) return false;
  if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
    out += static_cast<char>('0' + u_charDigitValue(c));
  } else {
    append_utf8(out, c);
  }
  return true;
}

const icu::Normalizer2& normalizer(const icu::Normalizer2* (*get)(UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = get(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw std::runtime_error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
  }
  return *n;
}

// ICU hands out these singletons; they are immutable and safe to share
// between threads.
const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFKCCasefoldInstance);
  return n;
}
const icu::Normalizer2& nfc() {
  static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFCInstance);
  return n;
}
const icu::Normalizer2& nfd() {
  static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFDInstance);
  return n;
}

// The contribution of one code point of NFKC_Casefold output, into `p`
// (reused between calls so its buffer is allocated once).
void classify(UChar32 c, piece& p) {
  p.text.clear();
  if (is_european_diacritic(c)) {
    p.what = role::diacritic;
    return;
  }
  if (explicit_latin(c) == nullptr && has_strippable_decomposition(c)) {
    icu::UnicodeString decomposition;
    if (nfd().getDecomposition(c, decomposition)) {
      bool any = false;
      bool word = false;
      for (std::int32_t i = 0; i < decomposition.length();) {
        const UChar32 d = decomposition.char32At(i);
        i += U16_LENGTH(d);
        if (is_european_diacritic(d)) continue;
        any = true;
        word = append_base(p.text, d) || word;
      }
      p.what = !any ? role::diacritic : word ? role::word : role::separator;
      return;
    }
  }
  p.what = append_base(p.text, c) ? role::word : role::separator;
}

// Every code point below U+0800 (all of Latin, Greek and Cyrillic) looked up
// once, so the common non-ASCII case costs an array index per character.
constexpr UChar32 table_size = 0x800;

const std::array<piece, table_size>& small_table() {
  static const std::array<piece, table_size> table = [] {
    std::array<piece, table_size> t;
    for (UChar32 c = 0; c < table_size; ++c) classify(c, t[static_cast<std::size_t>(c)]);
    return t;
  }();
  return table;
}

// Builds a key word by word: separators only mark that a space is due, so
// runs collapse and nothing is left at either end.
class key_builder {
 public:
  explicit key_builder(std::size_t reserve) { out_.reserve(reserve); }

  void word(char c) {
    space_if_due();
    out_ += c;
  }
  void word(std::string_view s) {
    if (s.empty()) return;
    space_if_due();
    out_ += s;
  }
  void separator() noexcept { space_due_ = true; }
  std::string take() { return std::move(out_); }

 private:
  void space_if_due() {
    if (space_due_ && !out_.empty()) out_ += ' ';
    space_due_ = false;
  }
  std::string out_;
  bool space_due_ = false;
};

bool is_ascii(std::string_view s) noexcept {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string fold_ascii(std::string_view s) {
  key_builder key(s.size());
  for (const char c : s) {
    if (is_ascii_alnum(c)) {
      key.word(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else {
      key.separator();
    }
  }
  return key.take();
}

void check_size(std::string_view s) {
  // ICU's StringPiece measures in int32_t.
  if (s.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw std::length_error("liaison::text: string too long to fold");
  }
}

// `s` with each ill-formed sequence replaced by U+FFFD, as ICU's own
// converters do (one replacement per maximal ill-formed subpart).
std::string with_replacement_characters(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    const std::size_t start = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.data() + start, i - start);
    }
  }
  return out;
}

std::string normalize(const icu::Normalizer2& form, std::string_view valid_utf8) {
  std::string out;
  out.reserve(valid_utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  form.normalizeUTF8(
      0, icu::StringPiece(valid_utf8.data(), static_cast<std::int32_t>(valid_utf8.size())), sink,
      nullptr, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU normalization failed: ") + u_errorName(status));
  }
  return out;
}

std::string fold_unicode(std::string_view valid_utf8) {
  const std::string folded = normalize(nfkc_casefold(), valid_utf8);
  const auto& table = small_table();
  key_builder key(folded.size());
  piece scratch;
  const std::size_t n = folded.size();
  for (std::size_t i = 0; i < n;) {
    const char b = folded[i];
    if (static_cast<unsigned char>(b) < 0x80) {
      ++i;
      if (is_ascii_alnum(b)) {
        key.word(b);
      } else {
        key.separator();
      }
      continue;
    }
    UChar32 c = 0;
    U8_NEXT_UNSAFE(folded.data(), i, c);  // normalizer output is well-formed
    const piece* p = &scratch;
    if (c < table_size) {
      p = &table[static_cast<std::size_t>(c)];
    } else {
      classify(c, scratch);
    }
    switch (p->what) {
      case role::word: key.word(p->text); break;
      case role::diacritic: break;
      case role::separator: key.separator(); break;
    }
  }
  return key.take();
}

}  // namespace

std::string fold(std::string_view utf8) {
  if (is_ascii(utf8)) return fold_ascii(utf8);
  check_size(utf8);
  if (is_valid_utf8(utf8)) return fold_unicode(utf8);
  return fold_unicode(with_replacement_characters(utf8));
}

std::string fold_exact(std::string_view utf8) {
  check_size(utf8);
  std::string valid;
  if (!is_valid_utf8(utf8)) {
    valid = with_replacement_characters(utf8);
    utf8 = valid;
  }
  const std::string composed = is_ascii(utf8) ? std::string(utf8) : normalize(nfc(), utf8);
  std::string out;
  out.reserve(composed.size());
  bool space_due = false;
  const std::size_t n = composed.size();
  for (std::size_t i = 0; i < n;) {
    const std::size_t start = i;
    UChar32 c = 0;
    U8_NEXT_UNSAFE(composed.data(), i, c);
    if (u_isUWhiteSpace(c)) {
      space_due = true;
      continue;
    }
    if (space_due && !out.empty()) out += ' ';
    space_due = false;
    out.append(composed, start, i - start);
  }
  return out;
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
