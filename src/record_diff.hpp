// Which fields differ between two versions of a record, by the names the
// journal and JSON use. Meta (id, uid, revision, timestamps) never counts.
#ifndef LIAISON_SRC_RECORD_DIFF_HPP
#define LIAISON_SRC_RECORD_DIFF_HPP

#include <liaison/affiliation.hpp>
#include <liaison/event.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace detail {

std::vector<std::string> changed_fields(const Person& before, const Person& after);
std::vector<std::string> changed_fields(const Organization& before, const Organization& after);
std::vector<std::string> changed_fields(const Affiliation& before, const Affiliation& after);
std::vector<std::string> changed_fields(const Event& before, const Event& after);
std::vector<std::string> changed_fields(const Participation& before, const Participation& after);

}  // namespace detail
}  // namespace v1
}  // namespace liaison

#endif
