// Finding duplicates: the scoring rules one by one, blocking, the
// Directory calls (find_duplicates, match_person, match_organization,
// compare) and what an import does with a new record that looks like a
// stored one (docs/dedup.md).
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

#include "dedup/blocking.hpp"
#include "dedup/profile.hpp"
#include "dedup/profile_codec.hpp"
#include "dedup/scorer.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace liaison;
using test::date;
using test::mentions;
using test::refusal;
using test::person;

OpenOptions options() { return test::options_for("dedup-test", "RS"); }

using Fresh = test::FreshDirectory<options>;

Email email(const char* address) {
  Email e;
  e.address = address;
  return e;
}

Organization organization(const char* name, const char* acronym = "") {
  Organization o;
  o.name = name;
  o.acronym = acronym;
  return o;
}

RecordId affiliate(Directory& dir, RecordId person_id, RecordId organization_id) {
  Affiliation a;
  a.person_id = person_id;
  a.organization_id = organization_id;
  return dir.add_affiliation(a).meta.id;
}

bool has_reason(const DuplicatePair& pair, const std::string& field, const std::string& outcome) {
  return std::any_of(pair.reasons.begin(), pair.reasons.end(), [&](const MatchReason& reason) {
    return reason.field == field && reason.outcome == outcome;
  });
}

std::string reasons_of(const DuplicatePair& pair) {
  std::string out;
  for (const MatchReason& reason : pair.reasons) {
    out += reason.field + " " + reason.outcome + " " + std::to_string(reason.weight) + "; ";
  }
  return out;
}

// Scores two values directly, as a directory of two would.
dedup::Evidence score(const Person& a, const Person& b, bool explain = true) {
  const dedup::PersonProfile pa = dedup::person_profile(a, {});
  const dedup::PersonProfile pb = dedup::person_profile(b, {});
  dedup::Frequencies frequencies;
  frequencies.add(pa);
  frequencies.add(pb);
  return dedup::compare_persons(pa, pb, frequencies, explain);
}

double score_of(const Organization& a, const Organization& b) {
  return dedup::compare_organizations(dedup::organization_profile(a),
                                      dedup::organization_profile(b), false)
      .score;
}

const MatchThresholds defaults;

}  // namespace

BOOST_AUTO_TEST_SUITE(person_rules)

BOOST_AUTO_TEST_CASE(the_same_officer_three_ways) {
  // "Gerald Neuhaus, OSCE, gerald.neuhaus@osce.org", "Neuhaus, Gerald" and
  // "G. Neuhaus" from a business card, all at the OSCE.
  Fresh f;
  const RecordId osce = f.dir.add_organization(organization("OSCE")).meta.id;
  Person full = person("Gerald", "Neuhaus");
  full.contacts.emails.push_back(email("gerald.neuhaus@osce.org"));
  Person listed;
  listed.display_name = "Neuhaus, Gerald";
  Person card;
  card.display_name = "G. Neuhaus";
  const RecordId a = f.dir.add_person(full).meta.id;
  const RecordId b = f.dir.add_person(listed).meta.id;
  const RecordId c = f.dir.add_person(card).meta.id;
  for (RecordId id : {a, b, c}) affiliate(f.dir, id, osce);

  const DuplicatePair ab = f.dir.compare(a, b);
  BOOST_TEST((ab.decision == MatchDecision::duplicate), reasons_of(ab));
  BOOST_TEST(has_reason(ab, "family_name", "equal"));
  BOOST_TEST(has_reason(ab, "organization", "shared"));
  // An initial and a shared organization.
  const DuplicatePair ac = f.dir.compare(a, c);
  BOOST_TEST((ac.decision != MatchDecision::distinct), reasons_of(ac));
  BOOST_TEST(has_reason(ac, "given_name", "initial"));
  // With the same e-mail the card is the same man beyond doubt.
  card.meta = f.dir.get_person(c).meta;
  card.contacts.emails.push_back(email("gerald.neuhaus@osce.org"));
  f.dir.update_person(card);
  const DuplicatePair with_email = f.dir.compare(a, c);
  BOOST_TEST((with_email.decision == MatchDecision::duplicate));
  BOOST_TEST(with_email.score > ac.score);
  // Without the organization an initial alone is less.
  Person elsewhere;
  elsewhere.display_name = "G. Neuhaus";
  const RecordId d = f.dir.add_person(elsewhere).meta.id;
  BOOST_TEST(f.dir.compare(a, d).score < ac.score);
}

BOOST_AUTO_TEST_CASE(name_order_swapped_is_still_the_same_name) {
  Person a = person("Gerald", "Neuhaus");
  a.birthday = date(1971, 3, 2);
  Person b = person("Neuhaus", "Gerald");  // typed into the wrong fields
  b.birthday = date(1971, 3, 2);
  const dedup::Evidence evidence = score(a, b);
  BOOST_TEST(evidence.score >= defaults.duplicate);
  BOOST_TEST(std::any_of(evidence.reasons.begin(), evidence.reasons.end(),
                         [](const MatchReason& r) { return r.outcome == "swapped"; }));
}

BOOST_AUTO_TEST_CASE(a_cyrillic_record_matches_its_latin_twin) {
  Person latin = person("Milan", "Jovanović");
  latin.birthday = date(1980, 5, 17);
  Person cyrillic = person("Милан", "Јовановић");
  cyrillic.birthday = date(1980, 5, 17);
  const dedup::Evidence evidence = score(latin, cyrillic);
  BOOST_TEST(evidence.score >= defaults.duplicate);
  Person ascii = person("Milan", "Jovanovic");
  ascii.birthday = date(1980, 5, 17);
  BOOST_TEST(score(cyrillic, ascii).score == evidence.score);
}

BOOST_AUTO_TEST_CASE(father_and_son_of_one_name_are_kept_apart) {
  // Same name, same home, a generation apart: never one person.
  Person father = person("Marko", "Petrović");
  father.birthday = date(1952, 4, 11);
  PostalAddress home;
  home.street = "Njegoševa 14";
  home.locality = "Beograd";
  father.contacts.addresses.push_back(home);
  Phone landline;
  landline.number = "+381 11 123 4567";
  landline.e164 = "+381111234567";
  landline.kind = PhoneKind::home;
  father.contacts.phones.push_back(landline);
  Person son = father;
  son.birthday = date(1981, 9, 23);
  const dedup::Evidence evidence = score(father, son);
  BOOST_TEST(evidence.score < defaults.duplicate);
  BOOST_TEST(std::any_of(evidence.reasons.begin(), evidence.reasons.end(),
                         [](const MatchReason& r) { return r.outcome == "household"; }));
  // The same two without a birth date on file are, for all anyone can tell, one man.
  father.birthday = {};
  son.birthday = {};
  BOOST_TEST(score(father, son).score >= defaults.duplicate);
}

BOOST_AUTO_TEST_CASE(an_address_without_its_second_line_is_the_same_address) {
  auto at = [](const char* street) {
    Person p = person("Thomas", "Petersen");
    PostalAddress home;
    home.street = street;
    home.locality = "Toorak";
    home.postal_code = "5049";
    p.contacts.addresses.push_back(home);
    return p;
  };
  auto street_outcome = [](const dedup::Evidence& evidence) {
    for (const MatchReason& r : evidence.reasons) {
      if (r.field == "street") return r.outcome;
    }
    return std::string("none");
  };
  const Person full = at("16 Couvreur Street Kimberley Land Caravan Park");
  const dedup::Evidence shorter = score(full, at("16 Couvreur Street"));
  BOOST_TEST(street_outcome(shorter) == "one with a second line");
  BOOST_TEST(score(at("16 Couvreur Street"), full).score == shorter.score);
  // Weaker than the same street written alike, stronger than a look-alike.
  BOOST_TEST(shorter.score < score(full, full).score);
  BOOST_TEST(shorter.score > score(full, at("16 Couvreur Stret Kimberley Land Caravan Park")).score);
  // A street name without its number, or another number, is not the address.
  BOOST_TEST(street_outcome(score(full, at("Couvreur Street"))) != "one with a second line");
  BOOST_TEST(street_outcome(score(full, at("18 Couvreur Street"))) != "one with a second line");
}

BOOST_AUTO_TEST_CASE(different_personal_emails_keep_namesakes_apart) {
  Person a = person("Arben", "Hoxha");
  a.contacts.emails.push_back(email("arben.hoxha@gmail.com"));
  Person b = person("Arben", "Hoxha");
  b.contacts.emails.push_back(email("arben.hoxha.tr@yahoo.com"));
  const double apart = score(a, b).score;
  b.contacts.emails.clear();
  const double unknown = score(a, b).score;
  BOOST_TEST(apart < unknown);
  BOOST_TEST(apart < defaults.duplicate);
}

BOOST_AUTO_TEST_CASE(a_role_mailbox_says_little) {
  Person a = person("Elena", "Dimitrova");
  a.contacts.emails.push_back(email("info@iom.int"));
  Person b = person("Robert", "Fletcher");
  b.contacts.emails.push_back(email("info@iom.int"));
  const dedup::Evidence evidence = score(a, b);
  BOOST_TEST(evidence.score < defaults.possible);
  BOOST_TEST(std::any_of(evidence.reasons.begin(), evidence.reasons.end(),
                         [](const MatchReason& r) { return r.outcome == "shared mailbox"; }));
  // A personal address shared is strong evidence on its own.
  a.contacts.emails = {email("r.fletcher@iom.int")};
  b.contacts.emails = {email("r.fletcher@iom.int")};
  a.given_names = "Robert";
  a.family_names = "Fletcher";
  BOOST_TEST(score(a, b).score >= defaults.duplicate);
}

BOOST_AUTO_TEST_CASE(nicknames_and_typos_count_as_agreement) {
  Person a = person("William", "Turner");
  a.contacts.emails.push_back(email("w.turner@frontex.europa.eu"));
  Person b = person("Bill", "Turner");
  b.contacts.emails.push_back(email("w.turner@frontex.europa.eu"));
  const dedup::Evidence nickname = score(a, b);
  BOOST_TEST(std::any_of(nickname.reasons.begin(), nickname.reasons.end(),
                         [](const MatchReason& r) { return r.outcome == "nickname"; }));
  Person typo = person("Wiliam", "Turnr");
  typo.birthday = date(1975, 1, 2);
  Person right = person("William", "Turner");
  right.birthday = date(1975, 1, 2);
  const dedup::Evidence evidence = score(typo, right);
  BOOST_TEST(evidence.score >= defaults.duplicate,
             reasons_of({RecordKind::person, 0, 0, evidence.score, {}, evidence.reasons}));
}

BOOST_AUTO_TEST_CASE(gender_variants_are_two_people) {
  Person a = person("Aleksandar", "Nikolić");
  Person b = person("Aleksandra", "Nikolić");
  const dedup::Evidence evidence = score(a, b);
  BOOST_TEST(evidence.score < defaults.possible);
}

BOOST_AUTO_TEST_CASE(a_common_family_name_counts_less) {
  // The same family name weighs less where many share it.
  std::vector<dedup::PersonProfile> profiles;
  dedup::Frequencies rare;
  dedup::Frequencies common;
  const dedup::PersonProfile a = dedup::person_profile(person("Ana", "Horvat"), {});
  const dedup::PersonProfile b = dedup::person_profile(person("Ivana", "Horvat"), {});
  for (int i = 0; i < 500; ++i) {
    const dedup::PersonProfile other =
        dedup::person_profile(person("X", ("Name" + std::to_string(i)).c_str()), {});
    rare.add(other);
    common.add(i % 5 == 0 ? b : other);
  }
  rare.add(a);
  rare.add(b);
  common.add(a);
  BOOST_TEST(dedup::compare_persons(a, b, common, false).score <
             dedup::compare_persons(a, b, rare, false).score);
}

BOOST_AUTO_TEST_CASE(explaining_changes_nothing_but_the_reasons) {
  Person a = person("Sara", "Çapaliku");
  a.contacts.emails.push_back(email("sara.capaliku@osce.org"));
  Person b = person("Sara", "Capaliku");
  const dedup::Evidence fast = score(a, b, false);
  const dedup::Evidence explained = score(a, b, true);
  BOOST_TEST(fast.score == explained.score);
  BOOST_TEST(fast.reasons.empty());
  BOOST_TEST(!explained.reasons.empty());
  double sum = 0;
  for (const MatchReason& reason : explained.reasons) sum += reason.weight;
  BOOST_TEST(sum == explained.score, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(organization_rules)

BOOST_AUTO_TEST_CASE(the_osce_four_ways) {
  Organization acronym = organization("OSCE");
  Organization english = organization("Organization for Security and Co-operation in Europe");
  Organization british = organization("Organisation for Security and Cooperation in Europe");
  Organization serbian = organization("Организација за европску безбедност и сарадњу");
  serbian.aliases.push_back({"ОЕБС", "sr-Cyrl"});
  serbian.aliases.push_back({"OSCE", ""});
  BOOST_TEST(score_of(acronym, english) >= defaults.duplicate);
  BOOST_TEST(score_of(english, british) >= defaults.duplicate);
  BOOST_TEST(score_of(acronym, british) >= defaults.duplicate);
  BOOST_TEST(score_of(serbian, acronym) >= defaults.duplicate);
  BOOST_TEST(score_of(serbian, english) >= defaults.duplicate);
}

BOOST_AUTO_TEST_CASE(units_and_countries_stay_apart) {
  Organization serbia = organization("Ministry of Interior");
  serbia.country = "RS";
  Organization montenegro = organization("Ministry of Interior");
  montenegro.country = "ME";
  BOOST_TEST(score_of(serbia, montenegro) < defaults.possible);
  BOOST_TEST(score_of(organization("OSCE Mission to Serbia"),
                      organization("OSCE Mission to Montenegro")) < defaults.possible);
  BOOST_TEST(score_of(organization("Europol"), organization("Eurojust")) < defaults.possible);
}

BOOST_AUTO_TEST_CASE(legal_forms_do_not_tell_companies_apart) {
  BOOST_TEST(score_of(organization("Raiffeisen Bank d.d."), organization("Raiffeisen Bank")) >=
             defaults.duplicate);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(blocking)

BOOST_AUTO_TEST_CASE(pairs_come_only_from_shared_keys_each_once) {
  const std::vector<std::vector<std::string>> keys = {
      {"e:a@x.org", "n:neuhaus|g"}, {"n:neuhaus|g", "e:a@x.org"}, {"n:other|o"}, {"e:a@x.org"}};
  const auto pairs = dedup::candidate_pairs(keys);
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> expected = {{0, 1}, {0, 3}, {1, 3}};
  BOOST_TEST((pairs == expected));
}

BOOST_AUTO_TEST_CASE(a_key_too_common_to_tell_anyone_apart_is_skipped) {
  std::vector<std::vector<std::string>> keys(50, std::vector<std::string>{"e:info@osce.org"});
  keys[3].push_back("i:passport:123");
  keys[7].push_back("i:passport:123");
  const auto pairs = dedup::candidate_pairs(keys, 20);
  BOOST_TEST(pairs.size() == 1u);
  BOOST_TEST(pairs.front().first == 3u);
  BOOST_TEST(pairs.front().second == 7u);
}

BOOST_AUTO_TEST_CASE(swapped_names_and_typos_share_a_key) {
  auto keys_of = [](const Person& p) { return dedup::blocking_keys(dedup::person_profile(p, {})); };
  auto share = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const std::string& key) {
      return std::find(y.begin(), y.end(), key) != y.end();
    });
  };
  BOOST_TEST(share(keys_of(person("Gerald", "Neuhaus")), keys_of(person("Neuhaus", "Gerald"))));
  BOOST_TEST(share(keys_of(person("Sara", "Çapaliku")), keys_of(person("S.", "Capaliku"))));
  BOOST_TEST(share(keys_of(person("Milan", "Јовановић")), keys_of(person("M", "Jovanovich"))));
  BOOST_TEST(!share(keys_of(person("Milan", "Jovanović")), keys_of(person("Ana", "Horvat"))));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(directory)

BOOST_FIXTURE_TEST_CASE(find_duplicates_lists_both_kinds_best_first, Fresh) {
  const RecordId osce = dir.add_organization(organization("OSCE")).meta.id;
  const RecordId osce_long =
      dir.add_organization(organization("Organization for Security and Co-operation in Europe"))
          .meta.id;
  dir.add_organization(organization("Europol"));
  Person a = person("Gerald", "Neuhaus");
  a.contacts.emails.push_back(email("gerald.neuhaus@osce.org"));
  Person b = person("Gerald", "Neuhaus");
  b.contacts.emails.push_back(email("Gerald.Neuhaus@osce.org"));
  const RecordId pa = dir.add_person(a).meta.id;
  const RecordId pb = dir.add_person(b).meta.id;
  dir.add_person(person("Ana", "Horvat"));

  const auto pairs = dir.find_duplicates();
  BOOST_TEST_REQUIRE(pairs.size() == 2u);
  for (std::size_t i = 1; i < pairs.size(); ++i) BOOST_TEST(pairs[i - 1].score >= pairs[i].score);
  auto found = [&](RecordId x, RecordId y) {
    return std::any_of(pairs.begin(), pairs.end(), [&](const DuplicatePair& p) {
      return p.a == std::min(x, y) && p.b == std::max(x, y) &&
             p.decision == MatchDecision::duplicate && !p.reasons.empty();
    });
  };
  BOOST_TEST(found(pa, pb));
  BOOST_TEST(found(osce, osce_long));

  DedupOptions only_people;
  only_people.kind = RecordKind::person;
  BOOST_TEST(dir.find_duplicates(only_people).size() == 1u);
  DedupOptions wrong;
  wrong.kind = RecordKind::event;
  BOOST_TEST(refusal([&] { dir.find_duplicates(wrong); }).code() == errc::invalid_argument);
}

BOOST_FIXTURE_TEST_CASE(thresholds_and_min_score_are_the_users, Fresh) {
  dir.add_person(person("Gerald", "Neuhaus"));
  dir.add_person(person("Ana", "Neuhaus"));
  DedupOptions options;
  BOOST_TEST(dir.find_duplicates(options).empty());  // a family name alone is too little
  options.min_score = -100;
  const auto all = dir.find_duplicates(options);
  BOOST_TEST_REQUIRE(all.size() == 1u);
  BOOST_TEST((all.front().decision == MatchDecision::distinct));
  options.thresholds.possible = all.front().score - 1;
  options.thresholds.duplicate = all.front().score;
  options.min_score.reset();
  const auto tuned = dir.find_duplicates(options);
  BOOST_TEST_REQUIRE(tuned.size() == 1u);
  BOOST_TEST((tuned.front().decision == MatchDecision::duplicate));
}

BOOST_FIXTURE_TEST_CASE(pairs_kept_apart_are_not_suggested_again, Fresh) {
  Person a = person("Marko", "Petrović");
  a.contacts.emails.push_back(email("marko.petrovic@mup.gov.rs"));
  const RecordId x = dir.add_person(a).meta.id;
  const RecordId y = dir.add_person(a).meta.id;
  BOOST_TEST(dir.find_duplicates().size() == 1u);
  dir.keep_apart(x, y);
  BOOST_TEST(dir.find_duplicates().empty());
  DedupOptions options;
  options.include_kept_apart = true;
  BOOST_TEST(dir.find_duplicates(options).size() == 1u);
  BOOST_TEST(dir.match_person(dir.get_person(x)).empty());
  BOOST_TEST(dir.match_person(dir.get_person(y)).empty());  // the later of the two
  BOOST_TEST(dir.match_person(y).empty());
  BOOST_TEST(dir.match_person(y, options).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(a_stored_person_is_matched_by_id_as_by_its_record, Fresh) {
  const RecordId osce = dir.add_organization(organization("OSCE")).meta.id;
  Person a = person("Marko", "Petrović");
  a.contacts.emails.push_back(email("marko.petrovic@mup.gov.rs"));
  a.birthday = date(1975, 6, 1);
  const RecordId x = dir.add_person(a).meta.id;
  affiliate(dir, x, osce);
  Person b = person("Marko", "Petrovic");
  b.birthday = date(1975, 6, 1);
  const RecordId y = dir.add_person(b).meta.id;
  affiliate(dir, y, osce);
  dir.add_person(person("Ana", "Horvat"));

  for (const bool in_transaction : {false, true}) {
    Transaction transaction = dir.transaction();
    if (!in_transaction) transaction.commit();
    const auto by_record = dir.match_person(dir.get_person(y));
    const auto by_id = dir.match_person(y);
    BOOST_TEST_REQUIRE(by_id.size() == 1u);
    BOOST_TEST_REQUIRE(by_record.size() == 1u);
    BOOST_TEST(by_id.front().a == y);
    BOOST_TEST(by_id.front().b == x);
    BOOST_TEST(by_id.front().score == by_record.front().score, reasons_of(by_id.front()));
    // The shared organization counts.
    BOOST_TEST(reasons_of(by_id.front()).find("organization") != std::string::npos,
               reasons_of(by_id.front()));
  }
  BOOST_CHECK_THROW(dir.match_person(osce), liaison::Error);
  BOOST_CHECK_THROW(dir.match_person(RecordId{999999}), liaison::Error);
}

BOOST_FIXTURE_TEST_CASE(match_person_finds_a_typo_in_the_first_letters_of_a_family_name, Fresh) {
  Person stored = person("Gerald", "Neuhaus");
  stored.birthday = date(1971, 3, 2);
  const RecordId id = dir.add_person(stored).meta.id;
  dir.add_person(person("Gerald", "Newman"));
  for (const char* typed : {"Nuehaus", "Neihaus", "Euhaus"}) {
    Person incoming = person("Gerald", typed);  // no e-mail, no phone: the name alone
    incoming.birthday = date(1971, 3, 2);
    const auto pairs = dir.match_person(incoming);
    BOOST_TEST(std::any_of(pairs.begin(), pairs.end(),
                           [&](const DuplicatePair& pair) { return pair.b == id; }),
               typed);
  }
  // Two edits away is someone else as far as this lookup goes.
  const auto far = dir.match_person(person("Gerald", "Nuehuas"));
  BOOST_TEST(std::none_of(far.begin(), far.end(),
                          [&](const DuplicatePair& pair) { return pair.b == id; }));
}

BOOST_FIXTURE_TEST_CASE(match_person_scores_a_new_contact_against_the_directory, Fresh) {
  const RecordId osce = dir.add_organization(organization("OSCE")).meta.id;
  Person stored = person("Sara", "Çapaliku");
  Phone mobile;
  mobile.number = "+355 69 123 4567";
  mobile.kind = PhoneKind::mobile;
  stored.contacts.phones.push_back(mobile);
  const RecordId id = dir.add_person(stored).meta.id;
  affiliate(dir, id, osce);
  dir.add_person(person("Ana", "Horvat"));

  Person incoming = person("Сара", "Чапалику");  // a card in Cyrillic, a national number
  Phone typed;
  typed.number = "069 123 4567";
  typed.kind = PhoneKind::mobile;
  incoming.contacts.phones.push_back(typed);
  dir.set_default_region("AL");
  const auto pairs = dir.match_person(incoming);
  BOOST_TEST_REQUIRE(pairs.size() == 1u);
  BOOST_TEST(pairs.front().a == 0);
  BOOST_TEST(pairs.front().b == id);
  BOOST_TEST((pairs.front().decision == MatchDecision::duplicate), reasons_of(pairs.front()));

  const auto organizations =
      dir.match_organization(organization("Organisation for Security and Cooperation in Europe"));
  BOOST_TEST_REQUIRE(organizations.size() == 1u);
  BOOST_TEST(organizations.front().b == osce);
}

BOOST_FIXTURE_TEST_CASE(compare_refuses_what_cannot_be_a_pair, Fresh) {
  const RecordId p = dir.add_person(person("Ana", "Horvat")).meta.id;
  const RecordId o = dir.add_organization(organization("OSCE")).meta.id;
  const RecordId link = affiliate(dir, p, o);
  BOOST_TEST(refusal([&] { dir.compare(p, o); }).code() == errc::invalid_argument);
  BOOST_TEST(refusal([&] { dir.compare(p, link); }).code() == errc::invalid_argument);
  BOOST_TEST(refusal([&] { dir.compare(p, 9999); }).code() == errc::not_found);
}

BOOST_AUTO_TEST_SUITE_END()

// Inside a write transaction, matching keeps what it read (an import reads
// the same namesakes for every row). Whatever the transaction writes next
// must still be seen, and scores must be those a fresh read gives.
BOOST_AUTO_TEST_SUITE(matching_inside_a_transaction)

BOOST_AUTO_TEST_CASE(a_packed_profile_unpacks_to_the_same_profile) {
  // Every member filled, Cyrillic and a long street included: the cache
  // keeps profiles packed, and a member lost there would change scores.
  Person p = person("Јелена Ана", "Јовановић-Марковић");
  p.meta.id = 123456789012;
  p.nicknames = {"Jeca"};
  p.birthday = date(1971, 3, 0);
  p.country = "RS";
  p.contacts.emails.push_back(email("jelena.jovanovic@mup.gov.rs"));
  Phone mobile;
  mobile.number = "+381 63 123 4567";
  mobile.e164 = "+381631234567";
  mobile.kind = PhoneKind::mobile;
  p.contacts.phones.push_back(mobile);
  PostalAddress home;
  home.street = std::string(300, 'x') + " Булевар краља Александра 15";
  home.locality = "Београд";
  home.postal_code = "11000";
  home.region = "Београд";
  p.contacts.addresses.push_back(home);
  p.identifiers.push_back({"passport", "RS 0123 4567"});
  const dedup::PersonProfile profile = dedup::person_profile(p, {7, 300, 70000});
  const std::string packed = dedup::pack(profile);
  const dedup::PersonProfile unpacked = dedup::unpack_person_profile(packed);
  BOOST_TEST(dedup::pack(unpacked) == packed);
  BOOST_TEST(unpacked.id == profile.id);
  BOOST_TEST_REQUIRE(unpacked.names.size() == profile.names.size());
  BOOST_TEST(unpacked.names.front().given == profile.names.front().given,
             boost::test_tools::per_element());
  BOOST_TEST(unpacked.names.front().family_phonetic == profile.names.front().family_phonetic);
  BOOST_TEST(unpacked.swapped_names.size() == profile.swapped_names.size());
  BOOST_TEST(unpacked.nicknames == profile.nicknames, boost::test_tools::per_element());
  BOOST_TEST(unpacked.emails == profile.emails, boost::test_tools::per_element());
  BOOST_TEST(unpacked.phones == profile.phones, boost::test_tools::per_element());
  BOOST_TEST(unpacked.mobile_phones == profile.mobile_phones, boost::test_tools::per_element());
  BOOST_TEST(unpacked.identifiers == profile.identifiers, boost::test_tools::per_element());
  BOOST_TEST(unpacked.birthday == profile.birthday);
  BOOST_TEST_REQUIRE(unpacked.addresses.size() == 1u);
  BOOST_TEST(unpacked.addresses.front().street == profile.addresses.front().street);
  BOOST_TEST(unpacked.addresses.front().region == profile.addresses.front().region);
  BOOST_TEST(unpacked.organizations == profile.organizations, boost::test_tools::per_element());
  BOOST_TEST(unpacked.country == profile.country);
  // And it scores as the profile it came from.
  const dedup::PersonProfile other =
      dedup::person_profile(person("Jelena", "Jovanovic-Markovic"), {300});
  dedup::Frequencies frequencies;
  frequencies.add(profile);
  frequencies.add(other);
  BOOST_TEST(dedup::compare_persons(other, unpacked, frequencies, false).score ==
             dedup::compare_persons(other, profile, frequencies, false).score);
}

BOOST_FIXTURE_TEST_CASE(a_person_changed_after_being_read_is_read_again, Fresh) {
  Person incoming = person("Gerald", "Neuhaus");
  incoming.birthday = date(1968, 5, 14);
  incoming.contacts.emails.push_back(email("gerald.neuhaus@gmail.com"));
  Transaction transaction = dir.transaction();
  Person stored = dir.add_person(incoming);
  auto pairs = dir.match_person(incoming);
  BOOST_TEST_REQUIRE(pairs.size() == 1u);
  BOOST_TEST((pairs.front().decision == MatchDecision::duplicate));

  // Still a namesake, so still a candidate; now someone else.
  stored.birthday = date(1994, 11, 2);
  stored.contacts.emails = {email("gerald.neuhaus.jr@yahoo.com")};
  dir.update_person(stored);
  pairs = dir.match_person(incoming);
  BOOST_TEST_REQUIRE(pairs.size() <= 1u);
  BOOST_TEST(std::none_of(pairs.begin(), pairs.end(), [](const DuplicatePair& pair) {
    return pair.decision == MatchDecision::duplicate;
  }));
  transaction.commit();
}

BOOST_FIXTURE_TEST_CASE(an_affiliation_added_after_a_read_counts, Fresh) {
  const RecordId osce = dir.add_organization(organization("OSCE")).meta.id;
  Transaction transaction = dir.transaction();
  const RecordId a = dir.add_person(person("Gerald", "Neuhaus")).meta.id;
  const RecordId b = dir.add_person(person("Gerald", "Neuhaus")).meta.id;
  affiliate(dir, b, osce);
  auto shared = [&] {
    const auto pairs = dir.match_person(dir.get_person(b));
    const auto found = std::find_if(pairs.begin(), pairs.end(),
                                    [&](const DuplicatePair& pair) { return pair.b == a; });
    return found != pairs.end() && has_reason(*found, "organization", "shared");
  };
  BOOST_TEST(!shared());
  affiliate(dir, a, osce);
  BOOST_TEST(shared());
  transaction.commit();
}

BOOST_FIXTURE_TEST_CASE(counts_follow_the_writes_and_match_a_fresh_read, Fresh) {
  Person incoming = person("Marko", "Hoxhaj");
  incoming.contacts.emails.push_back(email("marko.hoxhaj@asp.gov.al"));
  double inside = 0;
  {
    Transaction transaction = dir.transaction();
    dir.add_person(incoming);
    const double alone = dir.match_person(incoming).front().score;
    const char* given[] = {"Ana", "Besnik", "Dritan", "Elira", "Fatos", "Genta", "Ilir", "Jeta"};
    for (const char* name : given) dir.add_person(person(name, "Hoxhaj"));
    inside = dir.match_person(incoming).front().score;
    BOOST_TEST(inside < alone);  // the family name is commoner now
    transaction.commit();
  }
  BOOST_TEST(dir.match_person(incoming).front().score == inside);
}

BOOST_FIXTURE_TEST_CASE(what_a_rollback_takes_back_is_not_remembered, Fresh) {
  Person first = person("Gerald", "Neuhaus");
  first.contacts.emails.push_back(email("gerald.neuhaus@gmail.com"));
  {
    Transaction transaction = dir.transaction();
    dir.add_person(first);
    const auto pairs = dir.match_person(first);
    BOOST_TEST_REQUIRE(pairs.size() == 1u);
    BOOST_TEST((pairs.front().decision == MatchDecision::duplicate));
  }  // rolled back: the next person may get the same id
  Transaction transaction = dir.transaction();
  Person other = person("Ana", "Neuhaus");  // a namesake, so a candidate
  other.contacts.emails.push_back(email("ana.neuhaus@yahoo.com"));
  dir.add_person(other);
  const auto pairs = dir.match_person(first);
  BOOST_TEST(std::none_of(pairs.begin(), pairs.end(), [](const DuplicatePair& pair) {
    return pair.decision != MatchDecision::distinct;
  }));
  transaction.commit();
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(importing)

const char* const first_list =
    "First Name,Last Name,E-mail Address,Company\n"
    "Gerald,Neuhaus,gerald.neuhaus@osce.org,OSCE\n"
    "Ana,Horvat,ana.horvat@mup.hr,MUP\n";

// The same officer from another list, with another key.
const char* const second_list =
    "First Name,Last Name,E-mail Address,Company\n"
    "Gerald,Neuhaus,gerald.neuhaus@osce.org,OSCE\n"
    "Jelena,Marković,jelena.markovic@iom.int,IOM\n";

BOOST_FIXTURE_TEST_CASE(a_duplicate_is_imported_and_listed_by_default, Fresh) {
  import_csv_bytes(dir, first_list, "first.csv");
  const ImportReport report = import_csv_bytes(dir, second_list, "second.csv");
  BOOST_TEST(dir.count(RecordKind::person) == 4u);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  const ImportMatch& match = report.matches.front();
  BOOST_TEST((match.action == MatchAction::listed));
  BOOST_TEST((match.decision == MatchDecision::duplicate));
  BOOST_TEST(match.line == 2u);
  BOOST_TEST(dir.get_person(match.existing).contacts.emails.front().address ==
             "gerald.neuhaus@osce.org");
  BOOST_TEST(match.incoming != match.existing);
  // Importing the same files again creates nothing.
  import_csv_bytes(dir, first_list, "first.csv");
  const ImportReport again = import_csv_bytes(dir, second_list, "second.csv");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 4u);
}

BOOST_FIXTURE_TEST_CASE(remarks_passed_on_as_they_come_are_the_reports_remarks, Fresh) {
  import_csv_bytes(dir, first_list, "first.csv");
  const char* const list =
      "First Name,Last Name,E-mail Address,Company,Birthday\n"
      "Gerald,Neuhaus,gerald.neuhaus@osce.org,OSCE,someday\n"  // a match and a warning
      ",,,,1970-01-01\n"                                       // no identity: an error
      "Jelena,Marković,jelena.markovic@iom.int,IOM,\n";
  CsvImportOptions kept;
  kept.skip_bad = true;
  kept.dry_run = true;
  const ImportReport report = import_csv_bytes(dir, list, "second.csv", kept);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  BOOST_TEST(report.warning_count() >= 1u);
  BOOST_TEST(report.error_count() == 1u);

  CsvImportOptions passed = kept;
  std::vector<std::string> diagnostics;
  std::vector<ImportMatch> matches;
  passed.on_diagnostic = [&](const Diagnostic& d) { diagnostics.push_back(d.to_string()); };
  passed.on_found_match = [&](const ImportMatch& m) { matches.push_back(m); };
  const ImportReport counted = import_csv_bytes(dir, list, "second.csv", passed);
  BOOST_TEST(counted.diagnostics.empty());
  BOOST_TEST(counted.matches.empty());
  std::vector<std::string> expected;
  for (const Diagnostic& d : report.diagnostics) expected.push_back(d.to_string());
  BOOST_TEST(diagnostics == expected, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(matches.size() == 1u);
  BOOST_TEST(matches.front().line == report.matches.front().line);
  BOOST_TEST(matches.front().existing == report.matches.front().existing);
  BOOST_TEST(counted.warning_count() == report.warning_count());
  BOOST_TEST(counted.error_count() == report.error_count());
  BOOST_TEST(counted.match_count() == 1u);
  BOOST_TEST(counted.created == report.created);
  const auto json = nlohmann::json::parse(liaison::to_json(counted));
  BOOST_TEST(json.at("passed_on").at("matches") == 1);
  BOOST_TEST(json.at("passed_on").at("errors") == 1);
  BOOST_TEST(!nlohmann::json::parse(liaison::to_json(report)).contains("passed_on"));

  // A callback that throws ends the import, which leaves nothing behind.
  CsvImportOptions failing;
  failing.on_found_match = [](const ImportMatch&) { throw std::runtime_error("enough"); };
  const std::size_t before = dir.count(RecordKind::person);
  BOOST_CHECK_THROW(import_csv_bytes(dir, second_list, "second.csv", failing), std::runtime_error);
  BOOST_TEST(dir.count(RecordKind::person) == before);
}

BOOST_FIXTURE_TEST_CASE(on_match_merge_merges_and_can_be_undone, Fresh) {
  import_csv_bytes(dir, first_list, "first.csv");
  CsvImportOptions options;
  options.on_match = OnMatch::merge;
  const ImportReport report = import_csv_bytes(dir, second_list, "second.csv", options);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  const ImportMatch& match = report.matches.front();
  BOOST_TEST((match.action == MatchAction::merged));
  BOOST_TEST(match.merge_id != 0);
  BOOST_TEST(dir.count(RecordKind::person) == 3u);
  // The survivor carries both sources: a re-import updates it, never copies.
  const Person before = dir.get_person(match.existing);
  BOOST_TEST(
      std::count_if(before.sources.begin(), before.sources.end(),
                    [](const liaison::SourceRef& ref) { return ref.source == "second.csv"; }) == 1);
  const ImportReport again = import_csv_bytes(dir, second_list, "second.csv", options);
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 3u);
  // The row adds to the merged record; it does not replace what first.csv said.
  const Person after = dir.get_person(match.existing);
  BOOST_TEST(after.sources.size() == before.sources.size());
  BOOST_TEST(after.contacts.emails.size() == before.contacts.emails.size());
  dir.unmerge(match.merge_id, true);
  BOOST_TEST(dir.count(RecordKind::person) == 4u);
}

BOOST_FIXTURE_TEST_CASE(on_match_skip_leaves_the_duplicate_out, Fresh) {
  import_csv_bytes(dir, first_list, "first.csv");
  CsvImportOptions options;
  options.on_match = OnMatch::skip;
  const ImportReport report = import_csv_bytes(dir, second_list, "second.csv", options);
  BOOST_TEST(report.skipped == 1u);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  BOOST_TEST((report.matches.front().action == MatchAction::skipped));
  BOOST_TEST(report.matches.front().incoming == 0);
  BOOST_TEST(dir.count(RecordKind::person) == 3u);
  BOOST_TEST(report.warning_count() >= 1u);
}

BOOST_FIXTURE_TEST_CASE(a_new_record_lists_its_three_best_matches, Fresh) {
  // Five stored records of one officer (one with her mobile too); a list
  // naming her again is reported against the best three, best first.
  for (int i = 0; i < 5; ++i) {
    Person p;
    p.given_names = "Sara";
    p.family_names = "Çapaliku";
    p.contacts.emails = {{"sara.capaliku@mwl.al", "", false, ""}};
    if (i == 3) {
      liaison::Phone mobile;
      mobile.number = "+355 69 123 4567";
      mobile.kind = PhoneKind::mobile;
      p.contacts.phones = {mobile};
    }
    dir.add_person(p);
  }
  const ImportReport report =
      import_csv_bytes(dir,
                       "First Name,Last Name,E-mail Address,Mobile Phone\n"
                       "Sara,Çapaliku,sara.capaliku@mwl.al,+355 69 123 4567\n",
                       "list.csv");
  BOOST_TEST_REQUIRE(report.matches.size() == 3u);
  BOOST_TEST(report.matches[0].score >= report.matches[1].score);
  BOOST_TEST(report.matches[1].score >= report.matches[2].score);
  // The stored record with the mobile too agrees the most.
  BOOST_TEST(dir.get_person(report.matches[0].existing).contacts.phones.size() == 1u);
  // find_duplicates still sees every pair.
  DedupOptions persons;
  persons.kind = RecordKind::person;
  std::size_t with_new = 0;
  for (const DuplicatePair& pair : dir.find_duplicates(persons)) {
    if (pair.a == report.matches[0].incoming || pair.b == report.matches[0].incoming) ++with_new;
  }
  BOOST_TEST(with_new == 5u);
}

BOOST_FIXTURE_TEST_CASE(a_skipped_person_takes_back_the_organization_it_named, Fresh) {
  import_csv_bytes(dir, first_list, "first.csv");
  const std::size_t organizations = dir.count(RecordKind::organization);
  CsvImportOptions options;
  options.on_match = OnMatch::skip;
  const ImportReport report = import_csv_bytes(dir,
                                               "First Name,Last Name,E-mail Address,Company\n"
                                               "Gerald,Neuhaus,gerald.neuhaus@osce.org,Frontex\n",
                                               "third.csv", options);
  BOOST_TEST(report.skipped == 1u);
  BOOST_TEST(report.created == 0u);  // neither the person nor Frontex
  BOOST_TEST(dir.count(RecordKind::organization) == organizations);
  BOOST_TEST(dir.find_organizations_by_name("Frontex").empty());
}

// An organization a file names in another spelling than the stored one.
struct StoredOsce : Fresh {
  StoredOsce() {
    Organization o;
    o.name = "Organization for Security and Co-operation in Europe";
    o.acronym = "OSCE";
    osce = dir.add_organization(o);
  }
  Organization osce;
};

const char* const spelt_otherwise =
    "First Name,Last Name,Company\n"
    "Ana,Horvat,Organisation for Security and Cooperation in Europe\n";

RecordId organization_of(const Directory& dir, const std::string& given) {
  for (const Person& p : dir.list_people()) {
    if (p.given_names == given) return dir.affiliations_of_person(p.meta.id).at(0).organization_id;
  }
  BOOST_FAIL("no person " << given);
  return 0;
}

BOOST_FIXTURE_TEST_CASE(an_organization_spelt_otherwise_is_created_and_listed, StoredOsce) {
  const ImportReport report = import_csv_bytes(dir, spelt_otherwise, "list.csv");
  // Ana, her affiliation, and the organization as the file spells it.
  BOOST_TEST(report.created == 3u);
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  const ImportMatch& match = report.matches.front();
  BOOST_TEST(match.existing == osce.meta.id);
  BOOST_TEST((match.decision == MatchDecision::duplicate));
  BOOST_TEST((match.action == MatchAction::listed));
  BOOST_TEST(match.record == "Organisation for Security and Cooperation in Europe");
  BOOST_TEST(match.incoming == organization_of(dir, "Ana"));
}

BOOST_FIXTURE_TEST_CASE(on_match_merge_merges_an_organization_spelt_otherwise, StoredOsce) {
  CsvImportOptions options;
  options.on_match = OnMatch::merge;
  const ImportReport report = import_csv_bytes(dir, spelt_otherwise, "list.csv", options);
  BOOST_TEST(report.created == 2u);  // Ana and her affiliation; the organization merged
  BOOST_TEST(report.updated == 1u);
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST(organization_of(dir, "Ana") == osce.meta.id);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  BOOST_TEST((report.matches.front().action == MatchAction::merged));
  // The file's spelling is kept on the survivor, so it finds OSCE from now on.
  const auto found =
      dir.find_organizations_by_name("Organisation for Security and Cooperation in Europe");
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found.front().meta.id == osce.meta.id);
  dir.unmerge(report.matches.front().merge_id, true);
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
}

BOOST_FIXTURE_TEST_CASE(on_match_skip_links_to_the_stored_organization, StoredOsce) {
  CsvImportOptions options;
  options.on_match = OnMatch::skip;
  const ImportReport report = import_csv_bytes(dir, spelt_otherwise, "list.csv", options);
  BOOST_TEST(report.created == 2u);  // Ana and her affiliation only
  BOOST_TEST(report.skipped == 0u);  // no row of the file was left out
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST(organization_of(dir, "Ana") == osce.meta.id);
  BOOST_TEST_REQUIRE(report.matches.size() == 1u);
  BOOST_TEST((report.matches.front().action == MatchAction::skipped));
  BOOST_TEST(report.matches.front().incoming == 0);
}

BOOST_FIXTURE_TEST_CASE(an_organization_card_is_matched_too, StoredOsce) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\n"
      "FN:Organisation for Security and Cooperation in Europe\r\n"
      "ORG:Organisation for Security and Cooperation in Europe\r\nEND:VCARD\r\n";
  VCardImportOptions skip;
  skip.on_match = OnMatch::skip;
  const ImportReport skipped = import_vcard_bytes(dir, card, "orgs.vcf", skip);
  BOOST_TEST(skipped.skipped == 1u);
  BOOST_TEST(skipped.created == 0u);
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST_REQUIRE(skipped.matches.size() == 1u);
  BOOST_TEST((skipped.matches.front().action == MatchAction::skipped));
  BOOST_TEST(skipped.matches.front().existing == osce.meta.id);

  const ImportReport listed = import_vcard_bytes(dir, card, "orgs.vcf");
  BOOST_TEST(listed.created == 1u);
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
  BOOST_TEST_REQUIRE(listed.matches.size() == 1u);
  BOOST_TEST((listed.matches.front().action == MatchAction::listed));
  // Imported again, the card updates its own record: nothing new, no new match.
  const ImportReport again = import_vcard_bytes(dir, card, "orgs.vcf");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.matches.empty());
}

BOOST_FIXTURE_TEST_CASE(on_match_off_does_not_look, Fresh) {
  import_csv_bytes(dir, first_list, "first.csv");
  CsvImportOptions options;
  options.on_match = OnMatch::off;
  const ImportReport report = import_csv_bytes(dir, second_list, "second.csv", options);
  BOOST_TEST(dir.count(RecordKind::person) == 4u);
  BOOST_TEST(report.matches.empty());
}

BOOST_AUTO_TEST_SUITE_END()
