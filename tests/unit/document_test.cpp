// The liaison document format: the sample directory loads with everything
// the 2016 workshop report names; re-loading changes nothing; bad field
// values are kept as raw text; a bad record either fails the whole load
// atomically or, with skip_bad, is skipped and reported; dry runs store
// nothing.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "temp_dir.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace {

using liaison::Directory;
using liaison::errc;
using liaison::Error;
using liaison::ImportOptions;
using liaison::ImportReport;
using liaison::RecordId;
using liaison::RecordKind;
using liaison::test::contains;
using liaison::test::refusal;
using liaison::test::TempDir;

const std::string sample_source = "workshop-2016.json";

liaison::OpenOptions options() { return liaison::test::options_for("document_test"); }

struct Fixture {
  TempDir temp;
  Directory directory = Directory::open(temp.file("test.liaison"), options());
  std::string sample = std::string(LIAISON_SAMPLE_DIR) + "/workshop-2016.json";

  // One string, so that a failed comparison prints every count at once.
  std::string counts() const {
    return std::to_string(directory.count(RecordKind::organization)) + " organizations, " +
           std::to_string(directory.count(RecordKind::person)) + " people, " +
           std::to_string(directory.count(RecordKind::affiliation)) + " affiliations, " +
           std::to_string(directory.count(RecordKind::event)) + " events, " +
           std::to_string(directory.count(RecordKind::participation)) + " participations";
  }

  RecordId id_of(const std::string& key, const std::string& source = sample_source) const {
    std::optional<RecordId> id = directory.find_by_source(source, key);
    BOOST_TEST_REQUIRE(id.has_value(), "no record from " << source << " with key " << key);
    return *id;
  }

  liaison::Person person(const std::string& key, const std::string& source = sample_source) const {
    return directory.get_person(id_of(key, source));
  }

  liaison::Organization organization(const std::string& key) const {
    return directory.get_organization(id_of(key));
  }

  std::string write(const std::string& name, const std::string& text) const {
    std::string path = temp.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
};

const std::string sample_counts =
    "18 organizations, 6 people, 6 affiliations, 1 events, 15 participations";
constexpr std::size_t sample_records = 18 + 6 + 6 + 1 + 15;
const std::string empty_counts =
    "0 organizations, 0 people, 0 affiliations, 0 events, 0 participations";

const liaison::Diagnostic* first_error(const ImportReport& report) {
  for (const auto& diagnostic : report.diagnostics) {
    if (diagnostic.severity == liaison::Diagnostic::Severity::error) return &diagnostic;
  }
  return nullptr;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(sample, Fixture)

BOOST_AUTO_TEST_CASE(loads_every_record_the_report_names) {
  ImportReport report = liaison::load_document(directory, sample);
  BOOST_TEST(counts() == sample_counts);
  BOOST_TEST(report.read == sample_records);
  BOOST_TEST(report.created == sample_records);
  BOOST_TEST(report.updated == 0u);
  BOOST_TEST(report.skipped == 0u);
  for (const auto& diagnostic : report.diagnostics) BOOST_TEST_MESSAGE(diagnostic.to_string());
  BOOST_TEST(report.diagnostics.empty());
  BOOST_TEST(directory.default_region() == "AL");
}

BOOST_AUTO_TEST_CASE(keeps_names_and_quotes_exactly) {
  liaison::load_document(directory, sample);
  liaison::Person capaliku = person("capaliku");
  BOOST_TEST(capaliku.family_names == "Çapaliku");
  BOOST_TEST(capaliku.name() == "Sara Çapaliku");
  liaison::Organization mwl = organization("mwl");
  BOOST_TEST_REQUIRE(mwl.contacts.addresses.size() == 1u);
  BOOST_TEST(mwl.contacts.addresses[0].street == "Rr. „Skenderbej“, Pall. 8, Shk.2, Ap. 8.2.5");
  BOOST_TEST(mwl.contacts.addresses[0].locality.empty());  // the report names no town
}

BOOST_AUTO_TEST_CASE(neuhaus_works_at_the_osce_as_police_affairs_officer) {
  liaison::load_document(directory, sample);
  liaison::Person neuhaus = person("neuhaus");
  BOOST_TEST(neuhaus.name() == "Gerald Neuhaus");
  BOOST_TEST_REQUIRE(neuhaus.contacts.emails.size() == 1u);
  BOOST_TEST(neuhaus.contacts.emails[0].address == "gerald.neuhaus@osce.org");
  auto current = directory.affiliations_of_person(neuhaus.meta.id);
  BOOST_TEST_REQUIRE(current.size() == 1u);
  BOOST_TEST(current[0].is_current());
  BOOST_TEST(current[0].title == "Police Affairs Officer");
  BOOST_TEST(current[0].role == "Adviser on Combating Trafficking in Human Beings");
  BOOST_TEST(directory.get_organization(current[0].organization_id).acronym == "OSCE");
}

BOOST_AUTO_TEST_CASE(the_unit_mailbox_is_labelled_as_shared) {
  liaison::load_document(directory, sample);
  liaison::Person lorenzo = person("lorenzo_lopez");
  BOOST_TEST_REQUIRE(lorenzo.contacts.emails.size() == 1u);
  BOOST_TEST(lorenzo.contacts.emails[0].address == "jigc-internacional@guardiacivil.org");
  BOOST_TEST(contains(lorenzo.contacts.emails[0].label, "shared"));
}

BOOST_AUTO_TEST_CASE(the_foundation_phone_gets_its_e164_form) {
  liaison::load_document(directory, sample);
  liaison::Organization mwl = organization("mwl");
  BOOST_TEST(mwl.acronym == "MWL");
  BOOST_TEST((mwl.kind == liaison::OrganizationKind::ngo));
  BOOST_TEST_REQUIRE(mwl.contacts.phones.size() == 1u);
  BOOST_TEST(mwl.contacts.phones[0].number == "+355 44 500 388");
  BOOST_TEST(mwl.contacts.phones[0].e164 == "+35544500388");
  BOOST_TEST_REQUIRE(mwl.contacts.social_profiles.size() == 1u);
  BOOST_TEST(mwl.contacts.social_profiles[0].service == "facebook");
  BOOST_TEST(mwl.contacts.social_profiles[0].url == "Mary Ward Loreto");
}

BOOST_AUTO_TEST_CASE(the_guardia_civil_bureau_belongs_to_spains_ministry) {
  liaison::load_document(directory, sample);
  liaison::Organization bureau = organization("guardia_civil_cooperation");
  BOOST_TEST_REQUIRE(bureau.parent_id.has_value());
  liaison::Organization guardia_civil = directory.get_organization(*bureau.parent_id);
  BOOST_TEST(guardia_civil.name == "Guardia Civil");
  BOOST_TEST_REQUIRE(guardia_civil.parent_id.has_value());
  liaison::Organization ministry = directory.get_organization(*guardia_civil.parent_id);
  BOOST_TEST(ministry.country == "ES");
  BOOST_TEST((ministry.kind == liaison::OrganizationKind::government_ministry));
  BOOST_TEST(std::any_of(ministry.aliases.begin(), ministry.aliases.end(), [](const auto& alias) {
    return alias.value == "Ministerio del Interior";
  }));
  BOOST_TEST(!ministry.parent_id.has_value());

  auto units = directory.units_of(ministry.meta.id);
  BOOST_TEST_REQUIRE(units.size() == 1u);
  BOOST_TEST(units[0].meta.id == guardia_civil.meta.id);

  liaison::Organization austria = organization("at_criminal_intelligence");
  BOOST_TEST_REQUIRE(austria.parent_id.has_value());
  BOOST_TEST(directory.get_organization(*austria.parent_id).country == "AT");
}

BOOST_AUTO_TEST_CASE(every_institution_in_the_report_is_found_by_name) {
  liaison::load_document(directory, sample);
  // As the report writes them, plus names in the region's scripts.
  const std::vector<std::string> names = {
      "Frontex",
      "Europol",
      "Western Union",
      "Eurojust",
      "Selec",
      "SELEC",
      "IOM",
      "OSCE",
      "UNODC",
      "Prokuroria e Përgjithshme",
      "General Prosecutor's Office of Albania",
      "Ministry of Interior of FYROM",
      "Ministry of Finance",
      "Ministry of Justice",
      "Criminal Intelligence Austria",
      "Bundeskriminalamt",
      "Bundesministerium für Inneres",
      "Ministry of Interior Spain",
      "Ministerio del Interior",
      "Guardia Civil",
      "International Cooperation Bureau",
      "Mary Ward Loreto Foundation",
      "MWL",
      "ОБСЕ",
      "OSBE",
      "МОМ",
  };
  for (const std::string& name : names) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(directory.find_organizations_by_name(name).size() == 1u);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_workshop_has_its_sessions_and_speakers) {
  liaison::load_document(directory, sample);
  liaison::Event event = directory.get_event(id_of("podgorica_2016"));
  BOOST_TEST(event.name ==
             "Enhancing and Strengthening Cross-border Co-operation in Addressing Irregular "
             "Migration-related Crimes in the Western Balkans");
  BOOST_TEST(event.place == "Podgorica");
  BOOST_TEST(event.country == "ME");
  BOOST_TEST(event.start.to_string() == "2016-08-31");
  BOOST_TEST(event.end.to_string() == "2016-09-01");
  BOOST_TEST(event.sessions.size() == 7u);
  std::vector<RecordId> organizers = {id_of("iom"), id_of("osce"), id_of("unodc")};
  BOOST_TEST(event.organizer_ids == organizers, boost::test_tools::per_element());

  auto participations = directory.participations_in_event(event.meta.id);
  BOOST_TEST(participations.size() == 15u);
  auto speakers_in = [&](const std::string& session) {
    std::vector<RecordId> ids;
    for (const auto& p : participations) {
      if (p.role == liaison::ParticipationRole::speaker && p.session == session) {
        ids.push_back(p.participant_id);
      }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  std::vector<RecordId> session_one = {id_of("europol"), id_of("western_union"),
                                       id_of("al_prosecution")};
  std::sort(session_one.begin(), session_one.end());
  BOOST_TEST(speakers_in("Session I") == session_one, boost::test_tools::per_element());
  BOOST_TEST(speakers_in("Introductory Session") == std::vector<RecordId>{id_of("frontex")},
             boost::test_tools::per_element());

  const RecordId capaliku = id_of("capaliku");
  auto authors = std::count_if(participations.begin(), participations.end(), [&](const auto& p) {
    return p.role == liaison::ParticipationRole::author && p.participant_id == capaliku;
  });
  BOOST_TEST(authors == 1);
}

BOOST_AUTO_TEST_CASE(records_remember_the_file_and_key_they_came_from) {
  liaison::load_document(directory, sample);
  liaison::Person neuhaus = person("neuhaus");
  BOOST_TEST(std::any_of(neuhaus.sources.begin(), neuhaus.sources.end(), [](const auto& ref) {
    return ref.source == sample_source && ref.external_key == "neuhaus" && !ref.seen_at.empty();
  }));
  for (const auto& affiliation : directory.affiliations_of_person(neuhaus.meta.id)) {
    BOOST_TEST(affiliation.source == sample_source);
  }
}

BOOST_AUTO_TEST_CASE(reloading_changes_nothing) {
  liaison::load_document(directory, sample);
  const RecordId neuhaus = id_of("neuhaus");
  const std::int64_t sequence = directory.last_change_sequence();

  ImportReport again = liaison::load_document(directory, sample);
  BOOST_TEST(counts() == sample_counts);
  BOOST_TEST(again.read == sample_records);
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.updated == 0u);
  BOOST_TEST(again.diagnostics.empty());
  BOOST_TEST(id_of("neuhaus") == neuhaus);
  BOOST_TEST(directory.last_change_sequence() == sequence);  // not even the journal moved
}

BOOST_AUTO_TEST_CASE(dry_run_stores_nothing) {
  ImportOptions options;
  options.dry_run = true;
  ImportReport report = liaison::load_document(directory, sample, options);
  BOOST_TEST(report.created == sample_records);
  BOOST_TEST(counts() == empty_counts);
  BOOST_TEST(directory.last_change_sequence() == 0);
  BOOST_TEST(directory.default_region().empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(loading, Fixture)

BOOST_AUTO_TEST_CASE(a_changed_document_updates_the_same_records) {
  const std::string first = R"({"liaison_document": 1,
    "organizations": [{"key": "ngo", "name": "Some NGO", "country": "AL"}],
    "people": [{"key": "ana", "given_names": "Ana", "family_names": "Hoxha",
                "affiliations": [{"organization": "ngo", "title": "Lawyer"}]}]})";
  liaison::load_document_text(directory, first, "contacts.json");
  const RecordId ana = id_of("ana", "contacts.json");

  const std::string second = R"({"liaison_document": 1,
    "organizations": [{"key": "ngo", "name": "Some NGO", "country": "AL"}],
    "people": [{"key": "ana", "given_names": "Ana", "family_names": "Hoxha",
                "emails": [{"address": "ana@example.org"}],
                "affiliations": [{"organization": "ngo", "title": "Lawyer", "role": "Legal aid"}]}]})";
  ImportReport report = liaison::load_document_text(directory, second, "contacts.json");
  BOOST_TEST(report.created == 0u);
  BOOST_TEST(report.updated == 2u);  // the person and the affiliation; the NGO is unchanged
  BOOST_TEST(id_of("ana", "contacts.json") == ana);
  BOOST_TEST(directory.count(RecordKind::person) == 1u);
  BOOST_TEST(directory.get_person(ana).contacts.emails.at(0).address == "ana@example.org");
  auto affiliations = directory.affiliations_of_person(ana);
  BOOST_TEST_REQUIRE(affiliations.size() == 1u);
  BOOST_TEST(affiliations[0].role == "Legal aid");
}

BOOST_AUTO_TEST_CASE(bad_field_values_are_kept_as_raw_text_with_warnings) {
  const std::string text = R"({"liaison_document": 1, "people": [
    {"key": "lenient", "given_names": "Ana", "emails": [{"address": "ana.at.example.org"}],
     "birthday": "31st of never"}]})";
  ImportReport report = liaison::load_document_text(directory, text, "lenient.json");
  BOOST_TEST(report.created == 1u);
  BOOST_TEST(report.warning_count() == 2u);
  BOOST_TEST(report.error_count() == 0u);
  for (const auto& diagnostic : report.diagnostics) {
    BOOST_TEST(diagnostic.file == "lenient.json");
    BOOST_TEST(diagnostic.record == "people[0] (key 'lenient')");
  }

  liaison::Person stored = person("lenient", "lenient.json");
  BOOST_TEST(stored.contacts.emails.empty());
  BOOST_TEST(stored.birthday.empty());
  std::vector<std::string> raw;
  for (const auto& value : stored.raw_values) raw.push_back(value.value);
  std::sort(raw.begin(), raw.end());
  std::vector<std::string> expected = {"31st of never", "ana.at.example.org"};
  BOOST_TEST(raw == expected, boost::test_tools::per_element());
}

const std::string nameless_person = R"({"liaison_document": 1,
  "organizations": [{"key": "ngo", "name": "Some NGO"}],
  "people": [{"key": "ana", "given_names": "Ana"},
             {"key": "nobody", "notes": "met at the coffee break",
              "affiliations": [{"organization": "ngo"}]}],
  "events": [{"key": "meeting", "name": "Coordination meeting",
              "participants": [{"who": "ana"}, {"who": "nobody"}]}]})";

BOOST_AUTO_TEST_CASE(a_person_without_identity_fails_the_whole_load) {
  Error error =
      refusal([&] { liaison::load_document_text(directory, nameless_person, "nameless.json"); });
  BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::parse_error));
  BOOST_TEST(contains(error.what(), "nameless.json"));
  BOOST_TEST(contains(error.what(), "people[1] (key 'nobody')"));
  BOOST_TEST(counts() == empty_counts);
  BOOST_TEST(directory.last_change_sequence() == 0);
}

BOOST_AUTO_TEST_CASE(skip_bad_skips_the_person_and_what_refers_to_it) {
  ImportOptions options;
  options.skip_bad = true;
  ImportReport report =
      liaison::load_document_text(directory, nameless_person, "nameless.json", options);
  BOOST_TEST(counts() == "1 organizations, 1 people, 0 affiliations, 1 events, 1 participations");
  BOOST_TEST(report.skipped == 2u);  // the person, and the participation naming it
  BOOST_TEST(report.error_count() == 2u);
  const liaison::Diagnostic* error = first_error(report);
  BOOST_TEST_REQUIRE(error != nullptr);
  BOOST_TEST(error->file == "nameless.json");
  BOOST_TEST(error->record == "people[1] (key 'nobody')");
  BOOST_TEST(std::any_of(report.diagnostics.begin(), report.diagnostics.end(), [](const auto& d) {
    return d.record == "events[0] (key 'meeting') participants[1]" && d.field == "who";
  }));
}

BOOST_AUTO_TEST_CASE(invalid_json_names_the_file_and_line) {
  const std::string path =
      write("broken.json", "{\n  \"liaison_document\": 1,\n  \"people\": [ }\n");
  Error error = refusal([&] { liaison::load_document(directory, path); });
  BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::parse_error));
  BOOST_TEST(contains(error.what(), path + ":3:"));

  ImportOptions options;
  options.skip_bad = true;  // a file that is not JSON cannot be skipped into shape
  error = refusal([&] { liaison::load_document(directory, path, options); });
  BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::parse_error));
}

BOOST_AUTO_TEST_CASE(an_unreadable_file_is_an_io_error_naming_it) {
  const std::string path = temp.file("missing.json");
  Error error = refusal([&] { liaison::load_document(directory, path); });
  BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::io_error));
  BOOST_TEST(contains(error.what(), path));
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_liaison_document_is_refused) {
  Error error =
      refusal([&] { liaison::load_document_text(directory, R"({"people": []})", "other.json"); });
  BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::parse_error));
  BOOST_TEST(contains(error.what(), "liaison_document"));
}

BOOST_AUTO_TEST_CASE(an_unknown_key_reference_is_an_error) {
  const std::string text = R"({"liaison_document": 1, "people": [
    {"key": "ana", "given_names": "Ana", "affiliations": [{"organization": "nowhere"}]}]})";
  Error error = refusal([&] { liaison::load_document_text(directory, text, "refs.json"); });
  BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::parse_error));
  BOOST_TEST(contains(error.what(), "people[0] (key 'ana') affiliations[0]"));
  BOOST_TEST(contains(error.what(), "unknown key 'nowhere'"));
  BOOST_TEST(counts() == empty_counts);

  ImportOptions options;
  options.skip_bad = true;
  ImportReport report = liaison::load_document_text(directory, text, "refs.json", options);
  BOOST_TEST(report.skipped == 1u);
  BOOST_TEST(counts() == "0 organizations, 1 people, 0 affiliations, 0 events, 0 participations");
}

BOOST_AUTO_TEST_CASE(a_unit_of_a_skipped_organization_is_skipped_too) {
  const std::string text = R"({"liaison_document": 1, "organizations": [
    {"key": "unit", "name": "Anti-trafficking unit", "parent": "ministry"},
    {"key": "ministry", "notes": "no name"}]})";
  ImportOptions options;
  options.skip_bad = true;
  ImportReport report = liaison::load_document_text(directory, text, "units.json", options);
  BOOST_TEST(report.skipped == 2u);
  BOOST_TEST(directory.count(RecordKind::organization) == 0u);
}

BOOST_AUTO_TEST_CASE(duplicate_keys_unknown_members_and_wrong_types_are_errors) {
  struct Case {
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {R"({"liaison_document": 1, "people": [{"key": "a", "given_names": "A"},
                                             {"key": "a", "given_names": "B"}]})",
       "people[1] (key 'a'): key: the key 'a' is already used by people[0] (key 'a')"},
      {R"({"liaison_document": 1, "people": [{"key": "a", "given_name": "A"}]})",
       "people[0] (key 'a'): given_name: unknown member 'given_name' in person"},
      {R"({"liaison_document": 1, "people": [{"key": "a", "given_names": 5}]})",
       "people[0] (key 'a'): given_names:"},
      {R"({"liaison_document": 1, "people": [{"key": "a", "name": "Ana"}]})",
       "people[0] (key 'a'): name:"},
      {R"({"liaison_document": 1, "events": [{"key": "e", "name": "E",
            "participants": [{"who": "e"}]}]})",
       "events[0] (key 'e') participants[0]: who: key 'e' names an event"},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expected) {
      Error error = refusal([&] { liaison::load_document_text(directory, c.text, "bad.json"); });
      BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(errc::parse_error));
      BOOST_TEST(contains(error.what(), "bad.json: " + c.expected));
      BOOST_TEST(counts() == empty_counts);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_source_option_names_the_provenance) {
  ImportOptions options;
  options.source = "partner-list";
  liaison::load_document_text(
      directory, R"({"liaison_document": 1, "people": [{"key": "ana", "given_names": "Ana"}]})",
      "somewhere/contacts.json", options);
  BOOST_TEST(directory.find_by_source("partner-list", "ana").has_value());
  BOOST_TEST(!directory.find_by_source("contacts.json", "ana").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
