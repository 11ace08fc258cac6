// Merging duplicates, undoing merges and keeping pairs apart
// (Directory::merge, unmerge, keep_apart; docs/dedup.md, "Merging").
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "test_support.hpp"

#include "dedup/survivorship.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {

// What this file compares that test_support.hpp does not print.
inline std::ostream& boost_test_print_type(std::ostream& out, const RawValue& raw) {
  return out << raw.field << "='" << raw.value << "' (" << raw.reason << ')';
}
inline std::ostream& boost_test_print_type(std::ostream& out, const ExtraField& extra) {
  return out << extra.format << ' ' << extra.name << extra.value;
}
inline std::ostream& boost_test_print_type(std::ostream& out, const DataProtection& d) {
  return out << to_string(d.lawful_basis) << ' ' << d.consent_date.to_string() << ' '
             << d.consent_source << ' ' << d.retention_review.to_string();
}

}  // namespace v1
}  // namespace liaison

namespace {

using namespace liaison;

// An optional id as a number (0 for none), so that a failed check prints it.
std::int64_t or_zero(const std::optional<std::int64_t>& id) { return id.value_or(0); }
using test::contains;
using test::date;
using test::mentions;
using test::refusal;
using test::person;

OpenOptions options() { return test::options_for("merge-test", "AL"); }

using Fresh = test::FreshDirectory<options>;

Organization organization(const char* name, const char* acronym = "") {
  Organization o;
  o.name = name;
  o.acronym = acronym;
  return o;
}

Email email(const char* address) {
  Email e;
  e.address = address;
  return e;
}

Phone phone(const char* number) {
  Phone p;
  p.number = number;
  return p;
}

PostalAddress address(const char* street, const char* locality) {
  PostalAddress a;
  a.street = street;
  a.locality = locality;
  a.country = "AL";
  return a;
}

std::vector<std::string> email_addresses(const Person& p) {
  std::vector<std::string> result;
  for (const auto& e : p.contacts.emails) result.push_back(e.address);
  return result;
}

bool has_alternative_name(const Person& p, const std::string& name) {
  return std::any_of(p.alternative_names.begin(), p.alternative_names.end(),
                     [&](const LocalizedName& n) { return n.value == name; });
}

bool has_alias(const Organization& o, const std::string& name) {
  return std::any_of(o.aliases.begin(), o.aliases.end(),
                     [&](const LocalizedName& n) { return n.value == name; });
}

bool has_raw(const std::vector<RawValue>& raw_values, const RawValue& wanted) {
  return std::find(raw_values.begin(), raw_values.end(), wanted) != raw_values.end();
}

// A record's content, without what every write changes (revision, updated_at).
template <typename Record>
Record content(Record record) {
  record.meta.revision = 0;
  record.meta.updated_at.clear();
  return record;
}

template <typename Record>
std::vector<Record> contents(std::vector<Record> records) {
  for (auto& r : records) r = content(r);
  std::sort(records.begin(), records.end(),
            [](const Record& a, const Record& b) { return a.meta.id < b.meta.id; });
  return records;
}

Affiliation affiliation(RecordId person_id, RecordId organization_id, const char* title) {
  Affiliation a;
  a.person_id = person_id;
  a.organization_id = organization_id;
  a.title = title;
  a.start = date(2015, 0, 0);
  return a;
}

Participation participation(RecordId event_id, RecordId participant_id,
                            ParticipationRole role = ParticipationRole::participant) {
  Participation p;
  p.event_id = event_id;
  p.participant_id = participant_id;
  p.role = role;
  return p;
}

Event workshop(const char* name) {
  Event e;
  e.name = name;
  e.place = "Podgorica";
  e.start = date(2016, 8, 31);
  return e;
}

std::vector<RecordId> hit_ids(const std::vector<SearchHit>& hits) {
  std::vector<RecordId> ids;
  for (const auto& h : hits) ids.push_back(h.id);
  return ids;
}

bool found(const std::vector<SearchHit>& hits, RecordId id) {
  const auto ids = hit_ids(hits);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Two entries of one man: a full one, and a business card typed later.
struct TwoNeuhaus : Fresh {
  Organization osce = dir.add_organization(organization("OSCE Presence in Albania", "OSCE"));
  Organization iom =
      dir.add_organization(organization("International Organization for Migration", "IOM"));
  Event podgorica = dir.add_event(workshop("Regional workshop on trafficking"));
  Event tirana = dir.add_event(workshop("Tirana round table"));
  Person gerald = dir.add_person(full());
  Person card = dir.add_person(business_card());

  static Person full() {
    Person p = person("Gerald", "Neuhaus");
    p.prefix = "Dr.";
    p.birthday = date(1971, 3, 2);
    p.contacts.emails = {email("g.neuhaus@osce.org")};
    p.contacts.phones = {phone("+355 4 2235 993")};
    p.contacts.addresses = {address("Rruga Donika Kastrioti", "Tirana")};
    p.tags = {"trafficking"};
    p.identifiers = {{"osce-staff", "4711"}};
    p.notes = "Met at the 2015 OSCE meeting.";
    p.data_protection.lawful_basis = LawfulBasis::legitimate_interests;
    p.sources = {test::source("manual", "gerald")};
    return p;
  }

  static Person business_card() {
    Person p;
    p.display_name = "Neuhaus, G.";
    p.nicknames = {"Gerry"};
    p.birthday = date(1971, 2, 3);
    p.country = "AT";
    // The same address in other letter case, the same number typed otherwise.
    p.contacts.emails = {email("G.Neuhaus@OSCE.org"), email("gerald.neuhaus@gmx.at")};
    p.contacts.phones = {phone("042235993"), phone("+43 664 123 4567")};
    p.contacts.addresses = {address("Rruga Donika Kastrioti", "Tirana"),
                            address("Mariahilfer Straße 1", "Wien")};
    p.tags = {"osce", "trafficking"};
    p.identifiers = {{"osce-staff", "4711"}, {"passport", "P123"}};
    p.notes = "Card from Podgorica.";
    p.data_protection.lawful_basis = LawfulBasis::consent;
    p.data_protection.consent_source = "signed form, Podgorica workshop";
    p.sources = {test::source("cards.vcf", "card-7")};
    ExtraField skype;
    skype.format = "vcard";
    skype.name = "X-SKYPE";
    skype.value = ":gneuhaus";
    p.extra_fields = {skype};
    p.raw_values = {test::raw("email", "neuhaus at osce", "missing @")};
    return p;
  }

  std::string merged_from() const { return "merged from " + card.meta.uid; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(merging_people)

BOOST_FIXTURE_TEST_CASE(merge_unions_the_lists_and_keeps_the_survivors_single_values, TwoNeuhaus) {
  const MergeRecord merge = dir.merge(gerald.meta.id, card.meta.id);
  BOOST_TEST(merge.id > 0);
  BOOST_TEST(merge.kind == RecordKind::person);
  BOOST_TEST(merge.survivor == gerald.meta.id);
  BOOST_TEST(merge.absorbed == card.meta.id);
  BOOST_TEST(merge.absorbed_uid == card.meta.uid);
  BOOST_TEST(merge.actor == "merge-test");
  BOOST_TEST(merge.undone_at.empty());

  const Person p = dir.get_person(gerald.meta.id);
  BOOST_TEST(p.meta.uid == gerald.meta.uid);
  BOOST_TEST(p.given_names == "Gerald");
  BOOST_TEST(p.family_names == "Neuhaus");
  BOOST_TEST(p.display_name.empty());
  BOOST_TEST(p.prefix == "Dr.");
  BOOST_TEST(p.birthday == date(1971, 3, 2));
  BOOST_TEST(p.country == "AT");  // empty on the survivor: filled
  BOOST_TEST(email_addresses(p) ==
                 (std::vector<std::string>{"g.neuhaus@osce.org", "gerald.neuhaus@gmx.at"}),
             boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(p.contacts.phones.size(), 2u);
  BOOST_TEST(p.contacts.phones[0].number == "+355 4 2235 993");
  BOOST_TEST(p.contacts.phones[1].e164 == "+436641234567");
  BOOST_REQUIRE_EQUAL(p.contacts.addresses.size(), 2u);
  BOOST_TEST(p.contacts.addresses[1].locality == "Wien");
  BOOST_TEST(p.tags == (std::vector<std::string>{"trafficking", "osce"}),
             boost::test_tools::per_element());
  BOOST_TEST(p.nicknames == std::vector<std::string>{"Gerry"}, boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(p.identifiers.size(), 2u);
  BOOST_TEST(p.identifiers[1].value == "P123");
  BOOST_REQUIRE_EQUAL(p.sources.size(), 2u);
  BOOST_TEST(p.sources[1].source == "cards.vcf");
  BOOST_TEST(p.sources[1].seen_at == card.sources[0].seen_at);
  BOOST_TEST(p.extra_fields == card.extra_fields, boost::test_tools::per_element());
  BOOST_TEST(p.data_protection.lawful_basis == LawfulBasis::legitimate_interests);
  BOOST_TEST(p.notes == "Met at the 2015 OSCE meeting.\n\nCard from Podgorica.");

  BOOST_TEST(!dir.find_person(card.meta.id));
  BOOST_TEST(!dir.kind_of(card.meta.id));
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
}

BOOST_FIXTURE_TEST_CASE(the_absorbed_records_differing_values_stay_retrievable, TwoNeuhaus) {
  dir.merge(gerald.meta.id, card.meta.id);
  const Person p = dir.get_person(gerald.meta.id);
  BOOST_TEST(has_alternative_name(p, "Neuhaus, G."));
  BOOST_TEST(has_raw(p.raw_values, test::raw("birthday", "1971-02-03", merged_from())));
  BOOST_TEST(
      has_raw(p.raw_values, test::raw("data_protection.lawful_basis", "consent", merged_from())));
  BOOST_TEST(has_raw(p.raw_values, test::raw("data_protection.consent_source",
                                             "signed form, Podgorica workshop", merged_from())));
  // The absorbed record's own raw values come along as they were.
  BOOST_TEST(has_raw(p.raw_values, test::raw("email", "neuhaus at osce", "missing @")));
  // What both had alike is not kept twice.
  BOOST_TEST(!has_raw(p.raw_values, test::raw("prefix", "Dr.", merged_from())));
}

BOOST_FIXTURE_TEST_CASE(the_lower_id_survives_unless_keep_names_the_other, TwoNeuhaus) {
  const MergeRecord by_default = dir.merge(card.meta.id, gerald.meta.id);
  BOOST_TEST(by_default.survivor == gerald.meta.id);
  dir.unmerge(by_default.id);

  MergeOptions keep_card;
  keep_card.keep = card.meta.id;
  const MergeRecord kept = dir.merge(gerald.meta.id, card.meta.id, keep_card);
  BOOST_TEST(kept.survivor == card.meta.id);
  BOOST_TEST(kept.absorbed == gerald.meta.id);
  const Person p = dir.get_person(card.meta.id);
  BOOST_TEST(p.display_name == "Neuhaus, G.");
  BOOST_TEST(has_alternative_name(p, "Gerald Neuhaus"));
  BOOST_TEST(p.prefix == "Dr.");  // empty on the survivor: filled
  BOOST_TEST(
      has_raw(p.raw_values, test::raw("birthday", "1971-03-02", "merged from " + gerald.meta.uid)));
  BOOST_TEST(!dir.find_person(gerald.meta.id));
}

BOOST_FIXTURE_TEST_CASE(the_absorbed_records_sources_find_the_survivor, TwoNeuhaus) {
  dir.merge(gerald.meta.id, card.meta.id);
  BOOST_TEST(or_zero(dir.find_by_source("cards.vcf", "card-7")) == gerald.meta.id);
  BOOST_TEST(or_zero(dir.find_by_source("manual", "gerald")) == gerald.meta.id);
}

BOOST_FIXTURE_TEST_CASE(importing_the_absorbed_records_file_again_updates_the_survivor, Fresh) {
  const Person manual = dir.add_person(person("Sara", "Capaliku"));
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-sara\r\nN:Çapaliku;Sara;;;\r\nFN:Sara Çapaliku\r\n"
      "EMAIL:sara@mwl.al\r\nEND:VCARD\r\n";
  import_vcard_bytes(dir, card, "phone.vcf");
  BOOST_REQUIRE_EQUAL(dir.count(RecordKind::person), 2u);
  const RecordId imported = dir.find_by_source("phone.vcf", "card-sara").value();
  dir.merge(manual.meta.id, imported);

  std::string changed = card;
  changed.replace(changed.find("sara@mwl.al"), 11, "s.capaliku@mwl.al");
  const ImportReport report = import_vcard_bytes(dir, changed, "phone.vcf");
  BOOST_TEST(report.created == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  const Person p = dir.get_person(manual.meta.id);
  BOOST_TEST(contains(to_json(p), "s.capaliku@mwl.al"));
}

BOOST_FIXTURE_TEST_CASE(a_card_with_the_absorbed_records_uid_updates_the_survivor, Fresh) {
  // A vCard exported before the merge (to a phone, say) names the absorbed
  // record by its uid; imported from anywhere, it must update the survivor,
  // not fail on a uid that "exists or existed".
  const Person sara = dir.add_person(person("Sara", "Capaliku"));
  const Person card = dir.add_person(person("Sara", "Çapaliku"));
  const MergeRecord merge = dir.merge(sara.meta.id, card.meta.id);
  BOOST_TEST(!dir.id_of_uid(card.meta.uid).has_value());
  BOOST_TEST(or_zero(dir.current_id_of_uid(card.meta.uid)) == sara.meta.id);
  BOOST_TEST(or_zero(dir.current_id_of_uid(sara.meta.uid)) == sara.meta.id);
  BOOST_TEST(!dir.current_id_of_uid("no-such-uid").has_value());

  const std::string exported = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:" + card.meta.uid +
                               "\r\nN:Çapaliku;Sara;;;\r\nFN:Sara Çapaliku\r\n"
                               "EMAIL:sara@mwl.al\r\nEND:VCARD\r\n";
  const ImportReport report = import_vcard_bytes(dir, exported, "phone-export.vcf");
  BOOST_TEST(report.created == 0u);
  BOOST_TEST(report.updated == 1u);
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  const Person survivor = dir.get_person(sara.meta.id);
  BOOST_TEST(survivor.meta.uid == sara.meta.uid);
  BOOST_TEST(contains(to_json(survivor), "sara@mwl.al"));

  // Merged again into a third record, the uid follows the chain; undone,
  // it comes back to the record restored.
  const Person third = dir.add_person(person("S.", "Çapaliku"));
  MergeOptions keep_third;
  keep_third.keep = third.meta.id;
  const MergeRecord second = dir.merge(third.meta.id, sara.meta.id, keep_third);
  BOOST_TEST(or_zero(dir.current_id_of_uid(card.meta.uid)) == third.meta.id);
  dir.unmerge(second.id, true);
  dir.unmerge(merge.id, true);
  BOOST_TEST(or_zero(dir.current_id_of_uid(card.meta.uid)) == card.meta.id);
}

BOOST_FIXTURE_TEST_CASE(an_equal_affiliation_is_removed_and_another_is_moved, TwoNeuhaus) {
  const Affiliation kept =
      dir.add_affiliation(affiliation(gerald.meta.id, osce.meta.id, "Adviser"));
  const Affiliation twin = dir.add_affiliation(affiliation(card.meta.id, osce.meta.id, "Adviser"));
  const Affiliation other =
      dir.add_affiliation(affiliation(card.meta.id, iom.meta.id, "Consultant"));
  dir.merge(gerald.meta.id, card.meta.id);

  const auto now = dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::all_time());
  BOOST_TEST(test::ids(now) == (std::vector<RecordId>{kept.meta.id, other.meta.id}),
             boost::test_tools::per_element());
  const Affiliation moved = dir.get_affiliation(other.meta.id);
  BOOST_TEST(moved.person_id == gerald.meta.id);
  BOOST_TEST(moved.meta.uid == other.meta.uid);
  BOOST_TEST(moved.title == "Consultant");
  BOOST_TEST(refusal([&] { dir.get_affiliation(twin.meta.id); }).code() == errc::not_found);
  BOOST_TEST(dir.affiliations_at_organization(osce.meta.id).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(participations_move_to_the_survivor, TwoNeuhaus) {
  const Participation both =
      dir.add_participation(participation(podgorica.meta.id, gerald.meta.id));
  const Participation twin = dir.add_participation(participation(podgorica.meta.id, card.meta.id));
  const Participation speaker = dir.add_participation(
      participation(tirana.meta.id, card.meta.id, ParticipationRole::speaker));
  dir.merge(gerald.meta.id, card.meta.id);
  BOOST_TEST(test::ids(dir.participations_of(gerald.meta.id)) ==
                 (std::vector<RecordId>{both.meta.id, speaker.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.get_participation(speaker.meta.id).participant_id == gerald.meta.id);
  BOOST_TEST(dir.get_participation(speaker.meta.id).role == ParticipationRole::speaker);
  BOOST_TEST(refusal([&] { dir.get_participation(twin.meta.id); }).code() == errc::not_found);
}

BOOST_FIXTURE_TEST_CASE(the_merge_is_journaled_as_ordinary_writes, TwoNeuhaus) {
  const Affiliation other =
      dir.add_affiliation(affiliation(card.meta.id, iom.meta.id, "Consultant"));
  const std::int64_t before = dir.last_change_sequence();
  dir.merge(gerald.meta.id, card.meta.id);
  const auto changes = dir.changes_since(before);
  auto has = [&](RecordId id, ChangeOperation operation) {
    return std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
      return c.record_id == id && c.operation == operation && c.actor == "merge-test";
    });
  };
  BOOST_TEST(has(gerald.meta.id, ChangeOperation::update));
  BOOST_TEST(has(other.meta.id, ChangeOperation::update));
  BOOST_TEST(has(card.meta.id, ChangeOperation::remove));
  const auto tombstones = dir.tombstones_since(before);
  BOOST_TEST(std::any_of(tombstones.begin(), tombstones.end(),
                         [&](const Tombstone& t) { return t.uid == card.meta.uid; }));
  // The survivor's update keeps what it was before, for audit.
  const auto history = dir.history(gerald.meta.id);
  BOOST_TEST(history.back().before == to_json(gerald));
}

BOOST_FIXTURE_TEST_CASE(search_finds_the_survivor_by_the_absorbed_records_name, Fresh) {
  const Person gerald = dir.add_person(person("Gerald", "Neuhaus"));
  const Person gerhard = dir.add_person(person("Gerhard", "Nojhaus"));
  BOOST_TEST(found(dir.search("Nojhaus"), gerhard.meta.id));
  dir.merge(gerald.meta.id, gerhard.meta.id);
  const auto hits = dir.search("Gerhard Nojhaus");
  BOOST_TEST(found(hits, gerald.meta.id));
  BOOST_TEST(!found(hits, gerhard.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(merging_organizations)

// OSCE typed twice, once by its acronym, once in full, each with its part.
struct TwoOsce : Fresh {
  Organization by_acronym = dir.add_organization(acronym_only());
  Organization in_full = dir.add_organization(full());
  Organization unit = dir.add_organization(unit_of(in_full.meta.id));
  Person ana = dir.add_person(person("Ana", "Hoxha"));
  Person ben = dir.add_person(person("Ben", "Kola"));
  Affiliation ana_there =
      dir.add_affiliation(affiliation(ana.meta.id, by_acronym.meta.id, "Officer"));
  Affiliation ana_twin = dir.add_affiliation(affiliation(ana.meta.id, in_full.meta.id, "Officer"));
  Affiliation ben_there = dir.add_affiliation(affiliation(ben.meta.id, in_full.meta.id, "Adviser"));
  Event event = dir.add_event(organized_by(in_full.meta.id));
  Participation presented = dir.add_participation(
      participation(event.meta.id, in_full.meta.id, ParticipationRole::speaker));

  static Organization acronym_only() {
    Organization o = organization("", "OSCE");
    o.kind = OrganizationKind::intergovernmental;
    o.website = "https://www.osce.org";
    return o;
  }
  static Organization full() {
    Organization o = organization("Organization for Security and Co-operation in Europe", "OSBE");
    o.aliases = {test::localized("ОБСЕ", "sr-Cyrl")};
    o.kind = OrganizationKind::ngo;
    o.country = "AT";
    o.website = "https://osce.org";
    o.tags = {"partner"};
    o.contacts.emails = {email("info@osce.org")};
    o.sources = {test::source("partners.csv", "row-4")};
    return o;
  }
  static Organization unit_of(RecordId parent) {
    Organization o = organization("Transnational Threats Department");
    o.parent_id = parent;
    return o;
  }
  static Event organized_by(RecordId organizer) {
    Event e = workshop("Workshop on smuggling");
    e.organizer_ids = {organizer};
    return e;
  }
};

BOOST_FIXTURE_TEST_CASE(merge_fills_names_and_keeps_differing_ones_as_aliases, TwoOsce) {
  const MergeRecord merge = dir.merge(by_acronym.meta.id, in_full.meta.id);
  BOOST_TEST(merge.kind == RecordKind::organization);
  const Organization o = dir.get_organization(by_acronym.meta.id);
  const std::string from = "merged from " + in_full.meta.uid;
  BOOST_TEST(o.name == "Organization for Security and Co-operation in Europe");
  BOOST_TEST(o.acronym == "OSCE");
  BOOST_TEST(has_alias(o, "OSBE"));
  BOOST_TEST(has_alias(o, "ОБСЕ"));
  BOOST_TEST(o.kind == OrganizationKind::intergovernmental);
  BOOST_TEST(has_raw(o.raw_values, test::raw("kind", "ngo", from)));
  BOOST_TEST(o.website == "https://www.osce.org");
  BOOST_TEST(has_raw(o.raw_values, test::raw("website", "https://osce.org", from)));
  BOOST_TEST(o.country == "AT");
  BOOST_TEST(o.tags == std::vector<std::string>{"partner"}, boost::test_tools::per_element());
  BOOST_TEST(o.contacts.emails.size() == 1u);
  BOOST_TEST(or_zero(dir.find_by_source("partners.csv", "row-4")) == by_acronym.meta.id);
  for (const char* name :
       {"OSBE", "ОБСЕ", "Organization for Security and Co-operation in Europe"}) {
    BOOST_TEST(test::ids(dir.find_organizations_by_name(name)) ==
                   std::vector<RecordId>{by_acronym.meta.id},
               boost::test_tools::per_element());
  }
}

BOOST_FIXTURE_TEST_CASE(merge_moves_units_affiliations_participations_and_events, TwoOsce) {
  dir.merge(by_acronym.meta.id, in_full.meta.id);
  BOOST_TEST(test::ids(dir.units_of(by_acronym.meta.id)) == std::vector<RecordId>{unit.meta.id},
             boost::test_tools::per_element());
  BOOST_TEST(or_zero(dir.get_organization(unit.meta.id).parent_id) == by_acronym.meta.id);
  // Ana held the same post at both: one is left. Ben's moves.
  BOOST_TEST(test::ids(dir.affiliations_at_organization(by_acronym.meta.id)) ==
                 (std::vector<RecordId>{ana_there.meta.id, ben_there.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(refusal([&] { dir.get_affiliation(ana_twin.meta.id); }).code() == errc::not_found);
  BOOST_TEST(dir.get_participation(presented.meta.id).participant_id == by_acronym.meta.id);
  BOOST_TEST(
      dir.get_event(event.meta.id).organizer_ids == std::vector<RecordId>{by_acronym.meta.id},
      boost::test_tools::per_element());
  BOOST_TEST(!dir.find_organization(in_full.meta.id));
  const auto hits = dir.search("Adviser Europe");
  BOOST_TEST(found(hits, ben.meta.id));
  BOOST_TEST(dir.check_integrity() == "ok");
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_FIXTURE_TEST_CASE(a_unit_merged_with_its_parent_leaves_no_loop, TwoOsce) {
  // The unit survives and absorbs its own parent: it takes the parent's place.
  MergeOptions keep_unit;
  keep_unit.keep = unit.meta.id;
  dir.merge(unit.meta.id, in_full.meta.id, keep_unit);
  const Organization o = dir.get_organization(unit.meta.id);
  BOOST_TEST(!o.parent_id);
  BOOST_TEST(has_alias(o, "Organization for Security and Co-operation in Europe"));
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_FIXTURE_TEST_CASE(unmerge_restores_both_organizations_and_their_links, TwoOsce) {
  const Organization acronym_before = dir.get_organization(by_acronym.meta.id);
  const Organization full_before = dir.get_organization(in_full.meta.id);
  const Organization unit_before = dir.get_organization(unit.meta.id);
  const auto affiliations_before =
      contents(dir.affiliations_at_organization(in_full.meta.id, AffiliationFilter::all_time()));
  const Event event_before = dir.get_event(event.meta.id);
  const Participation presented_before = dir.get_participation(presented.meta.id);

  const MergeRecord merge = dir.merge(by_acronym.meta.id, in_full.meta.id);
  dir.unmerge(merge.id);

  BOOST_TEST(content(dir.get_organization(by_acronym.meta.id)) == content(acronym_before));
  BOOST_TEST(content(dir.get_organization(in_full.meta.id)) == content(full_before));
  BOOST_TEST(content(dir.get_organization(unit.meta.id)) == content(unit_before));
  BOOST_TEST(contents(dir.affiliations_at_organization(
                 in_full.meta.id, AffiliationFilter::all_time())) == affiliations_before,
             boost::test_tools::per_element());
  BOOST_TEST(content(dir.get_event(event.meta.id)) == content(event_before));
  BOOST_TEST(content(dir.get_participation(presented.meta.id)) == content(presented_before));
  BOOST_TEST(or_zero(dir.find_by_source("partners.csv", "row-4")) == in_full.meta.id);
  BOOST_TEST(
      test::ids(dir.find_organizations_by_name("ОБСЕ")) == std::vector<RecordId>{in_full.meta.id},
      boost::test_tools::per_element());
  BOOST_TEST(dir.check_integrity() == "ok");
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(unmerging)

BOOST_FIXTURE_TEST_CASE(unmerge_restores_both_people_exactly, TwoNeuhaus) {
  const Affiliation kept =
      dir.add_affiliation(affiliation(gerald.meta.id, osce.meta.id, "Adviser"));
  dir.add_affiliation(affiliation(card.meta.id, osce.meta.id, "Adviser"));
  dir.add_affiliation(affiliation(card.meta.id, iom.meta.id, "Consultant"));
  dir.add_participation(participation(podgorica.meta.id, gerald.meta.id));
  dir.add_participation(participation(podgorica.meta.id, card.meta.id));
  dir.add_participation(participation(tirana.meta.id, card.meta.id, ParticipationRole::author));
  const Person gerald_before = dir.get_person(gerald.meta.id);
  const Person card_before = dir.get_person(card.meta.id);
  const auto all = AffiliationFilter::all_time();
  const auto gerald_affiliations = contents(dir.affiliations_of_person(gerald.meta.id, all));
  const auto card_affiliations = contents(dir.affiliations_of_person(card.meta.id, all));
  const auto gerald_parts = contents(dir.participations_of(gerald.meta.id));
  const auto card_parts = contents(dir.participations_of(card.meta.id));
  BOOST_REQUIRE_EQUAL(card_affiliations.size(), 2u);
  BOOST_REQUIRE_EQUAL(card_parts.size(), 2u);

  const MergeRecord merge = dir.merge(gerald.meta.id, card.meta.id);
  BOOST_TEST(dir.check_integrity() == "ok");
  BOOST_TEST(dir.check_search_index() == "ok");
  const std::int64_t before_unmerge = dir.last_change_sequence();
  dir.unmerge(merge.id);

  const Person gerald_after = dir.get_person(gerald.meta.id);
  const Person card_after = dir.get_person(card.meta.id);
  BOOST_TEST(content(gerald_after) == content(gerald_before));
  BOOST_TEST(content(card_after) == content(card_before));
  BOOST_TEST(card_after.meta.uid == card.meta.uid);
  BOOST_TEST(card_after.meta.created_at == card.meta.created_at);
  BOOST_TEST(card_after.meta.revision > card_before.meta.revision);
  BOOST_TEST(or_zero(dir.id_of_uid(card.meta.uid)) == card.meta.id);
  BOOST_TEST(contents(dir.affiliations_of_person(gerald.meta.id, all)) == gerald_affiliations,
             boost::test_tools::per_element());
  BOOST_TEST(contents(dir.affiliations_of_person(card.meta.id, all)) == card_affiliations,
             boost::test_tools::per_element());
  BOOST_TEST(contents(dir.participations_of(gerald.meta.id)) == gerald_parts,
             boost::test_tools::per_element());
  BOOST_TEST(contents(dir.participations_of(card.meta.id)) == card_parts,
             boost::test_tools::per_element());
  BOOST_TEST(dir.get_affiliation(kept.meta.id).person_id == gerald.meta.id);
  BOOST_TEST(or_zero(dir.find_by_source("cards.vcf", "card-7")) == card.meta.id);

  // Journaled: the absorbed record comes back as a create; its tombstone goes.
  const auto changes = dir.changes_since(before_unmerge);
  BOOST_TEST(std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
    return c.record_id == card.meta.id && c.operation == ChangeOperation::create;
  }));
  BOOST_TEST(std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
    return c.record_id == gerald.meta.id && c.operation == ChangeOperation::update;
  }));
  const auto tombstones = dir.tombstones_since(0);
  BOOST_TEST(std::none_of(tombstones.begin(), tombstones.end(),
                          [&](const Tombstone& t) { return t.uid == card.meta.uid; }));

  BOOST_TEST(!dir.get_merge(merge.id).undone_at.empty());
  BOOST_TEST(dir.check_integrity() == "ok");
  BOOST_TEST(dir.check_search_index() == "ok");
  BOOST_TEST(found(dir.search("Neuhaus, G."), card.meta.id));
}

BOOST_FIXTURE_TEST_CASE(unmerge_is_refused_after_a_later_edit_unless_forced, TwoNeuhaus) {
  const MergeRecord merge = dir.merge(gerald.meta.id, card.meta.id);
  Person edited = dir.get_person(gerald.meta.id);
  edited.tags.push_back("edited-later");
  dir.update_person(edited);

  const Error refused = refusal([&] { dir.unmerge(merge.id); });
  BOOST_TEST(refused.code() == errc::constraint);
  BOOST_TEST(mentions(refused, "changed since"));
  BOOST_TEST(!dir.find_person(card.meta.id));  // nothing happened
  BOOST_TEST(dir.get_merge(merge.id).undone_at.empty());

  dir.unmerge(merge.id, true);
  BOOST_TEST(content(dir.get_person(gerald.meta.id)) == content(gerald));
  BOOST_TEST(content(dir.get_person(card.meta.id)) == content(card));
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_FIXTURE_TEST_CASE(a_merge_is_undone_only_once, TwoNeuhaus) {
  const MergeRecord merge = dir.merge(gerald.meta.id, card.meta.id);
  dir.unmerge(merge.id);
  const Error again = refusal([&] { dir.unmerge(merge.id); });
  BOOST_TEST(again.code() == errc::invalid_argument);
  BOOST_TEST(mentions(again, "already undone"));
  BOOST_TEST(refusal([&] { dir.unmerge(merge.id + 100); }).code() == errc::not_found);
  BOOST_TEST(refusal([&] { dir.get_merge(merge.id + 100); }).code() == errc::not_found);
}

BOOST_FIXTURE_TEST_CASE(an_absorbed_survivor_must_be_unmerged_first, TwoNeuhaus) {
  const Person third = dir.add_person(person("G.", "Neuhaus"));
  const MergeRecord first = dir.merge(card.meta.id, third.meta.id);
  const MergeRecord second = dir.merge(gerald.meta.id, card.meta.id);
  const Error refused = refusal([&] { dir.unmerge(first.id); });
  BOOST_TEST(refused.code() == errc::constraint);
  BOOST_TEST(mentions(refused, "merge " + std::to_string(second.id)));
  dir.unmerge(second.id);
  dir.unmerge(first.id);
  BOOST_TEST(content(dir.get_person(gerald.meta.id)) == content(gerald));
  BOOST_TEST(content(dir.get_person(card.meta.id)) == content(card));
  BOOST_TEST(content(dir.get_person(third.meta.id)) == content(third));
  BOOST_TEST(dir.check_integrity() == "ok");
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_FIXTURE_TEST_CASE(merges_are_listed_newest_first, TwoNeuhaus) {
  const Person third = dir.add_person(person("G.", "Neuhaus"));
  const MergeRecord first = dir.merge(gerald.meta.id, card.meta.id);
  const MergeRecord second = dir.merge(gerald.meta.id, third.meta.id);
  const auto merges = dir.list_merges();
  BOOST_REQUIRE_EQUAL(merges.size(), 2u);
  BOOST_TEST(merges[0].id == second.id);
  BOOST_TEST(merges[1].id == first.id);
  BOOST_TEST(merges[1].absorbed_uid == card.meta.uid);
  BOOST_TEST(dir.get_merge(first.id).time == first.time);
}

BOOST_FIXTURE_TEST_CASE(a_merge_in_a_rolled_back_transaction_leaves_nothing, TwoNeuhaus) {
  {
    Transaction transaction = dir.transaction();
    dir.merge(gerald.meta.id, card.meta.id);
  }
  BOOST_TEST(content(dir.get_person(card.meta.id)) == content(card));
  BOOST_TEST(content(dir.get_person(gerald.meta.id)) == content(gerald));
  BOOST_TEST(dir.list_merges().empty());
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(refusals_and_keep_apart)

BOOST_FIXTURE_TEST_CASE(merge_refuses_what_cannot_merge, TwoNeuhaus) {
  const RecordId g = gerald.meta.id;
  auto code = [&](RecordId a, RecordId b) { return refusal([&] { dir.merge(a, b); }).code(); };
  BOOST_TEST(code(g, g) == errc::invalid_argument);
  BOOST_TEST(code(g, osce.meta.id) == errc::invalid_argument);
  BOOST_TEST(code(podgorica.meta.id, tirana.meta.id) == errc::invalid_argument);
  BOOST_TEST(code(g, 9999) == errc::not_found);
  BOOST_TEST(code(9999, g) == errc::not_found);
  MergeOptions keep_other;
  keep_other.keep = osce.meta.id;
  const Error bad_keep = refusal([&] { dir.merge(g, card.meta.id, keep_other); });
  BOOST_TEST(bad_keep.code() == errc::invalid_argument);
  BOOST_TEST(mentions(bad_keep, "keep"));
  BOOST_TEST(dir.list_merges().empty());
  BOOST_TEST(content(dir.get_person(card.meta.id)) == content(card));
}

BOOST_FIXTURE_TEST_CASE(keep_apart_is_idempotent_listed_and_forgettable, TwoNeuhaus) {
  BOOST_TEST(!dir.kept_apart(gerald.meta.id, card.meta.id));
  dir.keep_apart(card.meta.id, gerald.meta.id);
  dir.keep_apart(gerald.meta.id, card.meta.id);
  BOOST_TEST(dir.kept_apart(gerald.meta.id, card.meta.id));
  BOOST_TEST(dir.kept_apart(card.meta.id, gerald.meta.id));
  dir.keep_apart(osce.meta.id, iom.meta.id);
  BOOST_TEST(dir.kept_apart(iom.meta.id, osce.meta.id));

  const Error merge = refusal([&] { dir.merge(gerald.meta.id, card.meta.id); });
  BOOST_TEST(merge.code() == errc::constraint);
  BOOST_TEST(mentions(merge, "keep_apart"));

  BOOST_TEST(dir.forget_keep_apart(card.meta.id, gerald.meta.id));
  BOOST_TEST(!dir.forget_keep_apart(card.meta.id, gerald.meta.id));
  BOOST_TEST(!dir.kept_apart(gerald.meta.id, card.meta.id));
  BOOST_TEST(dir.kept_apart(osce.meta.id, iom.meta.id));
  dir.merge(gerald.meta.id, card.meta.id);
}

// Gerald's son was kept apart from the business card; once the card is
// merged into Gerald's record, the son stays apart from that record too,
// until the merge is undone.
BOOST_FIXTURE_TEST_CASE(a_record_kept_apart_from_the_absorbed_one_stays_apart, TwoNeuhaus) {
  Person son = full();
  son.birthday = date(1998, 7, 10);
  son.sources.clear();
  son.identifiers.clear();
  const RecordId junior = dir.add_person(son).meta.id;
  const RecordId unrelated = dir.add_person(person("Ana", "Horvat")).meta.id;
  dir.keep_apart(card.meta.id, junior);
  dir.keep_apart(gerald.meta.id, unrelated);  // already the survivor's: not the merge's to undo
  dir.keep_apart(card.meta.id, unrelated);
  const auto listed = dir.match_person(dir.get_person(junior));
  BOOST_TEST_REQUIRE(listed.size() == 1u);  // Gerald, by the shared e-mail; the card is kept apart
  BOOST_TEST(listed.front().b == gerald.meta.id);

  const MergeRecord merged = dir.merge(gerald.meta.id, card.meta.id);
  BOOST_TEST(merged.survivor == gerald.meta.id);
  BOOST_TEST(dir.kept_apart(gerald.meta.id, junior));
  BOOST_TEST(dir.match_person(dir.get_person(junior)).empty());
  const auto refused = refusal([&] { dir.merge(gerald.meta.id, junior); });
  BOOST_TEST(refused.code() == errc::constraint);

  dir.unmerge(merged.id);
  BOOST_TEST(!dir.kept_apart(gerald.meta.id, junior));
  BOOST_TEST(dir.kept_apart(card.meta.id, junior));
  BOOST_TEST(dir.kept_apart(gerald.meta.id, unrelated));
  BOOST_TEST(dir.kept_apart(card.meta.id, unrelated));
}

BOOST_FIXTURE_TEST_CASE(keep_apart_refuses_what_cannot_be_a_pair, TwoNeuhaus) {
  auto code = [&](RecordId a, RecordId b) { return refusal([&] { dir.keep_apart(a, b); }).code(); };
  BOOST_TEST(code(gerald.meta.id, gerald.meta.id) == errc::invalid_argument);
  BOOST_TEST(code(gerald.meta.id, osce.meta.id) == errc::invalid_argument);
  BOOST_TEST(code(podgorica.meta.id, tirana.meta.id) == errc::invalid_argument);
  BOOST_TEST(code(gerald.meta.id, 9999) == errc::not_found);
  BOOST_TEST(!dir.kept_apart(gerald.meta.id, osce.meta.id));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(survivorship)

BOOST_AUTO_TEST_CASE(a_survivor_without_a_name_takes_all_the_name_parts) {
  Person survivor;
  survivor.contacts.emails = {email("g.neuhaus@osce.org")};
  Person absorbed = person("Gerald", "Neuhaus");
  absorbed.meta.uid = "uid-absorbed";
  const Person merged = dedup::merged_person(survivor, absorbed);
  BOOST_TEST(merged.given_names == "Gerald");
  BOOST_TEST(merged.family_names == "Neuhaus");
  BOOST_TEST(merged.alternative_names.empty());
}

BOOST_AUTO_TEST_CASE(name_parts_are_never_mixed_from_both_records) {
  Person survivor = person("", "Neuhaus");
  Person absorbed = person("Gerald", "Neuhaus");
  absorbed.meta.uid = "uid-absorbed";
  const Person merged = dedup::merged_person(survivor, absorbed);
  BOOST_TEST(merged.given_names.empty());
  BOOST_TEST(has_alternative_name(merged, "Gerald Neuhaus"));
}

BOOST_AUTO_TEST_CASE(data_protection_fields_go_together) {
  Person survivor = person("Ana", "Hoxha");
  Person absorbed = survivor;
  absorbed.meta.uid = "uid-absorbed";
  absorbed.data_protection.lawful_basis = LawfulBasis::consent;
  absorbed.data_protection.consent_date = date(2016, 8, 31);
  BOOST_TEST(dedup::merged_person(survivor, absorbed).data_protection == absorbed.data_protection);

  survivor.data_protection.lawful_basis = LawfulBasis::consent;
  survivor.data_protection.consent_date = date(2017, 1, 5);
  const Person merged = dedup::merged_person(survivor, absorbed);
  BOOST_TEST(merged.data_protection == survivor.data_protection);
  BOOST_TEST(merged.raw_values ==
                 std::vector<RawValue>{test::raw("data_protection.consent_date", "2016-08-31",
                                                 "merged from uid-absorbed")},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(equal_records_merge_into_the_survivor_unchanged) {
  Person survivor = TwoNeuhaus::full();
  survivor.meta.id = 1;
  Person absorbed = survivor;
  absorbed.meta.id = 2;
  absorbed.meta.uid = "uid-absorbed";
  BOOST_TEST(dedup::merged_person(survivor, absorbed) == survivor);

  Organization org = merging_organizations::TwoOsce::full();
  Organization twin = org;
  twin.meta.uid = "uid-absorbed";
  BOOST_TEST(dedup::merged_organization(org, twin) == org);
}

BOOST_AUTO_TEST_CASE(an_absorbed_parent_is_recorded_when_the_survivor_has_another) {
  Organization survivor = organization("Border Police");
  survivor.meta.id = 10;
  survivor.parent_id = 3;
  Organization absorbed = organization("Border Police Directorate");
  absorbed.meta.id = 11;
  absorbed.meta.uid = "uid-absorbed";
  absorbed.parent_id = 4;
  const Organization merged = dedup::merged_organization(survivor, absorbed);
  BOOST_TEST(or_zero(merged.parent_id) == 3);
  BOOST_TEST(has_raw(merged.raw_values, test::raw("parent_id", "4", "merged from uid-absorbed")));
  BOOST_TEST(has_alias(merged, "Border Police Directorate"));

  // A survivor that was a unit of the absorbed one takes its place.
  survivor.parent_id = 11;
  BOOST_TEST(or_zero(dedup::merged_organization(survivor, absorbed).parent_id) == 4);
}

BOOST_AUTO_TEST_SUITE_END()
