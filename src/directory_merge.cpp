// Merging two records into one, undoing a merge, and pairs kept apart
// (docs/dedup.md, "Merging"). A merge is made of the directory's ordinary
// writes (update of the survivor, re-pointed or removed links, removal of
// the absorbed record), so it is validated, journaled and indexed as they
// are, in one transaction; a snapshot of everything it touched lets
// unmerge() put each record back with its id and uid.
#include <liaison/directory.hpp>
#include <liaison/error.hpp>
#include <liaison/json.hpp>

#include "dedup/survivorship.hpp"
#include "directory_impl.hpp"
#include "record_diff.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {

namespace {

using Json = nlohmann::json;

// The snapshot a merge keeps (merge_record.snapshot):
//   {"survivor": record, "absorbed": record,
//    "links": [{"action": "moved" | "removed" | "unit" | "organizer", "record": record}, ...]}
// with each record as to_json() writes it, meta included, as it was before
// the merge. "moved": an affiliation or participation re-pointed from the
// absorbed record to the survivor; "removed": one the survivor already had
// an equal of, removed; "unit": an organization whose parent was the
// absorbed one; "organizer": an event the absorbed organization organized.
constexpr const char* moved_link = "moved";
constexpr const char* removed_link = "removed";
constexpr const char* unit_link = "unit";
constexpr const char* organizer_link = "organizer";

std::string timestamp() { return utc_timestamp(); }

std::string id_text(RecordId id) { return std::to_string(id); }

// Store access by record type, for the restoring writes below.
template <typename Record>
struct Rows;
template <>
struct Rows<Person> {
  static constexpr RecordKind kind = RecordKind::person;
  static std::optional<Person> read(storage::RecordStore& s, RecordId id) {
    return s.read_person(id);
  }
  static void write(storage::RecordStore& s, const Person& p, bool is_new) {
    s.write_person(p, is_new);
  }
  static Person parse(const Json& json) { return person_from_json(json.dump()); }
};
template <>
struct Rows<Organization> {
  static constexpr RecordKind kind = RecordKind::organization;
  static std::optional<Organization> read(storage::RecordStore& s, RecordId id) {
    return s.read_organization(id);
  }
  static void write(storage::RecordStore& s, const Organization& o, bool is_new) {
    s.write_organization(o, is_new);
  }
  static Organization parse(const Json& json) { return organization_from_json(json.dump()); }
};
template <>
struct Rows<Affiliation> {
  static constexpr RecordKind kind = RecordKind::affiliation;
  static std::optional<Affiliation> read(storage::RecordStore& s, RecordId id) {
    return s.read_affiliation(id);
  }
  static void write(storage::RecordStore& s, const Affiliation& a, bool is_new) {
    s.write_affiliation(a, is_new);
  }
  static Affiliation parse(const Json& json) { return affiliation_from_json(json.dump()); }
};
template <>
struct Rows<Participation> {
  static constexpr RecordKind kind = RecordKind::participation;
  static std::optional<Participation> read(storage::RecordStore& s, RecordId id) {
    return s.read_participation(id);
  }
  static void write(storage::RecordStore& s, const Participation& p, bool is_new) {
    s.write_participation(p, is_new);
  }
  static Participation parse(const Json& json) { return participation_from_json(json.dump()); }
};

// Whose search documents a restoring write changes.
void reindex(Directory::Impl& d, const Person& person) { d.indexer.refresh(person.meta.id); }
void reindex(Directory::Impl& d, const Organization& organization) {
  d.indexer.refresh_organization_tree(organization.meta.id);
}
void reindex(Directory::Impl& d, const Affiliation& affiliation) {
  d.indexer.refresh(affiliation.person_id);
}
void reindex(Directory::Impl& d, const Participation& participation) {
  d.indexer.refresh(participation.participant_id);
}

// Brings back a record the merge removed, with its id, uid and created_at
// and its content exactly as the snapshot has it. Its revision goes on from
// the last one the journal gave it: coming back is a change too.
template <typename Record>
void recreate(Directory::Impl& d, Record value, const std::string& now) {
  const auto history = d.store.history(value.meta.id);
  const std::int64_t last = history.empty() ? value.meta.revision : history.back().revision;
  value.meta.revision = std::max(last, value.meta.revision) + 1;
  value.meta.updated_at = now;
  d.store.restore_record(Rows<Record>::kind, value.meta);
  Rows<Record>::write(d.store, value, true);
  journal_change(d, Rows<Record>::kind, value.meta, ChangeOperation::create,
                 detail::changed_fields(Record{}, value), {}, now);
  reindex(d, value);
}

// Puts a stored record's content back exactly as the snapshot has it (as
// stored then: no validation or phone reading again, which could give
// another result today). Nothing happens when it already is.
template <typename Record>
void restore_content(Directory::Impl& d, const Record& snapshot, const std::string& now) {
  const auto current = Rows<Record>::read(d.store, snapshot.meta.id);
  if (!current) return;
  Record value = snapshot;
  value.meta = current->meta;
  auto fields = detail::changed_fields(*current, value);
  if (fields.empty()) return;
  value.meta = d.store.touch_record(value.meta.id, now);
  Rows<Record>::write(d.store, value, false);
  journal_change(d, Rows<Record>::kind, value.meta, ChangeOperation::update, std::move(fields),
                 to_json(*current), now);
  reindex(d, value);
}

// Two positions are the same when only the person (or organization) the
// merge joins tells them apart.
bool same_position(const Affiliation& a, const Affiliation& b) {
  return a.title == b.title && a.role == b.role && a.department == b.department &&
         a.start == b.start && a.end == b.end;
}

bool same_part(const Participation& a, const Participation& b) {
  return a.event_id == b.event_id && a.role == b.role && a.session == b.session;
}

Json snapshot_of(const std::string& json) { return Json::parse(json); }

// The parent the merged organization may have: none of its ancestors may
// be either record, or moving the absorbed one's units would make a loop.
std::optional<RecordId> safe_parent(Directory::Impl& d, std::optional<RecordId> wanted,
                                    std::optional<RecordId> fallback, RecordId survivor,
                                    RecordId absorbed) {
  auto safe = [&](std::optional<RecordId> parent) {
    for (int depth = 0; parent && depth < 64; ++depth) {
      if (*parent == survivor || *parent == absorbed) return false;
      const auto organization = d.store.read_organization(*parent);
      if (!organization) return false;
      parent = organization->parent_id;
    }
    return true;
  };
  if (safe(wanted)) return wanted;
  if (safe(fallback)) return fallback;
  return std::nullopt;
}

struct MergeWork {
  Directory& directory;
  Directory::Impl& d;
  RecordId survivor;
  RecordId absorbed;
  Json links = Json::array();

  void note(const char* action, const std::string& json) {
    links.push_back({{"action", action}, {"record", snapshot_of(json)}});
  }

  // The absorbed record's positions: re-pointed to the survivor, or removed
  // when it already holds an equal one. `other_end` is the end that stays.
  void move_affiliations(const std::vector<RecordId>& ids, RecordId Affiliation::*end,
                         RecordId Affiliation::*other_end) {
    std::vector<Affiliation> kept;
    const auto survivor_ids = end == &Affiliation::person_id
                                  ? d.store.affiliation_ids_of_person(survivor)
                                  : d.store.affiliation_ids_at_organization(survivor);
    for (RecordId id : survivor_ids) {
      if (auto affiliation = d.store.read_affiliation(id)) kept.push_back(std::move(*affiliation));
    }
    for (RecordId id : ids) {
      auto affiliation = d.store.read_affiliation(id);
      if (!affiliation) continue;
      const bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const Affiliation& k) {
        return k.*other_end == (*affiliation).*other_end && same_position(k, *affiliation);
      });
      note(duplicate ? removed_link : moved_link, to_json(*affiliation));
      if (duplicate) {
        directory.remove(id);
      } else {
        (*affiliation).*end = survivor;
        kept.push_back(directory.update_affiliation(*affiliation));
      }
    }
  }

  void move_participations() {
    std::vector<Participation> kept;
    for (RecordId id : d.store.participation_ids_of(survivor)) {
      if (auto participation = d.store.read_participation(id)) {
        kept.push_back(std::move(*participation));
      }
    }
    for (RecordId id : d.store.participation_ids_of(absorbed)) {
      auto participation = d.store.read_participation(id);
      if (!participation) continue;
      const bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const Participation& k) {
        return same_part(k, *participation);
      });
      note(duplicate ? removed_link : moved_link, to_json(*participation));
      if (duplicate) {
        directory.remove(id);
      } else {
        participation->participant_id = survivor;
        kept.push_back(directory.update_participation(*participation));
      }
    }
  }
};

void merge_people(MergeWork& work, Json& snapshot) {
  auto& d = work.d;
  const Person survivor = d.store.read_person(work.survivor).value();
  const Person absorbed = d.store.read_person(work.absorbed).value();
  snapshot["survivor"] = snapshot_of(to_json(survivor));
  snapshot["absorbed"] = snapshot_of(to_json(absorbed));
  work.directory.update_person(dedup::merged_person(survivor, absorbed));
  work.move_affiliations(d.store.affiliation_ids_of_person(work.absorbed), &Affiliation::person_id,
                         &Affiliation::organization_id);
  work.move_participations();
}

void merge_organizations(MergeWork& work, Json& snapshot) {
  auto& d = work.d;
  const Organization survivor = d.store.read_organization(work.survivor).value();
  const Organization absorbed = d.store.read_organization(work.absorbed).value();
  snapshot["survivor"] = snapshot_of(to_json(survivor));
  snapshot["absorbed"] = snapshot_of(to_json(absorbed));
  Organization merged = dedup::merged_organization(survivor, absorbed);
  const auto fallback =
      survivor.parent_id == absorbed.meta.id ? absorbed.parent_id : survivor.parent_id;
  merged.parent_id = safe_parent(d, merged.parent_id, fallback, work.survivor, work.absorbed);
  work.directory.update_organization(merged);

  for (RecordId id : d.store.unit_ids_of(work.absorbed)) {
    Organization unit = d.store.read_organization(id).value();
    work.note(unit_link, to_json(unit));
    unit.parent_id = work.survivor;
    work.directory.update_organization(unit);
  }
  work.move_affiliations(d.store.affiliation_ids_at_organization(work.absorbed),
                         &Affiliation::organization_id, &Affiliation::person_id);
  work.move_participations();
  for (RecordId id : d.store.events_organized_by(work.absorbed)) {
    Event event = d.store.read_event(id).value();
    work.note(organizer_link, to_json(event));
    std::vector<RecordId> organizers;
    for (RecordId organizer : event.organizer_ids) {
      const RecordId now = organizer == work.absorbed ? work.survivor : organizer;
      if (std::find(organizers.begin(), organizers.end(), now) == organizers.end()) {
        organizers.push_back(now);
      }
    }
    event.organizer_ids = std::move(organizers);
    work.directory.update_event(event);
  }
}

std::optional<std::int64_t> revision_of(Directory::Impl& d, RecordKind kind, RecordId id) {
  if (kind == RecordKind::person) {
    if (auto person = d.store.read_person(id)) return person->meta.revision;
  } else if (auto organization = d.store.read_organization(id)) {
    return organization->meta.revision;
  }
  return std::nullopt;
}

std::string with_article(RecordKind kind) {
  const std::string name = to_string(kind);
  return (name[0] == 'o' || name[0] == 'a' || name[0] == 'e' ? "an " : "a ") + name;
}

// Persons and organizations merge and are kept apart; the kind of both, or
// an error naming what is wrong.
RecordKind pair_kind(Directory::Impl& d, RecordId a, RecordId b, const char* what) {
  if (a == b) {
    throw Error(errc::invalid_argument,
                std::string(what) + ": record " + id_text(a) + " is the same record twice");
  }
  const auto kind_a = d.store.kind_of(a);
  if (!kind_a) throw Error(errc::not_found, "no record with id " + id_text(a));
  const auto kind_b = d.store.kind_of(b);
  if (!kind_b) throw Error(errc::not_found, "no record with id " + id_text(b));
  for (auto [id, kind] : {std::pair{a, *kind_a}, std::pair{b, *kind_b}}) {
    if (kind != RecordKind::person && kind != RecordKind::organization) {
      throw Error(errc::invalid_argument,
                  std::string(what) + ": record " + id_text(id) + " is " + with_article(kind) +
                      "; only persons and organizations can be " +
                      (std::string(what) == "merge" ? "merged" : "kept apart"));
    }
  }
  if (*kind_a != *kind_b) {
    throw Error(errc::invalid_argument, std::string(what) + ": record " + id_text(a) + " is " +
                                            with_article(*kind_a) + " and record " + id_text(b) +
                                            " " + with_article(*kind_b) +
                                            "; both must be persons or both organizations");
  }
  return *kind_a;
}

// Whether the stored record has the content the snapshot gives it.
template <typename Record>
bool same_content(Directory::Impl& d, const Json& json) {
  Record expected = Rows<Record>::parse(json);
  const auto current = Rows<Record>::read(d.store, expected.meta.id);
  if (!current) return false;
  expected.meta = current->meta;
  return expected == *current;
}

template <typename Record>
void unmerge_records(Directory& directory, Directory::Impl& d, const MergeRecord& merge,
                     const Json& snapshot, const std::string& now) {
  const Record survivor = Rows<Record>::parse(snapshot.at("survivor"));
  const Record absorbed = Rows<Record>::parse(snapshot.at("absorbed"));
  recreate(d, absorbed, now);

  auto exists = [&](RecordId id, RecordKind kind) { return d.store.kind_of(id) == kind; };
  for (const Json& link : snapshot.at("links")) {
    const std::string action = link.at("action").get<std::string>();
    const Json& record = link.at("record");
    const auto kind = record_kind_from_string(record.at("kind").get<std::string>());
    if (kind == RecordKind::affiliation) {
      const Affiliation before = Rows<Affiliation>::parse(record);
      const auto current = d.store.read_affiliation(before.meta.id);
      if (current && action == moved_link) {
        Affiliation back = *current;
        if (back.person_id == merge.survivor && before.person_id == merge.absorbed) {
          back.person_id = merge.absorbed;
        }
        if (back.organization_id == merge.survivor && before.organization_id == merge.absorbed) {
          back.organization_id = merge.absorbed;
        }
        directory.update_affiliation(back);
      } else if (!current && !d.store.kind_of(before.meta.id) &&
                 exists(before.person_id, RecordKind::person) &&
                 exists(before.organization_id, RecordKind::organization)) {
        recreate(d, before, now);
      }
    } else if (kind == RecordKind::participation) {
      const Participation before = Rows<Participation>::parse(record);
      const auto current = d.store.read_participation(before.meta.id);
      if (current && action == moved_link) {
        Participation back = *current;
        if (back.participant_id == merge.survivor) back.participant_id = before.participant_id;
        directory.update_participation(back);
      } else if (!current && !d.store.kind_of(before.meta.id) &&
                 exists(before.event_id, RecordKind::event) &&
                 d.store.kind_of(before.participant_id)) {
        recreate(d, before, now);
      }
    } else if (kind == RecordKind::organization && action == unit_link) {
      auto unit = d.store.read_organization(record.at("id").get<RecordId>());
      if (unit && unit->parent_id == merge.survivor) {
        unit->parent_id = merge.absorbed;
        directory.update_organization(*unit);
      }
    } else if (kind == RecordKind::event && action == organizer_link) {
      const Event before = event_from_json(record.dump());
      auto event = d.store.read_event(before.meta.id);
      if (!event) continue;
      event->organizer_ids.clear();
      for (RecordId organizer : before.organizer_ids) {
        if (exists(organizer, RecordKind::organization)) event->organizer_ids.push_back(organizer);
      }
      directory.update_event(*event);
    }
  }
  // Last, since moving links back may have read phone numbers again.
  restore_content(d, survivor, now);
  restore_content(d, absorbed, now);
}

}  // namespace

MergeRecord Directory::merge(RecordId a, RecordId b, const MergeOptions& options) {
  return impl_->write("merging two records", [&] {
    auto& d = *impl_;
    const RecordKind kind = pair_kind(d, a, b, "merge");
    RecordId survivor = std::min(a, b);
    if (options.keep) {
      if (*options.keep != a && *options.keep != b) {
        throw Error(errc::invalid_argument, "keep: record " + id_text(*options.keep) +
                                                " is neither of the two merged (" + id_text(a) +
                                                ", " + id_text(b) + ")");
      }
      survivor = *options.keep;
    }
    const RecordId absorbed = survivor == a ? b : a;
    if (d.merge_rows.is_kept_apart(a, b)) {
      throw Error(errc::constraint, "records " + id_text(a) + " and " + id_text(b) +
                                        " were marked as different (keep_apart); forget that "
                                        "first to merge them");
    }

    MergeWork work{*this, d, survivor, absorbed};
    Json snapshot;
    if (kind == RecordKind::person) {
      merge_people(work, snapshot);
    } else {
      merge_organizations(work, snapshot);
    }
    MergeRecord record;
    record.kind = kind;
    record.survivor = survivor;
    record.absorbed = absorbed;
    record.absorbed_uid = snapshot.at("absorbed").at("uid").get<std::string>();
    snapshot["links"] = std::move(work.links);
    record.time = timestamp();
    record.actor = d.actor;
    // Whoever was kept apart from the absorbed record is kept apart from the
    // merged one; unmerge takes back what was added here, and only that.
    Json inherited = Json::array();
    for (RecordId other : d.merge_rows.kept_apart_from(absorbed)) {
      if (other != survivor && d.merge_rows.add_keep_apart(survivor, other, record.time, d.actor)) {
        inherited.push_back(other);
      }
    }
    snapshot["kept_apart_inherited"] = std::move(inherited);
    remove(absorbed);
    snapshot["merged"] = snapshot_of(kind == RecordKind::person
                                         ? to_json(d.store.read_person(survivor).value())
                                         : to_json(d.store.read_organization(survivor).value()));
    record.id =
        d.merge_rows.add_merge(record, snapshot.dump(), revision_of(d, kind, survivor).value());
    return record;
  });
}

void Directory::unmerge(std::int64_t merge_id, bool force) {
  impl_->write("undoing a merge", [&] {
    auto& d = *impl_;
    const auto row = d.merge_rows.merge(merge_id);
    if (!row) throw Error(errc::not_found, "no merge with id " + std::to_string(merge_id));
    const MergeRecord& merge = row->record;
    const std::string what = "merge " + std::to_string(merge_id);
    if (!merge.undone_at.empty()) {
      throw Error(errc::invalid_argument, what + " was already undone at " + merge.undone_at);
    }
    const auto revision = revision_of(d, merge.kind, merge.survivor);
    if (!revision) {
      if (const auto later = d.merge_rows.standing_merge_absorbing(merge.survivor)) {
        throw Error(errc::constraint, what + ": record " + id_text(merge.survivor) +
                                          " was merged into " + id_text(later->survivor) +
                                          " since (merge " + std::to_string(later->id) +
                                          "); undo that merge first");
      }
      throw Error(errc::constraint,
                  what + ": record " + id_text(merge.survivor) + " was removed since");
    }
    const Json snapshot = Json::parse(row->snapshot);
    // Another revision with the same content is no change: undoing a later
    // merge into the survivor gives it back as the merge left it.
    const bool unchanged =
        *revision == row->survivor_revision ||
        (merge.kind == RecordKind::person ? same_content<Person>(d, snapshot.at("merged"))
                                          : same_content<Organization>(d, snapshot.at("merged")));
    if (!unchanged && !force) {
      throw Error(errc::constraint,
                  what + ": record " + id_text(merge.survivor) + " has changed since (revision " +
                      std::to_string(row->survivor_revision) + ", now " +
                      std::to_string(*revision) + "); undo with force to undo those changes too");
    }
    if (d.store.kind_of(merge.absorbed) || d.store.id_of_uid(merge.absorbed_uid)) {
      throw Error(errc::constraint, what + ": record " + id_text(merge.absorbed) + " exists again");
    }
    const std::string now = timestamp();
    if (merge.kind == RecordKind::person) {
      unmerge_records<Person>(*this, d, merge, snapshot, now);
    } else {
      unmerge_records<Organization>(*this, d, merge, snapshot, now);
    }
    // Merges recorded before this list was kept have none.
    for (const Json& other : snapshot.value("kept_apart_inherited", Json::array())) {
      d.merge_rows.remove_keep_apart(merge.survivor, other.get<RecordId>());
    }
    d.merge_rows.set_undone(merge_id, now);
  });
}

MergeRecord Directory::get_merge(std::int64_t merge_id) const {
  auto row = impl_->read("reading a merge", [&] { return impl_->merge_rows.merge(merge_id); });
  if (!row) throw Error(errc::not_found, "no merge with id " + std::to_string(merge_id));
  return row->record;
}

std::vector<MergeRecord> Directory::list_merges() const {
  return impl_->read("listing merges", [&] { return impl_->merge_rows.merges(); });
}

void Directory::keep_apart(RecordId a, RecordId b) {
  impl_->write("keeping two records apart", [&] {
    pair_kind(*impl_, a, b, "keep_apart");
    impl_->merge_rows.add_keep_apart(a, b, timestamp(), impl_->actor);
  });
}

bool Directory::forget_keep_apart(RecordId a, RecordId b) {
  return impl_->write("forgetting a pair kept apart",
                      [&] { return impl_->merge_rows.remove_keep_apart(a, b); });
}

bool Directory::kept_apart(RecordId a, RecordId b) const {
  return impl_->read("reading pairs kept apart",
                     [&] { return impl_->merge_rows.is_kept_apart(a, b); });
}

}  // namespace v1
}  // namespace liaison
