// What the details cells of people and of organizations share: reading a
// native row back as an import would, and telling a cell edited after the
// export from one the export wrote.
#ifndef LIAISON_SRC_FORMATS_CSV_DETAILS_SUPPORT_HPP
#define LIAISON_SRC_FORMATS_CSV_DETAILS_SUPPORT_HPP

#include "formats/csv/details.hpp"
#include "formats/csv/layout.hpp"

#include <liaison/contact.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace details_support {

/// A member of a details cell and the native columns that also say it
/// (none: the flat layout has no place for it at all).
struct DetailsPart {
  std::string_view member;
  std::initializer_list<Field> fields;
};

/// The part of `parts` named `member`; nullptr when none is.
template <std::size_t N>
const DetailsPart* part_named(const std::array<DetailsPart, N>& parts, std::string_view member) {
  for (const DetailsPart& part : parts) {
    if (part.member == member) return &part;
  }
  return nullptr;
}

/// Contact points as compared: without their source (each import stamps
/// its own) and phones without the E.164 form the directory derives.
template <class Point>
std::vector<Point> unstamped(std::vector<Point> points) {
  for (Point& point : points) {
    point.source.clear();
    if constexpr (std::is_same_v<Point, Phone>) point.e164.clear();
  }
  return points;
}

/// Appends the items of `added` that `kept` does not have: the row's own
/// raw values and extra fields stay beside the exported ones.
template <class T>
void unite(std::vector<T>& kept, const std::vector<T>& added) {
  for (const T& item : added) {
    if (std::find(kept.begin(), kept.end(), item) == kept.end()) kept.push_back(item);
  }
}

/// Takes the "source" member off each object of an array of contact points.
void drop_sources(nlohmann::json& value);

/// The layout an import gives a native header, for reading a row back.
const Layout& native_read_layout();

/// The cell of the file's column that means `target`; empty when the file
/// has none (a column the user deleted).
std::string_view cell_for(const ColumnTarget& target, const std::vector<std::string>& cells,
                          const Layout& layout);

/// A cell as compared with the one an export would write: trimmed, without
/// the apostrophe an Excel export puts before a formula.
std::string comparable(std::string_view cell);

/// The details cell as a JSON object, without the members `known` does not
/// know (listed in outcome.unknown); outcome.error says why when the cell
/// is not a JSON object at all.
nlohmann::json parse_details(std::string_view details, DetailsOutcome& outcome,
                             const std::function<bool(const std::string&)>& known);

/// Whether any of the native columns of `fields` holds, in the file's
/// `cells` read through `layout`, something else than the `expected` native
/// row: a cell edited since the export, which wins over the details.
bool edited(std::initializer_list<Field> fields, const std::vector<std::string>& cells,
            const Layout& layout, const std::vector<std::string>& expected);

/// Whether `a` and `b` hold the same contact points of the kind the
/// details member `member` names ("emails", "phones", "urls",
/// "social_profiles", "addresses"), compared unstamped; nullopt for
/// another member.
std::optional<bool> same_points(const ContactPoints& a, const ContactPoints& b,
                                std::string_view member);
/// Copies the contact points `member` names from `from` to `to`; false,
/// copying nothing, for another member.
bool copy_points(ContactPoints& to, const ContactPoints& from, std::string_view member);

}  // namespace details_support
}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
