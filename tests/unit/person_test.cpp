#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "temp_dir.hpp"
#include "test_support.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace liaison {
inline namespace v1 {
// Failures show identifiers as scheme:value.
std::ostream& boost_test_print_type(std::ostream& out, const Identifier& id) {
  return out << id.scheme << ':' << id.value;
}
}  // namespace v1
}  // namespace liaison

namespace {

using namespace liaison;
using test::date;
using test::ids;
using test::localized;
using test::mentions;
using test::raw;
using test::refusal;
using test::source;

OpenOptions options() { return test::options_for("person-test", "AL"); }

using Fresh = test::FreshDirectory<options>;

Identifier identifier(std::string scheme, std::string value) {
  Identifier i;
  i.scheme = std::move(scheme);
  i.value = std::move(value);
  return i;
}

Email email(std::string address, std::string label = {}, bool preferred = false) {
  Email e;
  e.address = std::move(address);
  e.label = std::move(label);
  e.preferred = preferred;
  e.source = "card.vcf";
  return e;
}

Phone phone(std::string number, PhoneKind kind = PhoneKind::work, std::string label = {},
            bool preferred = false) {
  Phone p;
  p.number = std::move(number);
  p.kind = kind;
  p.label = std::move(label);
  p.preferred = preferred;
  p.source = "card.vcf";
  return p;
}

Url url(std::string address) {
  Url u;
  u.url = std::move(address);
  u.label = "blog";
  u.source = "card.vcf";
  return u;
}

SocialProfile social(std::string service, std::string handle) {
  SocialProfile s;
  s.service = std::move(service);
  s.url = std::move(handle);
  s.label = "personal";
  s.preferred = true;
  s.source = "card.vcf";
  return s;
}

PostalAddress address(std::string street, std::string locality, std::string country) {
  PostalAddress a;
  a.street = std::move(street);
  a.locality = std::move(locality);
  a.postal_code = "1001";
  a.country = std::move(country);
  a.label = "office";
  a.source = "card.vcf";
  return a;
}

Person named(std::string given, std::string family) {
  Person p;
  p.given_names = std::move(given);
  p.family_names = std::move(family);
  return p;
}

Person with_phone(std::string number) {
  Person p;
  p.contacts.phones = {phone(std::move(number))};
  return p;
}

Organization organization(std::string name, std::string country) {
  Organization o;
  o.name = std::move(name);
  o.country = std::move(country);
  return o;
}

Affiliation affiliation(RecordId person, RecordId organization) {
  Affiliation a;
  a.person_id = person;
  a.organization_id = organization;
  return a;
}

// Every field of a person, as a business card and a consent form give them.
Person sara() {
  Person p;
  p.prefix = "Dr.";
  p.given_names = "Sara";
  p.family_names = "Çapaliku";
  p.suffix = "PhD";
  p.display_name = "Sara Çapaliku";
  p.alternative_names = {localized("Сара Чапалику", "sr-Cyrl"), localized("Sara Capaliku", "")};
  p.nicknames = {"Sari"};
  p.birthday = date(0, 4, 12);  // "--04-12"
  p.country = "AL";
  p.languages = {"sq", "en", "sr-Latn"};
  p.identifiers = {identifier("staff", "A-1234"), identifier("passport", "BA1234567")};
  p.notes = "Author of the 2016 referral report.\n";
  p.tags = {"researcher", "referral"};
  p.contacts.emails = {email("Sara.Capaliku@Example.ORG", "work", true),
                       email("sara@mail.example.al", "personal")};
  p.contacts.phones = {phone("044 500 388", PhoneKind::work, "office", true),
                       phone("+355 69 123 4567", PhoneKind::mobile),
                       phone("+355 4 222 3333", PhoneKind::fax),
                       phone("+355 4 222 4444", PhoneKind::home),
                       phone("+355 4 222 5555", PhoneKind::other, "secretary")};
  p.contacts.urls = {url("https://example.al/sara")};
  p.contacts.social_profiles = {social("facebook", "Mary Ward Loreto")};
  p.contacts.addresses = {address("Rruga e Durrësit 12", "Tirana", "Albania")};
  p.data_protection.lawful_basis = LawfulBasis::consent;
  p.data_protection.consent_date = date(2023, 5, 10);
  p.data_protection.consent_source = "signed form, Podgorica workshop";
  p.data_protection.retention_review = date(2026, 5, 0);
  p.sources = {source("card.vcf", "uid-77", "2023-05-10T09:00:00.000Z"), source("manual", "")};
  p.raw_values = {raw("email", "sara at example", "not an e-mail address: missing @"),
                  raw("birthday", "12 April", "is not a date")};
  p.extra_fields = {{"vcard", "item1.X-ABDATE", ";TYPE=pref:2016-08-31"},
                    {"csv", "Skype", "sara.capaliku"}};
  return p;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(round_trip, Fresh)

BOOST_AUTO_TEST_CASE(every_field_survives_add_and_get) {
  const Person given = sara();
  const Person stored = dir.add_person(given);

  BOOST_TEST(stored.meta.id > 0);
  BOOST_TEST(stored.meta.uid.size() == 36u);
  BOOST_TEST(stored.meta.revision == 1);
  BOOST_TEST(!stored.meta.created_at.empty());

  BOOST_TEST(stored.prefix == "Dr.");
  BOOST_TEST(stored.given_names == "Sara");
  BOOST_TEST(stored.family_names == "Çapaliku");
  BOOST_TEST(stored.suffix == "PhD");
  BOOST_TEST(stored.display_name == "Sara Çapaliku");
  BOOST_TEST(stored.alternative_names == given.alternative_names, boost::test_tools::per_element());
  BOOST_TEST(stored.nicknames == given.nicknames, boost::test_tools::per_element());
  BOOST_TEST(stored.birthday == date(0, 4, 12));
  BOOST_TEST(stored.birthday.to_string() == "--04-12");
  BOOST_TEST(stored.country == "AL");
  BOOST_TEST(stored.languages == given.languages, boost::test_tools::per_element());
  BOOST_TEST(stored.identifiers == given.identifiers, boost::test_tools::per_element());
  BOOST_TEST(stored.notes == given.notes);
  BOOST_TEST(stored.tags == given.tags, boost::test_tools::per_element());

  BOOST_TEST(stored.data_protection.lawful_basis == LawfulBasis::consent);
  BOOST_TEST(stored.data_protection.consent_date == date(2023, 5, 10));
  BOOST_TEST(stored.data_protection.consent_source == "signed form, Podgorica workshop");
  BOOST_TEST(stored.data_protection.retention_review == date(2026, 5, 0));

  BOOST_TEST_REQUIRE(stored.contacts.emails.size() == 2u);
  BOOST_TEST(stored.contacts.emails[0].address == "Sara.Capaliku@example.org");
  BOOST_TEST(stored.contacts.emails[0].label == "work");
  BOOST_TEST(stored.contacts.emails[0].preferred);
  BOOST_TEST(stored.contacts.emails[0].source == "card.vcf");
  BOOST_TEST(stored.contacts.emails[1].address == "sara@mail.example.al");

  BOOST_TEST_REQUIRE(stored.contacts.phones.size() == 5u);
  const std::vector<PhoneKind> kinds = {PhoneKind::work, PhoneKind::mobile, PhoneKind::fax,
                                        PhoneKind::home, PhoneKind::other};
  const std::vector<std::string> e164 = {"+35544500388", "+355691234567", "+35542223333",
                                         "+35542224444", "+35542225555"};
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    BOOST_TEST_CONTEXT("phone " << i) {
      BOOST_TEST(stored.contacts.phones[i].number == given.contacts.phones[i].number);
      BOOST_TEST(stored.contacts.phones[i].kind == kinds[i]);
      BOOST_TEST(stored.contacts.phones[i].e164 == e164[i]);
      BOOST_TEST(stored.contacts.phones[i].label == given.contacts.phones[i].label);
      BOOST_TEST(stored.contacts.phones[i].preferred == given.contacts.phones[i].preferred);
      BOOST_TEST(stored.contacts.phones[i].source == "card.vcf");
    }
  }
  BOOST_TEST((stored.contacts.urls == given.contacts.urls));
  BOOST_TEST((stored.contacts.social_profiles == given.contacts.social_profiles));
  BOOST_TEST_REQUIRE(stored.contacts.addresses.size() == 1u);
  BOOST_TEST(stored.contacts.addresses[0].street == "Rruga e Durrësit 12");
  BOOST_TEST(stored.contacts.addresses[0].locality == "Tirana");
  BOOST_TEST(stored.contacts.addresses[0].postal_code == "1001");
  BOOST_TEST(stored.contacts.addresses[0].country == "AL");  // "Albania"
  BOOST_TEST(stored.contacts.addresses[0].label == "office");

  BOOST_TEST_REQUIRE(stored.sources.size() == 2u);
  BOOST_TEST(stored.sources[0].seen_at == "2023-05-10T09:00:00.000Z");  // a given time is kept
  BOOST_TEST(!stored.sources[1].seen_at.empty());                      // an empty one is stamped
  BOOST_TEST((stored.raw_values == given.raw_values));

  BOOST_TEST(dir.get_person(stored.meta.id) == stored);
  BOOST_TEST(dir.find_person(stored.meta.id).value() == stored);
  BOOST_TEST(dir.kind_of(stored.meta.id) == std::optional(RecordKind::person));
  BOOST_TEST(dir.find_by_source("card.vcf", "uid-77").value_or(-1) == stored.meta.id);
}

BOOST_AUTO_TEST_CASE(round_trip_survives_reopening_the_file) {
  liaison::test::TempDir temp;
  const std::string path = temp.file("people.liaison");
  Person stored;
  {
    auto file = Directory::open(path, options());
    stored = file.add_person(sara());
  }
  const auto again = Directory::open(path, options());
  BOOST_TEST(again.get_person(stored.meta.id) == stored);
  BOOST_TEST(again.default_region() == "AL");
}

BOOST_AUTO_TEST_CASE(every_partial_birthday_form_round_trips) {
  for (const auto& birthday : {date(1971, 0, 0), date(1971, 4, 0), date(1971, 4, 12),
                               date(0, 4, 12), date(0, 0, 12), date(0, 2, 29)}) {
    BOOST_TEST_CONTEXT(birthday.to_string()) {
      Person p = named("Gerald", "Neuhaus");
      p.birthday = birthday;
      const auto stored = dir.add_person(p);
      BOOST_TEST(stored.birthday == birthday);
      BOOST_TEST(dir.get_person(stored.meta.id).birthday == birthday);
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_id_is_not_found) {
  BOOST_TEST(!dir.find_person(31337).has_value());
  BOOST_TEST(refusal([&] { dir.get_person(31337); }).code() == errc::not_found);
  Organization o;
  o.name = "Europol";
  const auto europol = dir.add_organization(o);
  BOOST_TEST(!dir.find_person(europol.meta.id).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(identity, Fresh)

BOOST_AUTO_TEST_CASE(a_person_known_only_by_email_is_accepted) {
  Person p;
  p.contacts.emails = {email("anonymous@example.org")};
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.name() == "anonymous@example.org");
  BOOST_TEST(dir.get_person(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_CASE(a_person_known_only_by_phone_is_accepted) {
  const auto stored = dir.add_person(with_phone("+382 20 241 412"));
  BOOST_TEST(stored.name() == "+382 20 241 412");
  BOOST_TEST(stored.contacts.phones[0].e164 == "+38220241412");
}

BOOST_AUTO_TEST_CASE(a_person_known_only_by_a_name_part_is_accepted) {
  Person given;
  given.given_names = "Gerald";
  BOOST_TEST(dir.add_person(given).name() == "Gerald");
  Person family;
  family.family_names = "Neuhaus";
  BOOST_TEST(dir.add_person(family).name() == "Neuhaus");
  Person display;
  display.display_name = "The THB adviser";
  BOOST_TEST(dir.add_person(display).name() == "The THB adviser");
  BOOST_TEST(dir.count(RecordKind::person) == 3u);
}

BOOST_AUTO_TEST_CASE(a_person_with_neither_name_email_nor_phone_is_refused) {
  Person nobody;
  nobody.country = "AL";
  nobody.notes = "met at the workshop";
  nobody.tags = {"workshop"};
  nobody.birthday = date(1980, 1, 1);
  Person blank = named("   ", "\t");
  blank.contacts.emails = {email("  ")};
  blank.contacts.phones = {phone(" ")};
  for (const auto& p : {Person{}, nobody, blank}) {
    const auto error = refusal([&] { dir.add_person(p); });
    BOOST_TEST(error.code() == errc::invalid_argument);
    BOOST_TEST(mentions(error, "name"));
  }
  BOOST_TEST(dir.count(RecordKind::person) == 0u);
  BOOST_TEST(dir.last_change_sequence() == 0);
}

BOOST_AUTO_TEST_CASE(an_update_that_removes_the_last_identity_is_refused) {
  Person p;
  p.contacts.emails = {email("only@example.org")};
  const auto stored = dir.add_person(p);
  Person emptied = stored;
  emptied.contacts.emails.clear();
  BOOST_TEST(refusal([&] { dir.update_person(emptied); }).code() == errc::invalid_argument);
  BOOST_TEST(dir.get_person(stored.meta.id) == stored);
}

// The header promises that name() is empty only for a person that could not
// be stored; a person accepted for a nickname alone must still have a name.
BOOST_AUTO_TEST_CASE(a_stored_person_always_has_a_name) {
  Person nickname_only;
  nickname_only.nicknames = {"Sari"};
  Person alternative_only;
  alternative_only.alternative_names = {localized("Сара Чапалику", "sr-Cyrl")};
  for (const auto& p : {nickname_only, alternative_only}) {
    std::optional<Person> stored;
    try {
      stored = dir.add_person(p);
    } catch (const Error& e) {
      BOOST_TEST(e.code() == errc::invalid_argument);  // refusing it keeps the promise too
    }
    if (stored) {
      BOOST_TEST(!stored->name().empty(), "stored person " << to_json(*stored) << " has no name()");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(name_derivation)

BOOST_AUTO_TEST_CASE(display_name_comes_first) {
  Person p = named("Gerald", "Neuhaus");
  p.display_name = "Gerry Neuhaus";
  p.contacts.emails = {email("g@example.at")};
  BOOST_TEST(p.name() == "Gerry Neuhaus");
}

BOOST_AUTO_TEST_CASE(else_the_parts_there_are_in_order) {
  Person p = named("Gerald", "Neuhaus");
  p.prefix = "Mr.";
  p.suffix = "MA";
  p.contacts.emails = {email("g@example.at")};
  BOOST_TEST(p.name() == "Mr. Gerald Neuhaus MA");
  p.given_names.clear();
  BOOST_TEST(p.name() == "Mr. Neuhaus MA");
  p.prefix.clear();
  p.suffix.clear();
  BOOST_TEST(p.name() == "Neuhaus");
}

BOOST_AUTO_TEST_CASE(else_the_first_email_then_the_first_phone) {
  Person p;
  p.contacts.phones = {phone("044 500 388"), phone("044 500 389")};
  BOOST_TEST(p.name() == "044 500 388");
  p.contacts.emails = {email("first@example.org"), email("second@example.org")};
  BOOST_TEST(p.name() == "first@example.org");
  BOOST_TEST(Person{}.name() == "");
}

BOOST_FIXTURE_TEST_CASE(stored_people_derive_the_same_name, Fresh) {
  Person p = named("Gerald", "Neuhaus");
  p.prefix = "Dr.";
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.display_name.empty());  // derived, not written into the record
  BOOST_TEST(dir.get_person(stored.meta.id).name() == "Dr. Gerald Neuhaus");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(contacts, Fresh)

BOOST_AUTO_TEST_CASE(email_domain_is_lower_cased_and_local_part_kept) {
  Person p;
  p.contacts.emails = {email("Gerald.Neuhaus@BMI.GV.AT"), email("  <mary@Loreto.Example> ")};
  const auto stored = dir.add_person(p);
  BOOST_TEST_REQUIRE(stored.contacts.emails.size() == 2u);
  BOOST_TEST(stored.contacts.emails[0].address == "Gerald.Neuhaus@bmi.gv.at");
  BOOST_TEST(stored.contacts.emails[1].address == "mary@loreto.example");
  BOOST_TEST(dir.get_person(stored.meta.id).contacts.emails[0].address ==
             "Gerald.Neuhaus@bmi.gv.at");
}

BOOST_AUTO_TEST_CASE(a_local_number_is_read_in_the_default_region) {
  BOOST_TEST(dir.default_region() == "AL");
  const auto stored = dir.add_person(with_phone("044 500 388"));
  BOOST_TEST(stored.contacts.phones[0].number == "044 500 388");  // kept as typed
  BOOST_TEST(stored.contacts.phones[0].e164 == "+35544500388");
  BOOST_TEST(dir.get_person(stored.meta.id).contacts.phones[0].e164 == "+35544500388");
}

BOOST_AUTO_TEST_CASE(international_forms_do_not_depend_on_the_region) {
  Person p = with_phone("0035544500388");
  p.contacts.phones.push_back(phone("+43 1 51436 0"));
  p.country = "ME";
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.contacts.phones[0].e164 == "+35544500388");
  BOOST_TEST(stored.contacts.phones[1].e164 == "+431514360");
}

BOOST_AUTO_TEST_CASE(a_person_in_austria_gets_the_austrian_reading) {
  Person p = with_phone("01 313 45");
  p.given_names = "Gerald";
  p.country = "AT";
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.contacts.phones[0].e164 == "+43131345");
}

BOOST_AUTO_TEST_CASE(the_address_country_comes_before_the_person_country) {
  Person p = with_phone("01 313 45");
  p.country = "AL";
  p.contacts.addresses = {address("Herrengasse 7", "Wien", "AT")};
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.contacts.phones[0].e164 == "+43131345");
}

BOOST_AUTO_TEST_CASE(a_current_affiliation_lends_its_organization_country) {
  const auto police = dir.add_organization(organization("Uprava policije", "ME"));
  Person p = with_phone("020 241 412");
  p.given_names = "Milena";
  const auto added = dir.add_person(p);
  BOOST_TEST(added.contacts.phones[0].e164 == "+35520241412");  // default region AL, for now

  const auto link = dir.add_affiliation(affiliation(added.meta.id, police.meta.id));
  const auto reread = dir.get_person(added.meta.id);
  BOOST_TEST(reread.contacts.phones[0].e164 == "+38220241412");
  BOOST_TEST(reread.contacts.phones[0].number == "020 241 412");
  BOOST_TEST(reread.meta.revision == added.meta.revision + 1);

  dir.remove(link.meta.id);  // without the affiliation, the default region again
  BOOST_TEST(dir.get_person(added.meta.id).contacts.phones[0].e164 == "+35520241412");
}

BOOST_AUTO_TEST_CASE(an_ended_affiliation_lends_no_country) {
  const auto police = dir.add_organization(organization("Uprava policije", "ME"));
  Person p = with_phone("020 241 412");
  const auto added = dir.add_person(p);
  Affiliation past = affiliation(added.meta.id, police.meta.id);
  past.start = date(2010, 0, 0);
  past.end = date(2012, 6, 30);
  dir.add_affiliation(past);
  BOOST_TEST(dir.get_person(added.meta.id).contacts.phones[0].e164 == "+35520241412");
}

BOOST_AUTO_TEST_CASE(the_person_country_comes_before_the_organization_country) {
  const auto police = dir.add_organization(organization("Uprava policije", "ME"));
  Person p = with_phone("01 313 45");
  p.country = "AT";
  const auto added = dir.add_person(p);
  dir.add_affiliation(affiliation(added.meta.id, police.meta.id));
  BOOST_TEST(dir.get_person(added.meta.id).contacts.phones[0].e164 == "+43131345");
}

BOOST_AUTO_TEST_CASE(the_first_address_with_a_country_comes_before_the_organization_country) {
  const auto police = dir.add_organization(organization("Uprava policije", "ME"));
  Person p = with_phone("01 313 45");
  PostalAddress unknown;
  unknown.locality = "somewhere";
  PostalAddress vienna;
  vienna.locality = "Wien";
  vienna.country = "AT";
  p.contacts.addresses = {unknown, vienna};
  const auto added = dir.add_person(p);
  dir.add_affiliation(affiliation(added.meta.id, police.meta.id));
  const auto reread = dir.get_person(added.meta.id);
  BOOST_TEST(reread.contacts.phones[0].e164 == "+43131345");
  BOOST_TEST(reread.meta.revision == added.meta.revision);  // nothing to write again
}

// An organization's own phones are read in its parent's country when it has
// none; its people's phones should be read the same way.
BOOST_AUTO_TEST_CASE(a_unit_without_a_country_lends_its_parent_country) {
  const auto ministry = dir.add_organization(organization("Ministarstvo unutrašnjih poslova", "ME"));
  Organization unit = organization("Odsjek za borbu protiv trgovine ljudima", "");
  unit.parent_id = ministry.meta.id;
  unit.contacts.phones = {phone("020 241 413")};
  const auto stored_unit = dir.add_organization(unit);
  BOOST_TEST(stored_unit.contacts.phones[0].e164 == "+38220241413");

  const auto added = dir.add_person(with_phone("020 241 412"));
  dir.add_affiliation(affiliation(added.meta.id, stored_unit.meta.id));
  BOOST_TEST(dir.get_person(added.meta.id).contacts.phones[0].e164 == "+38220241412");
}

// The e164 form is "read in the region of ... its organization's country":
// when that country changes, the stored reading should follow.
BOOST_AUTO_TEST_CASE(moving_the_organization_to_another_country_rereads_local_numbers) {
  auto office = dir.add_organization(organization("Field office", "AL"));
  const auto added = dir.add_person(with_phone("020 241 412"));
  dir.add_affiliation(affiliation(added.meta.id, office.meta.id));
  BOOST_TEST(dir.get_person(added.meta.id).contacts.phones[0].e164 == "+35520241412");
  office.country = "ME";
  dir.update_organization(office);
  BOOST_TEST(dir.get_person(added.meta.id).contacts.phones[0].e164 == "+38220241412");
}

BOOST_AUTO_TEST_CASE(a_plausible_number_that_does_not_parse_keeps_an_empty_e164) {
  Person p = with_phone("12345");
  p.given_names = "Besa";
  const auto stored = dir.add_person(p);
  BOOST_TEST_REQUIRE(stored.contacts.phones.size() == 1u);
  BOOST_TEST(stored.contacts.phones[0].number == "12345");
  BOOST_TEST(stored.contacts.phones[0].e164 == "");
  BOOST_TEST(dir.get_person(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_CASE(a_caller_supplied_e164_is_recomputed) {
  Person p = with_phone("044 500 388");
  p.contacts.phones[0].e164 = "+10000000000";
  BOOST_TEST(dir.add_person(p).contacts.phones[0].e164 == "+35544500388");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(update_and_remove, Fresh)

BOOST_AUTO_TEST_CASE(update_replaces_the_fields_and_bumps_the_revision) {
  const auto stored = dir.add_person(sara());
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  Person changed = stored;
  changed.family_names = "Çapaliku-Hoxha";
  changed.nicknames.clear();
  changed.contacts.emails.pop_back();
  changed.data_protection.lawful_basis = LawfulBasis::legitimate_interests;
  const auto updated = dir.update_person(changed);
  BOOST_TEST(updated.meta.id == stored.meta.id);
  BOOST_TEST(updated.meta.uid == stored.meta.uid);
  BOOST_TEST(updated.meta.revision == 2);
  BOOST_TEST(updated.meta.created_at == stored.meta.created_at);
  BOOST_TEST(updated.meta.updated_at > stored.meta.updated_at);
  BOOST_TEST(updated.family_names == "Çapaliku-Hoxha");
  BOOST_TEST(updated.nicknames.empty());
  BOOST_TEST(updated.contacts.emails.size() == 1u);
  BOOST_TEST(dir.get_person(stored.meta.id) == updated);
}

BOOST_AUTO_TEST_CASE(updating_with_the_stored_values_changes_nothing) {
  const auto stored = dir.add_person(sara());
  const auto sequence = dir.last_change_sequence();
  BOOST_TEST(dir.update_person(stored) == stored);
  BOOST_TEST(dir.last_change_sequence() == sequence);
  BOOST_TEST(dir.get_person(stored.meta.id).meta.revision == 1);
}

BOOST_AUTO_TEST_CASE(update_of_an_unknown_person_is_not_found) {
  Person ghost = named("Nobody", "Here");
  ghost.meta.id = 404;
  BOOST_TEST(refusal([&] { dir.update_person(ghost); }).code() == errc::not_found);
}

BOOST_AUTO_TEST_CASE(removed_people_are_gone) {
  const auto stored = dir.add_person(sara());
  const auto other = dir.add_person(named("Gerald", "Neuhaus"));
  dir.remove(stored.meta.id);
  BOOST_TEST(!dir.find_person(stored.meta.id).has_value());
  BOOST_TEST(refusal([&] { dir.get_person(stored.meta.id); }).code() == errc::not_found);
  BOOST_TEST(!dir.kind_of(stored.meta.id).has_value());
  BOOST_TEST(!dir.id_of_uid(stored.meta.uid).has_value());
  BOOST_TEST(!dir.find_by_source("card.vcf", "uid-77").has_value());
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  BOOST_TEST(ids(dir.list_people()) == (std::vector<RecordId>{other.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(refusal([&] { dir.remove(stored.meta.id); }).code() == errc::not_found);
  BOOST_TEST(refusal([&] { dir.update_person(stored); }).code() == errc::not_found);
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(listing, Fresh)

BOOST_AUTO_TEST_CASE(people_are_listed_by_family_name_then_given_name) {
  const auto zec = dir.add_person(named("Ana", "Zec"));
  const auto babic_z = dir.add_person(named("Zoran", "Babić"));
  const auto colic = dir.add_person(named("Marko", "Čolić"));
  const auto dushku = dir.add_person(named("Besa", "Dushku"));
  const auto babic_a = dir.add_person(named("Ana", "Babic"));
  const auto djordjevic = dir.add_person(named("Đorđe", "Đorđević"));
  BOOST_TEST(ids(dir.list_people()) ==
                 (std::vector<RecordId>{babic_a.meta.id, babic_z.meta.id, colic.meta.id,
                                        djordjevic.meta.id, dushku.meta.id, zec.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(paging_returns_consecutive_slices) {
  for (const char* family : {"Hoxha", "Krasniqi", "Berisha", "Gashi", "Shala"}) {
    dir.add_person(named("A", family));
  }
  const auto all = ids(dir.list_people());
  BOOST_TEST_REQUIRE(all.size() == 5u);
  Page first;
  first.limit = 2;
  Page second;
  second.limit = 2;
  second.offset = 2;
  Page last;
  last.limit = 2;
  last.offset = 4;
  std::vector<RecordId> paged = ids(dir.list_people(first));
  for (const auto& page : {second, last}) {
    const auto slice = ids(dir.list_people(page));
    paged.insert(paged.end(), slice.begin(), slice.end());
  }
  BOOST_TEST(paged == all, boost::test_tools::per_element());
  BOOST_TEST(dir.list_people()[0].family_names == "Berisha");
}

BOOST_AUTO_TEST_CASE(a_renamed_person_moves_in_the_list) {
  auto a = dir.add_person(named("Ana", "Abazi"));
  const auto b = dir.add_person(named("Besa", "Berisha"));
  a.family_names = "Zeka";
  dir.update_person(a);
  BOOST_TEST(ids(dir.list_people()) == (std::vector<RecordId>{b.meta.id, a.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(uids, Fresh)

BOOST_AUTO_TEST_CASE(a_uid_given_on_add_is_kept) {
  Person p = named("Gerald", "Neuhaus");
  p.meta.uid = "0d6c3c1e-6b1f-4f7e-9a57-3f7b7c0e9a01";
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.meta.uid == p.meta.uid);
  BOOST_TEST(dir.get_person(stored.meta.id).meta.uid == p.meta.uid);
  BOOST_TEST(dir.id_of_uid(p.meta.uid).value_or(-1) == stored.meta.id);
}

BOOST_AUTO_TEST_CASE(generated_uids_are_distinct) {
  const auto a = dir.add_person(named("A", "A"));
  const auto b = dir.add_person(named("B", "B"));
  BOOST_TEST(a.meta.uid != b.meta.uid);
  BOOST_TEST(!a.meta.uid.empty());
}

BOOST_AUTO_TEST_CASE(a_duplicate_uid_is_refused) {
  Person p = named("Gerald", "Neuhaus");
  p.meta.uid = "0d6c3c1e-6b1f-4f7e-9a57-3f7b7c0e9a01";
  dir.add_person(p);
  const auto sequence = dir.last_change_sequence();
  Person twin = named("Someone", "Else");
  twin.meta.uid = p.meta.uid;
  BOOST_TEST(refusal([&] { dir.add_person(twin); }).code() == errc::already_exists);
  // Across kinds too: uids are unique in the whole directory.
  Organization o;
  o.name = "Same uid";
  o.meta.uid = p.meta.uid;
  BOOST_TEST(refusal([&] { dir.add_organization(o); }).code() == errc::already_exists);
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
  BOOST_TEST(dir.last_change_sequence() == sequence);
}

BOOST_AUTO_TEST_CASE(the_uid_of_a_removed_record_cannot_be_reused) {
  Person p = named("Gerald", "Neuhaus");
  p.meta.uid = "7a1c9e20-0000-4000-8000-00000000beef";
  const auto stored = dir.add_person(p);
  dir.remove(stored.meta.id);
  const auto error = refusal([&] { dir.add_person(p); });
  BOOST_TEST(error.code() == errc::already_exists);
  BOOST_TEST(mentions(error, p.meta.uid));
  BOOST_TEST(dir.count(RecordKind::person) == 0u);
}

BOOST_AUTO_TEST_CASE(an_update_may_not_change_the_uid) {
  const auto stored = dir.add_person(named("Gerald", "Neuhaus"));
  Person changed = stored;
  changed.meta.uid = "11111111-2222-4333-8444-555555555555";
  const auto error = refusal([&] { dir.update_person(changed); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "uid"));
  // An update without a uid names the record by id alone.
  changed.meta.uid.clear();
  changed.given_names = "Gerry";
  BOOST_TEST(dir.update_person(changed).meta.uid == stored.meta.uid);
}

BOOST_AUTO_TEST_SUITE_END()
