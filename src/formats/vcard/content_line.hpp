// One logical (unfolded) vCard line: [group "."] name *(";" param) ":" value,
// read as leniently as the files in the wild need: 2.1 bare parameters,
// empty parameters, quoted values holding , : and ;, RFC 6868 carets.
#ifndef LIAISON_SRC_FORMATS_VCARD_CONTENT_LINE_HPP
#define LIAISON_SRC_FORMATS_VCARD_CONTENT_LINE_HPP

#include "formats/vcard/card.hpp"

#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {

enum class ContentLineStatus { ok, no_colon, no_name };

/// Parses `line` into the group, name and parameters of `property` (which
/// it overwrites; `value` and `line` numbers are left alone) and points
/// `value` at the raw text after the ':' in `line`. `rfc6868` turns on the
/// ^n ^^ ^' decoding of parameter values (3.0 and 4.0; 2.1 has no carets).
/// A bare parameter becomes ENCODING when it names a transfer encoding
/// (QUOTED-PRINTABLE, BASE64, 8BIT, 7BIT), otherwise a value of TYPE.
ContentLineStatus parse_content_line(std::string_view line, bool rfc6868, Property& property,
                                     std::string_view& value);

enum class TransferEncoding { none, quoted_printable, base64 };

/// The transfer encoding the parameters of `line` declare, found without
/// parsing the whole line: the reader asks this while joining lines, before
/// the line is complete.
TransferEncoding declared_transfer_encoding(std::string_view line) noexcept;

/// The transfer encoding among parsed parameters.
TransferEncoding transfer_encoding(const Property& property) noexcept;

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
