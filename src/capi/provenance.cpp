// Records of any kind: lookup by id, uid and source, removal, and history.
#include "guard.hpp"

#include <liaison/json.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using liaison::capi::directory_of;
using liaison::capi::guard;
using liaison::capi::require;

extern "C" {

LIAISON_EXTERN int liaison_record_get(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_record_get", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_record_get");
    require(out, "liaison_record_get", "out");
    liaison::capi::fill_buffer(out, liaison::record_to_json(directory, id));
  });
}

LIAISON_EXTERN int liaison_record_remove(liaison_directory* dir, int64_t id) {
  return guard("liaison_record_remove", nullptr,
               [&] { directory_of(dir, "liaison_record_remove").remove(id); });
}

LIAISON_EXTERN int liaison_record_find_uid(int64_t* out, liaison_directory* dir, const char* uid) {
  return guard("liaison_record_find_uid", nullptr, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_record_find_uid");
    require(out, "liaison_record_find_uid", "out");
    require(uid, "liaison_record_find_uid", "uid");
    const auto id = directory.current_id_of_uid(uid);
    if (!id) {
      throw liaison::Error(liaison::errc::not_found, std::string("no record with uid ") + uid);
    }
    *out = *id;
  });
}

LIAISON_EXTERN int liaison_record_find_source(int64_t* out, liaison_directory* dir,
                                              const char* source, const char* key) {
  return guard("liaison_record_find_source", nullptr, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_record_find_source");
    require(out, "liaison_record_find_source", "out");
    require(source, "liaison_record_find_source", "source");
    require(key, "liaison_record_find_source", "key");
    const auto id = directory.find_by_source(source, key);
    if (!id) {
      throw liaison::Error(liaison::errc::not_found,
                           std::string("no record from ") + source + " with key '" + key + "'");
    }
    *out = *id;
  });
}

LIAISON_EXTERN int liaison_record_sources(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_record_sources", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_record_sources");
    require(out, "liaison_record_sources", "out");
    const auto kind = directory.kind_of(id);
    if (!kind)
      throw liaison::Error(liaison::errc::not_found, "no record with id " + std::to_string(id));
    // Only persons, organizations and events come from files; links have no sources.
    std::vector<liaison::SourceRef> sources;
    if (kind == liaison::RecordKind::person) sources = directory.get_person(id).sources;
    if (kind == liaison::RecordKind::organization) sources = directory.get_organization(id).sources;
    if (kind == liaison::RecordKind::event) sources = directory.get_event(id).sources;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const liaison::SourceRef& source : sources) {
      list.push_back({{"source", source.source}, {"key", source.external_key}});
    }
    liaison::capi::fill_buffer(
        out, list.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  });
}

LIAISON_EXTERN int liaison_record_history(liaison_buf* out, liaison_directory* dir, int64_t id) {
  return guard("liaison_record_history", out, [&] {
    const liaison::Directory& directory = directory_of(dir, "liaison_record_history");
    require(out, "liaison_record_history", "out");
    std::vector<std::string> items;
    for (const liaison::Change& change : directory.history(id)) {
      items.push_back(liaison::to_json(change));
    }
    liaison::capi::fill_buffer(out, liaison::capi::json_array(items));
  });
}

}  // extern "C"
