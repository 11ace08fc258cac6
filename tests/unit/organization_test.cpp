#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "temp_dir.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace liaison;
using test::ids;
using test::localized;
using test::mentions;
using test::raw;
using test::refusal;
using test::source;

OpenOptions options() { return test::options_for("organization-test", "AL"); }

using Fresh = test::FreshDirectory<options>;

Email email(std::string address, std::string label, bool preferred = false) {
  Email e;
  e.address = std::move(address);
  e.label = std::move(label);
  e.preferred = preferred;
  e.source = "manual";
  return e;
}

Phone phone(std::string number, PhoneKind kind, std::string label = {}, bool preferred = false) {
  Phone p;
  p.number = std::move(number);
  p.kind = kind;
  p.label = std::move(label);
  p.preferred = preferred;
  p.source = "manual";
  return p;
}

Url url(std::string address, std::string label) {
  Url u;
  u.url = std::move(address);
  u.label = std::move(label);
  u.source = "manual";
  return u;
}

SocialProfile social(std::string service, std::string address) {
  SocialProfile s;
  s.service = std::move(service);
  s.url = std::move(address);
  s.label = "official";
  s.source = "manual";
  return s;
}

PostalAddress address(std::string street, std::string locality, std::string postal_code,
                      std::string country) {
  PostalAddress a;
  a.street = std::move(street);
  a.locality = std::move(locality);
  a.region = "Wien";
  a.postal_code = std::move(postal_code);
  a.country = std::move(country);
  a.label = "headquarters";
  a.preferred = true;
  a.source = "manual";
  return a;
}

Organization named(std::string name, std::string acronym = {}) {
  Organization o;
  o.name = std::move(name);
  o.acronym = std::move(acronym);
  return o;
}

Organization osce() {
  Organization o = named("Organization for Security and Co-operation in Europe", "OSCE");
  o.aliases = {localized("ОБСЕ", "sr-Cyrl"), localized("OSBE", "sq")};
  o.kind = OrganizationKind::intergovernmental;
  o.country = "AT";
  return o;
}

// A unit with every field filled in; the country is given as its Serbian name.
Organization department(RecordId parent) {
  Organization o = named("Transnational Threats Department", "TNTD");
  o.aliases = {localized("Одељење за транснационалне претње", "sr-Cyrl"),
               localized("Departamenti i Kërcënimeve Transnacionale", "sq")};
  o.kind = OrganizationKind::intergovernmental;
  o.country = "Аустрија";
  o.parent_id = parent;
  o.website = "https://www.osce.org/secretariat/107800";
  o.notes = "Strategic Police Matters Unit sits here.\nAsk for the THB adviser.";
  o.tags = {"thb", "police", "vienna"};
  o.contacts.emails = {email("tntd@OSCE.org", "work", true), email("spmu@osce.org", "unit")};
  o.contacts.phones = {phone("+43 1 51436 0", PhoneKind::work, "switchboard", true),
                       phone("01 51436 6000", PhoneKind::fax, "fax"),
                       phone("+43 664 123 4567", PhoneKind::mobile, "duty officer"),
                       phone("+43 1 51436 6996", PhoneKind::home),
                       phone("+43 1 51436 6122", PhoneKind::other, "press")};
  o.contacts.urls = {url("https://polis.osce.org", "POLIS")};
  o.contacts.social_profiles = {social("twitter", "https://twitter.com/osce_tnt")};
  o.contacts.addresses = {address("Wallnerstrasse 6", "Vienna", "1010", "Austria")};
  o.sources = {source("manual", "tntd-1"), source("contacts.csv", "row 17")};
  o.raw_values = {raw("email", "tntd at osce", "not an e-mail address: missing @")};
  return o;
}

// What a refused write must leave untouched.
struct Snapshot {
  std::size_t organizations;
  std::size_t persons;
  std::int64_t sequence;
  std::size_t tombstones;

  static Snapshot of(const Directory& dir) {
    return {dir.count(RecordKind::organization), dir.count(RecordKind::person),
            dir.last_change_sequence(), dir.tombstones_since(0).size()};
  }
};

void check_unchanged(const Snapshot& before, const Directory& dir) {
  const Snapshot after = Snapshot::of(dir);
  BOOST_TEST(after.organizations == before.organizations);
  BOOST_TEST(after.persons == before.persons);
  BOOST_TEST(after.sequence == before.sequence);
  BOOST_TEST(after.tombstones == before.tombstones);
  BOOST_TEST(dir.check_integrity() == "ok");
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(round_trip, Fresh)

BOOST_AUTO_TEST_CASE(every_field_survives_add_and_get) {
  const Organization parent = dir.add_organization(osce());
  const Organization given = department(parent.meta.id);
  const Organization stored = dir.add_organization(given);

  BOOST_TEST(stored.meta.id > 0);
  BOOST_TEST(stored.meta.id != parent.meta.id);
  BOOST_TEST(stored.meta.uid.size() == 36u);
  BOOST_TEST(stored.meta.revision == 1);
  BOOST_TEST(!stored.meta.created_at.empty());
  BOOST_TEST(stored.meta.updated_at == stored.meta.created_at);

  BOOST_TEST(stored.name == given.name);
  BOOST_TEST(stored.acronym == given.acronym);
  BOOST_TEST(stored.aliases == given.aliases, boost::test_tools::per_element());
  BOOST_TEST(stored.kind == OrganizationKind::intergovernmental);
  BOOST_TEST(stored.country == "AT");  // "Аустрија"
  BOOST_TEST(stored.parent_id.value_or(-1) == parent.meta.id);
  BOOST_TEST(stored.website == given.website);
  BOOST_TEST(stored.notes == given.notes);
  BOOST_TEST(stored.tags == given.tags, boost::test_tools::per_element());
  BOOST_TEST(stored.raw_values.size() == 1u);
  BOOST_TEST((stored.raw_values == given.raw_values));

  BOOST_TEST_REQUIRE(stored.contacts.emails.size() == 2u);
  BOOST_TEST(stored.contacts.emails[0].address == "tntd@osce.org");  // domain lower-cased
  BOOST_TEST(stored.contacts.emails[0].label == "work");
  BOOST_TEST(stored.contacts.emails[0].preferred);
  BOOST_TEST(stored.contacts.emails[0].source == "manual");
  BOOST_TEST(stored.contacts.emails[1].address == "spmu@osce.org");
  BOOST_TEST(!stored.contacts.emails[1].preferred);

  BOOST_TEST_REQUIRE(stored.contacts.phones.size() == 5u);
  const std::vector<PhoneKind> kinds = {PhoneKind::work, PhoneKind::fax, PhoneKind::mobile,
                                        PhoneKind::home, PhoneKind::other};
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    BOOST_TEST_CONTEXT("phone " << i) {
      BOOST_TEST(stored.contacts.phones[i].kind == kinds[i]);
      BOOST_TEST(stored.contacts.phones[i].number == given.contacts.phones[i].number);
      BOOST_TEST(stored.contacts.phones[i].label == given.contacts.phones[i].label);
      BOOST_TEST(stored.contacts.phones[i].preferred == given.contacts.phones[i].preferred);
    }
  }
  BOOST_TEST(stored.contacts.phones[0].e164 == "+431514360");
  // A national number is read in the region of the organization's address.
  BOOST_TEST(stored.contacts.phones[1].e164 == "+431514366000");

  BOOST_TEST((stored.contacts.urls == given.contacts.urls));
  BOOST_TEST((stored.contacts.social_profiles == given.contacts.social_profiles));
  BOOST_TEST_REQUIRE(stored.contacts.addresses.size() == 1u);
  BOOST_TEST(stored.contacts.addresses[0].country == "AT");
  BOOST_TEST(stored.contacts.addresses[0].street == "Wallnerstrasse 6");
  BOOST_TEST(stored.contacts.addresses[0].locality == "Vienna");
  BOOST_TEST(stored.contacts.addresses[0].region == "Wien");
  BOOST_TEST(stored.contacts.addresses[0].postal_code == "1010");
  BOOST_TEST(stored.contacts.addresses[0].label == "headquarters");
  BOOST_TEST(stored.contacts.addresses[0].preferred);

  BOOST_TEST_REQUIRE(stored.sources.size() == 2u);
  BOOST_TEST(stored.sources[0].source == "manual");
  BOOST_TEST(stored.sources[0].external_key == "tntd-1");
  BOOST_TEST(stored.sources[1].external_key == "row 17");
  BOOST_TEST(!stored.sources[0].seen_at.empty());  // stamped by the directory

  BOOST_TEST(dir.get_organization(stored.meta.id) == stored);
  BOOST_TEST(dir.find_organization(stored.meta.id).value() == stored);
  BOOST_TEST(dir.kind_of(stored.meta.id) == std::optional(RecordKind::organization));
  BOOST_TEST(dir.id_of_uid(stored.meta.uid).value_or(-1) == stored.meta.id);
  BOOST_TEST(dir.find_by_source("contacts.csv", "row 17").value_or(-1) == stored.meta.id);
}

BOOST_AUTO_TEST_CASE(round_trip_survives_reopening_the_file) {
  liaison::test::TempDir temp;
  const std::string path = temp.file("directory.liaison");
  Organization stored;
  {
    auto file = Directory::open(path, options());
    const auto parent = file.add_organization(osce());
    stored = file.add_organization(department(parent.meta.id));
  }
  const auto again = Directory::open(path, options());
  BOOST_TEST(again.get_organization(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_CASE(display_name_is_the_name_else_the_acronym) {
  BOOST_TEST(named("International Organization for Migration", "IOM").display_name() ==
             "International Organization for Migration");
  BOOST_TEST(named("", "SELEC").display_name() == "SELEC");
  const auto stored = dir.add_organization(named("", "SELEC"));
  BOOST_TEST(dir.get_organization(stored.meta.id).display_name() == "SELEC");
}

BOOST_AUTO_TEST_CASE(text_fields_are_trimmed_and_empty_list_entries_dropped) {
  Organization o = named("  Europol \t", " EUROPOL ");
  o.tags = {" police ", "", "police", "eu"};
  o.aliases = {localized("  ", "en"), localized(" Европол ", " sr-Cyrl ")};
  const auto stored = dir.add_organization(o);
  BOOST_TEST(stored.name == "Europol");
  BOOST_TEST(stored.acronym == "EUROPOL");
  BOOST_TEST(stored.tags == (std::vector<std::string>{"police", "eu"}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(stored.aliases.size() == 1u);
  BOOST_TEST(stored.aliases[0].value == "Европол");
  BOOST_TEST(stored.aliases[0].language == "sr-Cyrl");
  BOOST_TEST(dir.get_organization(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_CASE(an_unknown_id_is_not_found) {
  BOOST_TEST(!dir.find_organization(4242).has_value());
  BOOST_TEST(refusal([&] { dir.get_organization(4242); }).code() == errc::not_found);
  Person p;
  p.given_names = "Gerald";
  const auto person = dir.add_person(p);
  // An id that names a record of another kind is no organization either.
  BOOST_TEST(!dir.find_organization(person.meta.id).has_value());
  BOOST_TEST(refusal([&] { dir.get_organization(person.meta.id); }).code() == errc::not_found);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(updates, Fresh)

BOOST_AUTO_TEST_CASE(update_bumps_revision_and_updated_at_and_keeps_identity) {
  const auto stored = dir.add_organization(osce());
  std::this_thread::sleep_for(std::chrono::milliseconds(5));  // timestamps have millisecond steps
  Organization changed = stored;
  changed.website = "https://www.osce.org";
  changed.tags = {"igo"};
  const auto updated = dir.update_organization(changed);

  BOOST_TEST(updated.meta.id == stored.meta.id);
  BOOST_TEST(updated.meta.uid == stored.meta.uid);
  BOOST_TEST(updated.meta.revision == stored.meta.revision + 1);
  BOOST_TEST(updated.meta.created_at == stored.meta.created_at);
  BOOST_TEST(updated.meta.updated_at != stored.meta.updated_at);
  BOOST_TEST(updated.meta.updated_at > stored.meta.updated_at);  // ISO 8601 UTC sorts as text
  BOOST_TEST(updated.website == "https://www.osce.org");
  BOOST_TEST(dir.get_organization(stored.meta.id) == updated);
}

BOOST_AUTO_TEST_CASE(fields_left_empty_on_update_are_cleared) {
  Organization given = osce();
  given.website = "https://www.osce.org";
  given.contacts.emails = {email("info@osce.org", "")};
  const auto stored = dir.add_organization(given);
  Organization changed = stored;
  changed.website.clear();
  changed.contacts.emails.clear();
  changed.aliases.clear();
  const auto updated = dir.update_organization(changed);
  BOOST_TEST(updated.website.empty());
  BOOST_TEST(updated.contacts.emails.empty());
  BOOST_TEST(dir.get_organization(stored.meta.id) == updated);
  // The dropped alias no longer finds it.
  BOOST_TEST(dir.find_organizations_by_name("ОБСЕ").empty());
}

BOOST_AUTO_TEST_CASE(updating_with_the_stored_values_changes_nothing) {
  const auto parent = dir.add_organization(osce());
  const auto stored = dir.add_organization(department(parent.meta.id));
  const auto sequence = dir.last_change_sequence();
  const auto history = dir.history(stored.meta.id).size();

  const auto same = dir.update_organization(stored);
  BOOST_TEST(same == stored);
  BOOST_TEST(same.meta.revision == 1);
  BOOST_TEST(dir.last_change_sequence() == sequence);
  BOOST_TEST(dir.history(stored.meta.id).size() == history);
  BOOST_TEST(dir.get_organization(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_CASE(updating_with_input_that_normalises_to_the_stored_values_changes_nothing) {
  const auto parent = dir.add_organization(osce());
  Organization given = department(parent.meta.id);
  const auto stored = dir.add_organization(given);
  const auto sequence = dir.last_change_sequence();

  // The very input of add: a country name, an upper-case domain, no e164, no seen_at.
  given.meta.id = stored.meta.id;
  const auto same = dir.update_organization(given);
  BOOST_TEST(same == stored);
  BOOST_TEST(dir.last_change_sequence() == sequence);
  BOOST_TEST(dir.get_organization(stored.meta.id).meta.revision == 1);
}

BOOST_AUTO_TEST_CASE(a_source_keeps_the_time_it_was_first_seen) {
  const auto stored = dir.add_organization(department(dir.add_organization(osce()).meta.id));
  Organization changed = stored;
  changed.notes = "moved";
  changed.sources[0].seen_at.clear();
  const auto updated = dir.update_organization(changed);
  BOOST_TEST(updated.sources[0].seen_at == stored.sources[0].seen_at);
}

BOOST_AUTO_TEST_CASE(update_of_an_unknown_id_is_not_found) {
  Organization ghost = osce();
  ghost.meta.id = 777;
  BOOST_TEST(refusal([&] { dir.update_organization(ghost); }).code() == errc::not_found);
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
}

BOOST_AUTO_TEST_CASE(the_uid_of_a_record_never_changes) {
  const auto stored = dir.add_organization(osce());
  Organization changed = stored;
  changed.meta.uid = "00000000-0000-4000-8000-000000000001";
  const auto error = refusal([&] { dir.update_organization(changed); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "uid"));
  BOOST_TEST(dir.get_organization(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(lookup_by_name, Fresh)

struct WithOsce : Fresh {
  Organization osce_record = dir.add_organization(osce());
  Organization iom = dir.add_organization(named("International Organization for Migration", "IOM"));
};

BOOST_FIXTURE_TEST_CASE(finds_by_acronym_in_any_case, WithOsce) {
  for (const char* query : {"OSCE", "osce", " Osce "}) {
    BOOST_TEST_CONTEXT(query) {
      BOOST_TEST(ids(dir.find_organizations_by_name(query)) ==
                     (std::vector<RecordId>{osce_record.meta.id}),
                 boost::test_tools::per_element());
    }
  }
}

BOOST_FIXTURE_TEST_CASE(finds_by_folded_full_name, WithOsce) {
  for (const char* query : {"organization for security and co-operation in europe",
                            "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE",
                            "Organization for Security and Co operation in Europe"}) {
    BOOST_TEST_CONTEXT(query) {
      BOOST_TEST(ids(dir.find_organizations_by_name(query)) ==
                     (std::vector<RecordId>{osce_record.meta.id}),
                 boost::test_tools::per_element());
    }
  }
}

BOOST_FIXTURE_TEST_CASE(finds_by_cyrillic_alias_and_by_its_latin_spelling, WithOsce) {
  BOOST_TEST(ids(dir.find_organizations_by_name("ОБСЕ")) ==
                 (std::vector<RecordId>{osce_record.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.find_organizations_by_name("обсе")) ==
                 (std::vector<RecordId>{osce_record.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.find_organizations_by_name("OBSE")) ==
                 (std::vector<RecordId>{osce_record.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.find_organizations_by_name("OSBE")) ==
                 (std::vector<RecordId>{osce_record.meta.id}),
             boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(a_name_that_is_only_part_of_one_finds_nothing, WithOsce) {
  BOOST_TEST(dir.find_organizations_by_name("OSC").empty());
  BOOST_TEST(dir.find_organizations_by_name("Organization").empty());
  BOOST_TEST(dir.find_organizations_by_name("").empty());
  BOOST_TEST(dir.find_organizations_by_name(" - ").empty());
}

BOOST_FIXTURE_TEST_CASE(every_organization_with_the_name_is_returned, WithOsce) {
  const auto mission = dir.add_organization(named("OSCE"));  // a second record named "OSCE"
  BOOST_TEST(ids(dir.find_organizations_by_name("osce")) ==
                 (std::vector<RecordId>{osce_record.meta.id, mission.meta.id}),
             boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(a_renamed_organization_is_found_by_its_new_name_only, WithOsce) {
  Organization renamed = iom;
  renamed.name = "IOM – UN Migration";
  renamed.acronym = "UNM";
  dir.update_organization(renamed);
  BOOST_TEST(dir.find_organizations_by_name("IOM").empty());
  BOOST_TEST(ids(dir.find_organizations_by_name("iom un migration")) ==
                 (std::vector<RecordId>{iom.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(hierarchy, Fresh)

BOOST_AUTO_TEST_CASE(units_of_lists_the_direct_units_by_name) {
  const auto root = dir.add_organization(osce());
  Organization serbia = named("OSCE Mission to Serbia");
  serbia.parent_id = root.meta.id;
  Organization kosovo = named("OSCE Mission in Kosovo");
  kosovo.parent_id = root.meta.id;
  const auto s = dir.add_organization(serbia);
  const auto k = dir.add_organization(kosovo);
  Organization desk = named("Anti-Trafficking Desk");
  desk.parent_id = s.meta.id;
  const auto d = dir.add_organization(desk);

  BOOST_TEST(ids(dir.units_of(root.meta.id)) == (std::vector<RecordId>{k.meta.id, s.meta.id}),
             boost::test_tools::per_element());  // "in Kosovo" sorts before "to Serbia"
  BOOST_TEST(ids(dir.units_of(s.meta.id)) == (std::vector<RecordId>{d.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.units_of(d.meta.id).empty());
  BOOST_TEST(dir.units_of(k.meta.id).empty());
}

BOOST_AUTO_TEST_CASE(a_unit_may_be_moved_to_another_parent_and_back_to_none) {
  const auto a = dir.add_organization(named("A"));
  const auto b = dir.add_organization(named("B"));
  Organization unit = named("Unit");
  unit.parent_id = a.meta.id;
  auto stored = dir.add_organization(unit);
  stored.parent_id = b.meta.id;
  stored = dir.update_organization(stored);
  BOOST_TEST(dir.units_of(a.meta.id).empty());
  BOOST_TEST(ids(dir.units_of(b.meta.id)) == (std::vector<RecordId>{stored.meta.id}),
             boost::test_tools::per_element());
  stored.parent_id.reset();
  stored = dir.update_organization(stored);
  BOOST_TEST(!dir.get_organization(stored.meta.id).parent_id.has_value());
  BOOST_TEST(dir.units_of(b.meta.id).empty());
}

BOOST_AUTO_TEST_CASE(an_organization_cannot_be_its_own_parent) {
  auto a = dir.add_organization(named("A"));
  const auto before = Snapshot::of(dir);
  a.parent_id = a.meta.id;
  const auto error = refusal([&] { dir.update_organization(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "parent_id"));
  check_unchanged(before, dir);
  BOOST_TEST(!dir.get_organization(a.meta.id).parent_id.has_value());
}

BOOST_AUTO_TEST_CASE(a_parent_cycle_is_refused) {
  auto a = dir.add_organization(named("A"));
  Organization b = named("B");
  b.parent_id = a.meta.id;
  const auto stored_b = dir.add_organization(b);
  Organization c = named("C");
  c.parent_id = stored_b.meta.id;
  const auto stored_c = dir.add_organization(c);

  const auto before = Snapshot::of(dir);
  a.parent_id = stored_c.meta.id;  // A -> C -> B -> A
  const auto error = refusal([&] { dir.update_organization(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "parent_id"));
  check_unchanged(before, dir);
  BOOST_TEST(!dir.get_organization(a.meta.id).parent_id.has_value());
  BOOST_TEST(dir.get_organization(a.meta.id).meta.revision == 1);
}

BOOST_AUTO_TEST_CASE(an_unknown_parent_is_refused) {
  const auto before = Snapshot::of(dir);
  Organization unit = named("Orphan Unit");
  unit.parent_id = 9999;
  const auto error = refusal([&] { dir.add_organization(unit); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "parent_id"));
  BOOST_TEST(mentions(error, "9999"));
  check_unchanged(before, dir);
}

BOOST_AUTO_TEST_CASE(a_parent_that_is_a_person_is_refused) {
  Person p;
  p.given_names = "Gerald";
  const auto person = dir.add_person(p);
  const auto before = Snapshot::of(dir);
  Organization unit = named("Unit");
  unit.parent_id = person.meta.id;
  const auto error = refusal([&] { dir.add_organization(unit); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "parent_id"));
  check_unchanged(before, dir);
}

BOOST_AUTO_TEST_CASE(removing_an_organization_with_units_is_refused_until_they_are_gone) {
  const auto root = dir.add_organization(osce());
  Organization unit = named("OSCE Mission to Montenegro");
  unit.parent_id = root.meta.id;
  const auto mission = dir.add_organization(unit);

  const auto before = Snapshot::of(dir);
  const auto error = refusal([&] { dir.remove(root.meta.id); });
  BOOST_TEST(error.code() == errc::constraint);
  check_unchanged(before, dir);
  BOOST_TEST(dir.get_organization(root.meta.id) == root);

  dir.remove(mission.meta.id);
  dir.remove(root.meta.id);
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
  BOOST_TEST(!dir.find_organization(root.meta.id).has_value());
  BOOST_TEST(dir.find_organizations_by_name("OSCE").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(listing, Fresh)

BOOST_AUTO_TEST_CASE(list_is_ordered_by_folded_display_name) {
  const auto unodc = dir.add_organization(named("", "UNODC"));
  const auto europol = dir.add_organization(named("Europol"));
  const auto astra = dir.add_organization(named("ASTRA – Anti-trafficking Action"));
  const auto cesko = dir.add_organization(named("Český helsinský výbor"));
  const auto iom = dir.add_organization(named("international organization for migration"));
  BOOST_TEST(ids(dir.list_organizations()) ==
                 (std::vector<RecordId>{astra.meta.id, cesko.meta.id, europol.meta.id,
                                        iom.meta.id, unodc.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pages_split_the_list_without_gaps_or_repeats) {
  for (const char* name : {"Frontex", "Eurojust", "SELEC", "Europol", "IOM", "UNODC", "OSCE"}) {
    dir.add_organization(named(name));
  }
  dir.add_organization(named("IOM"));  // the same name twice: ties break by id
  const auto all = ids(dir.list_organizations());
  BOOST_TEST_REQUIRE(all.size() == 8u);

  std::vector<RecordId> paged;
  for (std::size_t offset = 0; offset < all.size(); offset += 3) {
    Page page;
    page.limit = 3;
    page.offset = offset;
    const auto slice = ids(dir.list_organizations(page));
    BOOST_TEST(slice.size() == std::min<std::size_t>(3, all.size() - offset));
    paged.insert(paged.end(), slice.begin(), slice.end());
  }
  BOOST_TEST(paged == all, boost::test_tools::per_element());
  BOOST_TEST(ids(dir.list_organizations()) == all, boost::test_tools::per_element());  // stable

  Page beyond;
  beyond.limit = 3;
  beyond.offset = 8;
  BOOST_TEST(dir.list_organizations(beyond).empty());
  Page rest;
  rest.offset = 6;  // limit 0: everything from the offset on
  BOOST_TEST(ids(dir.list_organizations(rest)) ==
                 (std::vector<RecordId>{all[6], all[7]}),
             boost::test_tools::per_element());
  const auto iom = dir.find_organizations_by_name("IOM");
  BOOST_TEST_REQUIRE(iom.size() == 2u);
  const auto first = std::find(all.begin(), all.end(), iom[0].meta.id);
  BOOST_TEST_REQUIRE((first != all.end() && first + 1 != all.end()));
  BOOST_TEST(*(first + 1) == iom[1].meta.id);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(validation, Fresh)

BOOST_AUTO_TEST_CASE(an_organization_without_name_or_acronym_is_refused) {
  const auto before = Snapshot::of(dir);
  Organization nameless;
  nameless.country = "AL";
  nameless.website = "https://example.org";
  for (const auto& o : {nameless, named("   ", " \t ")}) {
    const auto error = refusal([&] { dir.add_organization(o); });
    BOOST_TEST(error.code() == errc::invalid_argument);
    BOOST_TEST(mentions(error, "name"));
  }
  check_unchanged(before, dir);
}

BOOST_AUTO_TEST_CASE(a_bad_email_is_refused_naming_the_field_and_value) {
  const auto before = Snapshot::of(dir);
  Organization o = osce();
  o.contacts.emails = {email("info@osce.org", ""), email("tntd(at)osce.org", "")};
  const auto error = refusal([&] { dir.add_organization(o); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "emails[1]"));
  BOOST_TEST(mentions(error, "tntd(at)osce.org"));
  check_unchanged(before, dir);
}

BOOST_AUTO_TEST_CASE(an_unknown_country_is_refused_naming_the_field_and_value) {
  const auto before = Snapshot::of(dir);
  Organization o = osce();
  o.country = "Atlantis";
  const auto error = refusal([&] { dir.add_organization(o); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "country"));
  BOOST_TEST(mentions(error, "Atlantis"));
  check_unchanged(before, dir);
}

BOOST_AUTO_TEST_CASE(a_refused_update_leaves_the_stored_record_as_it_was) {
  const auto stored = dir.add_organization(osce());
  const auto before = Snapshot::of(dir);
  Organization changed = stored;
  changed.name = "Renamed";
  changed.country = "Atlantis";
  BOOST_TEST(refusal([&] { dir.update_organization(changed); }).code() == errc::invalid_argument);
  check_unchanged(before, dir);
  BOOST_TEST(dir.get_organization(stored.meta.id) == stored);
  BOOST_TEST(dir.find_organizations_by_name("Renamed").empty());
}

BOOST_AUTO_TEST_CASE(a_duplicate_uid_is_refused_and_nothing_is_written) {
  Organization first = osce();
  first.meta.uid = "5b0e8f9c-2f7e-4c1a-9d3b-6a4e2c1f0a11";
  const auto stored = dir.add_organization(first);
  BOOST_TEST(stored.meta.uid == first.meta.uid);
  const auto before = Snapshot::of(dir);
  Organization second = named("Another");
  second.meta.uid = first.meta.uid;
  BOOST_TEST(refusal([&] { dir.add_organization(second); }).code() == errc::already_exists);
  check_unchanged(before, dir);
  BOOST_TEST(dir.find_organizations_by_name("Another").empty());
}

BOOST_AUTO_TEST_SUITE_END()
