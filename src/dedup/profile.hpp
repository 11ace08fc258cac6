// What the matcher compares: a person or an organization reduced to folded,
// transliterated values, computed once per record so that scoring a pair
// never folds text again. Profiles are built from values only; the
// directory reads the records and hands them in.
#pragma once

#include <liaison/organization.hpp>
#include <liaison/person.hpp>

#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// One way a person's name is written, split into given and family words:
/// "Gerald Neuhaus", "Neuhaus, Gerald", "G. Neuhaus", "Сара Чапалику".
struct NameForm {
  std::vector<std::string> given;   ///< folded words; an initial is one letter
  std::vector<std::string> family;  ///< folded words
  std::string family_joined;        ///< the family words joined by spaces
  std::string family_phonetic;      ///< phonetic key of the first family word
};

struct AddressKey {
  std::string street;
  std::string locality;
  std::string postal_code;
  std::string region;
};

struct PersonProfile {
  RecordId id = 0;
  std::vector<NameForm> names;
  /// names[i] with given and family words exchanged, for names typed in
  /// each other's place; empty where names[i] lacks either part.
  std::vector<NameForm> swapped_names;
  std::vector<std::string> nicknames;      ///< folded
  std::vector<std::string> emails;         ///< lower-case addresses
  std::vector<std::string> phones;         ///< E.164, else the digits
  std::vector<std::string> mobile_phones;  ///< those of phones that are mobiles: personal
  std::vector<std::string> identifiers;    ///< "scheme:value", folded, spaces dropped
  std::string birthday;  ///< "YYYYMMDD" with 0000/00 for unknown parts; empty when none
  std::vector<AddressKey> addresses;
  std::vector<RecordId> organizations;  ///< every organization the person is or was affiliated with
  std::string country;
};

/// `organizations` are the ids the person is affiliated with.
PersonProfile person_profile(const Person& person, std::vector<RecordId> organizations);

struct OrganizationProfile {
  RecordId id = 0;
  std::vector<std::string> cores;     ///< org_name_core of the name and every alias
  std::vector<std::string> acronyms;  ///< the acronym field and acronym-like aliases, folded
  std::vector<std::string> derived_acronyms;  ///< acronyms_of() the name and aliases
  /// Names short enough to be an acronym written with spaces ("MUP RS"):
  /// the core's words joined, "muprs".
  std::vector<std::string> short_forms;
  std::string acronym;  ///< the acronym field, folded, spaces dropped
  std::string country;
  RecordId parent = 0;
  std::string web_domain;
  std::vector<std::string> email_domains;
  std::vector<std::string> phones;
};

OrganizationProfile organization_profile(const Organization& organization);

/// Whether the part before '@' is a shared mailbox (info, office, contact,
/// kancelarija, ...), whose agreement says little about a person.
bool is_role_mailbox(std::string_view email);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
