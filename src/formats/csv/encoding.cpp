#include "formats/csv/encoding.hpp"

#include "formats/csv/reader.hpp"
#include "text/latin_code_page.hpp"
#include "text/script_code_page.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <ios>
#include <istream>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

// Enough of the start of a file to tell UTF-16 from 8-bit text.
constexpr std::size_t kSniffBytes = 512;
// What ICU's charset detector is shown: the lines that hold 8-bit bytes,
// each cut to kSampleLineBytes, up to kSampleBytes in all.
constexpr std::size_t kSampleBytes = std::size_t{64} << 10;
constexpr std::size_t kSampleLineBytes = std::size_t{4} << 10;
// ICU's multi-byte recognisers answer 10 for text they cannot judge and
// 100 for text full of their language's common characters.
constexpr std::int32_t kMinConfidence = 50;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

[[noreturn]] void fail(std::string message) { throw ReadError(Remark{0, 0, std::move(message)}); }

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

void seek(std::istream& input, std::istream::pos_type position) {
  try {
    input.clear();
    input.seekg(position);
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    fail(std::string("cannot seek in the input: ").append(e.what()));
  }
  if (input.fail()) fail("cannot seek in the input to read it again");
}

// The encoding a byte order mark or the zero bytes of UTF-16 name, from
// the first bytes of a file; empty when they name none.
std::string_view unicode_verdict(std::string_view head) noexcept {
  if (starts_with(head, "\xEF\xBB\xBF")) return "UTF-8";
  if (starts_with(head, "\xFF\xFE")) return "UTF-16LE";
  if (starts_with(head, "\xFE\xFF")) return "UTF-16BE";
  const std::size_t n = std::min(head.size(), kSniffBytes);
  std::size_t zero_even = 0;
  std::size_t zero_odd = 0;
  for (std::size_t i = 0; i + 1 < n; i += 2) {
    zero_even += head[i] == '\0';
    zero_odd += head[i + 1] == '\0';
  }
  const std::size_t units = n / 2;
  if (units > 0 && zero_odd * 2 > units && zero_even * 4 <= zero_odd) return "UTF-16LE";
  if (units > 0 && zero_even * 2 > units && zero_odd * 4 <= zero_even) return "UTF-16BE";
  return {};
}

bool is_ascii_letter(unsigned char b) noexcept {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// Punctuation at the same place in windows-1250, -1251 and -1252: quotes,
// dashes, the ellipsis, the no-break space, § © « » ° ± µ ¶ ·.
bool is_shared_punctuation(unsigned char b) noexcept {
  switch (b) {
    case 0x82:
    case 0x84:
    case 0x85:
    case 0x86:
    case 0x87:
    case 0x89:
    case 0x8B:
    case 0x91:
    case 0x92:
    case 0x93:
    case 0x94:
    case 0x95:
    case 0x96:
    case 0x97:
    case 0x99:
    case 0x9B:
    case 0xA0:
    case 0xA6:
    case 0xA7:
    case 0xA9:
    case 0xAB:
    case 0xAC:
    case 0xAD:
    case 0xAE:
    case 0xB0:
    case 0xB1:
    case 0xB5:
    case 0xB6:
    case 0xB7:
    case 0xBB: return true;
    default: return false;
  }
}

// Everything the single pass over the file learns about 8-bit text.
class Sniffer {
 public:
  void feed(std::string_view bytes) {
    check_utf8(bytes);
    for (const char c : bytes) tally(static_cast<unsigned char>(c));
    script_.add(bytes);
  }

  // Called once, after the last byte.
  void finish(bool complete) {
    script_.separate();
    end_word();
    end_line();
    if (complete && !pending_utf8_.empty()) stray(pending_utf8_.size(), pending_utf8_);
    next_line();
  }

  bool is_utf8() const noexcept { return ill_formed_ == 0; }
  // UTF-8 but for a few stray bytes (detect_encoding's rule 3): a code
  // page makes a well-formed UTF-8 character only by chance, so most of
  // its lines with 8-bit text would have stray bytes.
  bool is_mostly_utf8() const noexcept {
    return multi_byte_ >= 4 && utf8_lines_ >= 3 * stray_line_count_;
  }
  const std::string& sample() const noexcept { return sample_; }
  bool looks_cyrillic() const noexcept { return cyrillic_ > mixed_; }

  std::string_view latin_code_page() const noexcept { return latin_.code_page(); }
  // The non-Latin code page of text that looks_cyrillic(): Cyrillic in
  // windows-1251 unless another script's reading is clearly better.
  std::string script_code_page() const { return script_.code_page("windows-1251"); }
  // Excel for Mac saves "CSV" in Mac Roman: José's é is 0x8E there, á
  // 0x87, ñ 0x96, where windows-125x keep Ž and punctuation (‡ –).
  // German text has few such letters (ä ö ü are Š š ź there too) but ß,
  // § in windows-125x, which no word holds.
  bool looks_mac_roman() const noexcept {
    if (mac_letters_ >= 2 && mac_letters_ > 2 * high_letters_in_words_) return true;
    return mac_letters_ >= 1 && mac_letters_ + shared_letters_ >= 3 && high_letters_in_words_ == 0;
  }

  // The stray bytes of a file that is mostly UTF-8, each run with the byte
  // before it, for a Sniffer of their own to judge.
  const std::string& stray_sample() const noexcept { return stray_sample_; }
  const std::vector<std::size_t>& stray_lines() const noexcept { return stray_lines_; }
  std::uint64_t stray_sequences() const noexcept { return ill_formed_; }

 private:
  void check_utf8(std::string_view bytes) {
    std::string joined;
    if (!pending_utf8_.empty()) {
      joined = pending_utf8_;
      joined.append(bytes);
      bytes = joined;
      pending_utf8_.clear();
    }
    std::size_t i = 0;
    while (i < bytes.size()) {
      const auto b = static_cast<unsigned char>(bytes[i]);
      if (b < 0x80) {
        if (b == '\r' || (b == '\n' && before_ != '\r')) next_line();  // CR LF, LF or CR
        before_ = b;
        ++i;
        continue;
      }
      const int length = utf8_sequence(bytes.substr(i));
      if (length > 0) {
        ++multi_byte_;
        line_has_utf8_ = true;
        i += static_cast<std::size_t>(length);
        before_ = 0x80;
      } else if (length == 0) {
        pending_utf8_.assign(bytes.substr(i));
        return;
      } else {
        stray(static_cast<std::size_t>(-length), bytes.substr(i));
        i += static_cast<std::size_t>(-length);
      }
    }
  }

  void next_line() noexcept {
    utf8_lines_ += line_has_utf8_;
    stray_line_count_ += line_has_stray_;
    line_has_utf8_ = line_has_stray_ = false;
    ++line_number_;
  }

  void stray(std::size_t length, std::string_view bytes) {
    ++ill_formed_;
    line_has_stray_ = true;
    if (stray_lines_.empty() || stray_lines_.back() != line_number_) {
      if (stray_lines_.size() < DetectedEncoding::lines_kept) stray_lines_.push_back(line_number_);
    }
    if (stray_sample_.size() < kSampleBytes) {
      if (before_ != 0xFF) {  // not right after the previous stray run
        stray_sample_.push_back(' ');
        if (before_ < 0x80) stray_sample_.push_back(static_cast<char>(before_));
      }
      stray_sample_.append(bytes.substr(0, length));
    }
    before_ = 0xFF;
  }

  void tally(unsigned char b) {
    // The lines with 8-bit bytes, for ICU's detector.
    if (b == '\n' || b == '\r') {
      end_line();
    } else {
      if (line_.size() < kSampleLineBytes) line_.push_back(static_cast<char>(b));
      line_has_high_ = line_has_high_ || b >= 0x80;
    }

    // Words, for the Cyrillic test.
    const bool word_byte = is_ascii_letter(b) || (b >= 0x80 && !is_shared_punctuation(b));
    if (word_byte) {
      if (b >= 0x80) {
        ++word_high_;
      } else {
        word_ascii_ = true;
      }
    } else {
      end_word();
    }

    latin_.add(b);

    // Mac Roman against the windows code pages: a byte of 0x80-0x9F that
    // only Mac Roman reads as a letter, between two ASCII letters. One that
    // windows-1250 reads as a capital (Š Ť Ž Ź) followed by a small letter
    // inside a word counts as Mac Roman's small letter (ä ç é è): "JŠger"
    // is no spelling, "Jäger" is.
    if (mac_pending_ != 0) {
      if (is_ascii_letter(b)) {
        const bool mac = mac_pending_ == 1 || (mac_pending_ == 3 && b >= 'a' && b <= 'z');
        ++(mac ? mac_letters_ : shared_letters_);
      }
      mac_pending_ = 0;
    }
    if (is_ascii_letter(mac_previous_)) {
      if (is_mac_roman_letter(b)) mac_pending_ = 1;
      if (is_shared_high_letter(b)) mac_pending_ = is_capital_in_windows_1250(b) ? 3 : 2;
      if (b >= 0xC0) ++high_letters_in_words_;
    }
    mac_previous_ = b;
  }

  // Small letters Mac Roman has at 0x80-0x9F where no windows-125x code
  // page has a letter (Ä Å Ç É Ñ Ö Ü á à â ã ê ï ñ ó ò ô õ): not the bytes
  // windows-1250 makes Š Ś Ť Ž Ź š ś ť ž ź of, nor its quotes.
  static bool is_mac_roman_letter(unsigned char b) noexcept {
    switch (b) {
      case 0x80:
      case 0x81:
      case 0x82:
      case 0x83:
      case 0x84:
      case 0x85:
      case 0x86:
      case 0x87:
      case 0x88:
      case 0x89:
      case 0x8B:
      case 0x90:
      case 0x95:
      case 0x96:
      case 0x97:
      case 0x98:
      case 0x99:
      case 0x9B:
      case 0xA7: return true;  // ß (§)
      default: return false;
    }
  }

  // Letters of Mac Roman at 0x80-0x9F that windows-1250 reads as letters
  // too: ä Š, ç Ť, é Ž, è Ź, ö š, ú ś, ù ť, ü ź.
  static bool is_shared_high_letter(unsigned char b) noexcept {
    return b == 0x8A || b == 0x8D || b == 0x8E || b == 0x8F || b == 0x9A || b == 0x9C ||
           b == 0x9D || b == 0x9F;
  }

  // Š Ť Ž Ź: windows-1250's capitals among the shared letters.
  static bool is_capital_in_windows_1250(unsigned char b) noexcept {
    return b == 0x8A || b == 0x8D || b == 0x8E || b == 0x8F;
  }

  void end_word() noexcept {
    if (word_high_ > 0) {
      if (word_ascii_) {
        mixed_ += word_high_;
      } else if (word_high_ >= 2) {
        cyrillic_ += word_high_;
      }
    }
    word_high_ = 0;
    word_ascii_ = false;
  }

  void end_line() {
    if (line_has_high_ && sample_.size() < kSampleBytes) {
      sample_.append(line_, 0, kSampleBytes - sample_.size());
      sample_.push_back('\n');
    }
    line_.clear();
    line_has_high_ = false;
  }

  std::uint64_t multi_byte_ = 0;  // well-formed UTF-8 characters above ASCII
  std::uint64_t ill_formed_ = 0;  // ill-formed UTF-8 sequences
  std::string pending_utf8_;      // the start of a sequence cut by a piece's end
  std::size_t line_number_ = 1;
  bool line_has_utf8_ = false;
  bool line_has_stray_ = false;
  std::uint64_t utf8_lines_ = 0;        // lines with well-formed UTF-8 above ASCII
  std::uint64_t stray_line_count_ = 0;  // lines with ill-formed sequences
  unsigned char before_ = 0;  // the byte before, 0x80 for a UTF-8 character, 0xFF a stray one
  std::string stray_sample_;
  std::vector<std::size_t> stray_lines_;

  text::LatinCodePageTally latin_;
  text::ScriptCodePageTally script_;
  std::uint64_t mac_letters_ = 0;            // Mac Roman-only letters inside words
  std::uint64_t high_letters_in_words_ = 0;  // bytes 0xC0-0xFF after an ASCII letter
  std::uint64_t shared_letters_ = 0;  // ä ö ü é... that windows-1250 reads as Š š ź Ž
  // 1: a Mac-only letter, 2: a shared one, 3: a shared one windows-1250
  // reads as a capital; waiting for the next byte.
  int mac_pending_ = 0;
  unsigned char mac_previous_ = 0;

  std::string sample_;
  std::string line_;
  bool line_has_high_ = false;

  std::uint64_t word_high_ = 0;
  bool word_ascii_ = false;
  std::uint64_t cyrillic_ = 0;  // 8-bit bytes in words without ASCII letters
  std::uint64_t mixed_ = 0;     // 8-bit bytes in words with ASCII letters
};

struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const noexcept { ucsdet_close(detector); }
};

struct ConverterCloser {
  void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};

bool is_east_asian(std::string_view name) noexcept {
  return name == "Shift_JIS" || name == "EUC-JP" || name == "GB18030" || name == "EUC-KR" ||
         name == "Big5";
}

// The multi-byte charsets ICU's detector is sure of for `sample`, surest first.
std::vector<std::string> east_asian_candidates(const std::string& sample) {
  std::vector<std::string> names;
  if (sample.empty()) return names;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return names;
  ucsdet_setText(detector.get(), sample.data(), static_cast<std::int32_t>(sample.size()), &status);
  std::int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) return names;
  for (std::int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const std::int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || confidence < kMinConfidence) break;
    if (name != nullptr && is_east_asian(name)) names.emplace_back(name);
  }
  return names;
}

// Whether the stream from `start` converts in `charset` with no invalid or
// unmapped sequence.
bool converts_cleanly(std::istream& input, std::istream::pos_type start, const std::string& charset,
                      std::size_t chunk_bytes, bool complete) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  seek(input, start);
  std::array<UChar, 2048> units{};
  std::string piece;
  bool more = true;
  while (more) {
    more = read_bytes(input, piece, chunk_bytes);
    if (!more && !complete) break;
    static const char kNothing[1] = {0};
    const char* source = piece.empty() ? kNothing : piece.data();
    const char* source_end = source + piece.size();
    while (true) {
      UChar* target = units.data();
      status = U_ZERO_ERROR;
      ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, source_end,
                     nullptr, !more, &status);
      if (status == U_BUFFER_OVERFLOW_ERROR) continue;
      if (U_FAILURE(status)) return false;
      break;
    }
  }
  return true;
}

// Every bad sequence becomes U+FFFD, whatever substitute the charset has.
void replace_with_fffd(const void*, UConverterToUnicodeArgs* args, const char*, std::int32_t,
                       UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to replace
  static const UChar kFffd[1] = {0xFFFD};
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, kFffd, 1, 0, status);
}

void put_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

bool read_bytes(std::istream& input, std::string& buffer, std::size_t size) {
  buffer.resize(size);
  std::streamsize got = 0;
  try {
    if (input.good()) {
      input.read(buffer.data(), static_cast<std::streamsize>(size));
      got = input.gcount();
    }
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    fail(std::string("cannot read the input: ").append(e.what()));
  }
  if (input.bad()) fail("cannot read the input: the stream failed");
  buffer.resize(static_cast<std::size_t>(got));
  return got > 0;
}

int utf8_sequence(std::string_view bytes) noexcept {
  const auto lead = static_cast<unsigned char>(bytes[0]);
  if (lead < 0x80) return 1;
  int trailing = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trailing = 1;
  } else if (lead == 0xE0) {
    trailing = 2;
    low = 0xA0;
  } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    trailing = 2;
  } else if (lead == 0xED) {
    trailing = 2;
    high = 0x9F;  // no surrogates
  } else if (lead == 0xF0) {
    trailing = 3;
    low = 0x90;
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    trailing = 3;
  } else if (lead == 0xF4) {
    trailing = 3;
    high = 0x8F;  // nothing above U+10FFFF
  } else {
    return -1;
  }
  for (int k = 1; k <= trailing; ++k) {
    if (static_cast<std::size_t>(k) >= bytes.size()) return 0;
    const auto b = static_cast<unsigned char>(bytes[static_cast<std::size_t>(k)]);
    if (b < low || b > high) return -k;
    low = 0x80;
    high = 0xBF;
  }
  return trailing + 1;
}

std::string detect_encoding(std::istream& input) {
  return detect_encoding(input, std::numeric_limits<std::uint64_t>::max(), std::size_t{64} << 10);
}

std::string detect_encoding(std::istream& input, std::uint64_t max_bytes, std::size_t chunk_bytes,
                            bool complete) {
  return sniff_encoding(input, max_bytes, chunk_bytes, complete).name;
}

DetectedEncoding sniff_encoding(std::istream& input, std::uint64_t max_bytes,
                                std::size_t chunk_bytes, bool complete) {
  if (chunk_bytes == 0) chunk_bytes = 1;
  std::istream::pos_type start = -1;
  try {
    start = input.tellg();
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception&) {
    start = -1;
  }
  if (start == std::istream::pos_type(-1)) {
    fail("cannot detect the encoding: the input cannot seek back to where it started");
  }
  // Puts the stream back where it was, whichever way this ends.
  struct Restore {
    std::istream& input;
    std::istream::pos_type start;
    bool done = false;
    ~Restore() {
      if (done) return;
      try {
        input.clear();
        input.seekg(start);
      } catch (...) {
        // Already failing with a better message; the put-back is a courtesy.
      }
    }
    DetectedEncoding done_with(std::string_view verdict) {
      done = true;
      seek(input, start);
      return DetectedEncoding{std::string(verdict), {}, {}, 0};
    }
  } restore{input, start};

  Sniffer sniffer;
  std::string head;
  bool head_seen = false;
  std::string piece;
  std::uint64_t total = 0;
  while (read_bytes(input, piece, chunk_bytes)) {
    total += piece.size();
    if (total > max_bytes) {
      fail(std::string("the file is larger than max_file_bytes (")
               .append(std::to_string(max_bytes))
               .append(" bytes)"));
    }
    if (!head_seen) {
      head.append(piece, 0, kSniffBytes - std::min(head.size(), kSniffBytes));
      if (head.size() >= kSniffBytes) {
        head_seen = true;
        const std::string_view verdict = unicode_verdict(head);
        if (!verdict.empty()) return restore.done_with(verdict);
      }
    }
    sniffer.feed(piece);
  }
  if (!head_seen) {
    const std::string_view verdict = unicode_verdict(head);
    if (!verdict.empty()) return restore.done_with(verdict);
  }
  sniffer.finish(complete);
  if (sniffer.is_utf8()) return restore.done_with("UTF-8");
  if (sniffer.is_mostly_utf8()) {
    Sniffer strays;
    strays.feed(sniffer.stray_sample());
    strays.finish(true);
    DetectedEncoding detected = restore.done_with("UTF-8");
    detected.stray_code_page =
        strays.looks_cyrillic() ? strays.script_code_page() : std::string(strays.latin_code_page());
    detected.stray_lines = sniffer.stray_lines();
    detected.stray_sequences = sniffer.stray_sequences();
    return detected;
  }
  for (const std::string& name : east_asian_candidates(sniffer.sample())) {
    if (converts_cleanly(input, start, name, chunk_bytes, complete)) {
      return restore.done_with(name);
    }
  }
  if (sniffer.looks_cyrillic()) return restore.done_with(sniffer.script_code_page());
  if (sniffer.looks_mac_roman()) return restore.done_with("macintosh");
  return restore.done_with(sniffer.latin_code_page());
}

Decoder::Decoder(const std::string& encoding, const std::string& stray_code_page) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = encoding.empty() ? nullptr : ucnv_open(encoding.c_str(), &status);
  if (converter == nullptr || U_FAILURE(status)) {
    if (converter != nullptr) ucnv_close(converter);
    fail(std::string("unknown encoding \"").append(encoding).append("\""));
  }
  const char* canonical = ucnv_getName(converter, &status);
  if (U_SUCCESS(status) && canonical != nullptr && std::string_view(canonical) == "UTF-8") {
    ucnv_close(converter);  // UTF-8 is checked here, without a round trip through UTF-16
    if (stray_code_page.empty()) return;
    UConverter* stray = ucnv_open(stray_code_page.c_str(), &status);
    if (stray != nullptr && U_SUCCESS(status))
      ucnv_setToUCallBack(stray, replace_with_fffd, nullptr, nullptr, nullptr, &status);
    if (stray == nullptr || U_FAILURE(status) || ucnv_getMaxCharSize(stray) != 1) {
      if (stray != nullptr) ucnv_close(stray);
      fail(std::string("unknown single-byte encoding \"").append(stray_code_page).append("\""));
    }
    stray_ = stray;
    units_.resize(4096);
    return;
  }
  ucnv_setToUCallBack(converter, replace_with_fffd, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) {
    ucnv_close(converter);
    fail(std::string("cannot convert from \"").append(encoding).append("\""));
  }
  converter_ = converter;
  units_.resize(4096);
}

Decoder::~Decoder() {
  if (converter_ != nullptr) ucnv_close(converter_);
  if (stray_ != nullptr) ucnv_close(stray_);
}

// Bytes that are not UTF-8, read in the stray code page, or U+FFFD.
void Decoder::append_stray(std::string_view bytes, std::string& out) {
  if (stray_ == nullptr) {
    out.append(kReplacement);
    return;
  }
  // A single-byte code page makes one UTF-16 unit of each byte.
  while (!bytes.empty()) {
    const std::string_view piece = bytes.substr(0, units_.size());
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(stray_);
    const std::int32_t count =
        ucnv_toUChars(stray_, units_.data(), static_cast<std::int32_t>(units_.size()), piece.data(),
                      static_cast<std::int32_t>(piece.size()), &status);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
      out.append(kReplacement);
    } else {
      append_utf16(units_.data(), static_cast<std::size_t>(count), out);
    }
    bytes.remove_prefix(piece.size());
  }
}

void Decoder::decode(std::string_view bytes, bool last, std::string& out) {
  if (converter_ == nullptr) {
    decode_utf8(bytes, last, out);
    return;
  }
  static const char kNothing[1] = {0};
  const char* source = bytes.empty() ? kNothing : bytes.data();
  const char* source_end = source + bytes.size();
  while (true) {
    UChar* target = units_.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter_, &target, units_.data() + units_.size(), &source, source_end, nullptr,
                   last, &status);
    append_utf16(units_.data(), static_cast<std::size_t>(target - units_.data()), out);
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status))
      fail(std::string("cannot convert the input: ").append(u_errorName(status)));
    break;
  }
  if (last && high_surrogate_ != 0) {
    out.append(kReplacement);
    high_surrogate_ = 0;
  }
}

void Decoder::decode_utf8(std::string_view bytes, bool last, std::string& out) {
  std::string joined;
  if (!pending_.empty()) {
    joined = pending_;
    joined.append(bytes);
    bytes = joined;
    pending_.clear();
  }
  std::size_t run = 0;  // start of the well-formed text not yet copied
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const int length = utf8_sequence(bytes.substr(i));
    if (length > 0) {
      i += static_cast<std::size_t>(length);
      continue;
    }
    out.append(bytes.substr(run, i - run));
    if (length == 0) {
      // The bytes end inside a character: keep its start for the next piece.
      if (last) {
        append_stray(bytes.substr(i), out);
      } else {
        pending_.assign(bytes.substr(i));
      }
      run = i = bytes.size();
      break;
    }
    append_stray(bytes.substr(i, static_cast<std::size_t>(-length)), out);
    i += static_cast<std::size_t>(-length);
    run = i;
  }
  out.append(bytes.substr(run, i - run));
}

void Decoder::append_utf16(const char16_t* units, std::size_t count, std::string& out) {
  for (std::size_t i = 0; i < count; ++i) {
    const char16_t unit = units[i];
    if (high_surrogate_ != 0) {
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        put_utf8(out, 0x10000 + ((char32_t{high_surrogate_} - 0xD800) << 10) +
                          (char32_t{unit} - 0xDC00));
        high_surrogate_ = 0;
        continue;
      }
      out.append(kReplacement);
      high_surrogate_ = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      high_surrogate_ = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      out.append(kReplacement);
    } else {
      put_utf8(out, unit);
    }
  }
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
