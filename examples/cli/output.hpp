// How results reach the user: JSON objects for scripts (the library's own
// to_json shapes, composed with nlohmann-json) and short lines for people.
#ifndef LIAISON_CLI_OUTPUT_HPP
#define LIAISON_CLI_OUTPUT_HPP

#include <liaison/liaison.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <string_view>

namespace liaison_cli {

/// Ordered, so that objects keep the library's member order ("kind", "id",
/// "uid", "name" first) instead of being sorted alphabetically.
using Json = nlohmann::ordered_json;

/// A record as the library's JSON object, ready to be extended with what
/// only the CLI composes (an organization's units, a person's affiliations).
template <class Record>
Json record_json(const Record& record) {
  return Json::parse(liaison::to_json(record));
}

/// Any record, by id, as its JSON object. Throws liaison::Error not_found.
Json record_json(const liaison::Directory& directory, liaison::RecordId id);

/// An affiliation's object with the names of both ends added
/// ("person_name", "organization_name"), so a script needs no second lookup.
Json affiliation_json(const liaison::Directory& directory, const liaison::Affiliation& affiliation);

/// Prints JSON on stdout, indented, with UTF-8 as is rather than \u-escaped
/// so that "Çapaliku" stays readable and greppable.
void print_json(const Json& value);

/// One line naming a record with its id: "#3 Organization for ... (OSCE)".
std::string summary(const liaison::Organization& organization);
std::string summary(const liaison::Person& person);
std::string summary(const liaison::Event& event);
/// The same for a record of any kind, looking up what it links.
std::string summary(const liaison::Directory& directory, liaison::RecordId id);

/// A person's position without the person: "Police Affairs Officer,
/// Transnational Threats Department, OSCE (since 2015)".
std::string describe_position(const liaison::Affiliation& affiliation,
                              const std::string& organization_name);

/// "2016-08-31 – 2016-09-01", "since 2015", "until 2018", or empty.
std::string date_range(const liaison::PartialDate& start, const liaison::PartialDate& end);

/// Prints "  label      value" on stdout; nothing when the value is empty.
/// Further lines of a multi-line value are indented under the first.
void print_field(std::string_view label, std::string_view value);
void print_heading(std::string_view heading);
/// Every e-mail, phone, web page, social profile and address, one a line.
void print_contacts(const liaison::ContactPoints& contacts);
void print_raw_values(const std::vector<liaison::RawValue>& raw_values);
/// What an import kept that liaison has no field for (a CSV column, a vCard
/// property), one line each, long values cut.
void print_extra_fields(const std::vector<liaison::ExtraField>& extra_fields);

/// Prints an import's remarks on stderr, like a compiler's, as the import
/// makes them (attach() sets the options' callbacks), so that neither the
/// report nor the output waits for the end of a file of a million rows.
/// What is still buffered is written when it goes, an import that fails
/// included.
class RemarkPrinter {
 public:
  /// `over_progress`: a progress line is being drawn on the same terminal;
  /// remarks clear it before they are written.
  explicit RemarkPrinter(bool over_progress = false) : over_progress_(over_progress) {}
  RemarkPrinter(const RemarkPrinter&) = delete;
  RemarkPrinter& operator=(const RemarkPrinter&) = delete;
  ~RemarkPrinter();

  /// The printer must outlive every import run with these options.
  void attach(liaison::ImportOptions& options);
  void flush() noexcept;

 private:
  void flush_if_full();
  bool over_progress_ = false;
  std::ostringstream remarks_;
};

/// What an import or load did: with --json one object (read, created,
/// updated, skipped, diagnostics, matches); otherwise the remarks the report
/// still holds on stderr and the counts on stdout.
void print_report(bool json, const liaison::ImportReport& report, bool dry_run);

/// Whether progress should be shown: only to a person watching stderr,
/// never into a pipe or a log.
bool progress_wanted();

}  // namespace liaison_cli

#endif
