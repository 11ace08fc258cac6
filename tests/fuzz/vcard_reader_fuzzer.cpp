// libFuzzer target for the vCard reader, and the writer behind it: any
// bytes must come out as cards of valid UTF-8 or as error items, never as a
// crash, a sanitizer report or an exception other than ReadError; the
// chunk size the bytes arrive in must not change the lines; and whatever
// was read must write back as lines of at most 75 octets that unfold to
// the unfolded line.
//
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DLIAISON_FUZZ=ON
//   cmake --build build/fuzz --target vcard_reader_fuzzer
//   build/fuzz/tests/fuzz/vcard_reader_fuzzer -max_total_time=60 corpus/ tests/fixtures/vcard
#include "formats/vcard/byte_input.hpp"
#include "formats/vcard/reader.hpp"
#include "formats/vcard/writer.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace liaison::vcard;

void require(bool condition) {
  if (!condition) std::abort();
}

std::vector<std::pair<std::size_t, std::string>> physical_lines(const std::string& bytes,
                                                                std::size_t chunk) {
  std::istringstream in(bytes);
  ByteInput input(in, std::size_t{1} << 20, std::uint64_t{1} << 30, chunk);
  std::vector<std::pair<std::size_t, std::string>> lines;
  PhysicalLine line;
  while (input.next(line)) lines.emplace_back(line.number, std::string(line.text));
  return lines;
}

void check_text(const Property& property) {
  require(liaison::text::is_valid_utf8(property.group));
  require(liaison::text::is_valid_utf8(property.name));
  require(liaison::text::is_valid_utf8(property.value));
  for (const Parameter& parameter : property.parameters) {
    require(liaison::text::is_valid_utf8(parameter.name));
    for (const std::string& value : parameter.values) {
      require(liaison::text::is_valid_utf8(value));
    }
  }
}

// Every physical line at most 75 octets, and removing the folds gives the
// unfolded output back.
void check_folding(const Card& card) {
  WriterOptions folded;
  WriterOptions unfolded;
  unfolded.fold = false;
  std::ostringstream a;
  std::ostringstream b;
  write_card(a, card, folded);
  write_card(b, card, unfolded);
  const std::string text = a.str();
  std::string joined;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    require(end != std::string::npos);
    require(end - start <= 75);
    if (text[start] == ' ' && start > 0) {
      joined.erase(joined.size() - 2);  // the CRLF of the line this continues
      joined.append(text, start + 1, end - start - 1);
    } else {
      joined.append(text, start, end - start);
    }
    joined.append("\r\n");
    start = end + 2;
  }
  require(joined == b.str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::size_t chunk = 1 + data[0] % 16;
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  require(physical_lines(bytes, chunk) == physical_lines(bytes, std::size_t{1} << 16));

  ReaderOptions options;
  options.limits.max_line_bytes = 512;
  options.limits.max_base64_bytes = 1024;
  options.limits.max_card_bytes = 4096;
  if ((data[0] & 0x80) != 0) options.charset = "KOI8-R";
  std::istringstream in(bytes);
  Reader reader(in, options);
  try {
    while (std::optional<ReadItem> item = reader.next()) {
      for (const Property& property : item->card.properties) {
        check_text(property);
        (void)split_components(property.value, item->card.version);
        (void)split_list(property.value, item->card.version);
        require(liaison::text::is_valid_utf8(unescape_text(property.value, item->card.version)));
      }
      for (const Remark& warning : item->warnings) {
        require(liaison::text::is_valid_utf8(warning.message));
      }
      if (item->error) {
        require(liaison::text::is_valid_utf8(item->error->message));
      } else {
        check_folding(item->card);
      }
    }
  } catch (const ReadError& error) {
    require(liaison::text::is_valid_utf8(error.remark.message));
  }
  return 0;
}
