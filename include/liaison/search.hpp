// liaison: finding people and organizations the way staff remember them.
#ifndef LIAISON_SEARCH_HPP
#define LIAISON_SEARCH_HPP

#include <liaison/date.hpp>
#include <liaison/record.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {

/// How Directory::search() reads a query and which slice of the ranked
/// hits it returns.
///
/// The query text is words and filters. Words match folded text (case,
/// diacritics and script ignored: "capaliku" finds "Çapaliku", "Јовановић"
/// finds "Jovanović", "djordje" finds "Đorđe"), each word also as a prefix
/// ("neuh" finds "Neuhaus"); words of five letters or more also match one
/// typo away ("Nuehaus"), ranked below every hit without a typo. Every word
/// must match somewhere in the record. A query that reads as a phone number
/// or an e-mail address also looks those up exactly; when one matches, its
/// owners are the whole answer.
///
/// Words match a person's current affiliations (organization, title, role,
/// department); past ones only with all_time or as_of, as "former".
///
/// Filters in the text are `org:`, `country:`, `tag:`, `kind:person|org`,
/// `title:`, `event:` and `as-of:YYYY-MM-DD`; a value with spaces is
/// quoted (`org:"Ministry of Interior"`). The fields below add to them
/// (a record must satisfy every filter of both).
///  - org: names an organization by its whole name, acronym or alias
///    (folded, any script) and finds the people affiliated with it or any
///    of its units (current, all time or as of a day), and its units;
///  - country: a name in any language or an ISO 3166-1 code;
///  - tag: a whole tag; title: words starting a title, role or department;
///  - event: words starting the words of an event's name.
/// A query of filters only lists what they select, score 0, in id order.
struct SearchOptions {
  std::size_t limit = 20;  ///< 0 means no limit
  std::size_t offset = 0;
  /// Match words exactly as written (NFC): no folding of case, diacritics
  /// or script, no prefixes, no typos. "čitati" does not find "citati".
  bool exact = false;
  /// Affiliation filters (org:, title:) and the organization shown in a
  /// hit consider every affiliation ever held, not only current ones.
  bool all_time = false;
  /// Affiliation filters consider those held on this day (overrides all_time).
  std::optional<PartialDate> as_of;
  /// Only these kinds (RecordKind::person, RecordKind::organization); empty
  /// means both. Other kinds are refused with errc::invalid_argument.
  std::vector<RecordKind> kinds;
  /// Same meaning as the filters in the query text.
  std::vector<std::string> organizations;
  std::vector<std::string> countries;
  std::vector<std::string> tags;
  std::vector<std::string> titles;
  std::vector<std::string> events;
};

/// One record found by a search.
struct SearchHit {
  RecordKind kind = RecordKind::person;
  RecordId id = 0;
  std::string uid;
  std::string name;  ///< display name
  /// For a person, the organization of the affiliation the query selected
  /// (primary first; current by default); for an organization unit, its
  /// parent. Empty when there is none.
  std::string organization;
  std::string title;  ///< the person's title there; empty for organizations
  /// The parts of the record the words matched, best first: "name",
  /// "organization", "title", "tags", "contact", "places", "events",
  /// "notes", "former" (past affiliations), and "exact-name", "acronym",
  /// "email", "phone" for exact lookups.
  std::vector<std::string> matched_fields;
  /// Higher is better. Exact name, acronym, e-mail and phone matches score
  /// at least 10000; otherwise each word adds 100 plus its field's weight
  /// (less for a prefix) when it matched without a typo, and half its
  /// field's weight when it needed one (less for two). Equal scores keep id order.
  double score = 0;
};

}  // namespace v1
}  // namespace liaison

#endif
