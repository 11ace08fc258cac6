// vCard import and export entry points. The import goes through the
// public Directory API (formats/vcard/importer.cpp); the export reads the
// store directly, in one snapshot and in id order (export_support.hpp).
#include <liaison/vcard.hpp>

#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include "directory_impl.hpp"
#include "export_support.hpp"
#include "formats/vcard/importer.hpp"
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/writer.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace {

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
    exporting::for_each_id(store_, kind, body);
  }

  std::vector<vcard::ExportedAffiliation> positions(RecordId person_id) {
    std::vector<vcard::ExportedAffiliation> out;
    for (exporting::Position& position : exporting::current_positions(store_, paths_, person_id)) {
      out.push_back(
          {std::move(position.organization), std::move(position.title), std::move(position.role)});
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
  exporting::OrganizationPaths paths_;
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
  std::uint64_t size = 0;
  std::ifstream in = exporting::open_input(path, size);
  ImportReport report = vcard::import_cards(directory, in, path, size, options);
  exporting::check_input(in, path);
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
  storage::Connection::ScanWithoutMapping unmapped(impl.connection);
  return impl.read("exporting vCards", [&] { return Exporter(impl, out, options).run(); });
}

std::size_t export_vcard_file(const Directory& directory, const std::string& path,
                              const VCardExportOptions& options) {
  check_version(options.version);
  return exporting::write_file_atomically(
      path, [&](std::ostream& out) { return export_vcard(directory, out, options); });
}

}  // namespace v1
}  // namespace liaison
