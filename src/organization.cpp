#include <liaison/organization.hpp>

#include "enum_names.hpp"

namespace liaison {
inline namespace v1 {

namespace {
constexpr std::pair<OrganizationKind, const char*> kind_names[] = {
    {OrganizationKind::unspecified, "unspecified"},
    {OrganizationKind::intergovernmental, "intergovernmental"},
    {OrganizationKind::eu_agency, "eu_agency"},
    {OrganizationKind::government_ministry, "government_ministry"},
    {OrganizationKind::law_enforcement, "law_enforcement"},
    {OrganizationKind::judiciary, "judiciary"},
    {OrganizationKind::ngo, "ngo"},
    {OrganizationKind::private_sector, "private_sector"},
    {OrganizationKind::academic, "academic"},
    {OrganizationKind::media, "media"},
    {OrganizationKind::other, "other"},
};
}  // namespace

const char* to_string(OrganizationKind kind) noexcept { return detail::enum_name(kind_names, kind); }

std::optional<OrganizationKind> organization_kind_from_string(std::string_view text) noexcept {
  return detail::enum_from_name(kind_names, text);
}

std::string Organization::display_name() const { return name.empty() ? acronym : name; }

std::string Organization::labelled_name() const {
  if (!name.empty() && !acronym.empty() && name != acronym) return name + " (" + acronym + ")";
  return display_name();
}

bool Organization::operator==(const Organization&) const = default;

}  // namespace v1
}  // namespace liaison
