// What duplicate matching reads again and again within one write
// transaction, kept until a write makes it stale.
#pragma once

#include <liaison/record.hpp>

#include "storage/connection.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace storage {

/// An import scores every new person against the namesakes it stored
/// before, and so reads the same persons and counts again row after row.
/// This keeps them, but only inside a write transaction: that holds the
/// write lock, so nothing but this connection's own writes changes the
/// rows, and RecordStore tells the cache of each of those. A rollback or a
/// new transaction (Connection::generation) empties it. What is kept of a
/// person is the caller's bytes (matching keeps its profile of them,
/// packed, which storage need not understand).
class MatchingCache {
 public:
  explicit MatchingCache(Connection& db) : db_(db) {}

  /// What was kept of the person `id`; nullptr if nothing was, or nothing
  /// may be kept now.
  const std::string* person(RecordId id) {
    if (!usable()) return nullptr;
    const auto found = persons_.find(id);
    return found == persons_.end() ? nullptr : &found->second;
  }
  void keep(RecordId id, std::string kept);

  std::optional<std::size_t> person_count();
  void keep_person_count(std::size_t count);

  /// A family name's count as storage::count_family_name gave it, up to `limit`.
  std::optional<std::size_t> family_count(const std::string& family, std::size_t limit);
  void keep_family_count(const std::string& family, std::size_t limit, std::size_t count);

  /// The names, contacts or identifiers of `id` were written, or an
  /// affiliation of the person `id` was added.
  void forget(RecordId id) { persons_.erase(id); }
  /// A person was written. `new_sort_key` is its sort key when the person
  /// is new (it counts once more), empty for an update (which may change it).
  void person_written(RecordId id, const std::string& new_sort_key);
  /// Anything may have changed: a record removed or restored, an
  /// affiliation moved.
  void forget_all();

 private:
  bool usable();

  Connection& db_;
  std::uint64_t generation_ = 0;
  // A packed profile and its map node take some 300 bytes for the
  // benchmarks' people (a 100k-row import's peak grew by 11 MB when this
  // went from 8192 whole profiles to 65536 packed ones): some 20 MiB at
  // most. The more an import finds here, the fewer of its candidates it
  // reads again (bench/RESULTS.md).
  static constexpr std::size_t person_limit = 65536;
  std::unordered_map<RecordId, std::string> persons_;
  std::deque<RecordId> kept_order_;  // oldest first, the first to go
  std::optional<std::size_t> person_count_;
  // Family name -> (the limit it was counted to, the count).
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> family_counts_;
};

}  // namespace storage
}  // namespace v1
}  // namespace liaison
