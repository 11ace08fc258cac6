// The byte layer of the vCard reader: finds the file's encoding from its
// first bytes, turns UTF-16 into UTF-8 as it goes, and hands out physical
// lines. Everything above it sees UTF-8 (or legacy 8-bit) lines only.
#ifndef LIAISON_SRC_FORMATS_VCARD_BYTE_INPUT_HPP
#define LIAISON_SRC_FORMATS_VCARD_BYTE_INPUT_HPP

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {

/// One physical line, without its line end.
struct PhysicalLine {
  std::string_view text;   ///< valid until the next call to ByteInput::next
  std::size_t number = 0;  ///< 1-based
  bool truncated = false;  ///< the line was longer than the cap; `text` is its start
};

/// Reads a stream in chunks and splits it into physical lines. CR LF, LF,
/// bare CR and the CR CR LF that iOS writes each end one line. A UTF-8 BOM
/// is dropped; a UTF-16 BOM, or zero bytes in every other place of the
/// first bytes, make the input UTF-16, converted to UTF-8 on the fly
/// (unpaired surrogates become U+FFFD). Memory stays within one chunk plus
/// `max_line_bytes`: a longer line is cut and flagged, the rest skipped.
class ByteInput {
 public:
  /// Reads the first chunk to find the encoding. Failures of the stream
  /// and the file limit are reported by next(), never by the constructor.
  ByteInput(std::istream& input, std::size_t max_line_bytes, std::uint64_t max_file_bytes,
            std::size_t chunk_bytes = std::size_t{64} << 10);

  /// The next line; false at the end of the input. Throws ReadError when
  /// the stream fails or the file grows past max_file_bytes.
  bool next(PhysicalLine& line);

  /// "UTF-8", "UTF-16LE" or "UTF-16BE".
  const std::string& encoding() const noexcept { return encoding_; }
  /// Whether the encoding was declared by a byte order mark.
  bool had_bom() const noexcept { return had_bom_; }
  bool is_utf16() const noexcept { return utf16_ != Utf16::none; }

 private:
  enum class Utf16 { none, little, big };
  enum class Scan { line, eof, too_long };

  void read_chunk();
  void detect_encoding();
  void append_decoded(std::string_view raw);
  void compact();
  void refill();
  // Finds the end of the line at pos_, reading more as needed: the line is
  // [pos_, end) and the next one starts at `after`.
  Scan scan(std::size_t& end, std::size_t& after);

  std::istream& input_;
  std::size_t max_line_bytes_;
  std::uint64_t max_file_bytes_;
  std::size_t chunk_bytes_;

  std::string raw_;     // the last chunk as read
  std::string buffer_;  // decoded text; lines start at pos_
  std::size_t pos_ = 0;
  std::size_t scanned_ = 0;  // bytes after pos_ known to hold no line end
  bool eof_ = false;
  bool skipping_ = false;  // dropping the rest of a truncated line
  std::uint64_t file_bytes_ = 0;
  std::size_t line_number_ = 0;
  std::optional<std::string> failure_;  // stream trouble seen by the constructor

  std::string encoding_ = "UTF-8";
  bool had_bom_ = false;
  Utf16 utf16_ = Utf16::none;
  std::string odd_byte_;         // half of a UTF-16 unit split by a chunk
  char16_t high_surrogate_ = 0;  // waiting for its low half
};

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
