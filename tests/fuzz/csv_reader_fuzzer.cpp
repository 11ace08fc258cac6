// libFuzzer target for the CSV reader: any bytes must come out as rows of
// valid UTF-8 or as a ReadError, never as a crash, a sanitizer report or
// another exception; the chunk size the bytes arrive in, and whether the
// stream can seek, must not change a single row, line or error.
//
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DLIAISON_FUZZ=ON
//   cmake --build build/fuzz --target csv_reader_fuzzer
//   build/fuzz/tests/fuzz/csv_reader_fuzzer -max_total_time=60 corpus/ tests/fixtures/csv
#include "formats/csv/reader.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <istream>
#include <optional>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

namespace {

using namespace liaison::csv;

void require(bool condition) {
  if (!condition) std::abort();
}

// A stream that cannot seek, as a pipe.
struct PipeBuffer : std::streambuf {
  explicit PipeBuffer(const std::string& bytes) : data(bytes) {
    setg(data.data(), data.data(), data.data() + data.size());
  }
  std::string data;
};

struct Outcome {
  std::vector<Row> rows;
  std::optional<Remark> error;
  std::string encoding;
  char delimiter = 0;
};

bool same_rows(const std::vector<Row>& a, const std::vector<Row>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].fields != b[i].fields || a[i].quoted != b[i].quoted || a[i].line != b[i].line) {
      return false;
    }
  }
  return true;
}

bool same_error(const std::optional<Remark>& a, const std::optional<Remark>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->line == b->line && a->column == b->column && a->message == b->message);
}

Outcome read_all(std::istream& in, const ReaderOptions& options) {
  Outcome outcome;
  try {
    Reader reader(in, options);
    outcome.encoding = reader.encoding();
    outcome.delimiter = reader.delimiter();
    Row row;
    std::size_t last_line = 0;
    while (reader.next(row)) {
      require(!row.fields.empty());
      require(row.fields.size() == row.quoted.size());
      require(row.line > last_line);
      last_line = row.line;
      for (const std::string& field : row.fields) {
        require(field.size() <= options.max_field_bytes);
        require(liaison::text::is_valid_utf8(field));
      }
      for (const Remark& warning : reader.take_warnings()) {
        require(liaison::text::is_valid_utf8(warning.message));
      }
      outcome.rows.push_back(row);
    }
    require(!reader.next(row));  // the end stays the end
  } catch (const ReadError& error) {
    require(liaison::text::is_valid_utf8(error.remark.message));
    outcome.error = error.remark;
  }
  return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t control = data[0];
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  ReaderOptions options;
  options.max_field_bytes = 256;
  options.max_record_bytes = 1024;
  static const char* const kEncodings[] = {"",          "",        "", "", "UTF-8", "windows-1250",
                                           "Shift_JIS", "UTF-16LE"};
  options.encoding = kEncodings[control >> 5];
  if ((control & 0x10) != 0) options.delimiter = ";,\t|"[control & 3];

  options.chunk_bytes = std::size_t{64} << 10;
  std::istringstream whole(bytes);
  const Outcome reference = read_all(whole, options);

  options.chunk_bytes = 1 + (control & 0x0F);
  std::istringstream chunked(bytes);
  const Outcome small = read_all(chunked, options);
  require(same_rows(reference.rows, small.rows));
  require(same_error(reference.error, small.error));
  require(reference.encoding == small.encoding && reference.delimiter == small.delimiter);

  PipeBuffer buffer(bytes);
  std::istream pipe(&buffer);
  const Outcome piped = read_all(pipe, options);
  require(same_rows(reference.rows, piped.rows));
  require(same_error(reference.error, piped.error));
  require(reference.encoding == piped.encoding && reference.delimiter == piped.delimiter);
  return 0;
}
