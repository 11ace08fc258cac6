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
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

/// What SearchRows::add() has written in a transaction, so that a common
/// word costs a hash lookup instead of a statement per document.
struct WrittenWords {
  std::unordered_set<std::string> terms;  ///< typo vocabulary
  /// Word list: the columns each word was written with. Bounded: cleared
  /// when full (the table then answers, one statement per word).
  std::unordered_map<std::string, search::ColumnMask> columns;
};

/// An indexed word and the columns the index holds it in.
struct ListedWord {
  std::string word;
  search::ColumnMask columns = 0;
};

class SearchRows {
 public:
  explicit SearchRows(Connection& connection) : db_(connection) {}

  /// Adds the document of a record the index does not hold yet (new, or
  /// erased just before), its words to the word list and the typo
  /// vocabulary, each word only once a transaction (written_words()).
  void add(const search::IndexDocument& document);
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

  /// Whether the word list (search_word) holds every word of the index:
  /// the directory says so once an index built by this version is there
  /// (not so in a read-only file an older version wrote). Until then the
  /// two lookups below are not to be asked.
  void set_words_listed(bool listed) noexcept { words_listed_ = listed; }
  bool words_listed() const noexcept { return words_listed_; }
  /// The columns the index holds `word` in; 0 when none. Words only ever
  /// gain columns until a rebuild, so a column may hold the word no more.
  search::ColumnMask word_columns(std::string_view word);
  /// The listed words that begin with `prefix` and are longer, in order;
  /// nullopt when there are more than `limit`.
  std::optional<std::vector<ListedWord>> words_starting(std::string_view prefix, std::size_t limit);

 private:
  /// What add() wrote in this transaction. An import flushes the index
  /// before every match it asks of it, so remembering only one flush's
  /// words wrote every word of every record again. Forgotten when a new
  /// transaction begins or anything rolls back (Connection::generation),
  /// since the rows it remembers may be gone, and by clear().
  WrittenWords& written_words();
  void list_words(const search::IndexDocument& document, WrittenWords& written);

  Connection& db_;
  bool words_listed_ = false;
  WrittenWords written_;
  std::uint64_t written_generation_ = 0;
};

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
