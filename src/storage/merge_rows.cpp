#include "storage/merge_rows.hpp"

#include <algorithm>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

MergeRecord read_record(Query& query) {
  MergeRecord record;
  record.id = query->getColumn(0).getInt64();
  record.kind =
      record_kind_from_string(query->getColumn(1).getString()).value_or(RecordKind::person);
  record.survivor = query->getColumn(2).getInt64();
  record.absorbed = query->getColumn(3).getInt64();
  record.absorbed_uid = query->getColumn(4).getString();
  record.time = query->getColumn(5).getString();
  record.actor = query->getColumn(6).getString();
  record.undone_at = query->getColumn(7).getString();
  return record;
}

// keep_apart holds each pair once, the smaller id first.
std::pair<RecordId, RecordId> ordered(RecordId a, RecordId b) { return std::minmax(a, b); }

}  // namespace

std::int64_t MergeRows::add_merge(const MergeRecord& record, const std::string& snapshot,
                                  std::int64_t survivor_revision) {
  auto insert = db_.statement(
      "INSERT INTO merge_record (kind, survivor_id, absorbed_id, absorbed_uid, snapshot, "
      "survivor_revision, time, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  insert->bind(1, to_string(record.kind));
  insert->bind(2, record.survivor);
  insert->bind(3, record.absorbed);
  insert->bind(4, record.absorbed_uid);
  insert->bind(5, snapshot);
  insert->bind(6, survivor_revision);
  insert->bind(7, record.time);
  insert->bind(8, record.actor);
  insert->exec();
  return db_.database().getLastInsertRowid();
}

std::optional<MergeRow> MergeRows::merge(std::int64_t id) {
  auto query = db_.statement(
      "SELECT id, kind, survivor_id, absorbed_id, absorbed_uid, time, actor, undone_at, "
      "snapshot, survivor_revision FROM merge_record WHERE id = ?");
  query->bind(1, id);
  if (!query->executeStep()) return std::nullopt;
  MergeRow row;
  row.record = read_record(query);
  row.snapshot = query->getColumn(8).getString();
  row.survivor_revision = query->getColumn(9).getInt64();
  return row;
}

std::vector<MergeRecord> MergeRows::merges() {
  auto query = db_.statement(
      "SELECT id, kind, survivor_id, absorbed_id, absorbed_uid, time, actor, undone_at "
      "FROM merge_record ORDER BY id DESC");
  std::vector<MergeRecord> records;
  while (query->executeStep()) records.push_back(read_record(query));
  return records;
}

std::optional<MergeRecord> MergeRows::standing_merge_absorbing(RecordId id) {
  auto query = db_.statement(
      "SELECT id, kind, survivor_id, absorbed_id, absorbed_uid, time, actor, undone_at "
      "FROM merge_record WHERE absorbed_id = ? AND undone_at = '' ORDER BY id DESC LIMIT 1");
  query->bind(1, id);
  if (!query->executeStep()) return std::nullopt;
  return read_record(query);
}

std::optional<MergeRecord> MergeRows::standing_merge_absorbing_uid(std::string_view uid) {
  auto query = db_.statement(
      "SELECT id, kind, survivor_id, absorbed_id, absorbed_uid, time, actor, undone_at "
      "FROM merge_record WHERE absorbed_uid = ? AND undone_at = '' ORDER BY id DESC LIMIT 1");
  query->bind(1, std::string(uid));
  if (!query->executeStep()) return std::nullopt;
  return read_record(query);
}

void MergeRows::set_undone(std::int64_t id, const std::string& now) {
  auto update = db_.statement("UPDATE merge_record SET undone_at = ? WHERE id = ?");
  update->bind(1, now);
  update->bind(2, id);
  update->exec();
}

bool MergeRows::add_keep_apart(RecordId a, RecordId b, const std::string& now,
                               const std::string& actor) {
  const auto [first, second] = ordered(a, b);
  auto insert = db_.statement(
      "INSERT INTO keep_apart (first_id, second_id, time, actor) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (first_id, second_id) DO NOTHING");
  insert->bind(1, first);
  insert->bind(2, second);
  insert->bind(3, now);
  insert->bind(4, actor);
  return insert->exec() > 0;
}

bool MergeRows::remove_keep_apart(RecordId a, RecordId b) {
  const auto [first, second] = ordered(a, b);
  auto remove = db_.statement("DELETE FROM keep_apart WHERE first_id = ? AND second_id = ?");
  remove->bind(1, first);
  remove->bind(2, second);
  return remove->exec() > 0;
}

bool MergeRows::is_kept_apart(RecordId a, RecordId b) {
  const auto [first, second] = ordered(a, b);
  auto query = db_.statement("SELECT 1 FROM keep_apart WHERE first_id = ? AND second_id = ?");
  query->bind(1, first);
  query->bind(2, second);
  return query->executeStep();
}

std::vector<RecordId> MergeRows::kept_apart_from(RecordId id) {
  auto query = db_.statement(
      "SELECT second_id FROM keep_apart WHERE first_id = ?1 "
      "UNION SELECT first_id FROM keep_apart WHERE second_id = ?1 ORDER BY 1");
  query->bind(1, id);
  std::vector<RecordId> ids;
  while (query->executeStep()) ids.push_back(query->getColumn(0).getInt64());
  return ids;
}

std::vector<std::pair<RecordId, RecordId>> MergeRows::kept_apart_pairs() {
  auto query =
      db_.statement("SELECT first_id, second_id FROM keep_apart ORDER BY first_id, second_id");
  std::vector<std::pair<RecordId, RecordId>> pairs;
  while (query->executeStep()) {
    pairs.emplace_back(query->getColumn(0).getInt64(), query->getColumn(1).getInt64());
  }
  return pairs;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
