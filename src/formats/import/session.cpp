// The shared import path: one transaction around the whole file, each
// record in a savepoint of its own, so that with skip_bad a refused record
// leaves no trace and without it the first refusal rolls everything back.
#include "formats/import/session.hpp"

#include "dedup/survivorship.hpp"
#include "formats/import/remarks.hpp"
#include "text/email.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <algorithm>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace formats {
namespace {

// Directory errors that refuse one record's values; the others (busy,
// read_only, io_error, ...) say the directory cannot be written at all.
bool refuses_record(errc code) {
  return code == errc::invalid_argument || code == errc::not_found ||
         code == errc::already_exists || code == errc::constraint || code == errc::ambiguous;
}

std::vector<SourceRef> merge_sources(std::vector<SourceRef> kept, const SourceRef& added) {
  bool present = std::any_of(kept.begin(), kept.end(), [&](const SourceRef& have) {
    return have.source == added.source && have.external_key == added.external_key;
  });
  if (!present) kept.push_back(added);
  return kept;
}

// Whether sources other than `source` fed the record: a merge, or a match
// someone made. Then one file no longer speaks for all of it.
bool fed_by_others(const std::vector<SourceRef>& sources, const std::string& source) {
  return std::any_of(sources.begin(), sources.end(),
                     [&](const SourceRef& ref) { return ref.source != source; });
}

// The stored record with a file's row added to it, as a merge would: what
// the other sources said stays, the row fills gaps and its differing values
// are kept beside (docs/dedup.md, "Merging").
Person added_to(const Person& stored, const Person& row, const std::string& source) {
  Person merged = dedup::merged_person(stored, row);
  for (RawValue& raw : merged.raw_values) {
    if (raw.reason == "merged from ")
      raw.reason = "from " + source + ", beside another source's value";
  }
  return merged;
}

// An organization written "-", "?" or "&" names none. No folded name
// would find it again, so each import would make one more, and all such
// placeholders of a file would join their people under the first one: the
// parts without letters or digits are left out of the position, and what
// they said is kept on the person as text.
void set_aside_nameless_organizations(IncomingContact& contact, Person& person,
                                      std::vector<detail::FieldWarning>& warnings) {
  std::vector<IncomingPosition> kept;
  for (IncomingPosition& position : contact.affiliations) {
    auto& path = position.organization;
    const auto nameless = [](const std::string& part) { return text::fold(part).empty(); };
    if (std::none_of(path.begin(), path.end(), nameless)) {
      kept.push_back(std::move(position));
      continue;
    }
    std::string written;
    for (const std::string& part : path) {
      if (!written.empty()) written += "; ";
      written += part;
    }
    person.raw_values.push_back({"organization", written, "names no organization"});
    warnings.push_back({"organization", written, "kept as text: it names no organization"});
    path.erase(std::remove_if(path.begin(), path.end(), nameless), path.end());
    if (!path.empty()) {
      kept.push_back(std::move(position));
      continue;
    }
    for (auto [field, value] :
         {std::pair{"department", position.department}, std::pair{"title", position.title},
          std::pair{"role", position.role}}) {
      if (value.empty()) continue;
      person.raw_values.push_back({field, value, "no organization to hold it"});
      warnings.push_back({field, value, "kept as text: no organization to hold it"});
    }
  }
  contact.affiliations = std::move(kept);
}

// A phone number as compared within one source: its digits, and its "+".
std::string phone_digits(const std::string& number) {
  std::string digits;
  for (char c : number) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits.push_back(c);
  }
  return digits.size() > 1 ? digits : std::string();
}

std::vector<std::string> email_keys(const Person& person) {
  std::vector<std::string> keys;
  for (const Email& email : person.contacts.emails) {
    const text::EmailCheck check = text::check_email(email.address);
    if (check.ok) keys.push_back(check.key);
  }
  return keys;
}

// What a person without a key of their own in the file may be known by,
// most telling first: the name (folded, so that "Petrovic" corrected to
// "Petrović" is the same person), the name with the first e-mail address
// or phone number (namesakes), the e-mail address, the phone number.
std::vector<std::string> held_by(const Person& person) {
  std::vector<std::string> keys;
  const std::vector<std::string> emails = email_keys(person);
  std::string phone;
  for (const Phone& p : person.contacts.phones) {
    if (!(phone = phone_digits(p.number)).empty()) break;
  }
  std::string name = text::fold(text::trim(person.given_names + " " + person.family_names));
  if (name.empty()) name = text::fold(person.display_name);
  if (!name.empty()) {
    keys.push_back("name " + name);
    if (!emails.empty()) keys.push_back("name " + name + " e-mail " + emails.front());
    if (!phone.empty()) keys.push_back("name " + name + " phone " + phone);
  }
  if (!emails.empty()) keys.push_back("e-mail " + emails.front());
  if (!phone.empty()) keys.push_back("phone " + phone);
  return keys;
}

// How surely a stored person is the person a record without a key of its
// own describes: 2 for an e-mail address or phone number in common, 1 for
// the same name alone, 0 for neither (another person, whatever the file
// once said there).
int likeness(const Person& stored, const Person& incoming) {
  const std::vector<std::string> emails = email_keys(incoming);
  for (const std::string& email : email_keys(stored)) {
    if (std::find(emails.begin(), emails.end(), email) != emails.end()) return 2;
  }
  for (const Phone& a : stored.contacts.phones) {
    const std::string digits = phone_digits(a.number);
    if (digits.empty()) continue;
    for (const Phone& b : incoming.contacts.phones) {
      if (phone_digits(b.number) == digits) return 2;
    }
  }
  const std::string name = text::fold(stored.name());
  return !name.empty() && name == text::fold(incoming.name()) ? 1 : 0;
}

// "row 7", "card 3": a key that is a place in the file (RecordKey::position).
bool is_place(const std::string& key) {
  for (std::string_view word : {std::string_view("row "), std::string_view("card ")}) {
    if (key.size() > word.size() && key.compare(0, word.size(), word) == 0) {
      return std::all_of(key.begin() + static_cast<std::ptrdiff_t>(word.size()), key.end(),
                         [](char c) { return c >= '0' && c <= '9'; });
    }
  }
  return false;
}

// A record that says nothing at all: an empty card (BEGIN, VERSION, END),
// or iCloud's with an empty N and FN beside its UID.
struct Empty {};

bool holds_nothing(Person person) {
  person.meta = {};
  person.sources.clear();
  // A card's own UID names it; it says nothing of anyone.
  auto& extras = person.extra_fields;
  extras.erase(std::remove_if(extras.begin(), extras.end(),
                              [](const ExtraField& extra) {
                                return text::equals_ignoring_ascii_case(extra.name, "UID");
                              }),
               extras.end());
  return person == Person{};
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

// Appends the items of `added` that `kept` does not have.
template <class T>
void union_into(std::vector<T>& kept, const std::vector<T>& added) {
  for (const T& item : added) {
    if (std::find(kept.begin(), kept.end(), item) == kept.end()) kept.push_back(item);
  }
}

template <class Point>
void union_points(std::vector<Point>& kept, const std::vector<Point>& added) {
  // Contact points differ by their source stamp alone when the same value
  // comes from two files; compare without it.
  for (const Point& item : added) {
    bool present = std::any_of(kept.begin(), kept.end(), [&](const Point& have) {
      Point a = have;
      Point b = item;
      a.source.clear();
      b.source.clear();
      return a == b;
    });
    if (!present) kept.push_back(item);
  }
}

// An organization card that names an organization the directory already
// has (by name, not by an earlier import of this file): the card adds to it
// and replaces nothing, since the stored one may have been curated by hand.
Organization fill_in(Organization stored, const Organization& card) {
  if (stored.acronym.empty()) stored.acronym = card.acronym;
  if (stored.kind == OrganizationKind::unspecified) stored.kind = card.kind;
  if (stored.country.empty()) stored.country = card.country;
  if (stored.website.empty()) stored.website = card.website;
  if (stored.notes.empty()) stored.notes = card.notes;
  union_into(stored.aliases, card.aliases);
  union_into(stored.tags, card.tags);
  union_points(stored.contacts.emails, card.contacts.emails);
  union_points(stored.contacts.phones, card.contacts.phones);
  union_points(stored.contacts.urls, card.contacts.urls);
  union_points(stored.contacts.social_profiles, card.contacts.social_profiles);
  union_points(stored.contacts.addresses, card.contacts.addresses);
  union_into(stored.raw_values, card.raw_values);
  union_into(stored.extra_fields, card.extra_fields);
  return stored;
}

std::string join(const std::vector<std::string>& parts, std::size_t from, const char* separator) {
  std::string out;
  for (std::size_t i = from; i < parts.size(); ++i) {
    if (parts[i].empty()) continue;
    if (!out.empty()) out.append(separator);
    out.append(parts[i]);
  }
  return out;
}

std::string base_name(const std::string& file) {
  std::string::size_type slash = file.find_last_of('/');
  return slash == std::string::npos ? file : file.substr(slash + 1);
}

}  // namespace

ImportSession::ImportSession(Directory& directory, std::string file, const ImportOptions& options,
                             std::string_view fallback_source)
    : directory_(directory),
      file_(std::move(file)),
      options_(options),
      transaction_(directory.transaction()) {
  source_ = options.source.empty() ? base_name(file_) : options.source;
  if (source_.empty()) source_ = std::string(fallback_source);
  source_seen_ = directory_.has_source(source_);
}

ImportReport ImportSession::finish() {
  if (!options_.dry_run) transaction_.commit();
  return std::move(report_);
}

// ---------------------------------------------------------------- diagnostics

void ImportSession::fail(std::size_t line, const std::string& message) const {
  Diagnostic diagnostic;
  diagnostic.severity = Diagnostic::Severity::error;
  diagnostic.file = file_;
  diagnostic.line = line;
  diagnostic.message = message;
  throw Error(errc::parse_error, diagnostic.to_string());
}

void ImportSession::warn(std::size_t line, const std::string& record, const std::string& field,
                         const std::string& message) {
  Diagnostic diagnostic;
  diagnostic.severity = Diagnostic::Severity::warning;
  diagnostic.file = file_;
  diagnostic.line = line;
  diagnostic.record = record;
  diagnostic.field = field;
  diagnostic.message = message;
  note(report_, options_, std::move(diagnostic));
}

void ImportSession::warn_fields(std::size_t line, const std::string& record,
                                const std::vector<detail::FieldWarning>& warnings) {
  for (const detail::FieldWarning& warning : warnings) {
    warn(line, record, warning.field, warning.reason + " (value '" + warning.value + "')");
  }
}

// Without skip_bad the first refusal ends the import; the transaction's
// destructor then rolls everything back.
void ImportSession::reject(std::size_t line, const std::string& record, const Refusal& refusal) {
  Diagnostic diagnostic;
  diagnostic.severity = Diagnostic::Severity::error;
  diagnostic.file = file_;
  diagnostic.line = line;
  diagnostic.record = record;
  diagnostic.field = refusal.field;
  diagnostic.message = refusal.message;
  if (!options_.skip_bad) throw Error(errc::parse_error, diagnostic.to_string());
  note(report_, options_, std::move(diagnostic));
  ++report_.skipped;
}

// ---------------------------------------------------------------- records

void ImportSession::store(IncomingContact& contact, const RecordKey& key, const std::string& label,
                          std::size_t line) {
  line_ = line;
  label_ = label;
  organization_matches_.clear();
  // A record taken back takes back what it counted, organizations included.
  const std::size_t created = report_.created;
  const std::size_t updated = report_.updated;
  auto taken_back = [&] {
    report_.created = created;
    report_.updated = updated;
    institutions_.clear();  // organizations it created are gone
    organization_matches_.clear();
  };
  try {
    Transaction savepoint = directory_.transaction();
    if (contact.is_organization) {
      if (!load_organization(contact, key, label, line)) {
        ImportMatch left_out = organization_matches_.back();  // why it is left out
        taken_back();
        ++report_.skipped;
        note(report_, options_, std::move(left_out));
        return;
      }
    } else {
      const auto [id, created_now] = load_person(contact, key, label, line);
      // Left out: the savepoint's destructor takes the record back.
      if (created_now && options_.on_match != OnMatch::off && !match_new_person(id, label, line)) {
        taken_back();
        ++report_.skipped;
        return;
      }
    }
    savepoint.commit();
    for (ImportMatch& match : organization_matches_) note(report_, options_, std::move(match));
    organization_matches_.clear();
  } catch (const Refusal& refusal) {
    taken_back();
    reject(line, label, refusal);
  } catch (const Empty&) {
    // Nothing is lost by leaving it out, so it stops no import.
    taken_back();
    ++report_.skipped;
    warn(line, label, "", "holds nothing to import; left out");
  }
}

bool has_tag(const std::vector<std::string>& tags, const std::string& tag) {
  const std::string folded = text::fold(tag);
  return std::any_of(tags.begin(), tags.end(),
                     [&](const std::string& t) { return text::fold(t) == folded; });
}

std::string ImportSession::content_key(const std::vector<std::string>& held, const RecordKey& key) {
  for (const std::string& candidate : held) {
    // Neither given out in this import nor another stored record's.
    if (!content_keys_.insert(std::hash<std::string>{}(candidate)).second) continue;
    if (source_seen_ && stored_under(candidate)) continue;
    return candidate;
  }
  return key.position;  // nothing held, or earlier records of the file held it all
}

std::optional<Person> ImportSession::known_person(const std::vector<std::string>& held,
                                                  const RecordKey& key, const Person& incoming) {
  if (!source_seen_) return std::nullopt;  // a file never imported before
  std::optional<Person> best;
  int best_score = 0;
  auto consider = [&](const std::string& tried) {
    const std::optional<RecordId> id = stored_under(tried);
    if (!id || claimed_.count(*id) || (best && best->meta.id == *id)) return;
    if (directory_.kind_of(*id) != RecordKind::person) return;
    Person stored = directory_.get_person(*id);
    const int score = likeness(stored, incoming);
    if (score > best_score) {
      best_score = score;
      best = std::move(stored);
    }
  };
  for (const std::string& tried : held) consider(tried);
  consider(key.position);
  return best;
}

std::vector<SourceRef> ImportSession::without_places(std::vector<SourceRef> kept) const {
  kept.erase(std::remove_if(kept.begin(), kept.end(),
                            [&](const SourceRef& ref) {
                              return ref.source == source_ && is_place(ref.external_key);
                            }),
             kept.end());
  return kept;
}

std::vector<SourceRef> ImportSession::keyless_sources(std::vector<SourceRef> kept,
                                                      const std::vector<std::string>& held,
                                                      const RecordKey& key) {
  // Known by what it holds: the place an earlier version gave it goes, so
  // that a row moved since finds no one there.
  kept = without_places(std::move(kept));
  const bool known = std::any_of(kept.begin(), kept.end(),
                                 [&](const SourceRef& ref) { return ref.source == source_; });
  if (!known) kept = merge_sources(std::move(kept), {source_, content_key(held, key), {}});
  return kept;
}

std::vector<SourceRef> ImportSession::with_keys(std::vector<SourceRef> kept, const std::string& key,
                                                const RecordKey& record_key) const {
  if (record_key.given.empty() && key != record_key.position) {
    // Known by what it holds now: the place an earlier import gave it goes.
    kept = without_places(std::move(kept));
  }
  return merge_sources(std::move(kept), {source_, key, {}});
}

std::optional<RecordId> ImportSession::stored_under(const std::string& key) {
  return directory_.find_by_source(source_, key);
}

bool ImportSession::add_tag(RecordId id, const std::string& tag) {
  auto add_to = [&](auto record, auto update) {
    if (has_tag(record.tags, tag)) return false;
    record.tags.push_back(tag);
    update(record);
    return true;
  };
  const std::optional<RecordKind> kind = directory_.kind_of(id);
  if (kind == RecordKind::person) {
    return add_to(directory_.get_person(id), [&](const Person& p) { directory_.update_person(p); });
  }
  if (kind == RecordKind::organization) {
    return add_to(directory_.get_organization(id),
                  [&](const Organization& o) { directory_.update_organization(o); });
  }
  return false;
}

// The record an earlier import of this source made under `key`, else the
// one whose uid the contact gives (or the one it was merged into).
std::optional<RecordId> ImportSession::existing(RecordKind kind, const std::string& key,
                                                const std::string& uid) {
  std::optional<RecordId> id = stored_under(key);
  if (!id && !uid.empty()) id = directory_.current_id_of_uid(uid);
  if (id) {
    std::optional<RecordKind> stored = directory_.kind_of(*id);
    if (stored != kind) {
      throw Refusal{"uid", std::string("the directory already has a record of kind '") +
                               (stored ? to_string(*stored) : "?") + "' for this one, not " +
                               to_string(kind)};
    }
  }
  return id;
}

// Adds `candidate`, or replaces `before` with it. An update that changes
// nothing is not written (its savepoint is rolled back), so importing an
// unchanged file again leaves no trace, not even in the journal.
template <class Record, class Add, class Update>
RecordId ImportSession::store_record(const std::optional<Record>& before, Record candidate, Add add,
                                     Update update) {
  try {
    if (!before) {
      Record stored = add(candidate);  // a write of the Directory: atomic by itself
      ++report_.created;
      return stored.meta.id;
    }
    Transaction savepoint = directory_.transaction();
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
void ImportSession::normalise_leniently(Record& record,
                                        std::vector<detail::FieldWarning>& warnings) {
  try {
    detail::normalise(record, detail::Mode::lenient, &warnings);
  } catch (const Error& error) {
    if (error.code() != errc::invalid_argument) throw;
    throw Refusal{"", error.what()};
  }
}

// ---------------------------------------------------------------- people

std::pair<RecordId, bool> ImportSession::load_person(IncomingContact& contact,
                                                     const RecordKey& record_key,
                                                     const std::string& label, std::size_t line) {
  Person person = std::move(contact.person);
  std::vector<detail::FieldWarning> warnings = std::move(contact.warnings);
  stamp_sources(person.contacts, source_);
  set_aside_nameless_organizations(contact, person, warnings);
  normalise_leniently(person, warnings);
  if (!detail::has_identity(person)) {
    if (holds_nothing(person) && contact.affiliations.empty()) throw Empty{};
    std::string message =
        "the record has no name, e-mail address, phone number, identifier or organization";
    // An e-mail or phone that did not validate would have named it: say so,
    // or the user looks for a value the row seems to have.
    std::string invalid;
    for (const detail::FieldWarning& warning : warnings) {
      if (!invalid.empty()) invalid.append("; ");
      invalid.append(warning.field).append(" '").append(warning.value).append("': ");
      invalid.append(warning.reason);
    }
    if (!invalid.empty()) message.append(" that is valid (").append(invalid).append(")");
    throw Refusal{"", message};
  }
  std::optional<Person> before;
  if (!record_key.given.empty()) {
    if (auto id = existing(RecordKind::person, record_key.given, person.meta.uid)) {
      before = directory_.get_person(*id);
    }
    person.sources = merge_sources(before ? before->sources : std::vector<SourceRef>{},
                                   {source_, record_key.given, {}});
  } else {
    const std::vector<std::string> held = held_by(person);
    before = known_person(held, record_key, person);
    if (!before && !person.meta.uid.empty()) {
      if (auto id = existing(RecordKind::person, "", person.meta.uid)) {
        before = directory_.get_person(*id);
      }
    }
    person.sources =
        keyless_sources(before ? before->sources : std::vector<SourceRef>{}, held, record_key);
    // Updated once per import at most: a namesake's row further down must
    // not take the same record.
    if (before) claimed_.insert(before->meta.id);
  }
  if (before && fed_by_others(before->sources, source_)) {
    std::vector<SourceRef> sources = std::move(person.sources);
    person = added_to(*before, person, source_);
    person.sources = std::move(sources);
  }
  RecordId id = store_record(
      before, person, [&](const Person& value) { return directory_.add_person(value); },
      [&](const Person& value) { return directory_.update_person(value); });
  warn_fields(line, label, warnings);
  for (std::size_t i = 0; i < contact.affiliations.size(); ++i) {
    store_affiliation(id, contact.affiliations[i], i == 0, !before && i == 0);
  }
  return {id, !before};
}

// What options.on_match does with the stored records a new one (`id`) may
// duplicate, best first, noting each in `into`: skip leaves it out (the
// best match stands in for it), merge merges it into the best match when
// that is in the duplicate band, and otherwise every pair is listed.
ImportSession::Settled ImportSession::settle(RecordId id, const std::vector<DuplicatePair>& pairs,
                                             const std::string& label, std::size_t line,
                                             std::vector<ImportMatch>& into) {
  if (pairs.empty()) return {id, false};
  const DuplicatePair& best = pairs.front();
  auto noted = [&](const DuplicatePair& pair, MatchAction action) {
    ImportMatch match;
    match.line = line;
    match.record = label;
    match.incoming = action == MatchAction::skipped ? 0 : id;
    match.existing = pair.b;
    match.score = pair.score;
    match.decision = pair.decision;
    match.action = action;
    return match;
  };
  const bool duplicate = best.decision == MatchDecision::duplicate;
  if (duplicate && options_.on_match == OnMatch::skip) {
    into.push_back(noted(best, MatchAction::skipped));
    warn(line, label, "",
         "left out: a duplicate of record " + std::to_string(best.b) + " (--on-match skip)");
    return {best.b, true};
  }
  if (duplicate && options_.on_match == OnMatch::merge) {
    MergeOptions keep;
    keep.keep = best.b;
    const MergeRecord merge = directory_.merge(best.b, id, keep);
    --report_.created;
    ++report_.updated;
    ImportMatch match = noted(best, MatchAction::merged);
    match.merge_id = merge.id;
    into.push_back(match);
    return {best.b, false};
  }
  // The best few: a person deciding looks at those, and a list of
  // namesakes would otherwise report seven pairs a row (bench/RESULTS.md).
  constexpr std::size_t listed_per_record = 3;
  for (std::size_t i = 0; i < pairs.size() && i < listed_per_record; ++i) {
    into.push_back(noted(pairs[i], MatchAction::listed));
  }
  return {id, false};
}

// Scored with its affiliations stored, so that a shared organization counts.
bool ImportSession::match_new_person(RecordId id, const std::string& label, std::size_t line) {
  const std::vector<DuplicatePair> pairs = directory_.match_person(id);
  std::vector<ImportMatch> found;
  const bool left_out = settle(id, pairs, label, line, found).left_out;
  for (ImportMatch& match : found) note(report_, options_, std::move(match));
  return !left_out;
}

// Like match_new_person; an organization a position names (top_level_only)
// is compared with top-level organizations only, as it is looked up. Its
// matches wait in organization_matches_ until the record is stored.
ImportSession::Settled ImportSession::match_new_organization(RecordId id, const std::string& label,
                                                             std::size_t line,
                                                             bool top_level_only) {
  std::vector<DuplicatePair> pairs = directory_.match_organization(directory_.get_organization(id));
  if (top_level_only) {
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](const DuplicatePair& pair) {
                                 return directory_.get_organization(pair.b).parent_id.has_value();
                               }),
                pairs.end());
  }
  return settle(id, pairs, label, line, organization_matches_);
}

// Matched on (person, organization, title), so that a re-import finds the
// affiliation it made before.
void ImportSession::store_affiliation(RecordId person_id, const IncomingPosition& position,
                                      bool primary, bool none_stored) {
  auto [organization_id, department] = position_at(position);
  Affiliation affiliation;
  affiliation.person_id = person_id;
  affiliation.organization_id = organization_id;
  affiliation.title = position.title;
  affiliation.role = position.role;
  affiliation.department = department;
  affiliation.primary = position.primary.value_or(primary);
  affiliation.start = position.start;
  affiliation.end = position.end;
  affiliation.source = source_;
  // A position the file dates (native CSV details) is one stint: another
  // at the same place with the same title but other dates is another one.
  const bool dated = position.primary.has_value();
  std::optional<Affiliation> before;
  // A person this import just created has none yet to look through.
  const std::vector<Affiliation> stored_affiliations =
      none_stored ? std::vector<Affiliation>{}
                  : directory_.affiliations_of_person(person_id, AffiliationFilter::all_time());
  for (const Affiliation& stored : stored_affiliations) {
    if (stored.organization_id == organization_id && stored.title == affiliation.title &&
        (!dated || stored.start == affiliation.start)) {
      before = stored;
      break;
    }
  }
  if (before && !dated) {
    // Dates and the primary flag are not in the file: keep the stored ones.
    affiliation.start = before->start;
    affiliation.end = before->end;
    affiliation.primary = before->primary;
  }
  try {
    store_record(
        before, affiliation,
        [&](const Affiliation& value) { return directory_.add_affiliation(value); },
        [&](const Affiliation& value) { return directory_.update_affiliation(value); });
  } catch (const Refusal& refusal) {
    throw Refusal{"organization", refusal.message};
  }
}

// The organization a position names, and what is left of it as the
// department: "OSCE;Transnational Threats Department;Action against
// Terrorism Unit" is the unit the directory has under OSCE, if it has one
// by that name, with the rest as the department.
std::pair<RecordId, std::string> ImportSession::position_at(const IncomingPosition& position) {
  const std::vector<std::string>& path = position.organization;
  RecordId id = institution(path.front());
  std::size_t next = 1;
  for (; next < path.size(); ++next) {
    std::optional<RecordId> unit = unit_named(id, path[next]);
    if (!unit) break;
    id = *unit;
  }
  std::string department = join(path, next, "; ");
  if (!position.department.empty()) {
    std::optional<RecordId> unit =
        next == path.size() ? unit_named(id, position.department) : std::nullopt;
    if (unit) {
      id = *unit;
    } else {
      if (!department.empty()) department.append("; ");
      department.append(position.department);
    }
  }
  return {id, department};
}

// Found by folded name, acronym or alias; created when the directory has
// no organization by that name. A top-level one wins over a unit.
RecordId ImportSession::institution(const std::string& name) {
  const std::string key = text::fold(name);
  if (auto cached = institutions_.find(key); cached != institutions_.end()) {
    return cached->second;
  }
  std::vector<Organization> found = directory_.find_organizations_by_name(name);
  std::optional<RecordId> id;
  for (const Organization& organization : found) {
    if (!organization.parent_id) {
      id = organization.meta.id;
      break;
    }
  }
  if (!id && !found.empty()) id = found.front().meta.id;
  if (!id) {
    // A name the directory does not know may still be a spelling of one it
    // does ("Organisation for Security and Cooperation in Europe").
    Transaction created = directory_.transaction();
    Settled match{create_organization(name, std::nullopt), false};
    if (options_.on_match != OnMatch::off)
      match = match_new_organization(match.id, name, line_, true);
    if (match.left_out) {
      --report_.created;  // the savepoint's destructor takes it back
    } else {
      created.commit();
    }
    id = match.id;
  }
  institutions_.emplace(key, *id);
  return *id;
}

std::optional<RecordId> ImportSession::unit_named(RecordId parent, const std::string& name) {
  const std::string key = text::fold(name);
  for (const Organization& unit : directory_.units_of(parent)) {
    if (text::fold(unit.name) == key ||
        (!unit.acronym.empty() && text::fold(unit.acronym) == key)) {
      return unit.meta.id;
    }
  }
  return std::nullopt;
}

RecordId ImportSession::create_organization(const std::string& name,
                                            std::optional<RecordId> parent) {
  Organization organization;
  organization.name = name;
  organization.parent_id = parent;
  organization.sources = {{source_, "", {}}};
  try {
    Organization stored = directory_.add_organization(organization);
    ++report_.created;
    return stored.meta.id;
  } catch (const Error& error) {
    if (!refuses_record(error.code())) throw;
    throw Refusal{"organization", error.what()};
  }
}

// ---------------------------------------------------------------- organizations

bool ImportSession::load_organization(IncomingContact& contact, const RecordKey& record_key,
                                      const std::string& label, std::size_t line) {
  Organization organization = std::move(contact.organization);
  std::vector<detail::FieldWarning> warnings = std::move(contact.warnings);
  stamp_sources(organization.contacts, source_);
  normalise_leniently(organization, warnings);
  if (!detail::has_identity(organization)) {
    throw Refusal{"organization", "an organization needs a name"};
  }
  if (!contact.parents.empty()) {
    RecordId parent = institution(contact.parents.front());
    for (std::size_t i = 1; i < contact.parents.size(); ++i) {
      std::optional<RecordId> unit = unit_named(parent, contact.parents[i]);
      parent = unit ? *unit : create_organization(contact.parents[i], parent);
    }
    organization.parent_id = parent;
  }

  // Without a key of its own, an organization's row is known by its name
  // under its parents; found by its place, it is the stored one only if
  // that has the same name.
  // Built by appending: GCC 12 at -O2 warns falsely (-Wstringop-overflow)
  // on " " + fold(...) + ";".
  std::string held = "organization";
  for (const std::string& parent : contact.parents) {
    held.append(1, ' ').append(text::fold(parent)).append(1, ';');
  }
  held.append(1, ' ').append(text::fold(organization.display_name()));
  const std::string key =
      record_key.given.empty() ? content_key({held}, record_key) : record_key.given;
  std::optional<Organization> before;
  bool by_name = false;
  std::optional<RecordId> found = existing(RecordKind::organization, key, organization.meta.uid);
  if (found && record_key.given.empty() && key == record_key.position &&
      text::fold(directory_.get_organization(*found).display_name()) !=
          text::fold(organization.display_name())) {
    found.reset();
  }
  if (found) {
    before = directory_.get_organization(*found);
  } else if (auto named = same_name(organization)) {
    before = std::move(named);
    by_name = true;
  }
  if (by_name) {
    if (!organization.meta.uid.empty() && organization.meta.uid != before->meta.uid) {
      warnings.push_back({"uid", organization.meta.uid,
                          "differs from the uid of the organization it names, which is kept"});
    }
    organization = fill_in(*before, organization);
    organization.sources = with_keys(organization.sources, key, record_key);
  } else {
    organization.sources =
        with_keys(before ? before->sources : std::vector<SourceRef>{}, key, record_key);
  }
  RecordId id = store_record(
      before, organization,
      [&](const Organization& value) { return directory_.add_organization(value); },
      [&](const Organization& value) { return directory_.update_organization(value); });
  if (!before && options_.on_match != OnMatch::off) {
    const Settled match = match_new_organization(id, label, line, false);
    if (match.left_out) return false;
    id = match.id;
  }
  if (!organization.parent_id) institutions_.emplace(text::fold(organization.name), id);
  warn_fields(line, label, warnings);
  return true;
}

// The stored organization with the same folded name under the same parent.
std::optional<Organization> ImportSession::same_name(const Organization& organization) {
  for (Organization& found : directory_.find_organizations_by_name(organization.name)) {
    if (found.parent_id == organization.parent_id) return std::move(found);
  }
  return std::nullopt;
}

}  // namespace formats
}  // namespace v1
}  // namespace liaison
