// The vCard model shared by the reader, the writer and the mapping to
// domain values: a card is a list of properties, each kept close to how
// it was written (group, name, parameters, value text) so that properties
// liaison does not map can be written back as they came in.
#ifndef LIAISON_SRC_FORMATS_VCARD_CARD_HPP
#define LIAISON_SRC_FORMATS_VCARD_CARD_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {

/// One parameter. The reader upper-cases names; a bare vCard 2.1 type
/// ("TEL;CELL;PREF") becomes TYPE with that value, a bare "QUOTED-PRINTABLE"
/// or "BASE64" becomes ENCODING, a bare charset-looking word stays as TYPE.
/// Values are as written, quotes removed, RFC 6868 ^n ^^ ^' decoded (4.0
/// and 3.0), split at unquoted commas ("TYPE=work,voice" -> {work, voice}).
struct Parameter {
  std::string name;
  std::vector<std::string> values;
};

/// One property (content line) of a card.
struct Property {
  std::string group;  ///< "item1" for "item1.EMAIL", as written; empty when none
  std::string name;   ///< upper-cased: "EMAIL", "X-ABLABEL"
  std::vector<Parameter> parameters;
  /// The value as UTF-8 text: transfer encodings undone (QUOTED-PRINTABLE,
  /// the CHARSET or fallback code page converted to UTF-8) but vCard escapes
  /// (\, \; \n \\) still in place, so that structured values can be split
  /// first. BASE64 payloads are kept as the base64 text, not decoded.
  /// Parameters describing the transfer (ENCODING=QUOTED-PRINTABLE, CHARSET)
  /// are kept in `parameters` for the record; the writer drops them.
  std::string value;
  std::size_t line = 0;  ///< 1-based physical line where the property starts

  /// The values of a parameter (case-insensitive name), empty when absent.
  std::vector<std::string> parameter(std::string_view name) const;
  /// Whether TYPE (or a bare 2.1 type) contains `type`, case-insensitively.
  bool has_type(std::string_view type) const;
};

/// One card between BEGIN:VCARD and END:VCARD.
struct Card {
  std::string version;  ///< "2.1", "3.0", "4.0" as written; empty when the card has none
  std::vector<Property> properties;  ///< in file order, without BEGIN, END and VERSION
  std::size_t first_line = 0;        ///< line of BEGIN:VCARD
  std::size_t last_line = 0;         ///< line of END:VCARD (or of the last line read)
  /// The code page that 8-bit text without a CHARSET was read in, when the
  /// card had such text and it was not valid UTF-8 ("windows-1250"); empty
  /// otherwise.
  std::string fallback_charset;
};

/// vCard text escapes. vCard 3.0 and 4.0 (and a card without VERSION)
/// escape \\ \, \; and \n (or \N); other backslash pairs are read as the
/// character after the backslash, a lone trailing backslash as itself.
/// vCard 2.1 text has no escapes: unescape_text returns a 2.1 value as it
/// is ("A\B" is what the user typed).
std::string unescape_text(std::string_view value, std::string_view version);
/// Splits a structured value (N, ADR, ORG) at unescaped ';' and unescapes
/// each component. In 2.1 (and "1.0") only \; \\ \: and \, are escapes
/// there, as Android, the largest writer of 2.1, reads them; any other
/// backslash, \n included, stays literal.
std::vector<std::string> split_components(std::string_view value, std::string_view version);
/// Splits a list value (CATEGORIES, NICKNAME) at unescaped ',' and
/// unescapes each item; vCard 2.1 lists are split the same way.
std::vector<std::string> split_list(std::string_view value, std::string_view version);

/// The escapes a writer puts in a text value: \\ \, \; and \n for a line
/// break (CR LF, CR or LF).
std::string escape_text(std::string_view text);

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
