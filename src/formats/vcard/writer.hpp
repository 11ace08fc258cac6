// Writes Cards as vCard 4.0 or 3.0 text: UTF-8, CRLF, lines folded at 75
// octets without splitting a UTF-8 sequence.
#ifndef LIAISON_SRC_FORMATS_VCARD_WRITER_HPP
#define LIAISON_SRC_FORMATS_VCARD_WRITER_HPP

#include "formats/vcard/card.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {

struct WriterOptions {
  std::string version = "4.0";  ///< "4.0" or "3.0"; anything else is refused
  bool fold = true;             ///< false: one physical line per property
};

/// Writes one card: BEGIN, VERSION (from options, not from the card), the
/// card's properties in order, END, each line ending in CRLF and folded as
/// write_line folds. The card is assembled in memory and reaches `out` in
/// one write, which is what makes a million cards quick.
///
/// A property is written [group "."] NAME *(";" PARAM "=" value *("," value))
/// ":" value, names as stored (the reader stores them upper-case).
///
/// Property values are written as they are in Card: already escaped (the
/// mapping escapes what it builds with escape_text, and properties kept
/// from an import are written back as they came in). The one change: a raw
/// line break (CR LF, CR or LF, left by a decoded 2.1 quoted-printable
/// value) becomes the two characters \n, as it would end the line early.
/// Nothing else is escaped or checked here.
///
/// Parameter values are quoted when they contain , ; or :, and RFC 6868
/// applies in 4.0 and 3.0 alike: " becomes ^', a line break ^n, ^ itself
/// ^^. Values are separated by commas, so a list is written TYPE=work,voice.
/// A parameter with no values (or no name) is left out: a bare name is 2.1
/// syntax and NAME= would state an empty value. A parameter whose values
/// are {""} is written NAME=.
///
/// Transfer parameters that stopped being true when the reader decoded the
/// value are dropped: CHARSET (any case) and ENCODING=QUOTED-PRINTABLE,
/// 8BIT or 7BIT. ENCODING=BASE64 or B stays, as ENCODING=b in 3.0 (RFC 2426
/// spelling) and as the card had it in 4.0.
///
/// A property named VERSION (the version comes from the options) and a
/// property with an empty name are skipped.
///
/// Throws Error(errc::invalid_argument) when options.version is neither
/// "3.0" nor "4.0", before writing anything; std::bad_alloc as strings
/// do. Output errors are reported
/// the iostream way, by the state of `out`.
void write_card(std::ostream& out, const Card& card, const WriterOptions& options);

/// The content line write_card writes for `property` in `version` ("3.0"
/// or "4.0"): unfolded and without CRLF, by the same rules (transfer
/// parameters dropped, parameter values quoted and RFC 6868-encoded, raw
/// line breaks in the value turned into \n). Unlike write_card it formats
/// any property, VERSION or nameless ones included. Throws
/// Error(errc::invalid_argument) for another version.
std::string format_property(const Property& property, std::string_view version);

/// Writes one content line with its CRLF. With options.fold, a line longer
/// than 75 octets is folded (RFC 6350 3.2): CRLF and one space, every
/// physical line at most 75 octets including that space, never inside a
/// UTF-8 sequence (the cut moves back to the octet that starts one; in
/// invalid UTF-8 with no such octet nearby, it stays at 75). Unfolding
/// (removing each CRLF + space) gives back `line` exactly. `line` must not
/// hold CR or LF; write_line does not check. Writes straight to `out`
/// without copying the line.
void write_line(std::ostream& out, const std::string& line, const WriterOptions& options);

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
