// liaison: a person who works at one or more organizations.
#ifndef LIAISON_PERSON_HPP
#define LIAISON_PERSON_HPP

#include <liaison/contact.hpp>
#include <liaison/date.hpp>
#include <liaison/record.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

/// GDPR Art. 6 lawful basis for holding a person's data.
enum class LawfulBasis {
  unspecified,
  consent,
  contract,
  legal_obligation,
  vital_interests,
  public_task,
  legitimate_interests,
};
const char* to_string(LawfulBasis basis) noexcept;
std::optional<LawfulBasis> lawful_basis_from_string(std::string_view text) noexcept;

/// Why and until when the directory may hold a person's data.
struct DataProtection {
  LawfulBasis lawful_basis = LawfulBasis::unspecified;
  PartialDate consent_date;
  std::string consent_source;   ///< "signed form, Podgorica workshop"
  PartialDate retention_review; ///< when the record must be reviewed or deleted

  bool operator==(const DataProtection& other) const;
};

/// A staff number, document number or any other scheme + value pair.
struct Identifier {
  std::string scheme;
  std::string value;

  bool operator==(const Identifier& other) const;
};

/// A person. Needs at least a name (any part), an e-mail, a phone or an identifier.
/// Affiliations to organizations are records of their own (affiliation.hpp).
struct Person {
  RecordMeta meta;
  std::string prefix;        ///< honorific: "Dr.", "Mr."
  std::string given_names;   ///< "Gerald"
  std::string family_names;  ///< "Neuhaus"
  std::string suffix;
  std::string display_name;  ///< as the person wants to be shown; derived when empty
  std::vector<LocalizedName> alternative_names;  ///< "Сара Чапалику" (sr-Cyrl)
  std::vector<std::string> nicknames;
  PartialDate birthday;
  std::string country;  ///< ISO 3166-1 alpha-2, optional
  std::vector<std::string> languages;  ///< BCP 47 tags
  std::vector<Identifier> identifiers;
  std::string notes;
  std::vector<std::string> tags;
  ContactPoints contacts;
  DataProtection data_protection;
  std::vector<SourceRef> sources;
  std::vector<RawValue> raw_values;
  std::vector<ExtraField> extra_fields;

  /// display_name, else "prefix given family suffix" from the parts there
  /// are, else the first alternative name, the first nickname, the first
  /// e-mail, the first phone, the first identifier ("scheme value"); empty only for a person that could not be stored.
  std::string name() const;

  bool operator==(const Person& other) const;
};

}  // namespace v1
}  // namespace liaison

#endif
