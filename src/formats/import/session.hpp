// One import of one file, whatever its format: the transaction around the
// whole file, the report, and the storing of each contact the format's
// mapping reads -- provenance, matching an earlier import's records,
// finding the organizations a contact names. Formats read; this stores,
// through the Directory API like any other client.
#ifndef LIAISON_SRC_FORMATS_IMPORT_SESSION_HPP
#define LIAISON_SRC_FORMATS_IMPORT_SESSION_HPP

#include "formats/import/incoming.hpp"

#include <liaison/directory.hpp>
#include <liaison/import_report.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace formats {

/// Why one record cannot be stored; thrown inside the session, turned into
/// a skipped record (skip_bad) or the end of the import.
struct Refusal {
  std::string field;
  std::string message;
};

/// Whether `tags` holds `tag`, compared folded: "Partners" and "partners"
/// are one tag.
bool has_tag(const std::vector<std::string>& tags, const std::string& tag);

/// How a record is known in its file: by the id the file gives it (a CSV
/// row's external_id, a card's UID), else by its place ("row 7", "card 3"),
/// which rows added above it shift.
struct RecordKey {
  std::string given;     ///< empty when the file gives none
  std::string position;  ///< "row 7", "card 3"
};

class ImportSession {
 public:
  /// Opens the transaction. `file` names the input in messages; the
  /// provenance name is options.source, else the file's base name, else
  /// `fallback_source`.
  ImportSession(Directory& directory, std::string file, const ImportOptions& options,
                std::string_view fallback_source);

  ImportSession(const ImportSession&) = delete;
  ImportSession& operator=(const ImportSession&) = delete;

  const std::string& file() const noexcept { return file_; }
  const std::string& source() const noexcept { return source_; }
  ImportReport& report() noexcept { return report_; }

  void warn(std::size_t line, const std::string& record, const std::string& field,
            const std::string& message);
  void warn_fields(std::size_t line, const std::string& record,
                   const std::vector<detail::FieldWarning>& warnings);
  /// A problem with the file as a whole: ends the import (errc::parse_error
  /// naming file and line); the transaction rolls back.
  [[noreturn]] void fail(std::size_t line, const std::string& message) const;
  /// A record that cannot be stored: without skip_bad it ends the import
  /// (errc::parse_error); with it, the record is reported and counted as skipped.
  void reject(std::size_t line, const std::string& record, const Refusal& refusal);

  /// Stores `contact` in a savepoint of its own, updating the record an
  /// earlier import of this source made under the same provenance key, else
  /// the one whose uid the contact carries. The key is the one the file
  /// gives (unique within the file); a record without one is known by what
  /// it holds (its name, else e-mail address, else phone number; with the
  /// e-mail or phone beside the name for namesakes) and only then by its
  /// place, and a stored record found so is updated only when it is the
  /// same person: a row added above another in a newer export of the same
  /// file must not turn one person's record into another's. A refusal
  /// rolls the savepoint back and is passed to reject().
  void store(IncomingContact& contact, const RecordKey& key, const std::string& label,
             std::size_t line);

  /// The record an earlier store() of this import (or an earlier import of
  /// this source) keeps under `key`.
  std::optional<RecordId> stored_under(const std::string& key);
  /// Adds `tag` to the person or organization `id` unless it has it
  /// (has_tag); true when it was added.
  bool add_tag(RecordId id, const std::string& tag);

  /// Commits unless dry_run, and hands over the report.
  ImportReport finish();

 private:
  template <class Record, class Add, class Update>
  RecordId store_record(const std::optional<Record>& before, Record candidate, Add add,
                        Update update);
  template <class Record>
  void normalise_leniently(Record& record, std::vector<detail::FieldWarning>& warnings);

  std::optional<RecordId> existing(RecordKind kind, const std::string& key, const std::string& uid);
  /// The provenance key of a record without a key of its own: the first of
  /// what it holds (`held`, most telling first) that no earlier record of
  /// the file held, else its place.
  std::string content_key(const std::vector<std::string>& held, const RecordKey& key);
  /// `kept` without the places ("row 7") this file's earlier imports gave.
  std::vector<SourceRef> without_places(std::vector<SourceRef> kept) const;
  /// The sources of an organization stored under `key`: `kept` with this
  /// file's key added; one known by its name loses the place an earlier
  /// import gave it.
  std::vector<SourceRef> with_keys(std::vector<SourceRef> kept, const std::string& key,
                                   const RecordKey& record_key) const;
  /// The stored person an earlier import of this file made for a record
  /// without a key of its own: among those stored under what it holds
  /// (`held`) or under its place, and not yet updated by this import, the
  /// one most surely the same person (an e-mail address or phone number in
  /// common, else the same name); nullopt when none is.
  std::optional<Person> known_person(const std::vector<std::string>& held, const RecordKey& key,
                                     const Person& incoming);
  /// The sources of a record without a key of its own: `kept` without the
  /// place an earlier import gave it, and with a content key for this file
  /// unless it has one.
  std::vector<SourceRef> keyless_sources(std::vector<SourceRef> kept,
                                         const std::vector<std::string>& held,
                                         const RecordKey& key);
  /// The stored person's id, and whether this import created it.
  std::pair<RecordId, bool> load_person(IncomingContact& contact, const RecordKey& key,
                                        const std::string& label, std::size_t line);
  /// The id a new record goes by after matching (its own, or the stored
  /// one it was merged into or left out for), and whether it is left out.
  struct Settled {
    RecordId id = 0;
    bool left_out = false;
  };
  Settled settle(RecordId id, const std::vector<DuplicatePair>& pairs, const std::string& label,
                 std::size_t line, std::vector<ImportMatch>& into);
  /// Looks for stored persons the new person `id` may duplicate and acts on
  /// options.on_match; false when the person is to be left out (skip).
  bool match_new_person(RecordId id, const std::string& label, std::size_t line);
  /// The same for a new organization.
  Settled match_new_organization(RecordId id, const std::string& label, std::size_t line,
                                 bool top_level_only);
  void store_affiliation(RecordId person_id, const IncomingPosition& position, bool primary,
                         bool none_stored);
  std::pair<RecordId, std::string> position_at(const IncomingPosition& position);
  RecordId institution(const std::string& name);
  std::optional<RecordId> unit_named(RecordId parent, const std::string& name);
  RecordId create_organization(const std::string& name, std::optional<RecordId> parent);
  /// False when the organization is to be left out (on_match skip).
  bool load_organization(IncomingContact& contact, const RecordKey& key, const std::string& label,
                         std::size_t line);
  std::optional<Organization> same_name(const Organization& organization);

  Directory& directory_;
  std::string file_;
  std::string source_;
  const ImportOptions& options_;
  ImportReport report_;
  Transaction transaction_;
  std::map<std::string, RecordId> institutions_;  // folded name -> id
  std::unordered_set<std::size_t> content_keys_;  // hashes of the content keys given out
  std::unordered_set<RecordId> claimed_;          // persons this import updated
  bool source_seen_ = false;                      // whether records came from this source before
  // The record being stored, for what organizations its positions name.
  std::size_t line_ = 0;
  std::string label_;
  // Matches of organizations the record created: reported only when the
  // record is stored, as its savepoint may still take them back.
  std::vector<ImportMatch> organization_matches_;
};

}  // namespace formats
}  // namespace v1
}  // namespace liaison

#endif
