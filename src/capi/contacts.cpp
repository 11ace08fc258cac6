// Contact points added to or removed from a stored person or organization.
//
// The C++ API updates whole records, so these read the record's JSON, edit
// one array and store the result: the contact point is then read and
// validated exactly as the record's own values are, unknown members included.
#include "guard.hpp"

#include <liaison/json.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::maybe_fill;
using liaison::capi::require;

namespace {

using Json = nlohmann::ordered_json;

// The record members that hold contact points.
void require_contact_kind(std::string_view kind, const char* function) {
  if (kind != "emails" && kind != "phones" && kind != "urls" && kind != "social_profiles" &&
      kind != "addresses") {
    throw liaison::Error(liaison::errc::invalid_argument,
                         std::string(function) + ": kind '" + std::string(kind) +
                             "' is not emails, phones, urls, social_profiles or addresses");
  }
}

// Reads the record as JSON, lets `edit` change it, stores it and returns the
// stored record's JSON.
template <class Edit>
std::string edit_record(liaison::Directory& directory, int64_t id, Edit edit) {
  const auto kind = directory.kind_of(id);
  if (kind == liaison::RecordKind::person) {
    Json record = Json::parse(liaison::to_json(directory.get_person(id)));
    edit(record);
    return liaison::to_json(directory.update_person(liaison::person_from_json(record.dump())));
  }
  if (kind == liaison::RecordKind::organization) {
    Json record = Json::parse(liaison::to_json(directory.get_organization(id)));
    edit(record);
    return liaison::to_json(
        directory.update_organization(liaison::organization_from_json(record.dump())));
  }
  if (kind) {
    throw liaison::Error(liaison::errc::invalid_argument, "record " + std::to_string(id) +
                                                              " is a " + liaison::to_string(*kind) +
                                                              ", which has no contact points");
  }
  throw liaison::Error(liaison::errc::not_found,
                       "no person or organization with id " + std::to_string(id));
}

}  // namespace

extern "C" {

LIAISON_EXTERN int liaison_contact_add(liaison_buf* out, liaison_directory* dir, int64_t record_id,
                                       const char* kind, const char* json) {
  static const char* const function = "liaison_contact_add";
  return guard(function, out, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    require(kind, function, "kind");
    require(json, function, "json");
    require_contact_kind(kind, function);
    Json contact = Json::parse(json);
    if (!contact.is_object()) {
      throw liaison::Error(liaison::errc::invalid_argument,
                           std::string(function) + ": json is not an object");
    }
    maybe_fill(out, edit_record(directory, record_id, [&](Json& record) {
                 Json& list = record[kind];
                 if (list.is_null()) list = Json::array();
                 list.push_back(std::move(contact));
               }));
  });
}

LIAISON_EXTERN int liaison_contact_remove(liaison_buf* out, liaison_directory* dir,
                                          int64_t record_id, const char* kind, size_t index) {
  static const char* const function = "liaison_contact_remove";
  return guard(function, out, [&] {
    liaison::Directory& directory = directory_of(dir, function);
    require(kind, function, "kind");
    require_contact_kind(kind, function);
    maybe_fill(out, edit_record(directory, record_id, [&](Json& record) {
                 const auto list = record.find(kind);
                 if (list == record.end() || index >= list->size()) {
                   throw liaison::Error(liaison::errc::not_found,
                                        "record " + std::to_string(record_id) + " has no " + kind +
                                            "[" + std::to_string(index) + "]");
                 }
                 list->erase(index);
                 if (list->empty()) record.erase(list);
               }));
  });
}

}  // extern "C"
