// The vocabulary of a CSV row: what one column means to liaison. The
// layouts (native, Google, Outlook, ...) map their headers onto it, the
// row mapper turns a row of it into a contact, and the writer turns a
// contact back into it. No storage and no I/O here.
#ifndef LIAISON_SRC_FORMATS_CSV_FIELDS_HPP
#define LIAISON_SRC_FORMATS_CSV_FIELDS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {

/// What a column holds. The first block is liaison's native vocabulary
/// (the names of the native layout's header, documented in the README);
/// the rest are the finer parts other programs' exports split a value
/// into, which the native layout does not need.
enum class Field {
  none,  ///< not mapped: the cell is kept as an extra field named by the header

  // native vocabulary
  external_id,
  prefix,
  given_name,
  middle_name,
  family_name,
  suffix,
  nickname,
  birthday,
  organization,
  department,
  title,
  role,
  email,  ///< group 1..n tells e-mail columns apart (native email, email2, email3)
  phone,  ///< `label` names the kind: "work" (native phone), "mobile", "fax", "home", ...
  website,
  street,  ///< address parts: `group` tells addresses apart, `label` names them
  locality,
  region,
  postal_code,
  country,
  tags,
  notes,
  identifier,  ///< "scheme:value", or a bare value

  // finer parts of other layouts
  full_name,   ///< "Display Name", Google's "Name": the display name
  birth_year,  ///< Thunderbird splits the birthday in three
  birth_month,
  birth_day,
  email_label,  ///< the label of the e-mail of the same group ("E-mail 1 - Type")
  /// Outlook's "E-mail Display Name" of the e-mail of the same group:
  /// "Jane Roe (jane.roe@contoso.com)", where an Exchange contact's real
  /// address is.
  email_display_name,
  email_type,  ///< Outlook's "E-mail Type": SMTP, or EX for an Exchange address
  phone_label,
  website_label,
  address_label,
  street_extra,          ///< a second or third street line, or a PO box: joined to the street
  house_number,          ///< a spreadsheet's column for the number: after the street, by a space
  address_formatted,     ///< a whole address in one cell, used when the parts are empty
  social_profile,        ///< a screen name or profile URL; `label` names the service
  social_profile_label,  ///< the service of the social profile of the same group ("IM 1 - Service")
  social_profiles,       ///< native: "service:handle or URL" for each, several in one cell
  details,  ///< native: what the other columns cannot say, as JSON (formats/csv/details.hpp)
};

/// The native name of a field ("given_name"), or the internal name of a
/// finer part ("birth_year"); both are accepted by --map.
std::string_view field_name(Field field) noexcept;
/// The field a --map name stands for; nullopt when there is none.
std::optional<Field> field_from_name(std::string_view name) noexcept;

/// What one column of a file means.
struct ColumnTarget {
  Field field = Field::none;
  /// Which e-mail, phone, website or address of the row (1-based; 0 when
  /// the field has a single value): "E-mail 2 - Value" is email/2 and
  /// "E-mail 2 - Type" email_label/2.
  unsigned group = 0;
  /// A fixed label the layout gives the value: "work" for Outlook's
  /// "Business Phone", "mobile", "fax", "home", "pager", ...
  std::string label;

  bool operator==(const ColumnTarget& other) const {
    return field == other.field && group == other.group && label == other.label;
  }
};

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
