#include "formats/vcard/card.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

bool is_v21(std::string_view version) { return version == "2.1" || version == "1.0"; }

// What a backslash followed by `next` stands for, or 0 when the backslash is
// a literal character. 3.0 and 4.0 read every pair as the character after
// the backslash (\n and \N as a line break). In 2.1 structured and list
// values only \\ \; \: and \, are escapes, as Android (the biggest producer
// of 2.1 files) reads them; other backslashes stay literal.
char escaped(char next, bool v21) {
  if (next == 'n' || next == 'N') return v21 ? 0 : '\n';
  if (v21) return next == '\\' || next == ';' || next == ':' || next == ',' ? next : 0;
  return next;
}

// Splits at unescaped `separator`, undoing escapes in each piece.
std::vector<std::string> split_unescaped(std::string_view value, std::string_view version,
                                         char separator) {
  const bool v21 = is_v21(version);
  std::vector<std::string> pieces(1);
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && i + 1 < value.size()) {
      if (const char e = escaped(value[i + 1], v21)) {
        pieces.back().push_back(e);
        ++i;
        continue;
      }
    }
    if (c == separator) {
      pieces.emplace_back();
    } else {
      pieces.back().push_back(c);
    }
  }
  return pieces;
}

}  // namespace

std::vector<std::string> Property::parameter(std::string_view parameter_name) const {
  std::vector<std::string> values;
  for (const Parameter& p : parameters) {
    if (text::equals_ignoring_ascii_case(p.name, parameter_name)) {
      values.insert(values.end(), p.values.begin(), p.values.end());
    }
  }
  return values;
}

bool Property::has_type(std::string_view type) const {
  for (const Parameter& p : parameters) {
    if (!text::equals_ignoring_ascii_case(p.name, "TYPE")) continue;
    for (const std::string& value : p.values) {
      // A quoted TYPE="work,voice" is one value written as a list (RFC 6350
      // section 5.6 example); look inside it as well.
      std::string_view rest = value;
      while (true) {
        const std::size_t comma = rest.find(',');
        if (text::equals_ignoring_ascii_case(rest.substr(0, comma), type)) return true;
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
    }
  }
  return false;
}

std::string unescape_text(std::string_view value, std::string_view version) {
  // 2.1 has no escapes in unstructured text: "A\B" is what the user typed.
  // But phones and Yahoo! write a note's line breaks as 3.0 does, "\n",
  // and no one types a backslash before an n in a contact's note.
  if (is_v21(version)) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i] == '\\' && i + 1 < value.size() &&
          (value[i + 1] == 'n' || value[i + 1] == 'N')) {
        out.push_back('\n');
        ++i;
      } else {
        out.push_back(value[i]);
      }
    }
    return out;
  }
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      out.push_back(escaped(value[++i], false));
    } else {
      out.push_back(value[i]);
    }
  }
  return out;
}

std::vector<std::string> split_components(std::string_view value, std::string_view version) {
  return split_unescaped(value, version, ';');
}

std::vector<std::string> split_list(std::string_view value, std::string_view version) {
  return split_unescaped(value, version, ',');
}

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out.append("\\\\"); break;
      case ',': out.append("\\,"); break;
      case ';': out.append("\\;"); break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out.append("\\n");
        break;
      case '\n': out.append("\\n"); break;
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
