#include "text/fold.hpp"

#include "text/utf8.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
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

// Latin letters that canonical decomposition leaves alone, spelled out.
// The input is already case-folded, so only lower-case letters appear.
// Returns nullptr when `c` has no entry.
const char* explicit_latin(UChar32 c) noexcept {
  switch (c) {
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
    case 0x0268: return "i";   // ɨ
    default: return nullptr;
  }
}

// The Cyrillic letters a key writes in Latin: the lower-case letters of
// Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian, and
// ѣ ѳ ѵ of the old orthography (input is case-folded). Other Cyrillic
// letters (Kazakh қ, Tatar ә) keep their script, as ICU's Cyrillic-Latin
// would write them with marks it has no ASCII for (kˌ, ə).
constexpr UChar32 cyrillic_first = 0x0430;
constexpr UChar32 cyrillic_last = 0x0491;
constexpr const char16_t* cyrillic_letters = u"[\u0430-\u045F \u0463 \u0473 \u0475 \u0491]";

// How a key writes those letters, as ICU rules: ICU's Cyrillic-Latin (ISO 9)
// where it agrees, after the diacritics are dropped, with Serbian and
// Macedonian Latin (ж -> ž -> z, ћ -> ć -> c, ђ -> đ -> dj), and our own
// rules where ISO 9 writes one letter with a mark that folding would lose
// (љ -> l̂, ѓ -> ǵ, џ -> d̂). Letters of other languages follow the same
// habit: ю is ju and є je as with ј, щ is šč, and the hard and soft signs,
// which ISO 9 writes as primes that would split a word, are dropped.
constexpr const char16_t* cyrillic_latin_rules =
    u"љ > lj ; њ > nj ; џ > dž ;"  // Serbian and Macedonian Latin
    u"ѓ > gj ; ќ > kj ; ѕ > dz ;"  // Macedonian Latin as names are written
    u"щ > šč ; ю > ju ; я > ja ; є > je ; ї > ji ; ъ > ; ь > ;"
    u"ѣ > e ; ѳ > f ; ѵ > i ;"  // the old orthography, which ISO 9 leaves alone
    u":: Cyrillic-Latin ;";

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

void classify(UChar32 c, piece& p);

using cyrillic_spellings =
    std::array<std::optional<std::string>, cyrillic_last - cyrillic_first + 1>;

// Runs the rules once, letter by letter, and keeps what each letter adds to
// a key (about 15 ms, once per process). On case-folded text the rules look
// at no neighbours, so a letter is spelled the same everywhere and fold()
// itself never runs a transliterator: transliterating each name made
// Cyrillic folding 15 to 18 times slower, and an ICU transliterator may not
// be shared between threads without a lock (or a clone per thread).
cyrillic_spellings spell_cyrillic() {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  const std::unique_ptr<icu::Transliterator> rules(icu::Transliterator::createFromRules(
      icu::UnicodeString(u"liaison-fold-Cyrillic-Latin"), icu::UnicodeString(cyrillic_latin_rules),
      UTRANS_FORWARD, where, status));
  const icu::UnicodeSet letters(icu::UnicodeString(cyrillic_letters), status);
  if (U_FAILURE(status) || rules == nullptr) {
    throw std::runtime_error(std::string("ICU Cyrillic-Latin rules unavailable: ") +
                             u_errorName(status));
  }
  cyrillic_spellings spellings;
  piece latin;
  for (std::int32_t r = 0; r < letters.getRangeCount(); ++r) {
    for (UChar32 c = letters.getRangeStart(r); c <= letters.getRangeEnd(r); ++c) {
      icu::UnicodeString text(c);
      rules->transliterate(text);
      std::string& key = spellings[static_cast<std::size_t>(c - cyrillic_first)].emplace();
      for (std::int32_t i = 0; i < text.length();) {
        const UChar32 d = text.char32At(i);
        i += U16_LENGTH(d);
        // Cyrillic left over would also make classify() below wait for
        // the table being built.
        if (uscript_getScript(d, &status) == USCRIPT_CYRILLIC) {
          throw std::logic_error("liaison::text: Cyrillic-Latin rules left a Cyrillic letter");
        }
        classify(d, latin);
        if (latin.what == role::separator) {
          throw std::logic_error("liaison::text: Cyrillic-Latin rules wrote a separator");
        }
        key += latin.text;
      }
    }
  }
  return spellings;
}

// What a key writes for a Cyrillic letter, or nullptr for anything else.
const std::string* cyrillic_latin(UChar32 c) {
  if (c < cyrillic_first || c > cyrillic_last) return nullptr;
  static const cyrillic_spellings spellings = spell_cyrillic();
  const auto& spelling = spellings[static_cast<std::size_t>(c - cyrillic_first)];
  return spelling ? &*spelling : nullptr;
}

// The Latin a key writes for `c`, or nullptr when `c` takes the general way
// (decomposition, or itself).
const char* latin_spelling(UChar32 c) {
  if (const std::string* s = cyrillic_latin(c)) return s->c_str();
  return explicit_latin(c);
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
  if (const char* latin = latin_spelling(c)) {
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
  if (latin_spelling(c) == nullptr && has_strippable_decomposition(c)) {
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
