#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "test_support.hpp"

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace liaison;
using test::date;
using test::mentions;
using test::refusal;

OpenOptions options() { return test::options_for("validation-test", "AL"); }

// A date has no single spelling in a message; either ISO form names it.
boost::test_tools::assertion_result mentions_any(const Error& error,
                                                 std::initializer_list<const char*> parts) {
  const std::string text = error.what();
  for (const char* part : parts) {
    if (text.find(part) != std::string::npos) return true;
  }
  boost::test_tools::assertion_result result(false);
  result.message() << "message \"" << text << "\" mentions none of the expected spellings";
  return result;
}

// Well-formed UTF-8 (RFC 3629): no stray continuation bytes, overlong
// forms, surrogates or truncated sequences.
bool is_utf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c < 0x80) length = 1;
    else if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (i + length > n) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned char lo = k == 1 ? low : 0x80;
      const unsigned char hi = k == 1 ? high : 0xBF;
      if (s[i + k] < lo || s[i + k] > hi) return false;
    }
    i += length;
  }
  return true;
}

Email email(std::string address) {
  Email e;
  e.address = std::move(address);
  return e;
}

Phone phone(std::string number) {
  Phone p;
  p.number = std::move(number);
  return p;
}

PostalAddress address_in(std::string country) {
  PostalAddress a;
  a.street = "Bulevar Svetog Petra Cetinjskog 22";
  a.locality = "Podgorica";
  a.country = std::move(country);
  return a;
}

Person sara() {
  Person p;
  p.given_names = "Sara";
  p.family_names = "Çapaliku";
  return p;
}

Organization la_strada() {
  Organization o;
  o.name = "La Strada";
  o.country = "MK";
  return o;
}

Event workshop() {
  Event e;
  e.name = "Regional Workshop";
  e.start = date(2019, 10, 9);
  e.end = date(2019, 10, 10);
  return e;
}

// A strict write that must be refused: what it names and quotes.
struct Case {
  const char* what;
  std::function<void(Directory&)> write;
  const char* field;  // as the message names it
  const char* value;  // the offending value, as given
};

using Fresh = test::FreshDirectory<options>;

// Runs each case on a fresh directory holding one person and one
// organization, and checks code, field, value, and that nothing was written.
void check_refusals(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.what) {
      auto dir = Directory::open(":memory:", options());
      dir.add_person(sara());
      dir.add_organization(la_strada());
      const auto sequence = dir.last_change_sequence();
      std::optional<Error> error;
      try {
        c.write(dir);
      } catch (const Error& e) {
        error = e;
      }
      if (!error) {
        BOOST_ERROR("the write was accepted; expected invalid_argument naming " << c.field);
      } else {
        BOOST_TEST(error->code() == errc::invalid_argument);
        BOOST_TEST(mentions(*error, c.field));
        if (c.value[0] != '\0') {
          BOOST_TEST(mentions(*error, c.value));
        }
      }
      BOOST_TEST(dir.last_change_sequence() == sequence);
      BOOST_TEST(dir.count(RecordKind::person) == 1u);
      BOOST_TEST(dir.count(RecordKind::organization) == 1u);
      BOOST_TEST(dir.count(RecordKind::affiliation) == 0u);
      BOOST_TEST(dir.count(RecordKind::event) == 0u);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(person_fields)

BOOST_AUTO_TEST_CASE(contact_points_are_named_by_list_and_position) {
  check_refusals({
      {"first e-mail", [](Directory& d) { auto p = sara(); p.contacts.emails = {email("sara.example.org")}; d.add_person(p); },
       "emails[0]", "sara.example.org"},
      {"second e-mail", [](Directory& d) { auto p = sara(); p.contacts.emails = {email("sara@example.org"), email("sara@@example")}; d.add_person(p); },
       "emails[1]", "sara@@example"},
      {"first phone", [](Directory& d) { auto p = sara(); p.contacts.phones = {phone("call me")}; d.add_person(p); },
       "phones[0]", "call me"},
      {"second phone", [](Directory& d) { auto p = sara(); p.contacts.phones = {phone("044 500 388"), phone("1-800-FLOWERS")}; d.add_person(p); },
       "phones[1]", "1-800-FLOWERS"},
      {"address country", [](Directory& d) { auto p = sara(); p.contacts.addresses = {address_in("Narnia")}; d.add_person(p); },
       "addresses[0].country", "Narnia"},
      {"second address country", [](Directory& d) { auto p = sara(); p.contacts.addresses = {address_in("ME"), address_in("Westeros")}; d.add_person(p); },
       "addresses[1].country", "Westeros"},
  });
}

BOOST_AUTO_TEST_CASE(country_is_named_with_the_value) {
  check_refusals({
      {"unknown name", [](Directory& d) { auto p = sara(); p.country = "Atlantis"; d.add_person(p); },
       "country", "Atlantis"},
      {"unassigned code", [](Directory& d) { auto p = sara(); p.country = "ZZ"; d.add_person(p); },
       "country", "ZZ"},
  });
}

BOOST_AUTO_TEST_CASE(impossible_dates_set_directly_are_named) {
  check_refusals({
      {"birthday 2015-02-29", [](Directory& d) { auto p = sara(); p.birthday = date(2015, 2, 29); d.add_person(p); },
       "birthday", "2015"},
      {"birthday month 13", [](Directory& d) { auto p = sara(); p.birthday = date(2016, 13, 1); d.add_person(p); },
       "birthday", "13"},
      {"birthday day 32", [](Directory& d) { auto p = sara(); p.birthday = date(0, 1, 32); d.add_person(p); },
       "birthday", "32"},
      {"birthday day without month", [](Directory& d) { auto p = sara(); p.birthday = date(2016, 0, 12); d.add_person(p); },
       "birthday", ""},
      {"birthday negative year", [](Directory& d) { auto p = sara(); p.birthday = date(-5, 1, 1); d.add_person(p); },
       "birthday", ""},
      {"consent date", [](Directory& d) { auto p = sara(); p.data_protection.consent_date = date(2023, 4, 31); d.add_person(p); },
       "data_protection.consent_date", ""},
      {"retention review", [](Directory& d) { auto p = sara(); p.data_protection.retention_review = date(2027, 2, 29); d.add_person(p); },
       "data_protection.retention_review", ""},
  });
}

BOOST_AUTO_TEST_CASE(an_impossible_birthday_message_shows_the_date) {
  auto dir = Directory::open(":memory:", options());
  Person p = sara();
  p.birthday = date(2015, 2, 29);
  const auto error = refusal([&] { dir.add_person(p); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "birthday"));
  BOOST_TEST(mentions_any(error, {"2015-02-29", "2015-2-29"}));
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_is_named) {
  check_refusals({
      {"given names", [](Directory& d) { auto p = sara(); p.given_names = "Sar\xE1"; d.add_person(p); },
       "given_names", ""},
      {"family names", [](Directory& d) { auto p = sara(); p.family_names = "\xC3\x28"; d.add_person(p); },
       "family_names", ""},
      {"notes", [](Directory& d) { auto p = sara(); p.notes = "bad \xFF byte"; d.add_person(p); },
       "notes", ""},
      {"nicknames", [](Directory& d) { auto p = sara(); p.nicknames = {"Sar\xFF"}; d.add_person(p); },
       "nicknames", ""},
      {"languages", [](Directory& d) { auto p = sara(); p.languages = {"sq", "s\xFFr"}; d.add_person(p); },
       "languages", ""},
  });
}

// Messages reach the C ABI and Python, which decode them as UTF-8: the
// refused bytes must not be copied into the message as they are.
BOOST_AUTO_TEST_CASE(a_message_about_invalid_utf8_is_itself_valid_utf8) {
  auto dir = Directory::open(":memory:", options());
  Person p = sara();
  p.given_names = "Sar\xE1";
  const auto person_error = refusal([&] { dir.add_person(p); });
  BOOST_TEST(mentions(person_error, "given_names"));
  BOOST_TEST(is_utf8(person_error.what()), "message is not UTF-8: " << person_error.what());

  Organization o = la_strada();
  o.name = "La Strad\xE0";
  const auto organization_error = refusal([&] { dir.add_organization(o); });
  BOOST_TEST(mentions(organization_error, "name"));
  BOOST_TEST(is_utf8(organization_error.what()),
             "message is not UTF-8: " << organization_error.what());

  Person q = sara();
  q.display_name = "\xC0\x80 overlong";
  q.contacts.emails = {email("not an address")};
  const auto email_error = refusal([&] { dir.add_person(q); });
  BOOST_TEST(is_utf8(email_error.what()), "message is not UTF-8: " << email_error.what());
}

BOOST_AUTO_TEST_CASE(the_message_names_the_record) {
  auto dir = Directory::open(":memory:", options());
  Person p = sara();
  p.contacts.emails = {email("sara.example.org")};
  BOOST_TEST(mentions(refusal([&] { dir.add_person(p); }), "Sara"));
}

BOOST_AUTO_TEST_CASE(updates_are_validated_like_adds) {
  auto dir = Directory::open(":memory:", options());
  const auto stored = dir.add_person(sara());
  Person changed = stored;
  changed.contacts.emails = {email("sara@example.org"), email("no-at-sign")};
  const auto error = refusal([&] { dir.update_person(changed); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "emails[1]"));
  BOOST_TEST(mentions(error, "no-at-sign"));
  BOOST_TEST(dir.get_person(stored.meta.id) == stored);
}

BOOST_AUTO_TEST_CASE(valid_values_around_the_refused_one_are_not_blamed) {
  auto dir = Directory::open(":memory:", options());
  Person p = sara();
  p.country = "ME";
  p.contacts.emails = {email("sara@example.org")};
  p.contacts.phones = {phone("+382 20 241 412"), phone("044 500 388"), phone("ext. 12")};
  const auto error = refusal([&] { dir.add_person(p); });
  BOOST_TEST(mentions(error, "phones[2]"));
  BOOST_TEST(std::string(error.what()).find("phones[0]") == std::string::npos);
  BOOST_TEST(std::string(error.what()).find("emails") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(organization_fields)

BOOST_AUTO_TEST_CASE(every_validated_field_is_named) {
  check_refusals({
      {"e-mail", [](Directory& d) { auto o = la_strada(); o.contacts.emails = {email("info at lastrada.org.mk")}; d.add_organization(o); },
       "emails[0]", "info at lastrada.org.mk"},
      {"phone", [](Directory& d) { auto o = la_strada(); o.contacts.phones = {phone("hotline")}; d.add_organization(o); },
       "phones[0]", "hotline"},
      {"country", [](Directory& d) { auto o = la_strada(); o.country = "Atlantis"; d.add_organization(o); },
       "country", "Atlantis"},
      {"address country", [](Directory& d) { auto o = la_strada(); o.contacts.addresses = {address_in("Ruritania")}; d.add_organization(o); },
       "addresses[0].country", "Ruritania"},
      {"name not UTF-8", [](Directory& d) { auto o = la_strada(); o.name = "La Strad\xE0"; d.add_organization(o); },
       "name", ""},
      {"no name nor acronym", [](Directory& d) { Organization o; o.country = "MK"; d.add_organization(o); },
       "name", ""},
  });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(affiliation_fields)

BOOST_AUTO_TEST_CASE(dates_and_links_are_named) {
  // Ids: 1 is the person, 2 the organization, in every fresh directory of check_refusals.
  auto link = [](Directory& d, PartialDate start, PartialDate end) {
    Affiliation a;
    a.person_id = d.list_people().at(0).meta.id;
    a.organization_id = d.list_organizations().at(0).meta.id;
    a.start = start;
    a.end = end;
    d.add_affiliation(a);
  };
  check_refusals({
      {"end before start", [&](Directory& d) { link(d, date(2016, 5, 1), date(2016, 4, 30)); },
       "end", "2016-04-30"},
      {"impossible end", [&](Directory& d) { link(d, date(2016, 5, 1), date(2017, 4, 31)); },
       "end", ""},
      {"impossible start", [&](Directory& d) { link(d, date(2015, 2, 29), {}); },
       "start", ""},
      {"missing person", [](Directory& d) {
         Affiliation a;
         a.person_id = 999;
         a.organization_id = d.list_organizations().at(0).meta.id;
         d.add_affiliation(a);
       }, "person_id", "999"},
      {"missing organization", [](Directory& d) {
         Affiliation a;
         a.person_id = d.list_people().at(0).meta.id;
         a.organization_id = 998;
         d.add_affiliation(a);
       }, "organization_id", "998"},
  });
}

BOOST_AUTO_TEST_CASE(end_before_start_quotes_both_dates) {
  auto dir = Directory::open(":memory:", options());
  const auto person = dir.add_person(sara());
  const auto organization = dir.add_organization(la_strada());
  Affiliation a;
  a.person_id = person.meta.id;
  a.organization_id = organization.meta.id;
  a.start = date(2016, 5, 1);
  a.end = date(2016, 4, 0);
  const auto error = refusal([&] { dir.add_affiliation(a); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "end"));
  BOOST_TEST(mentions(error, "2016-04"));
  BOOST_TEST(mentions(error, "2016-05-01"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(event_fields)

BOOST_AUTO_TEST_CASE(every_validated_field_is_named) {
  check_refusals({
      {"country", [](Directory& d) { auto e = workshop(); e.country = "Atlantis"; d.add_event(e); },
       "country", "Atlantis"},
      {"impossible start", [](Directory& d) { auto e = workshop(); e.start = date(2019, 2, 29); e.end = {}; d.add_event(e); },
       "start", ""},
      {"end before start", [](Directory& d) { auto e = workshop(); e.end = date(2019, 10, 1); d.add_event(e); },
       "end", "2019-10-01"},
      {"session date", [](Directory& d) {
         auto e = workshop();
         EventSession s;
         s.name = "Session I";
         s.date = date(2019, 9, 31);
         e.sessions = {s};
         d.add_event(e);
       }, "sessions", ""},
      {"no name", [](Directory& d) { auto e = workshop(); e.name.clear(); d.add_event(e); },
       "name", ""},
      {"name not UTF-8", [](Directory& d) { auto e = workshop(); e.name = "Work\xFFshop"; d.add_event(e); },
       "name", ""},
  });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(error_codes)

BOOST_AUTO_TEST_CASE(invalid_argument_has_its_fixed_number_and_name) {
  BOOST_TEST(static_cast<int>(errc::invalid_argument) == 4);
  BOOST_TEST(std::string(to_string(errc::invalid_argument)) == "invalid_argument");
  BOOST_TEST(static_cast<int>(errc::not_found) == 2);
  BOOST_TEST(static_cast<int>(errc::already_exists) == 3);
  BOOST_TEST(static_cast<int>(errc::constraint) == 11);
}

BOOST_FIXTURE_TEST_CASE(valid_values_are_normalised_not_refused, Fresh) {
  Person p = sara();
  p.country = "  Црна Гора ";
  p.contacts.emails = {email("  Sara <Sara@EXAMPLE.org> ")};
  p.contacts.phones = {phone(" +382 20 241 412 ")};
  p.contacts.addresses = {address_in("montenegro")};
  const auto stored = dir.add_person(p);
  BOOST_TEST(stored.country == "ME");
  BOOST_TEST(stored.contacts.emails.at(0).address == "Sara@example.org");
  BOOST_TEST(stored.contacts.phones.at(0).number == "+382 20 241 412");
  BOOST_TEST(stored.contacts.phones.at(0).e164 == "+38220241412");
  BOOST_TEST(stored.contacts.addresses.at(0).country == "ME");
}

BOOST_AUTO_TEST_SUITE_END()
