// CSV import and export entry points. The import goes through the public
// Directory API (formats/csv/importer.cpp); the export reads the store
// directly, in one snapshot and in id order (export_support.hpp).
#include <liaison/csv.hpp>

#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include "directory_impl.hpp"
#include "export_support.hpp"
#include "formats/csv/details.hpp"
#include "formats/csv/importer.hpp"
#include "formats/csv/layout.hpp"
#include "formats/csv/row_mapping.hpp"
#include "formats/csv/writer.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace {

class Exporter {
 public:
  Exporter(Directory::Impl& impl, std::ostream& out, const CsvExportOptions& options)
      : store_(impl.store),
        out_(out),
        options_(options),
        paths_(impl.store),
        columns_(csv::export_columns(options.preset)),
        delimiter_(options.excel ? ';' : ',') {
    // Google reads several values in one cell apart at " ::: "; so does
    // liaison in its own layout. Outlook has no such convention. Other
    // programs read countries as names, liaison as codes.
    if (options.preset == "native" || options.preset == "google") {
      writing_.value_separator = " ::: ";
    }
    writing_.country_names = options.preset != "native";
    writing_.derived_full_name = options.preset != "native";
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].second.field == csv::Field::details) details_column_ = i;
    }
  }

  std::size_t run() {
    if (options_.excel) out_.write("\xEF\xBB\xBF", 3);
    std::vector<std::string> header;
    for (const csv::ExportColumn& column : columns_) header.push_back(column.first);
    csv::write_row(out_, header, delimiter_);
    check();
    total_ = store_.count(RecordKind::organization) + store_.count(RecordKind::person);
    // Organizations first, so that a re-import knows their acronyms and
    // aliases before the people's rows name them.
    exporting::for_each_id(store_, RecordKind::organization, [&](RecordId id) {
      std::optional<Organization> organization = store_.read_organization(id);
      if (!organization || !exported(*organization)) return;
      std::vector<std::string> cells =
          csv::row_from_organization(*organization, paths_.path(id), columns_, writing_);
      if (details_column_) cells[*details_column_] = csv::details_cell(*organization, cells);
      write(cells);
    });
    exporting::for_each_id(store_, RecordKind::person, [&](RecordId id) {
      std::optional<Person> person = store_.read_person(id);
      if (!person) return;
      // Read once: the row's columns hold the first current position, the
      // native details all of them.
      const std::vector<exporting::Position> all = exporting::all_positions(store_, paths_, id);
      const std::vector<exporting::Position> current = formats::current_positions(all);
      std::vector<std::string> cells = csv::row_from_person(
          *person, current.empty() ? exporting::Position{} : current.front(), columns_, writing_);
      if (details_column_) cells[*details_column_] = csv::details_cell(*person, cells, all);
      write(cells);
    });
    if (options_.progress)
      options_.progress(written_, written_);  // total_ counted every organization
    return written_;
  }

 private:
  // Every organization in liaison's own layout; in another program's, those
  // it has a way to reach (a phone, an e-mail, an address, a website): a
  // contact per bare name the people's rows already give would clutter the
  // address book they go to.
  bool exported(const Organization& organization) const {
    if (options_.preset == "native") return true;
    const ContactPoints& contacts = organization.contacts;
    return !organization.website.empty() || !contacts.emails.empty() || !contacts.phones.empty() ||
           !contacts.addresses.empty() || !contacts.urls.empty() ||
           !contacts.social_profiles.empty();
  }

  void write(const std::vector<std::string>& cells) {
    csv::write_row(out_, cells, delimiter_, options_.excel);
    check();
    ++written_;
    if (options_.progress && written_ % 256 == 0) options_.progress(written_, total_);
  }

  void check() {
    if (!out_) throw Error(errc::io_error, "writing the CSV export failed");
  }

  storage::RecordStore& store_;
  std::ostream& out_;
  const CsvExportOptions& options_;
  exporting::OrganizationPaths paths_;
  std::vector<csv::ExportColumn> columns_;
  char delimiter_;
  csv::RowWriting writing_;
  std::optional<std::size_t> details_column_;  // native: what the other columns cannot say
  std::size_t written_ = 0;
  std::size_t total_ = 0;
};

}  // namespace

ImportReport import_csv(Directory& directory, const std::string& path) {
  return import_csv(directory, path, CsvImportOptions());
}

ImportReport import_csv_bytes(Directory& directory, std::string_view bytes, std::string_view name) {
  return import_csv_bytes(directory, bytes, name, CsvImportOptions());
}

std::size_t export_csv(const Directory& directory, std::ostream& out) {
  return export_csv(directory, out, CsvExportOptions());
}

std::size_t export_csv_file(const Directory& directory, const std::string& path) {
  return export_csv_file(directory, path, CsvExportOptions());
}

ImportReport import_csv(Directory& directory, const std::string& path,
                        const CsvImportOptions& options) {
  std::uint64_t size = 0;
  std::ifstream in = exporting::open_input(path, size);
  ImportReport report = csv::import_rows(directory, in, path, size, options);
  exporting::check_input(in, path);
  return report;
}

ImportReport import_csv_bytes(Directory& directory, std::string_view bytes, std::string_view name,
                              const CsvImportOptions& options) {
  std::istringstream in{std::string(bytes)};
  return csv::import_rows(directory, in, std::string(name), bytes.size(), options);
}

std::size_t export_csv(const Directory& directory, std::ostream& out,
                       const CsvExportOptions& options) {
  csv::export_columns(options.preset);  // an unknown preset fails before anything is written
  Directory::Impl& impl = directory.internals();
  storage::Connection::ScanWithoutMapping unmapped(impl.connection);
  return impl.read("exporting CSV", [&] { return Exporter(impl, out, options).run(); });
}

std::size_t export_csv_file(const Directory& directory, const std::string& path,
                            const CsvExportOptions& options) {
  csv::export_columns(options.preset);
  return exporting::write_file_atomically(
      path, [&](std::ostream& out) { return export_csv(directory, out, options); });
}

}  // namespace v1
}  // namespace liaison
