// Google Contacts' "Google CSV": the layout of 2021 and later ("First Name",
// "Labels", "E-mail 1 - Label") and the older one ("Given Name", "Group
// Membership", "E-mail 1 - Type"). Both number the e-mails, phones,
// addresses, websites and the rest without end ("Phone 7 - Value") and put
// several values of one kind into a cell, separated by " ::: ". Only the
// English names are known here.
#include "formats/csv/presets.hpp"

#include <cctype>
#include <cstddef>
#include <optional>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {
namespace {

// The layout of 2021 and later, in Google's order.
constexpr Column columns[] = {
    {"First Name", {Field::given_name}},
    {"Middle Name", {Field::middle_name}},
    {"Last Name", {Field::family_name}},
    {"Phonetic First Name", {}},
    {"Phonetic Middle Name", {}},
    {"Phonetic Last Name", {}},
    {"Name Prefix", {Field::prefix}},
    {"Name Suffix", {Field::suffix}},
    {"Nickname", {Field::nickname}},
    {"File As", {}},
    {"Organization Name", {Field::organization}},
    {"Organization Title", {Field::title}},
    {"Organization Department", {Field::department}},
    {"Birthday", {Field::birthday}},
    {"Notes", {Field::notes}},
    {"Photo", {}},
    {"Labels", {Field::tags}},
};

// The older layout's own names; the ones it shares are above.
constexpr Column aliases[] = {
    {"Name", {Field::full_name}},
    {"Given Name", {Field::given_name}},
    {"Additional Name", {Field::middle_name}},
    {"Family Name", {Field::family_name}},
    {"Yomi Name", {}},
    {"Given Name Yomi", {}},
    {"Additional Name Yomi", {}},
    {"Family Name Yomi", {}},
    {"Initials", {}},
    {"Short Name", {}},
    {"Maiden Name", {}},
    {"Gender", {}},
    {"Location", {}},
    {"Billing Information", {}},
    {"Directory Server", {}},
    {"Mileage", {}},
    {"Occupation", {}},
    {"Hobby", {}},
    {"Sensitivity", {}},
    {"Priority", {}},
    {"Subject", {}},
    {"Language", {}},
    {"Group Membership", {Field::tags}},
};

bool equals_ascii_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// The part after " - ": Google wrote "Type" before 2021 and "Label" since.
bool is_label_part(std::string_view part) {
  return equals_ascii_nocase(part, "Type") || equals_ascii_nocase(part, "Label");
}

struct NumberedPart {
  std::string_view part;
  Field field;
};

constexpr NumberedPart address_parts[] = {
    {"Formatted", Field::address_formatted},
    {"Street", Field::street},
    {"City", Field::locality},
    {"PO Box", Field::street_extra},
    {"Region", Field::region},
    {"Postal Code", Field::postal_code},
    {"Country", Field::country},
    {"Extended Address", Field::street_extra},
};

// Kinds Google numbers that liaison keeps only as extra fields.
constexpr std::string_view unmapped_kinds[] = {
    "Relation", "Event", "Custom Field", "External ID", "Jot", "Calendar Link", "Location",
};

// "E-mail 2 - Value": kind "E-mail", number 2, part "Value".
std::optional<Target> numbered(std::string_view name) {
  const std::size_t dash = name.find(" - ");
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view left = name.substr(0, dash);
  const std::string_view part = name.substr(dash + 3);
  std::size_t digits = left.size();
  while (digits > 0 && left[digits - 1] >= '0' && left[digits - 1] <= '9') --digits;
  if (digits == left.size() || digits == 0 || left[digits - 1] != ' ' || left.size() - digits > 4) {
    return std::nullopt;
  }
  unsigned number = 0;
  for (char c : left.substr(digits)) number = number * 10 + static_cast<unsigned>(c - '0');
  if (number == 0) return std::nullopt;
  const std::string_view kind = left.substr(0, digits - 1);

  auto value_or_label = [&](Field value, Field label) -> std::optional<Target> {
    if (equals_ascii_nocase(part, "Value")) return Target{value, number};
    if (is_label_part(part)) return Target{label, number};
    return Target{};
  };
  if (equals_ascii_nocase(kind, "E-mail")) return value_or_label(Field::email, Field::email_label);
  if (equals_ascii_nocase(kind, "Phone")) return value_or_label(Field::phone, Field::phone_label);
  if (equals_ascii_nocase(kind, "Website")) {
    return value_or_label(Field::website, Field::website_label);
  }
  if (equals_ascii_nocase(kind, "IM")) {
    // "IM 1 - Type" is home or work; the service is what names a profile.
    if (equals_ascii_nocase(part, "Value")) return Target{Field::social_profile, number};
    if (equals_ascii_nocase(part, "Service")) return Target{Field::social_profile_label, number};
    return Target{};
  }
  if (equals_ascii_nocase(kind, "Address")) {
    if (is_label_part(part)) return Target{Field::address_label, number};
    for (const NumberedPart& known : address_parts) {
      if (equals_ascii_nocase(part, known.part)) return Target{known.field, number};
    }
    return Target{};
  }
  if (equals_ascii_nocase(kind, "Organization")) {
    // liaison keeps one position from a row: the first organization's.
    if (number == 1) {
      if (equals_ascii_nocase(part, "Name")) return Target{Field::organization};
      if (equals_ascii_nocase(part, "Title")) return Target{Field::title};
      if (equals_ascii_nocase(part, "Department")) return Target{Field::department};
    }
    return Target{};
  }
  for (std::string_view unmapped : unmapped_kinds) {
    if (equals_ascii_nocase(kind, unmapped)) return Target{};
  }
  return std::nullopt;
}

}  // namespace

const Preset& google_preset() {
  static constexpr Preset preset{
      .name = "google", .columns = columns, .aliases = aliases, .numbered = numbered};
  return preset;
}

std::span<const std::string_view> google_export_names() {
  static constexpr std::string_view names[] = {
      "First Name",
      "Middle Name",
      "Last Name",
      "Name Prefix",
      "Name Suffix",
      "Nickname",
      "Organization Name",
      "Organization Title",
      "Organization Department",
      "Birthday",
      "Notes",
      "Labels",
      "E-mail 1 - Label",
      "E-mail 1 - Value",
      "E-mail 2 - Label",
      "E-mail 2 - Value",
      "E-mail 3 - Label",
      "E-mail 3 - Value",
      "Phone 1 - Label",
      "Phone 1 - Value",
      "Phone 2 - Label",
      "Phone 2 - Value",
      "Phone 3 - Label",
      "Phone 3 - Value",
      "Phone 4 - Label",
      "Phone 4 - Value",
      "Phone 5 - Label",
      "Phone 5 - Value",
      "Phone 6 - Label",
      "Phone 6 - Value",
      "Address 1 - Label",
      "Address 1 - Street",
      "Address 1 - City",
      "Address 1 - Region",
      "Address 1 - Postal Code",
      "Address 1 - Country",
      "Address 2 - Label",
      "Address 2 - Street",
      "Address 2 - City",
      "Address 2 - Region",
      "Address 2 - Postal Code",
      "Address 2 - Country",
      "Website 1 - Label",
      "Website 1 - Value",
  };
  return names;
}

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
