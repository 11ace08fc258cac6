#include "storage/connection.hpp"

#include <liaison/error.hpp>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

// Searches read index pages all over the file (see the constructor).
constexpr const char* mapped_reads = "PRAGMA mmap_size = 1073741824";

// The file holds personal data: it is created readable by its owner only.
// SQLite would create it with 0644 & ~umask; creating it empty first with
// 0600 makes SQLite adopt it, and SQLite gives its -wal and -shm files the
// same mode as the database.
void create_private_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
    return;
  }
  if (errno == EEXIST) return;  // another process created it first: fine
  throw Error(errc::io_error, "cannot create '" + path + "': " + std::strerror(errno));
}

bool file_exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

errc code_for(int sqlite_code) {
  switch (sqlite_code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return errc::busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return errc::corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM: return errc::io_error;
    case SQLITE_READONLY: return errc::read_only;
    case SQLITE_CONSTRAINT: return errc::constraint;
    default: return errc::unknown;
  }
}

std::string describe(errc code) {
  switch (code) {
    case errc::busy:
      return "the directory is locked by another process and stayed locked past the timeout";
    case errc::corrupt: return "the file is damaged or is not a liaison directory";
    case errc::io_error: return "the file could not be read or written";
    case errc::read_only: return "the directory is read-only";
    case errc::constraint: return "the change would break a link between records";
    default: return "the database failed";
  }
}

long long now_us() {
  using namespace std::chrono;
  return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

// SQLite's own busy handler sleeps up to 100 ms between tries. A writer that
// commits back to back frees the lock for microseconds at a time, so a
// waiter that sleeps that long keeps missing it and times out although the
// lock was free thousands of times. Short, steady sleeps catch those gaps.
int wait_for_lock(void* state, int attempt) {
  auto* wait = static_cast<BusyWait*>(state);
  if (attempt == 0) wait->started_us = now_us();
  if (now_us() - wait->started_us >= static_cast<long long>(wait->timeout_ms) * 1000) return 0;
  std::this_thread::sleep_for(std::chrono::microseconds(attempt < 20 ? 100 : 1000));
  return 1;
}

}  // namespace

void rethrow_storage_error(std::string_view context) {
  try {
    throw;
  } catch (const Error&) {
    throw;
  } catch (const SQLite::Exception& e) {
    const errc code = code_for(e.getErrorCode());
    throw Error(code, std::string(context) + ": " + describe(code) + " (SQLite code " +
                          std::to_string(e.getExtendedErrorCode()) + ")");
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception&) {
    throw Error(errc::unknown, std::string(context) + ": unexpected failure");
  }
}

Connection::Connection(const std::string& path, bool create, bool read_only, int busy_timeout_ms)
    : read_only_(read_only) {
  const bool memory = path == ":memory:";
  if (!memory && !file_exists(path)) {
    if (!create || read_only) throw Error(errc::not_found, "no directory at '" + path + "'");
    create_private_file(path);
  }
  guarded("opening '" + path + "'", [&] {
    const int flags = read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE;
    db_ = std::make_unique<SQLite::Database>(path, flags | SQLite::OPEN_NOMUTEX);
    busy_wait_.timeout_ms = busy_timeout_ms;
    sqlite3_busy_handler(db_->getHandle(), wait_for_lock, &busy_wait_);
    db_->exec("PRAGMA foreign_keys = ON");
    // A search touches index pages all over the file; SQLite's default 2 MiB
    // page cache would read most of them again from the file each time.
    // Memory-mapped reads avoid a copy and a system call per page.
    db_->exec("PRAGMA cache_size = -65536");
    db_->exec(mapped_reads);
    // Every write runs in a savepoint, and an import nests one per record:
    // their statement journals (and any temporary b-tree) stay in memory
    // rather than in a temporary file written and rewritten per record.
    db_->exec("PRAGMA temp_store = MEMORY");
    // Two processes opening a new file at once can find it locked in ways
    // SQLite reports at once, without calling the busy handler (switching a
    // file to WAL needs it alone): try again until the busy timeout is up.
    const long long deadline = now_us() + static_cast<long long>(busy_timeout_ms) * 1000;
    for (int attempt = 0;; ++attempt) {
      try {
        // Touching the schema makes SQLite read the header, so a file that
        // is not a database fails here with a clear error rather than later.
        db_->exec("SELECT count(*) FROM sqlite_schema");
        if (!memory && !read_only) {
          db_->exec("PRAGMA journal_mode = WAL");
          // In WAL mode NORMAL still never corrupts; it may lose the last
          // commits on power loss, not on a process crash. FULL keeps those.
          db_->exec("PRAGMA synchronous = FULL");
        }
        break;
      } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || now_us() >= deadline) throw;
        std::this_thread::sleep_for(std::chrono::microseconds(attempt < 20 ? 500 : 5000));
      }
    }
  });
}

Connection::ScanWithoutMapping::ScanWithoutMapping(Connection& connection)
    : connection_(connection) {
  try {
    connection_.statement("PRAGMA mmap_size = 0")->executeStep();
  } catch (...) {
    // Reads stay mapped: more resident memory, nothing wrong.
  }
}

Connection::ScanWithoutMapping::~ScanWithoutMapping() {
  try {
    connection_.statement(mapped_reads)->executeStep();
  } catch (...) {
    // Reads stay unmapped: slower searches, nothing wrong.
  }
}

Query Connection::statement(const char* sql) {
  auto& slot = statements_[sql];
  if (!slot) {
    slot = std::make_unique<SQLite::Statement>(*db_, sql);
  } else {
    slot->tryReset();
    slot->clearBindings();
  }
  return Query(*slot);
}

void Connection::execute(const char* sql) { db_->exec(sql); }

void Connection::run(const char* sql) {
  // Prepared once and kept, like every statement: an import runs a
  // savepoint per record, and parsing its SQL each time was a tenth of it.
  statement(sql)->exec();
}

void Connection::begin() {
  if (read_only_) throw Error(errc::read_only, "the directory was opened read-only");
  if (depth_ == 0) {
    run("BEGIN IMMEDIATE");
    ++generation_;
  } else {
    run("SAVEPOINT liaison_nested");
  }
  ++depth_;
}

void Connection::set_transaction_hooks(std::function<void()> before_commit,
                                       std::function<void()> after_rollback,
                                       std::function<void()> at_top) {
  before_commit_ = std::move(before_commit);
  after_rollback_ = std::move(after_rollback);
  at_top_ = std::move(at_top);
}

void Connection::commit() {
  if (depth_ == 1) {
    if (before_commit_) before_commit_();
    run("COMMIT");
  } else {
    run("RELEASE SAVEPOINT liaison_nested");
  }
  --depth_;
  if (depth_ == 1 && at_top_) at_top_();
}

void Connection::begin_read() {
  if (depth_ > 0) return;
  run("BEGIN DEFERRED");
  reading_ = true;
}

void Connection::end_read() noexcept {
  if (!reading_) return;
  reading_ = false;
  try {
    run("COMMIT");
  } catch (...) {
    // A read-only transaction has nothing to lose: SQLite ends it on close.
  }
}

void Connection::rollback() noexcept {
  if (depth_ == 0) return;
  ++generation_;
  try {
    if (depth_ == 1) {
      db_->exec("ROLLBACK");
    } else {
      run("ROLLBACK TO SAVEPOINT liaison_nested");
      run("RELEASE SAVEPOINT liaison_nested");
    }
  } catch (...) {
    // A failed rollback leaves SQLite to roll back on close; nothing better to do here.
  }
  if (depth_ == 1 && after_rollback_) {
    try {
      after_rollback_();
    } catch (...) {
      // Forgetting pending work cannot fail in a way worth reporting here.
    }
  }
  --depth_;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
