// Survivorship: what one record becomes when another is merged into it.
// Pure functions over values; the directory stores the result, moves the
// links and keeps the snapshot that undoes it (src/directory_merge.cpp).
// The rules are written down in docs/dedup.md, "Merging".
#pragma once

#include <liaison/organization.hpp>
#include <liaison/person.hpp>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// `survivor` with `absorbed` merged into it. Lists are unioned (contact
/// points by their normalised value, names, tags, identifiers, sources,
/// raw values, extra fields); a single value the survivor has wins, one it
/// lacks is taken from `absorbed`, and every differing value of `absorbed`
/// is kept: a full name as an alternative name, notes appended, anything
/// else as a RawValue whose reason is "merged from <absorbed uid>".
/// The result keeps the survivor's meta.
Person merged_person(const Person& survivor, const Person& absorbed);

/// The same for organizations: a differing name or acronym becomes an
/// alias; parent_id follows the single-value rule (the directory then
/// makes sure the result is no unit of itself).
Organization merged_organization(const Organization& survivor, const Organization& absorbed);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
