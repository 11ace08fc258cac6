#include "formats/csv/reader.hpp"

#include "formats/csv/dialect.hpp"
#include "formats/csv/encoding.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <istream>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

// Decoded text read ahead before the first record, for the "sep=" line
// and the delimiter guess.
constexpr std::size_t kWindowBytes = std::size_t{64} << 10;
// What a stream that cannot seek is judged on.
constexpr std::size_t kHeadBytes = std::size_t{4} << 20;
constexpr std::size_t kMaxWarnings = 1000;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string describe(const Remark& where) {
  std::string out;
  if (where.line > 0) {
    out.append("line ").append(std::to_string(where.line));
    if (where.column > 0) out.append(", column ").append(std::to_string(where.column));
    out.append(": ");
  }
  return out.append(where.message);
}

[[noreturn]] void fail(std::size_t line, std::size_t column, std::string message) {
  throw ReadError(Remark{line, column, std::move(message)});
}

std::istream::pos_type position_of(std::istream& input) {
  try {
    return input.tellg();
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception&) {
    return std::istream::pos_type(-1);
  }
}

// How many more bytes cross `limit` when `used` are used already.
std::size_t room_past(std::size_t limit, std::size_t used) noexcept {
  const std::size_t left = used >= limit ? 0 : limit - used;
  return left == std::numeric_limits<std::size_t>::max() ? left : left + 1;
}

bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

ReadError::ReadError(Remark where)
    : std::runtime_error(describe(where)), remark(std::move(where)) {}

struct Reader::State {
  enum class Phase {
    field_start,  // nothing of the field yet but blanks
    unquoted,
    quoted,
    after_quote,  // right after a closing quote: "" there is a quote
    closed,       // blanks after a closing quote
  };

  State(std::istream& in, const ReaderOptions& opts);
  bool read(Row& row);

  bool is_blank(char c) const noexcept { return (c == ' ' || c == '\t') && c != delimiter; }
  bool read_raw(std::string& out);
  bool fill();
  bool more();
  void consume() noexcept {
    if (!is_continuation(buffer[pos])) ++column;
    ++pos;
  }
  void warn(std::size_t line_number, std::size_t column_number, std::string message);
  void note_stray_bytes(const DetectedEncoding& found);

  std::istream& input;
  ReaderOptions options;
  std::string encoding;
  DetectedEncoding detected;
  char delimiter = ',';
  bool had_sep_line = false;

  // Bytes as stored. A stream that cannot seek leaves its first bytes in
  // `head`, read for the detection and parsed from there.
  std::string head;
  std::size_t head_pos = 0;
  bool stream_done = false;
  std::uint64_t stream_bytes = 0;  // read from the stream by this pass, head included
  std::uint64_t bytes_read = 0;    // handed to the decoder
  std::string raw;

  // Decoded text; the parse is at `pos`.
  std::unique_ptr<Decoder> decoder;
  std::string buffer;
  std::size_t pos = 0;
  bool decoded_all = false;

  std::size_t line = 1;
  std::size_t column = 0;  // characters of the current line consumed

  std::vector<Remark> warnings;
  std::size_t warnings_left_out = 0;
  std::optional<ReadError> failure;
};

Reader::State::State(std::istream& in, const ReaderOptions& opts) : input(in), options(opts) {
  if (options.chunk_bytes == 0) options.chunk_bytes = 1;
  if (options.delimiter) {
    const char d = *options.delimiter;
    if (static_cast<unsigned char>(d) >= 0x80 || d == '"' || d == '\r' || d == '\n' || d == '\0') {
      fail(0, 0,
           "the delimiter must be an ASCII character other than a double quote, CR, LF or NUL");
    }
  }

  if (!options.encoding.empty()) {
    encoding = options.encoding;
  } else if (position_of(input) != std::istream::pos_type(-1)) {
    detected = sniff_encoding(input, options.max_file_bytes, options.chunk_bytes);
  } else {
    std::string piece;
    while (head.size() < kHeadBytes) {
      if (!read_bytes(input, piece, std::min(kWindowBytes, kHeadBytes - head.size()))) {
        stream_done = true;
        break;
      }
      head.append(piece);
      stream_bytes += piece.size();
      if (stream_bytes > options.max_file_bytes) {
        fail(0, 0,
             "the file is larger than max_file_bytes (" + std::to_string(options.max_file_bytes) +
                 " bytes)");
      }
    }
    std::istringstream view(std::move(head));
    detected = sniff_encoding(view, options.max_file_bytes, options.chunk_bytes, stream_done);
    head = std::move(view).str();
  }
  if (options.encoding.empty()) {
    encoding = detected.name;
    note_stray_bytes(detected);
  }
  decoder = std::make_unique<Decoder>(encoding, detected.stray_code_page);

  while (buffer.size() < kWindowBytes && fill()) {
  }
  if (buffer.compare(0, kByteOrderMark.size(), kByteOrderMark) == 0) pos = kByteOrderMark.size();

  // Exactly the window, whatever the chunks: the guess must not depend on them.
  const std::string_view text = std::string_view(buffer).substr(pos, kWindowBytes);
  const std::size_t end = text.find_first_of("\r\n");
  if (end != std::string_view::npos || (decoded_all && buffer.size() - pos <= kWindowBytes)) {
    if (const std::optional<char> sep = parse_sep_line(text.substr(0, end))) {
      had_sep_line = true;
      delimiter = *sep;
      if (end == std::string_view::npos) {
        pos = buffer.size();
      } else {
        pos += end + 1;
        if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++pos;
      }
      line = 2;
    }
  }
  if (options.delimiter) {
    delimiter = *options.delimiter;
  } else if (!had_sep_line) {
    delimiter = detect_delimiter(std::string_view(buffer).substr(pos, kWindowBytes));
  }
}

bool Reader::State::read_raw(std::string& out) {
  if (head_pos < head.size()) {
    const std::size_t n = std::min(options.chunk_bytes, head.size() - head_pos);
    out.assign(head, head_pos, n);
    head_pos += n;
    bytes_read += n;
    if (head_pos == head.size()) {
      head = std::string();
      head_pos = 0;
    }
    return true;
  }
  if (stream_done) return false;
  if (!read_bytes(input, out, options.chunk_bytes)) {
    stream_done = true;
    return false;
  }
  stream_bytes += out.size();
  bytes_read += out.size();
  if (stream_bytes > options.max_file_bytes) {
    fail(0, 0,
         "the file is larger than max_file_bytes (" + std::to_string(options.max_file_bytes) +
             " bytes)");
  }
  return true;
}

// Appends decoded text to the buffer; false when the input has no more.
bool Reader::State::fill() {
  const std::size_t before = buffer.size();
  while (buffer.size() == before && !decoded_all) {
    if (read_raw(raw)) {
      decoder->decode(raw, false, buffer);
    } else {
      decoder->decode({}, true, buffer);
      decoded_all = true;
    }
  }
  return buffer.size() > before;
}

// Makes sure a character is at `pos`; false at the end of the input.
bool Reader::State::more() {
  if (pos < buffer.size()) return true;
  buffer.clear();
  pos = 0;
  return fill();
}

void Reader::State::warn(std::size_t line_number, std::size_t column_number, std::string message) {
  if (warnings.size() < kMaxWarnings) {
    warnings.push_back(Remark{line_number, column_number, std::move(message)});
  } else {
    ++warnings_left_out;
  }
}

// A UTF-8 file with a few bytes of another encoding: each line that has
// them is named (the first few), so that a user can check the names there.
void Reader::State::note_stray_bytes(const DetectedEncoding& found) {
  if (found.stray_code_page.empty()) return;
  for (std::size_t at : found.stray_lines) {
    warn(at, 0, "bytes that are not UTF-8 were read as " + found.stray_code_page);
  }
  if (found.stray_lines.size() >= DetectedEncoding::lines_kept) {
    warn(0, 0,
         "the file is UTF-8 but for " + std::to_string(found.stray_sequences) +
             " stray byte sequences, read as " + found.stray_code_page +
             "; the first lines that have them are named");
  }
}

bool Reader::State::read(Row& row) {
  row.fields.clear();
  row.quoted.clear();
  if (!more()) return false;
  row.line = line;

  Phase phase = Phase::field_start;
  std::string field;
  bool quoted = false;
  std::size_t floor = 0;  // trailing blanks are trimmed down to here, never into the quotes
  std::size_t field_line = line;
  std::size_t field_column = column + 1;
  std::size_t record_bytes = 0;
  std::size_t nuls = 0;
  std::size_t nul_line = 0;
  std::size_t nul_column = 0;
  std::size_t counted_to = pos;  // buffer offset up to which record_bytes is counted

  auto count_bytes = [&] {
    record_bytes += pos - counted_to;
    counted_to = pos;
    if (record_bytes > options.max_record_bytes) {
      fail(row.line, 1,
           "the record is longer than max_record_bytes (" +
               std::to_string(options.max_record_bytes) + " bytes)");
    }
  };
  auto check_field = [&] {
    if (field.size() > options.max_field_bytes) {
      fail(field_line, field_column,
           "the field is longer than max_field_bytes (" + std::to_string(options.max_field_bytes) +
               " bytes)");
    }
  };
  // Where a run of field text may go to: the end of the buffer, or one
  // byte past the first limit it would cross, so that the limit crossed
  // first in the file is the one reported, however the text was chunked.
  auto run_end = [&] {
    const std::size_t room = std::min(room_past(options.max_field_bytes, field.size()),
                                      room_past(options.max_record_bytes, record_bytes));
    return buffer.size() - pos > room ? pos + room : buffer.size();
  };
  // more() drops the consumed text: count it first.
  auto next_char = [&] {
    count_bytes();
    if (pos < buffer.size()) return true;
    const bool got = more();
    counted_to = pos;
    return got;
  };
  auto finish_field = [&] {
    while (field.size() > floor && is_blank(field.back())) field.pop_back();
    row.fields.push_back(std::move(field));
    row.quoted.push_back(quoted);
    field = std::string();
    quoted = false;
    floor = 0;
  };
  auto finish_record = [&](bool at_line_end) {
    if (at_line_end) {
      // The line end at pos: CR LF, LF or CR.
      const char end = buffer[pos];
      consume();
      if (end == '\r' && next_char() && buffer[pos] == '\n') consume();
      count_bytes();
      ++line;
      column = 0;
    }
    finish_field();
    if (nuls > 0) {
      warn(nul_line, nul_column,
           nuls == 1 ? std::string("a NUL character was dropped")
                     : std::to_string(nuls) + " NUL characters were dropped from this record, " +
                           "the first here");
    }
    return true;
  };

  while (true) {
    if (!next_char()) {
      if (phase == Phase::quoted) {
        fail(field_line, field_column,
             "the quoted field that opens here is never closed: the file ends inside it");
      }
      return finish_record(false);
    }
    const char c = buffer[pos];
    if (c == '\0') {
      if (nuls++ == 0) {
        nul_line = line;
        nul_column = column + 1;
      }
      consume();
      continue;
    }
    switch (phase) {
      case Phase::field_start:
        if (c == delimiter) {
          consume();
          finish_field();
        } else if (c == '"') {
          field_line = line;
          field_column = column + 1;
          consume();
          quoted = true;
          phase = Phase::quoted;
        } else if (c == '\r' || c == '\n') {
          return finish_record(true);
        } else if (is_blank(c)) {
          consume();
        } else {
          field_line = line;
          field_column = column + 1;
          phase = Phase::unquoted;
        }
        break;

      case Phase::unquoted: {
        const std::size_t start = pos;
        const std::size_t size = buffer.size();
        const char* data = buffer.data();
        const std::size_t end = run_end();
        std::size_t i = pos;
        std::size_t characters = 0;
        for (; i < end; ++i) {
          const char b = data[i];
          if (b == delimiter || b == '\r' || b == '\n' || b == '\0') break;
          characters += !is_continuation(b);
        }
        field.append(data + start, i - start);
        column += characters;
        pos = i;
        check_field();
        if (pos < size && data[pos] == delimiter) {
          consume();
          finish_field();
          phase = Phase::field_start;
        } else if (pos < size && (data[pos] == '\r' || data[pos] == '\n')) {
          return finish_record(true);
        }
        break;
      }

      case Phase::quoted: {
        const std::size_t start = pos;
        const std::size_t size = buffer.size();
        const char* data = buffer.data();
        const std::size_t end = run_end();
        std::size_t i = pos;
        std::size_t characters = 0;
        for (; i < end; ++i) {
          const char b = data[i];
          if (b == '"' || b == '\r' || b == '\n' || b == '\0') break;
          characters += !is_continuation(b);
        }
        field.append(data + start, i - start);
        column += characters;
        pos = i;
        if (pos < size && data[pos] == '"') {
          consume();
          floor = field.size();
          phase = Phase::after_quote;
        } else if (pos < size && (data[pos] == '\r' || data[pos] == '\n')) {
          // A line break inside quotes is part of the value, as written.
          const char end = data[pos];
          field.push_back(end);
          consume();
          if (end == '\r' && next_char() && buffer[pos] == '\n') {
            field.push_back('\n');
            consume();
          }
          ++line;
          column = 0;
        }
        check_field();
        break;
      }

      case Phase::after_quote:
      case Phase::closed:
        if (c == '"' && phase == Phase::after_quote) {
          field.push_back('"');
          consume();
          phase = Phase::quoted;
          check_field();
        } else if (c == delimiter) {
          consume();
          finish_field();
          phase = Phase::field_start;
        } else if (c == '\r' || c == '\n') {
          return finish_record(true);
        } else if (is_blank(c)) {
          field.push_back(c);
          consume();
          phase = Phase::closed;
        } else {
          warn(line, column + 1,
               "text after the closing quote of the field that opens at line " +
                   std::to_string(field_line) + ", column " + std::to_string(field_column) +
                   " is kept as part of the field");
          phase = Phase::unquoted;
        }
        break;
    }
  }
}

Reader::Reader(std::istream& input, const ReaderOptions& options)
    : state_(std::make_unique<State>(input, options)) {}

Reader::~Reader() = default;

bool Reader::next(Row& row) {
  State& s = *state_;
  if (s.failure) throw *s.failure;
  try {
    return s.read(row);
  } catch (const ReadError& error) {
    s.failure = error;
    throw;
  }
}

const std::string& Reader::encoding() const noexcept { return state_->encoding; }

char Reader::delimiter() const noexcept { return state_->delimiter; }

bool Reader::had_sep_line() const noexcept { return state_->had_sep_line; }

std::uint64_t Reader::bytes_read() const noexcept { return state_->bytes_read; }

std::vector<Remark> Reader::take_warnings() {
  std::vector<Remark> out = std::move(state_->warnings);
  state_->warnings.clear();
  if (state_->warnings_left_out > 0) {
    out.push_back(
        Remark{0, 0, std::to_string(state_->warnings_left_out) + " more warnings were left out"});
    state_->warnings_left_out = 0;
  }
  return out;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
