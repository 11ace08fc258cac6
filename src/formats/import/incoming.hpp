// What a format's mapping hands the importer: one contact as a file gives
// it, before the directory decides which records it becomes (which
// organization a name means, which record an earlier import made).
#ifndef LIAISON_SRC_FORMATS_IMPORT_INCOMING_HPP
#define LIAISON_SRC_FORMATS_IMPORT_INCOMING_HPP

#include "validation.hpp"

#include <liaison/affiliation.hpp>
#include <liaison/date.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace formats {

/// A position a person record names: the institution first, then units
/// under it, then whatever the directory has no unit for (it becomes the
/// department), with the title and role held there.
struct IncomingPosition {
  std::vector<std::string> organization;  ///< empty parts removed
  std::string department;                 ///< a department named on its own, after the path's rest
  std::string title;
  std::string role;
  std::size_t line = 0;
  /// Set only by a file that says them (the native CSV layout's details):
  /// then the position is stored with these dates and this primary flag;
  /// otherwise the first position of a record is its primary one, and a
  /// stored position keeps its own dates.
  PartialDate start;
  PartialDate end;
  std::optional<bool> primary;
};

/// The positions of `all` held today, the primary ones first, each part in
/// the order given: what an export writes as a person's current positions,
/// the first of them in a CSV row's own columns.
inline std::vector<IncomingPosition> current_positions(const std::vector<IncomingPosition>& all) {
  std::vector<IncomingPosition> current;
  for (const IncomingPosition& position : all) {
    Affiliation held;  // the filter reads the dates alone
    held.start = position.start;
    held.end = position.end;
    if (AffiliationFilter::current().matches(held)) current.push_back(position);
  }
  std::stable_partition(current.begin(), current.end(), [](const IncomingPosition& position) {
    return position.primary.value_or(false);
  });
  return current;
}

/// One contact read from a file.
struct IncomingContact {
  bool is_organization = false;
  Person person;              ///< when !is_organization
  Organization organization;  ///< when is_organization
  /// For an organization that is a unit: the institution and the units
  /// above it, outermost first.
  std::vector<std::string> parents;
  std::vector<IncomingPosition> affiliations;  ///< persons only
  /// The file's own identifier of the record as written (a vCard UID), or
  /// empty; a UUID is also set as the record's uid by the mapping.
  std::string uid;
  /// Values kept as raw text and fields the mapping could not use.
  std::vector<detail::FieldWarning> warnings;
};

/// True for a UUID in its 36-character text form, the form of a record's
/// uid: a file's identifier of that form may name a record of this directory.
inline bool is_uuid(std::string_view text) noexcept {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash != (text[i] == '-')) return false;
    if (!dash && !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

}  // namespace formats
}  // namespace v1
}  // namespace liaison

#endif
