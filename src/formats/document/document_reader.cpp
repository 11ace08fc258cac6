// The liaison document reader: JSON items -> domain values -> directory.
//
// Each item is converted with the record shapes of json.cpp (so a document
// and the CLI's --json speak the same member names), after the members
// that only documents have ("key", "parent", "affiliations", ...) and the
// dates, which are read leniently, are taken out. Everything is stored in
// one transaction; a refused item either aborts the load or, with
// skip_bad, is skipped together with whatever refers to it.
#include "formats/document/document_reader.hpp"
#include "formats/import/remarks.hpp"

#include "validation.hpp"

#include <liaison/directory.hpp>
#include <liaison/error.hpp>
#include <liaison/json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace detail {
namespace {

using json = nlohmann::ordered_json;

constexpr std::int64_t format_version = 1;

enum class Section { organizations, people, events };

const char* section_name(Section section) {
  switch (section) {
    case Section::organizations: return "organizations";
    case Section::people: return "people";
    case Section::events: return "events";
  }
  return "items";
}

const char* singular(Section section) {
  switch (section) {
    case Section::organizations: return "an organization";
    case Section::people: return "a person";
    case Section::events: return "an event";
  }
  return "an item";
}

enum class State { pending, visiting, stored, skipped };

// One top-level item of the document.
struct Item {
  Section section = Section::organizations;
  std::size_t index = 0;
  const json* value = nullptr;
  std::string key;
  std::string label;  // "people[3] (key 'neuhaus')", for diagnostics
  State state = State::pending;
  RecordId id = 0;
};

// Why one item (or one affiliation or participant entry) cannot be stored.
// Thrown while the item is read and caught where it is handled, so that
// skip_bad can skip exactly that item.
struct Refusal {
  std::string field;
  std::string message;
};

// Directory errors that refuse one record's values; the others (busy,
// read_only, io_error, ...) say the directory cannot be written at all.
bool refuses_record(errc code) {
  return code == errc::invalid_argument || code == errc::not_found ||
         code == errc::already_exists || code == errc::constraint || code == errc::ambiguous;
}

std::optional<json> extract(json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end()) return std::nullopt;
  json value = std::move(*found);
  object.erase(found);
  return value;
}

// A date member, taken out of `object` to go through set_date_leniently.
std::string extract_date(json& object, const char* key, const std::string& field) {
  std::optional<json> value = extract(object, key);
  if (!value || value->is_null()) return {};
  if (!value->is_string()) throw Refusal{field, "expected a date as a string"};
  return value->get<std::string>();
}

// Members a document may not give, with what to write instead.
void refuse_members(const json& object,
                    std::initializer_list<std::pair<const char*, const char*>> members) {
  for (const auto& [member, advice] : members) {
    if (object.contains(member)) throw Refusal{member, advice};
  }
}

void refuse_bookkeeping(const json& object) {
  constexpr const char* kept = "is kept by the directory and cannot be given in a document";
  refuse_members(object, {{"id", kept},
                          {"revision", kept},
                          {"created_at", kept},
                          {"updated_at", kept},
                          {"kind",
                           "is not a document member (an organization's kind is "
                           "'organization_kind')"}});
}

// Converts a cleaned item with one of json.cpp's *_from_json functions. On
// failure, finds the member responsible by converting the members one at a
// time, so the diagnostic can name the field.
template <class FromJson>
auto convert(const json& object, FromJson from_json) {
  try {
    return from_json(object.dump());
  } catch (const Error& error) {
    std::string field;
    for (auto member = object.begin(); member != object.end() && field.empty(); ++member) {
      json single = json::object();
      single[member.key()] = *member;
      try {
        from_json(single.dump());
      } catch (const Error&) {
        field = member.key();
      }
    }
    throw Refusal{field, error.what()};
  }
}

// Reads the members of an affiliation or participant entry, which have no
// counterpart in json.cpp.
class Entry {
 public:
  explicit Entry(const json& value) : object_(value) {
    if (!object_.is_object()) throw Refusal{"", "expected an object"};
  }

  std::string text(const char* key) {
    used_.emplace_back(key);
    auto found = object_.find(key);
    if (found == object_.end() || found->is_null()) return {};
    if (!found->is_string()) throw Refusal{key, "expected a string"};
    return found->get<std::string>();
  }

  bool flag(const char* key) {
    used_.emplace_back(key);
    auto found = object_.find(key);
    if (found == object_.end() || found->is_null()) return false;
    if (!found->is_boolean()) throw Refusal{key, "expected true or false"};
    return found->get<bool>();
  }

  void finish() const {
    for (auto member = object_.begin(); member != object_.end(); ++member) {
      if (std::find(used_.begin(), used_.end(), member.key()) == used_.end()) {
        throw Refusal{member.key(), "unknown member"};
      }
    }
  }

 private:
  const json& object_;
  std::vector<std::string> used_;
};

// An affiliation as read from a person's "affiliations", before the
// organization key is resolved.
struct AffiliationEntry {
  std::string organization;
  Affiliation value;
  std::optional<Refusal> problem;
};

// The document's sources first, then the one naming this document; a
// stored record keeps its own entries (and their seen_at) in front.
std::vector<SourceRef> merge_sources(std::vector<SourceRef> kept,
                                     const std::vector<SourceRef>& added) {
  for (const SourceRef& ref : added) {
    bool present = std::any_of(kept.begin(), kept.end(), [&](const SourceRef& have) {
      return have.source == ref.source && have.external_key == ref.external_key;
    });
    if (!present) kept.push_back(ref);
  }
  return kept;
}

template <class Point>
void stamp_source(std::vector<Point>& points, const std::string& source) {
  for (Point& point : points) {
    if (point.source.empty()) point.source = source;
  }
}

void stamp_sources(ContactPoints& contacts, const std::string& source) {
  stamp_source(contacts.emails, source);
  stamp_source(contacts.phones, source);
  stamp_source(contacts.urls, source);
  stamp_source(contacts.social_profiles, source);
  stamp_source(contacts.addresses, source);
}

std::string in_quotes(const std::string& text) { return "'" + text + "'"; }

// normalise() refuses outright what no mode can keep as raw text (an event
// without a name, an end before its start): that refuses the item.
template <class Record>
void normalise_leniently(Record& record, std::vector<FieldWarning>& warnings) {
  try {
    normalise(record, Mode::lenient, &warnings);
  } catch (const Error& error) {
    if (error.code() != errc::invalid_argument) throw;
    throw Refusal{"", error.what()};
  }
}

class Reader {
 public:
  Reader(Directory& directory, std::string file, std::string source, const ImportOptions& options)
      : directory_(directory),
        file_(std::move(file)),
        source_(std::move(source)),
        options_(options) {}

  ImportReport run(std::string_view text) {
    const json document = parse(text);
    check_top_level(document);
    Transaction transaction = directory_.transaction();
    apply_default_region(document);
    index(document);
    for (Item& item : items_) {
      if (item.section == Section::organizations) resolve_organization(item);
    }
    for (Item& item : items_) {
      if (item.section == Section::people) handle(item, &Reader::load_person);
    }
    for (Item& item : items_) {
      if (item.section == Section::events) handle(item, &Reader::load_event);
    }
    if (!options_.dry_run) transaction.commit();
    return std::move(report_);
  }

 private:
  // ------------------------------------------------------------ file level

  [[noreturn]] void fail_file(std::size_t line, const std::string& message) const {
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::error;
    diagnostic.file = file_;
    diagnostic.line = line;
    diagnostic.message = message;
    throw Error(errc::parse_error, diagnostic.to_string());
  }

  json parse(std::string_view text) const {
    try {
      return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& error) {
      // nlohmann counts bytes; people count lines.
      std::size_t end = std::min<std::size_t>(error.byte, text.size());
      std::size_t line =
          1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + end, '\n'));
      fail_file(line, "not valid JSON: " + nlohmann_message(error.what()));
    } catch (const json::exception& error) {
      fail_file(0, "not valid JSON: " + nlohmann_message(error.what()));
    }
  }

  // "[json.exception.parse_error.101] parse error at line 3, column 5: x"
  // -> "column 5: x"; the line is in the diagnostic already.
  static std::string nlohmann_message(std::string message) {
    if (message.rfind("[json.exception.", 0) == 0) {
      std::size_t bracket = message.find("] ");
      if (bracket != std::string::npos) message.erase(0, bracket + 2);
    }
    std::size_t column = message.find(", column ");
    if (message.rfind("parse error at line ", 0) == 0 && column != std::string::npos) {
      message.erase(0, column + 2);
    }
    return message;
  }

  void check_top_level(const json& document) const {
    if (!document.is_object()) fail_file(0, "a liaison document is a JSON object");
    auto version = document.find("liaison_document");
    if (version == document.end()) {
      fail_file(0, "not a liaison document: the member \"liaison_document\": 1 is missing");
    }
    if (!version->is_number_integer() || version->get<std::int64_t>() != format_version) {
      fail_file(0, "unsupported liaison_document version " + version->dump() +
                       " (this liaison reads version 1)");
    }
    for (auto member = document.begin(); member != document.end(); ++member) {
      const std::string& key = member.key();
      if (key == "organizations" || key == "people" || key == "events") {
        if (!member->is_array()) fail_file(0, "\"" + key + "\" must be an array");
      } else if (key == "default_region" || key == "description") {
        if (!member->is_string()) fail_file(0, "\"" + key + "\" must be a string");
      } else if (key != "liaison_document") {
        fail_file(0, "unknown member '" + key + "' in the document");
      }
    }
  }

  void apply_default_region(const json& document) {
    auto region = document.find("default_region");
    if (region == document.end() || !directory_.default_region().empty()) return;
    try {
      directory_.set_default_region(region->get<std::string>());
    } catch (const Error& error) {
      if (error.code() != errc::invalid_argument) throw;
      fail_file(0, std::string("default_region: ") + error.what());
    }
  }

  // Gives every item its label and checks its key, so that references can
  // point forward as well as back.
  void index(const json& document) {
    for (Section section : {Section::organizations, Section::people, Section::events}) {
      auto list = document.find(section_name(section));
      if (list == document.end()) continue;
      for (std::size_t i = 0; i < list->size(); ++i) {
        Item item;
        item.section = section;
        item.index = i;
        item.value = &(*list)[i];
        item.label = std::string(section_name(section)) + "[" + std::to_string(i) + "]";
        items_.push_back(std::move(item));
      }
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
      Item& item = items_[i];
      ++report_.read;
      try {
        if (!item.value->is_object()) throw Refusal{"", "expected an object"};
        auto key = item.value->find("key");
        if (key == item.value->end()) throw Refusal{"key", "every item needs a \"key\""};
        if (!key->is_string() || key->get<std::string>().empty()) {
          throw Refusal{"key", "must be a non-empty string"};
        }
        item.key = key->get<std::string>();
        item.label += " (key " + in_quotes(item.key) + ")";
        auto [existing, inserted] = keys_.emplace(item.key, i);
        if (!inserted) {
          throw Refusal{"key", "the key " + in_quotes(item.key) + " is already used by " +
                                   items_[existing->second].label};
        }
      } catch (const Refusal& refusal) {
        item.state = State::skipped;
        reject(item.label, refusal);
      }
    }
  }

  // ------------------------------------------------------------ diagnostics

  // Without skip_bad the first refusal ends the load; the transaction's
  // destructor then rolls everything back.
  void reject(const std::string& record, const Refusal& refusal) {
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::error;
    diagnostic.file = file_;
    diagnostic.record = record;
    diagnostic.field = refusal.field;
    diagnostic.message = refusal.message;
    if (!options_.skip_bad) throw Error(errc::parse_error, diagnostic.to_string());
    formats::note(report_, options_, std::move(diagnostic));
    ++report_.skipped;
  }

  void warn(const std::string& record, const std::vector<FieldWarning>& warnings) {
    for (const FieldWarning& warning : warnings) {
      Diagnostic diagnostic;
      diagnostic.severity = Diagnostic::Severity::warning;
      diagnostic.file = file_;
      diagnostic.record = record;
      diagnostic.field = warning.field;
      diagnostic.message = warning.reason + " (value " + in_quotes(warning.value) + ")";
      formats::note(report_, options_, std::move(diagnostic));
    }
  }

  void handle(Item& item, void (Reader::*load)(Item&)) {
    if (item.state != State::pending) return;
    item.state = State::visiting;
    try {
      (this->*load)(item);
      item.state = State::stored;
    } catch (const Refusal& refusal) {
      item.state = State::skipped;
      reject(item.label, refusal);
    }
  }

  // ------------------------------------------------------------ references

  // The stored id of the item `key` names, which must be of one of the
  // given sections and must not have been skipped.
  RecordId resolve(const std::string& key, const std::string& field,
                   std::initializer_list<Section> sections, const char* wanted) {
    auto found = keys_.find(key);
    if (found == keys_.end()) {
      throw Refusal{field, "unknown key " + in_quotes(key)};
    }
    Item& target = items_[found->second];
    if (std::find(sections.begin(), sections.end(), target.section) == sections.end()) {
      throw Refusal{field, "key " + in_quotes(key) + " names " + singular(target.section) +
                               ", not " + wanted};
    }
    if (target.section == Section::organizations && target.state == State::pending) {
      resolve_organization(target);
    }
    if (target.state == State::visiting) {
      throw Refusal{field, "key " + in_quotes(key) + " leads back to this item (a loop)"};
    }
    if (target.state != State::stored) {
      throw Refusal{field, "refers to " + target.label + ", which was skipped"};
    }
    return target.id;
  }

  // The stored record this item updates: the one an earlier load of this
  // source made under the same key, else the one with the given uid.
  std::optional<RecordId> existing(RecordKind kind, const Item& item, const std::string& uid) {
    std::optional<RecordId> id = directory_.find_by_source(source_, item.key);
    const char* field = "key";
    if (!id && !uid.empty()) {
      id = directory_.id_of_uid(uid);
      field = "uid";
    }
    if (id) {
      std::optional<RecordKind> stored = directory_.kind_of(*id);
      if (stored != kind) {
        throw Refusal{field, std::string("the directory already has a record of kind '") +
                                 (stored ? to_string(*stored) : "?") + "' for it, not " +
                                 to_string(kind)};
      }
    }
    return id;
  }

  // ------------------------------------------------------------ storing

  // Adds `candidate`, or replaces `before` with it. An update whose result
  // equals what was stored is rolled back (its savepoint is not committed),
  // so re-loading an unchanged document leaves no trace, not even in the
  // journal.
  template <class Record, class Add, class Update>
  RecordId store(const std::optional<Record>& before, Record candidate, Add add, Update update) {
    try {
      Transaction savepoint = directory_.transaction();
      if (!before) {
        Record stored = add(candidate);
        savepoint.commit();
        ++report_.created;
        return stored.meta.id;
      }
      candidate.meta = before->meta;
      Record after = update(candidate);
      after.meta = before->meta;
      if (after == *before) return before->meta.id;
      savepoint.commit();
      ++report_.updated;
      return before->meta.id;
    } catch (const Error& error) {
      if (!refuses_record(error.code())) throw;
      throw Refusal{"", error.what()};
    }
  }

  template <class Record>
  void adopt_meta_warning(const std::optional<Record>& before, const Record& candidate,
                          std::vector<FieldWarning>& warnings) {
    if (before && !candidate.meta.uid.empty() && candidate.meta.uid != before->meta.uid) {
      warnings.push_back({"uid", candidate.meta.uid,
                          "differs from the uid of the record loaded earlier under this key, "
                          "which is kept"});
    }
  }

  // ------------------------------------------------------------ organizations

  void resolve_organization(Item& item) { handle(item, &Reader::load_organization); }

  void load_organization(Item& item) {
    json object = *item.value;
    extract(object, "key");
    refuse_bookkeeping(object);
    refuse_members(object, {{"parent_id", "give the parent's key as \"parent\""}});
    std::optional<RecordId> parent_id;
    if (std::optional<json> parent = extract(object, "parent"); parent && !parent->is_null()) {
      if (!parent->is_string()) throw Refusal{"parent", "expected a key (a string)"};
      parent_id = resolve(parent->get<std::string>(), "parent", {Section::organizations},
                          "an organization");
    }

    Organization organization = convert(object, organization_from_json);
    organization.parent_id = parent_id;
    stamp_sources(organization.contacts, source_);
    std::vector<FieldWarning> warnings;
    normalise_leniently(organization, warnings);
    if (!has_identity(organization)) {
      throw Refusal{"name", "an organization needs a name or an acronym"};
    }

    std::optional<Organization> before;
    if (auto id = existing(RecordKind::organization, item, organization.meta.uid)) {
      before = directory_.get_organization(*id);
    }
    adopt_meta_warning(before, organization, warnings);
    organization.sources =
        merge_sources(before ? before->sources : std::vector<SourceRef>{},
                      merge_sources(organization.sources, {{source_, item.key, {}}}));
    item.id = store(
        before, organization,
        [&](const Organization& value) { return directory_.add_organization(value); },
        [&](const Organization& value) { return directory_.update_organization(value); });
    warn(item.label, warnings);
  }

  // ------------------------------------------------------------ people

  void load_person(Item& item) {
    json object = *item.value;
    extract(object, "key");
    refuse_bookkeeping(object);
    refuse_members(object, {{"name",
                             "a person's name is made from its parts: give "
                             "\"given_names\" and \"family_names\", or \"display_name\""}});
    std::optional<json> affiliations = extract(object, "affiliations");
    if (affiliations && !affiliations->is_null() && !affiliations->is_array()) {
      throw Refusal{"affiliations", "expected an array"};
    }

    std::string birthday = extract_date(object, "birthday", "birthday");
    std::string consent_date;
    std::string retention_review;
    if (auto protection = object.find("data_protection");
        protection != object.end() && protection->is_object()) {
      consent_date = extract_date(*protection, "consent_date", "data_protection.consent_date");
      retention_review =
          extract_date(*protection, "retention_review", "data_protection.retention_review");
    }

    Person person = convert(object, person_from_json);
    std::vector<FieldWarning> warnings;
    set_date_leniently(person.birthday, birthday, "birthday", person.raw_values, &warnings);
    set_date_leniently(person.data_protection.consent_date, consent_date,
                       "data_protection.consent_date", person.raw_values, &warnings);
    set_date_leniently(person.data_protection.retention_review, retention_review,
                       "data_protection.retention_review", person.raw_values, &warnings);

    // Affiliation dates that do not parse are kept on the person, the only
    // record of the two with room for raw values.
    std::vector<AffiliationEntry> entries;
    if (affiliations && affiliations->is_array()) {
      for (std::size_t i = 0; i < affiliations->size(); ++i) {
        entries.push_back(read_affiliation((*affiliations)[i], i, person, warnings));
      }
    }

    stamp_sources(person.contacts, source_);
    normalise_leniently(person, warnings);
    if (!has_identity(person)) {
      throw Refusal{"", "a person needs a name, an e-mail address, a phone number or an identifier"};
    }

    std::optional<Person> before;
    if (auto id = existing(RecordKind::person, item, person.meta.uid)) {
      before = directory_.get_person(*id);
    }
    adopt_meta_warning(before, person, warnings);
    person.sources = merge_sources(before ? before->sources : std::vector<SourceRef>{},
                                   merge_sources(person.sources, {{source_, item.key, {}}}));
    item.id = store(
        before, person, [&](const Person& value) { return directory_.add_person(value); },
        [&](const Person& value) { return directory_.update_person(value); });
    warn(item.label, warnings);

    for (std::size_t i = 0; i < entries.size(); ++i) {
      store_affiliation(item, i, std::move(entries[i]));
    }
  }

  AffiliationEntry read_affiliation(const json& value, std::size_t index, Person& person,
                                    std::vector<FieldWarning>& warnings) {
    AffiliationEntry entry;
    try {
      Entry members(value);
      entry.organization = members.text("organization");
      if (entry.organization.empty()) {
        throw Refusal{"organization", "every affiliation needs the key of its organization"};
      }
      entry.value.title = members.text("title");
      entry.value.role = members.text("role");
      entry.value.department = members.text("department");
      const std::string at = "affiliations[" + std::to_string(index) + "].";
      set_date_leniently(entry.value.start, members.text("start"), at + "start", person.raw_values,
                         &warnings);
      set_date_leniently(entry.value.end, members.text("end"), at + "end", person.raw_values,
                         &warnings);
      entry.value.primary = members.flag("primary");
      members.finish();
    } catch (const Refusal& refusal) {
      entry.problem = refusal;
    }
    return entry;
  }

  // Matched on (person, organization, title), so that a re-load finds the
  // affiliation it made before.
  void store_affiliation(const Item& person, std::size_t index, AffiliationEntry entry) {
    ++report_.read;
    const std::string label = person.label + " affiliations[" + std::to_string(index) + "]";
    try {
      if (entry.problem) throw *entry.problem;
      Affiliation affiliation = std::move(entry.value);
      affiliation.person_id = person.id;
      affiliation.organization_id =
          resolve(entry.organization, "organization", {Section::organizations}, "an organization");
      affiliation.source = source_;

      std::optional<Affiliation> before;
      for (const Affiliation& stored :
           directory_.affiliations_of_person(person.id, AffiliationFilter::all_time())) {
        if (stored.organization_id == affiliation.organization_id &&
            stored.title == affiliation.title) {
          before = stored;
          break;
        }
      }
      if (before && !claimed_.insert(before->meta.id).second) {
        throw Refusal{"title", "repeats an affiliation given earlier in the document"};
      }
      RecordId id = store(
          before, affiliation,
          [&](const Affiliation& value) { return directory_.add_affiliation(value); },
          [&](const Affiliation& value) { return directory_.update_affiliation(value); });
      claimed_.insert(id);
    } catch (const Refusal& refusal) {
      reject(label, refusal);
    }
  }

  // ------------------------------------------------------------ events

  void load_event(Item& item) {
    json object = *item.value;
    extract(object, "key");
    refuse_bookkeeping(object);
    refuse_members(object, {{"organizer_ids", "give the organizers' keys as \"organizers\""}});
    std::optional<json> organizers = extract(object, "organizers");
    std::optional<json> participants = extract(object, "participants");
    if (participants && !participants->is_null() && !participants->is_array()) {
      throw Refusal{"participants", "expected an array"};
    }

    std::vector<RecordId> organizer_ids;
    if (organizers && !organizers->is_null()) {
      if (!organizers->is_array()) throw Refusal{"organizers", "expected an array of keys"};
      for (std::size_t i = 0; i < organizers->size(); ++i) {
        const json& key = (*organizers)[i];
        std::string field = "organizers[" + std::to_string(i) + "]";
        if (!key.is_string()) throw Refusal{field, "expected a key (a string)"};
        organizer_ids.push_back(
            resolve(key.get<std::string>(), field, {Section::organizations}, "an organization"));
      }
    }

    std::string start = extract_date(object, "start", "start");
    std::string end = extract_date(object, "end", "end");
    std::vector<std::string> session_dates;
    if (auto sessions = object.find("sessions"); sessions != object.end() && sessions->is_array()) {
      for (std::size_t i = 0; i < sessions->size(); ++i) {
        json& session = (*sessions)[i];
        session_dates.push_back(
            session.is_object()
                ? extract_date(session, "date", "sessions[" + std::to_string(i) + "].date")
                : std::string());
      }
    }

    Event event = convert(object, event_from_json);
    event.organizer_ids = std::move(organizer_ids);
    std::vector<FieldWarning> warnings;
    // Event has no raw_values: a date that does not parse survives only in
    // the warning.
    std::vector<RawValue> unkept;
    set_date_leniently(event.start, start, "start", unkept, &warnings);
    set_date_leniently(event.end, end, "end", unkept, &warnings);
    for (std::size_t i = 0; i < session_dates.size() && i < event.sessions.size(); ++i) {
      set_date_leniently(event.sessions[i].date, session_dates[i],
                         "sessions[" + std::to_string(i) + "].date", unkept, &warnings);
    }
    normalise_leniently(event, warnings);
    if (event.name.empty()) throw Refusal{"name", "an event needs a name"};

    std::optional<Event> before;
    if (auto id = existing(RecordKind::event, item, event.meta.uid)) {
      before = directory_.get_event(*id);
    }
    adopt_meta_warning(before, event, warnings);
    event.sources = merge_sources(before ? before->sources : std::vector<SourceRef>{},
                                  merge_sources(event.sources, {{source_, item.key, {}}}));
    item.id = store(
        before, event, [&](const Event& value) { return directory_.add_event(value); },
        [&](const Event& value) { return directory_.update_event(value); });
    warn(item.label, warnings);

    if (participants && participants->is_array()) {
      for (std::size_t i = 0; i < participants->size(); ++i) {
        store_participation(item, event, i, (*participants)[i]);
      }
    }
  }

  Participation read_participant(const json& value, const Event& event) {
    Entry members(value);
    Participation participation;
    std::string who = members.text("who");
    if (who.empty())
      throw Refusal{"who",
                    "every participant needs the key of a person or an "
                    "organization"};
    std::string role = members.text("role");
    if (!role.empty()) {
      std::optional<ParticipationRole> parsed = participation_role_from_string(role);
      if (!parsed) {
        throw Refusal{"role", "unknown role " + in_quotes(role) +
                                  " (speaker, participant, organizer or author)"};
      }
      participation.role = *parsed;
    }
    participation.session = members.text("session");
    participation.notes = members.text("notes");
    members.finish();
    if (!participation.session.empty() &&
        std::none_of(event.sessions.begin(), event.sessions.end(),
                     [&](const EventSession& s) { return s.name == participation.session; })) {
      throw Refusal{"session",
                    "the event has no session named " + in_quotes(participation.session)};
    }
    participation.participant_id = resolve(who, "who", {Section::people, Section::organizations},
                                           "a person or an organization");
    return participation;
  }

  // Matched on (event, participant, role, session). The directory has no
  // update for participations, so a changed one is replaced.
  void store_participation(const Item& event_item, const Event& event, std::size_t index,
                           const json& value) {
    ++report_.read;
    const std::string label = event_item.label + " participants[" + std::to_string(index) + "]";
    try {
      Participation participation = read_participant(value, event);
      participation.event_id = event_item.id;
      participation.source = source_;

      std::optional<Participation> before;
      for (const Participation& stored : directory_.participations_in_event(event_item.id)) {
        if (stored.participant_id == participation.participant_id &&
            stored.role == participation.role && stored.session == participation.session) {
          before = stored;
          break;
        }
      }
      if (before && !claimed_.insert(before->meta.id).second) {
        throw Refusal{"who", "repeats a participation given earlier in the document"};
      }
      if (before && before->notes == participation.notes &&
          before->source == participation.source) {
        return;
      }
      try {
        Participation stored;
        if (before) {
          participation.meta = before->meta;
          stored = directory_.update_participation(participation);
        } else {
          stored = directory_.add_participation(participation);
        }
        claimed_.insert(stored.meta.id);
        ++(before ? report_.updated : report_.created);
      } catch (const Error& error) {
        if (!refuses_record(error.code())) throw;
        throw Refusal{"", error.what()};
      }
    } catch (const Refusal& refusal) {
      reject(label, refusal);
    }
  }

  Directory& directory_;
  std::string file_;
  std::string source_;
  const ImportOptions& options_;
  ImportReport report_;
  std::vector<Item> items_;
  std::map<std::string, std::size_t> keys_;
  // Affiliations and participations this load has matched or made, so that
  // one repeated in the document is refused instead of merged.
  std::set<RecordId> claimed_;
};

std::string source_name(const std::string& file, const ImportOptions& options) {
  if (!options.source.empty()) return options.source;
  std::string base = std::filesystem::path(file).filename().string();
  // Text loaded without a name still needs a source, or a re-load could
  // not find what it made.
  return base.empty() ? std::string("document") : base;
}

}  // namespace

ImportReport read_document(Directory& directory, std::string_view text, const std::string& file,
                           const ImportOptions& options) {
  Reader reader(directory, file, source_name(file, options), options);
  return reader.run(text);
}

}  // namespace detail
}  // namespace v1
}  // namespace liaison
