#include <liaison/affiliation.hpp>

namespace liaison {
inline namespace v1 {

bool Affiliation::held_on(const PartialDate& day) const noexcept {
  // Read generously: an affiliation "from 2015" holds on any day of 2015.
  if (!start.empty() && day < start.earliest()) return false;
  if (!end.empty() && end.latest() < day) return false;
  return true;
}

bool Affiliation::operator==(const Affiliation&) const = default;

bool AffiliationFilter::matches(const Affiliation& affiliation) const noexcept {
  switch (scope) {
    case Scope::all_time: return true;
    case Scope::as_of: return affiliation.held_on(as_of);
    case Scope::current: break;
  }
  return affiliation.held_on(PartialDate::today());
}

}  // namespace v1
}  // namespace liaison
