#include <liaison/directory.hpp>
#include <liaison/error.hpp>
#include <liaison/json.hpp>

#include "directory_impl.hpp"
#include "record_diff.hpp"
#include "storage/schema.hpp"
#include "text/country.hpp"
#include "text/fold.hpp"
#include "text/phone.hpp"
#include "validation.hpp"

#include <pwd.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <type_traits>

namespace liaison {
inline namespace v1 {

// UTC with milliseconds, so that changes within one second still order.
std::string utc_timestamp() {
  const auto now = std::chrono::system_clock::now();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char text[32];
  const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(ms));
  return text;
}

namespace {

constexpr const char* default_region_setting = "default_region";

std::string os_user() {
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
  if (const passwd* entry = ::getpwuid(::geteuid());
      entry != nullptr && entry->pw_name != nullptr) {
    return entry->pw_name;
  }
  return "unknown";
}

std::string timestamp() { return utc_timestamp(); }

std::string id_text(RecordId id) { return std::to_string(id); }

[[noreturn]] void not_found(const char* kind, RecordId id) {
  throw Error(errc::not_found, std::string("no ") + kind + " with id " + id_text(id));
}

std::string validated_region(std::string_view region) {
  auto code = text::country_code(region);
  if (!code) {
    throw Error(errc::invalid_argument, "default region: '" + std::string(region) +
                                            "' is not a known country or ISO 3166-1 code");
  }
  return *code;
}

// Sources keep the time they were first seen; a new one is stamped now.
void stamp_sources(std::vector<SourceRef>& sources, const std::vector<SourceRef>& old,
                   const std::string& now) {
  for (auto& source : sources) {
    if (!source.seen_at.empty()) continue;
    source.seen_at = now;
    for (const auto& previous : old) {
      if (previous.source == source.source && previous.external_key == source.external_key) {
        source.seen_at = previous.seen_at;
        break;
      }
    }
  }
}

void stamp_sources(std::vector<SourceRef>& sources, const std::string& now) {
  stamp_sources(sources, {}, now);
}

}  // namespace

// ---- the search index ----

namespace {

// The search index holds text liaison folds itself, so SQL migrations
// cannot fill it: the library (re)builds it when the file's index was
// written by another version of the indexing rules, or never.
constexpr const char* search_index_setting = "search_index";
constexpr const char* search_index_version = "2";  // 2: with the word list (schema 8)

void ensure_search_index(Directory::Impl& d) {
  const bool current = d.read("reading the settings", [&] {
    return d.store.setting(search_index_setting) ==
           std::optional<std::string>(search_index_version);
  });
  if (!current && !d.connection.read_only()) {
    d.write("building the search index", [&] {
      if (d.store.setting(search_index_setting) ==
          std::optional<std::string>(search_index_version)) {
        return;  // another process built it while we waited for the lock
      }
      d.indexer.rebuild();
      d.store.set_setting(search_index_setting, search_index_version);
    });
  }
  // A read-only file an older version wrote has no word list: searches
  // there ask FTS5 alone, as that version did.
  d.search_rows.set_words_listed(current || !d.connection.read_only());
}

// What a write changes in the index. Each runs in the write's transaction.
void reindex(Directory::Impl& d, const Person& person) { d.indexer.refresh(person.meta.id); }
void reindex(Directory::Impl& d, const Organization& organization) {
  d.indexer.refresh_organization_tree(organization.meta.id);
}
void reindex(Directory::Impl& d, const Affiliation& affiliation) {
  d.indexer.refresh(affiliation.person_id);
}
void reindex(Directory::Impl& d, const Event& event) {
  d.indexer.refresh_event(event.meta.id, event.organizer_ids);
}
void reindex(Directory::Impl& d, const Participation& participation) {
  d.indexer.refresh(participation.participant_id);
}

// Whether an update moved a link to other records, whose text must change too.
bool relinked(const Person&, const Person&) { return false; }
bool relinked(const Organization&, const Organization&) { return false; }
bool relinked(const Affiliation& a, const Affiliation& b) { return a.person_id != b.person_id; }
bool relinked(const Event& a, const Event& b) { return a.organizer_ids != b.organizer_ids; }
bool relinked(const Participation& a, const Participation& b) {
  return a.participant_id != b.participant_id;
}

}  // namespace

// ---- Impl and opening ----

Directory::Impl::Impl(const std::string& path_, const OpenOptions& options)
    : path(path_),
      actor(options.actor.empty() ? os_user() : options.actor),
      connection(path_, options.create, options.read_only, options.busy_timeout_ms),
      store(connection),
      search_rows(connection),
      indexer(store, search_rows) {
  connection.set_transaction_hooks([this] { indexer.flush(); }, [this] { indexer.discard(); },
                                   [this] { indexer.flush_if_many(); });
}

Directory::Directory(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Directory::Directory(Directory&& other) noexcept = default;
Directory& Directory::operator=(Directory&& other) noexcept = default;
Directory::~Directory() = default;

Directory Directory::open(const std::string& path, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>(path, options);
  storage::migrate(impl->connection);
  if (!options.default_region.empty() && !options.read_only) {
    const std::string region = validated_region(options.default_region);
    impl->write("setting the default region", [&] {
      if (!impl->store.setting(default_region_setting)) {
        impl->store.set_setting(default_region_setting, region);
      }
    });
  }
  ensure_search_index(*impl);
  return Directory(std::move(impl));
}

const std::string& Directory::path() const noexcept { return impl_->path; }
const std::string& Directory::actor() const noexcept { return impl_->actor; }

int Directory::schema_version() const {
  return impl_->read("reading the schema version",
                     [&] { return storage::schema_version(impl_->connection); });
}

int Directory::latest_schema_version() noexcept { return storage::latest_schema_version(); }

std::string Directory::default_region() const {
  return impl_->read("reading the default region", [&] {
    return impl_->store.setting(default_region_setting).value_or(std::string());
  });
}

void Directory::set_default_region(std::string_view region) {
  const std::string code = region.empty() ? std::string() : validated_region(region);
  impl_->write("setting the default region",
               [&] { impl_->store.set_setting(default_region_setting, code); });
}

Transaction Directory::transaction() { return Transaction(*this); }

// ---- journaling helpers ----

void journal_change(Directory::Impl& d, RecordKind kind, const RecordMeta& meta,
                    ChangeOperation operation, std::vector<std::string> fields, std::string before,
                    const std::string& now) {
  Change change;
  change.kind = kind;
  change.record_id = meta.id;
  change.uid = meta.uid;
  change.operation = operation;
  change.revision = meta.revision;
  change.fields = std::move(fields);
  change.actor = d.actor;
  change.time = now;
  change.before = std::move(before);
  const std::int64_t sequence = d.store.append_change(change);
  if (operation == ChangeOperation::remove) {
    d.store.add_tombstone({meta.uid, kind, meta.id, sequence, now, d.actor});
  }
}

namespace {

template <typename Record>
using Writer = void (storage::RecordStore::*)(const Record&, bool);

template <typename Record>
Record create(Directory::Impl& d, RecordKind kind, Record value, Writer<Record> writer,
              const std::string& now) {
  value.meta = d.store.insert_record(kind, value.meta.uid, now);
  (d.store.*writer)(value, true);
  journal_change(d, kind, value.meta, ChangeOperation::create,
                 detail::changed_fields(Record{}, value), {}, now);
  reindex(d, value);
  if constexpr (std::is_same_v<Record, Person> || std::is_same_v<Record, Organization>) {
    d.indexer.refresh_created(value.meta.id);
  }
  return value;
}

// Stores `value` over `old`; a value equal to the stored one changes nothing
// (no new revision, no journal entry).
template <typename Record>
Record replace(Directory::Impl& d, RecordKind kind, const Record& old, Record value,
               Writer<Record> writer, const std::string& now) {
  auto fields = detail::changed_fields(old, value);
  if (fields.empty()) return old;
  value.meta = d.store.touch_record(old.meta.id, now);
  (d.store.*writer)(value, false);
  journal_change(d, kind, value.meta, ChangeOperation::update, std::move(fields), to_json(old),
                 now);
  if (relinked(old, value)) reindex(d, old);
  reindex(d, value);
  return value;
}

void check_uid_unchanged(const RecordMeta& stored, const RecordMeta& given) {
  if (!given.uid.empty() && given.uid != stored.uid) {
    throw Error(errc::invalid_argument, "uid: a record's uid never changes (record " +
                                            id_text(stored.id) + " has uid '" + stored.uid + "')");
  }
}

void require_kind(Directory::Impl& d, RecordId id, RecordKind kind, const char* field) {
  const auto actual = d.store.kind_of(id);
  if (!actual || *actual != kind) {
    throw Error(errc::invalid_argument,
                std::string(field) + ": no " + to_string(kind) + " with id " + id_text(id));
  }
}

// The region a number without an international prefix is read in: the
// record's address, the record's country, its organizations' countries,
// then the directory's default region.
template <typename Record>
std::string first_address_country(const Record& record) {
  for (const auto& address : record.contacts.addresses) {
    if (!address.country.empty()) return address.country;
  }
  return record.country;
}

std::string region_for_person(Directory::Impl& d, const Person& person) {
  std::string region = first_address_country(person);
  if (region.empty() && person.meta.id != 0) {
    for (RecordId affiliation_id : d.store.affiliation_ids_of_person(person.meta.id)) {
      const auto affiliation = d.store.read_affiliation(affiliation_id);
      if (!affiliation || !AffiliationFilter::current().matches(*affiliation)) continue;
      region = d.store.country_of_organization(affiliation->organization_id).value_or("");
      if (!region.empty()) break;
    }
  }
  if (region.empty()) region = d.store.setting(default_region_setting).value_or("");
  return region;
}

std::string region_for_organization(Directory::Impl& d, const Organization& organization) {
  std::string region = first_address_country(organization);
  if (region.empty() && organization.parent_id) {
    region = d.store.country_of_organization(*organization.parent_id).value_or("");
  }
  if (region.empty()) region = d.store.setting(default_region_setting).value_or("");
  return region;
}

void fill_e164(std::vector<Phone>& phones, const std::string& region) {
  for (auto& phone : phones) phone.e164 = text::to_e164(phone.number, region);
}

Person prepare_person(Directory::Impl& d, const Person& given) {
  Person person = given;
  detail::normalise(person, detail::Mode::strict);
  if (!detail::has_identity(person)) {
    throw Error(
        errc::invalid_argument,
        "person: needs at least a name, an e-mail address, a phone number or an identifier");
  }
  fill_e164(person.contacts.phones, region_for_person(d, person));
  return person;
}

void check_parent(Directory::Impl& d, const Organization& organization) {
  if (!organization.parent_id) return;
  require_kind(d, *organization.parent_id, RecordKind::organization, "parent_id");
  // A unit may not end up above itself.
  for (auto parent = organization.parent_id; parent;) {
    if (*parent == organization.meta.id && organization.meta.id != 0) {
      throw Error(errc::invalid_argument, "parent_id: organization " +
                                              id_text(organization.meta.id) +
                                              " would become its own parent");
    }
    auto stored = d.store.read_organization(*parent);
    parent = stored ? stored->parent_id : std::nullopt;
  }
}

Organization prepare_organization(Directory::Impl& d, const Organization& given) {
  Organization organization = given;
  detail::normalise(organization, detail::Mode::strict);
  if (!detail::has_identity(organization)) {
    throw Error(errc::invalid_argument, "organization: needs a name or an acronym");
  }
  check_parent(d, organization);
  fill_e164(organization.contacts.phones, region_for_organization(d, organization));
  return organization;
}

Affiliation prepare_affiliation(Directory::Impl& d, const Affiliation& given) {
  Affiliation affiliation = given;
  detail::normalise(affiliation);
  require_kind(d, affiliation.person_id, RecordKind::person, "person_id");
  require_kind(d, affiliation.organization_id, RecordKind::organization, "organization_id");
  return affiliation;
}

Event prepare_event(Directory::Impl& d, const Event& given) {
  Event event = given;
  detail::normalise(event, detail::Mode::strict);
  for (RecordId organizer : event.organizer_ids) {
    require_kind(d, organizer, RecordKind::organization, "organizer_ids");
  }
  return event;
}

Participation prepare_participation(Directory::Impl& d, const Participation& given) {
  Participation participation = given;
  detail::normalise(participation);
  const auto event = d.store.read_event(participation.event_id);
  if (!event) {
    throw Error(errc::invalid_argument,
                "event_id: no event with id " + id_text(participation.event_id));
  }
  const auto kind = d.store.kind_of(participation.participant_id);
  if (!kind || (*kind != RecordKind::person && *kind != RecordKind::organization)) {
    throw Error(errc::invalid_argument, "participant_id: no person or organization with id " +
                                            id_text(participation.participant_id));
  }
  if (!participation.session.empty()) {
    bool known = false;
    for (const auto& session : event->sessions)
      known = known || session.name == participation.session;
    if (!known) {
      throw Error(errc::invalid_argument, "session: event '" + event->name +
                                              "' has no session named '" + participation.session +
                                              "'");
    }
  }
  return participation;
}

// A person's phones are read in the region of their organization; when an
// affiliation comes or goes, numbers typed without a prefix may read differently.
void refresh_phones(Directory::Impl& d, RecordId person_id, const std::string& now) {
  // A number written with its country code reads the same in every region;
  // only the others need libphonenumber again (about 11 µs a number), and
  // most people have none: the store answers without reading the person.
  if (!d.store.has_phone_without_country_code(person_id)) return;
  // A person's own address or country names the region whatever their
  // affiliations (first_address_country, asked of the store without
  // reading the whole person).
  if (!d.store.own_country(person_id).empty()) return;
  const auto person = d.store.read_person(person_id);
  if (!person) return;
  auto international = [](const Phone& phone) {
    const std::size_t first = phone.number.find_first_not_of(" \t(");
    return !phone.e164.empty() && first != std::string::npos && phone.number[first] == '+';
  };
  Person updated = *person;
  const std::string region = region_for_person(d, updated);
  bool changed = false;
  for (Phone& phone : updated.contacts.phones) {
    if (international(phone)) continue;
    std::string e164 = text::to_e164(phone.number, region);
    if (e164 != phone.e164) {
      phone.e164 = std::move(e164);
      changed = true;
    }
  }
  if (!changed) return;
  replace(d, RecordKind::person, *person, std::move(updated), &storage::RecordStore::write_person,
          now);
}

// When an organization moves (country, parent or address), numbers typed
// without a prefix by it, its units and its people may read differently.
void refresh_organization_phones(Directory::Impl& d, RecordId organization_id,
                                 const std::string& now) {
  if (const auto organization = d.store.read_organization(organization_id);
      organization && !organization->contacts.phones.empty()) {
    Organization updated = *organization;
    fill_e164(updated.contacts.phones, region_for_organization(d, updated));
    replace(d, RecordKind::organization, *organization, std::move(updated),
            &storage::RecordStore::write_organization, now);
  }
  for (RecordId affiliation_id : d.store.affiliation_ids_at_organization(organization_id)) {
    if (auto affiliation = d.store.read_affiliation(affiliation_id)) {
      refresh_phones(d, affiliation->person_id, now);
    }
  }
  for (RecordId unit : d.store.unit_ids_of(organization_id))
    refresh_organization_phones(d, unit, now);
}

bool moved(const Organization& before, const Organization& after) {
  return before.country != after.country || before.parent_id != after.parent_id ||
         before.contacts.addresses != after.contacts.addresses;
}

// An event may not drop or rename a session that a participation names.
void check_sessions_in_use(Directory::Impl& d, const Event& event) {
  for (RecordId id : d.store.participation_ids_of_event(event.meta.id)) {
    const auto participation = d.store.read_participation(id);
    if (!participation || participation->session.empty()) continue;
    const bool kept =
        std::any_of(event.sessions.begin(), event.sessions.end(),
                    [&](const EventSession& s) { return s.name == participation->session; });
    if (!kept) {
      throw Error(errc::constraint, "sessions: session '" + participation->session +
                                        "' is named by participation " + id_text(id) +
                                        "; change or remove that participation first");
    }
  }
}

}  // namespace

// ---- organizations ----

Organization Directory::add_organization(const Organization& given) {
  return impl_->write("adding an organization", [&] {
    const std::string now = timestamp();
    Organization organization = prepare_organization(*impl_, given);
    stamp_sources(organization.sources, now);
    return create(*impl_, RecordKind::organization, std::move(organization),
                  &storage::RecordStore::write_organization, now);
  });
}

std::optional<Organization> Directory::find_organization(RecordId id) const {
  return impl_->read("reading an organization", [&] { return impl_->store.read_organization(id); });
}

Organization Directory::get_organization(RecordId id) const {
  if (auto organization = find_organization(id)) return *organization;
  not_found("organization", id);
}

Organization Directory::update_organization(const Organization& given) {
  return impl_->write("updating an organization", [&] {
    const auto old = impl_->store.read_organization(given.meta.id);
    if (!old) not_found("organization", given.meta.id);
    check_uid_unchanged(old->meta, given.meta);
    Organization organization = prepare_organization(*impl_, given);
    const std::string now = timestamp();
    stamp_sources(organization.sources, old->sources, now);
    const bool relocated = moved(*old, organization);
    auto stored = replace(*impl_, RecordKind::organization, *old, std::move(organization),
                          &storage::RecordStore::write_organization, now);
    if (relocated) {
      refresh_organization_phones(*impl_, stored.meta.id, now);
      return impl_->store.read_organization(stored.meta.id).value();
    }
    return stored;
  });
}

std::vector<Organization> Directory::list_organizations(Page page) const {
  return impl_->read("listing organizations", [&] {
    std::vector<Organization> organizations;
    for (RecordId id : impl_->store.list_ids(RecordKind::organization, page)) {
      if (auto o = impl_->store.read_organization(id)) organizations.push_back(std::move(*o));
    }
    return organizations;
  });
}

std::vector<Organization> Directory::find_organizations_by_name(std::string_view name) const {
  return impl_->read("looking up an organization by name", [&] {
    std::vector<Organization> organizations;
    const std::string key = text::fold(name);
    if (key.empty()) return organizations;
    for (RecordId id : impl_->store.organization_ids_by_folded_name(key)) {
      if (auto o = impl_->store.read_organization(id)) organizations.push_back(std::move(*o));
    }
    return organizations;
  });
}

std::vector<Organization> Directory::units_of(RecordId organization_id) const {
  return impl_->read("listing units", [&] {
    std::vector<Organization> units;
    for (RecordId id : impl_->store.unit_ids_of(organization_id)) {
      if (auto o = impl_->store.read_organization(id)) units.push_back(std::move(*o));
    }
    return units;
  });
}

// ---- persons ----

Person Directory::add_person(const Person& given) {
  return impl_->write("adding a person", [&] {
    const std::string now = timestamp();
    Person person = prepare_person(*impl_, given);
    stamp_sources(person.sources, now);
    return create(*impl_, RecordKind::person, std::move(person),
                  &storage::RecordStore::write_person, now);
  });
}

std::optional<Person> Directory::find_person(RecordId id) const {
  return impl_->read("reading a person", [&] { return impl_->store.read_person(id); });
}

Person Directory::get_person(RecordId id) const {
  if (auto person = find_person(id)) return *person;
  not_found("person", id);
}

Person Directory::update_person(const Person& given) {
  return impl_->write("updating a person", [&] {
    const auto old = impl_->store.read_person(given.meta.id);
    if (!old) not_found("person", given.meta.id);
    check_uid_unchanged(old->meta, given.meta);
    Person person = prepare_person(*impl_, given);
    const std::string now = timestamp();
    stamp_sources(person.sources, old->sources, now);
    return replace(*impl_, RecordKind::person, *old, std::move(person),
                   &storage::RecordStore::write_person, now);
  });
}

std::vector<Person> Directory::list_people(Page page) const {
  return impl_->read("listing people", [&] {
    std::vector<Person> people;
    for (RecordId id : impl_->store.list_ids(RecordKind::person, page)) {
      if (auto p = impl_->store.read_person(id)) people.push_back(std::move(*p));
    }
    return people;
  });
}

// ---- affiliations ----

Affiliation Directory::add_affiliation(const Affiliation& given) {
  return impl_->write("adding an affiliation", [&] {
    const std::string now = timestamp();
    Affiliation affiliation = prepare_affiliation(*impl_, given);
    auto stored = create(*impl_, RecordKind::affiliation, std::move(affiliation),
                         &storage::RecordStore::write_affiliation, now);
    refresh_phones(*impl_, stored.person_id, now);
    return stored;
  });
}

Affiliation Directory::get_affiliation(RecordId id) const {
  auto affiliation =
      impl_->read("reading an affiliation", [&] { return impl_->store.read_affiliation(id); });
  if (!affiliation) not_found("affiliation", id);
  return *affiliation;
}

Affiliation Directory::update_affiliation(const Affiliation& given) {
  return impl_->write("updating an affiliation", [&] {
    const auto old = impl_->store.read_affiliation(given.meta.id);
    if (!old) not_found("affiliation", given.meta.id);
    check_uid_unchanged(old->meta, given.meta);
    const std::string now = timestamp();
    Affiliation affiliation = prepare_affiliation(*impl_, given);
    auto stored = replace(*impl_, RecordKind::affiliation, *old, std::move(affiliation),
                          &storage::RecordStore::write_affiliation, now);
    refresh_phones(*impl_, old->person_id, now);
    if (stored.person_id != old->person_id) refresh_phones(*impl_, stored.person_id, now);
    return stored;
  });
}

namespace {

std::vector<Affiliation> read_affiliations(Directory::Impl& d, const std::vector<RecordId>& ids,
                                           const AffiliationFilter& filter) {
  std::vector<Affiliation> affiliations;
  for (RecordId id : ids) {
    auto affiliation = d.store.read_affiliation(id);
    if (affiliation && filter.matches(*affiliation))
      affiliations.push_back(std::move(*affiliation));
  }
  return affiliations;
}

}  // namespace

std::vector<Affiliation> Directory::affiliations_of_person(RecordId person_id,
                                                           const AffiliationFilter& filter) const {
  return impl_->read("reading affiliations", [&] {
    return read_affiliations(*impl_, impl_->store.affiliation_ids_of_person(person_id), filter);
  });
}

std::vector<Affiliation> Directory::affiliations_at_organization(
    RecordId organization_id, const AffiliationFilter& filter) const {
  return impl_->read("reading affiliations", [&] {
    return read_affiliations(*impl_, impl_->store.affiliation_ids_at_organization(organization_id),
                             filter);
  });
}

// ---- events and participation ----

Event Directory::add_event(const Event& given) {
  return impl_->write("adding an event", [&] {
    const std::string now = timestamp();
    Event event = prepare_event(*impl_, given);
    stamp_sources(event.sources, now);
    return create(*impl_, RecordKind::event, std::move(event), &storage::RecordStore::write_event,
                  now);
  });
}

Event Directory::get_event(RecordId id) const {
  auto event = impl_->read("reading an event", [&] { return impl_->store.read_event(id); });
  if (!event) not_found("event", id);
  return *event;
}

Event Directory::update_event(const Event& given) {
  return impl_->write("updating an event", [&] {
    const auto old = impl_->store.read_event(given.meta.id);
    if (!old) not_found("event", given.meta.id);
    check_uid_unchanged(old->meta, given.meta);
    Event event = prepare_event(*impl_, given);
    check_sessions_in_use(*impl_, event);
    const std::string now = timestamp();
    stamp_sources(event.sources, old->sources, now);
    return replace(*impl_, RecordKind::event, *old, std::move(event),
                   &storage::RecordStore::write_event, now);
  });
}

std::vector<Event> Directory::list_events(Page page) const {
  return impl_->read("listing events", [&] {
    std::vector<Event> events;
    for (RecordId id : impl_->store.list_ids(RecordKind::event, page)) {
      if (auto e = impl_->store.read_event(id)) events.push_back(std::move(*e));
    }
    return events;
  });
}

Participation Directory::add_participation(const Participation& given) {
  return impl_->write("adding a participation", [&] {
    const std::string now = timestamp();
    Participation participation = prepare_participation(*impl_, given);
    return create(*impl_, RecordKind::participation, std::move(participation),
                  &storage::RecordStore::write_participation, now);
  });
}

Participation Directory::get_participation(RecordId id) const {
  auto participation =
      impl_->read("reading a participation", [&] { return impl_->store.read_participation(id); });
  if (!participation) not_found("participation", id);
  return *participation;
}

Participation Directory::update_participation(const Participation& given) {
  return impl_->write("updating a participation", [&] {
    const auto old = impl_->store.read_participation(given.meta.id);
    if (!old) not_found("participation", given.meta.id);
    check_uid_unchanged(old->meta, given.meta);
    Participation participation = prepare_participation(*impl_, given);
    return replace(*impl_, RecordKind::participation, *old, std::move(participation),
                   &storage::RecordStore::write_participation, timestamp());
  });
}

namespace {

std::vector<Participation> read_participations(Directory::Impl& d,
                                               const std::vector<RecordId>& ids) {
  std::vector<Participation> participations;
  for (RecordId id : ids) {
    if (auto p = d.store.read_participation(id)) participations.push_back(std::move(*p));
  }
  return participations;
}

}  // namespace

std::vector<Participation> Directory::participations_in_event(RecordId event_id) const {
  return impl_->read("reading participations", [&] {
    return read_participations(*impl_, impl_->store.participation_ids_of_event(event_id));
  });
}

std::vector<Participation> Directory::participations_of(RecordId participant_id) const {
  return impl_->read("reading participations", [&] {
    return read_participations(*impl_, impl_->store.participation_ids_of(participant_id));
  });
}

// ---- removal ----

namespace {

// Removes one record whose dependants are already gone: journal, tombstone, rows.
template <typename Record>
void erase(Directory::Impl& d, RecordKind kind, const Record& record, const std::string& now) {
  journal_change(d, kind, record.meta, ChangeOperation::remove, {}, to_json(record), now);
  d.store.delete_record(record.meta.id);
  reindex(d, record);
}

void remove_affiliations(Directory::Impl& d, const std::vector<RecordId>& ids,
                         const std::string& now) {
  for (RecordId id : ids) {
    if (auto affiliation = d.store.read_affiliation(id)) {
      erase(d, RecordKind::affiliation, *affiliation, now);
    }
  }
}

void remove_participations(Directory::Impl& d, const std::vector<RecordId>& ids,
                           const std::string& now) {
  for (RecordId id : ids) {
    if (auto participation = d.store.read_participation(id)) {
      erase(d, RecordKind::participation, *participation, now);
    }
  }
}

void remove_organization(Directory::Impl& d, const Organization& organization,
                         const std::string& now) {
  const RecordId id = organization.meta.id;
  if (!d.store.unit_ids_of(id).empty()) {
    throw Error(errc::constraint, "organization '" + organization.display_name() +
                                      "' still has units; remove or move them first");
  }
  const auto people = d.store.affiliation_ids_at_organization(id);
  std::vector<RecordId> person_ids;
  for (RecordId affiliation_id : people) {
    if (auto a = d.store.read_affiliation(affiliation_id)) person_ids.push_back(a->person_id);
  }
  remove_affiliations(d, people, now);
  remove_participations(d, d.store.participation_ids_of(id), now);
  // Events it organized stay; they just no longer name it.
  for (RecordId event_id : d.store.events_organized_by(id)) {
    const auto event = d.store.read_event(event_id);
    Event updated = *event;
    std::erase(updated.organizer_ids, id);
    replace(d, RecordKind::event, *event, std::move(updated), &storage::RecordStore::write_event,
            now);
  }
  erase(d, RecordKind::organization, organization, now);
  for (RecordId person_id : person_ids) refresh_phones(d, person_id, now);
}

}  // namespace

void Directory::remove(RecordId id) {
  impl_->write("removing a record", [&] {
    auto& d = *impl_;
    const std::string now = timestamp();
    const auto kind = d.store.kind_of(id);
    if (!kind) throw Error(errc::not_found, "no record with id " + id_text(id));
    switch (*kind) {
      case RecordKind::person: {
        const auto person = d.store.read_person(id);
        remove_affiliations(d, d.store.affiliation_ids_of_person(id), now);
        remove_participations(d, d.store.participation_ids_of(id), now);
        erase(d, RecordKind::person, *person, now);
        break;
      }
      case RecordKind::organization:
        remove_organization(d, *d.store.read_organization(id), now);
        break;
      case RecordKind::event: {
        const auto event = d.store.read_event(id);
        remove_participations(d, d.store.participation_ids_of_event(id), now);
        erase(d, RecordKind::event, *event, now);
        break;
      }
      case RecordKind::affiliation: {
        const auto affiliation = d.store.read_affiliation(id);
        erase(d, RecordKind::affiliation, *affiliation, now);
        refresh_phones(d, affiliation->person_id, now);
        break;
      }
      case RecordKind::participation:
        erase(d, RecordKind::participation, *d.store.read_participation(id), now);
        break;
    }
  });
}

// ---- lookups and journal ----

std::optional<RecordKind> Directory::kind_of(RecordId id) const {
  return impl_->read("looking up a record", [&] { return impl_->store.kind_of(id); });
}

std::optional<RecordId> Directory::id_of_uid(std::string_view uid) const {
  return impl_->read("looking up a uid", [&] { return impl_->store.id_of_uid(uid); });
}

std::optional<RecordId> Directory::current_id_of_uid(std::string_view uid) const {
  return impl_->read("looking up a uid", [&]() -> std::optional<RecordId> {
    if (std::optional<RecordId> id = impl_->store.id_of_uid(uid)) return id;
    std::optional<MergeRecord> merge = impl_->merge_rows.standing_merge_absorbing_uid(uid);
    // Each step goes to a later merge, so the chain ends; the bound only
    // guards against a damaged table.
    for (int step = 0; merge && step < 1000; ++step) {
      if (impl_->store.kind_of(merge->survivor)) return merge->survivor;
      merge = impl_->merge_rows.standing_merge_absorbing(merge->survivor);
    }
    return std::nullopt;
  });
}

std::optional<RecordId> Directory::find_by_source(std::string_view source,
                                                  std::string_view external_key) const {
  return impl_->read("looking up a source",
                     [&] { return impl_->store.find_by_source(source, external_key); });
}

bool Directory::has_source(std::string_view source) const {
  return impl_->read("looking up a source", [&] { return impl_->store.has_source(source); });
}

std::size_t Directory::count(RecordKind kind) const {
  return impl_->read("counting records", [&] { return impl_->store.count(kind); });
}

std::int64_t Directory::last_change_sequence() const {
  return impl_->read("reading the journal", [&] { return impl_->store.last_change_sequence(); });
}

std::vector<Change> Directory::changes_since(std::int64_t sequence, std::size_t limit) const {
  return impl_->read("reading the journal",
                     [&] { return impl_->store.changes_since(sequence, limit); });
}

std::vector<Change> Directory::history(RecordId id) const {
  return impl_->read("reading the journal", [&] { return impl_->store.history(id); });
}

std::vector<Tombstone> Directory::tombstones_since(std::int64_t sequence) const {
  return impl_->read("reading tombstones", [&] { return impl_->store.tombstones_since(sequence); });
}

std::string Directory::check_integrity() const {
  return impl_->read("checking integrity", [&] {
    impl_->settle_search_index();
    std::string result = impl_->store.check_integrity();
    const std::string search = impl_->indexer.check();
    if (search != "ok") result = result == "ok" ? search : result + "\n" + search;
    return result;
  });
}

// ---- Transaction ----

Transaction::Transaction(Directory& directory) : impl_(directory.impl_.get()) {
  storage::guarded("starting a transaction", [&] { impl_->connection.begin(); });
  open_ = true;
}

Transaction::Transaction(Transaction&& other) noexcept : impl_(other.impl_), open_(other.open_) {
  other.open_ = false;
}

Transaction::~Transaction() {
  if (open_) impl_->connection.rollback();
}

void Transaction::commit() {
  if (!open_) throw Error(errc::invalid_argument, "the transaction was already committed");
  storage::guarded("committing", [&] { impl_->connection.commit(); });
  open_ = false;
}

}  // namespace v1
}  // namespace liaison
