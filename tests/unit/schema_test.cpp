#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "storage/connection.hpp"
#include "storage/schema.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <string>

using namespace liaison;

namespace {

errc error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.code();
  }
  return errc::ok;
}

// Sets a file back to how schema `version` left it, undoing each later
// migration (a new migration adds its undoing here, once for every test).
void leave_as_schema(const std::string& path, int version) {
  const std::map<int, const char*> undo = {
      {6, "DROP INDEX merge_record_absorbed_uid"},
      {7,
       "DROP INDEX contact_point_lookup; "
       "CREATE INDEX contact_point_lookup ON contact_point(type, lookup_key) "
       "WHERE lookup_key <> ''"},
      {8, "DROP TABLE search_word; UPDATE setting SET value = '1' WHERE key = 'search_index'"},
  };
  BOOST_TEST_REQUIRE(Directory::latest_schema_version() == undo.rbegin()->first,
                     "a new migration needs its undoing in leave_as_schema()");
  storage::Connection connection(path, false, false, 1000);
  for (int undone = Directory::latest_schema_version(); undone > version; --undone) {
    connection.execute(undo.at(undone));
  }
  connection.execute(("PRAGMA user_version = " + std::to_string(version)).c_str());
}

}  // namespace

BOOST_AUTO_TEST_CASE(new_directory_has_latest_schema) {
  auto directory = Directory::open(":memory:");
  BOOST_TEST(directory.schema_version() == Directory::latest_schema_version());
  BOOST_TEST(Directory::latest_schema_version() >= 2);
}

BOOST_AUTO_TEST_CASE(file_from_schema_1_is_upgraded_without_losing_data) {
  test::TempDir dir;
  const std::string path = dir.file("old.db");
  {
    // What liaison wrote at schema version 1: a person, and a journal without "before".
    storage::Connection connection(path, true, false, 1000);
    storage::migrate(connection, 1);
    BOOST_REQUIRE(storage::schema_version(connection) == 1);
    connection.execute(
        "INSERT INTO record (id, kind, uid, revision, created_at, updated_at) VALUES "
        "(7, 'person', '0b7c6a52-3c1f-4a57-9d2e-5f1a4b8c9d01', 1, '2016-09-02T10:00:00.000Z', "
        "'2016-09-02T10:00:00.000Z')");
    connection.execute(
        "INSERT INTO person VALUES (7, '', 'Sara', 'Çapaliku', '', '', '[]', '', 'AL', '[]', '', "
        "'unspecified', '', '', '', 'capaliku sara')");
    connection.execute(
        "INSERT INTO journal (record_id, uid, kind, operation, revision, fields, actor, time) "
        "VALUES (7, '0b7c6a52-3c1f-4a57-9d2e-5f1a4b8c9d01', 'person', 'create', 1, "
        "'[\"given_names\",\"family_names\"]', 'mwl', '2016-09-02T10:00:00.000Z')");
  }
  auto directory = Directory::open(path);
  BOOST_TEST(directory.schema_version() == Directory::latest_schema_version());
  const Person sara = directory.get_person(7);
  BOOST_TEST(sara.family_names == "Çapaliku");
  BOOST_TEST(sara.meta.uid == "0b7c6a52-3c1f-4a57-9d2e-5f1a4b8c9d01");
  const auto history = directory.history(7);
  BOOST_REQUIRE(history.size() == 1u);
  BOOST_TEST(history[0].actor == "mwl");
  BOOST_TEST(history[0].before.empty());
  // The upgraded file takes writes that use the new columns.
  Person renamed = sara;
  renamed.given_names = "Sara M.";
  directory.update_person(renamed);
  const auto after = directory.history(7);
  BOOST_REQUIRE(after.size() == 2u);
  BOOST_TEST(after[1].before.find("\"Sara\"") != std::string::npos);
  BOOST_TEST(directory.check_integrity() == "ok");
}

// Schema 6 indexes the merges by absorbed uid: an import looks up every
// uid it does not find among the records there, once a card.
BOOST_AUTO_TEST_CASE(file_from_schema_5_gets_the_merge_uid_index) {
  test::TempDir dir;
  const std::string path = dir.file("five.db");
  std::string absorbed_uid;
  RecordId survivor = 0;
  {
    auto directory = Directory::open(path);
    survivor = directory.add_person(test::person("Gerald", "Neuhaus")).meta.id;
    const Person card = directory.add_person(test::person("G.", "Neuhaus"));
    absorbed_uid = card.meta.uid;
    directory.merge(survivor, card.meta.id);
  }
  leave_as_schema(path, 5);  // the merge without the index
  auto directory = Directory::open(path);
  BOOST_TEST(directory.schema_version() == Directory::latest_schema_version());
  const std::optional<RecordId> found = directory.current_id_of_uid(absorbed_uid);
  BOOST_TEST_REQUIRE(found.has_value());
  BOOST_TEST(*found == survivor);
  storage::Connection connection(path, false, true, 1000);
  auto plan = connection.statement(
      "EXPLAIN QUERY PLAN SELECT id FROM merge_record WHERE absorbed_uid = ? AND undone_at = ''");
  std::string steps;
  while (plan->executeStep()) steps += plan->getColumn(3).getString() + "; ";
  BOOST_TEST(steps.find("merge_record_absorbed_uid") != std::string::npos, steps);
}

BOOST_AUTO_TEST_CASE(file_from_schema_6_finds_contact_owners_from_the_index_alone) {
  test::TempDir dir;
  const std::string path = dir.file("six.db");
  RecordId owner = 0;
  {
    auto directory = Directory::open(path);
    Person person = test::person("Gerald", "Neuhaus");
    person.contacts.emails.push_back({"Gerald.Neuhaus@osce.org", "", false, ""});
    owner = directory.add_person(person).meta.id;
  }
  leave_as_schema(path, 6);  // the lookup index without the owner
  auto directory = Directory::open(path);
  BOOST_TEST(directory.schema_version() == Directory::latest_schema_version());
  const auto hits = directory.search("gerald.neuhaus@osce.org");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits.front().id == owner);
  storage::Connection connection(path, false, true, 1000);
  auto plan = connection.statement(
      "EXPLAIN QUERY PLAN SELECT DISTINCT owner_id FROM contact_point WHERE type = ? AND "
      "lookup_key = ? AND lookup_key <> '' ORDER BY owner_id");
  std::string steps;
  while (plan->executeStep()) steps += plan->getColumn(3).getString() + "; ";
  BOOST_TEST(steps.find("COVERING INDEX contact_point_lookup") != std::string::npos, steps);
  BOOST_TEST(steps.find("TEMP B-TREE") == std::string::npos, steps);
}

// Schema 8 lists the index's words with their columns. A file from schema
// 7 gets the list from a rebuild when it is opened for writing; opened
// read-only, it is searched as version 7 searched it, with FTS5 alone.
BOOST_AUTO_TEST_CASE(file_from_schema_7_gets_its_word_list_or_is_searched_without_one) {
  test::TempDir dir;
  const std::string path = dir.file("seven.db");
  RecordId owner = 0;
  {
    auto directory = Directory::open(path);
    Person person = test::person("Gerald", "Neuhaus");
    person.notes = "Trafficking cases since 2014";
    owner = directory.add_person(person).meta.id;
  }
  leave_as_schema(path, 7);  // no word list, and search index version 1
  {
    OpenOptions read_only;
    read_only.read_only = true;
    auto directory = Directory::open(path, read_only);
    BOOST_TEST(directory.schema_version() == 7);
    const auto hits = directory.search("traffick");
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(hits.front().id == owner);
  }
  auto directory = Directory::open(path);
  BOOST_TEST(directory.schema_version() == Directory::latest_schema_version());
  const auto hits = directory.search("traffick");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits.front().id == owner);
  BOOST_TEST(directory.check_search_index() == "ok");
  storage::Connection connection(path, false, true, 1000);
  auto listed = connection.statement("SELECT columns FROM search_word WHERE word = 'trafficking'");
  BOOST_TEST_REQUIRE(listed->executeStep());
  // Bit 7: the notes column, the eighth of search_text.
  BOOST_TEST(listed->getColumn(0).getInt64() == 1 << 7);
}

BOOST_AUTO_TEST_CASE(file_from_newer_liaison_is_refused_with_version_error) {
  test::TempDir dir;
  const std::string path = dir.file("newer.db");
  { Directory::open(path); }
  {
    storage::Connection connection(path, false, false, 1000);
    const std::string pragma =
        "PRAGMA user_version = " + std::to_string(Directory::latest_schema_version() + 1);
    connection.execute(pragma.c_str());
  }
  try {
    Directory::open(path);
    BOOST_FAIL("opening a newer file must fail");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.code()) == static_cast<int>(errc::version_mismatch));
    BOOST_TEST(std::string(e.what()).find("newer liaison") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(another_applications_database_is_refused_and_left_alone) {
  test::TempDir dir;
  const std::string path = dir.file("other.db");
  {
    storage::Connection connection(path, true, false, 1000);
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
  }
  BOOST_TEST(static_cast<int>(error_of([&] { Directory::open(path); })) ==
             static_cast<int>(errc::corrupt));
  storage::Connection connection(path, false, false, 1000);
  BOOST_TEST(storage::schema_version(connection) == 0);  // not migrated behind the user's back
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_sqlite_is_reported_as_corrupt) {
  test::TempDir dir;
  const std::string path = dir.file("notes.db");
  std::ofstream(path) << "Gerald Neuhaus, OSCE, gerald.neuhaus@osce.org\n"
                      << std::string(4096, 'x');
  try {
    Directory::open(path);
    BOOST_FAIL("a text file must not open as a directory");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.code()) == static_cast<int>(errc::corrupt));
    // Our message, never SQLite's own text.
    BOOST_TEST(std::string(e.what()).find("file is not a database") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(opening_a_missing_file_without_create_is_not_found) {
  test::TempDir dir;
  OpenOptions options;
  options.create = false;
  BOOST_TEST(static_cast<int>(error_of([&] { Directory::open(dir.file("missing.db"), options); })) ==
             static_cast<int>(errc::not_found));
  options.create = true;
  options.read_only = true;
  BOOST_TEST(static_cast<int>(error_of([&] { Directory::open(dir.file("missing.db"), options); })) ==
             static_cast<int>(errc::not_found));
}

BOOST_AUTO_TEST_CASE(read_only_directory_refuses_writes) {
  test::TempDir dir;
  const std::string path = dir.file("ro.db");
  {
    auto directory = Directory::open(path);
    Person p;
    p.given_names = "Teresa";
    p.family_names = "Albano";
    directory.add_person(p);
  }
  OpenOptions options;
  options.read_only = true;
  auto directory = Directory::open(path, options);
  BOOST_TEST(directory.count(RecordKind::person) == 1u);
  Person p;
  p.given_names = "Gazmir";
  BOOST_TEST(static_cast<int>(error_of([&] { directory.add_person(p); })) ==
             static_cast<int>(errc::read_only));
}

BOOST_AUTO_TEST_CASE(default_region_is_set_at_creation_and_changeable) {
  test::TempDir dir;
  const std::string path = dir.file("region.db");
  OpenOptions options;
  options.default_region = "Albania";
  {
    auto directory = Directory::open(path, options);
    BOOST_TEST(directory.default_region() == "AL");
  }
  options.default_region = "ME";  // only used when the directory is created
  auto directory = Directory::open(path, options);
  BOOST_TEST(directory.default_region() == "AL");
  directory.set_default_region("Црна Гора");
  BOOST_TEST(directory.default_region() == "ME");
  BOOST_TEST(static_cast<int>(error_of([&] { directory.set_default_region("Atlantis"); })) ==
             static_cast<int>(errc::invalid_argument));
}
