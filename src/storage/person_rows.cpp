// The person row and its children.
#include "storage/record_store.hpp"

#include "storage/dedup_rows.hpp"

#include "text/fold.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

std::string date_text(const PartialDate& date) { return date.to_string(); }

PartialDate date_from(const std::string& text) {
  return PartialDate::parse(text).value_or(PartialDate{});
}

// People are listed by family name, then given name, as directories do.
std::string person_sort_key(const Person& person) {
  std::string key = person.family_names + " " + person.given_names;
  if (person.family_names.empty() && person.given_names.empty()) key = person.name();
  return text::fold(key);
}

}  // namespace

void RecordStore::write_person(const Person& p, bool is_new) {
  const std::string sort_key = person_sort_key(p);
  matching_.person_written(p.meta.id, is_new ? sort_key : std::string());
  {
    auto query = db_.statement(
        is_new ? "INSERT INTO person (prefix, given_names, family_names, suffix, display_name, "
                 "nicknames, birthday, country, languages, notes, lawful_basis, consent_date, "
                 "consent_source, retention_review, sort_key, id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
               : "UPDATE person SET prefix = ?, given_names = ?, family_names = ?, suffix = ?, "
                 "display_name = ?, nicknames = ?, birthday = ?, country = ?, languages = ?, "
                 "notes = ?, lawful_basis = ?, consent_date = ?, consent_source = ?, "
                 "retention_review = ?, sort_key = ? WHERE id = ?");
    query->bind(1, p.prefix);
    query->bind(2, p.given_names);
    query->bind(3, p.family_names);
    query->bind(4, p.suffix);
    query->bind(5, p.display_name);
    query->bind(6, nlohmann::json(p.nicknames).dump());
    query->bind(7, date_text(p.birthday));
    query->bind(8, p.country);
    query->bind(9, nlohmann::json(p.languages).dump());
    query->bind(10, p.notes);
    query->bind(11, to_string(p.data_protection.lawful_basis));
    query->bind(12, date_text(p.data_protection.consent_date));
    query->bind(13, p.data_protection.consent_source);
    query->bind(14, date_text(p.data_protection.retention_review));
    query->bind(15, sort_key);
    query->bind(16, p.meta.id);
    query->exec();
  }
  write_names(p.meta.id, p.alternative_names, is_new);
  write_contacts(p.meta.id, p.contacts, is_new);
  write_tags(p.meta.id, p.tags, is_new);
  write_identifiers(p.meta.id, p.identifiers, is_new);
  write_sources(p.meta.id, p.sources, is_new);
  write_raw_values(p.meta.id, p.raw_values, is_new);
  write_extra_fields(p.meta.id, p.extra_fields, is_new);
}

namespace {

// The person columns as read_person() and read_people_for_index() select
// them, from column `first` on.
constexpr const char* person_columns =
    "prefix, given_names, family_names, suffix, display_name, nicknames, birthday, country, "
    "languages, notes, lawful_basis, consent_date, consent_source, retention_review";

void person_from_row(Person& p, Query& query, int first) {
  auto column = [&](int i) { return query->getColumn(first + i); };
  p.prefix = column(0).getString();
  p.given_names = column(1).getString();
  p.family_names = column(2).getString();
  p.suffix = column(3).getString();
  p.display_name = column(4).getString();
  p.nicknames = nlohmann::json::parse(column(5).getString()).get<std::vector<std::string>>();
  p.birthday = date_from(column(6).getString());
  p.country = column(7).getString();
  p.languages = nlohmann::json::parse(column(8).getString()).get<std::vector<std::string>>();
  p.notes = column(9).getString();
  p.data_protection.lawful_basis =
      lawful_basis_from_string(column(10).getString()).value_or(LawfulBasis::unspecified);
  p.data_protection.consent_date = date_from(column(11).getString());
  p.data_protection.consent_source = column(12).getString();
  p.data_protection.retention_review = date_from(column(13).getString());
}

}  // namespace

std::optional<Person> RecordStore::read_person(RecordId id) {
  std::optional<Person> p = read_person_core(id);
  if (!p) return std::nullopt;
  p->meta = read_meta(id);
  p->tags = read_tags(id);
  p->sources = read_sources(id);
  p->raw_values = read_raw_values(id);
  p->extra_fields = read_extra_fields(id);
  return p;
}

std::optional<PersonForMatching> RecordStore::read_person_for_matching(RecordId id) {
  std::optional<Person> person = read_person_core(id);
  if (!person) return std::nullopt;
  return PersonForMatching{std::move(*person), organization_ids_of_person(id)};
}

std::size_t RecordStore::person_count() {
  if (const auto kept = matching_.person_count()) return *kept;
  const std::size_t count = count_persons(db_);
  matching_.keep_person_count(count);
  return count;
}

std::size_t RecordStore::family_name_count(const std::string& family, std::size_t limit) {
  if (const auto kept = matching_.family_count(family, limit)) return *kept;
  const std::size_t count = count_family_name(db_, family, limit);
  matching_.keep_family_count(family, limit, count);
  return count;
}

std::optional<Person> RecordStore::read_person_for_index(RecordId id) {
  std::optional<Person> person = read_person_core(id);
  if (person) person->tags = read_tags(id);
  return person;
}

std::optional<Person> RecordStore::read_person_core(RecordId id) {
  Person p;
  {
    static const std::string sql =
        std::string("SELECT ") + person_columns + " FROM person WHERE id = ?";
    auto query = db_.statement(sql.c_str());
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    person_from_row(p, query, 0);
  }
  p.meta.id = id;
  p.alternative_names = read_names(id);
  p.contacts = read_contacts(id);
  p.identifiers = read_identifiers(id);
  return p;
}

std::vector<Person> RecordStore::read_people_for_index(RecordId first, RecordId last) {
  std::vector<Person> people;
  std::map<RecordId, std::size_t> index;
  {
    static const std::string sql = std::string("SELECT id, ") + person_columns +
                                   " FROM person WHERE id BETWEEN ? AND ? ORDER BY id";
    auto query = db_.statement(sql.c_str());
    query->bind(1, first);
    query->bind(2, last);
    while (query->executeStep()) {
      Person& p = people.emplace_back();
      p.meta.id = query->getColumn(0).getInt64();
      person_from_row(p, query, 1);
      index[p.meta.id] = people.size() - 1;
    }
  }
  auto owner = [&](Query& query) -> Person* {
    const auto found = index.find(query->getColumn(0).getInt64());
    return found == index.end() ? nullptr : &people[found->second];
  };
  {
    auto query = db_.statement(
        "SELECT owner_id, value, language FROM name_variant WHERE owner_id BETWEEN ? AND ? "
        "ORDER BY owner_id, position");
    query->bind(1, first);
    query->bind(2, last);
    while (query->executeStep()) {
      if (Person* p = owner(query)) {
        p->alternative_names.push_back(
            {query->getColumn(1).getString(), query->getColumn(2).getString()});
      }
    }
  }
  {
    auto query = db_.statement(
        "SELECT owner_id, tag FROM tag WHERE owner_id BETWEEN ? AND ? ORDER BY owner_id, position");
    query->bind(1, first);
    query->bind(2, last);
    while (query->executeStep()) {
      if (Person* p = owner(query)) p->tags.push_back(query->getColumn(1).getString());
    }
  }
  {
    auto query = db_.statement(
        "SELECT owner_id, scheme, value FROM identifier WHERE owner_id BETWEEN ? AND ? "
        "ORDER BY owner_id, position");
    query->bind(1, first);
    query->bind(2, last);
    while (query->executeStep()) {
      if (Person* p = owner(query)) {
        p->identifiers.push_back(
            {query->getColumn(1).getString(), query->getColumn(2).getString()});
      }
    }
  }
  for (auto& [id, contacts] : read_contacts_between(first, last)) {
    if (const auto found = index.find(id); found != index.end()) {
      people[found->second].contacts = std::move(contacts);
    }
  }
  return people;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
