#include "formats/csv/fields.hpp"

#include <string_view>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

// One name per field: the native header's names first, then the finer
// parts. --map accepts exactly these, so a name never changes.
constexpr std::pair<Field, std::string_view> field_names[] = {
    {Field::none, "none"},
    {Field::external_id, "external_id"},
    {Field::prefix, "prefix"},
    {Field::given_name, "given_name"},
    {Field::middle_name, "middle_name"},
    {Field::family_name, "family_name"},
    {Field::suffix, "suffix"},
    {Field::nickname, "nickname"},
    {Field::birthday, "birthday"},
    {Field::organization, "organization"},
    {Field::department, "department"},
    {Field::title, "title"},
    {Field::role, "role"},
    {Field::email, "email"},
    {Field::phone, "phone"},
    {Field::website, "website"},
    {Field::street, "street"},
    {Field::locality, "locality"},
    {Field::region, "region"},
    {Field::postal_code, "postal_code"},
    {Field::country, "country"},
    {Field::tags, "tags"},
    {Field::notes, "notes"},
    {Field::identifier, "identifier"},
    {Field::social_profiles, "social_profiles"},
    {Field::details, "details"},
    {Field::full_name, "full_name"},
    {Field::birth_year, "birth_year"},
    {Field::birth_month, "birth_month"},
    {Field::birth_day, "birth_day"},
    {Field::email_label, "email_label"},
    {Field::email_display_name, "email_display_name"},
    {Field::email_type, "email_type"},
    {Field::phone_label, "phone_label"},
    {Field::website_label, "website_label"},
    {Field::address_label, "address_label"},
    {Field::street_extra, "street_extra"},
    {Field::house_number, "house_number"},
    {Field::address_formatted, "address_formatted"},
    {Field::social_profile, "social_profile"},
    {Field::social_profile_label, "social_profile_label"},
};

}  // namespace

std::string_view field_name(Field field) noexcept {
  for (const auto& [value, name] : field_names) {
    if (value == field) return name;
  }
  return "none";
}

std::optional<Field> field_from_name(std::string_view name) noexcept {
  for (const auto& [value, known] : field_names) {
    if (known == name) return value;
  }
  return std::nullopt;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
