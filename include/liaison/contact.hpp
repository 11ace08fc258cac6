// liaison: ways to reach a person or an organization.
#ifndef LIAISON_CONTACT_HPP
#define LIAISON_CONTACT_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

/// An e-mail address. The directory validates it (an RFC 5322 addr-spec
/// subset) and lower-cases the domain when it stores it.
struct Email {
  std::string address;
  std::string label;  ///< free text: "work", "personal", an Apple label, ...
  bool preferred = false;
  std::string source;  ///< the source it came from (a file name, "manual")

  bool operator==(const Email& other) const;
};

enum class PhoneKind { work, mobile, fax, home, other };
const char* to_string(PhoneKind kind) noexcept;
std::optional<PhoneKind> phone_kind_from_string(std::string_view text) noexcept;

/// A telephone number, kept as typed. The directory adds its E.164 form when
/// the number parses, reading a number without an international prefix in
/// the region of the record's address or country, then its organization's
/// country, then the directory's default region.
struct Phone {
  std::string number;  ///< as typed: "044 500 388"
  std::string e164;    ///< "+35544500388"; set by the directory, empty when it does not parse
  PhoneKind kind = PhoneKind::work;
  std::string label;
  bool preferred = false;
  std::string source;

  bool operator==(const Phone& other) const;
};

struct Url {
  std::string url;
  std::string label;
  bool preferred = false;
  std::string source;

  bool operator==(const Url& other) const;
};

/// A profile on a social network: service "facebook", url or handle "Mary Ward Loreto".
struct SocialProfile {
  std::string service;
  std::string url;
  std::string label;
  bool preferred = false;
  std::string source;

  bool operator==(const SocialProfile& other) const;
};

struct PostalAddress {
  std::string street;
  std::string locality;
  std::string region;
  std::string postal_code;
  std::string country;  ///< ISO 3166-1 alpha-2; a country name is turned into its code
  std::string label;
  bool preferred = false;
  std::string source;

  bool operator==(const PostalAddress& other) const;
};

/// All the contact points of one person or organization.
struct ContactPoints {
  std::vector<Email> emails;
  std::vector<Phone> phones;
  std::vector<Url> urls;
  std::vector<SocialProfile> social_profiles;
  std::vector<PostalAddress> addresses;

  bool empty() const noexcept;
  bool operator==(const ContactPoints& other) const;
};

}  // namespace v1
}  // namespace liaison

#endif
