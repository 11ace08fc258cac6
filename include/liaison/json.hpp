// liaison: records as JSON objects, the shape the CLI's --json prints and
// the C ABI exchanges (docs/json.md).
#ifndef LIAISON_JSON_HPP
#define LIAISON_JSON_HPP

#include <liaison/affiliation.hpp>
#include <liaison/event.hpp>
#include <liaison/journal.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <string>
#include <string_view>

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

}  // namespace v1
}  // namespace liaison

#endif
