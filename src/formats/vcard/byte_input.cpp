#include "formats/vcard/byte_input.hpp"

#include "formats/vcard/reader.hpp"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

// Enough of the start of a file to tell UTF-16 from 8-bit text.
constexpr std::size_t kSniffBytes = 512;

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

constexpr char32_t kReplacement = 0xFFFD;

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

ByteInput::ByteInput(std::istream& input, std::size_t max_line_bytes, std::uint64_t max_file_bytes,
                     std::size_t chunk_bytes)
    : input_(input),
      max_line_bytes_(max_line_bytes),
      max_file_bytes_(max_file_bytes),
      chunk_bytes_(chunk_bytes == 0 ? 1 : chunk_bytes) {
  // The encoding is known before the first line is asked for, so that
  // Reader::file_encoding() answers right away; trouble waits for next().
  try {
    std::string first;
    while (!eof_ && first.size() < kSniffBytes) {
      read_chunk();
      first.append(raw_);
    }
    raw_.swap(first);
    detect_encoding();
  } catch (const ReadError& e) {
    failure_ = e.remark.message;
  } catch (const std::exception& e) {
    failure_ = std::string("cannot read the input: ").append(e.what());
  }
}

void ByteInput::read_chunk() {
  raw_.resize(chunk_bytes_);
  std::streamsize got = 0;
  if (input_.good()) {
    input_.read(raw_.data(), static_cast<std::streamsize>(chunk_bytes_));
    got = input_.gcount();
  }
  raw_.resize(static_cast<std::size_t>(got));
  if (input_.bad()) {
    throw ReadError{Remark{line_number_, "cannot read the input: the stream failed"}};
  }
  if (!input_.good()) eof_ = true;
  file_bytes_ += static_cast<std::uint64_t>(got);
  if (file_bytes_ > max_file_bytes_) {
    throw ReadError{Remark{line_number_, std::string("the file is larger than max_file_bytes (")
                                             .append(std::to_string(max_file_bytes_))
                                             .append(" bytes)")}};
  }
}

void ByteInput::detect_encoding() {
  std::string_view head = raw_;
  if (starts_with(head, "\xEF\xBB\xBF")) {
    had_bom_ = true;
    head.remove_prefix(3);
  } else if (starts_with(head, "\xFF\xFE")) {
    had_bom_ = true;
    utf16_ = Utf16::little;
    head.remove_prefix(2);
  } else if (starts_with(head, "\xFE\xFF")) {
    had_bom_ = true;
    utf16_ = Utf16::big;
    head.remove_prefix(2);
  } else {
    // Without a BOM, ASCII text in UTF-16 has a zero byte in every other
    // place, and 8-bit text has none: "BEGIN" alone settles it.
    const std::size_t n = head.size() < kSniffBytes ? head.size() : kSniffBytes;
    std::size_t zero_even = 0;
    std::size_t zero_odd = 0;
    for (std::size_t i = 0; i + 1 < n; i += 2) {
      zero_even += head[i] == '\0';
      zero_odd += head[i + 1] == '\0';
    }
    const std::size_t units = n / 2;
    if (units > 0 && zero_even * 2 > units && zero_odd * 4 <= zero_even) utf16_ = Utf16::big;
    if (units > 0 && zero_odd * 2 > units && zero_even * 4 <= zero_odd) utf16_ = Utf16::little;
  }
  if (utf16_ == Utf16::little) encoding_ = "UTF-16LE";
  if (utf16_ == Utf16::big) encoding_ = "UTF-16BE";
  append_decoded(head);
}

void ByteInput::append_decoded(std::string_view raw) {
  if (utf16_ == Utf16::none) {
    buffer_.append(raw);
    return;
  }
  const bool little = utf16_ == Utf16::little;
  auto emit = [this](char16_t unit) {
    if (high_surrogate_ != 0) {
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        put_utf8(buffer_, 0x10000 + ((char32_t{high_surrogate_} - 0xD800) << 10) +
                              (char32_t{unit} - 0xDC00));
        high_surrogate_ = 0;
        return;
      }
      put_utf8(buffer_, kReplacement);
      high_surrogate_ = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      high_surrogate_ = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      put_utf8(buffer_, kReplacement);
    } else {
      put_utf8(buffer_, unit);
    }
  };
  auto unit_of = [little](char a, char b) {
    const auto lo = static_cast<unsigned char>(little ? a : b);
    const auto hi = static_cast<unsigned char>(little ? b : a);
    return static_cast<char16_t>(lo | (hi << 8));
  };
  std::size_t i = 0;
  if (!odd_byte_.empty() && !raw.empty()) {
    emit(unit_of(odd_byte_[0], raw[0]));
    odd_byte_.clear();
    i = 1;
  }
  for (; i + 1 < raw.size(); i += 2) emit(unit_of(raw[i], raw[i + 1]));
  if (i < raw.size()) odd_byte_.assign(1, raw[i]);
  if (eof_) {
    // A file that stops inside a character ends with a replacement for it.
    if (high_surrogate_ != 0 || !odd_byte_.empty()) put_utf8(buffer_, kReplacement);
    high_surrogate_ = 0;
    odd_byte_.clear();
  }
}

void ByteInput::compact() {
  buffer_.erase(0, pos_);
  pos_ = 0;
}

ByteInput::Scan ByteInput::scan(std::size_t& end, std::size_t& after) {
  while (true) {
    const char* data = buffer_.data();
    const std::size_t size = buffer_.size();
    std::size_t i = pos_ + scanned_;
    while (i < size && data[i] != '\n' && data[i] != '\r') ++i;
    if (i < size) {
      end = i;
      if (data[i] == '\n') {
        after = i + 1;
        return Scan::line;
      }
      // A CR may be followed by LF, or by CR LF (iOS): one line end either
      // way. Deciding may need the next two bytes.
      const bool cr_cr = i + 1 < size && data[i + 1] == '\r';
      if (!eof_ && (i + 1 >= size || (cr_cr && i + 2 >= size))) {
        scanned_ = i - pos_;
        refill();
        continue;
      }
      if (i + 1 < size && data[i + 1] == '\n') {
        after = i + 2;
      } else if (cr_cr && i + 2 < size && data[i + 2] == '\n') {
        after = i + 3;
      } else {
        after = i + 1;
      }
      return Scan::line;
    }
    if (eof_) return Scan::eof;
    if (size - pos_ > max_line_bytes_) return Scan::too_long;
    scanned_ = size - pos_;
    refill();
  }
}

void ByteInput::refill() {
  compact();
  read_chunk();
  append_decoded(raw_);
}

bool ByteInput::next(PhysicalLine& line) {
  if (failure_) throw ReadError{Remark{0, *failure_}};
  std::size_t end = 0;
  std::size_t after = 0;
  while (skipping_) {
    // Drop what is left of a line that was too long, without keeping it.
    switch (scan(end, after)) {
      case Scan::line:
        pos_ = after;
        scanned_ = 0;
        skipping_ = false;
        break;
      case Scan::too_long:
        pos_ = buffer_.size();
        scanned_ = 0;
        refill();
        break;
      case Scan::eof:
        pos_ = buffer_.size();
        scanned_ = 0;
        return false;
    }
  }
  const Scan result = scan(end, after);
  if (result == Scan::eof) {
    if (pos_ == buffer_.size()) return false;
    end = after = buffer_.size();
  }
  line.number = ++line_number_;
  line.truncated = result == Scan::too_long || end - pos_ > max_line_bytes_;
  const std::size_t length = line.truncated ? max_line_bytes_ : end - pos_;
  line.text = std::string_view(buffer_.data() + pos_, length);
  if (result == Scan::too_long) {
    // The rest of this line is in no buffer yet: skip it on the next call.
    after = buffer_.size();
    skipping_ = true;
  }
  pos_ = after;
  scanned_ = 0;
  return true;
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
