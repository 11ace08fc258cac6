// A person's profile packed into one string, for the matching cache: a
// profile as built holds some thirty small allocations (1.1 KB); packed it
// is a fifth of that, so the cache holds several times more people for the
// memory, and unpacking one costs far less than reading it again.
#pragma once

#include "dedup/profile.hpp"

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace dedup {

std::string pack(const PersonProfile& profile);
/// The profile pack() was given; `packed` must come from pack().
PersonProfile unpack_person_profile(std::string_view packed);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
