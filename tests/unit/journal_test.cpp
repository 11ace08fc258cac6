#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "temp_dir.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace liaison;
using test::contains;
using test::refusal;
using test::person;

constexpr const char* actor = "anna.k@lastrada";

OpenOptions options(std::string who) { return test::options_for(std::move(who), "AL"); }
OpenOptions options() { return options(actor); }

// "2026-11-29T12:00:00.123Z"
bool is_utc_timestamp(const std::string& text) {
  return text.size() == 24 && text[4] == '-' && text[10] == 'T' && text[19] == '.' &&
         text.back() == 'Z';
}

Organization organization(const char* name) {
  Organization o;
  o.name = name;
  return o;
}

std::vector<RecordId> record_ids(const std::vector<Change>& changes) {
  std::vector<RecordId> ids;
  for (const auto& c : changes) ids.push_back(c.record_id);
  return ids;
}

std::vector<std::int64_t> sequences(const std::vector<Change>& changes) {
  std::vector<std::int64_t> result;
  for (const auto& c : changes) result.push_back(c.sequence);
  return result;
}

using Fresh = test::FreshDirectory<options>;

// Five writes (three creates, two updates) in a known order.
struct Written : Fresh {
  Organization osce = dir.add_organization(organization("OSCE"));
  Person gerald = dir.add_person(person("Gerald", "Neuhaus"));
  Affiliation post = add_post();
  Affiliation retitled = retitle();
  Person renamed = rename();

  Affiliation add_post() {
    Affiliation a;
    a.person_id = gerald.meta.id;
    a.organization_id = osce.meta.id;
    a.title = "Police Affairs Officer";
    a.role = "Adviser on Combating Trafficking in Human Beings";
    return dir.add_affiliation(a);
  }
  Affiliation retitle() {
    Affiliation a = post;
    a.title = "Senior Police Affairs Officer";
    return dir.update_affiliation(a);
  }
  Person rename() {
    Person p = gerald;
    p.given_names = "Gerry";
    p.notes = "prefers English";
    return dir.update_person(p);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(order_and_content, Written)

BOOST_AUTO_TEST_CASE(every_write_is_journaled_in_order) {
  dir.remove(post.meta.id);
  dir.remove(gerald.meta.id);
  const auto changes = dir.changes_since(0);
  BOOST_TEST_REQUIRE(changes.size() == 7u);

  const std::vector<RecordId> expected_ids = {osce.meta.id,   gerald.meta.id, post.meta.id,
                                              post.meta.id,   gerald.meta.id, post.meta.id,
                                              gerald.meta.id};
  BOOST_TEST(record_ids(changes) == expected_ids, boost::test_tools::per_element());
  const std::vector<RecordKind> kinds = {RecordKind::organization, RecordKind::person,
                                         RecordKind::affiliation,  RecordKind::affiliation,
                                         RecordKind::person,       RecordKind::affiliation,
                                         RecordKind::person};
  const std::vector<ChangeOperation> operations = {
      ChangeOperation::create, ChangeOperation::create, ChangeOperation::create,
      ChangeOperation::update, ChangeOperation::update, ChangeOperation::remove,
      ChangeOperation::remove};
  for (std::size_t i = 0; i < changes.size(); ++i) {
    BOOST_TEST_CONTEXT("change " << i) {
      BOOST_TEST(changes[i].kind == kinds[i]);
      BOOST_TEST(changes[i].operation == operations[i]);
      BOOST_TEST(changes[i].actor == actor);
      BOOST_TEST(is_utc_timestamp(changes[i].time), changes[i].time);
      if (i > 0) {
        BOOST_TEST(changes[i].sequence > changes[i - 1].sequence);
        BOOST_TEST(changes[i].time >= changes[i - 1].time);
      }
    }
  }
  BOOST_TEST(changes[0].uid == osce.meta.uid);
  BOOST_TEST(changes[2].uid == post.meta.uid);
  BOOST_TEST(changes[6].uid == gerald.meta.uid);
  BOOST_TEST(dir.last_change_sequence() == changes.back().sequence);
}

BOOST_AUTO_TEST_CASE(a_create_has_revision_1_no_before_and_names_the_fields_it_set) {
  const auto history = dir.history(post.meta.id);
  BOOST_TEST_REQUIRE(history.size() == 2u);
  const Change& created = history[0];
  BOOST_TEST(created.operation == ChangeOperation::create);
  BOOST_TEST(created.revision == 1);
  BOOST_TEST(created.before.empty());
  BOOST_TEST(created.time == post.meta.created_at);
  for (const char* field : {"person_id", "organization_id", "title", "role"}) {
    BOOST_TEST_CONTEXT(field) {
      BOOST_TEST(std::count(created.fields.begin(), created.fields.end(), field) == 1);
    }
  }
  // Fields left empty were not set.
  BOOST_TEST(std::count(created.fields.begin(), created.fields.end(), "department") == 0);
  BOOST_TEST(std::count(created.fields.begin(), created.fields.end(), "end") == 0);
}

BOOST_AUTO_TEST_CASE(an_update_of_only_the_title_lists_exactly_title) {
  const auto history = dir.history(post.meta.id);
  BOOST_TEST_REQUIRE(history.size() == 2u);
  const Change& updated = history[1];
  BOOST_TEST(updated.operation == ChangeOperation::update);
  BOOST_TEST(updated.fields == (std::vector<std::string>{"title"}), boost::test_tools::per_element());
  BOOST_TEST(updated.revision == 2);
  BOOST_TEST(updated.revision == dir.get_affiliation(post.meta.id).meta.revision);
  BOOST_TEST(updated.time == retitled.meta.updated_at);
}

BOOST_AUTO_TEST_CASE(an_update_of_several_fields_lists_each_of_them) {
  const auto history = dir.history(gerald.meta.id);
  BOOST_TEST_REQUIRE(history.size() == 2u);
  BOOST_TEST(history[1].fields == (std::vector<std::string>{"given_names", "notes"}),
             boost::test_tools::per_element());
  BOOST_TEST(history[1].revision == renamed.meta.revision);
}

BOOST_AUTO_TEST_CASE(before_holds_the_previous_state_as_json) {
  const auto update = dir.history(post.meta.id).at(1);
  BOOST_TEST_REQUIRE(!update.before.empty());
  BOOST_TEST(update.before.front() == '{');
  BOOST_TEST(update.before.back() == '}');
  BOOST_TEST(contains(update.before, "\"title\""));
  BOOST_TEST(contains(update.before, "Police Affairs Officer"));
  BOOST_TEST(!contains(update.before, "Senior Police Affairs Officer"));
  BOOST_TEST(contains(update.before, post.meta.uid));

  const auto person_update = dir.history(gerald.meta.id).at(1);
  BOOST_TEST(contains(person_update.before, "Gerald"));
  BOOST_TEST(!contains(person_update.before, "Gerry"));
}

BOOST_AUTO_TEST_CASE(before_parses_back_into_the_previous_record) {
  const auto update = dir.history(post.meta.id).at(1);
  const Affiliation previous = affiliation_from_json(update.before);
  BOOST_TEST(previous.title == "Police Affairs Officer");
  BOOST_TEST(previous.role == post.role);
  BOOST_TEST(previous.person_id == gerald.meta.id);
}

BOOST_AUTO_TEST_CASE(a_removal_holds_the_last_state_in_before) {
  dir.remove(post.meta.id);
  const auto history = dir.history(post.meta.id);
  BOOST_TEST_REQUIRE(history.size() == 3u);
  const Change& removed = history[2];
  BOOST_TEST(removed.operation == ChangeOperation::remove);
  BOOST_TEST(removed.uid == post.meta.uid);
  BOOST_TEST(removed.revision == retitled.meta.revision);
  BOOST_TEST(contains(removed.before, "Senior Police Affairs Officer"));
  BOOST_TEST(removed.actor == actor);
}

BOOST_AUTO_TEST_CASE(changes_since_returns_exactly_the_later_changes) {
  const auto all = dir.changes_since(0);
  BOOST_TEST_REQUIRE(all.size() == 5u);
  const auto all_sequences = sequences(all);
  for (std::size_t i = 0; i < all.size(); ++i) {
    BOOST_TEST_CONTEXT("since sequence " << all[i].sequence) {
      const auto later = dir.changes_since(all[i].sequence);
      const std::vector<std::int64_t> expected(
          all_sequences.begin() + static_cast<std::ptrdiff_t>(i) + 1, all_sequences.end());
      BOOST_TEST(sequences(later) == expected, boost::test_tools::per_element());
    }
  }
  BOOST_TEST(dir.changes_since(dir.last_change_sequence()).empty());
  BOOST_TEST(dir.changes_since(dir.last_change_sequence() + 100).empty());

  const auto limited = dir.changes_since(all[0].sequence, 2);
  BOOST_TEST(sequences(limited) == (std::vector<std::int64_t>{all[1].sequence, all[2].sequence}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(history_survives_removal) {
  dir.remove(gerald.meta.id);  // takes the affiliation with it
  const auto history = dir.history(gerald.meta.id);
  BOOST_TEST_REQUIRE(history.size() == 3u);
  BOOST_TEST(history[0].operation == ChangeOperation::create);
  BOOST_TEST(history[1].operation == ChangeOperation::update);
  BOOST_TEST(history[2].operation == ChangeOperation::remove);
  BOOST_TEST(history[0].revision == 1);
  BOOST_TEST(history[1].revision == 2);
  for (const auto& change : history) {
    BOOST_TEST(change.record_id == gerald.meta.id);
    BOOST_TEST(change.uid == gerald.meta.uid);
    BOOST_TEST(change.kind == RecordKind::person);
  }
  BOOST_TEST(dir.history(post.meta.id).size() == 3u);
  BOOST_TEST(dir.history(424242).empty());
}

BOOST_AUTO_TEST_CASE(tombstones_name_what_was_removed_when_and_by_whom) {
  const auto sequence = dir.last_change_sequence();
  dir.remove(gerald.meta.id);
  const auto tombstones = dir.tombstones_since(sequence);
  BOOST_TEST_REQUIRE(tombstones.size() == 2u);
  const auto changes = dir.changes_since(sequence);
  BOOST_TEST_REQUIRE(changes.size() == 2u);

  BOOST_TEST(tombstones[0].uid == post.meta.uid);
  BOOST_TEST(tombstones[0].kind == RecordKind::affiliation);
  BOOST_TEST(tombstones[0].record_id == post.meta.id);
  BOOST_TEST(tombstones[1].uid == gerald.meta.uid);
  BOOST_TEST(tombstones[1].kind == RecordKind::person);
  BOOST_TEST(tombstones[1].record_id == gerald.meta.id);
  for (std::size_t i = 0; i < 2; ++i) {
    BOOST_TEST_CONTEXT("tombstone " << i) {
      BOOST_TEST(tombstones[i].sequence == changes[i].sequence);
      BOOST_TEST(tombstones[i].removed_at == changes[i].time);
      BOOST_TEST(is_utc_timestamp(tombstones[i].removed_at), tombstones[i].removed_at);
      BOOST_TEST(tombstones[i].actor == actor);
    }
  }
  BOOST_TEST(dir.tombstones_since(tombstones[0].sequence).size() == 1u);
  BOOST_TEST(dir.tombstones_since(tombstones[1].sequence).empty());
  BOOST_TEST(dir.tombstones_since(0).size() == 2u);
}

BOOST_AUTO_TEST_CASE(reads_and_refused_writes_leave_no_trace) {
  const auto sequence = dir.last_change_sequence();
  dir.get_person(gerald.meta.id);
  dir.list_organizations();
  dir.affiliations_of_person(gerald.meta.id);
  dir.update_person(renamed);  // the same values: no change
  Person nobody;
  BOOST_TEST(refusal([&] { dir.add_person(nobody); }).code() == errc::invalid_argument);
  BOOST_TEST(refusal([&] { dir.remove(987654); }).code() == errc::not_found);
  BOOST_TEST(dir.last_change_sequence() == sequence);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(actors)

BOOST_AUTO_TEST_CASE(the_actor_defaults_to_the_operating_system_user) {
  auto dir = Directory::open(":memory:");
  BOOST_TEST(!dir.actor().empty());
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') {
    BOOST_TEST(dir.actor() == user);
  }
  const auto stored = dir.add_organization(organization("IOM"));
  const auto history = dir.history(stored.meta.id);
  BOOST_TEST_REQUIRE(history.size() == 1u);
  BOOST_TEST(history[0].actor == dir.actor());
}

BOOST_AUTO_TEST_CASE(each_opening_writes_its_own_actor) {
  liaison::test::TempDir temp;
  const std::string path = temp.file("journal.liaison");
  RecordId id = 0;
  {
    auto first = Directory::open(path, options("first@ngo"));
    BOOST_TEST(first.actor() == "first@ngo");
    id = first.add_organization(organization("ASTRA")).meta.id;
  }
  {
    auto second = Directory::open(path, options("second@ngo"));
    auto o = second.get_organization(id);
    o.notes = "checked";
    second.update_organization(o);
    second.remove(id);
  }
  const auto reopened = Directory::open(path, options("reader"));
  const auto history = reopened.history(id);
  BOOST_TEST_REQUIRE(history.size() == 3u);
  BOOST_TEST(history[0].actor == "first@ngo");
  BOOST_TEST(history[1].actor == "second@ngo");
  BOOST_TEST(history[2].actor == "second@ngo");
  BOOST_TEST_REQUIRE(reopened.tombstones_since(0).size() == 1u);
  BOOST_TEST(reopened.tombstones_since(0)[0].actor == "second@ngo");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(transactions, Fresh)

BOOST_AUTO_TEST_CASE(a_committed_transaction_keeps_every_write) {
  {
    auto transaction = dir.transaction();
    dir.add_organization(organization("OSCE"));
    dir.add_person(person("Gerald", "Neuhaus"));
    transaction.commit();
  }
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST(dir.count(RecordKind::person) == 1u);
  BOOST_TEST(dir.changes_since(0).size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_rolled_back_transaction_leaves_no_journal_entries) {
  const auto kept = dir.add_organization(organization("Europol"));
  const auto sequence = dir.last_change_sequence();
  {
    auto transaction = dir.transaction();
    const auto osce = dir.add_organization(organization("OSCE"));
    const auto gerald = dir.add_person(person("Gerald", "Neuhaus"));
    Affiliation a;
    a.person_id = gerald.meta.id;
    a.organization_id = osce.meta.id;
    dir.add_affiliation(a);
    dir.remove(kept.meta.id);
    BOOST_TEST(dir.changes_since(sequence).size() == 4u);  // visible inside the transaction
  }  // no commit: rolled back
  BOOST_TEST(dir.last_change_sequence() == sequence);
  BOOST_TEST(dir.changes_since(sequence).empty());
  BOOST_TEST(dir.tombstones_since(0).empty());
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
  BOOST_TEST(dir.count(RecordKind::person) == 0u);
  BOOST_TEST(dir.count(RecordKind::affiliation) == 0u);
  BOOST_TEST(dir.get_organization(kept.meta.id) == kept);
  BOOST_TEST(dir.find_organizations_by_name("OSCE").empty());
  BOOST_TEST(dir.check_integrity() == "ok");

  // The directory stays usable, and the next write is journaled normally.
  const auto after = dir.add_organization(organization("IOM"));
  const auto changes = dir.changes_since(sequence);
  BOOST_TEST_REQUIRE(changes.size() == 1u);
  BOOST_TEST(changes[0].record_id == after.meta.id);
}

BOOST_AUTO_TEST_CASE(an_inner_rollback_with_an_outer_commit_keeps_only_the_outer_writes) {
  RecordId a = 0;
  RecordId c = 0;
  {
    auto outer = dir.transaction();
    a = dir.add_organization(organization("A outer")).meta.id;
    {
      auto inner = dir.transaction();
      dir.add_organization(organization("B inner"));
      dir.add_person(person("Inner", "Person"));
    }  // inner rolled back
    c = dir.add_organization(organization("C outer")).meta.id;
    outer.commit();
  }
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
  BOOST_TEST(dir.count(RecordKind::person) == 0u);
  BOOST_TEST(dir.find_organizations_by_name("B inner").empty());
  BOOST_TEST(dir.find_organization(a).has_value());
  BOOST_TEST(dir.find_organization(c).has_value());
  const auto changes = dir.changes_since(0);
  BOOST_TEST(record_ids(changes) == (std::vector<RecordId>{a, c}), boost::test_tools::per_element());
  for (const auto& change : changes) BOOST_TEST(change.operation == ChangeOperation::create);
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(an_inner_commit_is_undone_by_an_outer_rollback) {
  {
    auto outer = dir.transaction();
    dir.add_organization(organization("A"));
    {
      auto inner = dir.transaction();
      dir.add_organization(organization("B"));
      inner.commit();
    }
  }
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
  BOOST_TEST(dir.last_change_sequence() == 0);
}

BOOST_AUTO_TEST_CASE(a_refused_write_inside_a_transaction_spares_the_others) {
  {
    auto transaction = dir.transaction();
    dir.add_organization(organization("A"));
    Organization bad = organization("Bad");
    bad.country = "Atlantis";
    BOOST_TEST(refusal([&] { dir.add_organization(bad); }).code() == errc::invalid_argument);
    dir.add_organization(organization("C"));
    transaction.commit();
  }
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);
  BOOST_TEST(dir.changes_since(0).size() == 2u);
  BOOST_TEST(dir.find_organizations_by_name("Bad").empty());
}

BOOST_AUTO_TEST_CASE(a_transaction_commits_only_once) {
  auto transaction = dir.transaction();
  dir.add_organization(organization("A"));
  transaction.commit();
  BOOST_TEST(refusal([&] { transaction.commit(); }).code() == errc::invalid_argument);
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
}

BOOST_AUTO_TEST_CASE(a_moved_transaction_rolls_back_once) {
  {
    auto first = dir.transaction();
    dir.add_organization(organization("A"));
    Transaction second(std::move(first));
  }
  BOOST_TEST(dir.count(RecordKind::organization) == 0u);
  dir.add_organization(organization("B"));  // no transaction left open
  BOOST_TEST(dir.count(RecordKind::organization) == 1u);
}

BOOST_AUTO_TEST_CASE(a_transaction_on_a_file_is_seen_by_others_only_after_commit) {
  liaison::test::TempDir temp;
  const std::string path = temp.file("shared.liaison");
  auto writer = Directory::open(path, options("writer"));
  auto reader = Directory::open(path, options("reader"));
  {
    auto transaction = writer.transaction();
    writer.add_organization(organization("OSCE"));
    BOOST_TEST(reader.count(RecordKind::organization) == 0u);
    BOOST_TEST(reader.last_change_sequence() == 0);
    transaction.commit();
  }
  BOOST_TEST(reader.count(RecordKind::organization) == 1u);
  BOOST_TEST(reader.changes_since(0).size() == 1u);
  BOOST_TEST(reader.changes_since(0)[0].actor == "writer");
}

BOOST_AUTO_TEST_SUITE_END()
