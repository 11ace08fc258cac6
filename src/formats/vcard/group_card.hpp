// Contact groups written as cards: vCard 4.0's KIND:group with MEMBER
// properties, and Apple's X-ADDRESSBOOKSERVER-KIND:group with
// X-ADDRESSBOOKSERVER-MEMBER (iCloud, Nextcloud, Radicale). A group is no
// person or organization; the importer makes its name a tag of its members.
#ifndef LIAISON_SRC_FORMATS_VCARD_GROUP_CARD_HPP
#define LIAISON_SRC_FORMATS_VCARD_GROUP_CARD_HPP

#include "formats/vcard/card.hpp"

#include <optional>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {

struct GroupCard {
  std::string name;                  ///< FN, else N's parts; may be empty
  std::vector<std::string> members;  ///< MEMBER values as written (urn:uuid:..., mailto:...)
};

/// The group `card` describes; nullopt when it is no group card.
std::optional<GroupCard> group_card(const Card& card);

/// The UIDs a member reference may name a card by: the value itself and,
/// for urn:uuid: references, the UUID without the prefix (Apple's member
/// cards write UID:<uuid>, 4.0 cards UID:urn:uuid:<uuid>). Empty for a
/// reference that names no UID (mailto:, tel:, an empty value).
std::vector<std::string> member_uids(const std::string& member);

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
