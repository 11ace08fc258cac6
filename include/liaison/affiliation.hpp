// liaison: a person's position at an organization, over time.
#ifndef LIAISON_AFFILIATION_HPP
#define LIAISON_AFFILIATION_HPP

#include <liaison/date.hpp>
#include <liaison/record.hpp>

#include <string>

namespace liaison {
inline namespace v1 {

/// Links a person to an organization. A person may hold several, over
/// time. One without an end date is open-ended (is_current()); the
/// "current" filter asks for those held today, so a position that starts
/// next month is open-ended but not yet current.
struct Affiliation {
  RecordMeta meta;
  RecordId person_id = 0;
  RecordId organization_id = 0;
  std::string title;       ///< "Police Affairs Officer"
  std::string role;        ///< "Adviser on Combating Trafficking in Human Beings"
  std::string department;  ///< "Transnational Threats Department"
  PartialDate start;       ///< empty when unknown
  PartialDate end;         ///< empty while the affiliation lasts
  bool primary = false;
  std::string source;

  bool is_current() const noexcept { return end.empty(); }

  /// Whether the affiliation was held on the given day. Unknown parts of
  /// start and end are read generously: "started 2015" holds on 2015-01-01.
  bool held_on(const PartialDate& day) const noexcept;

  bool operator==(const Affiliation& other) const;
};

/// Which affiliations a query wants.
struct AffiliationFilter {
  enum class Scope { current, all_time, as_of };
  Scope scope = Scope::current;
  PartialDate as_of;  ///< used with Scope::as_of

  static AffiliationFilter current() { return {}; }
  static AffiliationFilter all_time() { return {Scope::all_time, {}}; }
  static AffiliationFilter on(const PartialDate& day) { return {Scope::as_of, day}; }

  bool matches(const Affiliation& affiliation) const noexcept;
};

}  // namespace v1
}  // namespace liaison

#endif
