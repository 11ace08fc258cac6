// Kept properties in the forms of the version an export writes. A PHOTO
// read from a 2.1 or 3.0 card (PHOTO;TYPE=JPEG;ENCODING=BASE64:...) is
// written into a 4.0 card as 4.0 has it, a data: URI, and a 4.0 data: URI
// into a 3.0 card as ENCODING=b; a LABEL, which 4.0 does not have, becomes
// the LABEL parameter of its address.
#ifndef LIAISON_SRC_FORMATS_VCARD_VERSION_FORMS_HPP
#define LIAISON_SRC_FORMATS_VCARD_VERSION_FORMS_HPP

#include "formats/vcard/card.hpp"

#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {

/// Rewrites an inline PHOTO, LOGO, SOUND or KEY for `version` ("3.0" or
/// "4.0"); leaves any other property as it is.
void adapt_binary_to_version(Property& property, std::string_view version);

/// Rewrites a GEO for `version`: 4.0's geo: URI ("geo:46.77,-71.28") and
/// 3.0's two numbers ("46.77;-71.28"; 2.1's "46.77,-71.28" too) each into
/// the other's form; leaves any other property, or a GEO it cannot read,
/// as it is.
void adapt_geo_to_version(Property& property, std::string_view version);

/// 4.0: each LABEL of `card` becomes the LABEL parameter of the ADR with
/// the same types (or of the only ADR); a LABEL with no address to go to
/// stays as it is, rather than be lost.
void move_labels_into_addresses(Card& card);

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
