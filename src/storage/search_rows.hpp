// The search index's rows: the FTS5 table, the exact-name keys and the
// typo vocabulary. Like RecordStore, everything here runs inside the
// caller's transaction and decides nothing: search/ says what to write
// and what to ask.
#ifndef LIAISON_SRC_STORAGE_SEARCH_ROWS_HPP
#define LIAISON_SRC_STORAGE_SEARCH_ROWS_HPP

#include <liaison/affiliation.hpp>

#include "search/index_document.hpp"
#include "storage/connection.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace storage {

/// The text columns of one indexed record, as stored.
struct StoredText {
  std::array<std::string, search::column_count> columns;
  std::string original;
};

/// What a search hit shows, read with a few small queries instead of
/// whole records.
struct HitSummary {
  RecordKind kind = RecordKind::person;
  std::string uid;
  std::string name;                       ///< display name; empty when a full read is needed
  std::string parent;                     ///< an organization's parent's display name
  std::vector<Affiliation> affiliations;  ///< a person's, with dates, title, primary
};

class SearchRows {
 public:
  explicit SearchRows(Connection& connection) : db_(connection) {}

  /// Adds the document of a record the index does not hold yet (new, or
  /// erased just before). `known_terms` remembers the vocabulary written so
  /// far by the caller, so that common words cost one hash lookup.
  void add(const search::IndexDocument& document, std::unordered_set<std::string>& known_terms);
  void erase(RecordId id);
  /// Empties every search table (before a rebuild).
  void clear();
  /// Merges the FTS5 segments into one, after a rebuild.
  void optimize();

  /// What the index holds for `id`, read back for checking; nullopt when
  /// the record has no row.
  std::optional<search::IndexDocument> read(RecordId id);
  /// Ids of every indexed record, ascending.
  std::vector<RecordId> ids();

  /// Ids matching an FTS5 expression that search/ built (never user
  /// text), greater than `after`, ascending, at most `limit`.
  std::vector<RecordId> match(const std::string& expression, RecordId after, std::size_t limit);
  bool matches(const std::string& expression, RecordId id);
  std::optional<StoredText> text(RecordId id);

  /// nullopt when `id` is no person or organization.
  std::optional<HitSummary> summary(RecordId id);
  /// An organization's display name (name, else acronym); empty when unknown.
  std::string organization_name(RecordId id);

  /// Records with this folded name key: (id, whether it is an acronym).
  std::vector<std::pair<RecordId, bool>> records_with_name_key(std::string_view key);
  /// Owners of an e-mail ("email") or phone ("phone") with this lookup key.
  std::vector<RecordId> owners_of_contact(const char* type, std::string_view key);
  /// Vocabulary words equal to one of `probes` or having one of them as a
  /// one-letter deletion.
  std::vector<std::string> terms_near(const std::vector<std::string>& probes);

 private:
  Connection& db_;
};

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
