// The rows of merges and of pairs kept apart (schema migration 5). Like
// RecordStore, everything here runs inside the caller's transaction and
// decides nothing: src/directory_merge.cpp says what to write.
#ifndef LIAISON_SRC_STORAGE_MERGE_ROWS_HPP
#define LIAISON_SRC_STORAGE_MERGE_ROWS_HPP

#include <liaison/dedup.hpp>
#include <liaison/record.hpp>

#include "storage/connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace storage {

/// A stored merge: what the API shows, and what unmerge needs besides.
struct MergeRow {
  MergeRecord record;
  /// JSON: both records and every link record the merge touched, as they
  /// were before it (see directory_merge.cpp for the shape).
  std::string snapshot;
  /// The survivor's revision when the merge was done; another one means
  /// someone changed it since.
  std::int64_t survivor_revision = 0;
};

class MergeRows {
 public:
  explicit MergeRows(Connection& connection) : db_(connection) {}

  /// Stores a merge (record.id is ignored) and returns its number.
  std::int64_t add_merge(const MergeRecord& record, const std::string& snapshot,
                         std::int64_t survivor_revision);
  std::optional<MergeRow> merge(std::int64_t id);
  /// Every merge, newest first.
  std::vector<MergeRecord> merges();
  /// The newest merge still standing that absorbed `id`, if any.
  std::optional<MergeRecord> standing_merge_absorbing(RecordId id);
  /// The same for the absorbed record's uid.
  std::optional<MergeRecord> standing_merge_absorbing_uid(std::string_view uid);
  void set_undone(std::int64_t id, const std::string& now);

  /// Records that `a` and `b` (in either order) are different; false when
  /// they already were.
  bool add_keep_apart(RecordId a, RecordId b, const std::string& now, const std::string& actor);
  /// False when the pair was not kept apart.
  bool remove_keep_apart(RecordId a, RecordId b);
  bool is_kept_apart(RecordId a, RecordId b);
  /// Every record someone kept apart from `id`, in id order.
  std::vector<RecordId> kept_apart_from(RecordId id);
  /// Every pair kept apart, the smaller id first, in id order.
  std::vector<std::pair<RecordId, RecordId>> kept_apart_pairs();

 private:
  Connection& db_;
};

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
