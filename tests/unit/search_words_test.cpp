// The search index's word list (search_word): a search uses it to leave out
// columns a word is not in and to spell a long prefix out as the words it
// begins. Whatever it leaves out or spells out, a search must answer
// exactly what FTS5 alone answers: the same records, scores and order as
// the same search without the word list (a read-only file of schema 7).
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "search/engine.hpp"
#include "storage/connection.hpp"
#include "storage/record_store.hpp"
#include "storage/search_rows.hpp"
#include "temp_dir.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace liaison;

Person person(std::string given, std::string family, std::string notes = {},
              std::string email = {}) {
  Person p;
  p.given_names = std::move(given);
  p.family_names = std::move(family);
  p.notes = std::move(notes);
  if (!email.empty()) {
    Email e;
    e.address = std::move(email);
    p.contacts.emails.push_back(e);
  }
  return p;
}

std::string describe(const std::vector<SearchHit>& hits) {
  std::ostringstream out;
  for (const auto& hit : hits) {
    out << " #" << hit.id << '=' << hit.score << '{';
    for (const auto& field : hit.matched_fields) out << field << ' ';
    out << '}';
  }
  return out.str();
}

// Records whose words begin alike in every column: names, an institution,
// titles, notes, e-mail addresses (whose local parts make many words), more
// words beginning "albanet" than one FTS5 expression lists (64), and more
// beginning "trafik" than a search spells out (1024).
struct Words {
  test::TempDir temp;
  std::string path = temp.file("words.liaison");

  Words() {
    OpenOptions options;
    options.default_region = "AL";
    auto dir = Directory::open(path, options);
    Organization committee;
    committee.name = "Albanian Helsinki Committee";
    committee.acronym = "AHC";
    committee = dir.add_organization(committee);
    const std::vector<Person> people = {
        person("Albana", "Krasniqi", "", "albanakrasniqi2@example.org"),
        person("Alban", "Krasniqi", "Albania border crossings"),
        person("Albanija", "Hoxha", "", "alban.hoxha@example.org"),
        person("Krasniqe", "Alban", "albanologist"),
        person("Besa", "Albanese", "Met at the Albania desk"),
        person("Arta", "Krasniqi", "works with albanians"),
    };
    for (const auto& p : people) {
      const Person added = dir.add_person(p);
      Affiliation at;
      at.person_id = added.meta.id;
      at.organization_id = committee.meta.id;
      at.title = "Albanologist";
      dir.add_affiliation(at);
    }
    // Found by a long prefix in one column only.
    dir.add_person(person("Drita", "Hasani", "Albania desk"));
    dir.add_person(person("Dren", "Gashi", "", "albanoturs@example.org"));
    // A hundred words beginning "albanet": more than one expression lists.
    for (int i = 0; i < 100; ++i) {
      dir.add_person(person("Gent", "Lika", "", "albanet" + std::to_string(i) + "@example.org"));
    }
    for (int i = 0; i < 1100; ++i) {
      dir.add_person(person("Ilir", "Berisha", "trafiking case " + std::to_string(i),
                            "trafik" + std::to_string(i) + "@example.org"));
    }
  }
};

BOOST_FIXTURE_TEST_CASE(a_search_answers_the_same_with_and_without_the_word_list, Words) {
  storage::Connection connection(path, false, true, 1000);
  storage::RecordStore store(connection);
  storage::SearchRows rows(connection);
  const std::vector<std::string> queries = {
      "alban",          "albana",        "alban krasniqi", "albanakras",  "krasniqi alban",
      "albna krasniqi", "albanian",      "albanolog",      "trafik",      "trafik1",
      "trafiking",      "ilir trafik",   "krasn",          "albanese",    "alban hoxha",
      "albania",        "hoxha albanij", "albanot",        "drita alban", "dren albano"};
  for (const auto& query : queries) {
    for (const std::size_t limit : {std::size_t{0}, std::size_t{3}}) {
      SearchOptions options;
      options.limit = limit;
      rows.set_words_listed(false);
      const auto without = search::run_search(store, rows, query, options, "AL");
      rows.set_words_listed(true);
      const auto with = search::run_search(store, rows, query, options, "AL");
      BOOST_TEST_CONTEXT("query '" << query << "', limit " << limit) {
        BOOST_TEST(!without.empty());
        BOOST_TEST(describe(with) == describe(without));
      }
    }
  }
}

BOOST_FIXTURE_TEST_CASE(the_word_list_holds_each_word_with_its_columns_and_spells_out_prefixes,
                        Words) {
  storage::Connection connection(path, false, true, 1000);
  storage::SearchRows rows(connection);
  using search::Column;
  using search::column_bit;
  BOOST_TEST(rows.word_columns("albania") == column_bit(Column::notes));
  BOOST_TEST(rows.word_columns("albanologist") ==
             (column_bit(Column::title) | column_bit(Column::notes)));
  // The institution's own name is its names column; its people's, organization.
  BOOST_TEST(rows.word_columns("albanian") ==
             (column_bit(Column::names) | column_bit(Column::organization)));
  BOOST_TEST(rows.word_columns("krasniqi") == column_bit(Column::names));
  BOOST_TEST(rows.word_columns("nowhere") == 0u);

  const auto longer = rows.words_starting("albani", 16);
  BOOST_TEST_REQUIRE(longer.has_value());
  std::vector<std::string> words;
  for (const auto& listed : *longer) words.push_back(listed.word);
  const std::vector<std::string> expected = {"albania", "albanian", "albanians", "albanija"};
  BOOST_TEST(words == expected, boost::test_tools::per_element());
  // 1100 words begin "trafik" (plus "trafiking"): more than asked for.
  BOOST_TEST(!rows.words_starting("trafik", 1024).has_value());
  BOOST_TEST(rows.words_starting("trafik", 1101)->size() == 1101u);
}

BOOST_FIXTURE_TEST_CASE(a_word_gains_the_columns_a_later_write_puts_it_in, Words) {
  {
    auto dir = Directory::open(path);
    const RecordId id = dir.add_person(person("Vera", "Mali", "Krasniqi recommended her")).meta.id;
    const auto by_notes = dir.search("krasniqi", {});
    BOOST_TEST(std::any_of(by_notes.begin(), by_notes.end(),
                           [&](const SearchHit& hit) { return hit.id == id; }));
    Person renamed = dir.get_person(id);
    renamed.notes = "Recommended by albanologists";
    dir.update_person(renamed);
    const auto hits = dir.search("albanologists");
    BOOST_TEST_REQUIRE(!hits.empty());
    BOOST_TEST(hits.front().id == id);
  }
  storage::Connection connection(path, false, true, 1000);
  storage::SearchRows rows(connection);
  using search::Column;
  using search::column_bit;
  // Still in notes, though no notes say it now: words only gain columns
  // until a rebuild.
  BOOST_TEST(rows.word_columns("krasniqi") ==
             (column_bit(Column::names) | column_bit(Column::notes)));
  BOOST_TEST(rows.word_columns("albanologists") == column_bit(Column::notes));
}

// A rebuild drops the search tables and creates them again from the
// definitions the file keeps: the same tables and indexes come back, and
// the word list is written anew.
BOOST_FIXTURE_TEST_CASE(a_rebuild_recreates_the_search_tables_as_they_were, Words) {
  auto schema = [&] {
    storage::Connection connection(path, false, true, 1000);
    auto query = connection.statement(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name LIKE 'search%' "
        "ORDER BY name");
    std::string text;
    while (query->executeStep()) {
      for (int i = 0; i < 4; ++i) text += query->getColumn(i).getString() + "|";
      text += "\n";
    }
    return text;
  };
  const std::string before = schema();
  BOOST_TEST(before.find("search_name_key_record") != std::string::npos);
  {
    auto dir = Directory::open(path);
    dir.rebuild_search_index();
    BOOST_TEST(dir.check_search_index() == "ok");
    BOOST_TEST(dir.search("albanet7@example.org").size() == 1u);
    BOOST_TEST(dir.search("albanet7", SearchOptions{}).size() == 11u);  // 7, 70..79
  }
  BOOST_TEST(schema() == before);
  storage::Connection connection(path, false, true, 1000);
  storage::SearchRows rows(connection);
  BOOST_TEST(rows.word_columns("albania") == search::column_bit(search::Column::notes));
}

// The words written in a transaction are remembered so that each is
// written once; a rollback takes the rows back, and must take the memory
// with them, or the word would never be listed again.
BOOST_FIXTURE_TEST_CASE(words_written_in_a_rolled_back_savepoint_are_written_again, Words) {
  auto dir = Directory::open(path);
  auto outer = dir.transaction();
  {
    auto inner = dir.transaction();
    dir.add_person(person("Zana", "Qyrjazi"));
    // A search inside the transaction writes the pending documents first.
    BOOST_TEST(dir.search("qyrja").size() == 1u);
  }  // rolled back
  BOOST_TEST(dir.search("qyrja").empty());
  const RecordId again = dir.add_person(person("Zana", "Qyrjazi")).meta.id;
  const auto hits = dir.search("qyrja");
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits.front().id == again);
  outer.commit();
  BOOST_TEST(dir.search("qyrja").size() == 1u);
  BOOST_TEST(dir.check_search_index() == "ok");
}

// Checking the index checks the word list too: a word it lacks would make
// searches miss records silently.
BOOST_FIXTURE_TEST_CASE(checking_the_index_finds_a_word_the_word_list_lacks, Words) {
  BOOST_TEST(Directory::open(path).check_search_index() == "ok");
  {
    storage::Connection connection(path, false, false, 1000);
    connection.execute("UPDATE search_word SET columns = 1 WHERE word = 'albania'");
  }
  auto dir = Directory::open(path);
  const std::string problems = dir.check_search_index();
  // Alban Krasniqi, Besa Albanese and Drita Hasani have it in their notes:
  // one line each.
  BOOST_TEST(problems.find("has words the word list lacks") != std::string::npos, problems);
  BOOST_TEST(std::count(problems.begin(), problems.end(), '\n') == 2, problems);
  dir.rebuild_search_index();
  BOOST_TEST(dir.check_search_index() == "ok");
}

}  // namespace
