#include "storage/search_rows.hpp"

#include "search/typo.hpp"

#include <algorithm>
#include <set>

namespace liaison {
inline namespace v1 {
namespace storage {
namespace {

// How many words WrittenWords keeps of each kind: enough for the distinct
// words of a few hundred thousand records, some 30 MiB at most.
constexpr std::size_t remembered_words = std::size_t{1} << 18;

}  // namespace

void SearchRows::add(const search::IndexDocument& document) {
  {
    auto query = db_.statement(
        "INSERT INTO search_text (rowid, names, organization, title, tags, contact, places, "
        "events, notes, former, facets, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    query->bind(1, document.id);
    int index = 2;
    for (const auto& column : document.columns) query->bind(index++, column);
    query->bind(index++, document.facets);
    query->bind(index, document.original);
    query->exec();
  }
  for (const auto& key : document.name_keys) {
    auto query = db_.statement(
        "INSERT OR IGNORE INTO search_name_key (key, record_id, what) VALUES (?, ?, ?)");
    query->bind(1, key.key);
    query->bind(2, document.id);
    query->bind(3, key.acronym ? "acronym" : "name");
    query->exec();
  }
  WrittenWords& written = written_words();
  list_words(document, written);
  for (const auto& term : document.vocabulary()) {
    if (written.terms.size() >= remembered_words) written.terms.clear();
    if (!written.terms.insert(term).second) continue;
    {
      auto query = db_.statement("INSERT OR IGNORE INTO search_term (term) VALUES (?)");
      query->bind(1, term);
      if (query->exec() == 0) continue;  // known word: its variants are there
    }
    for (const auto& variant : search::deletion_variants(term)) {
      auto query =
          db_.statement("INSERT OR IGNORE INTO search_term_variant (variant, term) VALUES (?, ?)");
      query->bind(1, variant);
      query->bind(2, term);
      query->exec();
    }
  }
}

// The word list says which columns hold a word, so that a search leaves
// out columns a word is not in without asking FTS5, and spells a long
// prefix out as the words it begins: FTS5 answers "alban" * by merging the
// whole doclist of every word that begins so ("albania", in a quarter of a
// million addresses, among them) before it returns a first row.
void SearchRows::list_words(const search::IndexDocument& document, WrittenWords& written) {
  for (const auto& [word, mask] : document.words_with_columns()) {
    std::string key(word);
    auto known = written.columns.find(key);
    if (known != written.columns.end() && (known->second & mask) == mask) continue;
    auto query = db_.statement(
        "INSERT INTO search_word (word, columns) VALUES (?, ?) "
        "ON CONFLICT (word) DO UPDATE SET columns = columns | excluded.columns");
    query->bind(1, key);
    query->bind(2, static_cast<std::int64_t>(mask));
    query->exec();
    if (known != written.columns.end()) {
      known->second |= mask;
    } else {
      if (written.columns.size() >= remembered_words) written.columns.clear();
      written.columns.emplace(std::move(key), mask);
    }
  }
}

void SearchRows::erase(RecordId id) {
  {
    auto query = db_.statement("DELETE FROM search_text WHERE rowid = ?");
    query->bind(1, id);
    query->exec();
  }
  auto query = db_.statement("DELETE FROM search_name_key WHERE record_id = ?");
  query->bind(1, id);
  query->exec();
}

WrittenWords& SearchRows::written_words() {
  if (written_generation_ != db_.generation()) {
    written_ = {};
    written_generation_ = db_.generation();
  }
  return written_;
}

void SearchRows::clear() {
  written_ = {};
  // Deleting rows one by one costs about as much as writing them (for the
  // name keys, SQLite cannot truncate a table with a foreign key); dropping
  // a table and creating it again, with its indexes, from the definitions
  // the file keeps costs next to nothing. Names are constants, never input.
  for (const char* table :
       {"search_text", "search_name_key", "search_term", "search_term_variant", "search_word"}) {
    std::vector<std::string> definitions;
    {
      auto query = db_.statement(
          "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
          "ORDER BY type = 'index'");
      query->bind(1, table);
      while (query->executeStep()) definitions.push_back(query->getColumn(0).getString());
    }
    if (definitions.empty()) continue;
    db_.execute(("DROP TABLE " + std::string(table)).c_str());
    for (const auto& definition : definitions) db_.execute(definition.c_str());
  }
}

void SearchRows::optimize() {
  db_.execute("INSERT INTO search_text (search_text) VALUES ('optimize')");
}

std::optional<search::IndexDocument> SearchRows::read(RecordId id) {
  search::IndexDocument document;
  {
    auto query = db_.statement(
        "SELECT names, organization, title, tags, contact, places, events, notes, former, facets, "
        "original FROM search_text WHERE rowid = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    int index = 0;
    for (auto& column : document.columns) column = query->getColumn(index++).getString();
    document.facets = query->getColumn(index++).getString();
    document.original = query->getColumn(index).getString();
  }
  document.id = id;
  document.kind =
      document.facets.rfind("korg", 0) == 0 ? RecordKind::organization : RecordKind::person;
  auto query = db_.statement("SELECT key, what FROM search_name_key WHERE record_id = ?");
  query->bind(1, id);
  while (query->executeStep()) {
    document.name_keys.push_back(
        {query->getColumn(0).getString(), query->getColumn(1).getString() == "acronym"});
  }
  return document;
}

std::vector<RecordId> SearchRows::ids() {
  std::vector<RecordId> ids;
  auto query = db_.statement("SELECT rowid FROM search_text ORDER BY rowid");
  while (query->executeStep()) ids.push_back(query->getColumn(0).getInt64());
  return ids;
}

std::vector<RecordId> SearchRows::match(const std::string& expression, RecordId after,
                                        std::size_t limit) {
  std::vector<RecordId> ids;
  auto query = db_.statement(
      "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid > ? ORDER BY rowid "
      "LIMIT ?");
  query->bind(1, expression);
  query->bind(2, after);
  query->bind(3, static_cast<std::int64_t>(limit));
  while (query->executeStep()) ids.push_back(query->getColumn(0).getInt64());
  return ids;
}

bool SearchRows::matches(const std::string& expression, RecordId id) {
  auto query = db_.statement("SELECT 1 FROM search_text WHERE search_text MATCH ? AND rowid = ?");
  query->bind(1, expression);
  query->bind(2, id);
  return query->executeStep();
}

std::optional<StoredText> SearchRows::text(RecordId id) {
  auto query = db_.statement(
      "SELECT names, organization, title, tags, contact, places, events, notes, former, original "
      "FROM search_text WHERE rowid = ?");
  query->bind(1, id);
  if (!query->executeStep()) return std::nullopt;
  StoredText stored;
  int index = 0;
  for (auto& column : stored.columns) column = query->getColumn(index++).getString();
  stored.original = query->getColumn(index).getString();
  return stored;
}

std::string SearchRows::organization_name(RecordId id) {
  auto query = db_.statement("SELECT name, acronym FROM organization WHERE id = ?");
  query->bind(1, id);
  if (!query->executeStep()) return {};
  std::string name = query->getColumn(0).getString();
  return name.empty() ? query->getColumn(1).getString() : name;
}

std::optional<HitSummary> SearchRows::summary(RecordId id) {
  HitSummary summary;
  {
    auto query = db_.statement("SELECT kind, uid FROM record WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    const std::string kind = query->getColumn(0).getString();
    if (kind == "organization") {
      summary.kind = RecordKind::organization;
    } else if (kind != "person") {
      return std::nullopt;
    }
    summary.uid = query->getColumn(1).getString();
  }
  if (summary.kind == RecordKind::organization) {
    auto query = db_.statement("SELECT parent_id FROM organization WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    summary.name = organization_name(id);
    if (!query->getColumn(0).isNull())
      summary.parent = organization_name(query->getColumn(0).getInt64());
    return summary;
  }
  {
    auto query = db_.statement(
        "SELECT display_name, prefix, given_names, family_names, suffix FROM person WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    Person parts;  // only the parts Person::name() reads before its fallbacks
    parts.display_name = query->getColumn(0).getString();
    parts.prefix = query->getColumn(1).getString();
    parts.given_names = query->getColumn(2).getString();
    parts.family_names = query->getColumn(3).getString();
    parts.suffix = query->getColumn(4).getString();
    summary.name = parts.name();
  }
  auto query = db_.statement(
      "SELECT organization_id, title, start_date, end_date, is_primary FROM affiliation "
      "WHERE person_id = ? ORDER BY id");
  query->bind(1, id);
  while (query->executeStep()) {
    Affiliation affiliation;
    affiliation.person_id = id;
    affiliation.organization_id = query->getColumn(0).getInt64();
    affiliation.title = query->getColumn(1).getString();
    affiliation.start = PartialDate::parse(query->getColumn(2).getString()).value_or(PartialDate{});
    affiliation.end = PartialDate::parse(query->getColumn(3).getString()).value_or(PartialDate{});
    affiliation.primary = query->getColumn(4).getInt() != 0;
    summary.affiliations.push_back(std::move(affiliation));
  }
  return summary;
}

std::vector<std::pair<RecordId, bool>> SearchRows::records_with_name_key(std::string_view key) {
  std::vector<std::pair<RecordId, bool>> records;
  auto query =
      db_.statement("SELECT record_id, what FROM search_name_key WHERE key = ? ORDER BY record_id");
  query->bind(1, std::string(key));
  while (query->executeStep()) {
    records.emplace_back(query->getColumn(0).getInt64(),
                         query->getColumn(1).getString() == "acronym");
  }
  return records;
}

std::vector<RecordId> SearchRows::owners_of_contact(const char* type, std::string_view key) {
  std::vector<RecordId> owners;
  auto query = db_.statement(
      "SELECT DISTINCT owner_id FROM contact_point WHERE type = ? AND lookup_key = ? "
      // Repeats the partial index's condition, without which SQLite
      // cannot use the index and scans every contact point.
      "AND lookup_key <> '' ORDER BY owner_id");
  query->bind(1, type);
  query->bind(2, std::string(key));
  while (query->executeStep()) owners.push_back(query->getColumn(0).getInt64());
  return owners;
}

std::vector<std::string> SearchRows::terms_near(const std::vector<std::string>& probes) {
  std::set<std::string> terms;
  for (const auto& probe : probes) {
    {
      auto query = db_.statement("SELECT term FROM search_term WHERE term = ?");
      query->bind(1, probe);
      if (query->executeStep()) terms.insert(query->getColumn(0).getString());
    }
    auto query = db_.statement("SELECT term FROM search_term_variant WHERE variant = ?");
    query->bind(1, probe);
    while (query->executeStep()) terms.insert(query->getColumn(0).getString());
  }
  return {terms.begin(), terms.end()};
}

search::ColumnMask SearchRows::word_columns(std::string_view word) {
  auto query = db_.statement("SELECT columns FROM search_word WHERE word = ?");
  query->bind(1, std::string(word));
  return query->executeStep() ? static_cast<search::ColumnMask>(query->getColumn(0).getInt64()) : 0;
}

std::optional<std::vector<ListedWord>> SearchRows::words_starting(std::string_view prefix,
                                                                  std::size_t limit) {
  // The words that begin with `prefix` sort between it and `prefix` with
  // its last byte one higher (UTF-8 has no byte 0xFF to overflow).
  if (prefix.empty() || static_cast<unsigned char>(prefix.back()) == 0xFF) return std::nullopt;
  std::string past(prefix);
  past.back() = static_cast<char>(static_cast<unsigned char>(past.back()) + 1);
  auto query = db_.statement(
      "SELECT word, columns FROM search_word WHERE word > ? AND word < ? ORDER BY word LIMIT ?");
  query->bind(1, std::string(prefix));
  query->bind(2, past);
  query->bind(3, static_cast<std::int64_t>(limit) + 1);
  std::vector<ListedWord> words;
  while (query->executeStep()) {
    if (words.size() == limit) return std::nullopt;
    words.push_back({query->getColumn(0).getString(),
                     static_cast<search::ColumnMask>(query->getColumn(1).getInt64())});
  }
  return words;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
