#include "storage/dedup_rows.hpp"

namespace liaison {
inline namespace v1 {
namespace storage {
namespace {

std::vector<RecordId> collect(Query& query) {
  std::vector<RecordId> ids;
  while (query->executeStep()) ids.push_back(query->getColumn(0).getInt64());
  return ids;
}

}  // namespace

std::vector<std::pair<RecordId, std::string>> persons_by_sort_key_prefix(Connection& db,
                                                                         const std::string& prefix,
                                                                         std::size_t limit) {
  // Every key that starts with `prefix` sorts between it and the prefix with
  // its last byte raised; folded keys are ASCII letters, digits and spaces.
  std::string end = prefix;
  end.back() = static_cast<char>(end.back() + 1);
  auto query =
      db.statement("SELECT id, sort_key FROM person WHERE sort_key >= ? AND sort_key < ? LIMIT ?");
  query->bind(1, prefix);
  query->bind(2, end);
  query->bind(3, static_cast<std::int64_t>(limit));
  std::vector<std::pair<RecordId, std::string>> rows;
  while (query->executeStep()) {
    rows.emplace_back(query->getColumn(0).getInt64(), query->getColumn(1).getString());
  }
  return rows;
}

std::size_t count_family_name(Connection& db, const std::string& family, std::size_t limit) {
  auto query = db.statement(
      "SELECT count(*) FROM (SELECT 1 FROM person WHERE sort_key = ?1 "
      "OR (sort_key >= ?1 || ' ' AND sort_key < ?1 || '!') LIMIT ?2)");
  query->bind(1, family);
  query->bind(2, static_cast<std::int64_t>(limit));
  query->executeStep();
  return static_cast<std::size_t>(query->getColumn(0).getInt64());
}

std::size_t count_persons(Connection& db) {
  auto query = db.statement("SELECT count(*) FROM person");
  query->executeStep();
  return static_cast<std::size_t>(query->getColumn(0).getInt64());
}

std::vector<RecordId> owners_of_identifier(Connection& db, const std::string& scheme,
                                           const std::string& value, std::size_t limit) {
  auto query = db.statement(
      "SELECT DISTINCT owner_id FROM identifier WHERE scheme = ? AND value = ? LIMIT ?");
  query->bind(1, scheme);
  query->bind(2, value);
  query->bind(3, static_cast<std::int64_t>(limit));
  return collect(query);
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
