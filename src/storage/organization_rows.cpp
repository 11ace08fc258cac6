// The organization row, its folded name keys and its children.
#include "storage/record_store.hpp"

#include "text/fold.hpp"

#include <set>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

// Every folded form the organization may be looked up by.
std::set<std::string> name_keys(const Organization& o) {
  std::set<std::string> keys;
  for (const std::string* text : {&o.name, &o.acronym}) {
    if (!text->empty()) keys.insert(text::fold(*text));
  }
  for (const auto& alias : o.aliases) keys.insert(text::fold(alias.value));
  keys.erase(std::string());
  return keys;
}

}  // namespace

void RecordStore::write_organization(const Organization& o, bool is_new) {
  {
    auto query = db_.statement(
        is_new ? "INSERT INTO organization (name, acronym, kind, country, parent_id, website, "
                 "notes, sort_key, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
               : "UPDATE organization SET name = ?, acronym = ?, kind = ?, country = ?, "
                 "parent_id = ?, website = ?, notes = ?, sort_key = ? WHERE id = ?");
    query->bind(1, o.name);
    query->bind(2, o.acronym);
    query->bind(3, to_string(o.kind));
    query->bind(4, o.country);
    if (o.parent_id) {
      query->bind(5, *o.parent_id);
    } else {
      query->bind(5);  // NULL
    }
    query->bind(6, o.website);
    query->bind(7, o.notes);
    query->bind(8, text::fold(o.display_name()));
    query->bind(9, o.meta.id);
    query->exec();
  }
  {
    auto clear = db_.statement("DELETE FROM organization_name_key WHERE organization_id = ?");
    clear->bind(1, o.meta.id);
    clear->exec();
  }
  for (const auto& key : name_keys(o)) {
    auto insert =
        db_.statement("INSERT INTO organization_name_key (organization_id, key) VALUES (?, ?)");
    insert->bind(1, o.meta.id);
    insert->bind(2, key);
    insert->exec();
  }
  write_names(o.meta.id, o.aliases, is_new);
  write_contacts(o.meta.id, o.contacts, is_new);
  write_tags(o.meta.id, o.tags, is_new);
  write_sources(o.meta.id, o.sources, is_new);
  write_raw_values(o.meta.id, o.raw_values, is_new);
  write_extra_fields(o.meta.id, o.extra_fields, is_new);
}

std::optional<Organization> RecordStore::read_organization(RecordId id) {
  Organization o;
  {
    auto query = db_.statement(
        "SELECT name, acronym, kind, country, parent_id, website, notes FROM organization "
        "WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    o.name = query->getColumn(0).getString();
    o.acronym = query->getColumn(1).getString();
    o.kind = organization_kind_from_string(query->getColumn(2).getString())
                 .value_or(OrganizationKind::unspecified);
    o.country = query->getColumn(3).getString();
    if (!query->isColumnNull(4)) o.parent_id = query->getColumn(4).getInt64();
    o.website = query->getColumn(5).getString();
    o.notes = query->getColumn(6).getString();
  }
  o.meta = read_meta(id);
  o.aliases = read_names(id);
  o.contacts = read_contacts(id);
  o.tags = read_tags(id);
  o.sources = read_sources(id);
  o.raw_values = read_raw_values(id);
  o.extra_fields = read_extra_fields(id);
  return o;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
