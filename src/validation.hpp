// Validation and normalisation of domain values, shared by the strict C++
// API (invalid input is refused) and the lenient importers (invalid values
// are kept as raw text and reported).
#ifndef LIAISON_SRC_VALIDATION_HPP
#define LIAISON_SRC_VALIDATION_HPP

#include <liaison/date.hpp>
#include <liaison/event.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>
#include <liaison/affiliation.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace detail {

enum class Mode {
  strict,   ///< the first invalid value throws Error(invalid_argument) naming the field
  lenient,  ///< each invalid value moves to raw_values and is reported in warnings
};

/// A value a lenient normalisation set aside.
struct FieldWarning {
  std::string field;   ///< "emails[1]", "country", "birthday"
  std::string value;   ///< as it was
  std::string reason;  ///< "not an e-mail address: missing @"
};

/// Trims text fields, validates and normalises e-mails (domain lower-cased),
/// phones (plausible phone text; E.164 is added later by the directory,
/// which knows the region), countries (names become alpha-2 codes), and
/// drops empty list entries. Never checks references to other records:
/// that needs the store.
void normalise(Person& person, Mode mode, std::vector<FieldWarning>* warnings = nullptr);
void normalise(Organization& organization, Mode mode,
               std::vector<FieldWarning>* warnings = nullptr);
void normalise(Event& event, Mode mode, std::vector<FieldWarning>* warnings = nullptr);
/// Strict only: an end before its start is refused.
void normalise(Affiliation& affiliation);
/// Strict only: text must be UTF-8.
void normalise(Participation& participation);

/// A person needs at least one name part, an e-mail, a phone or an
/// identifier (a register of officers may hold nothing else).
bool has_identity(const Person& person) noexcept;
/// An organization needs a name or an acronym.
bool has_identity(const Organization& organization) noexcept;

/// Reads a date for an importer: on success stores it in `target`; on
/// failure keeps the text in `raw` (field `field`) and adds a warning.
/// Empty text leaves `target` empty and warns nothing.
void set_date_leniently(PartialDate& target, std::string_view text, std::string_view field,
                        std::vector<RawValue>& raw, std::vector<FieldWarning>* warnings);

}  // namespace detail
}  // namespace v1
}  // namespace liaison

#endif
