// What the file formats' entry points share: opening an input file,
// walking the store in id order in pages, the path of names above an
// organization, a person's current positions, and writing a file that
// appears only when complete.
#ifndef LIAISON_SRC_EXPORT_SUPPORT_HPP
#define LIAISON_SRC_EXPORT_SUPPORT_HPP

#include "formats/import/incoming.hpp"
#include "storage/record_store.hpp"

#include <liaison/record.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace exporting {

/// Opens a file to import; errc::io_error naming it when it cannot be
/// read or is a folder. `size` is its size, 0 when unknown.
std::ifstream open_input(const std::string& path, std::uint64_t& size);
/// errc::io_error when reading `in` failed part way.
void check_input(const std::ifstream& in, const std::string& path);

/// Calls `body` with every id of `kind` in id order, a page at a time, so
/// that a million records are neither paged with OFFSET nor held in memory.
void for_each_id(storage::RecordStore& store, RecordKind kind,
                 const std::function<void(RecordId)>& body);

/// Each organization's path of names from its institution down, looked up
/// once per organization during one export.
class OrganizationPaths {
 public:
  explicit OrganizationPaths(storage::RecordStore& store) : store_(store) {}
  /// Names from the institution down to `id` itself.
  const std::vector<std::string>& path(RecordId id);

 private:
  storage::RecordStore& store_;
  std::map<RecordId, std::vector<std::string>> paths_;
};

/// A position of a person as an export writes it, in the form an import
/// reads it: the organization is the institution, then its units, then the
/// parts of the department ("A; B" is how an import keeps units the
/// directory has no record for); with its dates and primary flag.
using Position = formats::IncomingPosition;

/// Every affiliation of the person, past ones included, in the order they
/// were stored.
std::vector<Position> all_positions(storage::RecordStore& store, OrganizationPaths& paths,
                                    RecordId person_id);
/// The person's current affiliations, the primary one first
/// (formats::current_positions of all_positions).
std::vector<Position> current_positions(storage::RecordStore& store, OrganizationPaths& paths,
                                        RecordId person_id);

/// Writes through `write` into a file beside `path` and renames it over
/// `path` when complete: a reader sees the old file or the new one, never
/// half of one. Returns what `write` returns.
std::size_t write_file_atomically(const std::string& path,
                                  const std::function<std::size_t(std::ostream&)>& write);

}  // namespace exporting
}  // namespace v1
}  // namespace liaison

#endif
