// liaison: records as JSON objects, the shape the CLI's --json prints and
// the C ABI exchanges (docs/json.md).
#ifndef LIAISON_JSON_HPP
#define LIAISON_JSON_HPP

#include <liaison/affiliation.hpp>
#include <liaison/dedup.hpp>
#include <liaison/event.hpp>
#include <liaison/import_report.hpp>
#include <liaison/journal.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>
#include <liaison/record.hpp>
#include <liaison/search.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

/// One JSON object, UTF-8 as is (not \u-escaped), with "kind", "id", "uid"
/// and "name" first, then every field that is not empty. indent < 0 gives
/// one line.
std::string to_json(const Organization& organization, int indent = -1);
std::string to_json(const Person& person, int indent = -1);
std::string to_json(const Affiliation& affiliation, int indent = -1);
std::string to_json(const Event& event, int indent = -1);
std::string to_json(const Participation& participation, int indent = -1);
std::string to_json(const Change& change, int indent = -1);

/// The reverse of to_json. Unknown members are refused with
/// errc::invalid_argument naming them; malformed JSON is errc::parse_error.
/// Values are not validated here; the directory does that when storing.
Organization organization_from_json(std::string_view json);
Person person_from_json(std::string_view json);
Affiliation affiliation_from_json(std::string_view json);
Event event_from_json(std::string_view json);
Participation participation_from_json(std::string_view json);

class Directory;

// What the CLI's --json prints and the C ABI returns beyond single records.
// Each shape has this one implementation, so that the two never drift apart.

/// Any stored record by id, as the to_json object of its kind. Throws
/// errc::not_found for an unknown id.
std::string record_to_json(const Directory& directory, RecordId id, int indent = -1);

/// An affiliation's object with the names of both ends added: "person_name"
/// and "organization_name" ("Name (ACRONYM)"), so that a script needs no
/// second lookup. Throws errc::not_found when an end is missing.
std::string affiliation_with_names_json(const Directory& directory, const Affiliation& affiliation,
                                        int indent = -1);

/// What an import did: {"read", "created", "updated", "skipped",
/// "diagnostics": [{"severity", "file", "line", "record", "field",
/// "message"}], "matches": [{"line", "record", "incoming", "existing",
/// "score", "decision", "action", "merge"?}]}.
std::string to_json(const ImportReport& report, int indent = -1);

/// Search hits, best first, as an array of {"kind", "id", "uid", "name",
/// "organization", "title", "emails", "phones", "score", "matched"}; phones
/// are E.164 where the directory could read them, as typed otherwise. Reads
/// each hit's record from `directory` for its contact points.
std::string search_hits_json(const Directory& directory, const std::vector<SearchHit>& hits,
                             int indent = -1);

/// Duplicate pairs as an array of {"a", "b", "score", "decision",
/// "reasons": [{"field", "outcome", "detail", "weight"}]}, where "a" and
/// "b" are {"kind", "id", "uid", "name", "sources": [{"source", "key"}]}
/// read from `directory` (each record once, however many pairs it is in).
std::string duplicate_pairs_json(const Directory& directory,
                                 const std::vector<DuplicatePair>& pairs, int indent = -1);
/// One pair, as one element of duplicate_pairs_json's array.
std::string duplicate_pair_json(const Directory& directory, const DuplicatePair& pair,
                                int indent = -1);

/// A merge: {"id", "kind", "survivor", "absorbed", "absorbed_uid", "time",
/// "actor", "undone_at"?}; "undone_at" only once the merge is undone.
std::string to_json(const MergeRecord& merge, int indent = -1);

}  // namespace v1
}  // namespace liaison

#endif
