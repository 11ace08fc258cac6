#include "formats/vcard/group_card.hpp"

#include "formats/vcard/mapping_support.hpp"
#include "text/utf8.hpp"

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

using mapping::trimmed;

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         text::equals_ignoring_ascii_case(text.substr(0, prefix.size()), prefix);
}

}  // namespace

std::optional<GroupCard> group_card(const Card& card) {
  bool group = false;
  for (const Property& property : card.properties) {
    if ((property.name == "KIND" || property.name == "X-ADDRESSBOOKSERVER-KIND") &&
        text::equals_ignoring_ascii_case(trimmed(property.value), "group")) {
      group = true;
    }
  }
  if (!group) return std::nullopt;
  GroupCard result;
  std::string n;
  for (const Property& property : card.properties) {
    if (property.name == "MEMBER" || property.name == "X-ADDRESSBOOKSERVER-MEMBER") {
      std::string member = trimmed(property.value);
      if (!member.empty()) result.members.push_back(std::move(member));
    } else if (property.name == "FN" && result.name.empty()) {
      result.name = trimmed(unescape_text(property.value, card.version));
    } else if (property.name == "N" && n.empty()) {
      for (const std::string& part : split_components(property.value, card.version)) {
        const std::string word = trimmed(part);
        if (word.empty()) continue;
        if (!n.empty()) n += ' ';
        n += word;
      }
    }
  }
  if (result.name.empty()) result.name = n;
  return result;
}

std::vector<std::string> member_uids(const std::string& member) {
  constexpr std::string_view urn = "urn:uuid:";
  if (member.empty() || starts_with_ignoring_case(member, "mailto:") ||
      starts_with_ignoring_case(member, "tel:") || starts_with_ignoring_case(member, "sip:")) {
    return {};
  }
  std::vector<std::string> uids{member};
  if (starts_with_ignoring_case(member, urn)) {
    uids.push_back(member.substr(urn.size()));
  } else {
    uids.push_back(std::string(urn) + member);
  }
  return uids;
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
