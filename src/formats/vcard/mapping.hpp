// Cards to domain values and back. No storage here: the importer decides
// what a contact becomes in the directory (which organization an ORG
// names, which record a UID updates); this only says what the card says.
#ifndef LIAISON_SRC_FORMATS_VCARD_MAPPING_HPP
#define LIAISON_SRC_FORMATS_VCARD_MAPPING_HPP

#include "formats/import/incoming.hpp"
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

/// What a card says: a person with the positions its ORG, TITLE and ROLE
/// name, or an organization (KIND:org, X-ABShowAs:COMPANY, or only an ORG).
using CardAffiliation = formats::IncomingPosition;
using Contact = formats::IncomingContact;

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
