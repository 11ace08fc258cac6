// One table per enum maps values to their stable names and back, so that a
// name is written in exactly one place.
#ifndef LIAISON_SRC_ENUM_NAMES_HPP
#define LIAISON_SRC_ENUM_NAMES_HPP

#include <optional>
#include <string_view>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace detail {

template <typename Enum, std::size_t N>
const char* enum_name(const std::pair<Enum, const char*> (&table)[N], Enum value) noexcept {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> enum_from_name(const std::pair<Enum, const char*> (&table)[N],
                                   std::string_view name) noexcept {
  for (const auto& [candidate, candidate_name] : table) {
    if (name == candidate_name) return candidate;
  }
  return std::nullopt;
}

}  // namespace detail
}  // namespace v1
}  // namespace liaison

#endif
