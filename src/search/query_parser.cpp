#include "search/query_parser.hpp"

#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace search {

namespace {

[[noreturn]] void refuse(const std::string& problem) {
  throw Error(errc::invalid_argument, "search query: " + problem);
}

// Length of the UTF-8 sequence a lead byte announces; 0 for a byte that can
// never start one.
std::size_t sequence_length(unsigned char lead) noexcept {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Refuses ill-formed UTF-8, naming the offset of the first bad sequence but
// never its bytes: the message ends up in logs and terminals.
void require_valid_utf8(std::string_view query) {
  if (text::is_valid_utf8(query)) return;
  std::size_t i = 0;
  while (i < query.size()) {
    const std::size_t len = sequence_length(static_cast<unsigned char>(query[i]));
    if (len == 0 || !text::is_valid_utf8(query.substr(i, len))) break;
    i += len;
  }
  refuse("invalid UTF-8 at byte offset " + std::to_string(i));
}

// The code point at `s[i]` of text already known to be well formed.
char32_t code_point_at(std::string_view s, std::size_t i, std::size_t len) noexcept {
  const auto byte = [&](std::size_t k) {
    return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]));
  };
  switch (len) {
    case 1: return byte(0);
    case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
             (byte(3) & 0x3F);
  }
}

// Unicode White_Space, plus every control character (C0, DEL, C1): a
// control character pasted from a document must never end up in a word.
bool is_separator(char32_t c) noexcept {
  if (c <= 0x20 || (c >= 0x7F && c <= 0xA0)) return true;
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

enum class Key { organization, country, tag, kind, title, event, as_of };

std::optional<Key> filter_key(std::string_view typed) {
  struct Name {
    std::string_view name;
    Key key;
  };
  static constexpr std::array<Name, 9> names{{{"org", Key::organization},
                                              {"organization", Key::organization},
                                              {"country", Key::country},
                                              {"tag", Key::tag},
                                              {"kind", Key::kind},
                                              {"title", Key::title},
                                              {"event", Key::event},
                                              {"as-of", Key::as_of},
                                              {"asof", Key::as_of}}};
  const std::string lower = text::to_lower_ascii(typed);
  for (const Name& n : names) {
    if (lower == n.name) return n.key;
  }
  return std::nullopt;
}

// A value echoed in a message, quoted and cut short: a query may be 4 kB.
std::string excerpt(std::string_view value) {
  constexpr std::size_t max_bytes = 64;
  // Appended piece by piece: GCC 12 at -O3 takes "literal" + std::string
  // for a copy of 2^63 bytes (a false -Wstringop-overflow).
  std::string out(1, '"');
  if (value.size() <= max_bytes) {
    out.append(value);
  } else {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    out.append(value.substr(0, cut));
    out.append("...");
  }
  out.push_back('"');
  return out;
}

RecordKind parse_kind(std::string_view value) {
  const std::string lower = text::to_lower_ascii(value);
  for (std::string_view person : {"person", "persons", "people"}) {
    if (lower == person) return RecordKind::person;
  }
  for (std::string_view org : {"org", "orgs", "organization", "organizations"}) {
    if (lower == org) return RecordKind::organization;
  }
  refuse("kind: " + excerpt(value) +
         " is not a kind of record; use person, persons, people, org, orgs, organization or "
         "organizations");
}

class Reader {
 public:
  explicit Reader(std::string_view query) : query_(query) {}

  ParsedQuery read() {
    while (skip_separators()) {
      const std::size_t start = pos_;
      while (!at_end() && !at_separator() && current() != U'"') advance();
      take(query_.substr(start, pos_ - start));
    }
    for (std::size_t i = 0; i < result_.words.size(); ++i) {
      if (i > 0) result_.text += ' ';
      result_.text += result_.words[i];
    }
    return std::move(result_);
  }

 private:
  bool at_end() const noexcept { return pos_ >= query_.size(); }
  std::size_t length() const noexcept {
    return sequence_length(static_cast<unsigned char>(query_[pos_]));
  }
  char32_t current() const noexcept { return code_point_at(query_, pos_, length()); }
  bool at_separator() const noexcept { return is_separator(current()); }
  void advance() noexcept { pos_ += length(); }

  // Outside a filter's quoted value a quote only separates words.
  bool skip_separators() noexcept {
    while (!at_end() && (at_separator() || current() == U'"')) advance();
    return !at_end();
  }

  void take(std::string_view word) {
    if (++count_ > max_query_words) {
      refuse("more than " + std::to_string(max_query_words) + " words");
    }
    const std::size_t colon = word.find(':');
    const std::optional<Key> key =
        colon == std::string_view::npos ? std::nullopt : filter_key(word.substr(0, colon));
    if (!key) {
      result_.words.emplace_back(word);
      return;
    }
    const std::string_view name = word.substr(0, colon + 1);
    std::string value(word.substr(colon + 1));
    if (value.empty() && !at_end() && current() == U'"') value = quoted_value();
    if (value.empty()) refuse("the filter " + std::string(name) + " has no value");
    apply(*key, name, std::move(value));
  }

  // From the opening quote under pos_ to the closing one or the end of the
  // query; runs of white space and control characters become one space.
  std::string quoted_value() {
    advance();
    std::string value;
    bool space = false;
    while (!at_end() && current() != U'"') {
      const std::size_t len = length();
      if (at_separator()) {
        space = !value.empty();
      } else {
        if (space) value += ' ';
        space = false;
        value.append(query_.substr(pos_, len));
      }
      pos_ += len;
    }
    if (!at_end()) advance();
    return value;
  }

  void apply(Key key, std::string_view name, std::string value) {
    switch (key) {
      case Key::organization: result_.organizations.push_back(std::move(value)); break;
      case Key::country: result_.countries.push_back(std::move(value)); break;
      case Key::tag: result_.tags.push_back(std::move(value)); break;
      case Key::title: result_.titles.push_back(std::move(value)); break;
      case Key::event: result_.events.push_back(std::move(value)); break;
      case Key::kind: {
        const RecordKind kind = parse_kind(value);
        // "kind:person kind:people" asks for one kind, not two.
        if (std::find(result_.kinds.begin(), result_.kinds.end(), kind) == result_.kinds.end()) {
          result_.kinds.push_back(kind);
        }
        break;
      }
      case Key::as_of: {
        const std::optional<PartialDate> date = PartialDate::parse(value);
        if (!date) {
          refuse(std::string(name) + " " + excerpt(value) +
                 " is not a date; use YYYY-MM-DD, YYYY-MM or YYYY");
        }
        if (result_.as_of && *result_.as_of != *date) {
          refuse("two different as-of: dates, " + result_.as_of->to_string() + " and " +
                 date->to_string());
        }
        result_.as_of = date;
        break;
      }
    }
  }

  std::string_view query_;
  std::size_t pos_ = 0;
  std::size_t count_ = 0;
  ParsedQuery result_;
};

}  // namespace

bool ParsedQuery::empty() const noexcept {
  return words.empty() && organizations.empty() && countries.empty() && tags.empty() &&
         titles.empty() && events.empty() && kinds.empty() && !as_of;
}

ParsedQuery parse_query(std::string_view query) {
  // The size first, so that a huge paste is refused without being scanned.
  if (query.size() > max_query_bytes) {
    refuse("the query is " + std::to_string(query.size()) + " bytes long; the limit is " +
           std::to_string(max_query_bytes) + " bytes");
  }
  require_valid_utf8(query);
  return Reader(query).read();
}

}  // namespace search
}  // namespace v1
}  // namespace liaison
