// Organizations, people, affiliations, events and participations, as JSON.
#include "guard.hpp"

#include <liaison/json.hpp>

#include <string>
#include <vector>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::json_array;
using liaison::capi::maybe_fill;
using liaison::capi::require;

namespace {

template <class Record>
std::string array_of(const std::vector<Record>& records) {
  std::vector<std::string> items;
  items.reserve(records.size());
  for (const Record& record : records) items.push_back(liaison::to_json(record));
  return json_array(items);
}

liaison::Page page_of(size_t limit, size_t offset) {
  liaison::Page page;
  page.limit = limit;
  page.offset = offset;
  return page;
}

// The shared body of every _add and _update: parse, store, hand back.
template <class Parse, class Store>
int write_record(const char* function, liaison_buf* out, liaison_directory* dir, const char* json,
                 Parse parse, Store store) {
  return guard(function, out, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    require(json, function, "json");
    maybe_fill(out, liaison::to_json(store(directory, parse(json))));
  });
}

}  // namespace

extern "C" {

// ---- Organizations

LIAISON_EXTERN int liaison_organization_add(liaison_buf* out, liaison_directory* dir,
                                            const char* json) {
  return write_record(
      "liaison_organization_add", out, dir, json, liaison::organization_from_json,
      [](liaison::Directory& d, const liaison::Organization& r) { return d.add_organization(r); });
}

LIAISON_EXTERN int liaison_organization_get(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_organization_get", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_organization_get");
    require(out, "liaison_organization_get", "out");
    liaison::capi::fill_buffer(out, liaison::to_json(directory.get_organization(id)));
  });
}

LIAISON_EXTERN int liaison_organization_update(liaison_buf* out, liaison_directory* dir,
                                               const char* json) {
  return write_record("liaison_organization_update", out, dir, json,
                      liaison::organization_from_json,
                      [](liaison::Directory& d, const liaison::Organization& r) {
                        return d.update_organization(r);
                      });
}

LIAISON_EXTERN int liaison_organization_list(liaison_buf* out, liaison_directory* dir, size_t limit,
                                             size_t offset) {
  return guard("liaison_organization_list", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_organization_list");
    require(out, "liaison_organization_list", "out");
    liaison::capi::fill_buffer(out, array_of(directory.list_organizations(page_of(limit, offset))));
  });
}

LIAISON_EXTERN int liaison_organization_find(liaison_buf* out, liaison_directory* dir,
                                             const char* name) {
  return guard("liaison_organization_find", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_organization_find");
    require(out, "liaison_organization_find", "out");
    require(name, "liaison_organization_find", "name");
    liaison::capi::fill_buffer(out, array_of(directory.find_organizations_by_name(name)));
  });
}

LIAISON_EXTERN int liaison_organization_units(liaison_buf* out, liaison_directory* dir,
                                              int64_t id) {
  return guard("liaison_organization_units", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_organization_units");
    require(out, "liaison_organization_units", "out");
    directory.get_organization(id);  // an unknown id is not_found, not an empty list
    liaison::capi::fill_buffer(out, array_of(directory.units_of(id)));
  });
}

// ---- People

LIAISON_EXTERN int liaison_person_add(liaison_buf* out, liaison_directory* dir, const char* json) {
  return write_record(
      "liaison_person_add", out, dir, json, liaison::person_from_json,
      [](liaison::Directory& d, const liaison::Person& r) { return d.add_person(r); });
}

LIAISON_EXTERN int liaison_person_get(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_person_get", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_person_get");
    require(out, "liaison_person_get", "out");
    liaison::capi::fill_buffer(out, liaison::to_json(directory.get_person(id)));
  });
}

LIAISON_EXTERN int liaison_person_update(liaison_buf* out, liaison_directory* dir,
                                         const char* json) {
  return write_record(
      "liaison_person_update", out, dir, json, liaison::person_from_json,
      [](liaison::Directory& d, const liaison::Person& r) { return d.update_person(r); });
}

LIAISON_EXTERN int liaison_person_list(liaison_buf* out, liaison_directory* dir, size_t limit,
                                       size_t offset) {
  return guard("liaison_person_list", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_person_list");
    require(out, "liaison_person_list", "out");
    liaison::capi::fill_buffer(out, array_of(directory.list_people(page_of(limit, offset))));
  });
}

// ---- Affiliations

LIAISON_EXTERN int liaison_affiliation_add(liaison_buf* out, liaison_directory* dir,
                                           const char* json) {
  return write_record(
      "liaison_affiliation_add", out, dir, json, liaison::affiliation_from_json,
      [](liaison::Directory& d, const liaison::Affiliation& r) { return d.add_affiliation(r); });
}

LIAISON_EXTERN int liaison_affiliation_get(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_affiliation_get", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_affiliation_get");
    require(out, "liaison_affiliation_get", "out");
    liaison::capi::fill_buffer(out, liaison::to_json(directory.get_affiliation(id)));
  });
}

LIAISON_EXTERN int liaison_affiliation_update(liaison_buf* out, liaison_directory* dir,
                                              const char* json) {
  return write_record(
      "liaison_affiliation_update", out, dir, json, liaison::affiliation_from_json,
      [](liaison::Directory& d, const liaison::Affiliation& r) { return d.update_affiliation(r); });
}

LIAISON_EXTERN int liaison_affiliation_list(liaison_buf* out, liaison_directory* dir,
                                            int64_t record_id, int all_time) {
  return guard("liaison_affiliation_list", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_affiliation_list");
    require(out, "liaison_affiliation_list", "out");
    const liaison::AffiliationFilter filter = all_time != 0 ? liaison::AffiliationFilter::all_time()
                                                            : liaison::AffiliationFilter::current();
    const auto kind = directory.kind_of(record_id);
    std::vector<liaison::Affiliation> affiliations;
    if (kind == liaison::RecordKind::person) {
      affiliations = directory.affiliations_of_person(record_id, filter);
    } else if (kind == liaison::RecordKind::organization) {
      affiliations = directory.affiliations_at_organization(record_id, filter);
    } else if (kind) {
      throw liaison::Error(liaison::errc::invalid_argument,
                           "liaison_affiliation_list: record " + std::to_string(record_id) +
                               " is a " + liaison::to_string(*kind) +
                               ", not a person or an organization");
    } else {
      throw liaison::Error(liaison::errc::not_found,
                           "no person or organization with id " + std::to_string(record_id));
    }
    std::vector<std::string> items;
    items.reserve(affiliations.size());
    for (const liaison::Affiliation& affiliation : affiliations) {
      items.push_back(liaison::affiliation_with_names_json(directory, affiliation));
    }
    liaison::capi::fill_buffer(out, json_array(items));
  });
}

// ---- Events and participations

LIAISON_EXTERN int liaison_event_add(liaison_buf* out, liaison_directory* dir, const char* json) {
  return write_record(
      "liaison_event_add", out, dir, json, liaison::event_from_json,
      [](liaison::Directory& d, const liaison::Event& r) { return d.add_event(r); });
}

LIAISON_EXTERN int liaison_event_get(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_event_get", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_event_get");
    require(out, "liaison_event_get", "out");
    liaison::capi::fill_buffer(out, liaison::to_json(directory.get_event(id)));
  });
}

LIAISON_EXTERN int liaison_event_update(liaison_buf* out, liaison_directory* dir,
                                        const char* json) {
  return write_record(
      "liaison_event_update", out, dir, json, liaison::event_from_json,
      [](liaison::Directory& d, const liaison::Event& r) { return d.update_event(r); });
}

LIAISON_EXTERN int liaison_event_list(liaison_buf* out, liaison_directory* dir, size_t limit,
                                      size_t offset) {
  return guard("liaison_event_list", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_event_list");
    require(out, "liaison_event_list", "out");
    liaison::capi::fill_buffer(out, array_of(directory.list_events(page_of(limit, offset))));
  });
}

LIAISON_EXTERN int liaison_participation_add(liaison_buf* out, liaison_directory* dir,
                                             const char* json) {
  return write_record("liaison_participation_add", out, dir, json, liaison::participation_from_json,
                      [](liaison::Directory& d, const liaison::Participation& r) {
                        return d.add_participation(r);
                      });
}

LIAISON_EXTERN int liaison_participation_list(liaison_buf* out, liaison_directory* dir,
                                              int64_t record_id) {
  return guard("liaison_participation_list", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_participation_list");
    require(out, "liaison_participation_list", "out");
    const auto kind = directory.kind_of(record_id);
    if (!kind) {
      throw liaison::Error(liaison::errc::not_found,
                           "no record with id " + std::to_string(record_id));
    }
    liaison::capi::fill_buffer(out, array_of(kind == liaison::RecordKind::event
                                                 ? directory.participations_in_event(record_id)
                                                 : directory.participations_of(record_id)));
  });
}

}  // extern "C"
