// Building profiles: names split into given and family words whichever way
// they were typed, and every comparable value folded once.
#include "dedup/profile.hpp"

#include "dedup/org_names.hpp"
#include "dedup/phonetic.hpp"
#include "dedup/words.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace dedup {
namespace {

std::vector<std::string> words_of(std::string_view folded) {
  const std::vector<std::string_view> views = split_words(folded);
  return {views.begin(), views.end()};
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

void add_form(std::vector<NameForm>& forms, std::vector<std::string> given,
              std::vector<std::string> family) {
  if (given.empty() && family.empty()) return;
  NameForm form;
  form.given = std::move(given);
  form.family = std::move(family);
  form.family_joined = joined(form.family);
  if (!form.family.empty()) form.family_phonetic = phonetic_key(form.family.front());
  for (const NameForm& existing : forms) {
    if (existing.given == form.given && existing.family == form.family) return;
  }
  forms.push_back(std::move(form));
}

// A name typed as one string: "Neuhaus, Gerald" is family first; otherwise
// the last word is the family name, as on a business card.
void add_written_name(std::vector<NameForm>& forms, std::string_view written) {
  const std::size_t comma = written.find(',');
  if (comma != std::string_view::npos) {
    add_form(forms, words_of(text::fold(written.substr(comma + 1))),
             words_of(text::fold(written.substr(0, comma))));
    return;
  }
  std::vector<std::string> words = words_of(text::fold(written));
  if (words.empty()) return;
  std::vector<std::string> family{std::move(words.back())};
  words.pop_back();
  add_form(forms, std::move(words), std::move(family));
}

std::string digits_of(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

std::string domain_of(std::string_view email) {
  const std::size_t at = email.rfind('@');
  return at == std::string_view::npos ? std::string() : text::to_lower_ascii(email.substr(at + 1));
}

// Web mail is everyone's: sharing gmail.com says nothing about an organization.
bool is_public_mail_domain(std::string_view domain) {
  static constexpr std::array<std::string_view, 16> domains{
      "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
      "msn.com",   "icloud.com",     "me.com",    "aol.com",     "gmx.de",      "gmx.net",
      "web.de",    "yandex.ru",      "mail.ru",   "proton.me"};
  return std::find(domains.begin(), domains.end(), domain) != domains.end();
}

std::string web_domain_of(std::string_view url) {
  std::string lower = text::to_lower_ascii(text::trim(url));
  if (const std::size_t scheme = lower.find("://"); scheme != std::string::npos) {
    lower.erase(0, scheme + 3);
  }
  if (const std::size_t slash = lower.find_first_of("/?#"); slash != std::string::npos) {
    lower.erase(slash);
  }
  if (lower.rfind("www.", 0) == 0) lower.erase(0, 4);
  return lower;
}

void add_unique(std::vector<std::string>& values, std::string value) {
  if (value.empty()) return;
  if (std::find(values.begin(), values.end(), value) == values.end()) {
    values.push_back(std::move(value));
  }
}

std::vector<std::string> phone_keys(const ContactPoints& contacts) {
  std::vector<std::string> phones;
  for (const Phone& phone : contacts.phones) {
    std::string key = phone.e164.empty() ? digits_of(phone.number) : phone.e164;
    if (key.size() >= 6) add_unique(phones, std::move(key));
  }
  return phones;
}

// Whether a name has a lower-case letter: ASCII, Latin-1 and Latin
// Extended-A (č, ć, đ, š, ž, ë, ç), Greek and Cyrillic.
bool has_lower_case(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte >= 'a' && byte <= 'z') return true;
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t length = 1;
    if ((byte & 0xE0) == 0xC0 && i + 1 < text.size()) {
      cp = (char32_t{byte} & 0x1F) << 6 | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
      length = 2;
    } else if ((byte & 0xF0) == 0xE0) {
      length = 3;
    } else if ((byte & 0xF8) == 0xF0) {
      length = 4;
    }
    i += length;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return true;
    if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 1) return true;
    if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && cp % 2 == 0) return true;
    if (cp >= 0x3AC && cp <= 0x3CE) return true;  // Greek
    if (cp >= 0x430 && cp <= 0x45F) return true;  // Cyrillic а-я, ѐ-џ
  }
  return false;
}

// A core of two or three words of at most four letters ("mup rs", "csw
// nis"), which may be an acronym typed with spaces.
bool is_short_form(std::string_view core) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < core.size();) {
    const std::size_t end = std::min(core.find(' ', i), core.size());
    if (end - i > 4) return false;
    ++words;
    i = end + 1;
  }
  return words >= 2 && words <= 3;
}

}  // namespace

bool is_role_mailbox(std::string_view email) {
  const std::size_t at = email.find('@');
  std::string local = text::to_lower_ascii(email.substr(0, at));
  static constexpr std::array<std::string_view, 28> roles{
      "info",      "office",       "contact",   "contacts",    "admin",   "mail",
      "post",      "secretariat",  "secretary", "kancelarija", "kabinet", "pisarnica",
      "zyra",      "sekretarijat", "press",     "media",       "pr",      "general",
      "registry",  "reception",    "hello",     "team",        "support", "enquiries",
      "inquiries", "webmaster",    "kontakt",   "noreply"};
  return std::find(roles.begin(), roles.end(), local) != roles.end();
}

PersonProfile person_profile(const Person& person, std::vector<RecordId> organizations) {
  PersonProfile profile;
  profile.id = person.meta.id;
  if (!person.given_names.empty() || !person.family_names.empty()) {
    add_form(profile.names, words_of(text::fold(person.given_names)),
             words_of(text::fold(person.family_names)));
  }
  if (!person.display_name.empty()) add_written_name(profile.names, person.display_name);
  for (const LocalizedName& name : person.alternative_names) {
    add_written_name(profile.names, name.value);
  }
  for (const NameForm& form : profile.names) {
    NameForm swapped;
    if (!form.given.empty() && !form.family.empty()) {
      swapped.given = form.family;
      swapped.family = form.given;
      swapped.family_joined = joined(swapped.family);
      swapped.family_phonetic = phonetic_key(swapped.family.front());
    }
    profile.swapped_names.push_back(std::move(swapped));
  }
  for (const std::string& nickname : person.nicknames) {
    for (std::string& word : words_of(text::fold(nickname))) {
      add_unique(profile.nicknames, std::move(word));
    }
  }
  for (const Email& email : person.contacts.emails) {
    add_unique(profile.emails, text::to_lower_ascii(text::trim(email.address)));
  }
  profile.phones = phone_keys(person.contacts);
  for (const Phone& phone : person.contacts.phones) {
    if (phone.kind != PhoneKind::mobile) continue;
    std::string key = phone.e164.empty() ? digits_of(phone.number) : phone.e164;
    if (key.size() >= 6) add_unique(profile.mobile_phones, std::move(key));
  }
  for (const Identifier& identifier : person.identifiers) {
    std::string value = text::fold(identifier.value);
    value.erase(std::remove(value.begin(), value.end(), ' '), value.end());
    if (!value.empty())
      add_unique(profile.identifiers, text::fold(identifier.scheme) + ':' + value);
  }
  if (person.birthday.year != 0 || person.birthday.month != 0 || person.birthday.day != 0) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", person.birthday.year,
                  person.birthday.month, person.birthday.day);
    profile.birthday = buffer;
  }
  for (const PostalAddress& address : person.contacts.addresses) {
    AddressKey key{text::fold(address.street), text::fold(address.locality),
                   text::fold(address.postal_code), text::fold(address.region)};
    if (!key.street.empty() || !key.locality.empty() || !key.postal_code.empty()) {
      profile.addresses.push_back(std::move(key));
    }
  }
  std::sort(organizations.begin(), organizations.end());
  organizations.erase(std::unique(organizations.begin(), organizations.end()), organizations.end());
  profile.organizations = std::move(organizations);
  profile.country = person.country;
  return profile;
}

OrganizationProfile organization_profile(const Organization& organization) {
  OrganizationProfile profile;
  profile.id = organization.meta.id;
  auto add_name = [&](std::string_view name) {
    const std::string folded = text::fold(name);
    if (folded.empty()) return;
    // A one-word name in capitals ("OSBE", "ОБСЕ") is an acronym, perhaps in
    // another language; "Europol" is a name.
    const bool one_word = folded.find(' ') == std::string::npos;
    if (one_word && folded.size() <= 8 && !has_lower_case(name)) {
      add_unique(profile.acronyms, folded);
    }
    std::string core = org_name_core(folded);
    if (is_short_form(core)) {
      std::string form = core;
      form.erase(std::remove(form.begin(), form.end(), ' '), form.end());
      add_unique(profile.short_forms, std::move(form));
    }
    add_unique(profile.cores, std::move(core));
    for (std::string& acronym : acronyms_of(folded)) {
      add_unique(profile.derived_acronyms, std::move(acronym));
    }
  };
  add_name(organization.name);
  for (const LocalizedName& alias : organization.aliases) add_name(alias.value);
  profile.acronym = text::fold(organization.acronym);
  profile.acronym.erase(std::remove(profile.acronym.begin(), profile.acronym.end(), ' '),
                        profile.acronym.end());
  add_unique(profile.acronyms, profile.acronym);
  profile.country = organization.country;
  profile.parent = organization.parent_id.value_or(0);
  profile.web_domain = web_domain_of(organization.website);
  for (const Email& email : organization.contacts.emails) {
    const std::string domain = domain_of(email.address);
    if (!is_public_mail_domain(domain)) add_unique(profile.email_domains, domain);
  }
  profile.phones = phone_keys(organization.contacts);
  return profile;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
