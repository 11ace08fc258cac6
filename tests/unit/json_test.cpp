// Records as JSON: every kind of record survives to_json -> *_from_json
// unchanged with every field filled; the text is UTF-8 as is; "kind", "id",
// "uid" and "name" come first; unknown members and malformed JSON are
// refused with the documented error codes, never with nlohmann's types.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "test_support.hpp"

#include <string>

namespace {

using liaison::errc;
using liaison::Error;
using liaison::test::contains;

liaison::RecordMeta meta(liaison::RecordId id) {
  return {id, "3f2b8c1e-6a4d-4e2f-9b7a-0c5d1e2f3a4b", 3, "2016-09-02T08:00:00.000Z",
          "2016-09-05T17:30:12.345Z"};
}

liaison::ContactPoints contacts() {
  liaison::ContactPoints points;
  points.emails.push_back({"sara@example.org", "work", true, "workshop-2016.json"});
  points.emails.push_back({"s.capaliku@example.org", "", false, "manual"});
  points.phones.push_back({"044 500 388", "+35544500388", liaison::PhoneKind::work, "office", true,
                           "workshop-2016.json"});
  points.phones.push_back({"+355 69 000 0000", "", liaison::PhoneKind::mobile, "", false, ""});
  points.urls.push_back({"https://www.albaniahope.com", "website", true, "manual"});
  points.social_profiles.push_back(
      {"facebook", "Mary Ward Loreto", "Facebook page", true, "workshop-2016.json"});
  points.addresses.push_back({"Rr. „Skenderbej“, Pall. 8, Shk.2, Ap. 8.2.5", "Tiranë", "Tiranë",
                              "1001", "AL", "office", true, "manual"});
  return points;
}

std::vector<liaison::SourceRef> sources() {
  return {{"workshop-2016.json", "capaliku", "2016-09-02T08:00:00.000Z"},
          {"manual", "", "2016-09-03T10:00:00.000Z"}};
}

liaison::Person full_person() {
  liaison::Person person;
  person.meta = meta(7);
  person.prefix = "Ms.";
  person.given_names = "Sara";
  person.family_names = "Çapaliku";
  person.suffix = "MA";
  person.display_name = "Sara Çapaliku";
  person.alternative_names = {{"Сара Чапалику", "sr-Cyrl"}, {"Sara Capaliku", ""}};
  person.nicknames = {"Sara"};
  person.birthday = {0, 4, 12};
  person.country = "AL";
  person.languages = {"sq", "en", "it"};
  person.identifiers = {{"staff", "MWL-12"}};
  person.notes = "Co-author of the workshop report.\nSecond line.";
  person.tags = {"workshop-2016", "trafficking"};
  person.contacts = contacts();
  person.data_protection = {liaison::LawfulBasis::consent,
                            {2016, 8, 31},
                            "signed form, Podgorica workshop",
                            {2026, 8, 31}};
  person.sources = sources();
  person.raw_values = {{"email", "sara.at.example.org", "not an e-mail address: missing @"},
                       {"birthday", "31st of never", "is not a date"}};
  person.extra_fields = {{"vcard", "X-SKYPE", ";TYPE=work:live:sara.c"}};
  return person;
}

liaison::Organization full_organization() {
  liaison::Organization organization;
  organization.meta = meta(11);
  organization.name = "Organization for Security and Co-operation in Europe";
  organization.acronym = "OSCE";
  organization.aliases = {{"ОБСЕ", "mk"}, {"OSBE", "sq"}};
  organization.kind = liaison::OrganizationKind::intergovernmental;
  organization.country = "AT";
  organization.parent_id = 5;
  organization.website = "https://www.osce.org";
  organization.notes = "Secretariat in Vienna.";
  organization.tags = {"workshop-2016"};
  organization.contacts = contacts();
  organization.sources = sources();
  organization.raw_values = {{"country", "Atlantis", "is not a known country"}};
  organization.extra_fields = {{"csv", "Fax 2", "+43 1 514 36 6996"}};
  return organization;
}

liaison::Affiliation full_affiliation() {
  liaison::Affiliation affiliation;
  affiliation.meta = meta(13);
  affiliation.person_id = 7;
  affiliation.organization_id = 11;
  affiliation.title = "Police Affairs Officer";
  affiliation.role = "Adviser on Combating Trafficking in Human Beings";
  affiliation.department = "Transnational Threats Department";
  affiliation.start = {2012, 3, 0};
  affiliation.end = {2019, 0, 0};
  affiliation.primary = true;
  affiliation.source = "workshop-2016.json";
  return affiliation;
}

liaison::Event full_event() {
  liaison::Event event;
  event.meta = meta(17);
  event.name = "Regional Workshop";
  event.place = "Podgorica";
  event.country = "ME";
  event.start = {2016, 8, 31};
  event.end = {2016, 9, 1};
  event.organizer_ids = {21, 11, 23};
  event.sessions = {
      {"Session I", "Financial investigations", "Europol, Western Union", {2016, 8, 31}},
      {"Working Group 3", "Humanitarian Border Management", "", {2016, 9, 1}}};
  event.notes = "Joint IOM-OSCE-UNODC Regional Workshop.";
  event.tags = {"workshop-2016", "migration"};
  event.sources = sources();
  return event;
}

liaison::Participation full_participation() {
  liaison::Participation participation;
  participation.meta = meta(19);
  participation.event_id = 17;
  participation.participant_id = 7;
  participation.role = liaison::ParticipationRole::author;
  participation.session = "Session I";
  participation.notes = "Co-author of the sum-up report.";
  participation.source = "workshop-2016.json";
  return participation;
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

// The code and message of the liaison::Error that `parse` throws.
template <class Parse>
std::pair<errc, std::string> failure_of(Parse parse) {
  try {
    parse();
  } catch (const Error& error) {
    return {error.code(), error.what()};
  } catch (const std::exception& other) {
    BOOST_FAIL("a foreign exception escaped: " << other.what());
  }
  BOOST_FAIL("expected a liaison::Error");
  return {errc::ok, ""};
}

int code(errc value) { return static_cast<int>(value); }

}  // namespace

BOOST_AUTO_TEST_SUITE(round_trip)

BOOST_AUTO_TEST_CASE(person_with_every_field) {
  const liaison::Person person = full_person();
  BOOST_TEST((liaison::person_from_json(liaison::to_json(person)) == person));
  BOOST_TEST((liaison::person_from_json(liaison::to_json(person, 2)) == person));
}

BOOST_AUTO_TEST_CASE(organization_with_every_field) {
  const liaison::Organization organization = full_organization();
  BOOST_TEST((liaison::organization_from_json(liaison::to_json(organization)) == organization));
}

BOOST_AUTO_TEST_CASE(organization_known_only_by_its_acronym) {
  liaison::Organization organization;
  organization.acronym = "SELEC";
  const std::string json = liaison::to_json(organization);
  // Every organization object has a "name" (its display name), yet the
  // acronym must not come back as a name of its own.
  BOOST_TEST(contains(json, "\"name\":\"SELEC\""));
  const liaison::Organization back = liaison::organization_from_json(json);
  BOOST_TEST(back.name.empty());
  BOOST_TEST((back == organization));
}

BOOST_AUTO_TEST_CASE(affiliation_with_every_field) {
  const liaison::Affiliation affiliation = full_affiliation();
  BOOST_TEST((liaison::affiliation_from_json(liaison::to_json(affiliation)) == affiliation));
}

BOOST_AUTO_TEST_CASE(event_with_every_field) {
  const liaison::Event event = full_event();
  BOOST_TEST((liaison::event_from_json(liaison::to_json(event)) == event));
}

BOOST_AUTO_TEST_CASE(participation_with_every_field) {
  const liaison::Participation participation = full_participation();
  BOOST_TEST((liaison::participation_from_json(liaison::to_json(participation)) == participation));
}

BOOST_AUTO_TEST_CASE(empty_values) {
  BOOST_TEST((liaison::person_from_json(liaison::to_json(liaison::Person{})) == liaison::Person{}));
  BOOST_TEST((liaison::event_from_json(liaison::to_json(liaison::Event{})) == liaison::Event{}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(shape)

BOOST_AUTO_TEST_CASE(kind_id_uid_and_name_come_first) {
  BOOST_TEST(starts_with(liaison::to_json(full_person()),
                         R"({"kind":"person","id":7,"uid":"3f2b8c1e-6a4d-4e2f-9b7a-0c5d1e2f3a4b",)"
                         R"("name":"Sara Çapaliku","revision":3,)"));
  BOOST_TEST(
      starts_with(liaison::to_json(full_organization()),
                  R"({"kind":"organization","id":11,"uid":"3f2b8c1e-6a4d-4e2f-9b7a-0c5d1e2f3a4b",)"
                  R"("name":"Organization for Security and Co-operation in Europe",)"));
  BOOST_TEST(starts_with(liaison::to_json(full_event()),
                         R"({"kind":"event","id":17,"uid":"3f2b8c1e-6a4d-4e2f-9b7a-0c5d1e2f3a4b",)"
                         R"("name":"Regional Workshop",)"));
  BOOST_TEST(starts_with(liaison::to_json(full_affiliation()),
                         R"({"kind":"affiliation","id":13,"uid":")"));
  BOOST_TEST(starts_with(liaison::to_json(full_participation()),
                         R"({"kind":"participation","id":19,"uid":")"));
}

BOOST_AUTO_TEST_CASE(member_names_follow_the_fields) {
  const std::string organization = liaison::to_json(full_organization());
  BOOST_TEST(contains(organization, R"("organization_kind":"intergovernmental")"));
  BOOST_TEST(contains(organization, R"("aliases":[{"value":"ОБСЕ","language":"mk"})"));
  BOOST_TEST(contains(organization, R"("parent_id":5)"));
  const std::string person = liaison::to_json(full_person());
  BOOST_TEST(contains(person, R"("given_names":"Sara","family_names":"Çapaliku")"));
  BOOST_TEST(contains(person, R"("birthday":"--04-12")"));
  BOOST_TEST(contains(person, R"("data_protection":{"lawful_basis":"consent")"));
  BOOST_TEST(
      contains(person, R"("phones":[{"number":"044 500 388","e164":"+35544500388","kind":"work")"));
  BOOST_TEST(
      contains(person, R"("sources":[{"source":"workshop-2016.json","external_key":"capaliku")"));
}

BOOST_AUTO_TEST_CASE(empty_fields_are_left_out) {
  liaison::Person person;
  person.given_names = "Sara";
  const std::string json = liaison::to_json(person);
  BOOST_TEST(json ==
             R"({"kind":"person","id":0,"uid":"","name":"Sara","revision":0,"created_at":"",)"
             R"("updated_at":"","given_names":"Sara"})");
}

BOOST_AUTO_TEST_CASE(utf8_is_written_as_is) {
  const std::string json = liaison::to_json(full_person());
  BOOST_TEST(contains(json, "Çapaliku"));
  BOOST_TEST(contains(json, "Сара Чапалику"));
  BOOST_TEST(contains(json, "„Skenderbej“"));
  BOOST_TEST(!contains(json, "\\u"));
}

BOOST_AUTO_TEST_CASE(indent_gives_one_member_a_line) {
  const std::string json = liaison::to_json(full_affiliation(), 2);
  BOOST_TEST(starts_with(json, "{\n  \"kind\": \"affiliation\",\n  \"id\": 13,\n"));
  BOOST_TEST(!contains(liaison::to_json(full_affiliation()), "\n"));
}

BOOST_AUTO_TEST_CASE(a_change_nests_the_record_before_it) {
  liaison::Change change;
  change.sequence = 42;
  change.kind = liaison::RecordKind::person;
  change.record_id = 7;
  change.uid = "3f2b8c1e-6a4d-4e2f-9b7a-0c5d1e2f3a4b";
  change.operation = liaison::ChangeOperation::update;
  change.revision = 4;
  change.fields = {"emails", "title"};
  change.actor = "sara";
  change.time = "2016-09-05T17:30:12.345Z";
  change.before = liaison::to_json(full_person());
  const std::string json = liaison::to_json(change);
  BOOST_TEST(starts_with(json, R"({"sequence":42,"kind":"person","record_id":7,)"));
  BOOST_TEST(contains(json, R"("operation":"update")"));
  BOOST_TEST(contains(json, R"("fields":["emails","title"])"));
  BOOST_TEST(contains(json, R"("before":{"kind":"person","id":7,)"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(refusals)

BOOST_AUTO_TEST_CASE(an_unknown_member_is_named) {
  auto [error, message] = failure_of(
      [] { liaison::person_from_json(R"({"kind":"person","given_names":"Sara","foo":1})"); });
  BOOST_TEST(code(error) == code(errc::invalid_argument));
  BOOST_TEST(message == "unknown member 'foo' in person");
}

BOOST_AUTO_TEST_CASE(an_unknown_nested_member_is_named_with_its_path) {
  auto [error, message] = failure_of([] {
    liaison::organization_from_json(
        R"({"name":"OSCE","emails":[{"address":"a@b.org","lable":"x"}]})");
  });
  BOOST_TEST(code(error) == code(errc::invalid_argument));
  BOOST_TEST(message == "unknown member 'emails[0].lable' in organization");
}

BOOST_AUTO_TEST_CASE(malformed_json_is_a_parse_error) {
  for (const char* text :
       {"", "{", R"({"kind":"person",})", "[1, 2", "{\"given_names\": \"\xff\"}"}) {
    BOOST_TEST_CONTEXT(text) {
      auto [error, message] = failure_of([&] { liaison::person_from_json(text); });
      BOOST_TEST(code(error) == code(errc::parse_error));
      BOOST_TEST(!contains(message, "json.exception"));
    }
  }
}

BOOST_AUTO_TEST_CASE(wrong_types_and_values_are_invalid_arguments) {
  struct Case {
    const char* text;
    const char* expected;
  };
  for (const Case& c : {
           Case{R"([])", "person: expected a JSON object"},
           Case{R"({"given_names":5})", "member 'given_names' in person: expected a string"},
           Case{R"({"kind":"organization"})", "member 'kind' in person"},
           Case{R"({"birthday":"31st of never"})", "member 'birthday' in person: not a date"},
           Case{R"({"tags":"x"})", "member 'tags' in person: expected an array"},
           Case{R"({"emails":[{"address":"a@b.org","preferred":"yes"}]})",
                "member 'emails[0].preferred' in person: expected true or false"},
           Case{R"({"phones":[{"number":"1","kind":"pager"}]})",
                "member 'phones[0].kind' in person: unknown value 'pager'"},
           Case{R"({"id":"7"})", "member 'id' in person: expected an integer"},
       }) {
    BOOST_TEST_CONTEXT(c.text) {
      auto [error, message] = failure_of([&] { liaison::person_from_json(c.text); });
      BOOST_TEST(code(error) == code(errc::invalid_argument));
      BOOST_TEST(contains(message, c.expected), message);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_record_of_another_kind_is_refused) {
  auto [error, message] =
      failure_of([] { liaison::organization_from_json(liaison::to_json(full_person())); });
  BOOST_TEST(code(error) == code(errc::invalid_argument));
  BOOST_TEST(contains(message, "member 'kind' in organization"));
}

BOOST_AUTO_TEST_SUITE_END()
