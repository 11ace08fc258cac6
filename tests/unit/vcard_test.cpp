// vCard import and export through the public API: golden round trips
// (file -> import -> export -> compare with a .ref file) in each version
// and charset, the shared corpus of real-world files, atomic imports and
// skip_bad, re-imports that update instead of copying, ORG matching, and
// properties liaison does not map coming back out as they went in.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "temp_dir.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <thread>

namespace {

using liaison::Directory;
using liaison::errc;
using liaison::Error;
using liaison::ImportReport;
using liaison::Organization;
using liaison::Person;
using liaison::RecordKind;
using liaison::VCardExportOptions;
using liaison::VCardImportOptions;
using liaison::test::contains;
using liaison::test::mentions;
using liaison::test::refusal;

namespace fs = std::filesystem;

liaison::OpenOptions options() { return liaison::test::options_for("vcard_test", "RS"); }

using Fresh = liaison::test::FreshDirectory<options>;

const fs::path fixtures = fs::path(LIAISON_FIXTURE_DIR) / "vcard";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(in.good(), "cannot read " << path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string addresses_of_person(const Person& person) {
  std::string out;
  for (const liaison::Email& email : person.contacts.emails)
    out += (out.empty() ? "" : " ") + email.address;
  return out;
}

std::string exported(const Directory& directory, VCardExportOptions export_options = {}) {
  std::ostringstream out;
  liaison::export_vcard(directory, out, export_options);
  return out.str();
}

// An export holds what the clock and the random uid generator chose: REV
// always, and the UID of each organization an import created from an ORG
// value. Both are replaced by placeholders before comparing with a .ref
// file; UIDs that the input file gave are left as they are.
std::string masked(std::string text, const std::string& input) {
  text = std::regex_replace(text, std::regex("\r\nREV:[0-9TZ]+\r\n"), "\r\nREV:<rev>\r\n");
  std::regex uid("UID:(urn:uuid:)?([0-9a-f-]{36})");
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), uid);
  std::size_t last = 0;
  for (auto match = begin; match != std::sregex_iterator(); ++match) {
    out.append(text, last, static_cast<std::size_t>(match->position()) - last);
    const std::string value = (*match)[2];
    out.append(input.find(value) != std::string::npos ? match->str() : "UID:<new>");
    last = static_cast<std::size_t>(match->position() + match->length());
  }
  out.append(text, last, std::string::npos);
  return out;
}

// Compares with the .ref file; LIAISON_UPDATE_GOLDEN=1 rewrites it instead
// (then read the diff before committing it).
void check_golden(const std::string& actual, const fs::path& ref) {
  if (std::getenv("LIAISON_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(ref, std::ios::binary) << actual;
    BOOST_TEST_MESSAGE("rewrote " << ref);
    return;
  }
  const std::string expected = read_bytes(ref);
  BOOST_TEST(actual == expected, "export differs from " << ref.filename() << ":\n" << actual);
}

struct GoldenCase {
  const char* input;
  const char* version;
  const char* ref;
};

constexpr GoldenCase golden_cases[] = {
    {"cyrillic-4.0.vcf", "4.0", "cyrillic-4.0.vcf.4.0.ref"},
    {"cyrillic-4.0.vcf", "3.0", "cyrillic-4.0.vcf.3.0.ref"},
    {"albanian-3.0.vcf", "4.0", "albanian-3.0.vcf.4.0.ref"},
    {"albanian-3.0.vcf", "3.0", "albanian-3.0.vcf.3.0.ref"},
    {"serbo-croatian-2.1-cp1250.vcf", "4.0", "serbo-croatian-2.1-cp1250.vcf.4.0.ref"},
    {"cyrillic-2.1-cp1251.vcf", "4.0", "cyrillic-2.1-cp1251.vcf.4.0.ref"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(golden_round_trips)

BOOST_AUTO_TEST_CASE(each_fixture_exports_as_its_reference) {
  for (const GoldenCase& golden : golden_cases) {
    BOOST_TEST_CONTEXT(golden.input << " as vCard " << golden.version) {
      Directory directory = Directory::open(":memory:", options());
      const fs::path input = fixtures / "roundtrip" / golden.input;
      ImportReport report = liaison::import_vcard(directory, input.string());
      BOOST_TEST(report.skipped == 0u);
      VCardExportOptions export_options;
      export_options.version = golden.version;
      check_golden(masked(exported(directory, export_options), read_bytes(input)),
                   fixtures / "roundtrip" / golden.ref);
    }
  }
}

BOOST_AUTO_TEST_CASE(an_export_imported_again_exports_the_same) {
  // The second trip is lossless: what liaison wrote, it reads back whole.
  for (const GoldenCase& golden : golden_cases) {
    BOOST_TEST_CONTEXT(golden.input << " as vCard " << golden.version) {
      Directory first = Directory::open(":memory:", options());
      liaison::import_vcard(first, (fixtures / "roundtrip" / golden.input).string());
      VCardExportOptions export_options;
      export_options.version = golden.version;
      const std::string once = exported(first, export_options);

      Directory second = Directory::open(":memory:", options());
      ImportReport report = liaison::import_vcard_bytes(second, once, "export.vcf");
      BOOST_TEST(report.skipped == 0u);
      const std::string twice = exported(second, export_options);
      BOOST_TEST(masked(twice, once) == masked(once, once));
    }
  }
}

BOOST_AUTO_TEST_CASE(legacy_charsets_decode_to_the_right_letters) {
  Directory directory = Directory::open(":memory:", options());
  ImportReport report = liaison::import_vcard(
      directory, (fixtures / "roundtrip" / "serbo-croatian-2.1-cp1250.vcf").string());
  std::vector<Person> people = directory.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  BOOST_TEST(people[0].family_names == "Šćepanović");
  BOOST_TEST(people[0].given_names == "Đorđe");
  BOOST_TEST(people[0].name() == "Đorđe Šćepanović");
  BOOST_TEST(contains(people[0].notes, "Čačku"));
  BOOST_TEST(contains(people[0].notes, "šest sati"));
  // The undeclared 8-bit FN was read in the fallback code page, and the
  // report says so for that card.
  bool said = std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                          [](const liaison::Diagnostic& d) {
                            return d.message.find("windows-1250") != std::string::npos;
                          });
  BOOST_TEST(said);

  Directory cyrillic = Directory::open(":memory:", options());
  liaison::import_vcard(cyrillic, (fixtures / "roundtrip" / "cyrillic-2.1-cp1251.vcf").string());
  people = cyrillic.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  BOOST_TEST(people[0].name() == "Јелена Кнежевић");
  // Found in either script.
  BOOST_TEST(!cyrillic.search("jelena knezevic").empty());

  // Phones in Greece and Israel wrote their own code pages, undeclared:
  // Greek and Hebrew words read as the Greek and Hebrew they are, not as
  // Cyrillic.
  Directory other = Directory::open(":memory:", options());
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "N:\xD0\xE1\xF0\xE1\xE4\xFC\xF0\xEF\xF5\xEB\xEF\xF2;\xC3\xE9\xFE\xF1\xE3\xEF\xF2\r\n"
      "TEL;CELL:+30 69 1234 5678\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:\xF7\xE9\xF9\xE5\xEF;\xE0\xF4\xF8\xE9\xED\r\n"
      "TEL;CELL:+972 50 123 4567\r\nEND:VCARD\r\n";
  report = liaison::import_vcard_bytes(other, cards, "phones.vcf");
  std::vector<std::string> names;
  for (const Person& p : other.list_people()) names.push_back(p.name());
  std::sort(names.begin(), names.end());
  BOOST_TEST(names == (std::vector<std::string>{"Γιώργος Παπαδόπουλος", "אפרים קישון"}),
             boost::test_tools::per_element());
  for (const char* code_page : {"windows-1253", "windows-1255"}) {
    BOOST_TEST(std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                           [&](const liaison::Diagnostic& d) {
                             return d.message.find(code_page) != std::string::npos;
                           }),
               code_page);
  }
}

BOOST_AUTO_TEST_CASE(contact_groups_become_tags_of_their_members) {
  // A vCard 4.0 group before its members (Nextcloud) and an Apple group
  // after them (iCloud, Radicale), naming members by UID with and without
  // urn:uuid:, and one member that is not in the file.
  const std::string file =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Frontex contacts\r\n"
      "MEMBER:urn:uuid:6a1f0c1e-0000-4000-8000-000000000001\r\n"
      "MEMBER:urn:uuid:6a1f0c1e-0000-4000-8000-000000000002\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:6a1f0c1e-0000-4000-8000-000000000001\r\n"
      "FN:Ana Kovačić\r\nN:Kovačić;Ana;;;\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:6a1f0c1e-0000-4000-8000-000000000002\r\n"
      "FN:Luka Horvat\r\nN:Horvat;Luka;;;\r\nCATEGORIES:frontex contacts\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Shelters\r\nFN:Shelters\r\n"
      "X-ADDRESSBOOKSERVER-KIND:group\r\n"
      "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:6a1f0c1e-0000-4000-8000-000000000002\r\n"
      "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ffffffff-0000-4000-8000-00000000dead\r\n"
      "END:VCARD\r\n";
  Directory directory = Directory::open(":memory:", options());
  const ImportReport report = liaison::import_vcard_bytes(directory, file, "groups.vcf");
  const std::vector<Person> people = directory.list_people();
  BOOST_TEST_REQUIRE(people.size() == 2u);  // no person named after a group
  BOOST_TEST(directory.list_organizations().empty());
  for (const Person& person : people) {
    if (person.family_names == "Kovačić") {
      BOOST_TEST(person.tags == std::vector<std::string>{"Frontex contacts"});
    } else {
      // Its own category is the same tag, folded: not added twice.
      BOOST_TEST(person.tags == (std::vector<std::string>{"frontex contacts", "Shelters"}));
    }
  }
  auto said = [&](std::string_view text) {
    return std::any_of(
        report.diagnostics.begin(), report.diagnostics.end(),
        [&](const liaison::Diagnostic& d) { return d.message.find(text) != std::string::npos; });
  };
  BOOST_TEST(said("a tag of 2 of its 2 members"));
  BOOST_TEST(said("a tag of 1 of its 2 members (the others are not cards of this file)"));

  // Importing the file again changes nothing.
  const ImportReport again = liaison::import_vcard_bytes(directory, file, "groups.vcf");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.updated == 0u);
  BOOST_TEST(directory.list_people().size() == 2u);

  // A file that cannot be read twice (a pipe: liaison import /dev/stdin):
  // the members are tagged after the last card, to the same result.
  liaison::test::TempDir dir;
  const std::string fifo = dir.file("groups.vcf");
  BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << file; });
  Directory streamed = Directory::open(":memory:", options());
  ImportReport piped;
  try {
    piped = liaison::import_vcard(streamed, fifo);
  } catch (...) {
    writer.join();
    throw;
  }
  writer.join();
  BOOST_TEST(piped.created == 2u);
  std::vector<Person> tagged = streamed.list_people();
  BOOST_TEST_REQUIRE(tagged.size() == 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    BOOST_TEST_CONTEXT(people[i].name()) { BOOST_TEST(tagged[i].tags == people[i].tags); }
  }
}

BOOST_AUTO_TEST_CASE(a_contact_group_without_a_name_is_reported) {
  const std::string file =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nMEMBER:urn:uuid:1\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:1\r\nFN:Ana Kovačić\r\nEND:VCARD\r\n";
  Directory dir = Directory::open(":memory:", options());
  const ImportReport report = liaison::import_vcard_bytes(dir, file, "nameless.vcf");
  BOOST_TEST(report.created == 1u);
  BOOST_TEST(std::any_of(
      report.diagnostics.begin(), report.diagnostics.end(), [](const liaison::Diagnostic& d) {
        return d.line == 1u &&
               d.message.find("a contact group without a name") != std::string::npos;
      }));
  BOOST_TEST(dir.list_people().at(0).tags.empty());
}

BOOST_AUTO_TEST_CASE(a_charset_given_by_the_user_wins_over_the_guess) {
  Directory directory = Directory::open(":memory:", options());
  VCardImportOptions import_options;
  import_options.charset = "windows-1252";
  liaison::import_vcard(directory,
                        (fixtures / "roundtrip" / "serbo-croatian-2.1-cp1250.vcf").string(),
                        import_options);
  std::vector<Person> people = directory.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  // FN had no CHARSET: read as windows-1252, 0xD0 is Ð and 0x8A is Š.
  BOOST_TEST(people[0].display_name == "Ðorðe Šæepanoviæ");
  // N declared windows-1250 and keeps it.
  BOOST_TEST(people[0].family_names == "Šćepanović");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- corpus

namespace {

struct CorpusRow {
  std::string file;
  std::size_t expected_cards = 0;
  std::optional<std::string> first_fn;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

// 'first FN = "..."' or 'FN = "..."' in the expected_values column; the
// rows whose FN depends on how a raw value is shown ("FN raw = ...") or
// that give none are checked for their count only.
std::optional<std::string> expected_fn(const std::string& values) {
  std::smatch match;
  static const std::regex fn(R"((?:^|; )(?:first )?FN = "([^"]*)\")");
  if (std::regex_search(values, match, fn)) return match[1].str();
  static const std::regex raw(R"(FN raw = "([^"]*)\")");
  if (std::regex_search(values, match, raw)) return match[1].str();
  return std::nullopt;
}

std::vector<CorpusRow> corpus_rows(const fs::path& tsv) {
  std::ifstream in(tsv);
  std::vector<CorpusRow> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields = split_tabs(line);
    if (fields.size() < 8) continue;
    CorpusRow row;
    row.file = fields[0];
    row.expected_cards = static_cast<std::size_t>(std::stoul(fields[6]));
    row.first_fn = expected_fn(fields[7]);
    rows.push_back(std::move(row));
  }
  return rows;
}

// The record the file's first card made: the lowest id among the records
// whose provenance names the file under a card's key (organizations an
// ORG value created have no key).
std::optional<std::string> first_card_name(const Directory& directory, const std::string& file) {
  std::optional<std::pair<liaison::RecordId, std::string>> first;
  auto consider = [&](liaison::RecordId id, const std::vector<liaison::SourceRef>& sources,
                      const std::string& name) {
    for (const liaison::SourceRef& source : sources) {
      if (source.source == file && !source.external_key.empty() && (!first || id < first->first)) {
        first = std::make_pair(id, name);
      }
    }
  };
  for (const Person& p : directory.list_people()) consider(p.meta.id, p.sources, p.name());
  for (const Organization& o : directory.list_organizations()) {
    consider(o.meta.id, o.sources, o.display_name());
  }
  if (!first) return std::nullopt;
  return first->second;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(corpus)

BOOST_AUTO_TEST_CASE(every_corpus_file_imports_or_is_reported) {
  const fs::path dir = fs::path(LIAISON_CORPUS_DIR) / "vcard";
  if (!fs::exists(dir / "SOURCES.tsv")) {
    BOOST_TEST_MESSAGE(
        "skipped: vcard/corpus/every_corpus_file_imports_or_is_reported: no corpus at " << dir);
    BOOST_TEST(true);
    return;
  }
  std::vector<CorpusRow> rows = corpus_rows(dir / "SOURCES.tsv");
  BOOST_TEST(rows.size() >= 40u);
  for (const CorpusRow& row : rows) {
    BOOST_TEST_CONTEXT(row.file) {
      const std::string path = (dir / row.file).string();
      Directory directory = Directory::open(":memory:", options());
      VCardImportOptions import_options;
      import_options.skip_bad = true;
      ImportReport report;
      try {
        report = liaison::import_vcard(directory, path, import_options);
      } catch (const Error& error) {
        BOOST_TEST(false, "import threw: " << error.what());
        continue;
      }
      BOOST_TEST(report.read == row.expected_cards);
      if (row.expected_cards == 0) {
        // Either nothing was there, or what was there is reported by line.
        for (const liaison::Diagnostic& d : report.diagnostics) {
          if (d.severity == liaison::Diagnostic::Severity::error) BOOST_TEST(d.line > 0u);
        }
        continue;
      }
      BOOST_TEST(report.skipped == 0u);
      if (row.first_fn) {
        BOOST_TEST(first_card_name(directory, row.file).value_or("<no record>") == *row.first_fn);
      }
      // Without skip_bad, the files that needed no skipping import the same.
      Directory atomic = Directory::open(":memory:", options());
      BOOST_CHECK_NO_THROW(liaison::import_vcard(atomic, path));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_file_meant_to_be_broken_fails_atomically_with_its_line) {
  const fs::path file = fs::path(LIAISON_CORPUS_DIR) / "vcard" / "eds_vcard7_no_begin.vcf";
  if (!fs::exists(file)) {
    BOOST_TEST_MESSAGE(
        "skipped: vcard/corpus/a_file_meant_to_be_broken_fails_atomically_with_its_line: no corpus "
        "file "
        << file);
    BOOST_TEST(true);
    return;
  }
  Directory directory = Directory::open(":memory:", options());
  Error error = refusal([&] { liaison::import_vcard(directory, file.string()); });
  BOOST_TEST(error.code() == errc::parse_error);
  BOOST_TEST(mentions(error, "eds_vcard7_no_begin.vcf:1:"));
  BOOST_TEST(mentions(error, "BEGIN:VCARD"));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- import rules

BOOST_FIXTURE_TEST_SUITE(importing, Fresh)

const std::string two_cards =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gerald Neuhaus\r\nN:Neuhaus;Gerald;;;\r\n"
    "ORG:OSCE;Transnational Threats Department\r\nTITLE:Police Affairs Officer\r\n"
    "EMAIL:gerald.neuhaus@osce.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sara Çapaliku\r\nN:Çapaliku;Sara;;;\r\n"
    "TEL:+355 44 500 388\r\nEND:VCARD\r\n";

BOOST_AUTO_TEST_CASE(importing_the_same_file_again_updates_instead_of_copying) {
  ImportReport first = liaison::import_vcard_bytes(dir, two_cards, "partners.vcf");
  BOOST_TEST(first.read == 2u);
  BOOST_TEST(dir.count(RecordKind::person) == 2u);
  const std::int64_t sequence = dir.last_change_sequence();

  ImportReport again = liaison::import_vcard_bytes(dir, two_cards, "partners.vcf");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.updated == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 2u);
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST(dir.last_change_sequence() == sequence);  // not even a journal entry

  std::string changed = two_cards;
  changed.replace(changed.find("Police Affairs Officer"), 22, "Senior Police Adviser");
  changed.replace(changed.find("+355 44 500 388"), 15, "+355 44 500 399");
  ImportReport edited = liaison::import_vcard_bytes(dir, changed, "partners.vcf");
  BOOST_TEST(edited.created == 1u);  // the new position; the person is the same
  BOOST_TEST(edited.updated == 1u);  // Sara's phone
  BOOST_TEST(dir.count(RecordKind::person) == 2u);
}

// Phones write 2.1 cards without UIDs: a newer export of the phone, with
// a contact added at the top, updates each person's own record.
BOOST_AUTO_TEST_CASE(cards_without_uids_are_known_by_what_they_hold_not_their_place) {
  const auto card = [](const std::string& n, const std::string& tel) {
    return "BEGIN:VCARD\r\nVERSION:2.1\r\nN:" + n + "\r\nTEL;CELL:" + tel + "\r\nEND:VCARD\r\n";
  };
  const std::string older =
      card("Hoxha;Arben;;;", "+355 69 111 2222") + card("Marić;Ivana;;;", "+385 91 222 3333");
  liaison::import_vcard_bytes(dir, older, "phone.vcf");
  const std::string newer = card("Berisha;Drita;;;", "+383 44 555 6666") +
                            card("Hoxha;Arben;;;", "+355 69 111 2299") +  // a new number
                            card("Marić;Ivana;;;", "+385 91 222 3333");
  ImportReport report = liaison::import_vcard_bytes(dir, newer, "phone.vcf");
  BOOST_TEST(report.created == 1u);
  BOOST_TEST(report.updated == 1u);
  std::map<std::string, std::string> phones;
  for (const Person& p : dir.list_people()) phones[p.family_names] = p.contacts.phones.at(0).number;
  BOOST_TEST(phones.size() == 3u);
  BOOST_TEST(phones["Berisha"] == "+383 44 555 6666");
  BOOST_TEST(phones["Hoxha"] == "+355 69 111 2299");
  BOOST_TEST(phones["Marić"] == "+385 91 222 3333");
}

BOOST_AUTO_TEST_CASE(a_card_uid_that_is_a_uuid_becomes_the_record_uid) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:0B7F8C6E-1D2A-4C3B-9E8F-7A6B5C4D3E2F\r\n"
      "FN:Ana Kovač\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "a.vcf");
  std::optional<liaison::RecordId> id = dir.id_of_uid("0b7f8c6e-1d2a-4c3b-9e8f-7a6b5c4d3e2f");
  BOOST_TEST_REQUIRE(id.has_value());
  // The same card in another file updates that record.
  ImportReport other = liaison::import_vcard_bytes(dir, card, "b.vcf");
  BOOST_TEST(other.created == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  BOOST_TEST(dir.get_person(*id).sources.size() == 2u);
}

BOOST_AUTO_TEST_CASE(each_ungrouped_org_makes_a_position_with_the_title_in_the_same_place) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gashi;Dren;;;\r\nFN:Dren Gashi\r\n"
      "ORG:IOM;Counter-Trafficking Unit\r\nORG:UNODC\r\nTITLE:Project Officer\r\n"
      "TITLE:Consultant\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, card, "two-orgs.vcf");
  BOOST_TEST(report.skipped == 0u);
  const std::vector<Person> people = dir.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  std::vector<std::string> positions;
  for (const liaison::Affiliation& a : dir.affiliations_of_person(people[0].meta.id)) {
    positions.push_back(dir.get_organization(a.organization_id).display_name() + " / " +
                        a.department + " / " + a.title);
  }
  std::sort(positions.begin(), positions.end());
  BOOST_TEST(positions ==
             (std::vector<std::string>{"IOM / Counter-Trafficking Unit / Project Officer",
                                       "UNODC /  / Consultant"}));
  BOOST_TEST(people[0].extra_fields.empty());
  ImportReport again = liaison::import_vcard_bytes(dir, card, "two-orgs.vcf");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.updated == 0u);
}

BOOST_AUTO_TEST_CASE(an_org_without_letters_or_digits_names_no_organization) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berisha;Ana;;;\r\nFN:Ana Berisha\r\nORG:-\r\n"
      "TITLE:Officer\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Gashi;Ben;;;\r\n"
      "FN:Ben Gashi\r\nORG:???\r\nEND:VCARD\r\n";
  ImportReport first = liaison::import_vcard_bytes(dir, card, "dash.vcf");
  BOOST_TEST(first.created == 2u);
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
  auto kept = [](const Person& p, const std::string& field, const std::string& value) {
    return std::any_of(p.raw_values.begin(), p.raw_values.end(), [&](const liaison::RawValue& r) {
      return r.field == field && r.value == value;
    });
  };
  for (const Person& p : dir.list_people()) {
    BOOST_TEST(dir.affiliations_of_person(p.meta.id).empty());
    if (p.name() == "Ana Berisha") {
      BOOST_TEST(kept(p, "organization", "-"), liaison::to_json(p));
      BOOST_TEST(kept(p, "title", "Officer"), liaison::to_json(p));
    } else {
      BOOST_TEST(kept(p, "organization", "???"), liaison::to_json(p));
    }
  }
  BOOST_TEST(std::any_of(first.diagnostics.begin(), first.diagnostics.end(),
                         [](const liaison::Diagnostic& d) {
                           return d.field == "organization" &&
                                  d.message.find("names no organization") != std::string::npos;
                         }));
  ImportReport again = liaison::import_vcard_bytes(dir, card, "dash.vcf");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.updated == 0u);
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
}

// Phones of kinds a vCard names by type, Apple's and CardBook's year-less
// birthdays, and Google's ORG and TITLE in groups of their own.
BOOST_AUTO_TEST_CASE(pagers_yearless_birthdays_and_google_positions_read_and_round_trip) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John;;;\r\nFN:John Doe\r\nTEL;PAGER:555-1000\r\n"
      "TEL;CAR;VOICE:555-1001\r\nTEL;WORK:555-1002\r\nBDAY:16040101\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Jane;;;\r\nFN:Jane Roe\r\n"
      "TEL;type=OTHER;type=VOICE:555-2000\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15\r\n"
      "item2.ORG:Test GmbH;IT\r\nitem2.X-ABLabel:\r\nitem3.TITLE:Manager\r\n"
      "item3.X-ABLabel:\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, cards, "phones.vcf");
  auto phones = [](const Person& p) {
    std::vector<std::string> out;
    for (const liaison::Phone& phone : p.contacts.phones) {
      out.push_back(phone.number + " " + std::string(liaison::to_string(phone.kind)) + " " +
                    phone.label);
    }
    return out;
  };
  std::map<std::string, Person> people;
  for (Person& p : dir.list_people()) people[p.name()] = p;
  BOOST_TEST_REQUIRE(people.size() == 2u);
  const Person& john = people["John Doe"];
  BOOST_TEST(phones(john) == (std::vector<std::string>{"555-1000 other pager", "555-1001 other car",
                                                       "555-1002 work "}),
             boost::test_tools::per_element());
  BOOST_TEST(john.birthday.to_string() == "--01-01");
  const Person& jane = people["Jane Roe"];
  BOOST_TEST(phones(jane) == (std::vector<std::string>{"555-2000 other "}),
             boost::test_tools::per_element());
  BOOST_TEST(jane.birthday.to_string() == "--03-15");
  const auto positions = dir.affiliations_of_person(jane.meta.id);
  BOOST_TEST_REQUIRE(positions.size() == 1u);
  BOOST_TEST(positions[0].title == "Manager");
  BOOST_TEST(positions[0].department == "IT");

  // Exported and read back, the kinds and labels stay.
  const std::string out = exported(dir);
  Directory copy = Directory::open(":memory:", options());
  liaison::import_vcard_bytes(copy, out, "copy.vcf");
  for (Person& p : copy.list_people()) {
    BOOST_TEST(phones(p) == phones(people[p.name()]), boost::test_tools::per_element());
    BOOST_TEST(p.birthday == people[p.name()].birthday);
  }
}

// Evolution's test of broken charsets: a byte that is not UTF-8 in a group
// name. It is kept, but an export must still be a vCard other readers take.
BOOST_AUTO_TEST_CASE(a_property_whose_name_a_broken_byte_spoilt_goes_out_as_text) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Kovač\r\ng\xFFroup.X-ATTR2:broken group\r\n"
      "X-GOOD;X-P=1:kept\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "broken.vcf");
  const std::string out = exported(dir);
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == ' ') continue;  // a folded continuation
    const std::string name = line.substr(0, line.find_first_of(":;"));
    BOOST_TEST(std::all_of(name.begin(), name.end(),
                           [](char c) {
                             return std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
                                    c == '.';
                           }),
               line);
  }
  BOOST_TEST(contains(out, "X-LIAISON-EXTRA:"), out);
  BOOST_TEST(contains(out, "broken group"), out);
  BOOST_TEST(contains(out, "X-GOOD;X-P=1:kept"), out);
}

// A card has to have an FN: writers without a name put the address there.
BOOST_AUTO_TEST_CASE(an_fn_that_is_only_the_address_is_no_display_name) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ana@example.org\r\nEMAIL:ana@example.org\r\n"
      "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:+355 69 123 4567\r\n"
      "TEL:+355 69 123 4567\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "nameless.vcf");
  const std::vector<Person> people = dir.list_people();
  BOOST_TEST_REQUIRE(people.size() == 2u);
  for (const Person& p : people) BOOST_TEST(p.display_name.empty(), liaison::to_json(p));
  // Google splits an address it has for a name into N parts: the FN is the better name.
  Directory google = Directory::open(":memory:", options());
  liaison::import_vcard_bytes(google,
                              "BEGIN:VCARD\r\nVERSION:3.0\r\nN:com;aalikc@gmail;;;\r\n"
                              "FN:aalikc@gmail.com\r\nEMAIL:aalikc@gmail.com\r\nEND:VCARD\r\n",
                              "google.vcf");
  BOOST_TEST_REQUIRE(google.list_people().size() == 1u);
  BOOST_TEST(google.list_people()[0].name() == "aalikc@gmail.com");
  Directory copy = Directory::open(":memory:", options());
  liaison::import_vcard_bytes(copy, exported(dir), "copy.vcf");
  for (const Person& p : copy.list_people())
    BOOST_TEST(p.display_name.empty(), liaison::to_json(p));
}

// Nokia's vbtool puts a blank after the colon of BEGIN and END; Gammu's
// test cards break a name with =0D; Apple labels a bare TEL "Other".
BOOST_AUTO_TEST_CASE(phone_tool_quirks_read_as_meant) {
  const std::string cards =
      "BEGIN: VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Nobody=0DNowhere;Ana\r\n"
      "TEL;CELL: +355 69 123 4567\r\nEnd: VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Jane;;;\r\nFN:Jane Roe\r\n"
      "item1.TEL:+1 555 0100\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
      "item2.TEL:+1 555 0101\r\nitem2.X-ABLabel:_$!<Mobile>!$_\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cards, "tools.vcf");
  BOOST_TEST(report.read == 2u);
  BOOST_TEST(report.skipped == 0u);
  std::map<std::string, Person> people;
  for (Person& p : dir.list_people()) people[p.family_names] = p;
  BOOST_TEST_REQUIRE(people.count("Nobody Nowhere") == 1u);
  BOOST_TEST_REQUIRE(people.count("Roe") == 1u);
  const auto& phones = people["Roe"].contacts.phones;
  BOOST_TEST_REQUIRE(phones.size() == 2u);
  BOOST_TEST((phones[0].kind == liaison::PhoneKind::other && phones[0].label.empty()));
  BOOST_TEST((phones[1].kind == liaison::PhoneKind::mobile && phones[1].label.empty()));
}

// Samsung's phones write custom labels as X-CUSTOM(CHARSET=...,ENCODING=
// QUOTED-PRINTABLE,label) and nicknames as X-ANDROID-CUSTOM; DAVx5 writes a
// custom label as TYPE=x-label.
BOOST_AUTO_TEST_CASE(android_custom_labels_and_nicknames_are_read) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Hoxha;Arben;;;\r\nFN:Arben Hoxha\r\n"
      "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Beni;1;;;;;;;;;;;;;\r\n"
      "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Drita;14;;;;;;;;;;;;;\r\n"
      "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=5A=79=72=C3=AB):+355 69 111 2222\r\n"
      "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=4D=6F=62=69=6C=65):+355 69 333 "
      "4444\r\n"
      "EMAIL;PREF;X-CUSTOM(CHARSET=windows-1250,ENCODING=QUOTED-PRINTABLE,=8A=6B=6F=6C=61)"
      ":arben@example.al\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Jane;;;\r\nFN:Jane Roe\r\n"
      "EMAIL;TYPE=x-Kancelarija:jane@example.rs\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cards, "samsung.vcf");
  BOOST_TEST(report.read == 2u);
  BOOST_TEST(report.warning_count() == 0u);
  std::map<std::string, Person> people;
  for (Person& p : dir.list_people()) people[p.family_names] = p;
  BOOST_TEST_REQUIRE(people.count("Hoxha") == 1u);
  const Person& arben = people["Hoxha"];
  BOOST_TEST(arben.nicknames == std::vector<std::string>{"Beni"}, boost::test_tools::per_element());
  const auto& phones = arben.contacts.phones;
  BOOST_TEST_REQUIRE(phones.size() == 2u);
  // A custom label is no work number; a label that is a kind is that kind.
  BOOST_TEST((phones[0].kind == liaison::PhoneKind::other));
  BOOST_TEST(phones[0].label == "Zyrë");
  BOOST_TEST((phones[1].kind == liaison::PhoneKind::mobile));
  BOOST_TEST(phones[1].label == "");
  BOOST_TEST_REQUIRE(arben.contacts.emails.size() == 1u);
  BOOST_TEST(arben.contacts.emails[0].label == "Škola");
  BOOST_TEST(arben.contacts.emails[0].preferred);
  // The relation Android wrote is kept as it came; the nickname is not
  // kept twice.
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Drita;14;"));
  BOOST_TEST(!contains(out, "vnd.android.cursor.item/nickname"));
  BOOST_TEST(contains(out, "X-ABLabel:Zyrë\r\n"));
  BOOST_TEST_REQUIRE(people.count("Roe") == 1u);
  BOOST_TEST(people["Roe"].contacts.emails.at(0).label == "kancelarija");
}

// Apple's company card with its contact person's N; Apple's empty labels
// on ORG and its country code beside an ADR; a 2.1 EMAIL ending in ';'.
BOOST_AUTO_TEST_CASE(apple_company_cards_and_groups_lose_nothing_and_leave_no_strays) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jörg;;;\r\nFN:Apple Computer AG\r\n"
      "ORG:Apple Computer AG;\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Jane;;;\r\nFN:Jane Roe\r\n"
      "item1.ORG:KMS Außenstelle\r\nitem1.X-ABLabel:\r\n"
      "item2.ADR;type=WORK:;;Hauptstraße 5;Köln;;50667;Deutschland\r\nitem2.X-ABADR:de\r\n"
      "END:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Gump;Forrest\r\nEMAIL;INTERNET:forrestgump@example.com;\r\n"
      "END:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cards, "apple.vcf");
  BOOST_TEST(report.warning_count() == 0u);
  VCardExportOptions three;
  three.version = "3.0";
  const std::string out = exported(dir, three);
  // The person's name on the company card comes back, as its only N.
  const std::size_t company = out.find("FN:Apple Computer AG");
  BOOST_TEST_REQUIRE(company != std::string::npos);
  const std::string card =
      out.substr(out.rfind("BEGIN:VCARD", company),
                 out.find("END:VCARD", company) - out.rfind("BEGIN:VCARD", company));
  BOOST_TEST(contains(card, "\r\nN:Müller;Jörg;;;\r\n"), card);
  BOOST_TEST(card.find("\r\nN:") == card.rfind("\r\nN:"), card);
  BOOST_TEST(!contains(out, "X-ABLabel:\r\n"), out);
  BOOST_TEST(!contains(out, "X-ABADR"), out);
  std::map<std::string, Person> people;
  for (Person& p : dir.list_people()) people[p.family_names] = p;
  BOOST_TEST_REQUIRE(people.count("Gump") == 1u);
  BOOST_TEST(addresses_of_person(people["Gump"]) == "forrestgump@example.com");
}

// A 2.1 photo (bare JPEG, bare B) and LABEL, and a 4.0 data: URI and ADR
// LABEL parameter, each written in the forms of the version exported.
BOOST_AUTO_TEST_CASE(photos_and_labels_take_the_forms_of_the_version_written) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John\r\nADR;WORK:;;Hauptstr. 5;Köln;;50667;DE\r\n"
      "LABEL;WORK;ENCODING=QUOTED-PRINTABLE:Hauptstr. 5=0D=0A50667 K=C3=B6ln\r\n"
      "PHOTO;JPEG;B:/9j/4AAQSkZJRgABAQ\r\n AAAQABAAD/2w==\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Hoxha\r\nN:Hoxha;Ana;;;\r\n"
      "ADR;TYPE=home;LABEL=\"Rruga 1\\nTirana\":;;Rruga 1;Tirana;;;AL\r\n"
      "PHOTO:data:image/png;base64,iVBORw0KGgo=\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cards, "legacy.vcf");
  BOOST_TEST(report.warning_count() == 0u);
  const std::string four = exported(dir);
  BOOST_TEST(
      contains(four, "\r\nPHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2w==\r\n"),
      four);
  BOOST_TEST(contains(four, "\r\nADR;TYPE=work;CC=DE;LABEL=Hauptstr. 5^n50667 Köln:;;Hauptstr. 5;"),
             four);
  BOOST_TEST(
      contains(four,
               "\r\nADR;TYPE=home;CC=AL;LABEL=Rruga 1^nTirana:;;Rruga 1;Tirana;;;Albania\r\n"),
      four);
  BOOST_TEST(!contains(four, "\r\nLABEL"), four);
  BOOST_TEST(!contains(four, "ENCODING"), four);
  VCardExportOptions three;
  three.version = "3.0";
  const std::string out = exported(dir, three);
  BOOST_TEST(contains(out, "\r\nPHOTO;TYPE=JPEG;ENCODING=b:/9j/4AAQSkZJRgABAQAAAQABAAD/2w==\r\n"),
             out);
  BOOST_TEST(contains(out, "\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\r\n"), out);
  BOOST_TEST(contains(out, "\r\nLABEL;TYPE=home:Rruga 1\\nTirana\r\n"), out);
  // Read back, the 4.0 export gives itself again.
  Directory copy = Directory::open(":memory:", options());
  liaison::import_vcard_bytes(copy, four, "four.vcf");
  std::string again = exported(copy);
  BOOST_TEST(
      contains(again,
               "\r\nADR;TYPE=home;CC=AL;LABEL=Rruga 1^nTirana:;;Rruga 1;Tirana;;;Albania\r\n"),
      again);
  BOOST_TEST(contains(again, "\r\nPHOTO:data:image/png;base64,iVBORw0KGgo=\r\n"), again);
}

// RFC 6350's own example: a work mobile that also takes video calls keeps
// all three, and writes them back as types.
BOOST_AUTO_TEST_CASE(a_work_mobile_for_video_keeps_its_types) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\n"
      "TEL;VALUE=uri;TYPE=\"work,cell,voice,video,text\":tel:+1-418-262-6501\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "rfc.vcf");
  const Person simon = dir.list_people().front();
  BOOST_TEST_REQUIRE(simon.contacts.phones.size() == 1u);
  BOOST_TEST(simon.contacts.phones[0].kind == liaison::PhoneKind::mobile);
  BOOST_TEST(simon.contacts.phones[0].label == "work, video");
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "\r\nTEL;TYPE=cell;TYPE=work;TYPE=video:+1-418-262-6501\r\n"), out);
}

// An address or e-mail that is both home and work says so with its types
// again, not with a custom label "home, work".
BOOST_AUTO_TEST_CASE(home_and_work_together_are_written_as_types) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jo;;;\r\nFN:Jo Doe\r\n"
      "EMAIL;TYPE=HOME;TYPE=WORK:jo@example.org\r\nADR;TYPE=HOME,WORK:;;Rruga 1;Tirana;;;\r\n"
      "END:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "both.vcf");
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "\r\nEMAIL;TYPE=home;TYPE=work:jo@example.org\r\n"), out);
  BOOST_TEST(contains(out, "\r\nADR;TYPE=home;TYPE=work:;;Rruga 1;Tirana;;;\r\n"), out);
  BOOST_TEST(!contains(out, "X-ABLabel"), out);
}

// A photo by reference: VALUE=URL in 2.1, VALUE=uri in 3.0, a bare URI
// with its MEDIATYPE in 4.0; a URL escaped as text loses its backslashes.
BOOST_AUTO_TEST_CASE(a_photo_by_reference_takes_the_form_of_the_version_written) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Sykler;Aspaas\r\n"
      "PHOTO;VALUE=URL;TYPE=GIF:http\\://example.org/logo.gif\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "photo.vcf");
  const std::string four = exported(dir);
  BOOST_TEST(contains(four, "\r\nPHOTO;MEDIATYPE=image/gif:http://example.org/logo.gif\r\n"), four);
  VCardExportOptions three;
  three.version = "3.0";
  const std::string out = exported(dir, three);
  BOOST_TEST(contains(out, "\r\nPHOTO;TYPE=GIF;VALUE=uri:http://example.org/logo.gif\r\n"), out);
}

// GEO is two numbers in 2.1 and 3.0 and a geo: URI in 4.0: a kept GEO is
// written in the form of the version exported.
BOOST_AUTO_TEST_CASE(a_kept_geo_takes_the_form_of_the_version_written) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:One;Ana;;;\r\nFN:Ana One\r\n"
      "GEO:37.386013;-122.082932\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Two;Ben;;;\r\nFN:Ben Two\r\n"
      "GEO;TYPE=work:geo:46.772673\\,-71.282945\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Three;Cem\r\nGEO:41.33,19.82\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, cards, "geo.vcf");
  const std::string four = exported(dir);
  BOOST_TEST(contains(four, "\r\nGEO:geo:37.386013,-122.082932\r\n"), four);
  BOOST_TEST(contains(four, "\r\nGEO;TYPE=work:geo:46.772673,-71.282945\r\n"), four);
  BOOST_TEST(contains(four, "\r\nGEO:geo:41.33,19.82\r\n"), four);
  VCardExportOptions three;
  three.version = "3.0";
  const std::string out = exported(dir, three);
  BOOST_TEST(contains(out, "\r\nGEO:37.386013;-122.082932\r\n"), out);
  BOOST_TEST(contains(out, "\r\nGEO;TYPE=work:46.772673;-71.282945\r\n"), out);
  BOOST_TEST(contains(out, "\r\nGEO:41.33;19.82\r\n"), out);
}

// N's components are lists: two family names, two given names, two
// prefixes; written back as lists, not as one value with escaped commas.
BOOST_AUTO_TEST_CASE(name_components_are_lists) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mercury,Bulsara;Freddie,Farrokh;;Mr.,Dr.;Jr.,M.D.\r\n"
      "FN:Freddie Mercury\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "lists.vcf");
  const Person freddie = dir.list_people().front();
  BOOST_TEST(freddie.family_names == "Mercury Bulsara");
  BOOST_TEST(freddie.given_names == "Freddie Farrokh");
  BOOST_TEST(freddie.prefix == "Mr., Dr.");
  BOOST_TEST(freddie.suffix == "Jr., M.D.");
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "\r\nN:Mercury Bulsara;Freddie Farrokh;;Mr.,Dr.;Jr.,M.D.\r\n"), out);
}

// Google's sample card has TEL values that are no numbers ("business 1"):
// kept as raw text, and written back as the TEL they were, not as an
// X-LIAISON-RAW property other programs would not show.
BOOST_AUTO_TEST_CASE(a_phone_or_email_that_did_not_validate_is_written_back_as_itself) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;;;\r\nFN:John Doe\r\n"
      "TEL;TYPE=WORK:business 1\r\nEMAIL:john at example dot org\r\n"
      "EMAIL:john@example.org\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, card, "google.vcf");
  BOOST_TEST(report.warning_count() == 2u);
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "\r\nTEL:business 1\r\n"), out);
  BOOST_TEST(contains(out, "\r\nEMAIL:john at example dot org\r\n"), out);
  BOOST_TEST(!contains(out, "X-LIAISON-RAW"), out);
  Directory copy = Directory::open(":memory:", options());
  liaison::import_vcard_bytes(copy, out, "again.vcf");
  const Person john = copy.list_people().front();
  BOOST_TEST(john.raw_values.size() == 2u);
  BOOST_TEST(john.contacts.emails.size() == 1u);
}

// Radicale writes a 3.0 PHOTO's data: URI escaped as text, beside TYPE=PNG:
// read without the backslashes, it is written in each version's form, its
// media type said once.
BOOST_AUTO_TEST_CASE(an_escaped_data_uri_photo_is_written_in_each_version_s_form) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;;;\r\nFN:John Doe\r\n"
      "PHOTO;TYPE=PNG:data:image/png\\;base64\\,iVBORw0KGgo=\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "radicale.vcf");
  const std::string four = exported(dir);
  BOOST_TEST(contains(four, "\r\nPHOTO:data:image/png;base64,iVBORw0KGgo=\r\n"), four);
  VCardExportOptions three;
  three.version = "3.0";
  const std::string out = exported(dir, three);
  BOOST_TEST(contains(out, "\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\r\n"), out);
}

// RFC 9554's CC names the country by its code when the name is one liaison
// cannot read; an export names the country and, in 4.0, adds its code.
BOOST_AUTO_TEST_CASE(an_address_country_code_parameter_is_read_and_written) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Hoxha\r\nN:Hoxha;Ana;;;\r\n"
      "ADR;TYPE=work;CC=al:;;Rruga 1;Tirana;;;Shqypnia e Mesme\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, card, "cc.vcf");
  BOOST_TEST(report.warning_count() == 0u);
  const Person ana = dir.list_people().front();
  BOOST_TEST_REQUIRE(ana.contacts.addresses.size() == 1u);
  BOOST_TEST(ana.contacts.addresses.front().country == "AL");
  BOOST_TEST(contains(exported(dir), "\r\nADR;TYPE=work;CC=AL:;;Rruga 1;Tirana;;;Albania\r\n"));
  VCardExportOptions three;
  three.version = "3.0";
  const std::string out = exported(dir, three);
  BOOST_TEST(contains(out, "\r\nADR;TYPE=work:;;Rruga 1;Tirana;;;Albania\r\n"), out);
}

// A fax or mobile that is also home or work keeps that beside its kind.
BOOST_AUTO_TEST_CASE(a_home_fax_and_a_work_mobile_keep_home_and_work) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Jane;;;\r\nFN:Jane Roe\r\n"
      "TEL;TYPE=HOME;TYPE=FAX:5555551117\r\nTEL;WORK;CELL:5555551118\r\nTEL;TYPE=FAX:5555551119\r\n"
      "END:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "gmail.vcf");
  const std::vector<Person> people = dir.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  const auto& phones = people[0].contacts.phones;
  BOOST_TEST_REQUIRE(phones.size() == 3u);
  BOOST_TEST((phones[0].kind == liaison::PhoneKind::fax && phones[0].label == "home"));
  BOOST_TEST((phones[1].kind == liaison::PhoneKind::mobile && phones[1].label == "work"));
  BOOST_TEST((phones[2].kind == liaison::PhoneKind::fax && phones[2].label.empty()));
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "TEL;TYPE=fax;TYPE=home:5555551117\r\n"), out);
  BOOST_TEST(contains(out, "TEL;TYPE=cell;TYPE=work:5555551118\r\n"), out);
}

BOOST_AUTO_TEST_CASE(tel_uris_read_as_the_number_with_its_extension) {
  // RFC 6350's own example, and RFC 3966's local number in its context.
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\nN:Perreault;Simon;;;\r\n"
      "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555\r\n"
      "TEL;VALUE=uri;TYPE=work:tel:863-1234;phone-context=+1-914-555\r\n"
      "TEL;VALUE=uri:tel:+355-44-500-388;isub=1234\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "uri.vcf");
  const std::vector<Person> people = dir.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  const auto& phones = people[0].contacts.phones;
  BOOST_TEST_REQUIRE(phones.size() == 3u);
  BOOST_TEST(phones[0].number == "+1-555-555-5555 ext. 5555");
  BOOST_TEST(phones[0].e164 == "+15555555555");
  BOOST_TEST(phones[1].number == "+1-914-555 863-1234");
  BOOST_TEST(phones[2].number == "+355-44-500-388");
  BOOST_TEST(phones[2].e164 == "+35544500388");
  // Written back as text, the extension reads the same way again.
  BOOST_TEST(contains(exported(dir), "TEL;TYPE=home;PREF=1:+1-555-555-5555 ext. 5555\r\n"));
}

// A business card: the organization's name as N, FN and ORG.
BOOST_AUTO_TEST_CASE(a_card_whose_every_name_is_its_org_is_the_organization) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Aspaas Sykler;;;;\r\nFN:Aspaas Sykler\r\n"
      "ORG:ASPAAS SYKLER\r\nTEL;TYPE=WORK:+47 22 00 00 00\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sykler;Aspaas;;;\r\nFN:Aspaas Sykler\r\n"
      "ORG:Aspaas Sykler\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, card, "card.vcf");
  BOOST_TEST(report.read == 2u);
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST(dir.count(RecordKind::person) == 1u);  // the second card names a person too
  const std::vector<Organization> found = dir.find_organizations_by_name("Aspaas Sykler");
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found[0].contacts.phones.size() == 1u);
}

// Exporters have been seen giving every card of a file one UID.
BOOST_AUTO_TEST_CASE(a_uid_repeated_in_a_file_does_not_let_one_card_overwrite_another) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:0b7f8c6e-1d2a-4c3b-9e8f-7a6b5c4d3e2f\r\n"
      "FN:Ana Kovač\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:0b7f8c6e-1d2a-4c3b-9e8f-7a6b5c4d3e2f\r\n"
      "FN:Jovan Ilić\r\nEMAIL:jovan@example.org\r\nEND:VCARD\r\n";
  ImportReport first = liaison::import_vcard_bytes(dir, cards, "same-uid.vcf");
  BOOST_TEST(first.created == 2u);
  BOOST_TEST(first.updated == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 2u);
  std::optional<liaison::RecordId> ana = dir.id_of_uid("0b7f8c6e-1d2a-4c3b-9e8f-7a6b5c4d3e2f");
  BOOST_TEST_REQUIRE(ana.has_value());
  BOOST_TEST(dir.get_person(*ana).name() == "Ana Kovač");
  bool jovan_keeps_the_uid = false;
  for (const Person& p : dir.list_people()) {
    if (p.name() != "Jovan Ilić") continue;
    for (const liaison::RawValue& raw : p.raw_values) {
      jovan_keeps_the_uid |= raw.field == "uid" && contains(raw.value, "0b7f8c6e");
    }
  }
  BOOST_TEST(jovan_keeps_the_uid);
  ImportReport again = liaison::import_vcard_bytes(dir, cards, "same-uid.vcf");
  BOOST_TEST(again.created == 0u);
  BOOST_TEST(again.updated == 0u);
  BOOST_TEST(dir.count(RecordKind::person) == 2u);
}

BOOST_AUTO_TEST_CASE(org_names_an_existing_organization_by_acronym_alias_or_unit) {
  Organization osce;
  osce.name = "Organization for Security and Co-operation in Europe";
  osce.acronym = "OSCE";
  osce.aliases = {{"ОБСЕ", "sr-Cyrl"}};
  osce = dir.add_organization(osce);
  Organization unit;
  unit.name = "Transnational Threats Department";
  unit.parent_id = osce.meta.id;
  unit = dir.add_organization(unit);

  liaison::import_vcard_bytes(dir, two_cards, "partners.vcf");
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);  // nothing new
  std::vector<liaison::Affiliation> at_unit = dir.affiliations_at_organization(unit.meta.id);
  BOOST_TEST_REQUIRE(at_unit.size() == 1u);
  BOOST_TEST(at_unit[0].title == "Police Affairs Officer");
  BOOST_TEST(at_unit[0].department.empty());

  const std::string cyrillic =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Петровић;Марко;;;\r\nFN:Марко Петровић\r\n"
      "ORG:ОБСЕ;Мисија у Србији\r\nTITLE:Саветник\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, cyrillic, "cyrillic.vcf");
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
  std::vector<liaison::Affiliation> at_osce = dir.affiliations_at_organization(osce.meta.id);
  BOOST_TEST_REQUIRE(at_osce.size() == 1u);
  // A unit the directory does not have stays as the department.
  BOOST_TEST(at_osce[0].department == "Мисија у Србији");
}

BOOST_AUTO_TEST_CASE(organization_cards_become_organizations) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Europol\r\nORG:Europol\r\n"
      "EMAIL:info@europol.europa.eu\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Frontex\r\nORG:Frontex\r\n"
      "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:2.1\r\nORG:Bike Shop\r\nTEL:+381 11 123 4567\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cards, "orgs.vcf");
  BOOST_TEST(report.read == 3u);
  BOOST_TEST(dir.count(RecordKind::person) == 0u);
  BOOST_TEST(dir.count(RecordKind::organization) == 3u);
  BOOST_TEST(dir.find_organizations_by_name("europol").size() == 1u);
  BOOST_TEST(dir.find_organizations_by_name("Bike Shop").at(0).contacts.phones.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_bad_card_fails_the_whole_import_unless_skip_bad) {
  liaison::import_vcard_bytes(dir, two_cards, "partners.vcf");
  const std::int64_t sequence = dir.last_change_sequence();
  const std::string with_bad =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ivana Marić\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:no name\\, no e-mail\\, no phone\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Luka Horvat\r\nEND:VCARD\r\n";
  Error error = refusal([&] { liaison::import_vcard_bytes(dir, with_bad, "new.vcf"); });
  BOOST_TEST(error.code() == errc::parse_error);
  BOOST_TEST(mentions(error, "new.vcf:5: card 2"));
  BOOST_TEST(dir.last_change_sequence() == sequence);
  BOOST_TEST(dir.count(RecordKind::person) == 2u);

  VCardImportOptions skip;
  skip.skip_bad = true;
  ImportReport report = liaison::import_vcard_bytes(dir, with_bad, "new.vcf", skip);
  BOOST_TEST(report.read == 3u);
  BOOST_TEST(report.created == 2u);
  BOOST_TEST(report.skipped == 1u);
  BOOST_TEST(report.error_count() == 1u);
  BOOST_TEST(dir.count(RecordKind::person) == 4u);
}

// iCloud exports hold cards with an empty N and FN beside their UID, and
// files end in a bare BEGIN, VERSION, END: nothing is lost by leaving them
// out, so they stop no import.
BOOST_AUTO_TEST_CASE(an_empty_card_is_left_out_with_a_warning) {
  const std::string cards =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Marić;Ivana;;;\r\nFN:Ivana Marić\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nUID:E1A5C2F0-1111-4222-8333-944445555666\r\n"
      "END:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nUID:icloud-7\r\nPRODID:-//Apple Inc.//iOS 17//EN\r\n"
      "END:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cards, "icloud.vcf");
  BOOST_TEST(report.read == 4u);
  BOOST_TEST(report.created == 1u);
  BOOST_TEST(report.skipped == 3u);
  BOOST_TEST(report.error_count() == 0u);
  BOOST_TEST(report.warning_count() == 3u);
  BOOST_TEST(std::any_of(
      report.diagnostics.begin(), report.diagnostics.end(), [](const liaison::Diagnostic& d) {
        return d.to_string().find("icloud.vcf:6: card 2: holds nothing to import; left out") !=
               std::string::npos;
      }));
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  // A card that holds something but no one to hold it (a note alone) is
  // still refused: leaving it out would lose the note.
  const std::string note_only = "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:met in Ohrid\r\nEND:VCARD\r\n";
  BOOST_TEST(refusal([&] { liaison::import_vcard_bytes(dir, note_only, "note.vcf"); }).code() ==
             errc::parse_error);
}

// Address books that sync by UID know a contact by the UID's text.
BOOST_AUTO_TEST_CASE(a_uuid_uid_comes_back_as_the_card_wrote_it) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hoxha;Arben;;;\r\nFN:Arben Hoxha\r\n"
      "UID:18F098B5-7383-4FD6-B482-48F2181D73AA\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "apple.vcf");
  const std::vector<Person> people = dir.list_people();
  BOOST_TEST_REQUIRE(people.size() == 1u);
  BOOST_TEST(people[0].meta.uid == "18f098b5-7383-4fd6-b482-48f2181d73aa");
  for (const char* version : {"3.0", "4.0"}) {
    BOOST_TEST_CONTEXT(version) {
      VCardExportOptions options;
      options.version = version;
      BOOST_TEST(
          contains(exported(dir, options), "\r\nUID:18F098B5-7383-4FD6-B482-48F2181D73AA\r\n"));
    }
  }
  // A record liaison made itself gets its uid in the version's form.
  Person made;
  made.given_names = "Ana";
  made = dir.add_person(made);
  BOOST_TEST(contains(exported(dir), "\r\nUID:urn:uuid:" + made.meta.uid + "\r\n"));
}

BOOST_AUTO_TEST_CASE(a_dry_run_writes_nothing) {
  VCardImportOptions dry;
  dry.dry_run = true;
  ImportReport report = liaison::import_vcard_bytes(dir, two_cards, "partners.vcf", dry);
  BOOST_TEST(report.created == 4u);  // two people, OSCE and Gerald's position there
  BOOST_TEST(dir.count(RecordKind::person) == 0u);
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
  BOOST_TEST(dir.last_change_sequence() == 0);
}

BOOST_AUTO_TEST_CASE(a_card_cut_off_at_the_end_is_recovered_with_a_warning) {
  const std::string cut =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Edona Berisha\r\nEMAIL:edona@example.org\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, cut, "cut.vcf");
  BOOST_TEST(report.created == 1u);
  BOOST_TEST(report.warning_count() >= 1u);
  BOOST_TEST(dir.list_people().at(0).name() == "Edona Berisha");
}

BOOST_AUTO_TEST_CASE(an_empty_file_imports_nothing_and_says_so) {
  ImportReport report = liaison::import_vcard_bytes(dir, "", "empty.vcf");
  BOOST_TEST(report.read == 0u);
  BOOST_TEST(report.error_count() == 0u);
  BOOST_TEST_REQUIRE(report.diagnostics.size() == 1u);
  BOOST_TEST(contains(report.diagnostics[0].message, "no vCard"));
  // Nor is exporting an empty directory an error: it writes nothing.
  BOOST_TEST(exported(dir).empty());
}

BOOST_AUTO_TEST_CASE(limits_stop_oversized_input_with_a_clear_error) {
  VCardImportOptions small;
  small.limits.max_line_bytes = 64;
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ok\r\nNOTE:" + std::string(200, 'x') + "\r\nEND:VCARD\r\n";
  Error error = refusal([&] { liaison::import_vcard_bytes(dir, card, "big.vcf", small); });
  BOOST_TEST(error.code() == errc::parse_error);
  BOOST_TEST(mentions(error, "big.vcf:"));
  BOOST_TEST(dir.count(RecordKind::person) == 0u);

  small.limits.max_file_bytes = 32;
  error = refusal([&] { liaison::import_vcard_bytes(dir, card, "big.vcf", small); });
  BOOST_TEST(error.code() == errc::parse_error);
  BOOST_TEST(mentions(error, "big.vcf"));
}

BOOST_AUTO_TEST_CASE(values_that_do_not_validate_are_kept_as_raw_text) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mirela Hoxha\r\nEMAIL:mirela at example\r\n"
      "BDAY;VALUE=text:circa 1980\r\nEND:VCARD\r\n";
  ImportReport report = liaison::import_vcard_bytes(dir, card, "raw.vcf");
  BOOST_TEST(report.warning_count() == 2u);
  Person stored = dir.list_people().at(0);
  BOOST_TEST(stored.contacts.emails.empty());
  BOOST_TEST(stored.raw_values.size() == 2u);
  // And they go back out: the text birthday as BDAY;VALUE=text.
  BOOST_TEST(contains(exported(dir), "BDAY;VALUE=text:circa 1980\r\n"));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- export rules

BOOST_FIXTURE_TEST_SUITE(exporting, Fresh)

BOOST_AUTO_TEST_CASE(unknown_properties_come_back_out_as_they_went_in) {
  const std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Arben Krasniqi\r\nX-SKYPE;TYPE=work:arben.k\r\n"
      "item7.X-ABRELATEDNAMES:Drita\r\nitem7.X-ABLabel:_$!<Sister>!$_\r\n"
      "RELATED;TYPE=child;VALUE=text:Besa\r\nGENDER:M\r\nEND:VCARD\r\n";
  liaison::import_vcard_bytes(dir, card, "x.vcf");
  Person stored = dir.list_people().at(0);
  BOOST_TEST(stored.extra_fields.size() == 5u);
  const std::string out = exported(dir);
  BOOST_TEST(contains(out, "\r\nX-SKYPE;TYPE=work:arben.k\r\n"));
  BOOST_TEST(contains(out, "\r\nitem7.X-ABRELATEDNAMES:Drita\r\n"));
  // (Names are case-insensitive; the reader spells them in upper case.)
  BOOST_TEST(contains(out, "\r\nitem7.X-ABLABEL:_$!<Sister>!$_\r\n"));
  BOOST_TEST(contains(out, "\r\nRELATED;TYPE=child;VALUE=text:Besa\r\n"));
  BOOST_TEST(contains(out, "\r\nGENDER:M\r\n"));
}

BOOST_AUTO_TEST_CASE(lines_fold_at_75_octets_without_splitting_a_letter) {
  Person p;
  p.given_names = "Ђорђе";
  p.family_names = "Јовановић";
  p.notes = std::string(40, 'x') + "Ђорђе Јовановић Ђорђе Јовановић Ђорђе Јовановић Ђорђе";
  dir.add_person(p);
  const std::string out = exported(dir);
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find("\r\n", start);
    BOOST_TEST_REQUIRE(end != std::string::npos);
    const std::string line = out.substr(start, end - start);
    BOOST_TEST(line.size() <= 75u, line);
    // A continuation never starts in the middle of a UTF-8 sequence.
    if (line.size() > 1 && line[0] == ' ') {
      BOOST_TEST((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80, line);
    }
    start = end + 2;
  }
  VCardExportOptions unfolded;
  unfolded.fold = false;
  BOOST_TEST(contains(exported(dir, unfolded), "\r\nNOTE:" + p.notes + "\r\n"));
}

BOOST_AUTO_TEST_CASE(persons_carry_their_current_positions_and_organizations_their_kind) {
  Organization osce;
  osce.name = "OSCE Mission to Skopje";
  osce.acronym = "OSCE";
  osce.kind = liaison::OrganizationKind::intergovernmental;
  osce = dir.add_organization(osce);
  Person p;
  p.given_names = "Elena";
  p.family_names = "Stojanovska";
  p = dir.add_person(p);
  liaison::Affiliation now;
  now.person_id = p.meta.id;
  now.organization_id = osce.meta.id;
  now.title = "National Programme Officer";
  now.department = "Human Dimension";
  dir.add_affiliation(now);
  liaison::Affiliation before = now;
  before.title = "Intern";
  before.start = liaison::test::date(2010, 0, 0);
  before.end = liaison::test::date(2011, 0, 0);
  dir.add_affiliation(before);

  const std::string v4 = exported(dir);
  BOOST_TEST(contains(v4, "\r\nKIND:org\r\n"));
  BOOST_TEST(contains(v4, "\r\nORG:OSCE Mission to Skopje;Human Dimension\r\n"));
  BOOST_TEST(contains(v4, "\r\nTITLE:National Programme Officer\r\n"));
  BOOST_TEST(!contains(v4, "Intern"));
  VCardExportOptions v3;
  v3.version = "3.0";
  const std::string out3 = exported(dir, v3);
  BOOST_TEST(contains(out3, "\r\nVERSION:3.0\r\n"));
  BOOST_TEST(contains(out3, "\r\nX-ABShowAs:COMPANY\r\n"));
  BOOST_TEST(!contains(out3, "KIND:org"));

  VCardExportOptions bad;
  bad.version = "2.1";
  BOOST_TEST(refusal([&] { exported(dir, bad); }).code() == errc::invalid_argument);
}

BOOST_AUTO_TEST_CASE(an_export_to_a_file_replaces_it_only_when_complete) {
  liaison::test::TempDir temp;
  const std::string path = temp.file("out.vcf");
  Person p;
  p.display_name = "Teuta Gashi";
  dir.add_person(p);
  BOOST_TEST(liaison::export_vcard_file(dir, path) == 1u);
  BOOST_TEST(contains(read_bytes(path), "FN:Teuta Gashi\r\n"));
  // Only the file itself is left behind, no temporary beside it.
  BOOST_TEST(std::distance(fs::directory_iterator(temp.path()), fs::directory_iterator()) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
