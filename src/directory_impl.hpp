// Directory's private state, shared with liaison's own importers.
#ifndef LIAISON_SRC_DIRECTORY_IMPL_HPP
#define LIAISON_SRC_DIRECTORY_IMPL_HPP

#include <liaison/directory.hpp>

#include "search/indexer.hpp"
#include "storage/connection.hpp"
#include "storage/merge_rows.hpp"
#include "storage/record_store.hpp"
#include "storage/search_rows.hpp"

#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {

/// Now in UTC, ISO 8601 with milliseconds: the stamp every write carries.
std::string utc_timestamp();

/// Appends one change to the journal, and a tombstone for a removal.
void journal_change(Directory::Impl& d, RecordKind kind, const RecordMeta& meta,
                    ChangeOperation operation, std::vector<std::string> fields, std::string before,
                    const std::string& now);

class Directory::Impl {
 public:
  Impl(const std::string& path, const OpenOptions& options);

  std::string path;
  std::string actor;
  storage::Connection connection;
  storage::RecordStore store;
  storage::SearchRows search_rows;
  search::Indexer indexer;
  /// Merges and pairs kept apart (directory_merge.cpp); find_duplicates
  /// reads the pairs. Initialised here so that the constructor needs no change.
  storage::MergeRows merge_rows{connection};

  /// Runs `body` as one atomic write: a transaction (or a savepoint inside
  /// the caller's), committed when body returns, rolled back when it throws.
  template <typename Body>
  auto write(std::string_view context, Body&& body) -> decltype(body()) {
    return storage::guarded(context, [&]() -> decltype(body()) {
      connection.begin();
      try {
        if constexpr (std::is_void_v<decltype(body())>) {
          body();
          connection.commit();
        } else {
          auto result = body();
          connection.commit();
          return result;
        }
      } catch (...) {
        connection.rollback();
        throw;
      }
    });
  }

  /// Before a read of the search index inside an open transaction: the
  /// documents its writes touched are written at commit, so write them now.
  void settle_search_index() {
    if (connection.depth() > 0) indexer.flush();
  }

  /// Runs `body` as one read: a single snapshot of the file (see
  /// Connection::begin_read), or the caller's transaction when one is open.
  template <typename Body>
  auto read(std::string_view context, Body&& body) -> decltype(body()) {
    return storage::guarded(context, [&]() -> decltype(body()) {
      if (connection.depth() > 0) return body();
      connection.begin_read();
      struct End {
        storage::Connection& connection;
        ~End() { connection.end_read(); }
      } end{connection};
      return body();
    });
  }
};

}  // namespace v1
}  // namespace liaison

#endif
