// Records as JSON objects, in the shape docs/json.md describes.
//
// ordered_json keeps members in the order they are written, so "kind", "id",
// "uid" and "name" lead every object as the CLI and the C ABI promise.
// nlohmann's exceptions never leave this file: every failure becomes a
// liaison::Error.
#include <liaison/directory.hpp>
#include <liaison/error.hpp>
#include <liaison/json.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace {

using json = nlohmann::ordered_json;

// ---------------------------------------------------------------- writing

// Empty values are left out, so that an object shows only what is known.
void put(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

void put(json& object, const char* key, const PartialDate& date) {
  if (!date.empty()) object[key] = date.to_string();
}

void put_flag(json& object, const char* key, bool value) {
  if (value) object[key] = true;
}

void put_id(json& object, const char* key, RecordId id) {
  if (id != 0) object[key] = id;
}

template <class T, class Convert>
void put_list(json& object, const char* key, const std::vector<T>& items, Convert convert) {
  if (items.empty()) return;
  json list = json::array();
  for (const T& item : items) list.push_back(convert(item));
  object[key] = std::move(list);
}

json plain(const std::string& text) { return text; }

// The members every record object starts with. `name` is null for the
// records that have no name of their own (affiliation, participation).
json begin_record(RecordKind kind, const RecordMeta& meta, const std::string* name) {
  json object = json::object();
  object["kind"] = to_string(kind);
  object["id"] = meta.id;
  object["uid"] = meta.uid;
  if (name != nullptr) object["name"] = *name;
  object["revision"] = meta.revision;
  object["created_at"] = meta.created_at;
  object["updated_at"] = meta.updated_at;
  return object;
}

json localized_name_json(const LocalizedName& name) {
  json object = json::object();
  object["value"] = name.value;
  put(object, "language", name.language);
  return object;
}

json source_ref_json(const SourceRef& ref) {
  json object = json::object();
  object["source"] = ref.source;
  put(object, "external_key", ref.external_key);
  put(object, "seen_at", ref.seen_at);
  return object;
}

json raw_value_json(const RawValue& raw) {
  json object = json::object();
  object["field"] = raw.field;
  object["value"] = raw.value;
  put(object, "reason", raw.reason);
  return object;
}

json extra_field_json(const ExtraField& extra) {
  json object = json::object();
  object["format"] = extra.format;
  object["name"] = extra.name;
  object["value"] = extra.value;
  return object;
}

json email_json(const Email& email) {
  json object = json::object();
  object["address"] = email.address;
  put(object, "label", email.label);
  put_flag(object, "preferred", email.preferred);
  put(object, "source", email.source);
  return object;
}

json phone_json(const Phone& phone) {
  json object = json::object();
  object["number"] = phone.number;
  put(object, "e164", phone.e164);
  object["kind"] = to_string(phone.kind);
  put(object, "label", phone.label);
  put_flag(object, "preferred", phone.preferred);
  put(object, "source", phone.source);
  return object;
}

json url_json(const Url& url) {
  json object = json::object();
  object["url"] = url.url;
  put(object, "label", url.label);
  put_flag(object, "preferred", url.preferred);
  put(object, "source", url.source);
  return object;
}

json social_profile_json(const SocialProfile& profile) {
  json object = json::object();
  put(object, "service", profile.service);
  put(object, "url", profile.url);
  put(object, "label", profile.label);
  put_flag(object, "preferred", profile.preferred);
  put(object, "source", profile.source);
  return object;
}

json address_json(const PostalAddress& address) {
  json object = json::object();
  put(object, "street", address.street);
  put(object, "locality", address.locality);
  put(object, "region", address.region);
  put(object, "postal_code", address.postal_code);
  put(object, "country", address.country);
  put(object, "label", address.label);
  put_flag(object, "preferred", address.preferred);
  put(object, "source", address.source);
  return object;
}

// Contact points are members of the record itself, not a nested object,
// so that `.emails[0].address` reads the same on people and organizations.
void put_contacts(json& object, const ContactPoints& contacts) {
  put_list(object, "emails", contacts.emails, email_json);
  put_list(object, "phones", contacts.phones, phone_json);
  put_list(object, "urls", contacts.urls, url_json);
  put_list(object, "social_profiles", contacts.social_profiles, social_profile_json);
  put_list(object, "addresses", contacts.addresses, address_json);
}

void put_provenance(json& object, const std::vector<SourceRef>& sources,
                    const std::vector<RawValue>* raw_values) {
  put_list(object, "sources", sources, source_ref_json);
  if (raw_values != nullptr) put_list(object, "raw_values", *raw_values, raw_value_json);
}

json data_protection_json(const DataProtection& protection) {
  json object = json::object();
  if (protection.lawful_basis != LawfulBasis::unspecified) {
    object["lawful_basis"] = to_string(protection.lawful_basis);
  }
  put(object, "consent_date", protection.consent_date);
  put(object, "consent_source", protection.consent_source);
  put(object, "retention_review", protection.retention_review);
  return object;
}

json identifier_json(const Identifier& identifier) {
  json object = json::object();
  object["scheme"] = identifier.scheme;
  object["value"] = identifier.value;
  return object;
}

json session_json(const EventSession& session) {
  json object = json::object();
  object["name"] = session.name;
  put(object, "title", session.title);
  put(object, "description", session.description);
  put(object, "date", session.date);
  return object;
}

json organization_json(const Organization& organization) {
  // "name" is always there (scripts rely on it), as display_name(): for an
  // organization known only by its acronym it repeats the acronym, and the
  // reader takes a name equal to the acronym as "no name of its own".
  const std::string name = organization.display_name();
  json object = begin_record(RecordKind::organization, organization.meta, &name);
  put(object, "acronym", organization.acronym);
  put_list(object, "aliases", organization.aliases, localized_name_json);
  if (organization.kind != OrganizationKind::unspecified) {
    object["organization_kind"] = to_string(organization.kind);
  }
  put(object, "country", organization.country);
  if (organization.parent_id) object["parent_id"] = *organization.parent_id;
  put(object, "website", organization.website);
  put(object, "notes", organization.notes);
  put_list(object, "tags", organization.tags, plain);
  put_contacts(object, organization.contacts);
  put_provenance(object, organization.sources, &organization.raw_values);
  put_list(object, "extra_fields", organization.extra_fields, extra_field_json);
  return object;
}

json person_json(const Person& person) {
  const std::string name = person.name();
  json object = begin_record(RecordKind::person, person.meta, &name);
  put(object, "prefix", person.prefix);
  put(object, "given_names", person.given_names);
  put(object, "family_names", person.family_names);
  put(object, "suffix", person.suffix);
  put(object, "display_name", person.display_name);
  put_list(object, "alternative_names", person.alternative_names, localized_name_json);
  put_list(object, "nicknames", person.nicknames, plain);
  put(object, "birthday", person.birthday);
  put(object, "country", person.country);
  put_list(object, "languages", person.languages, plain);
  put_list(object, "identifiers", person.identifiers, identifier_json);
  put(object, "notes", person.notes);
  put_list(object, "tags", person.tags, plain);
  put_contacts(object, person.contacts);
  json protection = data_protection_json(person.data_protection);
  if (!protection.empty()) object["data_protection"] = std::move(protection);
  put_provenance(object, person.sources, &person.raw_values);
  put_list(object, "extra_fields", person.extra_fields, extra_field_json);
  return object;
}

json affiliation_json(const Affiliation& affiliation) {
  json object = begin_record(RecordKind::affiliation, affiliation.meta, nullptr);
  put_id(object, "person_id", affiliation.person_id);
  put_id(object, "organization_id", affiliation.organization_id);
  put(object, "title", affiliation.title);
  put(object, "role", affiliation.role);
  put(object, "department", affiliation.department);
  put(object, "start", affiliation.start);
  put(object, "end", affiliation.end);
  put_flag(object, "primary", affiliation.primary);
  put(object, "source", affiliation.source);
  return object;
}

json event_json(const Event& event) {
  json object = begin_record(RecordKind::event, event.meta, &event.name);
  put(object, "place", event.place);
  put(object, "country", event.country);
  put(object, "start", event.start);
  put(object, "end", event.end);
  put_list(object, "organizer_ids", event.organizer_ids, [](RecordId id) { return json(id); });
  put_list(object, "sessions", event.sessions, session_json);
  put(object, "notes", event.notes);
  put_list(object, "tags", event.tags, plain);
  put_provenance(object, event.sources, nullptr);
  return object;
}

json participation_json(const Participation& participation) {
  json object = begin_record(RecordKind::participation, participation.meta, nullptr);
  put_id(object, "event_id", participation.event_id);
  put_id(object, "participant_id", participation.participant_id);
  object["role"] = to_string(participation.role);
  put(object, "session", participation.session);
  put(object, "notes", participation.notes);
  put(object, "source", participation.source);
  return object;
}

json change_json(const Change& change) {
  json object = json::object();
  object["sequence"] = change.sequence;
  object["kind"] = to_string(change.kind);
  object["record_id"] = change.record_id;
  object["uid"] = change.uid;
  object["operation"] = to_string(change.operation);
  object["revision"] = change.revision;
  put_list(object, "fields", change.fields, plain);
  put(object, "actor", change.actor);
  put(object, "time", change.time);
  if (!change.before.empty()) {
    // `before` is itself a record object; nest it rather than quote it, and
    // fall back to the text should it ever not be JSON.
    json before = json::parse(change.before, nullptr, /*allow_exceptions=*/false);
    object["before"] = before.is_discarded() ? json(change.before) : std::move(before);
  }
  return object;
}

std::string dump(const json& value, int indent) {
  // ensure_ascii=false keeps "Çapaliku" readable; replace keeps a stray
  // invalid byte from turning a whole export into an exception.
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

// ---------------------------------------------------------------- reading

// Reads the members of one JSON object, remembering which were used so
// that finish() can refuse the rest. `what` is the record kind for
// messages ("person"); `prefix` locates a nested object ("emails[0].").
class Members {
 public:
  Members(const json& value, std::string what, std::string prefix)
      : object_(value), what_(std::move(what)), prefix_(std::move(prefix)) {
    if (!object_.is_object()) {
      if (prefix_.empty()) {
        throw Error(errc::invalid_argument, what_ + ": expected a JSON object");
      }
      throw Error(errc::invalid_argument, "member '" + prefix_.substr(0, prefix_.size() - 1) +
                                              "' in " + what_ + ": expected an object");
    }
  }

  // The member, or null when absent. JSON null counts as absent.
  const json* take(const char* key) {
    used_.emplace_back(key);
    auto found = object_.find(key);
    if (found == object_.end() || found->is_null()) return nullptr;
    return &*found;
  }

  std::string text(const char* key) {
    const json* value = take(key);
    if (value == nullptr) return {};
    if (!value->is_string()) fail(key, "expected a string");
    return value->get<std::string>();
  }

  bool flag(const char* key) {
    const json* value = take(key);
    if (value == nullptr) return false;
    if (!value->is_boolean()) fail(key, "expected true or false");
    return value->get<bool>();
  }

  std::int64_t integer(const char* key) {
    const json* value = take(key);
    if (value == nullptr) return 0;
    return integer_of(*value, key);
  }

  std::optional<std::int64_t> optional_integer(const char* key) {
    const json* value = take(key);
    if (value == nullptr) return std::nullopt;
    return integer_of(*value, key);
  }

  PartialDate date(const char* key) {
    std::string value = text(key);
    if (value.empty()) return {};
    std::optional<PartialDate> date = PartialDate::parse(value);
    if (!date) fail(key, "not a date: '" + value + "'");
    return *date;
  }

  template <class Enum, class Parse>
  std::optional<Enum> choice(const char* key, Parse parse) {
    std::string value = text(key);
    if (value.empty()) return std::nullopt;
    std::optional<Enum> parsed = parse(value);
    if (!parsed) fail(key, "unknown value '" + value + "'");
    return parsed;
  }

  // Reads an array; `read_item(Members&)` for arrays of objects.
  template <class T, class ReadItem>
  std::vector<T> objects(const char* key, ReadItem read_item) {
    std::vector<T> items;
    const json* value = array(key);
    if (value == nullptr) return items;
    for (std::size_t i = 0; i < value->size(); ++i) {
      Members item((*value)[i], what_, prefix_ + key + "[" + std::to_string(i) + "].");
      items.push_back(read_item(item));
      item.finish();
    }
    return items;
  }

  std::vector<std::string> strings(const char* key) {
    std::vector<std::string> items;
    const json* value = array(key);
    if (value == nullptr) return items;
    for (std::size_t i = 0; i < value->size(); ++i) {
      const json& item = (*value)[i];
      std::string at = std::string(key) + "[" + std::to_string(i) + "]";
      if (!item.is_string()) fail(at, "expected a string");
      items.push_back(item.get<std::string>());
    }
    return items;
  }

  std::vector<std::int64_t> integers(const char* key) {
    std::vector<std::int64_t> items;
    const json* value = array(key);
    if (value == nullptr) return items;
    for (std::size_t i = 0; i < value->size(); ++i) {
      items.push_back(integer_of((*value)[i], std::string(key) + "[" + std::to_string(i) + "]"));
    }
    return items;
  }

  // A nested object such as "data_protection", or null when absent.
  std::optional<Members> object(const char* key) {
    const json* value = take(key);
    if (value == nullptr) return std::nullopt;
    return Members(*value, what_, prefix_ + key + ".");
  }

  // Refuses every member nobody asked for: a misspelt "given_name" must not
  // vanish silently.
  void finish() const {
    for (auto member = object_.begin(); member != object_.end(); ++member) {
      bool known = false;
      for (const std::string& used : used_) known = known || used == member.key();
      if (!known) {
        throw Error(errc::invalid_argument,
                    "unknown member '" + prefix_ + member.key() + "' in " + what_);
      }
    }
  }

  [[noreturn]] void fail(const std::string& key, const std::string& problem) const {
    throw Error(errc::invalid_argument,
                "member '" + prefix_ + key + "' in " + what_ + ": " + problem);
  }

 private:
  const json* array(const char* key) {
    const json* value = take(key);
    if (value != nullptr && !value->is_array()) fail(key, "expected an array");
    return value;
  }

  std::int64_t integer_of(const json& value, const std::string& key) const {
    if (!value.is_number_integer()) fail(key, "expected an integer");
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      fail(key, "out of range");
    }
    return value.get<std::int64_t>();
  }

  const json& object_;
  std::string what_;
  std::string prefix_;
  std::vector<std::string> used_;
};

json parse(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    // nlohmann's what() starts with "[json.exception.parse_error.101] ";
    // the rest ("parse error at line 1, column 2: ...") is worth keeping.
    std::string message = e.what();
    std::size_t bracket = message.find("] ");
    if (message.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) {
      message.erase(0, bracket + 2);
    }
    throw Error(errc::parse_error, "malformed JSON: " + message);
  }
}

// Reads "kind", "id", "uid", "revision" and the timestamps. "kind" may be
// left out but must not name another kind of record.
RecordMeta read_meta(Members& members, RecordKind kind) {
  std::string written = members.text("kind");
  if (!written.empty() && written != to_string(kind)) {
    members.fail("kind",
                 std::string("expected \"") + to_string(kind) + "\", found \"" + written + "\"");
  }
  RecordMeta meta;
  meta.id = members.integer("id");
  meta.uid = members.text("uid");
  meta.revision = members.integer("revision");
  meta.created_at = members.text("created_at");
  meta.updated_at = members.text("updated_at");
  return meta;
}

LocalizedName read_localized_name(Members& members) {
  return {members.text("value"), members.text("language")};
}

SourceRef read_source_ref(Members& members) {
  return {members.text("source"), members.text("external_key"), members.text("seen_at")};
}

RawValue read_raw_value(Members& members) {
  return {members.text("field"), members.text("value"), members.text("reason")};
}

ExtraField read_extra_field(Members& members) {
  return {members.text("format"), members.text("name"), members.text("value")};
}

Email read_email(Members& members) {
  Email email;
  email.address = members.text("address");
  email.label = members.text("label");
  email.preferred = members.flag("preferred");
  email.source = members.text("source");
  return email;
}

Phone read_phone(Members& members) {
  Phone phone;
  phone.number = members.text("number");
  phone.e164 = members.text("e164");
  phone.kind = members.choice<PhoneKind>("kind", phone_kind_from_string).value_or(PhoneKind::work);
  phone.label = members.text("label");
  phone.preferred = members.flag("preferred");
  phone.source = members.text("source");
  return phone;
}

Url read_url(Members& members) {
  Url url;
  url.url = members.text("url");
  url.label = members.text("label");
  url.preferred = members.flag("preferred");
  url.source = members.text("source");
  return url;
}

SocialProfile read_social_profile(Members& members) {
  SocialProfile profile;
  profile.service = members.text("service");
  profile.url = members.text("url");
  profile.label = members.text("label");
  profile.preferred = members.flag("preferred");
  profile.source = members.text("source");
  return profile;
}

PostalAddress read_address(Members& members) {
  PostalAddress address;
  address.street = members.text("street");
  address.locality = members.text("locality");
  address.region = members.text("region");
  address.postal_code = members.text("postal_code");
  address.country = members.text("country");
  address.label = members.text("label");
  address.preferred = members.flag("preferred");
  address.source = members.text("source");
  return address;
}

ContactPoints read_contacts(Members& members) {
  ContactPoints contacts;
  contacts.emails = members.objects<Email>("emails", read_email);
  contacts.phones = members.objects<Phone>("phones", read_phone);
  contacts.urls = members.objects<Url>("urls", read_url);
  contacts.social_profiles = members.objects<SocialProfile>("social_profiles", read_social_profile);
  contacts.addresses = members.objects<PostalAddress>("addresses", read_address);
  return contacts;
}

DataProtection read_data_protection(Members& members) {
  DataProtection protection;
  protection.lawful_basis = members.choice<LawfulBasis>("lawful_basis", lawful_basis_from_string)
                                .value_or(LawfulBasis::unspecified);
  protection.consent_date = members.date("consent_date");
  protection.consent_source = members.text("consent_source");
  protection.retention_review = members.date("retention_review");
  return protection;
}

Identifier read_identifier(Members& members) {
  return {members.text("scheme"), members.text("value")};
}

EventSession read_session(Members& members) {
  EventSession session;
  session.name = members.text("name");
  session.title = members.text("title");
  session.description = members.text("description");
  session.date = members.date("date");
  return session;
}

Organization read_organization(Members& members) {
  Organization organization;
  organization.meta = read_meta(members, RecordKind::organization);
  organization.name = members.text("name");
  organization.acronym = members.text("acronym");
  if (organization.name == organization.acronym) organization.name.clear();
  organization.aliases = members.objects<LocalizedName>("aliases", read_localized_name);
  organization.kind =
      members.choice<OrganizationKind>("organization_kind", organization_kind_from_string)
          .value_or(OrganizationKind::unspecified);
  organization.country = members.text("country");
  organization.parent_id = members.optional_integer("parent_id");
  organization.website = members.text("website");
  organization.notes = members.text("notes");
  organization.tags = members.strings("tags");
  organization.contacts = read_contacts(members);
  organization.sources = members.objects<SourceRef>("sources", read_source_ref);
  organization.raw_values = members.objects<RawValue>("raw_values", read_raw_value);
  organization.extra_fields = members.objects<ExtraField>("extra_fields", read_extra_field);
  return organization;
}

Person read_person(Members& members) {
  Person person;
  person.meta = read_meta(members, RecordKind::person);
  members.text("name");  // derived from the parts below; read only to accept it
  person.prefix = members.text("prefix");
  person.given_names = members.text("given_names");
  person.family_names = members.text("family_names");
  person.suffix = members.text("suffix");
  person.display_name = members.text("display_name");
  person.alternative_names =
      members.objects<LocalizedName>("alternative_names", read_localized_name);
  person.nicknames = members.strings("nicknames");
  person.birthday = members.date("birthday");
  person.country = members.text("country");
  person.languages = members.strings("languages");
  person.identifiers = members.objects<Identifier>("identifiers", read_identifier);
  person.notes = members.text("notes");
  person.tags = members.strings("tags");
  person.contacts = read_contacts(members);
  if (std::optional<Members> protection = members.object("data_protection")) {
    person.data_protection = read_data_protection(*protection);
    protection->finish();
  }
  person.sources = members.objects<SourceRef>("sources", read_source_ref);
  person.raw_values = members.objects<RawValue>("raw_values", read_raw_value);
  person.extra_fields = members.objects<ExtraField>("extra_fields", read_extra_field);
  return person;
}

Affiliation read_affiliation(Members& members) {
  Affiliation affiliation;
  affiliation.meta = read_meta(members, RecordKind::affiliation);
  affiliation.person_id = members.integer("person_id");
  affiliation.organization_id = members.integer("organization_id");
  affiliation.title = members.text("title");
  affiliation.role = members.text("role");
  affiliation.department = members.text("department");
  affiliation.start = members.date("start");
  affiliation.end = members.date("end");
  affiliation.primary = members.flag("primary");
  affiliation.source = members.text("source");
  return affiliation;
}

Event read_event(Members& members) {
  Event event;
  event.meta = read_meta(members, RecordKind::event);
  event.name = members.text("name");
  event.place = members.text("place");
  event.country = members.text("country");
  event.start = members.date("start");
  event.end = members.date("end");
  event.organizer_ids = members.integers("organizer_ids");
  event.sessions = members.objects<EventSession>("sessions", read_session);
  event.notes = members.text("notes");
  event.tags = members.strings("tags");
  event.sources = members.objects<SourceRef>("sources", read_source_ref);
  return event;
}

Participation read_participation(Members& members) {
  Participation participation;
  participation.meta = read_meta(members, RecordKind::participation);
  participation.event_id = members.integer("event_id");
  participation.participant_id = members.integer("participant_id");
  participation.role = members.choice<ParticipationRole>("role", participation_role_from_string)
                           .value_or(ParticipationRole::participant);
  participation.session = members.text("session");
  participation.notes = members.text("notes");
  participation.source = members.text("source");
  return participation;
}

// Parses `text` as one object of `kind` with `read`, refusing leftovers.
template <class Read>
auto from_text(std::string_view text, RecordKind kind, Read read) {
  json value = parse(text);
  Members members(value, to_string(kind), "");
  auto record = read(members);
  members.finish();
  return record;
}

}  // namespace

std::string to_json(const Organization& organization, int indent) {
  return dump(organization_json(organization), indent);
}

std::string to_json(const Person& person, int indent) { return dump(person_json(person), indent); }

std::string to_json(const Affiliation& affiliation, int indent) {
  return dump(affiliation_json(affiliation), indent);
}

std::string to_json(const Event& event, int indent) { return dump(event_json(event), indent); }

std::string to_json(const Participation& participation, int indent) {
  return dump(participation_json(participation), indent);
}

std::string to_json(const Change& change, int indent) { return dump(change_json(change), indent); }

Organization organization_from_json(std::string_view json) {
  return from_text(json, RecordKind::organization, read_organization);
}

Person person_from_json(std::string_view json) {
  return from_text(json, RecordKind::person, read_person);
}

Affiliation affiliation_from_json(std::string_view json) {
  return from_text(json, RecordKind::affiliation, read_affiliation);
}

Event event_from_json(std::string_view json) {
  return from_text(json, RecordKind::event, read_event);
}

Participation participation_from_json(std::string_view json) {
  return from_text(json, RecordKind::participation, read_participation);
}

// ---------------------------------------------------------------- results

namespace {

const char* severity_name(Diagnostic::Severity severity) {
  return severity == Diagnostic::Severity::error ? "error" : "warning";
}

json record_value(const Directory& directory, RecordId id) {
  const auto kind = directory.kind_of(id);
  if (!kind) throw Error(errc::not_found, "no record with id " + std::to_string(id));
  switch (*kind) {
    case RecordKind::person: return person_json(directory.get_person(id));
    case RecordKind::organization: return organization_json(directory.get_organization(id));
    case RecordKind::affiliation: return affiliation_json(directory.get_affiliation(id));
    case RecordKind::event: return event_json(directory.get_event(id));
    case RecordKind::participation: return participation_json(directory.get_participation(id));
  }
  throw Error(errc::unknown, "record " + std::to_string(id) + " is of an unknown kind");
}

// Phones as E.164 when the directory could parse them, so that scripts can
// compare and dial them; as typed otherwise, rather than dropping them.
void put_hit_contacts(json& object, const ContactPoints& contacts) {
  object["emails"] = json::array();
  for (const Email& email : contacts.emails) object["emails"].push_back(email.address);
  object["phones"] = json::array();
  for (const Phone& phone : contacts.phones) {
    object["phones"].push_back(phone.e164.empty() ? phone.number : phone.e164);
  }
}

json hit_json(const Directory& directory, const SearchHit& hit) {
  json object;
  object["kind"] = to_string(hit.kind);
  object["id"] = hit.id;
  object["uid"] = hit.uid;
  object["name"] = hit.name;
  object["organization"] = hit.organization;
  object["title"] = hit.title;
  if (hit.kind == RecordKind::person) {
    put_hit_contacts(object, directory.get_person(hit.id).contacts);
  } else {
    put_hit_contacts(object, directory.get_organization(hit.id).contacts);
  }
  object["score"] = hit.score;
  object["matched"] = hit.matched_fields;
  return object;
}

// Who a pair's record is and where it came from.
json pair_member_json(const Directory& directory, RecordKind kind, RecordId id) {
  json object;
  object["kind"] = to_string(kind);
  object["id"] = id;
  const std::vector<SourceRef>* sources = nullptr;
  std::optional<Person> person;
  std::optional<Organization> organization;
  if (kind == RecordKind::person) {
    person = directory.get_person(id);
    object["uid"] = person->meta.uid;
    object["name"] = person->name();
    sources = &person->sources;
  } else {
    organization = directory.get_organization(id);
    object["uid"] = organization->meta.uid;
    object["name"] = organization->display_name();
    sources = &organization->sources;
  }
  json list = json::array();
  for (const SourceRef& source : *sources) {
    list.push_back({{"source", source.source}, {"key", source.external_key}});
  }
  object["sources"] = std::move(list);
  return object;
}

using MemberCache = std::map<RecordId, json>;

json pair_json(const Directory& directory, const DuplicatePair& pair, MemberCache& cache) {
  auto member = [&](RecordId id) -> const json& {
    auto found = cache.find(id);
    if (found == cache.end()) {
      found = cache.emplace(id, pair_member_json(directory, pair.kind, id)).first;
    }
    return found->second;
  };
  json reasons = json::array();
  for (const MatchReason& reason : pair.reasons) {
    reasons.push_back({{"field", reason.field},
                       {"outcome", reason.outcome},
                       {"detail", reason.detail},
                       {"weight", reason.weight}});
  }
  return {{"a", member(pair.a)},
          {"b", member(pair.b)},
          {"score", pair.score},
          {"decision", to_string(pair.decision)},
          {"reasons", std::move(reasons)}};
}

}  // namespace

std::string record_to_json(const Directory& directory, RecordId id, int indent) {
  return dump(record_value(directory, id), indent);
}

std::string affiliation_with_names_json(const Directory& directory, const Affiliation& affiliation,
                                        int indent) {
  json object = affiliation_json(affiliation);
  object["person_name"] = directory.get_person(affiliation.person_id).name();
  object["organization_name"] =
      directory.get_organization(affiliation.organization_id).labelled_name();
  return dump(object, indent);
}

std::string to_json(const ImportReport& report, int indent) {
  json diagnostics = json::array();
  for (const Diagnostic& diagnostic : report.diagnostics) {
    diagnostics.push_back({{"severity", severity_name(diagnostic.severity)},
                           {"file", diagnostic.file},
                           {"line", diagnostic.line},
                           {"record", diagnostic.record},
                           {"field", diagnostic.field},
                           {"message", diagnostic.message}});
  }
  json matches = json::array();
  for (const ImportMatch& match : report.matches) {
    json entry = {{"line", match.line},
                  {"record", match.record},
                  {"incoming", match.incoming},
                  {"existing", match.existing},
                  {"score", match.score},
                  {"decision", to_string(match.decision)},
                  {"action", to_string(match.action)}};
    if (match.merge_id != 0) entry["merge"] = match.merge_id;
    matches.push_back(std::move(entry));
  }
  json object = {{"read", report.read},
                 {"created", report.created},
                 {"updated", report.updated},
                 {"skipped", report.skipped},
                 {"diagnostics", std::move(diagnostics)},
                 {"matches", std::move(matches)}};
  // Only a report whose remarks went to callbacks has these.
  if (report.warnings_passed_on + report.errors_passed_on + report.matches_passed_on > 0) {
    object["passed_on"] = {{"warnings", report.warnings_passed_on},
                           {"errors", report.errors_passed_on},
                           {"matches", report.matches_passed_on}};
  }
  return dump(object, indent);
}

std::string search_hits_json(const Directory& directory, const std::vector<SearchHit>& hits,
                             int indent) {
  json array = json::array();
  for (const SearchHit& hit : hits) array.push_back(hit_json(directory, hit));
  return dump(array, indent);
}

std::string duplicate_pairs_json(const Directory& directory,
                                 const std::vector<DuplicatePair>& pairs, int indent) {
  MemberCache cache;
  json array = json::array();
  for (const DuplicatePair& pair : pairs) array.push_back(pair_json(directory, pair, cache));
  return dump(array, indent);
}

std::string duplicate_pair_json(const Directory& directory, const DuplicatePair& pair, int indent) {
  MemberCache cache;
  return dump(pair_json(directory, pair, cache), indent);
}

std::string to_json(const MergeRecord& merge, int indent) {
  json object;
  object["id"] = merge.id;
  object["kind"] = to_string(merge.kind);
  object["survivor"] = merge.survivor;
  object["absorbed"] = merge.absorbed;
  object["absorbed_uid"] = merge.absorbed_uid;
  object["time"] = merge.time;
  object["actor"] = merge.actor;
  if (!merge.undone_at.empty()) object["undone_at"] = merge.undone_at;
  return dump(object, indent);
}

}  // namespace v1
}  // namespace liaison
