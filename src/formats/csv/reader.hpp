// Reads CSV files into rows of UTF-8 text, one record at a time: the byte
// and text layer only. What the columns mean is layout.hpp's business.
#ifndef LIAISON_SRC_FORMATS_CSV_READER_HPP
#define LIAISON_SRC_FORMATS_CSV_READER_HPP

#include "formats/csv/dialect.hpp"
#include "formats/csv/encoding.hpp"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {

struct ReaderOptions {
  /// The encoding of the file: any name or alias ICU knows ("windows-1250",
  /// "latin1", "Shift_JIS", "UTF-16LE"). Empty: detect it (detect_encoding
  /// documents the rules). A name overrides the detection entirely; a
  /// leading byte order mark is still dropped when it reads as U+FEFF in
  /// the named encoding (a UTF-8 mark under "UTF-8", a UTF-16 one under
  /// "UTF-16LE").
  std::string encoding;
  /// The delimiter: any ASCII character but a double quote, CR, LF or NUL.
  /// Empty: a "sep=" first line, else detect_delimiter.
  std::optional<char> delimiter;
  /// A field longer than this, in bytes of UTF-8, is a ReadError.
  std::size_t max_field_bytes = std::size_t{1} << 20;  // 1 MiB
  /// A record longer than this, in bytes of UTF-8 from its first character
  /// to its line end (delimiters and quotes included), is a ReadError.
  std::size_t max_record_bytes = std::size_t{8} << 20;  // 8 MiB
  /// A file longer than this, in bytes as stored, is a ReadError.
  std::uint64_t max_file_bytes = std::uint64_t{4} << 30;  // 4 GiB
  /// How many bytes each read from the stream asks for (tests make it
  /// tiny to cut characters, quotes and line ends at chunk edges).
  std::size_t chunk_bytes = std::size_t{64} << 10;
};

/// One record. `fields` and `quoted` have the same size, at least 1.
struct Row {
  std::vector<std::string> fields;  ///< UTF-8
  std::vector<bool> quoted;         ///< whether each field was written in quotes
  std::size_t line = 0;             ///< 1-based physical line where the record starts
};

/// A place in the file and what happened there. Lines are physical lines,
/// 1-based: CR LF, LF and a lone CR each end one, inside quotes too.
/// Columns are 1-based characters (Unicode code points of the decoded
/// text, not bytes) from the start of that line; 0 when the remark is
/// about the whole line, and line 0 when it is about the whole file.
struct Remark {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;  ///< without the position; UTF-8
};

/// Thrown for problems that stop the reading: a quoted field still open at
/// the end of the file, a field, record or file past its limit, an unknown
/// encoding or bad delimiter in the options, a stream that fails. what()
/// is "line L, column C: message" (less when line or column is 0).
struct ReadError : std::runtime_error {
  explicit ReadError(Remark where);
  Remark remark;
};

/// Reads records from a stream of bytes. The constructor finds the
/// encoding (unless ReaderOptions::encoding names it) and the delimiter.
/// To detect the encoding it reads the whole stream once and seeks back,
/// then parses it in a second pass; a stream that cannot seek (a pipe) is
/// judged on its first 4 MiB instead. Memory stays bounded by the largest
/// record plus a 64 KiB window, whatever the size of the file.
///
/// Parsing is RFC 4180 with the leniency real exports need:
///  - a record ends at CR LF, LF or CR outside quotes; inside quotes those
///    are kept exactly as written and advance the line count;
///  - "" inside a quoted field is one quote; a quote inside an unquoted
///    field is kept as a character;
///  - unquoted fields are trimmed of spaces (and of tabs unless the tab is
///    the delimiter), so ", " separated files read as intended; spaces
///    before an opening quote and after a closing quote are skipped, the
///    spaces inside quotes kept;
///  - text after a closing quote and before the delimiter is appended to
///    the field, with a warning;
///  - rows come back with as many fields as they have (the caller decides
///    what a short or long row means); a blank line is a row of one empty
///    unquoted field, with its line number;
///  - NUL characters are dropped, with one warning per record naming the
///    first; a leading U+FEFF (byte order mark) is dropped silently;
///  - a "sep=X" first line (Excel) sets the delimiter unless the options
///    name one, and is never returned as a row.
///
/// A quoted field still open at the end of the file is a ReadError naming
/// the line and column of its opening quote.
class Reader {
 public:
  /// Throws ReadError (stream failure, unknown encoding, bad delimiter,
  /// file past max_file_bytes). The stream must outlive the Reader.
  Reader(std::istream& input, const ReaderOptions& options = {});
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// Reads the next record into `row` (replacing its contents); false at
  /// the end of the input. Throws ReadError; after one, every call throws
  /// the same error again.
  bool next(Row& row);

  /// The encoding the bytes are read in: the option as given, or what
  /// detect_encoding named ("UTF-8", "windows-1250", ...).
  const std::string& encoding() const noexcept;
  /// The delimiter in use.
  char delimiter() const noexcept;
  /// Whether the file began with a "sep=" line (consumed, not a row).
  bool had_sep_line() const noexcept;
  /// Bytes of the stream the parse has read so far (a chunk ahead of the
  /// records returned; the detection pass is not counted), for progress.
  std::uint64_t bytes_read() const noexcept;
  /// The warnings since the last call, oldest first. At most 1000 are kept
  /// between two calls; a last remark counts the ones left out.
  std::vector<Remark> take_warnings();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
