// Duplicate detection against a labelled set of our own
// (tests/fixtures/dedup/labelled-pairs.tsv): the cases Febrl lacks -- name
// order, initials, nicknames, Cyrillic and Latin, diacritics, acronyms, legal
// forms, aliases -- and hard non-matches (father and son, siblings, namesakes
// at other institutions, shared role mailboxes, the same ministry in another
// country). Each pair is scored alone with Directory::compare() in a fresh
// directory; then every record of the file goes into one directory and
// find_duplicates() must find the true pairs through its blocking.
//
// LIAISON_DEDUP_REPORT=1 in the environment prints the per-category table and
// every misclassified pair also when the test passes.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using liaison::Affiliation;
using liaison::Directory;
using liaison::DuplicatePair;
using liaison::MatchDecision;
using liaison::Organization;
using liaison::Person;
using liaison::RecordId;
using liaison::RecordKind;

const std::string fixture = std::string(LIAISON_FIXTURE_DIR) + "/dedup/labelled-pairs.tsv";

liaison::OpenOptions options() { return liaison::test::options_for("dedup_labelled_test", "RS"); }

// One side of a pair: the record's JSON as liaison reads it, and for a
// person the organization it works at (the fixture's extra member).
struct Side {
  std::string json;
  std::string organization;
};

struct LabelledPair {
  int line = 0;
  RecordKind kind = RecordKind::person;
  bool match = false;
  std::string category;
  Side a;
  Side b;
};

// Strips the extra member "organization" from a person's JSON.
Side read_side(RecordKind kind, const std::string& text, int line) {
  Side side;
  nlohmann::json object = nlohmann::json::parse(text);
  BOOST_TEST_REQUIRE(object.is_object(), "line " << line << ": not a JSON object");
  if (kind == RecordKind::person && object.contains("organization")) {
    BOOST_TEST_REQUIRE(object["organization"].is_string(),
                       "line " << line << ": \"organization\" is not a string");
    side.organization = object["organization"].get<std::string>();
    object.erase("organization");
  }
  side.json = object.dump(-1, ' ', false);
  return side;
}

std::vector<std::string> split_tabs(const std::string& text) {
  std::vector<std::string> fields;
  std::string::size_type start = 0;
  for (;;) {
    const auto tab = text.find('\t', start);
    fields.push_back(text.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::vector<LabelledPair> read_fixture() {
  std::ifstream in(fixture, std::ios::binary);
  BOOST_TEST_REQUIRE(in.good(), "cannot read " << fixture);
  std::vector<LabelledPair> pairs;
  std::string text;
  int line = 0;
  bool header_seen = false;
  while (std::getline(in, text)) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.empty() || text[0] == '#') continue;
    const std::vector<std::string> fields = split_tabs(text);
    BOOST_TEST_REQUIRE(fields.size() == 5u,
                       "line " << line << ": " << fields.size() << " fields, expected 5");
    if (!header_seen) {
      BOOST_TEST_REQUIRE(text == "kind\ttruth\tcategory\ta\tb", "line " << line << ": no header");
      header_seen = true;
      continue;
    }
    LabelledPair pair;
    pair.line = line;
    if (fields[0] == "person") {
      pair.kind = RecordKind::person;
    } else if (fields[0] == "organization") {
      pair.kind = RecordKind::organization;
    } else {
      BOOST_FAIL("line " << line << ": unknown kind '" << fields[0] << "'");
    }
    BOOST_TEST_REQUIRE((fields[1] == "match" || fields[1] == "distinct"),
                       "line " << line << ": truth '" << fields[1] << "'");
    pair.match = fields[1] == "match";
    pair.category = fields[2];
    pair.a = read_side(pair.kind, fields[3], line);
    pair.b = read_side(pair.kind, fields[4], line);
    pairs.push_back(std::move(pair));
  }
  BOOST_TEST_REQUIRE(!pairs.empty(), fixture << " holds no pairs");
  return pairs;
}

// Adds records to a directory, making each person's organization once per
// name (an organization already there under that name, acronym or alias is
// used instead).
class Loader {
 public:
  explicit Loader(Directory& directory) : directory_(directory) {}

  RecordId add(const LabelledPair& pair, const Side& side, const std::string& tag) {
    try {
      if (pair.kind == RecordKind::organization) {
        Organization organization = liaison::organization_from_json(side.json);
        if (!tag.empty()) organization.sources.push_back(liaison::test::source("labelled", tag));
        return directory_.add_organization(organization).meta.id;
      }
      Person person = liaison::person_from_json(side.json);
      if (!tag.empty()) person.sources.push_back(liaison::test::source("labelled", tag));
      const RecordId id = directory_.add_person(person).meta.id;
      if (!side.organization.empty()) {
        Affiliation affiliation;
        affiliation.person_id = id;
        affiliation.organization_id = organization_named(side.organization);
        directory_.add_affiliation(affiliation);
      }
      return id;
    } catch (const liaison::Error& e) {
      BOOST_FAIL("line " << pair.line << ": cannot store " << side.json << ": " << e.what());
    }
    return 0;
  }

 private:
  RecordId organization_named(const std::string& name) {
    if (auto it = organizations_.find(name); it != organizations_.end()) return it->second;
    RecordId id = 0;
    const std::vector<Organization> found = directory_.find_organizations_by_name(name);
    if (!found.empty()) {
      id = found.front().meta.id;
    } else {
      Organization organization;
      organization.name = name;
      id = directory_.add_organization(organization).meta.id;
    }
    organizations_.emplace(name, id);
    return id;
  }

  Directory& directory_;
  std::map<std::string, RecordId> organizations_;
};

bool report_always() {
  const char* value = std::getenv("LIAISON_DEDUP_REPORT");
  return value != nullptr && *value != '\0' && std::string(value) != "0";
}

std::string reasons_of(const DuplicatePair& scored) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2);
  for (const liaison::MatchReason& r : scored.reasons) {
    out << "\n      " << std::showpos << r.weight << std::noshowpos << ' ' << r.field << ' '
        << r.outcome;
    if (!r.detail.empty()) out << " (" << r.detail << ')';
  }
  return out.str();
}

struct Counts {
  int true_positive = 0;   // match, scored duplicate
  int false_positive = 0;  // distinct, scored duplicate
  int false_negative = 0;  // match, scored possible or no
  int true_negative = 0;   // distinct, scored possible or no
  int match_possible = 0;  // match, scored possible
  int distinct_possible = 0;

  double precision() const {
    const int predicted = true_positive + false_positive;
    return predicted == 0 ? 1.0 : static_cast<double>(true_positive) / predicted;
  }
  double recall() const {
    const int actual = true_positive + false_negative;
    return actual == 0 ? 1.0 : static_cast<double>(true_positive) / actual;
  }
  double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  // Recall and F1 when "possible" also counts as a predicted match.
  double recall_at_possible() const {
    const int actual = true_positive + false_negative;
    return actual == 0 ? 1.0 : static_cast<double>(true_positive + match_possible) / actual;
  }
};

std::string summary(const std::string& what, const Counts& c) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(4) << what << ": " << c.true_positive + c.false_negative
      << " matches, " << c.false_positive + c.true_negative << " distinct; TP " << c.true_positive
      << " FP " << c.false_positive << " FN " << c.false_negative << " TN " << c.true_negative
      << "; precision " << c.precision() << " recall " << c.recall() << " F1 " << c.f1()
      << "; true matches scored possible " << c.match_possible << " (recall at possible "
      << c.recall_at_possible() << "), distinct scored possible " << c.distinct_possible;
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dedup_labelled)

// Each pair alone: a fresh directory holding the two records (and the
// organizations the persons work at), scored with compare().
BOOST_AUTO_TEST_CASE(each_pair_scores_on_the_right_side_of_the_duplicate_threshold) {
  const std::vector<LabelledPair> pairs = read_fixture();
  Counts persons;
  Counts organizations;
  struct Category {
    int total = 0;
    int right = 0;
    int possible = 0;
  };
  std::map<std::string, Category> categories;  // "person match initials"
  std::vector<std::string> misclassified;

  for (const LabelledPair& pair : pairs) {
    Directory directory = Directory::open(":memory:", options());
    Loader loader(directory);
    const RecordId a = loader.add(pair, pair.a, {});
    const RecordId b = loader.add(pair, pair.b, {});
    DuplicatePair scored;
    try {
      scored = directory.compare(a, b);
    } catch (const liaison::Error& e) {
      BOOST_FAIL("line " << pair.line << ": compare() threw: " << e.what());
    }
    const bool predicted = scored.decision == MatchDecision::duplicate;
    const bool possible = scored.decision == MatchDecision::possible;
    Counts& counts = pair.kind == RecordKind::person ? persons : organizations;
    if (pair.match) {
      (predicted ? counts.true_positive : counts.false_negative)++;
      if (possible) ++counts.match_possible;
    } else {
      (predicted ? counts.false_positive : counts.true_negative)++;
      if (possible) ++counts.distinct_possible;
    }
    Category& category = categories[std::string(liaison::to_string(pair.kind)) + ' ' +
                                    (pair.match ? "match " : "distinct ") + pair.category];
    ++category.total;
    if (predicted == pair.match) ++category.right;
    if (possible) ++category.possible;
    if (predicted != pair.match) {
      std::ostringstream out;
      out << std::fixed << std::setprecision(2) << "line " << pair.line << " "
          << liaison::to_string(pair.kind) << ' ' << (pair.match ? "match" : "distinct") << ' '
          << pair.category << ": scored " << scored.score << " -> "
          << liaison::to_string(scored.decision) << "\n    a " << pair.a.json
          << (pair.a.organization.empty() ? "" : " @ " + pair.a.organization) << "\n    b "
          << pair.b.json << (pair.b.organization.empty() ? "" : " @ " + pair.b.organization)
          << "\n    reasons:" << reasons_of(scored);
      misclassified.push_back(out.str());
    }
  }

  const std::string person_line = summary("persons", persons);
  const std::string organization_line = summary("organizations", organizations);
  std::cout << "dedup_labelled: " << person_line << '\n'
            << "dedup_labelled: " << organization_line << '\n';

  const bool ok = persons.f1() >= 0.95 && organizations.f1() >= 0.95 &&
                  persons.precision() >= 0.97 && organizations.precision() >= 0.97;
  if (!ok || report_always()) {
    std::cout << "per category (right / total, of them scored possible):\n";
    for (const auto& [name, c] : categories) {
      std::cout << "  " << std::left << std::setw(44) << name << std::right << std::setw(4)
                << c.right << " / " << std::setw(3) << c.total << "  possible " << c.possible
                << '\n';
    }
    std::cout << misclassified.size() << " misclassified pairs:\n";
    for (const std::string& m : misclassified) std::cout << "  " << m << '\n';
    std::cout.flush();
  }
  BOOST_TEST(persons.f1() >= 0.95, person_line);
  BOOST_TEST(organizations.f1() >= 0.95, organization_line);
  BOOST_TEST(persons.precision() >= 0.97, person_line);
  BOOST_TEST(organizations.precision() >= 0.97, organization_line);
}

// Every record of the file in one directory: find_duplicates() must list the
// true pairs (as duplicate or possible), which only blocking keys that fit
// these variants can find.
BOOST_AUTO_TEST_CASE(find_duplicates_over_all_records_finds_the_true_pairs) {
  const std::vector<LabelledPair> pairs = read_fixture();
  Directory directory = Directory::open(":memory:", options());
  Loader loader(directory);
  std::vector<std::pair<RecordId, RecordId>> ids;
  {
    liaison::Transaction transaction = directory.transaction();
    for (const LabelledPair& pair : pairs) {
      const std::string key = std::to_string(pair.line);
      const RecordId a = loader.add(pair, pair.a, key + "-a");
      const RecordId b = loader.add(pair, pair.b, key + "-b");
      ids.emplace_back(a, b);
    }
    transaction.commit();
  }

  const std::vector<DuplicatePair> found = directory.find_duplicates();
  std::map<std::pair<RecordId, RecordId>, const DuplicatePair*> listed;
  for (const DuplicatePair& p : found) {
    listed[{std::min(p.a, p.b), std::max(p.a, p.b)}] = &p;
  }
  // Every candidate the blocking made, whatever its score, to tell a pair
  // the blocking never proposed from one that scored too low.
  liaison::DedupOptions every_candidate;
  every_candidate.min_score = -1e9;
  const std::vector<DuplicatePair> candidates = directory.find_duplicates(every_candidate);
  std::map<std::pair<RecordId, RecordId>, double> candidate_scores;
  for (const DuplicatePair& p : candidates) {
    candidate_scores[{std::min(p.a, p.b), std::max(p.a, p.b)}] = p.score;
  }

  struct Tally {
    int matches = 0;
    int found_duplicate = 0;
    int found_possible = 0;
    int distinct = 0;
    int distinct_listed_duplicate = 0;
    int not_candidates = 0;  // true pairs the blocking never proposed
    double recall() const {
      return matches == 0 ? 1.0 : static_cast<double>(found_duplicate + found_possible) / matches;
    }
  };
  std::map<RecordKind, Tally> tallies;
  std::vector<std::string> missed;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const LabelledPair& pair = pairs[i];
    const auto [a, b] = ids[i];
    const auto it = listed.find({std::min(a, b), std::max(a, b)});
    const DuplicatePair* hit = it == listed.end() ? nullptr : it->second;
    Tally& tally = tallies[pair.kind];
    if (!pair.match) {
      ++tally.distinct;
      if (hit != nullptr && hit->decision == MatchDecision::duplicate) {
        ++tally.distinct_listed_duplicate;
      }
      continue;
    }
    ++tally.matches;
    if (hit == nullptr) {
      const auto candidate = candidate_scores.find({std::min(a, b), std::max(a, b)});
      std::ostringstream why;
      if (candidate == candidate_scores.end()) {
        ++tally.not_candidates;
        why << "not a candidate";
      } else {
        why << "a candidate, scored " << std::fixed << std::setprecision(2) << candidate->second;
      }
      missed.push_back("line " + std::to_string(pair.line) + " " + liaison::to_string(pair.kind) +
                       " " + pair.category + ": " + why.str() + "\n    a " + pair.a.json +
                       "\n    b " + pair.b.json);
    } else if (hit->decision == MatchDecision::duplicate) {
      ++tally.found_duplicate;
    } else {
      ++tally.found_possible;
    }
  }

  std::cout << "dedup_labelled: find_duplicates over " << directory.count(RecordKind::person)
            << " persons and " << directory.count(RecordKind::organization)
            << " organizations listed " << found.size() << " pairs (" << candidates.size()
            << " candidate pairs in all)\n";
  for (const auto& [kind, t] : tallies) {
    std::cout << std::fixed << std::setprecision(4) << "dedup_labelled: " << to_string(kind) << ": "
              << t.matches << " true pairs, listed duplicate " << t.found_duplicate << ", possible "
              << t.found_possible << ", missed " << t.matches - t.found_duplicate - t.found_possible
              << " (recall " << t.recall() << "; not even candidates " << t.not_candidates
              << "); distinct pairs listed as duplicate " << t.distinct_listed_duplicate << " of "
              << t.distinct << '\n';
  }
  const bool ok = tallies[RecordKind::person].recall() >= 0.95 &&
                  tallies[RecordKind::organization].recall() >= 0.95;
  if (!ok || report_always()) {
    std::cout << missed.size() << " true pairs not listed:\n";
    for (const std::string& m : missed) std::cout << "  " << m << '\n';
    std::cout.flush();
  }
  BOOST_TEST(tallies[RecordKind::person].recall() >= 0.95);
  BOOST_TEST(tallies[RecordKind::organization].recall() >= 0.95);
}

BOOST_AUTO_TEST_SUITE_END()
