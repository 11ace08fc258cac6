#include "validation.hpp"

#include <liaison/error.hpp>

#include "text/country.hpp"
#include "text/email.hpp"
#include "text/phone.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdio>

namespace liaison {
inline namespace v1 {
namespace detail {

namespace {

// Collects what is wrong with one record and acts on it per the mode.
class Checker {
 public:
  Checker(Mode mode, std::string record, std::vector<RawValue>* raw,
          std::vector<FieldWarning>* warnings)
      : mode_(mode), record_(std::move(record)), raw_(raw), warnings_(warnings) {}

  // Reports a bad value. Strict: throws. Lenient: keeps the value as raw
  // text (under `raw_field`) and warns; the caller then drops it.
  void bad(const std::string& field, const std::string& raw_field, const std::string& value,
           const std::string& reason) {
    if (mode_ == Mode::strict || raw_ == nullptr) {
      throw Error(errc::invalid_argument,
                  record_ + ": field '" + field + "': '" + value + "' " + reason);
    }
    raw_->push_back({raw_field, value, reason});
    if (warnings_ != nullptr) warnings_->push_back({field, value, reason});
  }

  // A structural mistake no mode can keep as text (e.g. an end before its start).
  [[noreturn]] void refuse(const std::string& field, const std::string& reason) const {
    throw Error(errc::invalid_argument, record_ + ": field '" + field + "': " + reason);
  }

 private:
  Mode mode_;
  std::string record_;
  std::vector<RawValue>* raw_;
  std::vector<FieldWarning>* warnings_;
};

void trim_in_place(std::string& value) { value = text::trim(value); }

// Every text field of a record is UTF-8 before anything else looks at it;
// the refusal names the field but does not repeat the bad bytes, so the
// message itself stays valid UTF-8 for the C ABI and Python.
class Utf8Check {
 public:
  explicit Utf8Check(std::string record) : record_(std::move(record)) {}

  void operator()(const std::string& field, const std::string& value) const {
    if (!text::is_valid_utf8(value)) {
      throw Error(errc::invalid_argument,
                  record_ + ": field '" + field + "': is not valid UTF-8 text");
    }
  }
  void list(const std::string& field, const std::vector<std::string>& values) const {
    for (std::size_t i = 0; i < values.size(); ++i) (*this)(indexed(field, i), values[i]);
  }
  void names(const std::string& field, const std::vector<LocalizedName>& names) const {
    for (std::size_t i = 0; i < names.size(); ++i) {
      (*this)(indexed(field, i) + ".value", names[i].value);
      (*this)(indexed(field, i) + ".language", names[i].language);
    }
  }
  void sources(const std::vector<SourceRef>& sources) const {
    for (std::size_t i = 0; i < sources.size(); ++i) {
      (*this)(indexed("sources", i) + ".source", sources[i].source);
      (*this)(indexed("sources", i) + ".external_key", sources[i].external_key);
    }
  }
  void raw_values(const std::vector<RawValue>& raw) const {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      (*this)(indexed("raw_values", i) + ".field", raw[i].field);
      (*this)(indexed("raw_values", i) + ".value", raw[i].value);
      (*this)(indexed("raw_values", i) + ".reason", raw[i].reason);
    }
  }
  void extra_fields(const std::vector<ExtraField>& extras) const {
    for (std::size_t i = 0; i < extras.size(); ++i) {
      (*this)(indexed("extra_fields", i) + ".format", extras[i].format);
      (*this)(indexed("extra_fields", i) + ".name", extras[i].name);
      (*this)(indexed("extra_fields", i) + ".value", extras[i].value);
    }
  }
  void contacts(const ContactPoints& c) const {
    for (std::size_t i = 0; i < c.emails.size(); ++i) {
      point(indexed("emails", i), {&c.emails[i].address, &c.emails[i].label, &c.emails[i].source});
    }
    for (std::size_t i = 0; i < c.phones.size(); ++i) {
      point(indexed("phones", i), {&c.phones[i].number, &c.phones[i].label, &c.phones[i].source});
    }
    for (std::size_t i = 0; i < c.urls.size(); ++i) {
      point(indexed("urls", i), {&c.urls[i].url, &c.urls[i].label, &c.urls[i].source});
    }
    for (std::size_t i = 0; i < c.social_profiles.size(); ++i) {
      const auto& s = c.social_profiles[i];
      point(indexed("social_profiles", i), {&s.service, &s.url, &s.label, &s.source});
    }
    for (std::size_t i = 0; i < c.addresses.size(); ++i) {
      const auto& a = c.addresses[i];
      point(indexed("addresses", i), {&a.street, &a.locality, &a.region, &a.postal_code,
                                      &a.country, &a.label, &a.source});
    }
  }

 private:
  static std::string indexed(const std::string& field, std::size_t i) {
    return field + "[" + std::to_string(i) + "]";
  }
  void point(const std::string& field, std::initializer_list<const std::string*> parts) const {
    for (const std::string* part : parts) (*this)(field, *part);
  }
  std::string record_;
};

void tidy_list(std::vector<std::string>& values) {
  for (auto& value : values) trim_in_place(value);
  values.erase(std::remove(values.begin(), values.end(), std::string()), values.end());
  // Keep the first of each repeated value, in order.
  std::vector<std::string> unique;
  for (auto& value : values) {
    if (std::find(unique.begin(), unique.end(), value) == unique.end()) unique.push_back(value);
  }
  values = std::move(unique);
}

void tidy_names(std::vector<LocalizedName>& names) {
  for (auto& name : names) {
    trim_in_place(name.value);
    trim_in_place(name.language);
  }
  names.erase(std::remove_if(names.begin(), names.end(),
                             [](const LocalizedName& n) { return n.value.empty(); }),
              names.end());
}

bool is_real_date(const PartialDate& date) {
  return date.empty() || PartialDate::parse(date.to_string()) == date;
}

void check_date(Checker& checker, const std::string& field, const PartialDate& date) {
  if (!is_real_date(date)) {
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    checker.refuse(field, std::string("is not a valid date (") + text + ")");
  }
}

// Turns a country name or code into its code; clears it when it is bad.
void normalise_country(Checker& checker, const std::string& field, std::string& country) {
  trim_in_place(country);
  if (country.empty()) return;
  if (auto code = text::country_code(country)) {
    country = *code;
    return;
  }
  checker.bad(field, "country", country, "is not a known country or ISO 3166-1 code");
  country.clear();
}

void normalise_contacts(Checker& checker, ContactPoints& contacts) {
  std::vector<Email> emails;
  for (std::size_t i = 0; i < contacts.emails.size(); ++i) {
    Email email = contacts.emails[i];
    trim_in_place(email.label);
    if (text::trim(email.address).empty()) continue;
    const auto check = text::check_email(email.address);
    if (!check.ok) {
      checker.bad("emails[" + std::to_string(i) + "]", "email", email.address,
                  "is not an e-mail address: " + check.reason);
      continue;
    }
    email.address = check.address;
    emails.push_back(std::move(email));
  }
  contacts.emails = std::move(emails);

  std::vector<Phone> phones;
  for (std::size_t i = 0; i < contacts.phones.size(); ++i) {
    Phone phone = contacts.phones[i];
    trim_in_place(phone.number);
    trim_in_place(phone.label);
    if (phone.number.empty()) continue;
    if (!text::is_plausible_phone_text(phone.number)) {
      checker.bad("phones[" + std::to_string(i) + "]", "phone", phone.number,
                  "is not a phone number");
      continue;
    }
    phones.push_back(std::move(phone));
  }
  contacts.phones = std::move(phones);

  auto& urls = contacts.urls;
  for (auto& url : urls) {
    trim_in_place(url.url);
    trim_in_place(url.label);
  }
  urls.erase(std::remove_if(urls.begin(), urls.end(), [](const Url& u) { return u.url.empty(); }),
             urls.end());

  auto& profiles = contacts.social_profiles;
  for (auto& profile : profiles) {
    trim_in_place(profile.service);
    trim_in_place(profile.url);
    trim_in_place(profile.label);
  }
  profiles.erase(std::remove_if(profiles.begin(), profiles.end(),
                                [](const SocialProfile& s) { return s.url.empty(); }),
                 profiles.end());

  auto& addresses = contacts.addresses;
  for (std::size_t i = 0; i < addresses.size(); ++i) {
    auto& a = addresses[i];
    for (std::string* part : {&a.street, &a.locality, &a.region, &a.postal_code, &a.label}) {
      trim_in_place(*part);
    }
    normalise_country(checker, "addresses[" + std::to_string(i) + "].country", a.country);
  }
  addresses.erase(std::remove_if(addresses.begin(), addresses.end(),
                                 [](const PostalAddress& a) {
                                   return a.street.empty() && a.locality.empty() &&
                                          a.region.empty() && a.postal_code.empty() &&
                                          a.country.empty();
                                 }),
                  addresses.end());
}

std::string describe(const Person& person) {
  const std::string name = person.name();
  return name.empty() ? std::string("person") : "person '" + name + "'";
}

std::string describe(const Organization& organization) {
  const std::string name = organization.display_name();
  return name.empty() ? std::string("organization") : "organization '" + name + "'";
}

}  // namespace

void normalise(Person& p, Mode mode, std::vector<FieldWarning>* warnings) {
  const Utf8Check utf8("person");
  for (auto [field, value] : {std::pair{"prefix", &p.prefix}, {"given_names", &p.given_names},
                              {"family_names", &p.family_names}, {"suffix", &p.suffix},
                              {"display_name", &p.display_name}, {"notes", &p.notes},
                              {"country", &p.country},
                              {"data_protection.consent_source", &p.data_protection.consent_source}}) {
    utf8(field, *value);
  }
  utf8.names("alternative_names", p.alternative_names);
  utf8.list("nicknames", p.nicknames);
  utf8.list("languages", p.languages);
  utf8.list("tags", p.tags);
  for (std::size_t i = 0; i < p.identifiers.size(); ++i) {
    utf8("identifiers[" + std::to_string(i) + "]", p.identifiers[i].scheme);
    utf8("identifiers[" + std::to_string(i) + "]", p.identifiers[i].value);
  }
  utf8.contacts(p.contacts);
  utf8.sources(p.sources);
  utf8.raw_values(p.raw_values);
  utf8.extra_fields(p.extra_fields);

  Checker checker(mode, describe(p), &p.raw_values, warnings);
  for (std::string* value : {&p.prefix, &p.given_names, &p.family_names, &p.suffix, &p.display_name}) {
    trim_in_place(*value);
  }
  tidy_names(p.alternative_names);
  tidy_list(p.nicknames);
  tidy_list(p.languages);
  tidy_list(p.tags);
  for (auto& identifier : p.identifiers) {
    trim_in_place(identifier.scheme);
    trim_in_place(identifier.value);
  }
  p.identifiers.erase(std::remove_if(p.identifiers.begin(), p.identifiers.end(),
                                     [](const Identifier& i) { return i.value.empty(); }),
                      p.identifiers.end());
  check_date(checker, "birthday", p.birthday);
  check_date(checker, "data_protection.consent_date", p.data_protection.consent_date);
  check_date(checker, "data_protection.retention_review", p.data_protection.retention_review);
  trim_in_place(p.data_protection.consent_source);
  normalise_country(checker, "country", p.country);
  normalise_contacts(checker, p.contacts);
}

void normalise(Organization& o, Mode mode, std::vector<FieldWarning>* warnings) {
  const Utf8Check utf8("organization");
  for (auto [field, value] : {std::pair{"name", &o.name}, {"acronym", &o.acronym},
                              {"website", &o.website}, {"notes", &o.notes},
                              {"country", &o.country}}) {
    utf8(field, *value);
  }
  utf8.names("aliases", o.aliases);
  utf8.list("tags", o.tags);
  utf8.contacts(o.contacts);
  utf8.sources(o.sources);
  utf8.raw_values(o.raw_values);
  utf8.extra_fields(o.extra_fields);

  Checker checker(mode, describe(o), &o.raw_values, warnings);
  for (std::string* value : {&o.name, &o.acronym, &o.website}) trim_in_place(*value);
  tidy_names(o.aliases);
  tidy_list(o.tags);
  normalise_country(checker, "country", o.country);
  normalise_contacts(checker, o.contacts);
}

void normalise(Event& e, Mode mode, std::vector<FieldWarning>* warnings) {
  const Utf8Check utf8("event");
  for (auto [field, value] : {std::pair{"name", &e.name}, {"place", &e.place},
                              {"country", &e.country}, {"notes", &e.notes}}) {
    utf8(field, *value);
  }
  for (std::size_t i = 0; i < e.sessions.size(); ++i) {
    const std::string field = "sessions[" + std::to_string(i) + "]";
    utf8(field + ".name", e.sessions[i].name);
    utf8(field + ".title", e.sessions[i].title);
    utf8(field + ".description", e.sessions[i].description);
  }
  utf8.list("tags", e.tags);
  utf8.sources(e.sources);

  std::vector<RawValue> dropped;  // events keep no raw values; a bad country is only reported
  Checker checker(mode, e.name.empty() ? "event" : "event '" + e.name + "'", &dropped, warnings);
  for (std::string* value : {&e.name, &e.place}) trim_in_place(*value);
  tidy_list(e.tags);
  if (e.name.empty()) checker.refuse("name", "an event needs a name");
  check_date(checker, "start", e.start);
  check_date(checker, "end", e.end);
  if (!e.start.empty() && !e.end.empty() && e.end.latest() < e.start.earliest()) {
    checker.refuse("end", "ends (" + e.end.to_string() + ") before it starts (" +
                              e.start.to_string() + ")");
  }
  for (auto& session : e.sessions) {
    trim_in_place(session.name);
    if (session.name.empty()) checker.refuse("sessions", "a session needs a name");
    check_date(checker, "sessions.date", session.date);
  }
  normalise_country(checker, "country", e.country);
}

void normalise(Affiliation& a) {
  const Utf8Check utf8("affiliation");
  for (auto [field, value] : {std::pair{"title", &a.title}, {"role", &a.role},
                              {"department", &a.department}, {"source", &a.source}}) {
    utf8(field, *value);
  }
  Checker checker(Mode::strict, "affiliation", nullptr, nullptr);
  for (std::string* value : {&a.title, &a.role, &a.department}) trim_in_place(*value);
  check_date(checker, "start", a.start);
  check_date(checker, "end", a.end);
  if (!a.start.empty() && !a.end.empty() && a.end.latest() < a.start.earliest()) {
    checker.refuse("end", "ends (" + a.end.to_string() + ") before it starts (" +
                              a.start.to_string() + ")");
  }
}

void normalise(Participation& p) {
  const Utf8Check utf8("participation");
  for (auto [field, value] : {std::pair{"session", &p.session}, {"notes", &p.notes},
                              {"source", &p.source}}) {
    utf8(field, *value);
  }
  trim_in_place(p.session);
}

bool has_identity(const Person& p) noexcept {
  return !p.given_names.empty() || !p.family_names.empty() || !p.display_name.empty() ||
         !p.alternative_names.empty() || !p.nicknames.empty() || !p.contacts.emails.empty() ||
         !p.contacts.phones.empty() ||
         !p.identifiers.empty();
}

bool has_identity(const Organization& o) noexcept { return !o.name.empty() || !o.acronym.empty(); }

void set_date_leniently(PartialDate& target, std::string_view text, std::string_view field,
                        std::vector<RawValue>& raw, std::vector<FieldWarning>* warnings) {
  const std::string trimmed = text::trim(text);
  if (trimmed.empty()) return;
  if (auto date = PartialDate::parse(trimmed)) {
    target = *date;
    return;
  }
  const std::string reason = "is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)";
  raw.push_back({std::string(field), trimmed, reason});
  if (warnings != nullptr) warnings->push_back({std::string(field), trimmed, reason});
}

}  // namespace detail
}  // namespace v1
}  // namespace liaison
