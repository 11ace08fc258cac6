// The vCard importer: one transaction around the whole file; each card in
// a savepoint of its own, so that with skip_bad a refused card leaves no
// trace and without it the first refusal rolls everything back.
#include "formats/vcard/importer.hpp"

#include "formats/vcard/mapping.hpp"
#include "formats/vcard/reader.hpp"
#include "text/fold.hpp"
#include "validation.hpp"

#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <functional>
#include <unordered_set>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

// Why one card cannot be stored.
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

std::vector<SourceRef> merge_sources(std::vector<SourceRef> kept, const SourceRef& added) {
  bool present = std::any_of(kept.begin(), kept.end(), [&](const SourceRef& have) {
    return have.source == added.source && have.external_key == added.external_key;
  });
  if (!present) kept.push_back(added);
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
    if (!out.empty()) out.append(separator);
    out.append(parts[i]);
  }
  return out;
}

class Importer {
 public:
  Importer(Directory& directory, std::string file, const VCardImportOptions& options)
      : directory_(directory), file_(std::move(file)), options_(options) {
    source_ = options.source.empty() ? default_source(file_) : options.source;
  }

  ImportReport run(std::istream& input, std::uint64_t total_bytes) {
    ReaderOptions reader_options;
    reader_options.charset = options_.charset;
    reader_options.latin_fallback = options_.latin_fallback;
    reader_options.cyrillic_fallback = options_.cyrillic_fallback;
    reader_options.limits.max_line_bytes = options_.limits.max_line_bytes;
    reader_options.limits.max_base64_bytes = options_.limits.max_base64_bytes;
    reader_options.limits.max_card_bytes = options_.limits.max_card_bytes;
    reader_options.limits.max_file_bytes = options_.limits.max_file_bytes;

    Transaction transaction = directory_.transaction();
    try {
      Reader reader(input, reader_options);
      while (std::optional<ReadItem> item = reader.next()) {
        handle(*item);
        if (options_.progress && report_.read % 256 == 0) progress(input, total_bytes);
      }
    } catch (const ReadError& error) {
      fail(error.remark.line, error.remark.message);
    }
    if (report_.read == 0 && report_.skipped == 0) {
      warn(0, "", "", "the file holds no vCard: nothing imported");
    }
    if (options_.progress) progress(input, total_bytes);
    if (!options_.dry_run) transaction.commit();
    return std::move(report_);
  }

 private:
  static std::string default_source(const std::string& file) {
    std::string::size_type slash = file.find_last_of('/');
    std::string base = slash == std::string::npos ? file : file.substr(slash + 1);
    return base.empty() ? std::string("vcard") : base;
  }

  void progress(std::istream& input, std::uint64_t total_bytes) {
    std::streamoff at = input.good() ? static_cast<std::streamoff>(input.tellg()) : -1;
    std::uint64_t bytes = at < 0 ? total_bytes : static_cast<std::uint64_t>(at);
    options_.progress(report_.read, bytes, total_bytes);
  }

  // ------------------------------------------------------------ diagnostics

  [[noreturn]] void fail(std::size_t line, const std::string& message) const {
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::error;
    diagnostic.file = file_;
    diagnostic.line = line;
    diagnostic.message = message;
    throw Error(errc::parse_error, diagnostic.to_string());
  }

  void warn(std::size_t line, const std::string& record, const std::string& field,
            const std::string& message) {
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::warning;
    diagnostic.file = file_;
    diagnostic.line = line;
    diagnostic.record = record;
    diagnostic.field = field;
    diagnostic.message = message;
    report_.diagnostics.push_back(std::move(diagnostic));
  }

  // Without skip_bad the first refusal ends the import; the transaction's
  // destructor then rolls everything back.
  void reject(std::size_t line, const std::string& record, const Refusal& refusal) {
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::error;
    diagnostic.file = file_;
    diagnostic.line = line;
    diagnostic.record = record;
    diagnostic.field = refusal.field;
    diagnostic.message = refusal.message;
    if (!options_.skip_bad) throw Error(errc::parse_error, diagnostic.to_string());
    report_.diagnostics.push_back(std::move(diagnostic));
    ++report_.skipped;
  }

  void warn_fields(std::size_t line, const std::string& record,
                   const std::vector<detail::FieldWarning>& warnings) {
    for (const detail::FieldWarning& warning : warnings) {
      warn(line, record, warning.field, warning.reason + " (value '" + warning.value + "')");
    }
  }

  // ------------------------------------------------------------ cards

  void handle(const ReadItem& item) {
    for (const Remark& remark : item.warnings) warn(remark.line, "", "", remark.message);
    if (item.error) {
      reject(item.error->line, "", {"", item.error->message});
      return;
    }
    ++report_.read;
    ++position_;
    const Card& card = item.card;
    Contact contact = contact_from_card(card);
    const std::string label = "card " + std::to_string(position_) + describe(contact);
    if (!card.fallback_charset.empty()) {
      warn(card.first_line, label, "",
           "8-bit text without a CHARSET was read as " + card.fallback_charset);
    }
    try {
      Transaction savepoint = directory_.transaction();
      const std::string key = key_for(contact, card, label);
      if (contact.is_organization) {
        load_organization(contact, key, label, card.first_line);
      } else {
        load_person(contact, key, label, card.first_line);
      }
      savepoint.commit();
    } catch (const Refusal& refusal) {
      // The card's savepoint took back any organization it created.
      institutions_.clear();
      reject(card.first_line, label, refusal);
    }
  }

  static std::string describe(const Contact& contact) {
    std::string name =
        contact.is_organization ? contact.organization.display_name() : contact.person.name();
    return name.empty() ? std::string() : " (" + name + ")";
  }

  // The card's key in this file: its UID, or its position when it has none
  // (or repeats a UID an earlier card of the file had).
  std::string key_for(const Contact& contact, const Card& card, const std::string& label) {
    if (!contact.uid.empty()) {
      // A 64-bit hash stands for the UID: a million cards hold 8 MiB of
      // them, not the UIDs themselves; two UIDs sharing a hash (about one
      // chance in 10^7 in a file of a million cards) would only make the
      // second card keyed by its position.
      if (uids_.insert(std::hash<std::string>{}(contact.uid)).second) return contact.uid;
      warn(card.first_line, label, "UID",
           "repeats the UID of an earlier card in the file; kept apart by its position");
    }
    return "card " + std::to_string(position_);
  }

  // The record an earlier import of this file made under `key`, else the
  // one whose uid the card gives.
  std::optional<RecordId> existing(RecordKind kind, const std::string& key,
                                   const std::string& uid) {
    std::optional<RecordId> id = directory_.find_by_source(source_, key);
    if (!id && !uid.empty()) id = directory_.id_of_uid(uid);
    if (id) {
      std::optional<RecordKind> stored = directory_.kind_of(*id);
      if (stored != kind) {
        throw Refusal{"UID", std::string("the directory already has a record of kind '") +
                                 (stored ? to_string(*stored) : "?") + "' for this card, not " +
                                 to_string(kind)};
      }
    }
    return id;
  }

  // Adds `candidate`, or replaces `before` with it. An update that changes
  // nothing is not written (its savepoint is rolled back), so importing an
  // unchanged file again leaves no trace, not even in the journal.
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
  void normalise_leniently(Record& record, std::vector<detail::FieldWarning>& warnings) {
    try {
      detail::normalise(record, detail::Mode::lenient, &warnings);
    } catch (const Error& error) {
      if (error.code() != errc::invalid_argument) throw;
      throw Refusal{"", error.what()};
    }
  }

  // ------------------------------------------------------------ people

  void load_person(Contact& contact, const std::string& key, const std::string& label,
                   std::size_t line) {
    Person person = std::move(contact.person);
    std::vector<detail::FieldWarning> warnings = std::move(contact.warnings);
    stamp_sources(person.contacts, source_);
    normalise_leniently(person, warnings);
    if (!detail::has_identity(person)) {
      throw Refusal{"", "the card has no name, e-mail address, phone number or organization"};
    }
    std::optional<Person> before;
    if (auto id = existing(RecordKind::person, key, person.meta.uid)) {
      before = directory_.get_person(*id);
    }
    person.sources =
        merge_sources(before ? before->sources : std::vector<SourceRef>{}, {source_, key, {}});
    RecordId id = store(
        before, person, [&](const Person& value) { return directory_.add_person(value); },
        [&](const Person& value) { return directory_.update_person(value); });
    warn_fields(line, label, warnings);
    for (std::size_t i = 0; i < contact.affiliations.size(); ++i) {
      store_affiliation(id, contact.affiliations[i], i == 0);
    }
  }

  // Matched on (person, organization, title), so that a re-import finds the
  // affiliation it made before.
  void store_affiliation(RecordId person_id, const CardAffiliation& position, bool primary) {
    auto [organization_id, department] = position_at(position.organization);
    Affiliation affiliation;
    affiliation.person_id = person_id;
    affiliation.organization_id = organization_id;
    affiliation.title = position.title;
    affiliation.role = position.role;
    affiliation.department = department;
    affiliation.primary = primary;
    affiliation.source = source_;
    std::optional<Affiliation> before;
    for (const Affiliation& stored :
         directory_.affiliations_of_person(person_id, AffiliationFilter::all_time())) {
      if (stored.organization_id == organization_id && stored.title == affiliation.title) {
        before = stored;
        break;
      }
    }
    if (before) {
      // Dates and the primary flag are not in the card: keep the stored ones.
      affiliation.start = before->start;
      affiliation.end = before->end;
      affiliation.primary = before->primary;
    }
    try {
      store(
          before, affiliation,
          [&](const Affiliation& value) { return directory_.add_affiliation(value); },
          [&](const Affiliation& value) { return directory_.update_affiliation(value); });
    } catch (const Refusal& refusal) {
      throw Refusal{"ORG", refusal.message};
    }
  }

  // The organization an ORG value names, and what is left of it as the
  // department: "OSCE;Transnational Threats Department;Action against
  // Terrorism Unit" is the unit the directory has under OSCE, if it has
  // one by that name, with the rest as the department.
  std::pair<RecordId, std::string> position_at(const std::vector<std::string>& path) {
    RecordId id = institution(path.front());
    std::size_t next = 1;
    for (; next < path.size(); ++next) {
      std::optional<RecordId> unit = unit_named(id, path[next]);
      if (!unit) break;
      id = *unit;
    }
    return {id, join(path, next, "; ")};
  }

  // Found by folded name, acronym or alias; created when the directory has
  // no organization by that name. A top-level one wins over a unit.
  RecordId institution(const std::string& name) {
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
    if (!id) id = create_organization(name, std::nullopt);
    institutions_.emplace(key, *id);
    return *id;
  }

  std::optional<RecordId> unit_named(RecordId parent, const std::string& name) {
    const std::string key = text::fold(name);
    for (const Organization& unit : directory_.units_of(parent)) {
      if (text::fold(unit.name) == key ||
          (!unit.acronym.empty() && text::fold(unit.acronym) == key)) {
        return unit.meta.id;
      }
    }
    return std::nullopt;
  }

  RecordId create_organization(const std::string& name, std::optional<RecordId> parent) {
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
      throw Refusal{"ORG", error.what()};
    }
  }

  // ------------------------------------------------------------ organizations

  void load_organization(Contact& contact, const std::string& key, const std::string& label,
                         std::size_t line) {
    Organization organization = std::move(contact.organization);
    std::vector<detail::FieldWarning> warnings = std::move(contact.warnings);
    stamp_sources(organization.contacts, source_);
    normalise_leniently(organization, warnings);
    if (!detail::has_identity(organization)) {
      throw Refusal{"ORG", "an organization card needs a name (FN or ORG)"};
    }
    if (!contact.parents.empty()) {
      RecordId parent = institution(contact.parents.front());
      for (std::size_t i = 1; i < contact.parents.size(); ++i) {
        std::optional<RecordId> unit = unit_named(parent, contact.parents[i]);
        parent = unit ? *unit : create_organization(contact.parents[i], parent);
      }
      organization.parent_id = parent;
    }

    std::optional<Organization> before;
    bool by_name = false;
    if (auto id = existing(RecordKind::organization, key, organization.meta.uid)) {
      before = directory_.get_organization(*id);
    } else if (auto named = same_name(organization)) {
      before = std::move(named);
      by_name = true;
    }
    SourceRef here{source_, key, {}};
    if (by_name) {
      if (!organization.meta.uid.empty() && organization.meta.uid != before->meta.uid) {
        warnings.push_back({"UID", organization.meta.uid,
                            "the card's UID differs from the uid of the organization it names, "
                            "which is kept"});
      }
      organization = fill_in(*before, organization);
      organization.sources = merge_sources(organization.sources, here);
    } else {
      organization.sources =
          merge_sources(before ? before->sources : std::vector<SourceRef>{}, here);
    }
    RecordId id = store(
        before, organization,
        [&](const Organization& value) { return directory_.add_organization(value); },
        [&](const Organization& value) { return directory_.update_organization(value); });
    if (!organization.parent_id) institutions_.emplace(text::fold(organization.name), id);
    warn_fields(line, label, warnings);
  }

  // The stored organization with the same folded name under the same parent.
  std::optional<Organization> same_name(const Organization& organization) {
    for (Organization& found : directory_.find_organizations_by_name(organization.name)) {
      if (found.parent_id == organization.parent_id) return std::move(found);
    }
    return std::nullopt;
  }

  Directory& directory_;
  std::string file_;
  std::string source_;
  const VCardImportOptions& options_;
  ImportReport report_;
  std::size_t position_ = 0;
  std::unordered_set<std::size_t> uids_;
  std::map<std::string, RecordId> institutions_;  // folded name -> id
};

}  // namespace

ImportReport import_cards(Directory& directory, std::istream& input, const std::string& file,
                          std::uint64_t total_bytes, const VCardImportOptions& options) {
  Importer importer(directory, file, options);
  return importer.run(input, total_bytes);
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
