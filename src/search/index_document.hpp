// What the search index holds for one person or organization: folded text
// per weighted column, filter tokens, the unfolded text for exact mode, and
// the exact-lookup keys. Built from domain values only, so that writing the
// index and checking it compare the same thing.
#ifndef LIAISON_SRC_SEARCH_INDEX_DOCUMENT_HPP
#define LIAISON_SRC_SEARCH_INDEX_DOCUMENT_HPP

#include <liaison/affiliation.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace search {

/// The index's weighted text columns, in table order, with the name the
/// API reports in SearchHit::matched_fields and the weight ranking gives
/// them. The order here is the order of the FTS5 table's columns.
enum class Column : std::size_t {
  names,
  organization,
  title,
  tags,
  contact,
  places,
  events,
  notes,
  former,
};
constexpr std::size_t column_count = 9;

/// A set of columns, one bit each: where the index holds a word.
using ColumnMask = std::uint32_t;
constexpr ColumnMask column_bit(Column column) noexcept {
  return ColumnMask{1} << static_cast<std::size_t>(column);
}

struct ColumnInfo {
  const char* index_name;   ///< FTS5 column name
  const char* report_name;  ///< SearchHit::matched_fields
  double weight;
};
const ColumnInfo& column_info(Column column) noexcept;

/// Names of the FTS5 filter-token column and the unfolded-text column.
constexpr const char* facets_column = "facets";

/// Filter tokens, one per fact a filter can ask about. They live in their
/// own column, so no word a user types can collide with them.
std::string kind_token(RecordKind kind);                // "kperson", "korg"
std::string organization_token(RecordId organization);  // "a12": held at 12 or a unit of it, ever
std::string country_token(std::string_view code);       // "cal"
std::string tag_token(std::string_view tag);            // "t" + folded tag without spaces
std::string event_token(RecordId event);                // "e7"

struct NameKey {
  std::string key;  ///< folded
  bool acronym = false;
};

struct IndexDocument {
  RecordId id = 0;
  RecordKind kind = RecordKind::person;
  std::array<std::string, column_count> columns;  ///< folded, words joined by spaces
  std::string facets;
  std::string original;  ///< NFC text of everything indexed, one field per line
  std::vector<NameKey> name_keys;

  /// Words of the name, organization and title columns (typo vocabulary).
  std::vector<std::string> vocabulary() const;
  /// Every word of the weighted columns once, in byte order, with the
  /// columns that hold it (the word list's rows); views into `columns`.
  std::vector<std::pair<std::string_view, ColumnMask>> words_with_columns() const;
  bool operator==(const IndexDocument& other) const;
};

/// An affiliation with its organization and that organization's ancestors
/// (nearest first), as the index needs them.
struct AffiliationContext {
  Affiliation affiliation;
  std::vector<Organization> chain;  ///< the organization, then its parent, ...
};

/// `today` splits affiliations into current (organization and title
/// columns) and former (the former column).
IndexDocument person_document(const Person& person,
                              const std::vector<AffiliationContext>& affiliations,
                              const std::vector<std::pair<RecordId, std::string>>& events,
                              const PartialDate& today);

/// `ancestors`: parent first.
IndexDocument organization_document(const Organization& organization,
                                    const std::vector<Organization>& ancestors,
                                    const std::vector<std::pair<RecordId, std::string>>& events);

}  // namespace search
}  // namespace v1
}  // namespace liaison

#endif
