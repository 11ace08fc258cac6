#include <liaison/person.hpp>

#include "enum_names.hpp"

namespace liaison {
inline namespace v1 {

namespace {
constexpr std::pair<LawfulBasis, const char*> basis_names[] = {
    {LawfulBasis::unspecified, "unspecified"},
    {LawfulBasis::consent, "consent"},
    {LawfulBasis::contract, "contract"},
    {LawfulBasis::legal_obligation, "legal_obligation"},
    {LawfulBasis::vital_interests, "vital_interests"},
    {LawfulBasis::public_task, "public_task"},
    {LawfulBasis::legitimate_interests, "legitimate_interests"},
};
}  // namespace

const char* to_string(LawfulBasis basis) noexcept { return detail::enum_name(basis_names, basis); }

std::optional<LawfulBasis> lawful_basis_from_string(std::string_view text) noexcept {
  return detail::enum_from_name(basis_names, text);
}

bool DataProtection::operator==(const DataProtection&) const = default;
bool Identifier::operator==(const Identifier&) const = default;
bool Person::operator==(const Person&) const = default;

std::string Person::name() const {
  if (!display_name.empty()) return display_name;
  std::string joined;
  for (const std::string* part : {&prefix, &given_names, &family_names, &suffix}) {
    if (part->empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += *part;
  }
  if (!joined.empty()) return joined;
  if (!alternative_names.empty()) return alternative_names.front().value;
  if (!nicknames.empty()) return nicknames.front();
  if (!contacts.emails.empty()) return contacts.emails.front().address;
  if (!contacts.phones.empty()) return contacts.phones.front().number;
  if (!identifiers.empty()) {
    const Identifier& first = identifiers.front();
    return first.scheme.empty() ? first.value : first.scheme + ' ' + first.value;
  }
  return {};
}

}  // namespace v1
}  // namespace liaison
