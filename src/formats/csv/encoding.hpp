// The byte layer of the CSV reader: which encoding a file is in, and the
// streaming conversion of its bytes to UTF-8.
#ifndef LIAISON_SRC_FORMATS_CSV_ENCODING_HPP
#define LIAISON_SRC_FORMATS_CSV_ENCODING_HPP

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

struct UConverter;  // ICU's, kept out of this header

namespace liaison {
inline namespace v1 {
namespace csv {

/// Names the encoding of the bytes from the current position of `input` to
/// its end, and puts the position back. The answer is one of "UTF-8",
/// "UTF-16LE", "UTF-16BE", "Shift_JIS", "EUC-JP", "GB18030", "EUC-KR",
/// "Big5", "windows-1251", "macintosh", "ISO-8859-2", "windows-1250", "windows-1252", decided in
/// this order, the first rule that applies winning:
///
///  1. a byte order mark: EF BB BF is UTF-8, FF FE UTF-16LE, FE FF UTF-16BE;
///  2. UTF-16 without a mark: in the first 512 bytes, more than half of the
///     odd (LE) or even (BE) bytes are zero and the other half has at most a
///     quarter as many zeros — ASCII text in UTF-16 looks like that, 8-bit
///     text never does;
///  3. UTF-8, when every byte of the stream forms well-formed UTF-8 (pure
///     ASCII included): the whole stream is checked, since the first byte
///     that is not UTF-8 may sit deep in a large file. Also UTF-8 when the
///     stream is UTF-8 but for a few stray bytes (a row pasted in from a
///     file of another encoding): at least four well-formed multi-byte
///     characters, and three times as many lines with such characters as
///     lines with ill-formed sequences. Read in a
///     code page, all of its correct text would be garbled; the stray bytes
///     are read in the code page rules 5 and 6 pick for them;
///  4. a multi-byte East-Asian charset (Shift_JIS, EUC-JP, GB18030, EUC-KR,
///     Big5) when ICU's charset detector, run on the lines that hold 8-bit
///     bytes (up to 64 KiB of them), names it with a confidence of at least
///     50 of 100 and the whole stream converts in it without an invalid or
///     unmapped sequence. The detector needs more than ten double-byte
///     characters to be sure of anything, so a shorter East-Asian file falls
///     through to the single-byte rules: name its encoding instead;
///  5. windows-1251 when the 8-bit bytes look Cyrillic: more of them stand in
///     words made of 8-bit bytes only (two or more, no ASCII letter) than in
///     words that mix them with ASCII letters;
///  6. Mac Roman ("macintosh", what Excel for Mac saves as CSV) when at least
///     two bytes between ASCII letters are letters only Mac Roman has there
///     (0x87 á, 0x88 à, 0x96 ñ, 0x97 ó, ...: punctuation or nothing in
///     windows-125x, and not the bytes windows-1250 makes Š Ž š ž of), and
///     more than twice as many as bytes 0xC0-0xFF after an ASCII letter
///     (where windows-125x text has its accented letters); or one such
///     letter (ß, § in windows-125x, counts) with two more that windows-1250
///     also reads as letters (ä Š, ö š, ü ź, é Ž) and no byte 0xC0-0xFF
///     after an ASCII letter;
///  7. otherwise windows-1250 or windows-1252, by the letters each would
///     make of the 8-bit bytes, summed over the whole file. Each byte that
///     the two code pages read differently scores for each code page by how
///     common its letter is in the languages that use it: 0xE6 is ć (3) in
///     windows-1250 and æ (1) in windows-1252, 0xE8 č (3) or è (3), 0xE0 ŕ (1)
///     or à (3), 0xF0 đ (2) or ð (0), 0xB3 ł (3) or ³ (0); Š š Ž ž, the same
///     in both, score 2 for windows-1250 as the mark of a Central European
///     language. A byte whose reading in one code page is a symbol, not a
///     letter (£ ¿ ³ ¥ and the undefined 0x8D 0x8F 0x9D of windows-1252), counts
///     only inside a word, after a letter, where a symbol is unlikely. The
///     higher sum wins; a tie goes to windows-1252 unless a letter that only
///     windows-1250 can explain (one whose windows-1252 reading scores 0: Ł ł
///     Ą ą Đ đ Ť ť Ź ź Ż ż ...) occurs. ISO-8859-1 text reads the same in
///     windows-1252, and é, ü, ö, ß, á, í, ó, ç are the same in both.
///     Before either: ISO-8859-2 when no byte is in 0x80-0x9F (windows-1250
///     keeps Š š Ž ž and its quotes and dashes there) and a letter ISO-8859-2
///     has where windows-1250 has a symbol (Ś Š Ź Ž ą ľ ś for ¦ © ¬ ® ± µ ¶)
///     stands inside a word or before a small letter.
///
/// Throws ReadError when the stream fails or cannot seek.
std::string detect_encoding(std::istream& input);

/// What detect_encoding decides, and for UTF-8 with stray bytes (rule 3)
/// the code page they are read in and the first lines that hold them.
struct DetectedEncoding {
  static constexpr std::size_t lines_kept = 5;

  std::string name;
  std::string stray_code_page;           ///< empty unless `name` is UTF-8 with stray bytes
  std::vector<std::size_t> stray_lines;  ///< 1-based, the first lines_kept, in order
  std::uint64_t stray_sequences = 0;     ///< how many ill-formed sequences in all
};
DetectedEncoding sniff_encoding(std::istream& input, std::uint64_t max_bytes,
                                std::size_t chunk_bytes, bool complete = true);

/// detect_encoding with the limits of a Reader: throws ReadError when more
/// than `max_bytes` follow the current position. `complete` false says the
/// stream holds only the first part of a longer file, so that a character
/// cut at its end is not held against a multi-byte charset. Reads in pieces
/// of `chunk_bytes`.
std::string detect_encoding(std::istream& input, std::uint64_t max_bytes, std::size_t chunk_bytes,
                            bool complete = true);

/// Turns the bytes of one encoding into UTF-8 as they arrive, in pieces of
/// any size: a character split between two pieces comes out whole. Bytes
/// that are not valid in the encoding, and a character cut by the end of
/// the input, become U+FFFD, so the output is always valid UTF-8. A byte
/// order mark is converted like any character (U+FEFF); the caller drops it.
class Decoder {
 public:
  /// `encoding` is any name or alias ICU knows ("UTF-8", "latin1",
  /// "windows-1250", "Shift_JIS"); throws ReadError for an unknown name.
  /// With UTF-8, `stray_code_page` (a single-byte code page) reads the
  /// bytes that are not UTF-8 instead of making them U+FFFD.
  explicit Decoder(const std::string& encoding, const std::string& stray_code_page = {});
  ~Decoder();
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  /// Appends the UTF-8 of `bytes` to `out`; `last` says no bytes follow.
  void decode(std::string_view bytes, bool last, std::string& out);

 private:
  void decode_utf8(std::string_view bytes, bool last, std::string& out);
  void append_utf16(const char16_t* units, std::size_t count, std::string& out);

  void append_stray(std::string_view bytes, std::string& out);

  UConverter* converter_ = nullptr;  // null: UTF-8, checked here without ICU
  UConverter* stray_ = nullptr;      // UTF-8: reads stray bytes, or null
  std::string pending_;              // UTF-8: the start of a split character
  char16_t high_surrogate_ = 0;      // waiting for its low half
  std::vector<char16_t> units_;      // ICU's output, before it becomes UTF-8
};

/// Reads up to `size` bytes from `input` into `buffer` (replacing its
/// contents); false when none came. A stream that fails, or throws, is a
/// ReadError.
bool read_bytes(std::istream& input, std::string& buffer, std::size_t size);

/// The length of the well-formed UTF-8 sequence at the start of `bytes`
/// (1 to 4); 0 when `bytes` end inside a sequence that is well-formed so
/// far; minus the length of the ill-formed part (at least 1) otherwise.
/// `bytes` must not be empty.
int utf8_sequence(std::string_view bytes) noexcept;

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
