// The person row and its children.
#include "storage/record_store.hpp"

#include "text/fold.hpp"

#include <nlohmann/json.hpp>

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
    query->bind(15, person_sort_key(p));
    query->bind(16, p.meta.id);
    query->exec();
  }
  write_names(p.meta.id, p.alternative_names);
  write_contacts(p.meta.id, p.contacts);
  write_tags(p.meta.id, p.tags);
  write_identifiers(p.meta.id, p.identifiers);
  write_sources(p.meta.id, p.sources);
  write_raw_values(p.meta.id, p.raw_values);
}

std::optional<Person> RecordStore::read_person(RecordId id) {
  Person p;
  {
    auto query = db_.statement(
        "SELECT prefix, given_names, family_names, suffix, display_name, nicknames, birthday, "
        "country, languages, notes, lawful_basis, consent_date, consent_source, retention_review "
        "FROM person WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    p.prefix = query->getColumn(0).getString();
    p.given_names = query->getColumn(1).getString();
    p.family_names = query->getColumn(2).getString();
    p.suffix = query->getColumn(3).getString();
    p.display_name = query->getColumn(4).getString();
    p.nicknames = nlohmann::json::parse(query->getColumn(5).getString()).get<std::vector<std::string>>();
    p.birthday = date_from(query->getColumn(6).getString());
    p.country = query->getColumn(7).getString();
    p.languages = nlohmann::json::parse(query->getColumn(8).getString()).get<std::vector<std::string>>();
    p.notes = query->getColumn(9).getString();
    p.data_protection.lawful_basis =
        lawful_basis_from_string(query->getColumn(10).getString()).value_or(LawfulBasis::unspecified);
    p.data_protection.consent_date = date_from(query->getColumn(11).getString());
    p.data_protection.consent_source = query->getColumn(12).getString();
    p.data_protection.retention_review = date_from(query->getColumn(13).getString());
  }
  p.meta = read_meta(id);
  p.alternative_names = read_names(id);
  p.contacts = read_contacts(id);
  p.tags = read_tags(id);
  p.identifiers = read_identifiers(id);
  p.sources = read_sources(id);
  p.raw_values = read_raw_values(id);
  return p;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
