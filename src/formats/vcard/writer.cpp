#include "formats/vcard/writer.hpp"
#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

// RFC 6350 3.2: 75 octets per physical line, not counting the CRLF. A
// continuation line spends one of them on its leading space.
constexpr std::size_t max_line_octets = 75;
constexpr std::string_view line_end = "\r\n";
constexpr std::string_view fold_break = "\r\n ";

// A UTF-8 sequence is at most four octets, so a cut never has to move back
// more than three to reach the octet that starts one.
constexpr std::size_t max_continuation_octets = 3;

enum class Dialect { v3, v4 };

Dialect dialect_of(std::string_view version) {
  if (version == "4.0") return Dialect::v4;
  if (version == "3.0") return Dialect::v3;
  // 2.1 has other escapes and transfer encodings; writing it with the rules
  // below would produce a file that only looks like 2.1.
  std::string message = "vCard writer: version must be 3.0 or 4.0, not \"";
  message.append(version).append("\"");
  throw Error(errc::invalid_argument, message);
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// --- Folding -----------------------------------------------------------

// Where to end a physical line that may hold `limit` octets of `rest`
// (rest.size() > limit): at the limit, moved back to the start of the code
// point the limit falls in. Invalid UTF-8 (a run of continuation octets
// longer than a sequence can be) is cut at the limit: it is broken already,
// and the line must still end.
std::size_t fold_cut(std::string_view rest, std::size_t limit) {
  std::size_t cut = limit;
  for (std::size_t back = 0; back < max_continuation_octets && is_continuation(rest[cut]); ++back) {
    --cut;
  }
  return is_continuation(rest[cut]) ? limit : cut;
}

// Hands the physical lines of `line` to `emit` as string_views into
// `line` (pieces of content, fold breaks, the final CRLF), so that the same
// folding serves a stream and a buffer without copying the line first.
template <typename Emit>
void emit_physical(std::string_view line, bool fold, Emit&& emit) {
  std::size_t limit = max_line_octets;
  while (fold && line.size() > limit) {
    const std::size_t cut = fold_cut(line, limit);
    emit(line.substr(0, cut));
    emit(fold_break);
    line.remove_prefix(cut);
    limit = max_line_octets - 1;
  }
  emit(line);
  emit(line_end);
}

// --- Values ------------------------------------------------------------

// The first octet of `text` that `wanted` picks, or npos. A plain loop:
// string_view::find_first_of calls memchr on the set for every octet of
// the text, which was half the time of writing a card.
template <typename Predicate>
std::size_t find_octet(std::string_view text, Predicate wanted) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (wanted(text[i])) return i;
  }
  return std::string_view::npos;
}

bool is_line_break(char c) { return c == '\r' || c == '\n'; }

// The first CR or LF in `text`, or npos. Values are most of a card's
// octets and rarely hold a break, so two vectorised memchr passes (the
// second only up to the first LF) beat looking at each octet.
std::size_t find_line_break(std::string_view text) {
  const std::size_t end = text.find('\n');
  const std::size_t cr = text.substr(0, end).find('\r');
  return cr != std::string_view::npos ? cr : end;
}

bool is_separator(char c) { return c == ',' || c == ';' || c == ':'; }

bool needs_caret(char c) { return c == '^' || c == '"' || is_line_break(c); }

// Appends `text` with each line break (CR LF, a lone CR or a lone LF)
// replaced by `line_break`. Values decoded from 2.1 quoted-printable carry
// raw breaks, and a raw break in a content line would end it early.
void append_breaks_replaced(std::string& line, std::string_view text, std::string_view line_break) {
  while (!text.empty()) {
    const std::size_t at = find_line_break(text);
    if (at == std::string_view::npos) {
      line.append(text);
      return;
    }
    line.append(text.substr(0, at)).append(line_break);
    const bool crlf = text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n';
    text.remove_prefix(at + (crlf ? 2 : 1));
  }
}

// RFC 6350 5 (and RFC 2426 4): a parameter value holding one of the
// separators , ; : must be a quoted string.
bool needs_quotes(std::string_view value) {
  return find_octet(value, is_separator) != std::string_view::npos;
}

// RFC 6868: a double quote cannot appear even in a quoted string, nor a
// line break anywhere in a content line, so both get caret escapes, and
// the caret itself is doubled to keep the escapes unambiguous. Applied in
// 3.0 too: readers without RFC 6868 show ^' or ^n instead of breaking the
// line, which is the lesser harm.
void append_caret_encoded(std::string& line, std::string_view value) {
  while (!value.empty()) {
    const std::size_t at = find_octet(value, needs_caret);
    if (at == std::string_view::npos) {
      line.append(value);
      return;
    }
    line.append(value.substr(0, at));
    const char c = value[at];
    std::size_t used = 1;
    if (c == '^') {
      line.append("^^");
    } else if (c == '"') {
      line.append("^'");
    } else {
      line.append("^n");
      if (c == '\r' && at + 1 < value.size() && value[at + 1] == '\n') used = 2;
    }
    value.remove_prefix(at + used);
  }
}

void append_parameter_value(std::string& line, std::string_view value) {
  const bool quoted = needs_quotes(value);
  if (quoted) line.push_back('"');
  append_caret_encoded(line, value);
  if (quoted) line.push_back('"');
}

void append_parameter(std::string& line, std::string_view name,
                      const std::vector<std::string>& values) {
  line.push_back(';');
  line.append(name).push_back('=');
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) line.push_back(',');
    append_parameter_value(line, values[i]);
  }
}

// --- Transfer parameters -------------------------------------------------

enum class Transfer { keep, drop, base64 };

bool is_base64_name(std::string_view value) {
  return text::equals_ignoring_ascii_case(value, "B") ||
         text::equals_ignoring_ascii_case(value, "BASE64");
}

bool is_text_transfer(std::string_view value) {
  return text::equals_ignoring_ascii_case(value, "QUOTED-PRINTABLE") ||
         text::equals_ignoring_ascii_case(value, "8BIT") ||
         text::equals_ignoring_ascii_case(value, "7BIT");
}

// The output is UTF-8 text with the reader's transfer decoding already
// undone, so parameters that describe that decoding would now lie. Only
// base64 still describes the value, which is kept as base64 text.
Transfer classify(const Parameter& parameter) {
  if (text::equals_ignoring_ascii_case(parameter.name, "CHARSET")) return Transfer::drop;
  if (!text::equals_ignoring_ascii_case(parameter.name, "ENCODING")) return Transfer::keep;
  bool all_text = true;
  for (const std::string& value : parameter.values) {
    if (is_base64_name(value)) return Transfer::base64;
    all_text = all_text && is_text_transfer(value);
  }
  return all_text ? Transfer::drop : Transfer::keep;
}

void append_parameters(std::string& line, const Property& property, Dialect dialect) {
  for (const Parameter& parameter : property.parameters) {
    // Nothing to write: a bare name is 2.1 syntax, and NAME= would state
    // an empty value the card never had.
    if (parameter.name.empty() || parameter.values.empty()) continue;
    switch (classify(parameter)) {
      case Transfer::drop: break;
      case Transfer::base64:
        if (dialect == Dialect::v3) {
          // RFC 2426 names base64 "b" (from RFC 2047) and knows no BASE64.
          line.append(";ENCODING=b");
          break;
        }
        [[fallthrough]];
      case Transfer::keep: append_parameter(line, parameter.name, parameter.values); break;
    }
  }
}

// Builds the unfolded content line of `property` into `line`.
void build_line(std::string& line, const Property& property, Dialect dialect) {
  line.clear();
  if (!property.group.empty()) line.append(property.group).push_back('.');
  line.append(property.name);
  append_parameters(line, property, dialect);
  line.push_back(':');
  append_breaks_replaced(line, property.value, "\\n");
}

// The card's version comes from the options; a VERSION kept in the
// properties would make a second, possibly contradicting, line. A property
// without a name cannot be written as a content line at all.
bool is_skipped(const Property& property) {
  return property.name.empty() || text::equals_ignoring_ascii_case(property.name, "VERSION");
}

}  // namespace

std::string format_property(const Property& property, std::string_view version) {
  const Dialect dialect = dialect_of(version);
  std::string line;
  build_line(line, property, dialect);
  return line;
}

void write_line(std::ostream& out, const std::string& line, const WriterOptions& options) {
  emit_physical(line, options.fold, [&out](std::string_view piece) {
    out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  });
}

void write_card(std::ostream& out, const Card& card, const WriterOptions& options) {
  const Dialect dialect = dialect_of(options.version);
  // The card is folded into `text` and goes to the stream in one write:
  // a stream write per piece cost more than building the lines. Both
  // buffers are reused for every property, so their capacity settles
  // after the first few lines.
  std::string line;
  std::string text;
  line.reserve(128);
  text.reserve(512);
  const auto append = [&text](std::string_view piece) { text.append(piece); };
  emit_physical("BEGIN:VCARD", options.fold, append);
  line.append("VERSION:").append(options.version);
  emit_physical(line, options.fold, append);
  for (const Property& property : card.properties) {
    if (is_skipped(property)) continue;
    build_line(line, property, dialect);
    emit_physical(line, options.fold, append);
  }
  emit_physical("END:VCARD", options.fold, append);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
