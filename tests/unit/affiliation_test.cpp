#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "test_support.hpp"

#include <string>
#include <vector>

namespace {

using namespace liaison;
using test::date;
using test::ids;
using test::mentions;
using test::refusal;

OpenOptions options() { return test::options_for("affiliation-test", "AL"); }

Affiliation held(PartialDate start, PartialDate end) {
  Affiliation a;
  a.start = start;
  a.end = end;
  return a;
}

// A person, two organizations and nothing else.
struct Fresh : test::FreshDirectory<options> {
  Person gerald = add_person("Gerald", "Neuhaus");
  Person sara = add_person("Sara", "Çapaliku");
  Organization osce = add_organization("OSCE", "AT");
  Organization iom = add_organization("IOM", "CH");

  Person add_person(const char* given, const char* family) {
    Person p;
    p.given_names = given;
    p.family_names = family;
    return dir.add_person(p);
  }
  Organization add_organization(const char* acronym, const char* country) {
    Organization o;
    o.acronym = acronym;
    o.country = country;
    return dir.add_organization(o);
  }
  Affiliation link(const Person& person, const Organization& organization, PartialDate start,
                   PartialDate end, const char* title = "Adviser") {
    Affiliation a;
    a.person_id = person.meta.id;
    a.organization_id = organization.meta.id;
    a.title = title;
    a.start = start;
    a.end = end;
    return dir.add_affiliation(a);
  }
};

// Gerald's career: one ended, one current, one not yet begun.
struct Career : Fresh {
  const int next_year = PartialDate::today().year + 1;
  Affiliation past = link(gerald, iom, date(2010, 1, 1), date(2012, 6, 30), "Programme Officer");
  Affiliation current = link(gerald, osce, date(2015, 0, 0), {}, "Police Affairs Officer");
  Affiliation future = link(gerald, iom, date(next_year, 1, 1), {}, "Chief of Mission");
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(storing, Fresh)

BOOST_AUTO_TEST_CASE(every_field_survives_add_and_get) {
  Affiliation a;
  a.person_id = gerald.meta.id;
  a.organization_id = osce.meta.id;
  a.title = "Police Affairs Officer";
  a.role = "Adviser on Combating Trafficking in Human Beings";
  a.department = "Transnational Threats Department";
  a.start = date(2015, 3, 0);
  a.end = date(2019, 12, 31);
  a.primary = true;
  a.source = "staff-list.csv";
  const auto stored = dir.add_affiliation(a);
  BOOST_TEST(stored.meta.id > 0);
  BOOST_TEST(stored.meta.revision == 1);
  BOOST_TEST(!stored.meta.uid.empty());
  BOOST_TEST(stored.person_id == gerald.meta.id);
  BOOST_TEST(stored.organization_id == osce.meta.id);
  BOOST_TEST(stored.title == a.title);
  BOOST_TEST(stored.role == a.role);
  BOOST_TEST(stored.department == a.department);
  BOOST_TEST(stored.start == date(2015, 3, 0));
  BOOST_TEST(stored.end == date(2019, 12, 31));
  BOOST_TEST(stored.primary);
  BOOST_TEST(stored.source == "staff-list.csv");
  BOOST_TEST(!stored.is_current());
  BOOST_TEST(dir.get_affiliation(stored.meta.id) == stored);
  BOOST_TEST(dir.kind_of(stored.meta.id).value() == RecordKind::affiliation);
  BOOST_TEST(dir.count(RecordKind::affiliation) == 1u);
}

BOOST_AUTO_TEST_CASE(an_affiliation_without_dates_is_current) {
  const auto stored = link(sara, iom, {}, {});
  BOOST_TEST(stored.is_current());
  BOOST_TEST(stored.start.empty());
  BOOST_TEST(ids(dir.affiliations_of_person(sara.meta.id)) ==
                 (std::vector<RecordId>{stored.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.affiliations_of_person(sara.meta.id, AffiliationFilter::on(date(1950, 1, 1)))) ==
                 (std::vector<RecordId>{stored.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(update_ends_an_affiliation) {
  auto stored = link(sara, iom, date(2018, 0, 0), {});
  stored.end = date(2021, 9, 30);
  const auto updated = dir.update_affiliation(stored);
  BOOST_TEST(updated.meta.revision == 2);
  BOOST_TEST(updated.end == date(2021, 9, 30));
  BOOST_TEST(dir.get_affiliation(stored.meta.id) == updated);
  BOOST_TEST(dir.affiliations_of_person(sara.meta.id).empty());
  BOOST_TEST(dir.affiliations_of_person(sara.meta.id, AffiliationFilter::all_time()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(an_unknown_affiliation_is_not_found) {
  BOOST_TEST(refusal([&] { dir.get_affiliation(999); }).code() == errc::not_found);
  BOOST_TEST(refusal([&] { dir.get_affiliation(gerald.meta.id); }).code() == errc::not_found);
  Affiliation ghost;
  ghost.meta.id = 999;
  ghost.person_id = gerald.meta.id;
  ghost.organization_id = osce.meta.id;
  BOOST_TEST(refusal([&] { dir.update_affiliation(ghost); }).code() == errc::not_found);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(queries_over_time, Career)

BOOST_AUTO_TEST_CASE(current_lists_only_what_is_held_today) {
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id)) ==
                 (std::vector<RecordId>{current.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::current())) ==
                 (std::vector<RecordId>{current.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(all_time_lists_every_affiliation_in_order_of_creation) {
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::all_time())) ==
                 (std::vector<RecordId>{past.meta.id, current.meta.id, future.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(as_of_a_day_in_the_past) {
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::on(date(2011, 5, 1)))) ==
                 (std::vector<RecordId>{past.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::on(date(2013, 5, 1)))
                 .empty());
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::on(date(2016, 1, 1)))) ==
                 (std::vector<RecordId>{current.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(as_of_a_day_in_the_future) {
  const auto later = AffiliationFilter::on(date(next_year, 6, 1));
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, later)) ==
                 (std::vector<RecordId>{current.meta.id, future.meta.id}),
             boost::test_tools::per_element());
  const auto eve = AffiliationFilter::on(date(next_year - 1, 12, 31));
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, eve)) ==
                 (std::vector<RecordId>{current.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(full_start_and_end_days_are_inclusive) {
  auto on = [&](PartialDate day) {
    return ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::on(day)));
  };
  const std::vector<RecordId> only_past = {past.meta.id};
  BOOST_TEST(on(date(2010, 1, 1)) == only_past, boost::test_tools::per_element());
  BOOST_TEST(on(date(2012, 6, 30)) == only_past, boost::test_tools::per_element());
  BOOST_TEST(on(date(2009, 12, 31)).empty());
  BOOST_TEST(on(date(2012, 7, 1)).empty());
}

BOOST_AUTO_TEST_CASE(a_start_given_as_a_year_holds_from_its_first_to_its_last_day) {
  auto on = [&](PartialDate day) {
    return ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::on(day)));
  };
  const std::vector<RecordId> only_current = {current.meta.id};
  BOOST_TEST(on(date(2015, 1, 1)) == only_current, boost::test_tools::per_element());
  BOOST_TEST(on(date(2015, 12, 31)) == only_current, boost::test_tools::per_element());
  BOOST_TEST(on(date(2014, 12, 31)).empty());
}

BOOST_AUTO_TEST_CASE(affiliations_at_an_organization_use_the_same_filters) {
  const auto sara_at_osce = link(sara, osce, date(2019, 4, 0), {}, "THB Adviser");
  const auto sara_before = link(sara, osce, date(2013, 0, 0), date(2014, 0, 0), "Intern");
  BOOST_TEST(ids(dir.affiliations_at_organization(osce.meta.id)) ==
                 (std::vector<RecordId>{current.meta.id, sara_at_osce.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.affiliations_at_organization(osce.meta.id, AffiliationFilter::all_time())) ==
                 (std::vector<RecordId>{current.meta.id, sara_at_osce.meta.id, sara_before.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.affiliations_at_organization(osce.meta.id, AffiliationFilter::on(date(2014, 7, 1)))) ==
                 (std::vector<RecordId>{sara_before.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.affiliations_at_organization(osce.meta.id, AffiliationFilter::on(date(2019, 4, 1)))) ==
                 (std::vector<RecordId>{current.meta.id, sara_at_osce.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.affiliations_at_organization(iom.meta.id, AffiliationFilter::all_time())) ==
                 (std::vector<RecordId>{past.meta.id, future.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.affiliations_at_organization(iom.meta.id).empty());
}

BOOST_AUTO_TEST_CASE(unknown_ids_have_no_affiliations) {
  BOOST_TEST(dir.affiliations_of_person(123456, AffiliationFilter::all_time()).empty());
  BOOST_TEST(dir.affiliations_at_organization(123456, AffiliationFilter::all_time()).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(held_on)

BOOST_AUTO_TEST_CASE(open_ends_hold_forever) {
  const Affiliation always = held({}, {});
  BOOST_TEST(always.held_on(date(1900, 1, 1)));
  BOOST_TEST(always.held_on(date(9999, 12, 31)));
  const Affiliation since = held(date(2015, 0, 0), {});
  BOOST_TEST(since.held_on(date(9999, 12, 31)));
  const Affiliation until = held({}, date(2012, 6, 30));
  BOOST_TEST(until.held_on(date(1900, 1, 1)));
  BOOST_TEST(!until.held_on(date(2012, 7, 1)));
}

BOOST_AUTO_TEST_CASE(a_partial_end_holds_to_its_last_day) {
  const Affiliation a = held(date(2015, 0, 0), date(2016, 3, 0));
  BOOST_TEST(a.held_on(date(2016, 3, 31)));
  BOOST_TEST(!a.held_on(date(2016, 4, 1)));
  const Affiliation b = held(date(2015, 0, 0), date(2016, 2, 0));
  BOOST_TEST(b.held_on(date(2016, 2, 29)));  // 2016 is a leap year
  BOOST_TEST(!b.held_on(date(2016, 3, 1)));
  const Affiliation c = held(date(2014, 0, 0), date(2015, 0, 0));
  BOOST_TEST(c.held_on(date(2015, 12, 31)));
  BOOST_TEST(!c.held_on(date(2016, 1, 1)));
}

BOOST_AUTO_TEST_CASE(the_filter_scopes) {
  const Affiliation ended = held(date(2010, 1, 1), date(2012, 6, 30));
  BOOST_TEST(AffiliationFilter::all_time().matches(ended));
  BOOST_TEST(!AffiliationFilter::current().matches(ended));
  BOOST_TEST(AffiliationFilter::on(date(2011, 1, 1)).matches(ended));
  BOOST_TEST(!AffiliationFilter::on(date(2013, 1, 1)).matches(ended));
  BOOST_TEST((AffiliationFilter::current().scope == AffiliationFilter::Scope::current));
  BOOST_TEST((AffiliationFilter{}.scope == AffiliationFilter::Scope::current));
  BOOST_TEST(AffiliationFilter::on(date(2011, 1, 1)).as_of == date(2011, 1, 1));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(refusals, Fresh)

BOOST_AUTO_TEST_CASE(an_end_before_the_start_is_refused) {
  const auto sequence = dir.last_change_sequence();
  Affiliation a;
  a.person_id = gerald.meta.id;
  a.organization_id = osce.meta.id;
  a.start = date(2016, 5, 1);
  a.end = date(2016, 4, 30);
  const auto error = refusal([&] { dir.add_affiliation(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "end"));
  BOOST_TEST(mentions(error, "2016-04-30"));
  BOOST_TEST(mentions(error, "2016-05-01"));

  a.end = date(2016, 4, 0);  // all of April is before May 1
  BOOST_TEST(refusal([&] { dir.add_affiliation(a); }).code() == errc::invalid_argument);
  a.start = date(2017, 0, 0);
  a.end = date(2016, 0, 0);
  BOOST_TEST(refusal([&] { dir.add_affiliation(a); }).code() == errc::invalid_argument);
  BOOST_TEST(dir.count(RecordKind::affiliation) == 0u);
  BOOST_TEST(dir.last_change_sequence() == sequence);
}

BOOST_AUTO_TEST_CASE(an_end_that_may_be_after_the_start_is_accepted) {
  const auto same_day = link(gerald, osce, date(2016, 5, 1), date(2016, 5, 1));
  BOOST_TEST(same_day.end == date(2016, 5, 1));
  const auto same_year = link(gerald, osce, date(2016, 5, 1), date(2016, 0, 0));  // "ended 2016"
  BOOST_TEST(same_year.end == date(2016, 0, 0));
  const auto same_month = link(gerald, osce, date(2016, 5, 0), date(2016, 5, 1));
  BOOST_TEST(same_month.start == date(2016, 5, 0));
  BOOST_TEST(dir.count(RecordKind::affiliation) == 3u);
}

BOOST_AUTO_TEST_CASE(an_update_that_ends_before_the_start_is_refused) {
  auto stored = link(gerald, osce, date(2016, 5, 1), {});
  stored.end = date(2015, 1, 1);
  BOOST_TEST(refusal([&] { dir.update_affiliation(stored); }).code() == errc::invalid_argument);
  BOOST_TEST(dir.get_affiliation(stored.meta.id).end.empty());
}

BOOST_AUTO_TEST_CASE(a_missing_person_is_refused_naming_person_id) {
  const auto sequence = dir.last_change_sequence();
  Affiliation a;
  a.person_id = 4711;
  a.organization_id = osce.meta.id;
  auto error = refusal([&] { dir.add_affiliation(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "person_id"));
  a.person_id = iom.meta.id;  // an organization is no person
  error = refusal([&] { dir.add_affiliation(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "person_id"));
  a.person_id = 0;
  BOOST_TEST(mentions(refusal([&] { dir.add_affiliation(a); }), "person_id"));
  BOOST_TEST(dir.count(RecordKind::affiliation) == 0u);
  BOOST_TEST(dir.last_change_sequence() == sequence);
}

BOOST_AUTO_TEST_CASE(a_missing_organization_is_refused_naming_organization_id) {
  const auto sequence = dir.last_change_sequence();
  Affiliation a;
  a.person_id = gerald.meta.id;
  a.organization_id = 4711;
  auto error = refusal([&] { dir.add_affiliation(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "organization_id"));
  a.organization_id = sara.meta.id;  // a person is no organization
  error = refusal([&] { dir.add_affiliation(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "organization_id"));
  BOOST_TEST(dir.count(RecordKind::affiliation) == 0u);
  BOOST_TEST(dir.last_change_sequence() == sequence);
}

BOOST_AUTO_TEST_CASE(an_update_to_a_missing_organization_is_refused) {
  auto stored = link(gerald, osce, {}, {});
  stored.organization_id = 4711;
  const auto error = refusal([&] { dir.update_affiliation(stored); });
  BOOST_TEST(mentions(error, "organization_id"));
  BOOST_TEST(dir.get_affiliation(stored.meta.id).organization_id == osce.meta.id);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(removal, Career)

BOOST_AUTO_TEST_CASE(removing_a_person_removes_its_affiliations_journaled_and_tombstoned) {
  const auto keep = link(sara, osce, {}, {});
  const auto sequence = dir.last_change_sequence();
  dir.remove(gerald.meta.id);

  BOOST_TEST(dir.count(RecordKind::affiliation) == 1u);
  BOOST_TEST(ids(dir.affiliations_at_organization(osce.meta.id, AffiliationFilter::all_time())) ==
                 (std::vector<RecordId>{keep.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.affiliations_at_organization(iom.meta.id, AffiliationFilter::all_time()).empty());
  BOOST_TEST(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::all_time()).empty());
  for (const auto& gone : {past, current, future}) {
    BOOST_TEST_CONTEXT("affiliation " << gone.meta.id) {
      BOOST_TEST(refusal([&] { dir.get_affiliation(gone.meta.id); }).code() == errc::not_found);
      BOOST_TEST(!dir.kind_of(gone.meta.id).has_value());
      const auto history = dir.history(gone.meta.id);
      BOOST_TEST_REQUIRE(history.size() == 2u);
      BOOST_TEST(history.back().operation == ChangeOperation::remove);
      BOOST_TEST(history.back().kind == RecordKind::affiliation);
      BOOST_TEST(history.back().uid == gone.meta.uid);
      BOOST_TEST(history.back().actor == "affiliation-test");
      BOOST_TEST(history.back().before.find(gone.title) != std::string::npos);
    }
  }

  // Three affiliations, then the person: four removals after `sequence`.
  const auto changes = dir.changes_since(sequence);
  BOOST_TEST_REQUIRE(changes.size() == 4u);
  for (std::size_t i = 0; i < 3; ++i) {
    BOOST_TEST(changes[i].kind == RecordKind::affiliation);
    BOOST_TEST(changes[i].operation == ChangeOperation::remove);
  }
  BOOST_TEST(changes[3].kind == RecordKind::person);
  BOOST_TEST(changes[3].record_id == gerald.meta.id);

  const auto tombstones = dir.tombstones_since(sequence);
  BOOST_TEST_REQUIRE(tombstones.size() == 4u);
  std::vector<std::string> uids;
  for (const auto& t : tombstones) uids.push_back(t.uid);
  const std::vector<std::string> expected = {past.meta.uid, current.meta.uid, future.meta.uid,
                                             gerald.meta.uid};
  BOOST_TEST(uids == expected, boost::test_tools::per_element());
  BOOST_TEST(tombstones[0].kind == RecordKind::affiliation);
  BOOST_TEST(tombstones[3].kind == RecordKind::person);
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(removing_an_organization_removes_its_affiliations) {
  dir.remove(iom.meta.id);
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::all_time())) ==
                 (std::vector<RecordId>{current.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.tombstones_since(0).size() == 3u);  // two affiliations and the organization
  BOOST_TEST(dir.get_person(gerald.meta.id).family_names == "Neuhaus");
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(removing_one_affiliation_leaves_the_others) {
  dir.remove(current.meta.id);
  BOOST_TEST(ids(dir.affiliations_of_person(gerald.meta.id, AffiliationFilter::all_time())) ==
                 (std::vector<RecordId>{past.meta.id, future.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.count(RecordKind::person) == 2u);
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
