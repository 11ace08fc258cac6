#include "formats/vcard/reader.hpp"

#include "formats/vcard/byte_input.hpp"
#include "formats/vcard/charset.hpp"
#include "formats/vcard/content_line.hpp"
#include "text/latin_code_page.hpp"
#include "text/script_code_page.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

// Deeper nesting than any AGENT card needs is taken as a broken file,
// which also keeps the stack of open cards small.
constexpr std::size_t kMaxNesting = 16;

// Blank: nothing but spaces and control bytes (NUL padding, the ^Z that old
// DOS tools put at the end of a file).
bool is_blank(std::string_view s) noexcept {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) > 0x20 && c != 0x7F) return false;
  }
  return true;
}

std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "BEGIN:VCARD" in any case, with blanks around the colon too: Nokia's
// vbtool writes "BEGIN: VCARD" and "End: VCARD", and Sony Ericsson phones
// end their cards with "END:VCARD." (a stop after it is no property).
bool is_marker(std::string_view line, std::string_view keyword) noexcept {
  line = trim_blanks(line);
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view value = trim_blanks(line.substr(colon + 1));
  if (keyword == "END") {
    while (!value.empty() && (value.back() == '.' || value.back() == ';')) value.remove_suffix(1);
  }
  return text::equals_ignoring_ascii_case(trim_blanks(line.substr(0, colon)), keyword) &&
         text::equals_ignoring_ascii_case(value, "VCARD");
}

// Whether a line outside any card could hold part of a contact (a card
// whose BEGIN:VCARD is missing): a property other than the markers and
// VERSION, with a value. A banner of asterisks or a stray END:VCARD holds
// nothing, and leaving it out loses nothing.
bool holds_contact_data(std::string_view line) {
  Property property;
  std::string_view value;
  if (parse_content_line(line, false, property, value) != ContentLineStatus::ok) return false;
  // A marker holds nothing, unless more text follows it on the line, as
  // when a file lost its line breaks ("BEGIN:VCARDVERSION:3.0N:Doe;John").
  if (property.name == "BEGIN" || property.name == "END") {
    return !is_marker(line, property.name == "BEGIN" ? "BEGIN" : "END");
  }
  if (property.name == "VERSION") return false;
  // A property's name is letters, digits and '-' (RFC 6350 3.3): a line of
  // asterisks with a colon in it is prose.
  const bool named = std::all_of(property.name.begin(), property.name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  return named && !trim_blanks(value).empty();
}

bool is_begin(std::string_view line) noexcept { return is_marker(line, "BEGIN"); }

// How much of `line` is the header of an AGENT property whose value is
// "BEGIN:VCARD": vCard.Net and others start the agent's card on the same
// line ("AGENT:BEGIN:VCARD") rather than on the next, as vCard 2.1 does.
// Zero when the line is no such thing.
std::size_t inline_agent_header(std::string_view line) {
  // Every line comes here: only one that ends in VCARD is worth parsing.
  const std::string_view tail = trim_blanks(line);
  if (tail.size() < 5 || !text::equals_ignoring_ascii_case(tail.substr(tail.size() - 5), "VCARD"))
    return 0;
  Property property;
  std::string_view value;
  if (parse_content_line(line, false, property, value) != ContentLineStatus::ok) return 0;
  if (property.name != "AGENT" || !is_begin(value)) return 0;
  return line.size() - value.size();
}

// UTF-16 and UTF-32 bytes may hold a 0x0D that is no carriage return.
bool is_wide_charset(std::string_view name) noexcept {
  name = trim_blanks(name);
  return text::starts_with_ignoring_ascii_case(name, "UTF-16") ||
         text::starts_with_ignoring_ascii_case(name, "UTF-32") ||
         text::starts_with_ignoring_ascii_case(name, "UCS-");
}

// A charset that is no Unicode encoding (windows-1252, ISO-8859-2, KOI8-R,
// Shift_JIS): text a card declares in it says which code page the card's
// undeclared text is in.
bool is_legacy_charset(std::string_view name) noexcept {
  if (name.empty() || is_utf8_name(name)) return false;
  return !is_wide_charset(name) && !text::starts_with_ignoring_ascii_case(name, "UTF-7") &&
         !text::equals_ignoring_ascii_case(name, "US-ASCII") &&
         !text::equals_ignoring_ascii_case(name, "ASCII");
}

// CR LF and a lone CR become LF.
void normalise_line_breaks(std::string& value) {
  if (value.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\r') {
      out.push_back(value[i]);
    } else if (i + 1 >= value.size() || value[i + 1] != '\n') {
      out.push_back('\n');
    }
  }
  value = std::move(out);
}

// The properties whose value is text to read (not a picture, key or sound
// to keep as it came), whatever transfer encoding carries it.
bool is_text_property(std::string_view name) noexcept {
  for (std::string_view text : {"FN", "N", "NICKNAME", "NOTE", "ORG", "TITLE", "ROLE", "ADR",
                                "LABEL", "CATEGORIES", "EMAIL", "X-ABLABEL"}) {
    if (name == text) return true;
  }
  return false;
}

bool is_end(std::string_view line) noexcept { return is_marker(line, "END"); }

bool is_fold(std::string_view line) noexcept {
  return !line.empty() && (line.front() == ' ' || line.front() == '\t');
}

bool is_data_uri(std::string_view value) noexcept {
  return text::equals_ignoring_ascii_case(trim_blanks(value).substr(0, 5), "DATA:");
}

// A line that can only be more of a 2.1 base64 value written without the
// leading blank: no ':' and nothing outside the base64 alphabet.
bool looks_like_base64(std::string_view line) noexcept {
  if (line.empty()) return false;
  for (const char c : line) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '+' || c == '/' || c == '=';
    if (!ok) return false;
  }
  return true;
}

// The start of a line, fit to quote in a message: valid UTF-8, no controls.
std::string snippet(std::string_view line) {
  constexpr std::size_t kMax = 40;
  std::string_view cut = line.substr(0, kMax);
  std::string out = repair_utf8(cut);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  if (line.size() > kMax) out.append("...");
  return out;
}

std::string strip_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out.push_back(c);
  }
  return out;
}

std::size_t saturating_add(std::size_t a, std::size_t b) noexcept {
  return a > std::numeric_limits<std::size_t>::max() - b ? std::numeric_limits<std::size_t>::max()
                                                         : a + b;
}

}  // namespace

struct Reader::State {
  struct Undeclared {
    std::size_t property;
    std::size_t parameter;  // kValue: the property's value
    std::size_t value;
  };
  static constexpr std::size_t kValue = static_cast<std::size_t>(-1);

  // A card between its BEGIN and END.
  struct OpenCard {
    ReadItem item;
    std::size_t bytes = 0;
    bool broken = false;         // error set: read on to the matching END only
    std::size_t skip_depth = 0;  // BEGINs seen inside a broken card
    // 8-bit text that names no charset and is not UTF-8 (values, and
    // parameter values: a 2.1 LABEL= written in the same code page): it is
    // converted when the card ends, in the code page all of it points to.
    std::vector<Undeclared> undeclared;
    ScriptTally tally;
    text::LatinCodePageTally latin;
    text::ScriptCodePageTally script;
    // A legacy charset the card names on another property (Outlook writes
    // CHARSET on LABEL but not on the ADR beside it): the same program
    // wrote the undeclared text in the same code page.
    std::string declared_code_page;

    // What one undeclared value tells of the card's code page.
    void count_undeclared(std::string_view bytes) noexcept {
      tally.add(bytes);
      script.add(bytes);
      script.separate();
      latin.add(bytes);
      latin.separate();
    }
  };

  // A run of lines outside any card.
  struct Stray {
    bool active = false;
    bool starts_with_end = false;
    std::size_t first = 0;
    std::size_t last = 0;
    bool holds_data = false;  // some line of it could be part of a contact
  };

  State(std::istream& in, ReaderOptions opts)
      : options(std::move(opts)),
        cap(saturating_add(std::max(options.limits.max_line_bytes, options.limits.max_base64_bytes),
                           1)),
        input(in, cap, options.limits.max_file_bytes) {}

  std::optional<ReadItem> next();
  void feed(const PhysicalLine& line);
  void start_logical(const PhysicalLine& line);
  void continue_logical(const PhysicalLine& line, std::string_view text);
  void check_soft_break(std::string_view physical);
  void complete_logical();
  void process(std::string_view text, std::size_t first, std::size_t last, bool overlong);
  void add_property(OpenCard& card, std::string_view text, std::size_t line, bool overlong);
  void decode_value(OpenCard& card, Property& property, std::string_view raw);
  void check_parameters(OpenCard& card, Property& property);
  void decode_custom_labels(Property& property);
  std::string* undeclared_text(Card& card, const Undeclared& where);
  void open_card(std::size_t line);
  void close_card(std::size_t line);
  void break_card(OpenCard& card, std::size_t line, std::string message);
  void resolve_fallback(OpenCard& card);
  void flush_stray();
  void end_of_input();

  ReaderOptions options;
  std::size_t cap;  // longest logical line kept: one past every line limit
  ByteInput input;
  CharsetConverter converter;
  // The letters of every card's undeclared Latin text so far: one card's
  // few accented letters rarely tell windows-1250 from windows-1252, a
  // file's usually do.
  text::LatinCodePageTally file_latin;

  // The logical line being joined from physical lines.
  std::string logical;
  std::size_t logical_first = 0;
  std::size_t logical_last = 0;
  bool logical_active = false;
  bool logical_comment = false;
  bool logical_overlong = false;
  bool qp_continues = false;  // the last physical line ended in a QP soft break

  std::vector<OpenCard> open;  // innermost last
  std::deque<ReadItem> ready;
  Stray stray;
  std::size_t last_line = 0;
  bool finished = false;
  std::string scratch;
};

std::optional<ReadItem> Reader::State::next() {
  PhysicalLine line;
  while (ready.empty() && !finished) {
    if (input.next(line)) {
      last_line = line.number;
      feed(line);
    } else {
      end_of_input();
      finished = true;
    }
  }
  if (ready.empty()) return std::nullopt;
  std::optional<ReadItem> item(std::move(ready.front()));
  ready.pop_front();
  return item;
}

void Reader::State::feed(const PhysicalLine& line) {
  if (logical_active) {
    // After a QP soft break the next line is data whatever it starts with
    // ('#', a blank, nothing); otherwise a leading blank folds (RFC 6350
    // 3.2), done on bytes so that a fold inside a UTF-8 sequence rejoins.
    // END:VCARD is never QP data: a stray '=' at the end of the last value
    // must not swallow the end of the card.
    if (qp_continues && !is_end(line.text)) {
      continue_logical(line, line.text);
      return;
    }
    if (is_fold(line.text)) {
      continue_logical(line, line.text.substr(1));
      return;
    }
    // 2.1 writers that let base64 run on unindented lines up to a blank one.
    if (!logical_comment && looks_like_base64(line.text) &&
        declared_transfer_encoding(logical) == TransferEncoding::base64) {
      continue_logical(line, line.text);
      return;
    }
    complete_logical();
  }
  start_logical(line);
}

void Reader::State::start_logical(const PhysicalLine& line) {
  std::string_view text = line.text;
  if (is_blank(text)) return;
  logical_first = logical_last = line.number;
  logical_active = true;
  logical_overlong = line.truncated;
  qp_continues = false;
  // '#' lines are comments in files Android and others write; the lines
  // that fold into one are part of it.
  logical_comment = text.front() == '#';
  if (logical_comment) return;
  // A folded line with nothing before it to continue starts a line itself;
  // a BOM inside the file is what concatenated exports leave behind.
  while (is_fold(text)) text.remove_prefix(1);
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  logical.assign(text);
  check_soft_break(text);
}

void Reader::State::continue_logical(const PhysicalLine& line, std::string_view text) {
  logical_last = line.number;
  if (logical_comment) return;
  if (line.truncated) logical_overlong = true;
  if (!logical_overlong && logical.size() + text.size() > cap) logical_overlong = true;
  if (!logical_overlong) logical.append(text);
  check_soft_break(text);
}

// A quoted-printable value whose physical line ends in '=' goes on in the
// next line, indented or not (vCard 2.1, RFC 2045 soft line break). The
// '=' is dropped here so that the joined value decodes as one.
void Reader::State::check_soft_break(std::string_view physical) {
  qp_continues = false;
  if (physical.empty() || physical.back() != '=') return;
  if (declared_transfer_encoding(logical) != TransferEncoding::quoted_printable) return;
  qp_continues = true;
  if (!logical_overlong && !logical.empty() && logical.back() == '=') logical.pop_back();
}

void Reader::State::complete_logical() {
  logical_active = false;
  qp_continues = false;
  if (logical_comment) {
    logical_comment = false;
    return;
  }
  process(logical, logical_first, logical_last, logical_overlong);
}

void Reader::State::process(std::string_view text, std::size_t first, std::size_t last,
                            bool overlong) {
  if (open.empty()) {
    if (!overlong && is_begin(text)) {
      flush_stray();
      open_card(first);
      return;
    }
    if (!stray.active) stray = Stray{true, !overlong && is_end(text), first, last, false};
    stray.last = last;
    stray.holds_data = stray.holds_data || overlong || holds_contact_data(text);
    return;
  }
  OpenCard& card = open.back();
  const std::size_t agent_header = overlong ? 0 : inline_agent_header(text);
  const bool begin = !overlong && (agent_header != 0 || is_begin(text));
  const bool end = !overlong && is_end(text);
  if (card.broken) {
    if (begin) {
      ++card.skip_depth;
    } else if (end && card.skip_depth > 0) {
      --card.skip_depth;
    } else if (end) {
      close_card(last);
    }
    return;
  }
  if (begin) {
    if (open.size() >= kMaxNesting) {
      break_card(card, first,
                 std::string("cards are nested more than ")
                     .append(std::to_string(kMaxNesting))
                     .append(" deep; the card is skipped to its END:VCARD"));
      card.skip_depth = 1;
      return;
    }
    if (agent_header != 0) add_property(card, text.substr(0, agent_header), first, false);
    open_card(first);  // an AGENT-style card inside this one
    return;
  }
  if (end) {
    close_card(last);
    return;
  }
  add_property(card, text, first, overlong);
}

void Reader::State::add_property(OpenCard& card, std::string_view text, std::size_t line,
                                 bool overlong) {
  const ReaderLimits& limits = options.limits;
  card.bytes = saturating_add(card.bytes, text.size() + 2);
  if (card.bytes > limits.max_card_bytes) {
    break_card(card, line,
               std::string("the card is larger than max_card_bytes (")
                   .append(std::to_string(limits.max_card_bytes))
                   .append(" bytes); the rest of it is skipped"));
    return;
  }
  Property property;
  std::string_view raw;
  const bool rfc6868 = card.item.card.version != "2.1";
  const ContentLineStatus status = parse_content_line(text, rfc6868, property, raw);

  const bool base64 =
      (status == ContentLineStatus::ok &&
       (transfer_encoding(property) == TransferEncoding::base64 || is_data_uri(raw))) ||
      (status != ContentLineStatus::ok &&
       declared_transfer_encoding(text) == TransferEncoding::base64);
  const std::size_t limit = base64 ? limits.max_base64_bytes : limits.max_line_bytes;
  if (overlong || text.size() > limit) {
    break_card(card, line,
               std::string("the property is longer than ")
                   .append(base64 ? "max_base64_bytes (" : "max_line_bytes (")
                   .append(std::to_string(limit))
                   .append(" bytes); the rest of the card is skipped"));
    return;
  }
  switch (status) {
    case ContentLineStatus::no_colon:
      card.item.warnings.push_back(Remark{
          line,
          std::string("no ':' in \"").append(snippet(text)).append("\"; the line is dropped")});
      return;
    case ContentLineStatus::no_name:
      card.item.warnings.push_back(Remark{line, std::string("no property name in \"")
                                                    .append(snippet(text))
                                                    .append("\"; the line is dropped")});
      return;
    case ContentLineStatus::ok: break;
  }
  if (property.name == "VERSION" && property.group.empty()) {
    card.item.card.version.assign(trim_blanks(raw));
    return;
  }
  property.line = line;
  decode_custom_labels(property);
  check_parameters(card, property);
  decode_value(card, property, raw);
  card.item.card.properties.push_back(std::move(property));
}

// Undoes the transfer encoding and converts the bytes to UTF-8. Text whose
// charset is unknown and that is not UTF-8 waits for resolve_fallback.
void Reader::State::decode_value(OpenCard& card, Property& property, std::string_view raw) {
  const TransferEncoding encoding = transfer_encoding(property);
  const std::vector<std::string> charsets = property.parameter("CHARSET");
  const std::string_view charset = charsets.empty() ? std::string_view{} : trim_blanks(charsets[0]);
  std::string_view bytes = raw;
  if (encoding == TransferEncoding::base64) {
    // Some writers encode text, not only pictures and keys, in base64
    // (NOTE;ENCODING=b:...): it is decoded and read as the text it is.
    if (is_text_property(property.name) && decode_base64(raw, scratch)) {
      auto& parameters = property.parameters;
      parameters.erase(std::remove_if(parameters.begin(), parameters.end(),
                                      [](const Parameter& p) { return p.name == "ENCODING"; }),
                       parameters.end());
      bytes = scratch;
    } else {
      // Kept as text; folding leaves blanks inside that are not part of it.
      property.value = strip_whitespace(raw);
      if (!is_ascii(property.value)) property.value = repair_utf8(property.value);
      return;
    }
  }
  if (encoding == TransferEncoding::quoted_printable) {
    decode_quoted_printable(raw, scratch);
    // A line break written =0D=0A is one, as an escaped one (\n) is: left
    // as CR LF it would come back from an export as LF, a changed value.
    if (!is_wide_charset(charset)) normalise_line_breaks(scratch);
    bytes = scratch;
  }
  if (card.declared_code_page.empty() && is_legacy_charset(charset))
    card.declared_code_page = charset;
  if (is_ascii(bytes)) {
    property.value.assign(bytes);
    return;
  }
  const bool utf8 = text::is_valid_utf8(bytes);
  // A CHARSET describes the bytes of the value. Raw text in a file that
  // declared itself Unicode (UTF-16, or a UTF-8 BOM with valid UTF-8 text)
  // has already been read as such, whatever the parameter claims; the
  // bytes that quoted-printable hides have not.
  const bool declared_applies =
      !charset.empty() && !is_utf8_name(charset) &&
      (encoding != TransferEncoding::none || !(input.is_utf16() || (input.had_bom() && utf8)));
  if (declared_applies) {
    if (converter.to_utf8(charset, bytes, property.value)) return;
    card.item.warnings.push_back(
        Remark{property.line, std::string("unknown CHARSET \"")
                                  .append(snippet(charset))
                                  .append("\" on ")
                                  .append(property.name)
                                  .append("; the value is read as text without a charset")});
  }
  if (utf8) {
    property.value.assign(bytes);
    return;
  }
  // UTF-8 that was promised, or that is UTF-8 but for a damaged byte, is
  // repaired rather than read in a code page that would garble all of it.
  if (is_utf8_name(charset) || (options.charset.empty() && looks_like_damaged_utf8(bytes))) {
    property.value = repair_utf8(bytes);
    card.item.warnings.push_back(
        Remark{property.line, std::string("the value of ")
                                  .append(snippet(property.name))
                                  .append(" is not valid UTF-8; its broken bytes became U+FFFD")});
    return;
  }
  property.value.assign(bytes);
  card.undeclared.push_back(Undeclared{card.item.card.properties.size(), kValue, 0});
  card.count_undeclared(bytes);
}

// Samsung's X-CUSTOM(CHARSET=...,ENCODING=QUOTED-PRINTABLE,label) names its
// own charset and encoding for the label, which becomes the parameter's one
// value, as UTF-8 (check_parameters reads a label in no declared charset
// like any other parameter value).
void Reader::State::decode_custom_labels(Property& property) {
  for (Parameter& parameter : property.parameters) {
    if (parameter.name != "X-CUSTOM") continue;
    std::string charset;
    bool quoted_printable = false;
    std::string label;
    for (const std::string& item : parameter.values) {
      const std::size_t eq = item.find('=');
      const std::string_view name =
          eq == std::string::npos ? std::string_view{} : std::string_view(item).substr(0, eq);
      if (text::equals_ignoring_ascii_case(name, "CHARSET")) {
        charset = item.substr(eq + 1);
      } else if (text::equals_ignoring_ascii_case(name, "ENCODING")) {
        quoted_printable =
            text::equals_ignoring_ascii_case(item.substr(eq + 1), "QUOTED-PRINTABLE");
      } else {
        if (!label.empty()) label += ',';
        label += item;
      }
    }
    if (quoted_printable) {
      decode_quoted_printable(label, scratch);
      label = scratch;
    }
    if (!is_ascii(label) && !charset.empty() && !is_utf8_name(charset)) {
      std::string utf8;
      if (converter.to_utf8(charset, label, utf8)) label = std::move(utf8);
    }
    parameter.values = {label};
  }
}

// Names are ASCII tokens by the RFCs; parameter values are text like the
// value and get the same treatment, without a CHARSET of their own.
void Reader::State::check_parameters(OpenCard& card, Property& property) {
  auto repair = [](std::string& s) {
    if (!is_ascii(s) && !text::is_valid_utf8(s)) s = repair_utf8(s);
  };
  repair(property.group);
  repair(property.name);
  for (std::size_t p = 0; p < property.parameters.size(); ++p) {
    Parameter& parameter = property.parameters[p];
    repair(parameter.name);
    for (std::size_t v = 0; v < parameter.values.size(); ++v) {
      std::string& value = parameter.values[v];
      if (is_ascii(value) || text::is_valid_utf8(value)) continue;
      if (options.charset.empty() && looks_like_damaged_utf8(value)) {
        value = repair_utf8(value);
        continue;
      }
      card.undeclared.push_back(Undeclared{card.item.card.properties.size(), p, v});
      card.count_undeclared(value);
    }
  }
}

std::string* Reader::State::undeclared_text(Card& card, const Undeclared& where) {
  Property& property = card.properties[where.property];
  if (where.parameter == kValue) return &property.value;
  return &property.parameters[where.parameter].values[where.value];
}

void Reader::State::open_card(std::size_t line) {
  OpenCard card;
  card.item.card.first_line = line;
  open.push_back(std::move(card));
}

void Reader::State::break_card(OpenCard& card, std::size_t line, std::string message) {
  card.broken = true;
  card.item.error = Remark{line, std::move(message)};
}

// One code page for all of a card's undeclared 8-bit text: a card comes
// from one program on one machine, and a single value is too short to
// tell Latin from Cyrillic reliably. In order: the charset the user named,
// one the card names on another property, the Cyrillic fallback for bytes
// that look Cyrillic, and for Latin text the regional fallback unless the
// letters of the file's Latin text so far read better in the western one
// (à è ñ ù are ŕ č ń ů in windows-1250).
void Reader::State::resolve_fallback(OpenCard& card) {
  if (card.undeclared.empty()) return;
  std::string charset;
  if (!options.charset.empty()) {
    charset = options.charset;
  } else if (!card.declared_code_page.empty() &&
             converter.to_utf8(card.declared_code_page, "", scratch)) {
    charset = card.declared_code_page;
  } else if (card.tally.looks_cyrillic()) {
    // Cyrillic, unless the words read clearly better as Greek, Hebrew,
    // Arabic or KOI8-R's Cyrillic.
    charset = card.script.code_page(options.cyrillic_fallback);
  } else {
    file_latin.merge(card.latin);
    const bool western = !options.western_fallback.empty() && file_latin.reads_western();
    charset = western ? options.western_fallback : options.latin_fallback;
  }
  Card& c = card.item.card;
  bool converted = true;
  std::string out;
  for (const Undeclared& where : card.undeclared) {
    std::string& text = *undeclared_text(c, where);
    if (converter.to_utf8(charset, text, out)) {
      text.swap(out);
    } else {
      text = repair_utf8(text);
      converted = false;
    }
  }
  if (converted) {
    c.fallback_charset = charset;
  } else {
    card.item.warnings.push_back(
        Remark{c.properties[card.undeclared.front().property].line,
               std::string("unknown charset \"")
                   .append(snippet(charset))
                   .append("\" in the reader options; bytes that are not UTF-8 became U+FFFD")});
  }
}

void Reader::State::close_card(std::size_t line) {
  OpenCard card = std::move(open.back());
  open.pop_back();
  resolve_fallback(card);
  card.item.card.last_line = line;
  ready.push_back(std::move(card.item));
}

void Reader::State::flush_stray() {
  if (!stray.active) return;
  ReadItem item;
  item.card.first_line = stray.first;
  item.card.last_line = stray.last;
  std::string message = stray.starts_with_end
                            ? std::string("END:VCARD without a card: BEGIN:VCARD is missing")
                            : std::string("text outside a card: BEGIN:VCARD is missing");
  message.append(stray.first == stray.last ? "; line " : "; lines ")
      .append(std::to_string(stray.first));
  if (stray.first != stray.last) message.append("-").append(std::to_string(stray.last));
  message.append(" skipped");
  if (stray.holds_data) {
    item.error = Remark{stray.first, std::move(message)};
  } else {
    item.no_card = true;
    item.warnings.push_back(Remark{stray.first, std::move(message)});
  }
  ready.push_back(std::move(item));
  stray = Stray{};
}

void Reader::State::end_of_input() {
  if (logical_active) complete_logical();
  while (!open.empty()) {
    OpenCard& card = open.back();
    card.item.warnings.push_back(
        Remark{last_line, std::string("the card that begins on line ")
                              .append(std::to_string(card.item.card.first_line))
                              .append(" has no END:VCARD; the file ends on line ")
                              .append(std::to_string(last_line))});
    close_card(last_line);
  }
  flush_stray();
}

Reader::Reader(std::istream& input, ReaderOptions options)
    : state_(std::make_unique<State>(input, std::move(options))) {}

Reader::~Reader() = default;

std::optional<ReadItem> Reader::next() { return state_->next(); }

const std::string& Reader::file_encoding() const noexcept { return state_->input.encoding(); }

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
