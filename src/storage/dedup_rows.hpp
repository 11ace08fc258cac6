// The lookups that find candidates for one incoming record without reading
// the whole directory: persons by the start of their sort key, and owners
// of an identifier. (E-mails and phones: SearchRows::owners_of_contact.)
#pragma once

#include <liaison/record.hpp>

#include "storage/connection.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace storage {

/// Persons whose sort key ("family given", folded) is `prefix` or starts
/// with it: what the person_sort index answers without the search index,
/// so that it also sees the writes of an import still in its transaction.
/// Returns each id with its sort key, from the index alone, so that the
/// caller can pick the likeliest before reading any record.
std::vector<std::pair<RecordId, std::string>> persons_by_sort_key_prefix(Connection& db,
                                                                         const std::string& prefix,
                                                                         std::size_t limit);
/// The number of persons, from the person table's own b-tree (the record
/// table has every kind and no index by kind).
std::size_t count_persons(Connection& db);
/// How many persons have the family name `family` (their sort key is it, or
/// starts with it and a space), counting up to `limit`.
std::size_t count_family_name(Connection& db, const std::string& family, std::size_t limit);
/// Owners of an identifier with this scheme and value.
std::vector<RecordId> owners_of_identifier(Connection& db, const std::string& scheme,
                                           const std::string& value, std::size_t limit);

}  // namespace storage
}  // namespace v1
}  // namespace liaison
