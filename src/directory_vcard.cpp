// vCard import and export entry points. The import goes through the
// public Directory API (formats/vcard/importer.cpp); the export reads the
// store directly, in one snapshot and in id order, so that writing a
// million cards neither pages with OFFSET nor holds them all in memory.
#include <liaison/vcard.hpp>

#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include "directory_impl.hpp"
#include "formats/vcard/importer.hpp"
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/writer.hpp"

#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace {

constexpr std::size_t page_size = 500;

std::string cannot(const char* what, const std::string& path) {
  return std::string("cannot ") + what + " '" + path + "': " + std::strerror(errno);
}

// Each organization's path of names from its institution down, looked up
// once per organization during one export.
class OrganizationPaths {
 public:
  explicit OrganizationPaths(storage::RecordStore& store) : store_(store) {}

  // Names from the institution down to `id` itself.
  const std::vector<std::string>& path(RecordId id) {
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

 private:
  storage::RecordStore& store_;
  std::map<RecordId, std::vector<std::string>> paths_;
};

// "Transnational Threats Department; Action against Terrorism Unit" is how
// an import keeps ORG units the directory has no record for; they go back
// out as units.
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

class Exporter {
 public:
  Exporter(Directory::Impl& impl, std::ostream& out, const VCardExportOptions& options)
      : store_(impl.store), out_(out), options_(options), paths_(impl.store) {
    writer_options_.version = options.version;
    writer_options_.fold = options.fold;
  }

  std::size_t run() {
    total_ = store_.count(RecordKind::organization) + store_.count(RecordKind::person);
    each(RecordKind::organization, [&](RecordId id) {
      std::optional<Organization> organization = store_.read_organization(id);
      if (!organization) return;
      std::vector<std::string> parents = paths_.path(id);
      parents.pop_back();  // the organization itself; the mapping adds it
      write(vcard::card_from_organization(*organization, parents, options_.version));
    });
    each(RecordKind::person, [&](RecordId id) {
      std::optional<Person> person = store_.read_person(id);
      if (!person) return;
      write(vcard::card_from_person(*person, positions(id), options_.version));
    });
    if (options_.progress) options_.progress(written_, total_);
    return written_;
  }

 private:
  template <class Body>
  void each(RecordKind kind, Body body) {
    RecordId after = 0;
    for (;;) {
      std::vector<RecordId> ids = store_.ids_after(kind, after, page_size);
      if (ids.empty()) return;
      for (RecordId id : ids) body(id);
      after = ids.back();
    }
  }

  // Current affiliations, the primary one first.
  std::vector<vcard::ExportedAffiliation> positions(RecordId person_id) {
    std::vector<Affiliation> current;
    const AffiliationFilter filter = AffiliationFilter::current();
    for (RecordId id : store_.affiliation_ids_of_person(person_id)) {
      std::optional<Affiliation> affiliation = store_.read_affiliation(id);
      if (affiliation && filter.matches(*affiliation)) current.push_back(std::move(*affiliation));
    }
    std::stable_partition(current.begin(), current.end(),
                          [](const Affiliation& a) { return a.primary; });
    std::vector<vcard::ExportedAffiliation> out;
    for (const Affiliation& affiliation : current) {
      vcard::ExportedAffiliation position;
      position.organization = paths_.path(affiliation.organization_id);
      if (position.organization.empty()) continue;
      append_department(position.organization, affiliation.department);
      position.title = affiliation.title;
      position.role = affiliation.role;
      out.push_back(std::move(position));
    }
    return out;
  }

  void write(const vcard::Card& card) {
    vcard::write_card(out_, card, writer_options_);
    if (!out_) throw Error(errc::io_error, "writing the vCard export failed");
    ++written_;
    if (options_.progress && written_ % 256 == 0) options_.progress(written_, total_);
  }

  storage::RecordStore& store_;
  std::ostream& out_;
  const VCardExportOptions& options_;
  vcard::WriterOptions writer_options_;
  OrganizationPaths paths_;
  std::size_t written_ = 0;
  std::size_t total_ = 0;
};

void check_version(const std::string& version) {
  if (version != "4.0" && version != "3.0") {
    throw Error(errc::invalid_argument,
                "vcard version: '" + version + "' is not one liaison writes (3.0 or 4.0)");
  }
}

}  // namespace

ImportReport import_vcard(Directory& directory, const std::string& path) {
  return import_vcard(directory, path, VCardImportOptions());
}

ImportReport import_vcard_bytes(Directory& directory, std::string_view bytes,
                                std::string_view name) {
  return import_vcard_bytes(directory, bytes, name, VCardImportOptions());
}

std::size_t export_vcard(const Directory& directory, std::ostream& out) {
  return export_vcard(directory, out, VCardExportOptions());
}

std::size_t export_vcard_file(const Directory& directory, const std::string& path) {
  return export_vcard_file(directory, path, VCardExportOptions());
}

ImportReport import_vcard(Directory& directory, const std::string& path,
                          const VCardImportOptions& options) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    throw Error(errc::io_error, "cannot read '" + path + "': it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(errc::io_error, cannot("read", path));
  std::uintmax_t size = std::filesystem::file_size(path, ignored);
  if (ignored) size = 0;
  ImportReport report = vcard::import_cards(directory, in, path, size, options);
  if (in.bad()) throw Error(errc::io_error, "cannot read '" + path + "': read failed");
  return report;
}

ImportReport import_vcard_bytes(Directory& directory, std::string_view bytes, std::string_view name,
                                const VCardImportOptions& options) {
  std::istringstream in{std::string(bytes)};
  return vcard::import_cards(directory, in, std::string(name), bytes.size(), options);
}

std::size_t export_vcard(const Directory& directory, std::ostream& out,
                         const VCardExportOptions& options) {
  check_version(options.version);
  Directory::Impl& impl = directory.internals();
  return impl.read("exporting vCards", [&] { return Exporter(impl, out, options).run(); });
}

std::size_t export_vcard_file(const Directory& directory, const std::string& path,
                              const VCardExportOptions& options) {
  check_version(options.version);
  // Written beside the target and renamed over it when complete: a reader
  // of the file sees the old export or the new one, never half of one.
  const std::string temporary = path + ".liaison-" + std::to_string(::getpid()) + ".tmp";
  std::size_t written = 0;
  try {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(errc::io_error, cannot("write", temporary));
    written = export_vcard(directory, out, options);
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

}  // namespace v1
}  // namespace liaison
