// The record row, child rows shared by several kinds, lookups, settings and
// the journal. Entity rows are in person_rows.cpp, organization_rows.cpp
// and link_rows.cpp.
#include "storage/record_store.hpp"

#include <map>

#include "storage/uuid.hpp"
#include "text/email.hpp"

#include <liaison/error.hpp>

#include <nlohmann/json.hpp>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

std::vector<RecordId> collect_ids(Query& query) {
  std::vector<RecordId> ids;
  while (query->executeStep()) ids.push_back(query->getColumn(0).getInt64());
  return ids;
}

}  // namespace

RecordMeta RecordStore::insert_record(RecordKind kind, const std::string& uid,
                                      const std::string& now) {
  RecordMeta meta;
  meta.uid = uid.empty() ? new_uuid() : uid;
  // 122 random bits from the kernel do not collide; a uid given may be taken.
  if (!uid.empty()) {
    auto taken = db_.statement(
        "SELECT 1 FROM record WHERE uid = ?1 UNION ALL SELECT 1 FROM tombstone WHERE uid = ?1");
    taken->bind(1, meta.uid);
    if (taken->executeStep()) {
      throw Error(errc::already_exists, "a record with uid '" + meta.uid + "' exists or existed");
    }
  }
  auto insert = db_.statement(
      "INSERT INTO record (kind, uid, revision, created_at, updated_at) VALUES (?, ?, 1, ?, ?)");
  insert->bind(1, to_string(kind));
  insert->bind(2, meta.uid);
  insert->bind(3, now);
  insert->bind(4, now);
  insert->exec();
  meta.id = db_.database().getLastInsertRowid();
  meta.revision = 1;
  meta.created_at = now;
  meta.updated_at = now;
  return meta;
}

void RecordStore::restore_record(RecordKind kind, const RecordMeta& meta) {
  matching_.forget_all();
  {
    auto insert = db_.statement(
        "INSERT INTO record (id, kind, uid, revision, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert->bind(1, meta.id);
    insert->bind(2, to_string(kind));
    insert->bind(3, meta.uid);
    insert->bind(4, meta.revision);
    insert->bind(5, meta.created_at);
    insert->bind(6, meta.updated_at);
    insert->exec();
  }
  auto forget = db_.statement("DELETE FROM tombstone WHERE uid = ?");
  forget->bind(1, meta.uid);
  forget->exec();
}

RecordMeta RecordStore::touch_record(RecordId id, const std::string& now) {
  {
    auto update =
        db_.statement("UPDATE record SET revision = revision + 1, updated_at = ? WHERE id = ?");
    update->bind(1, now);
    update->bind(2, id);
    update->exec();
  }
  return read_meta(id);
}

RecordMeta RecordStore::read_meta(RecordId id) {
  auto query =
      db_.statement("SELECT uid, revision, created_at, updated_at FROM record WHERE id = ?");
  query->bind(1, id);
  if (!query->executeStep())
    throw Error(errc::not_found, "no record with id " + std::to_string(id));
  RecordMeta meta;
  meta.id = id;
  meta.uid = query->getColumn(0).getString();
  meta.revision = query->getColumn(1).getInt64();
  meta.created_at = query->getColumn(2).getString();
  meta.updated_at = query->getColumn(3).getString();
  return meta;
}

std::optional<RecordKind> RecordStore::kind_of(RecordId id) {
  auto query = db_.statement("SELECT kind FROM record WHERE id = ?");
  query->bind(1, id);
  if (!query->executeStep()) return std::nullopt;
  return record_kind_from_string(query->getColumn(0).getString());
}

std::optional<RecordId> RecordStore::id_of_uid(std::string_view uid) {
  auto query = db_.statement("SELECT id FROM record WHERE uid = ?");
  query->bind(1, std::string(uid));
  if (!query->executeStep()) return std::nullopt;
  return query->getColumn(0).getInt64();
}

void RecordStore::delete_record(RecordId id) {
  matching_.forget_all();  // a person, or an affiliation of one
  auto remove = db_.statement("DELETE FROM record WHERE id = ?");
  remove->bind(1, id);
  remove->exec();
}

std::vector<RecordId> RecordStore::list_ids(RecordKind kind, const Page& page) {
  // -1 is SQLite's "no limit".
  const std::int64_t limit = page.limit == 0 ? -1 : static_cast<std::int64_t>(page.limit);
  const auto offset = static_cast<std::int64_t>(page.offset);
  auto run = [&](const char* sql) {
    auto query = db_.statement(sql);
    query->bind(1, limit);
    query->bind(2, offset);
    return collect_ids(query);
  };
  switch (kind) {
    case RecordKind::person:
      return run("SELECT id FROM person ORDER BY sort_key, id LIMIT ? OFFSET ?");
    case RecordKind::organization:
      return run("SELECT id FROM organization ORDER BY sort_key, id LIMIT ? OFFSET ?");
    case RecordKind::event:
      return run("SELECT id FROM event ORDER BY start_date, name, id LIMIT ? OFFSET ?");
    case RecordKind::affiliation:
      return run("SELECT id FROM affiliation ORDER BY id LIMIT ? OFFSET ?");
    case RecordKind::participation:
      return run("SELECT id FROM participation ORDER BY id LIMIT ? OFFSET ?");
  }
  return {};
}

std::vector<RecordId> RecordStore::ids_after(RecordKind kind, RecordId after, std::size_t limit) {
  const char* sql = kind == RecordKind::person
                        ? "SELECT id FROM person WHERE id > ? ORDER BY id LIMIT ?"
                        : "SELECT id FROM organization WHERE id > ? ORDER BY id LIMIT ?";
  auto query = db_.statement(sql);
  query->bind(1, after);
  query->bind(2, static_cast<std::int64_t>(limit));
  return collect_ids(query);
}

std::size_t RecordStore::count(RecordKind kind) {
  auto query = db_.statement("SELECT count(*) FROM record WHERE kind = ?");
  query->bind(1, to_string(kind));
  query->executeStep();
  return static_cast<std::size_t>(query->getColumn(0).getInt64());
}

// Child rows: each writer replaces the owner's rows in list order.

void RecordStore::write_names(RecordId owner, const std::vector<LocalizedName>& names,
                              bool owner_is_new) {
  matching_.forget(owner);
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM name_variant WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  for (const auto& name : names) {
    auto insert = db_.statement(
        "INSERT INTO name_variant (owner_id, position, value, language) VALUES (?, ?, ?, ?)");
    insert->bind(1, owner);
    insert->bind(2, position++);
    insert->bind(3, name.value);
    insert->bind(4, name.language);
    insert->exec();
  }
}

std::vector<LocalizedName> RecordStore::read_names(RecordId owner) {
  auto query = db_.statement(
      "SELECT value, language FROM name_variant WHERE owner_id = ? ORDER BY position");
  query->bind(1, owner);
  std::vector<LocalizedName> names;
  while (query->executeStep()) {
    names.push_back({query->getColumn(0).getString(), query->getColumn(1).getString()});
  }
  return names;
}

namespace {

// The key exact e-mail lookups and duplicate detection compare.
std::string email_lookup_key(const std::string& address) {
  auto check = text::check_email(address);
  return check.ok ? check.key : std::string();
}

struct ContactRow {
  const char* type;
  std::string subtype, value, lookup_key, label;
  bool preferred;
  std::string source, locality, region, postal_code, country;
};

}  // namespace

void RecordStore::write_contacts(RecordId owner, const ContactPoints& contacts, bool owner_is_new) {
  matching_.forget(owner);
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM contact_point WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  auto insert = [&](const ContactRow& row) {
    auto query = db_.statement(
        "INSERT INTO contact_point (owner_id, position, type, subtype, value, lookup_key, label, "
        "preferred, source, locality, region, postal_code, country) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    query->bind(1, owner);
    query->bind(2, position++);
    query->bind(3, row.type);
    query->bind(4, row.subtype);
    query->bind(5, row.value);
    query->bind(6, row.lookup_key);
    query->bind(7, row.label);
    query->bind(8, row.preferred ? 1 : 0);
    query->bind(9, row.source);
    query->bind(10, row.locality);
    query->bind(11, row.region);
    query->bind(12, row.postal_code);
    query->bind(13, row.country);
    query->exec();
  };
  for (const auto& e : contacts.emails) {
    insert({"email", "", e.address, email_lookup_key(e.address), e.label, e.preferred, e.source, "",
            "", "", ""});
  }
  for (const auto& p : contacts.phones) {
    insert({"phone", to_string(p.kind), p.number, p.e164, p.label, p.preferred, p.source, "", "",
            "", ""});
  }
  for (const auto& u : contacts.urls) {
    insert({"url", "", u.url, "", u.label, u.preferred, u.source, "", "", "", ""});
  }
  for (const auto& s : contacts.social_profiles) {
    insert({"social", s.service, s.url, "", s.label, s.preferred, s.source, "", "", "", ""});
  }
  for (const auto& a : contacts.addresses) {
    insert({"address", "", a.street, "", a.label, a.preferred, a.source, a.locality, a.region,
            a.postal_code, a.country});
  }
}

namespace {

// Adds one contact_point row, selected as type, subtype, value, lookup_key,
// label, preferred, source, locality, region, postal_code, country from
// column `first` on, to `contacts`.
void add_contact_row(ContactPoints& contacts, Query& query, int first) {
  auto column = [&](int i) { return query->getColumn(first + i); };
  const std::string type = column(0).getString();
  std::string subtype = column(1).getString();
  std::string value = column(2).getString();
  std::string key = column(3).getString();
  std::string label = column(4).getString();
  const bool preferred = column(5).getInt() != 0;
  std::string source = column(6).getString();
  if (type == "email") {
    contacts.emails.push_back({std::move(value), std::move(label), preferred, std::move(source)});
  } else if (type == "phone") {
    contacts.phones.push_back({std::move(value), std::move(key),
                               phone_kind_from_string(subtype).value_or(PhoneKind::other),
                               std::move(label), preferred, std::move(source)});
  } else if (type == "url") {
    contacts.urls.push_back({std::move(value), std::move(label), preferred, std::move(source)});
  } else if (type == "social") {
    contacts.social_profiles.push_back(
        {std::move(subtype), std::move(value), std::move(label), preferred, std::move(source)});
  } else if (type == "address") {
    contacts.addresses.push_back({std::move(value), column(7).getString(), column(8).getString(),
                                  column(9).getString(), column(10).getString(), std::move(label),
                                  preferred, std::move(source)});
  }
}

}  // namespace

// Each kind of contact point keeps its own order, which is the order of
// its positions; ordered by type first, as the primary key is, the rows
// come straight from its index instead of through a sort of each owner's.
ContactPoints RecordStore::read_contacts(RecordId owner) {
  auto query = db_.statement(
      "SELECT type, subtype, value, lookup_key, label, preferred, source, locality, region, "
      "postal_code, country FROM contact_point WHERE owner_id = ? ORDER BY type, position");
  query->bind(1, owner);
  ContactPoints contacts;
  while (query->executeStep()) add_contact_row(contacts, query, 0);
  return contacts;
}

std::map<RecordId, ContactPoints> RecordStore::read_contacts_between(RecordId first,
                                                                     RecordId last) {
  auto query = db_.statement(
      "SELECT owner_id, type, subtype, value, lookup_key, label, preferred, source, locality, "
      "region, postal_code, country FROM contact_point WHERE owner_id BETWEEN ? AND ? "
      "ORDER BY owner_id, type, position");
  query->bind(1, first);
  query->bind(2, last);
  std::map<RecordId, ContactPoints> contacts;
  while (query->executeStep()) add_contact_row(contacts[query->getColumn(0).getInt64()], query, 1);
  return contacts;
}

void RecordStore::write_tags(RecordId owner, const std::vector<std::string>& tags,
                             bool owner_is_new) {
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM tag WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  for (const auto& tag : tags) {
    auto insert = db_.statement("INSERT INTO tag (owner_id, position, tag) VALUES (?, ?, ?)");
    insert->bind(1, owner);
    insert->bind(2, position++);
    insert->bind(3, tag);
    insert->exec();
  }
}

std::vector<std::string> RecordStore::read_tags(RecordId owner) {
  auto query = db_.statement("SELECT tag FROM tag WHERE owner_id = ? ORDER BY position");
  query->bind(1, owner);
  std::vector<std::string> tags;
  while (query->executeStep()) tags.push_back(query->getColumn(0).getString());
  return tags;
}

void RecordStore::write_identifiers(RecordId owner, const std::vector<Identifier>& identifiers,
                                    bool owner_is_new) {
  matching_.forget(owner);
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM identifier WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  for (const auto& identifier : identifiers) {
    auto insert = db_.statement(
        "INSERT INTO identifier (owner_id, position, scheme, value) VALUES (?, ?, ?, ?)");
    insert->bind(1, owner);
    insert->bind(2, position++);
    insert->bind(3, identifier.scheme);
    insert->bind(4, identifier.value);
    insert->exec();
  }
}

std::vector<Identifier> RecordStore::read_identifiers(RecordId owner) {
  auto query =
      db_.statement("SELECT scheme, value FROM identifier WHERE owner_id = ? ORDER BY position");
  query->bind(1, owner);
  std::vector<Identifier> identifiers;
  while (query->executeStep()) {
    identifiers.push_back({query->getColumn(0).getString(), query->getColumn(1).getString()});
  }
  return identifiers;
}

void RecordStore::write_sources(RecordId owner, const std::vector<SourceRef>& sources,
                                bool owner_is_new) {
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM provenance WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  for (const auto& source : sources) {
    auto insert = db_.statement(
        "INSERT INTO provenance (owner_id, position, source, external_key, seen_at) "
        "VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, owner);
    insert->bind(2, position++);
    insert->bind(3, source.source);
    insert->bind(4, source.external_key);
    insert->bind(5, source.seen_at);
    insert->exec();
  }
}

std::vector<SourceRef> RecordStore::read_sources(RecordId owner) {
  auto query = db_.statement(
      "SELECT source, external_key, seen_at FROM provenance WHERE owner_id = ? ORDER BY position");
  query->bind(1, owner);
  std::vector<SourceRef> sources;
  while (query->executeStep()) {
    sources.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(),
                       query->getColumn(2).getString()});
  }
  return sources;
}

void RecordStore::write_raw_values(RecordId owner, const std::vector<RawValue>& raw_values,
                                   bool owner_is_new) {
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM raw_value WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  for (const auto& raw : raw_values) {
    auto insert = db_.statement(
        "INSERT INTO raw_value (owner_id, position, field, value, reason) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, owner);
    insert->bind(2, position++);
    insert->bind(3, raw.field);
    insert->bind(4, raw.value);
    insert->bind(5, raw.reason);
    insert->exec();
  }
}

void RecordStore::write_extra_fields(RecordId owner, const std::vector<ExtraField>& extras,
                                     bool owner_is_new) {
  if (!owner_is_new) {
    auto clear = db_.statement("DELETE FROM extra_field WHERE owner_id = ?");
    clear->bind(1, owner);
    clear->exec();
  }
  int position = 0;
  for (const auto& extra : extras) {
    auto insert = db_.statement(
        "INSERT INTO extra_field (owner_id, position, format, name, value) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, owner);
    insert->bind(2, position++);
    insert->bind(3, extra.format);
    insert->bind(4, extra.name);
    insert->bind(5, extra.value);
    insert->exec();
  }
}

std::vector<ExtraField> RecordStore::read_extra_fields(RecordId owner) {
  auto query = db_.statement(
      "SELECT format, name, value FROM extra_field WHERE owner_id = ? ORDER BY position");
  query->bind(1, owner);
  std::vector<ExtraField> extras;
  while (query->executeStep()) {
    extras.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(),
                      query->getColumn(2).getString()});
  }
  return extras;
}

std::vector<RawValue> RecordStore::read_raw_values(RecordId owner) {
  auto query = db_.statement(
      "SELECT field, value, reason FROM raw_value WHERE owner_id = ? ORDER BY position");
  query->bind(1, owner);
  std::vector<RawValue> raw_values;
  while (query->executeStep()) {
    raw_values.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(),
                          query->getColumn(2).getString()});
  }
  return raw_values;
}

// Lookups.

std::optional<RecordId> RecordStore::find_by_source(std::string_view source,
                                                    std::string_view external_key) {
  auto query = db_.statement(
      "SELECT owner_id FROM provenance WHERE source = ? AND external_key = ? "
      "ORDER BY owner_id LIMIT 1");
  query->bind(1, std::string(source));
  query->bind(2, std::string(external_key));
  if (!query->executeStep()) return std::nullopt;
  return query->getColumn(0).getInt64();
}

bool RecordStore::has_source(std::string_view source) {
  auto query = db_.statement("SELECT 1 FROM provenance WHERE source = ? LIMIT 1");
  query->bind(1, std::string(source));
  return query->executeStep();
}

std::vector<RecordId> RecordStore::organization_ids_by_folded_name(const std::string& folded) {
  auto query = db_.statement(
      "SELECT DISTINCT organization_id FROM organization_name_key WHERE key = ? "
      "ORDER BY organization_id");
  query->bind(1, folded);
  return collect_ids(query);
}

std::optional<std::string> RecordStore::country_of_organization(RecordId id) {
  // A unit without a country of its own is where its parent is. Walked
  // here rather than with a recursive CTE: its ORDER BY made SQLite set up a
  // sorter, whose memory was taken from and given back to the system on
  // every call, and this runs for every phone number of every write.
  std::optional<std::string> country;
  RecordId at = id;
  for (int depth = 0; depth < 64; ++depth) {
    auto query = db_.statement("SELECT country, parent_id FROM organization WHERE id = ?");
    query->bind(1, at);
    if (!query->executeStep()) return country;
    country = query->getColumn(0).getString();
    if (!country->empty() || query->getColumn(1).isNull()) return country;
    at = query->getColumn(1).getInt64();
  }
  return country;
}

std::vector<RecordId> RecordStore::affiliation_ids_of_person(RecordId person_id) {
  auto query = db_.statement("SELECT id FROM affiliation WHERE person_id = ? ORDER BY id");
  query->bind(1, person_id);
  return collect_ids(query);
}

bool RecordStore::has_phone_without_country_code(RecordId owner) {
  // As refresh_phones() tells them apart: a number that reads the same in
  // every region starts with + and has its E.164 form.
  auto query = db_.statement(
      "SELECT 1 FROM contact_point WHERE owner_id = ? AND type = 'phone' "
      "AND (lookup_key = '' OR ltrim(value, ' ' || char(9) || '(') NOT LIKE '+%') LIMIT 1");
  query->bind(1, owner);
  return query->executeStep();
}

std::string RecordStore::own_country(RecordId person_id) {
  {
    auto query = db_.statement(
        "SELECT country FROM contact_point WHERE owner_id = ? AND type = 'address' "
        "AND country <> '' ORDER BY position LIMIT 1");
    query->bind(1, person_id);
    if (query->executeStep()) return query->getColumn(0).getString();
  }
  auto query = db_.statement("SELECT country FROM person WHERE id = ?");
  query->bind(1, person_id);
  return query->executeStep() ? query->getColumn(0).getString() : std::string();
}

std::vector<RecordId> RecordStore::organization_ids_of_person(RecordId person_id) {
  auto query =
      db_.statement("SELECT organization_id FROM affiliation WHERE person_id = ? ORDER BY id");
  query->bind(1, person_id);
  return collect_ids(query);
}

std::vector<RecordId> RecordStore::affiliation_ids_at_organization(RecordId organization_id) {
  auto query = db_.statement("SELECT id FROM affiliation WHERE organization_id = ? ORDER BY id");
  query->bind(1, organization_id);
  return collect_ids(query);
}

std::vector<RecordId> RecordStore::participation_ids_of_event(RecordId event_id) {
  auto query = db_.statement("SELECT id FROM participation WHERE event_id = ? ORDER BY id");
  query->bind(1, event_id);
  return collect_ids(query);
}

std::vector<RecordId> RecordStore::participation_ids_of(RecordId participant_id) {
  auto query = db_.statement("SELECT id FROM participation WHERE participant_id = ? ORDER BY id");
  query->bind(1, participant_id);
  return collect_ids(query);
}

std::vector<RecordId> RecordStore::unit_ids_of(RecordId organization_id) {
  auto query =
      db_.statement("SELECT id FROM organization WHERE parent_id = ? ORDER BY sort_key, id");
  query->bind(1, organization_id);
  return collect_ids(query);
}

std::vector<RecordId> RecordStore::events_organized_by(RecordId organization_id) {
  auto query = db_.statement(
      "SELECT DISTINCT event_id FROM event_organizer WHERE organization_id = ? ORDER BY event_id");
  query->bind(1, organization_id);
  return collect_ids(query);
}

std::string RecordStore::check_integrity() {
  std::string problems;
  auto note = [&problems](const std::string& problem) {
    if (!problems.empty()) problems += "\n";
    problems += problem;
  };
  {
    auto query = db_.statement("PRAGMA integrity_check");
    while (query->executeStep()) {
      const std::string line = query->getColumn(0).getString();
      if (line != "ok") note(line);
    }
  }
  {
    auto query = db_.statement("PRAGMA foreign_key_check");
    while (query->executeStep()) {
      note("broken link in table " + query->getColumn(0).getString() + " row " +
           query->getColumn(1).getString());
    }
  }
  {
    // Every record row has the row of its kind, and no entity row lacks its record.
    auto query = db_.statement(
        "SELECT r.id, r.kind FROM record r WHERE NOT EXISTS ("
        "  SELECT 1 FROM person WHERE id = r.id AND r.kind = 'person' UNION ALL"
        "  SELECT 1 FROM organization WHERE id = r.id AND r.kind = 'organization' UNION ALL"
        "  SELECT 1 FROM affiliation WHERE id = r.id AND r.kind = 'affiliation' UNION ALL"
        "  SELECT 1 FROM event WHERE id = r.id AND r.kind = 'event' UNION ALL"
        "  SELECT 1 FROM participation WHERE id = r.id AND r.kind = 'participation')");
    while (query->executeStep()) {
      note("record " + query->getColumn(0).getString() + " (" + query->getColumn(1).getString() +
           ") has no data row");
    }
  }
  return problems.empty() ? "ok" : problems;
}

// Settings.

std::optional<std::string> RecordStore::setting(const char* key) {
  auto query = db_.statement("SELECT value FROM setting WHERE key = ?");
  query->bind(1, key);
  if (!query->executeStep()) return std::nullopt;
  return query->getColumn(0).getString();
}

void RecordStore::set_setting(const char* key, const std::string& value) {
  auto upsert = db_.statement(
      "INSERT INTO setting (key, value) VALUES (?, ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  upsert->bind(1, key);
  upsert->bind(2, value);
  upsert->exec();
}

// Journal.

std::int64_t RecordStore::append_change(const Change& change) {
  auto insert = db_.statement(
      "INSERT INTO journal (record_id, uid, kind, operation, revision, fields, actor, time, "
      "before) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert->bind(1, change.record_id);
  insert->bind(2, change.uid);
  insert->bind(3, to_string(change.kind));
  insert->bind(4, to_string(change.operation));
  insert->bind(5, change.revision);
  insert->bind(6, nlohmann::json(change.fields).dump());
  insert->bind(7, change.actor);
  insert->bind(8, change.time);
  insert->bind(9, change.before);
  insert->exec();
  return db_.database().getLastInsertRowid();
}

void RecordStore::add_tombstone(const Tombstone& tombstone) {
  auto insert = db_.statement(
      "INSERT INTO tombstone (uid, record_id, kind, sequence, removed_at, actor) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  insert->bind(1, tombstone.uid);
  insert->bind(2, tombstone.record_id);
  insert->bind(3, to_string(tombstone.kind));
  insert->bind(4, tombstone.sequence);
  insert->bind(5, tombstone.removed_at);
  insert->bind(6, tombstone.actor);
  insert->exec();
}

std::int64_t RecordStore::last_change_sequence() {
  auto query = db_.statement("SELECT coalesce(max(sequence), 0) FROM journal");
  query->executeStep();
  return query->getColumn(0).getInt64();
}

std::vector<Change> RecordStore::read_changes(Query& query) {
  std::vector<Change> changes;
  while (query->executeStep()) {
    Change change;
    change.sequence = query->getColumn(0).getInt64();
    change.record_id = query->getColumn(1).getInt64();
    change.uid = query->getColumn(2).getString();
    change.kind =
        record_kind_from_string(query->getColumn(3).getString()).value_or(RecordKind::person);
    change.operation = change_operation_from_string(query->getColumn(4).getString())
                           .value_or(ChangeOperation::update);
    change.revision = query->getColumn(5).getInt64();
    change.fields =
        nlohmann::json::parse(query->getColumn(6).getString()).get<std::vector<std::string>>();
    change.actor = query->getColumn(7).getString();
    change.time = query->getColumn(8).getString();
    change.before = query->getColumn(9).getString();
    changes.push_back(std::move(change));
  }
  return changes;
}

std::vector<Change> RecordStore::changes_since(std::int64_t sequence, std::size_t limit) {
  auto query = db_.statement(
      "SELECT sequence, record_id, uid, kind, operation, revision, fields, actor, time, before "
      "FROM journal WHERE sequence > ? ORDER BY sequence LIMIT ?");
  query->bind(1, sequence);
  query->bind(2, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
  return read_changes(query);
}

std::vector<Change> RecordStore::history(RecordId id) {
  auto query = db_.statement(
      "SELECT sequence, record_id, uid, kind, operation, revision, fields, actor, time, before "
      "FROM journal WHERE record_id = ? ORDER BY sequence");
  query->bind(1, id);
  return read_changes(query);
}

std::vector<Tombstone> RecordStore::tombstones_since(std::int64_t sequence) {
  auto query = db_.statement(
      "SELECT uid, kind, record_id, sequence, removed_at, actor FROM tombstone "
      "WHERE sequence > ? ORDER BY sequence");
  query->bind(1, sequence);
  std::vector<Tombstone> tombstones;
  while (query->executeStep()) {
    Tombstone t;
    t.uid = query->getColumn(0).getString();
    t.kind = record_kind_from_string(query->getColumn(1).getString()).value_or(RecordKind::person);
    t.record_id = query->getColumn(2).getInt64();
    t.sequence = query->getColumn(3).getInt64();
    t.removed_at = query->getColumn(4).getString();
    t.actor = query->getColumn(5).getString();
    tombstones.push_back(std::move(t));
  }
  return tombstones;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
