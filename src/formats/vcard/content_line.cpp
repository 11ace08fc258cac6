#include "formats/vcard/content_line.hpp"
#include "text/utf8.hpp"

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

char upper_ascii(char c) noexcept {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string upper_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = upper_ascii(c);
  return out;
}

struct Header {
  std::string_view name;    // with its group
  std::string_view params;  // between the name and the ':', without the first ';'
  std::size_t colon = std::string_view::npos;
};

// Quotes count only among the parameters, where values may hide ':' in
// them. An unbalanced quote would swallow the whole line, so then the
// first ':' after the name ends the header after all.
Header split_header(std::string_view line) noexcept {
  Header h;
  std::size_t i = 0;
  while (i < line.size() && line[i] != ';' && line[i] != ':') ++i;
  h.name = line.substr(0, i);
  if (i < line.size() && line[i] == ':') {
    h.colon = i;
    return h;
  }
  const std::size_t params_start = i + 1;
  bool quoted = false;
  for (; i < line.size(); ++i) {
    if (line[i] == '"') {
      quoted = !quoted;
    } else if (line[i] == ':' && !quoted) {
      h.colon = i;
      break;
    }
  }
  if (h.colon == std::string_view::npos && quoted) h.colon = line.find(':', params_start);
  if (h.colon != std::string_view::npos) {
    h.params = line.substr(params_start, h.colon - params_start);
  }
  return h;
}

// Calls fn(segment) for each piece of `s` between unquoted `separator`s.
template <typename Fn>
void for_each_unquoted(std::string_view s, char separator, Fn&& fn) {
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') {
      quoted = !quoted;
    } else if (s[i] == separator && !quoted) {
      fn(s.substr(start, i - start));
      start = i + 1;
    }
  }
  fn(s.substr(start));
}

bool is_bare_encoding(std::string_view word) noexcept {
  return text::equals_ignoring_ascii_case(word, "QUOTED-PRINTABLE") ||
         text::equals_ignoring_ascii_case(word, "BASE64") ||
         text::equals_ignoring_ascii_case(word, "B") ||  // PHOTO;JPEG;B: (3.0's b, bare)
         text::equals_ignoring_ascii_case(word, "8BIT") ||
         text::equals_ignoring_ascii_case(word, "7BIT");
}

TransferEncoding encoding_of(std::string_view word) noexcept {
  if (text::equals_ignoring_ascii_case(word, "QUOTED-PRINTABLE"))
    return TransferEncoding::quoted_printable;
  if (text::equals_ignoring_ascii_case(word, "BASE64") ||
      text::equals_ignoring_ascii_case(word, "B"))
    return TransferEncoding::base64;
  return TransferEncoding::none;
}

std::string parameter_value(std::string_view item, bool rfc6868) {
  item = trim_blanks(item);
  if (!item.empty() && item.front() == '"') {
    item.remove_prefix(1);
    if (!item.empty() && item.back() == '"') item.remove_suffix(1);
  }
  std::string out;
  out.reserve(item.size());
  for (std::size_t i = 0; i < item.size(); ++i) {
    if (rfc6868 && item[i] == '^' && i + 1 < item.size()) {
      const char next = item[i + 1];
      if (next == 'n' || next == '^' || next == '\'') {
        out.push_back(next == 'n' ? '\n' : next == '^' ? '^' : '"');
        ++i;
        continue;
      }
    }
    out.push_back(item[i]);
  }
  return out;
}

// RFC 6350's iana-token and x-name: letters, digits and '-', comma-separated.
bool is_list_of_type_names(std::string_view list) noexcept {
  bool in_name = false;
  for (char c : list) {
    if (c == ',') {
      if (!in_name) return false;
      in_name = false;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      in_name = true;
    } else {
      return false;
    }
  }
  return in_name;
}

Parameter& parameter_named(std::vector<Parameter>& parameters, std::string_view name) {
  for (Parameter& p : parameters) {
    if (p.name == name) return p;
  }
  parameters.push_back(Parameter{std::string(name), {}});
  return parameters.back();
}

void add_parameter(std::string_view text, bool rfc6868, std::vector<Parameter>& parameters) {
  text = trim_blanks(text);
  if (text.empty()) return;  // ";;" and the trailing ";" of "ADR;HOME;PREF;:"
  // Samsung's phones write a custom label as a parameter of their own
  // making, X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=5A=79=72=65),
  // the label last. Its parts are kept as written, for the reader to decode.
  constexpr std::string_view custom = "X-CUSTOM(";
  if (text.size() > custom.size() && text::starts_with_ignoring_ascii_case(text, custom) &&
      text.back() == ')') {
    Parameter parameter{"X-CUSTOM", {}};
    for_each_unquoted(
        text.substr(custom.size(), text.size() - custom.size() - 1), ',',
        [&](std::string_view item) { parameter.values.emplace_back(trim_blanks(item)); });
    parameters.push_back(std::move(parameter));
    return;
  }
  const std::size_t eq = text.find('=');
  if (eq == std::string_view::npos) {
    // vCard 2.1 writes types and encodings bare: TEL;CELL;PREF.
    if (is_bare_encoding(text)) {
      parameters.push_back(Parameter{"ENCODING", {std::string(text)}});
    } else {
      parameter_named(parameters, "TYPE").values.emplace_back(text);
    }
    return;
  }
  Parameter parameter{upper_copy(trim_blanks(text.substr(0, eq))), {}};
  if (parameter.name.empty()) return;
  const std::string_view values = text.substr(eq + 1);
  for_each_unquoted(values, ',', [&](std::string_view item) {
    if (trim_blanks(item).empty()) return;
    std::string value = parameter_value(item, rfc6868);
    // TYPE takes a list, which RFC 6350's own example quotes whole:
    // TYPE="voice,home" is two types. A quoted value that is not a list of
    // type names ("COMMA,SEPARATED:INSIDE.DQUOTE" in Android's tests) stays
    // one value.
    if (parameter.name == "TYPE" && value.find(',') != std::string::npos &&
        is_list_of_type_names(value)) {
      for_each_unquoted(value, ',', [&](std::string_view type) {
        parameter.values.emplace_back(trim_blanks(type));
      });
      return;
    }
    parameter.values.push_back(std::move(value));
  });
  if (parameter.values.empty()) parameter.values.emplace_back();
  parameters.push_back(std::move(parameter));
}

}  // namespace

ContentLineStatus parse_content_line(std::string_view line, bool rfc6868, Property& property,
                                     std::string_view& value) {
  const Header header = split_header(line);
  if (header.colon == std::string_view::npos) return ContentLineStatus::no_colon;
  const std::string_view full_name = trim_blanks(header.name);
  const std::size_t dot = full_name.rfind('.');
  const std::string_view name =
      dot == std::string_view::npos ? full_name : trim_blanks(full_name.substr(dot + 1));
  if (name.empty()) return ContentLineStatus::no_name;
  property.group.assign(dot == std::string_view::npos ? std::string_view{}
                                                      : full_name.substr(0, dot));
  property.name = upper_copy(name);
  property.parameters.clear();
  if (!header.params.empty()) {
    for_each_unquoted(header.params, ';', [&](std::string_view text) {
      add_parameter(text, rfc6868, property.parameters);
    });
  }
  value = line.substr(header.colon + 1);
  return ContentLineStatus::ok;
}

TransferEncoding declared_transfer_encoding(std::string_view line) noexcept {
  const Header header = split_header(line);
  TransferEncoding found = TransferEncoding::none;
  for_each_unquoted(header.params, ';', [&](std::string_view text) {
    text = trim_blanks(text);
    const std::size_t eq = text.find('=');
    if (eq == std::string_view::npos) {
      if (found == TransferEncoding::none) found = encoding_of(text);
    } else if (text::equals_ignoring_ascii_case(trim_blanks(text.substr(0, eq)), "ENCODING")) {
      found = encoding_of(trim_blanks(text.substr(eq + 1)));
    }
  });
  return found;
}

TransferEncoding transfer_encoding(const Property& property) noexcept {
  TransferEncoding found = TransferEncoding::none;
  for (const Parameter& p : property.parameters) {
    if (p.name != "ENCODING") continue;
    for (const std::string& v : p.values) {
      if (const TransferEncoding e = encoding_of(v); e != TransferEncoding::none) found = e;
    }
  }
  return found;
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
