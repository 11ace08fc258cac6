// liaison: the directory, one SQLite file of organizations and people.
#ifndef LIAISON_DIRECTORY_HPP
#define LIAISON_DIRECTORY_HPP

#include <liaison/affiliation.hpp>
#include <liaison/dedup.hpp>
#include <liaison/event.hpp>
#include <liaison/journal.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>
#include <liaison/record.hpp>
#include <liaison/search.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

/// How to open a directory.
struct OpenOptions {
  /// Who is making the changes, written into the change journal. Empty
  /// means the operating-system user ($USER, else the login name, else "unknown").
  std::string actor;
  /// Create the file (owner-only permissions, 0600) when it does not exist.
  bool create = true;
  bool read_only = false;
  /// Region for phone numbers typed without an international prefix, when
  /// neither the record nor its organization names a country. Used only
  /// when the directory is created; change it later with set_default_region().
  std::string default_region;
  /// How long a write waits for another process's transaction to finish.
  int busy_timeout_ms = 10000;
};

/// Which slice of a list to return. limit 0 means all.
struct Page {
  std::size_t limit = 0;
  std::size_t offset = 0;
};

class Transaction;

/// A directory of organizations, people, their affiliations and events,
/// kept in one SQLite file (or in memory, for the path ":memory:").
///
/// Every write is atomic, validated, journaled with the actor and the
/// fields it changed, and either fully done or not at all. Writes made
/// inside a Transaction become visible to others only when it commits.
///
/// Threads: a Directory is used by one thread at a time; it is not safe to
/// call one Directory from two threads at once. Open one Directory per
/// thread instead: any number of Directories, in one process or many, may
/// read and write the same file at the same time, and a writer that finds
/// the file locked waits (OpenOptions::busy_timeout_ms) rather than failing.
///
/// Errors: every function throws liaison::Error. Writes refuse invalid
/// input with errc::invalid_argument naming the field; lookups by id or
/// uid throw errc::not_found (the find_ variants return nullopt instead).
class Directory {
 public:
  /// Opens, or creates, the directory at `path` and brings its schema up to
  /// date. Throws errc::version_mismatch for a file written by a newer
  /// liaison, errc::corrupt for a file that is not a liaison directory,
  /// errc::io_error when the file cannot be opened or created.
  static Directory open(const std::string& path, const OpenOptions& options = {});

  Directory(Directory&& other) noexcept;
  Directory& operator=(Directory&& other) noexcept;
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;
  ~Directory();

  const std::string& path() const noexcept;
  const std::string& actor() const noexcept;
  /// The schema version of the open file, and the newest this library writes.
  int schema_version() const;
  static int latest_schema_version() noexcept;

  /// The region (ISO 3166-1 alpha-2) for phone numbers without an
  /// international prefix; empty when none was set.
  std::string default_region() const;
  void set_default_region(std::string_view region);

  /// Starts a transaction: every write until commit() is one atomic change.
  /// Transactions nest (an inner one is a savepoint).
  Transaction transaction();

  // Organizations. add_ returns the stored record with its meta filled in.
  Organization add_organization(const Organization& organization);
  Organization get_organization(RecordId id) const;
  std::optional<Organization> find_organization(RecordId id) const;
  /// Replaces the stored organization meta.id with this one; fields left
  /// empty are cleared. Returns the stored record.
  Organization update_organization(const Organization& organization);
  std::vector<Organization> list_organizations(Page page = {}) const;
  /// Organizations whose name, acronym or an alias folds to the same text
  /// as `name` ("osce", "ОБСЕ", "Organization for Security and Co-operation in Europe").
  std::vector<Organization> find_organizations_by_name(std::string_view name) const;
  /// Direct units (departments, missions) of an organization.
  std::vector<Organization> units_of(RecordId organization_id) const;

  // Persons.
  Person add_person(const Person& person);
  Person get_person(RecordId id) const;
  std::optional<Person> find_person(RecordId id) const;
  Person update_person(const Person& person);
  std::vector<Person> list_people(Page page = {}) const;

  // Affiliations. Both ends must exist; end must not be before start.
  Affiliation add_affiliation(const Affiliation& affiliation);
  Affiliation get_affiliation(RecordId id) const;
  Affiliation update_affiliation(const Affiliation& affiliation);
  std::vector<Affiliation> affiliations_of_person(
      RecordId person_id, const AffiliationFilter& filter = AffiliationFilter::current()) const;
  std::vector<Affiliation> affiliations_at_organization(
      RecordId organization_id,
      const AffiliationFilter& filter = AffiliationFilter::current()) const;

  // Events and participation.
  Event add_event(const Event& event);
  Event get_event(RecordId id) const;
  Event update_event(const Event& event);
  std::vector<Event> list_events(Page page = {}) const;
  Participation add_participation(const Participation& participation);
  Participation get_participation(RecordId id) const;
  Participation update_participation(const Participation& participation);
  std::vector<Participation> participations_in_event(RecordId event_id) const;
  std::vector<Participation> participations_of(RecordId participant_id) const;

  /// Removes any record by id. Removing a person or organization also
  /// removes its affiliations and participations (each journaled and
  /// tombstoned); an organization that still has units is refused with
  /// errc::constraint. Throws errc::not_found for an unknown id.
  void remove(RecordId id);

  /// What kind of record an id or uid names; nullopt when none does.
  std::optional<RecordKind> kind_of(RecordId id) const;
  std::optional<RecordId> id_of_uid(std::string_view uid) const;
  /// The record that now stands for `uid`: its own, or, when that record
  /// was merged into another (and the merge not undone), the survivor,
  /// following later merges. A vCard exported before a merge names the
  /// absorbed record's uid; importing it must update the survivor.
  std::optional<RecordId> current_id_of_uid(std::string_view uid) const;
  /// The record that came from `source` with `external_key`, if any.
  std::optional<RecordId> find_by_source(std::string_view source,
                                         std::string_view external_key) const;
  /// Whether any record came from `source`: an import of a file never
  /// imported before need not look for the records it made.
  bool has_source(std::string_view source) const;
  std::size_t count(RecordKind kind) const;

  // The change journal.
  /// The newest change sequence number; 0 for a directory never written.
  std::int64_t last_change_sequence() const;
  /// Changes with a sequence greater than `sequence`, oldest first.
  std::vector<Change> changes_since(std::int64_t sequence, std::size_t limit = 0) const;
  /// Every change to one record, oldest first (also after its removal).
  std::vector<Change> history(RecordId id) const;
  std::vector<Tombstone> tombstones_since(std::int64_t sequence) const;

  // Search (see search.hpp for the query language and the ranking).
  /// The records that match `query`, best first. Throws
  /// errc::invalid_argument for a query it cannot read (invalid UTF-8, an
  /// unknown kind:, a bad as-of: date, a query over 4096 bytes or 32 words),
  /// naming what is wrong; any other text is searched as words.
  std::vector<SearchHit> search(std::string_view query, const SearchOptions& options = {}) const;
  /// Rebuilds the search index from the stored records (every write keeps
  /// it current; this repairs an index found inconsistent, or refreshes
  /// which affiliations count as current after time has passed).
  /// `progress(done, total)`, when given, is called every few thousand
  /// records and at the end, for a progress display.
  void rebuild_search_index(
      const std::function<void(std::size_t done, std::size_t total)>& progress = {});
  /// Compares the search index with what the stored records say it should
  /// hold: "ok", or a description of each record that differs.
  std::string check_search_index() const;

  // Duplicates (see dedup.hpp and docs/dedup.md).
  /// Pairs of stored persons and organizations that may be the same, best
  /// first. Candidates come from blocking keys (e-mail, phone, identifier,
  /// name keys, birth date, acronym), never from all pairs; pairs marked
  /// keep_apart() are left out unless asked for.
  std::vector<DuplicatePair> find_duplicates(const DedupOptions& options = {}) const;
  /// Stored records that `person` (not yet stored, or stored: its own id is
  /// skipped) may duplicate, best first; each pair has a = person.meta.id.
  std::vector<DuplicatePair> match_person(const Person& person,
                                          const DedupOptions& options = {}) const;
  /// The same for the stored person `id` as stored, with its affiliations
  /// (errc::not_found if there is no such person). Inside a transaction
  /// the person is read once for this and for the matches that follow.
  std::vector<DuplicatePair> match_person(RecordId id, const DedupOptions& options = {}) const;
  std::vector<DuplicatePair> match_organization(const Organization& organization,
                                                const DedupOptions& options = {}) const;
  /// Scores one pair of stored records of the same kind, with every reason.
  DuplicatePair compare(RecordId a, RecordId b, const MatchThresholds& thresholds = {}) const;

  /// Merges two persons or two organizations into one: contact points,
  /// names, tags, identifiers, sources, affiliations, participations and
  /// units are unioned; single values follow the survivor, and the other
  /// record's differing values are kept on the survivor (docs/dedup.md).
  /// The absorbed record is removed (journaled, tombstoned) and both are
  /// snapshotted so that unmerge() can restore them exactly; the absorbed
  /// record's sources then find the survivor. One transaction. Throws
  /// errc::invalid_argument for a == b, records of two kinds, a kind other
  /// than person or organization, or a `keep` that is neither; errc::not_found
  /// for an unknown id; errc::constraint for a pair marked keep_apart().
  MergeRecord merge(RecordId a, RecordId b, const MergeOptions& options = {});
  /// Restores both records of a merge as they were before it, with their
  /// ids, uids and links (revisions grow: it is a change). Throws
  /// errc::constraint when the survivor has changed since the merge, unless
  /// `force` (those later changes are then undone too; the journal keeps
  /// them), and when the survivor was itself merged away or removed since;
  /// errc::invalid_argument for a merge already undone; errc::not_found for
  /// an unknown merge id.
  void unmerge(std::int64_t merge_id, bool force = false);
  MergeRecord get_merge(std::int64_t merge_id) const;
  /// Every merge, newest first.
  std::vector<MergeRecord> list_merges() const;
  /// Remembers that `a` and `b` are different, so that they are never
  /// suggested again and an import never merges them. Both must be stored
  /// persons, or both organizations, and differ (errc::invalid_argument;
  /// errc::not_found for an unknown id). Doing it again changes nothing.
  void keep_apart(RecordId a, RecordId b);
  /// Forgets a keep_apart(); false when there was none.
  bool forget_keep_apart(RecordId a, RecordId b);
  bool kept_apart(RecordId a, RecordId b) const;

  /// Runs SQLite's integrity check and liaison's own consistency checks,
  /// the search index's included; returns "ok" or one line per problem.
  std::string check_integrity() const;

  class Impl;  // defined in src/directory_impl.hpp

  /// liaison's own exporters read the store directly; not for users.
  Impl& internals() const noexcept { return *impl_; }

 private:
  explicit Directory(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  friend class Transaction;
};

/// An atomic group of writes, as SQLiteCpp's Transaction: it rolls back in
/// its destructor unless commit() was called. Not copyable; movable.
class Transaction {
 public:
  explicit Transaction(Directory& directory);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  /// Makes the writes permanent (or, when nested, part of the outer
  /// transaction). Throws errc::busy when another process holds the lock
  /// past the timeout; the transaction then rolls back.
  void commit();

 private:
  Directory::Impl* impl_;
  bool open_ = false;
};

}  // namespace v1
}  // namespace liaison

#endif
