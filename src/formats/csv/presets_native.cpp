// liaison's own layout: one column per field, named as the field is
// (docs/csv-layouts.md). What a native export writes reads back unchanged.
#include "formats/csv/presets.hpp"

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {
namespace {

// The export order. One address of no particular kind: its parts have
// group 0 and no label, and "country" (group 0, no label) is the record's
// country, which the row mapper also gives that address.
constexpr Column columns[] = {
    {"external_id", {Field::external_id}},
    {"prefix", {Field::prefix}},
    {"given_name", {Field::given_name}},
    {"middle_name", {Field::middle_name}},
    {"family_name", {Field::family_name}},
    {"suffix", {Field::suffix}},
    {"full_name", {Field::full_name}},
    {"nickname", {Field::nickname}},
    {"birthday", {Field::birthday}},
    {"organization", {Field::organization}},
    {"department", {Field::department}},
    {"title", {Field::title}},
    {"role", {Field::role}},
    {"email", {Field::email, 1}},
    {"email2", {Field::email, 2}},
    {"email3", {Field::email, 3}},
    {"phone", {Field::phone, 0, "work"}},
    {"mobile", {Field::phone, 0, "mobile"}},
    {"fax", {Field::phone, 0, "fax"}},
    {"website", {Field::website}},
    {"street", {Field::street}},
    {"locality", {Field::locality}},
    {"region", {Field::region}},
    {"postal_code", {Field::postal_code}},
    {"country", {Field::country}},
    {"tags", {Field::tags}},
    {"notes", {Field::notes}},
    {"identifier", {Field::identifier}},
    // After the vocabulary the issue of the native layout named: phones of
    // the kinds `phone` would turn into work phones, and social profiles.
    {"home_phone", {Field::phone, 0, "home"}},
    {"other_phone", {Field::phone, 0, "other"}},
    {"social_profiles", {Field::social_profiles}},
    // Last: labels, preferred flags, further addresses, raw values... as
    // JSON, for the people the columns above cannot give back whole.
    {"details", {Field::details}},
};

}  // namespace

const Preset& native_preset() {
  static constexpr Preset preset{.name = "native", .columns = columns, .exact_names = true};
  return preset;
}

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
