#include "validation.hpp"

#include <liaison/error.hpp>

#include "text/country.hpp"
#include "text/email.hpp"
#include "text/phone.hpp"
#include "text/utf8.hpp"

#include <algorithm>

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

void check_utf8(Checker& checker, const std::string& field, std::string& value) {
  if (!text::is_valid_utf8(value)) {
    checker.refuse(field, "is not valid UTF-8");
  }
}

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
    checker.refuse(field, "is not a valid date (" + std::to_string(date.year) + "-" +
                              std::to_string(date.month) + "-" + std::to_string(date.day) + ")");
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
  Checker checker(mode, describe(p), &p.raw_values, warnings);
  for (auto [field, value] : {std::pair{"prefix", &p.prefix}, {"given_names", &p.given_names},
                              {"family_names", &p.family_names}, {"suffix", &p.suffix},
                              {"display_name", &p.display_name}, {"notes", &p.notes}}) {
    check_utf8(checker, field, *value);
    if (value != &p.notes) trim_in_place(*value);
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
  Checker checker(mode, describe(o), &o.raw_values, warnings);
  for (auto [field, value] : {std::pair{"name", &o.name}, {"acronym", &o.acronym},
                              {"website", &o.website}, {"notes", &o.notes}}) {
    check_utf8(checker, field, *value);
    if (value != &o.notes) trim_in_place(*value);
  }
  tidy_names(o.aliases);
  tidy_list(o.tags);
  normalise_country(checker, "country", o.country);
  normalise_contacts(checker, o.contacts);
}

void normalise(Event& e, Mode mode, std::vector<FieldWarning>* warnings) {
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
  Checker checker(Mode::strict, "affiliation", nullptr, nullptr);
  for (std::string* value : {&a.title, &a.role, &a.department}) trim_in_place(*value);
  check_date(checker, "start", a.start);
  check_date(checker, "end", a.end);
  if (!a.start.empty() && !a.end.empty() && a.end.latest() < a.start.earliest()) {
    checker.refuse("end", "ends (" + a.end.to_string() + ") before it starts (" +
                              a.start.to_string() + ")");
  }
}

bool has_identity(const Person& p) noexcept {
  return !p.given_names.empty() || !p.family_names.empty() || !p.display_name.empty() ||
         !p.alternative_names.empty() || !p.nicknames.empty() || !p.contacts.emails.empty() ||
         !p.contacts.phones.empty();
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
