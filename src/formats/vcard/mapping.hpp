// Cards to domain values and back. No storage here: the importer decides
// what a contact becomes in the directory (which organization an ORG
// names, which record a UID updates); this only says what the card says.
#ifndef LIAISON_SRC_FORMATS_VCARD_MAPPING_HPP
#define LIAISON_SRC_FORMATS_VCARD_MAPPING_HPP

#include "formats/vcard/card.hpp"
#include "validation.hpp"

#include <liaison/affiliation.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {

/// A position a person card names: ORG (institution first, then its
/// units), with the TITLE and ROLE of the same group.
struct CardAffiliation {
  std::vector<std::string> organization;  ///< ORG components, empty ones removed
  std::string title;
  std::string role;
  std::size_t line = 0;
};

/// What one card says.
struct Contact {
  bool is_organization = false;  ///< KIND:org, X-ABShowAs:COMPANY, or only an ORG
  Person person;                 ///< when !is_organization
  Organization organization;     ///< when is_organization
  /// For an organization card whose ORG names units: the institution and
  /// the units above this one, outermost first.
  std::vector<std::string> parents;
  std::vector<CardAffiliation> affiliations;  ///< person cards only
  /// The card's UID as written, or empty; a UUID ("urn:uuid:..." or bare)
  /// is also set as the record's uid.
  std::string uid;
  /// Values kept as raw text and properties the mapping could not use.
  std::vector<detail::FieldWarning> warnings;
};

/// Reads a card. Never throws for card content: what does not map goes to
/// extra_fields (unknown properties, verbatim) or raw_values (values that
/// do not validate; normalise() runs later in the importer).
Contact contact_from_card(const Card& card);

/// The current position of a person as an export writes it.
struct ExportedAffiliation {
  std::vector<std::string> organization;  ///< institution first, then units, then department parts
  std::string title;
  std::string role;
};

/// Cards for export (version "4.0" or "3.0"); values escaped, ready for
/// write_card.
Card card_from_person(const Person& person, const std::vector<ExportedAffiliation>& affiliations,
                      const std::string& version);
Card card_from_organization(const Organization& organization,
                            const std::vector<std::string>& organization_path,
                            const std::string& version);

/// The ExtraField form of a property liaison does not map, and back.
ExtraField extra_from_property(const Property& property);
Property property_from_extra(const ExtraField& extra);

}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
