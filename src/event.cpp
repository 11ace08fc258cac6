#include <liaison/event.hpp>

#include "enum_names.hpp"

namespace liaison {
inline namespace v1 {

namespace {
constexpr std::pair<ParticipationRole, const char*> role_names[] = {
    {ParticipationRole::participant, "participant"},
    {ParticipationRole::speaker, "speaker"},
    {ParticipationRole::organizer, "organizer"},
    {ParticipationRole::author, "author"},
};
}  // namespace

const char* to_string(ParticipationRole role) noexcept { return detail::enum_name(role_names, role); }

std::optional<ParticipationRole> participation_role_from_string(std::string_view text) noexcept {
  return detail::enum_from_name(role_names, text);
}

bool EventSession::operator==(const EventSession&) const = default;
bool Event::operator==(const Event&) const = default;
bool Participation::operator==(const Participation&) const = default;

}  // namespace v1
}  // namespace liaison
