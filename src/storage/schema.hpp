// The directory's schema, created and upgraded by numbered migrations
// recorded in PRAGMA user_version.
#ifndef LIAISON_SRC_STORAGE_SCHEMA_HPP
#define LIAISON_SRC_STORAGE_SCHEMA_HPP

#include "storage/connection.hpp"

namespace liaison {
inline namespace v1 {
namespace storage {

/// The schema version this library writes.
int latest_schema_version() noexcept;

/// The version of the open file (0 for an empty file).
int schema_version(Connection& connection);

/// Brings the file up to `target` (default: the latest), one migration per
/// transaction so a crash mid-upgrade leaves a consistent older version.
/// Throws errc::version_mismatch for a file newer than this library, and
/// errc::corrupt for a database that is not a liaison directory.
void migrate(Connection& connection, int target = latest_schema_version());

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
