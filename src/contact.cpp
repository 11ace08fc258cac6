#include <liaison/contact.hpp>

#include "enum_names.hpp"

namespace liaison {
inline namespace v1 {

namespace {
constexpr std::pair<PhoneKind, const char*> phone_kind_names[] = {
    {PhoneKind::work, "work"}, {PhoneKind::mobile, "mobile"}, {PhoneKind::fax, "fax"},
    {PhoneKind::home, "home"}, {PhoneKind::other, "other"},
};
}  // namespace

const char* to_string(PhoneKind kind) noexcept { return detail::enum_name(phone_kind_names, kind); }

std::optional<PhoneKind> phone_kind_from_string(std::string_view text) noexcept {
  return detail::enum_from_name(phone_kind_names, text);
}

bool Email::operator==(const Email&) const = default;
bool Phone::operator==(const Phone&) const = default;
bool Url::operator==(const Url&) const = default;
bool SocialProfile::operator==(const SocialProfile&) const = default;
bool PostalAddress::operator==(const PostalAddress&) const = default;
bool ContactPoints::operator==(const ContactPoints&) const = default;

bool ContactPoints::empty() const noexcept {
  return emails.empty() && phones.empty() && urls.empty() && social_profiles.empty() &&
         addresses.empty();
}

}  // namespace v1
}  // namespace liaison
