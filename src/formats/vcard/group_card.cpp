#include "formats/vcard/group_card.hpp"

#include "formats/vcard/mapping_support.hpp"
#include "text/utf8.hpp"

namespace liaison {
inline namespace v1 {
namespace vcard {

std::optional<GroupCard> group_card(const Card& card) {
  bool group = false;
  for (const Property& property : card.properties) {
    if ((property.name == "KIND" || property.name == "X-ADDRESSBOOKSERVER-KIND") &&
        text::equals_ignoring_ascii_case(mapping::trimmed(property.value), "group")) {
      group = true;
    }
  }
  if (!group) return std::nullopt;
  GroupCard result;
  std::string n;
  for (const Property& property : card.properties) {
    if (property.name == "MEMBER" || property.name == "X-ADDRESSBOOKSERVER-MEMBER") {
      std::string member = mapping::trimmed(property.value);
      if (!member.empty()) result.members.push_back(std::move(member));
    } else if (property.name == "FN" && result.name.empty()) {
      result.name = mapping::trimmed(unescape_text(property.value, card.version));
    } else if (property.name == "N" && n.empty()) {
      std::vector<std::string> parts = split_components(property.value, card.version);
      for (std::string& part : parts) part = mapping::trimmed(part);
      n = mapping::join(parts, " ");
    }
  }
  if (result.name.empty()) result.name = n;
  return result;
}

std::vector<std::string> member_uids(const std::string& member) {
  constexpr std::string_view urn = "urn:uuid:";
  if (member.empty() || text::starts_with_ignoring_ascii_case(member, "mailto:") ||
      text::starts_with_ignoring_ascii_case(member, "tel:") ||
      text::starts_with_ignoring_ascii_case(member, "sip:")) {
    return {};
  }
  std::vector<std::string> uids{member};
  if (text::starts_with_ignoring_ascii_case(member, urn)) {
    uids.push_back(member.substr(urn.size()));
  } else {
    uids.push_back(std::string(urn) + member);
  }
  return uids;
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
