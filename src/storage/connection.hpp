// The one SQLite connection of a Directory: opening with the right pragmas,
// cached prepared statements, nested transactions, and SQLite's failures
// turned into liaison errors. Only storage/ includes this file.
#ifndef LIAISON_SRC_STORAGE_CONNECTION_HPP
#define LIAISON_SRC_STORAGE_CONNECTION_HPP

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace liaison {
inline namespace v1 {
namespace storage {

/// A cached statement in use. Resets it when it goes out of scope: a
/// statement left stepping would hold a read snapshot open, and in WAL mode
/// a later BEGIN IMMEDIATE on a stale snapshot fails at once instead of
/// waiting for the lock.
class Query {
 public:
  explicit Query(SQLite::Statement& statement) noexcept : statement_(&statement) {}
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query() { statement_->tryReset(); }

  SQLite::Statement* operator->() const noexcept { return statement_; }
  SQLite::Statement& operator*() const noexcept { return *statement_; }

 private:
  SQLite::Statement* statement_;
};

/// What the connection's busy handler keeps between tries.
struct BusyWait {
  int timeout_ms = 0;
  long long started_us = 0;
};

class Connection {
 public:
  /// Opens `path` (":memory:" for a private in-memory database). A file that
  /// does not exist is created with mode 0600 when `create` is set.
  Connection(const std::string& path, bool create, bool read_only, int busy_timeout_ms);

  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// A prepared statement for `sql`, reset and with its bindings cleared,
  /// kept for reuse: the SQL text must be a literal, never built from user
  /// text (values always go through bind()).
  Query statement(const char* sql);

  /// Runs SQL that takes no parameters (schema, pragmas).
  void execute(const char* sql);

  /// Nested transactions: the outermost is BEGIN IMMEDIATE (so that a
  /// writer waits for the lock up front instead of failing on upgrade),
  /// inner ones are savepoints.
  void begin();
  void commit();
  void rollback() noexcept;
  int depth() const noexcept { return depth_; }
  /// Changes whenever what this connection reads may have changed other than
  /// by its own writes in the open transaction: at the start of every
  /// outermost transaction (another process may have written before it) and
  /// at every rollback (writes undone). Caches of rows read inside a write
  /// transaction compare it to know they still hold.
  std::uint64_t generation() const noexcept { return generation_; }

  /// A read that runs many statements runs them in one deferred
  /// transaction: one snapshot (a record is never read half old, half
  /// new) and one round of file locking instead of one per statement.
  /// Inside a transaction these do nothing.
  void begin_read();
  void end_read() noexcept;

  /// Called just before the outermost transaction commits (a failure
  /// there fails the commit, and the caller rolls back), and after it rolls
  /// back. The search index uses them to write the documents a transaction
  /// touched once, at its end, instead of inside every savepoint.
  /// `at_top` runs when a savepoint is released and only the outermost
  /// transaction is left open: a point where pending work can be written
  /// without a savepoint around it.
  void set_transaction_hooks(std::function<void()> before_commit,
                             std::function<void()> after_rollback, std::function<void()> at_top);

  /// Memory-mapped reads spare searches a copy and a system call per page,
  /// but every page a long scan touches then counts in the process's
  /// resident memory, up to the whole mapping (1 GiB). A scan of every
  /// record (an export) reads without the mapping, through the bounded page
  /// cache, while one of these lives.
  class ScanWithoutMapping {
   public:
    explicit ScanWithoutMapping(Connection& connection);
    ~ScanWithoutMapping();
    ScanWithoutMapping(const ScanWithoutMapping&) = delete;
    ScanWithoutMapping& operator=(const ScanWithoutMapping&) = delete;

   private:
    Connection& connection_;
  };

  bool read_only() const noexcept { return read_only_; }
  SQLite::Database& database() noexcept { return *db_; }

 private:
  BusyWait busy_wait_;  // outlives every call into SQLite that may wait
  std::unique_ptr<SQLite::Database> db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
  void run(const char* sql);

  std::function<void()> before_commit_;
  std::function<void()> after_rollback_;
  std::function<void()> at_top_;
  int depth_ = 0;
  std::uint64_t generation_ = 0;
  bool reading_ = false;  // the outermost transaction is begin_read()'s
  bool read_only_ = false;
};

/// Runs `body`, translating SQLiteCpp and SQLite failures into
/// liaison::Error with a message of ours (`context` says what was being
/// done); SQLite's own text never reaches the caller.
[[noreturn]] void rethrow_storage_error(std::string_view context);

template <typename Body>
auto guarded(std::string_view context, Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (...) {
    rethrow_storage_error(context);
  }
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
