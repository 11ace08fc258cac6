// Rows in and out: the only code that writes SQL against the directory's
// tables. Everything here runs inside a transaction the caller holds; it
// validates nothing (directory.cpp does) and journals nothing on its own
// (the caller decides what a change is).
#ifndef LIAISON_SRC_STORAGE_RECORD_STORE_HPP
#define LIAISON_SRC_STORAGE_RECORD_STORE_HPP

#include <liaison/affiliation.hpp>
#include <liaison/directory.hpp>
#include <liaison/event.hpp>
#include <liaison/journal.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include "storage/connection.hpp"
#include "storage/matching_cache.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace storage {

/// A person as matching reads it, and the organizations of their
/// affiliations, past and current.
struct PersonForMatching {
  Person person;
  std::vector<RecordId> organizations;
};

class RecordStore {
 public:
  explicit RecordStore(Connection& connection) : db_(connection) {}

  // The record row every kind shares.
  /// Inserts the record row; an empty uid gets a fresh UUID. Throws
  /// errc::already_exists when the uid is taken (also by a removed record).
  RecordMeta insert_record(RecordKind kind, const std::string& uid, const std::string& now);
  /// Inserts the record row of a removed record again, with its own id,
  /// uid and created_at (unmerge brings records back as they were), and
  /// deletes the uid's tombstone, since the record is no longer removed.
  void restore_record(RecordKind kind, const RecordMeta& meta);
  /// Raises the revision by one and sets updated_at; returns the new meta.
  RecordMeta touch_record(RecordId id, const std::string& now);
  std::optional<RecordKind> kind_of(RecordId id);
  std::optional<RecordId> id_of_uid(std::string_view uid);
  void delete_record(RecordId id);
  std::vector<RecordId> list_ids(RecordKind kind, const Page& page);
  /// Up to `limit` ids of persons or organizations greater than `after`, in id
  /// order: paging that costs the same on the last page as on the first.
  std::vector<RecordId> ids_after(RecordKind kind, RecordId after, std::size_t limit);
  std::size_t count(RecordKind kind);

  // Entities. insert_/update_ write the entity row and all its children;
  // the record row must exist. read_ returns nullopt for a missing id.
  void write_person(const Person& person, bool is_new);
  std::optional<Person> read_person(RecordId id);
  /// What matching reads of a person (dedup::person_profile): the person's
  /// own row, names, contact points and identifiers, meta.id, and the
  /// organizations of their affiliations; not the rest of the meta, tags,
  /// sources or kept raw values. nullopt when `id` is not a person.
  std::optional<PersonForMatching> read_person_for_matching(RecordId id);
  /// What the search index reads of a person (search::person_document):
  /// as for matching, and the tags.
  std::optional<Person> read_person_for_index(RecordId id);
  /// An import scores every new person against namesakes it read before:
  /// inside a write transaction, what matching makes of a person, and the
  /// counts below, are kept here until a write makes them stale.
  MatchingCache& matching_cache() noexcept { return matching_; }
  /// How many persons the directory holds.
  std::size_t person_count();
  /// How many persons have the family name `family`, counting up to `limit`
  /// (storage::count_family_name).
  std::size_t family_name_count(const std::string& family, std::size_t limit);
  void write_organization(const Organization& organization, bool is_new);
  std::optional<Organization> read_organization(RecordId id);
  void write_affiliation(const Affiliation& affiliation, bool is_new);
  std::optional<Affiliation> read_affiliation(RecordId id);
  void write_event(const Event& event, bool is_new);
  std::optional<Event> read_event(RecordId id);
  void write_participation(const Participation& participation, bool is_new);
  std::optional<Participation> read_participation(RecordId id);

  /// The persons with ids from `first` to `last`, in id order, for the
  /// search index to read in bulk: meta holds only the id, and sources,
  /// raw values and data protection are left empty.
  std::vector<Person> read_people_for_index(RecordId first, RecordId last);
  /// Affiliations of the persons with ids from `first` to `last`, by person.
  std::map<RecordId, std::vector<Affiliation>> affiliations_of_people(RecordId first,
                                                                      RecordId last);
  /// Event ids each participant with an id from `first` to `last` takes part in.
  std::map<RecordId, std::vector<RecordId>> events_of_participants(RecordId first, RecordId last);

  // Lookups.
  std::vector<RecordId> affiliation_ids_of_person(RecordId person_id);
  /// The organizations of a person's affiliations, past and current, in
  /// the order of the affiliations (one organization may come twice).
  std::vector<RecordId> organization_ids_of_person(RecordId person_id);
  /// Whether `owner` has a phone number that may read differently in
  /// another region: one not written with + and a country code.
  bool has_phone_without_country_code(RecordId owner);
  /// The country of the person's first address that has one, else the
  /// person's own country, else empty: what decides the region of their
  /// numbers before any affiliation does.
  std::string own_country(RecordId person_id);
  std::vector<RecordId> affiliation_ids_at_organization(RecordId organization_id);
  std::vector<RecordId> participation_ids_of_event(RecordId event_id);
  std::vector<RecordId> participation_ids_of(RecordId participant_id);
  std::vector<RecordId> unit_ids_of(RecordId organization_id);
  std::vector<RecordId> events_organized_by(RecordId organization_id);
  /// Organizations whose name, acronym or alias has this sort key (folded text).
  std::vector<RecordId> organization_ids_by_folded_name(const std::string& folded);
  std::optional<RecordId> find_by_source(std::string_view source, std::string_view external_key);
  bool has_source(std::string_view source);
  /// The organization's country, else its nearest ancestor's; nullopt for
  /// an unknown id, empty when no one in the chain names a country.
  std::optional<std::string> country_of_organization(RecordId id);

  /// SQLite's integrity and foreign-key checks plus liaison's own: "ok" or
  /// a description of each problem found.
  std::string check_integrity();

  // Settings.
  std::optional<std::string> setting(const char* key);
  void set_setting(const char* key, const std::string& value);

  // Journal.
  std::int64_t append_change(const Change& change);
  void add_tombstone(const Tombstone& tombstone);
  std::int64_t last_change_sequence();
  std::vector<Change> changes_since(std::int64_t sequence, std::size_t limit);
  std::vector<Change> history(RecordId id);
  std::vector<Tombstone> tombstones_since(std::int64_t sequence);

 private:
  RecordMeta read_meta(RecordId id);
  void write_names(RecordId owner, const std::vector<LocalizedName>& names, bool owner_is_new);
  std::vector<LocalizedName> read_names(RecordId owner);
  void write_contacts(RecordId owner, const ContactPoints& contacts, bool owner_is_new);
  ContactPoints read_contacts(RecordId owner);
  std::map<RecordId, ContactPoints> read_contacts_between(RecordId first, RecordId last);
  void write_tags(RecordId owner, const std::vector<std::string>& tags, bool owner_is_new);
  std::vector<std::string> read_tags(RecordId owner);
  void write_identifiers(RecordId owner, const std::vector<Identifier>& identifiers,
                         bool owner_is_new);
  std::vector<Identifier> read_identifiers(RecordId owner);
  void write_sources(RecordId owner, const std::vector<SourceRef>& sources, bool owner_is_new);
  std::vector<SourceRef> read_sources(RecordId owner);
  void write_raw_values(RecordId owner, const std::vector<RawValue>& raw_values, bool owner_is_new);
  std::vector<RawValue> read_raw_values(RecordId owner);
  void write_extra_fields(RecordId owner, const std::vector<ExtraField>& extras, bool owner_is_new);
  std::vector<ExtraField> read_extra_fields(RecordId owner);
  std::vector<Change> read_changes(Query& query);

  // The person's row, meta.id, names, contact points and identifiers.
  std::optional<Person> read_person_core(RecordId id);

  Connection& db_;
  MatchingCache matching_{db_};
};

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
