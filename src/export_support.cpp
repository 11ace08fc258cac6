#include "export_support.hpp"

#include <liaison/affiliation.hpp>
#include <liaison/error.hpp>

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace exporting {
namespace {

constexpr std::size_t page_size = 500;

std::string cannot(const char* what, const std::string& path) {
  return std::string("cannot ") + what + " '" + path + "': " + std::strerror(errno);
}

void append_department(std::vector<std::string>& path, const std::string& department) {
  std::size_t start = 0;
  while (start <= department.size()) {
    std::size_t end = department.find("; ", start);
    std::string part = department.substr(start, end == std::string::npos ? end : end - start);
    if (!part.empty()) path.push_back(part);
    if (end == std::string::npos) break;
    start = end + 2;
  }
}

}  // namespace

std::ifstream open_input(const std::string& path, std::uint64_t& size) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    throw Error(errc::io_error, "cannot read '" + path + "': it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(errc::io_error, cannot("read", path));
  std::uintmax_t bytes = std::filesystem::file_size(path, ignored);
  size = ignored ? 0 : static_cast<std::uint64_t>(bytes);
  return in;
}

void check_input(const std::ifstream& in, const std::string& path) {
  if (in.bad()) throw Error(errc::io_error, "cannot read '" + path + "': read failed");
}

void for_each_id(storage::RecordStore& store, RecordKind kind,
                 const std::function<void(RecordId)>& body) {
  RecordId after = 0;
  for (;;) {
    std::vector<RecordId> ids = store.ids_after(kind, after, page_size);
    if (ids.empty()) return;
    for (RecordId id : ids) body(id);
    after = ids.back();
  }
}

const std::vector<std::string>& OrganizationPaths::path(RecordId id) {
  if (auto found = paths_.find(id); found != paths_.end()) return found->second;
  std::vector<std::string> path;
  std::optional<RecordId> at = id;
  // A parent chain cannot loop (the directory refuses it), but a damaged
  // file should not hang an export: stop after a generous depth.
  for (int depth = 0; at && depth < 64; ++depth) {
    std::optional<Organization> organization = store_.read_organization(*at);
    if (!organization) break;
    path.insert(path.begin(), organization->display_name());
    at = organization->parent_id;
  }
  return paths_.emplace(id, std::move(path)).first->second;
}

std::vector<Position> all_positions(storage::RecordStore& store, OrganizationPaths& paths,
                                    RecordId person_id) {
  std::vector<Position> out;
  for (RecordId id : store.affiliation_ids_of_person(person_id)) {
    const std::optional<Affiliation> affiliation = store.read_affiliation(id);
    if (!affiliation) continue;
    Position position;
    position.organization = paths.path(affiliation->organization_id);
    if (position.organization.empty()) continue;
    append_department(position.organization, affiliation->department);
    position.title = affiliation->title;
    position.role = affiliation->role;
    position.start = affiliation->start;
    position.end = affiliation->end;
    position.primary = affiliation->primary;
    out.push_back(std::move(position));
  }
  return out;
}

std::vector<Position> current_positions(storage::RecordStore& store, OrganizationPaths& paths,
                                        RecordId person_id) {
  return formats::current_positions(all_positions(store, paths, person_id));
}

std::size_t write_file_atomically(const std::string& path,
                                  const std::function<std::size_t(std::ostream&)>& write) {
  const std::string temporary = path + ".liaison-" + std::to_string(::getpid()) + ".tmp";
  std::size_t written = 0;
  try {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(errc::io_error, cannot("write", temporary));
    written = write(out);
    out.flush();
    if (!out) throw Error(errc::io_error, cannot("write", temporary));
    out.close();
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
      throw Error(errc::io_error, cannot("write", path));
    }
  } catch (...) {
    std::remove(temporary.c_str());
    throw;
  }
  return written;
}

}  // namespace exporting
}  // namespace v1
}  // namespace liaison
