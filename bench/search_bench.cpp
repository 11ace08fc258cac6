// search_bench: how fast Directory::search() answers the queries staff type,
// on a synthetic directory of Western-Balkan institutions and their people,
// and how that compares with bare SQLite FTS5 over the same text.
//
//   search_bench --persons N --db PATH [--queries K] [--seed S]
//                [--anchor-dir DIR] [--reuse [--queries-only]] [--category NAME]...
//
// It builds the directory (or, with --reuse, opens the one a previous run
// built with the same --persons and --seed), times rebuild_search_index(),
// then times K generated queries in each category and checks what came
// back against the generator's own records: how many queries found
// anything, whether the person the query was made from was among the hits,
// and whether every hit actually matches the query. Last, the anchor: the
// same persons' text imported into a plain FTS5 table by the sqlite3 shell,
// its build timed, and the same prefix queries run against it. The
// slowest queries of each category are printed, to replay; --queries-only
// and --category time some searches alone, for work on the search itself.
//
// This is a benchmark, not a test: it prints figures and never fails on
// them. Exit codes: 0 done, 1 something failed, 2 the command line was wrong.
#include "synthetic_directory.hpp"

#include <liaison/liaison.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
using liaison_bench::SyntheticDirectory;
using liaison_bench::SyntheticOrganization;
using liaison_bench::SyntheticPerson;
using Clock = std::chrono::steady_clock;

constexpr std::size_t unknown = std::numeric_limits<std::size_t>::max();
const std::size_t search_limit = liaison::SearchOptions{}.limit;
constexpr std::size_t examples_kept = 4;
constexpr std::size_t slowest_kept = 5;

// The targets the search engine is held to (see bench/README.md).
constexpr double target_prefix_p99_ms = 5.0;
constexpr double target_lookup_p99_ms = 1.0;  // exact name, e-mail, phone
constexpr double target_typo_p99_ms = 20.0;
constexpr double target_build_ratio = 1.5;  // index build / FTS5 build

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// ---------------------------------------------------------------------------
// The command line

struct Options {
  std::size_t persons = 0;
  std::string db;
  std::size_t queries = 2000;
  std::uint64_t seed = 20160831;
  std::string anchor_dir;
  bool reuse = false;
  bool queries_only = false;      // no rebuild, no anchor: for work on the search itself
  std::vector<std::string> only;  // category names; empty: all
};

constexpr const char* usage_text =
    "usage: search_bench --persons N --db PATH [--queries K] [--seed S] [--anchor-dir DIR] "
    "[--reuse [--queries-only]] [--category NAME]...\n"
    "  --persons N       persons in the synthetic directory (organizations: N/50)\n"
    "  --db PATH         the directory file to build (replaced unless --reuse)\n"
    "  --queries K       queries per category (default 2000)\n"
    "  --seed S          generator seed (default 20160831)\n"
    "  --anchor-dir DIR  where the FTS5 anchor writes its files (default PATH.anchor)\n"
    "  --reuse           open PATH when a previous run built it with the same N and S\n"
    "  --queries-only    with --reuse: time the searches only (no rebuild, no anchor)\n"
    "  --category NAME   time this category of queries only (repeatable; no anchor, no\n"
    "                    summary): prefix, folded, cross-script, typo, exact-name, e-mail,\n"
    "                    phone, filtered\n";

struct UsageError {
  std::string message;
};

std::uint64_t parse_number(std::string_view option, const std::string& text) {
  std::size_t used = 0;
  unsigned long long value = 0;
  try {
    value = std::stoull(text, &used, 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || text[0] == '-') {
    throw UsageError{std::string(option) + " needs a non-negative number, not '" + text + "'"};
  }
  return value;
}

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
      return argv[++i];
    };
    if (arg == "--persons") {
      options.persons = parse_number(arg, value());
    } else if (arg == "--db") {
      options.db = value();
    } else if (arg == "--queries") {
      options.queries = parse_number(arg, value());
    } else if (arg == "--seed") {
      options.seed = parse_number(arg, value());
    } else if (arg == "--anchor-dir") {
      options.anchor_dir = value();
    } else if (arg == "--reuse") {
      options.reuse = true;
    } else if (arg == "--queries-only") {
      options.queries_only = true;
    } else if (arg == "--category") {
      options.only.push_back(value());
    } else if (arg == "--help" || arg == "-h") {
      std::cout << usage_text;
      std::exit(0);
    } else {
      throw UsageError{"unknown argument '" + arg + "'"};
    }
  }
  if (options.persons == 0) throw UsageError{"--persons N (N > 0) is required"};
  if (options.db.empty()) throw UsageError{"--db PATH is required"};
  if (options.queries == 0) throw UsageError{"--queries must be at least 1"};
  if (options.anchor_dir.empty()) options.anchor_dir = options.db + ".anchor";
  if (options.queries_only && !options.reuse) {
    throw UsageError{"--queries-only needs --reuse (a directory built before)"};
  }
  return options;
}

// ---------------------------------------------------------------------------
// Queries

enum class Category { prefix, folded, cross_script, typo, exact, email, phone, filtered };
constexpr std::array<Category, 8> categories{
    Category::prefix, Category::folded, Category::cross_script, Category::typo,
    Category::exact,  Category::email,  Category::phone,        Category::filtered};

const char* name_of(Category category) {
  switch (category) {
    case Category::prefix: return "prefix";
    case Category::folded: return "folded";
    case Category::cross_script: return "cross-script";
    case Category::typo: return "typo";
    case Category::exact: return "exact-name";
    case Category::email: return "e-mail";
    case Category::phone: return "phone";
    case Category::filtered: return "filtered";
  }
  return "?";
}

const char* what_is_asked(Category category) {
  switch (category) {
    case Category::prefix: return "first 3-5 letters of a given or family name, as typed";
    case Category::folded: return "a Latin full name typed without diacritics, lower case";
    case Category::cross_script: return "a Cyrillic-stored name typed in Latin, or the reverse";
    case Category::typo: return "a full name with one edit in a word of 5+ letters";
    case Category::exact: return "the full name exactly as stored";
    case Category::email: return "a stored e-mail address in upper case";
    case Category::phone: return "a stored phone in another form (+, 00, national)";
    case Category::filtered: return "prefix org:ACRONYM, prefix country:CC, name tag:TAG";
  }
  return "";
}

/// One generated query, and what the answer should look like.
struct Query {
  std::string text;
  std::size_t intended = 0;  // the person the query was made from
  /// Folded words a hit must each match (as a prefix, or one typo away).
  std::vector<std::string> words;
  std::string org_filter;
  std::string country_filter;
  std::string tag_filter;
  std::string email;  // e-mail category: the address, lower case
  std::string e164;   // phone category: the number
  /// How many records answer the query as well as the intended one; when
  /// that is more than the limit, missing it is no bug. `unknown` when the
  /// benchmark cannot tell cheaply.
  std::size_t competitors = unknown;
  std::string anchor_prefix;  // prefix category: the text of the FTS5 prefix query
};

std::size_t code_points(std::string_view text) { return liaison_bench::decode_utf8(text).size(); }

std::string first_code_points(std::string_view text, std::size_t count) {
  const std::u32string cps = liaison_bench::decode_utf8(text);
  return liaison_bench::encode_utf8(std::u32string_view(cps).substr(0, count));
}

bool has_non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

/// A name as someone types its first letters: lower case, Latin without
/// diacritics ("djo" for Đorđević), Cyrillic as Cyrillic ("јов").
std::string typed_prefix(const SyntheticPerson& p, bool family, liaison_bench::Rng& rng) {
  const std::string& name = family ? p.family : p.given;
  const std::string typed =
      p.cyrillic ? liaison_bench::to_lower(name) : liaison_bench::fold_key(name);
  const std::size_t length = std::min<std::size_t>(3 + rng.below(3), code_points(typed));
  return first_code_points(typed, length);
}

/// Optimal string alignment distance, capped: returns limit + 1 when farther.
std::size_t osa_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return std::min(d[n][m], limit + 1);
}

/// Edits a folded (ASCII) word of five letters or more by one swap,
/// substitution, deletion or insertion; empty when the draw gave nothing usable.
std::string with_one_typo(const std::string& word, liaison_bench::Rng& rng) {
  std::string out = word;
  const std::size_t n = word.size();
  switch (rng.below(4)) {
    case 0: {
      const std::size_t at = rng.below(n - 1);
      std::swap(out[at], out[at + 1]);
      break;
    }
    case 1: out[rng.below(n)] = static_cast<char>('a' + rng.below(26)); break;
    case 2:
      if (n < 6) return {};  // the typed word must keep five letters to be typo-tolerant
      out.erase(rng.below(n), 1);
      break;
    default:
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(rng.below(n + 1)),
                 static_cast<char>('a' + rng.below(26)));
      break;
  }
  if (out == word || osa_distance(out, word, 1) != 1) return {};
  return out;
}

/// The folded words of everything the search indexes for a person.
std::vector<std::string> record_words(const SyntheticDirectory& generator,
                                      const SyntheticPerson& p) {
  const SyntheticOrganization& o = generator.organization(p.organization);
  std::string text = p.given + " " + p.family + " " + o.name + " " + o.english_name + " " +
                     o.acronym + " " + p.title + " " + p.notes + " " + p.country + " " +
                     liaison_bench::country_name(p.country);
  for (const auto& email : p.emails) text += " " + email;
  for (const auto& phone : p.phones) {
    text +=
        " " + phone.stored + " " + phone.national + " " + phone.international + " " + phone.e164;
  }
  for (const auto& tag : p.tags) text += " " + tag;
  return liaison_bench::fold_words(text);
}

std::vector<std::string> organization_words(const SyntheticOrganization& o) {
  // As stored: the names, the country's English name, the web site.
  return liaison_bench::fold_words(o.name + " " + o.english_name + " " + o.acronym + " " +
                                   o.country + " " + liaison_bench::country_name(o.country) +
                                   " https://" + o.domain);
}

/// Whether a folded query word matches one of a record's folded words: as
/// a prefix, or (for words of five letters or more) one or two typos away,
/// also as a prefix. Generous on purpose: it flags hits that match nothing.
bool word_matches(const std::string& query_word, const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    if (word.compare(0, query_word.size(), query_word) == 0) return true;
  }
  const std::size_t n = query_word.size();
  const std::size_t budget = n < 5 ? 0 : n < 8 ? 1 : 2;
  if (budget == 0) return false;
  for (const std::string& word : words) {
    for (std::size_t length = n - budget; length <= n + budget; ++length) {
      if (length > word.size()) break;
      if (osa_distance(query_word, std::string_view(word).substr(0, length), budget) <= budget) {
        return true;
      }
    }
  }
  return false;
}

bool all_words_match(const Query& query, const std::vector<std::string>& words) {
  return std::all_of(query.words.begin(), query.words.end(),
                     [&](const std::string& w) { return word_matches(w, words); });
}

bool organization_answers(const SyntheticOrganization& o, const std::string& filter) {
  const std::string key = liaison_bench::fold_key(filter);
  return key == liaison_bench::fold_key(o.acronym) || key == liaison_bench::fold_key(o.name) ||
         key == liaison_bench::fold_key(o.english_name);
}

bool same_text_ignoring_case(std::string_view a, std::string_view b) {
  return liaison_bench::to_lower(a) == liaison_bench::to_lower(b);
}

/// Whether a person answers the query: by an exact lookup (the e-mail or
/// phone asked for), or by matching every word and every filter.
bool person_answers(const SyntheticDirectory& generator, const Query& query,
                    const SyntheticPerson& p) {
  if (!query.email.empty()) {
    for (const auto& email : p.emails) {
      if (same_text_ignoring_case(email, query.email)) return true;
    }
  }
  if (!query.e164.empty()) {
    for (const auto& phone : p.phones) {
      if (phone.e164 == query.e164) return true;
    }
  }
  if (!all_words_match(query, record_words(generator, p))) return false;
  if (!query.org_filter.empty() &&
      !organization_answers(generator.organization(p.organization), query.org_filter)) {
    return false;
  }
  if (!query.country_filter.empty() && !same_text_ignoring_case(p.country, query.country_filter)) {
    return false;
  }
  if (!query.tag_filter.empty() &&
      std::find(p.tags.begin(), p.tags.end(), query.tag_filter) == p.tags.end()) {
    return false;
  }
  return true;
}

bool organization_hit_answers(const Query& query, const SyntheticOrganization& o) {
  if (!all_words_match(query, organization_words(o))) return false;
  if (!query.org_filter.empty() && !organization_answers(o, query.org_filter)) return false;
  if (!query.country_filter.empty() && !same_text_ignoring_case(o.country, query.country_filter)) {
    return false;
  }
  return query.tag_filter.empty();  // the generator gives organizations no tags
}

class QueryMaker {
 public:
  QueryMaker(const SyntheticDirectory& generator, std::uint64_t seed, Category category)
      : generator_(generator),
        rng_(seed ^ (0xA24BAED4963EE407ULL * (static_cast<std::uint64_t>(category) + 1))),
        category_(category) {}

  Query make(std::size_t number) {
    switch (category_) {
      case Category::prefix: return prefix();
      case Category::folded: return folded();
      case Category::cross_script: return cross_script(number % 2 == 0);
      case Category::typo: return typo();
      case Category::exact: return exact();
      case Category::email: return email();
      case Category::phone: return phone();
      case Category::filtered: return filtered(number % 3);
    }
    return {};
  }

 private:
  SyntheticPerson any_person() { return generator_.person(rng_.below(generator_.person_count())); }

  /// A person that satisfies `wanted`, else (after enough tries) any person.
  template <typename Wanted>
  SyntheticPerson person_where(Wanted wanted) {
    SyntheticPerson p = any_person();
    for (int tries = 0; tries < 400 && !wanted(p); ++tries) p = any_person();
    return p;
  }

  Query start(const SyntheticPerson& p, std::string text) {
    Query query;
    query.intended = p.index;
    query.text = std::move(text);
    query.words = liaison_bench::fold_words(query.text);
    return query;
  }

  Query prefix() {
    const SyntheticPerson p = any_person();
    Query query = start(p, typed_prefix(p, rng_.chance(50), rng_));
    query.anchor_prefix = query.text;
    return query;
  }

  Query folded() {
    const SyntheticPerson p = person_where([](const SyntheticPerson& candidate) {
      return !candidate.cyrillic && has_non_ascii(candidate.full_name());
    });
    Query query = start(p, liaison_bench::fold_key(p.full_name()));
    query.competitors = generator_.same_name_count(p);
    return query;
  }

  Query cross_script(bool from_cyrillic) {
    const SyntheticPerson p = person_where([&](const SyntheticPerson& candidate) {
      return from_cyrillic ? candidate.cyrillic
                           : !candidate.cyrillic && !candidate.full_name_cyrillic().empty();
    });
    Query query = start(p, p.cyrillic ? p.full_name_latin() : p.full_name_cyrillic());
    if (query.text.empty()) query = start(p, p.full_name());  // no such person: tiny directory
    query.competitors = generator_.same_name_count(p);
    return query;
  }

  Query typo() {
    for (;;) {
      const SyntheticPerson p = any_person();
      std::string given = liaison_bench::fold_key(p.given_latin);
      std::string family = liaison_bench::fold_key(p.family_latin);
      const bool long_given = given.size() >= 5 && given.find(' ') == std::string::npos;
      const bool long_family = family.size() >= 5 && family.find(' ') == std::string::npos;
      if (!long_given && !long_family) continue;
      std::string& target = (long_family && (!long_given || rng_.chance(70))) ? family : given;
      const std::string edited = with_one_typo(target, rng_);
      // A typo that spells (the start of) another name is no typo for the engine.
      if (edited.empty() || generator_.is_name_prefix(edited)) continue;
      target = edited;
      Query query = start(p, given + " " + family);
      query.competitors = generator_.same_name_count(p);
      return query;
    }
  }

  Query exact() {
    const SyntheticPerson p = any_person();
    Query query = start(p, p.full_name());
    query.competitors = generator_.same_name_count(p);
    return query;
  }

  Query email() {
    const SyntheticPerson p = any_person();
    const std::string& address = p.emails[rng_.below(p.emails.size())];
    Query query = start(p, liaison_bench::ascii_upper(address));
    query.email = address;
    query.competitors = 1;
    return query;
  }

  Query phone() {
    const SyntheticPerson p = any_person();
    const liaison_bench::SyntheticPhone& number = p.phones[rng_.below(p.phones.size())];
    const std::string zero_zero = "00" + number.e164.substr(1);
    std::vector<std::string> forms;
    if (number.stored == number.national) {
      forms = {number.international, number.e164, zero_zero};
    } else {
      forms = {number.e164, zero_zero};
      // A national form reads as a number of the directory's region (AL) only.
      if (p.country == "AL") forms.push_back(number.national);
    }
    Query query = start(p, forms[rng_.below(forms.size())]);
    query.e164 = number.e164;
    query.competitors = 1;
    return query;
  }

  Query filtered(std::size_t kind) {
    if (kind == 0) {
      const SyntheticPerson p = any_person();
      const SyntheticOrganization& o = generator_.organization(p.organization);
      const std::string prefix = typed_prefix(p, rng_.chance(50), rng_);
      Query query = start(p, prefix + " org:" + o.acronym);
      query.words = liaison_bench::fold_words(prefix);
      query.org_filter = o.acronym;
      // Colleagues whose record has a word with that prefix answer as well.
      std::size_t competitors = 0;
      for (std::uint32_t member : generator_.members_of(p.organization)) {
        const SyntheticPerson colleague = generator_.person(member);
        if (all_words_match(query, record_words(generator_, colleague))) ++competitors;
      }
      query.competitors = competitors;
      return query;
    }
    if (kind == 1) {
      const SyntheticPerson p = any_person();
      const std::string prefix = typed_prefix(p, rng_.chance(50), rng_);
      Query query = start(p, prefix + " country:" + p.country);
      query.words = liaison_bench::fold_words(prefix);
      query.country_filter = p.country;
      return query;
    }
    const SyntheticPerson p =
        person_where([](const SyntheticPerson& candidate) { return !candidate.tags.empty(); });
    const std::string tag =
        p.tags.empty() ? std::string("trafficking") : p.tags[rng_.below(p.tags.size())];
    Query query = start(p, p.full_name() + " tag:" + tag);
    query.words = liaison_bench::fold_words(p.full_name());
    query.tag_filter = tag;
    query.competitors = generator_.same_name_count(p);
    return query;
  }

  const SyntheticDirectory& generator_;
  liaison_bench::Rng rng_;
  Category category_;
};

// ---------------------------------------------------------------------------
// Running and judging the queries

struct Latencies {
  double p50 = 0, p99 = 0, max = 0;
  bool empty = true;
};

Latencies latencies_of(std::vector<double> ms) {
  Latencies l;
  if (ms.empty()) return l;
  std::sort(ms.begin(), ms.end());
  const auto rank = [&](double p) {
    const auto at = static_cast<std::size_t>(std::ceil(p * static_cast<double>(ms.size())));
    return ms[std::min(ms.size() - 1, at == 0 ? 0 : at - 1)];
  };
  l.p50 = rank(0.50);
  l.p99 = rank(0.99);
  l.max = ms.back();
  l.empty = false;
  return l;
}

struct CategoryResult {
  Category category = Category::prefix;
  std::vector<double> ms;
  std::size_t queries = 0;
  std::size_t errors = 0;
  std::size_t with_hits = 0;
  std::size_t found = 0;
  std::size_t crowded_out = 0;  // not found, but more than `limit` records answer as well
  std::size_t missed = 0;       // not found although few records answer as well: suspicious
  std::size_t hits = 0;
  std::size_t off_target = 0;  // hits that do not match the query
  std::vector<std::string> missed_examples;
  std::vector<std::string> off_target_examples;
  std::vector<std::string> error_examples;
  std::vector<std::pair<double, std::string>> slowest;  // (ms, query), slowest first
  Latencies latency;
};

std::string describe_person(const SyntheticDirectory& generator, const SyntheticPerson& p) {
  const SyntheticOrganization& o = generator.organization(p.organization);
  std::string text =
      p.full_name() + " (" + o.name + " [" + o.acronym + "], " + p.title + ", " + p.country;
  for (const auto& email : p.emails) text += ", " + email;
  for (const auto& phone : p.phones) text += ", " + phone.stored;
  if (!p.tags.empty()) {
    text += ", tags:";
    for (const auto& tag : p.tags) text += " " + tag;
  }
  return text + ")";
}

std::string describe_hit(const liaison::SearchHit& hit) {
  std::ostringstream out;
  out << (hit.kind == liaison::RecordKind::person ? "person " : "org ") << '"' << hit.name << '"';
  if (!hit.organization.empty()) out << " | " << hit.organization;
  if (!hit.title.empty()) out << " | " << hit.title;
  out << " | score " << hit.score << " | matched:";
  for (const auto& field : hit.matched_fields) out << ' ' << field;
  return out.str();
}

CategoryResult run_category(liaison::Directory& directory, const SyntheticDirectory& generator,
                            Category category, const std::vector<Query>& queries) {
  CategoryResult result;
  result.category = category;
  result.ms.reserve(queries.size());
  for (const Query& query : queries) {
    ++result.queries;
    std::vector<liaison::SearchHit> hits;
    const Clock::time_point start = Clock::now();
    try {
      hits = directory.search(query.text);
    } catch (const std::exception& error) {
      ++result.errors;
      if (result.error_examples.size() < examples_kept) {
        result.error_examples.push_back("'" + query.text + "': " + error.what());
      }
      continue;
    }
    result.ms.push_back(seconds_since(start) * 1000.0);
    // The slowest few, by text: what the p99 is made of, to replay.
    result.slowest.emplace_back(result.ms.back(), query.text);
    std::sort(result.slowest.begin(), result.slowest.end(), std::greater<>());
    if (result.slowest.size() > slowest_kept) result.slowest.pop_back();

    // Judge the answer (outside the timing).
    if (!hits.empty()) ++result.with_hits;
    bool found = false;
    for (const liaison::SearchHit& hit : hits) {
      ++result.hits;
      bool answers = false;
      if (hit.kind == liaison::RecordKind::person) {
        if (const auto index = SyntheticDirectory::person_index(hit.uid);
            index && *index < generator.person_count()) {
          found = found || *index == query.intended;
          answers = person_answers(generator, query, generator.person(*index));
        }
      } else if (hit.kind == liaison::RecordKind::organization) {
        if (const auto index = SyntheticDirectory::organization_index(hit.uid);
            index && *index < generator.organization_count()) {
          answers = organization_hit_answers(query, generator.organization(*index));
        }
      }
      if (!answers) {
        ++result.off_target;
        if (result.off_target_examples.size() < examples_kept) {
          result.off_target_examples.push_back("'" + query.text + "' returned " +
                                               describe_hit(hit));
        }
      }
    }
    if (found) {
      ++result.found;
    } else if (query.competitors == unknown || query.competitors > search_limit) {
      ++result.crowded_out;
    } else {
      ++result.missed;
      if (result.missed_examples.size() < examples_kept) {
        std::string text = "'" + query.text + "' wanted " +
                           describe_person(generator, generator.person(query.intended)) + "; " +
                           std::to_string(query.competitors) + " records answer as well; got " +
                           std::to_string(hits.size()) + " hits";
        for (std::size_t k = 0; k < hits.size() && k < 3; ++k) {
          text += "\n        " + std::to_string(k + 1) + ". " + describe_hit(hits[k]);
        }
        result.missed_examples.push_back(text);
      }
    }
  }
  result.latency = latencies_of(result.ms);
  return result;
}

// ---------------------------------------------------------------------------
// The directory

void remove_directory_files(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code ignored;
    fs::remove(path + suffix, ignored);
  }
}

/// Whether the file at options.db holds what the generator would build.
std::string reuse_problem(liaison::Directory& directory, const SyntheticDirectory& generator) {
  const std::size_t persons = directory.count(liaison::RecordKind::person);
  const std::size_t organizations = directory.count(liaison::RecordKind::organization);
  if (persons != generator.person_count() || organizations != generator.organization_count()) {
    return "it holds " + std::to_string(persons) + " persons and " + std::to_string(organizations) +
           " organizations, not " + std::to_string(generator.person_count()) + " and " +
           std::to_string(generator.organization_count());
  }
  for (std::size_t index : {std::size_t{0}, generator.person_count() - 1}) {
    const SyntheticPerson p = generator.person(index);
    const auto id = directory.id_of_uid(p.uid);
    if (!id || directory.get_person(*id).name() != p.full_name()) {
      return "person " + std::to_string(index) + " is not " + p.full_name() +
             " (built with another --seed?)";
    }
  }
  return {};
}

liaison::Directory open_or_build(const Options& options, const SyntheticDirectory& generator) {
  liaison::OpenOptions open;
  open.actor = "search_bench";
  open.default_region = "AL";
  if (options.reuse && fs::exists(options.db)) {
    open.create = false;
    liaison::Directory directory = liaison::Directory::open(options.db, open);
    const std::string problem = reuse_problem(directory, generator);
    if (!problem.empty()) {
      throw std::runtime_error("--reuse: " + options.db + " was not built by this run's " +
                               "--persons and --seed: " + problem +
                               "; remove it or run without --reuse");
    }
    std::cout << "directory: reused " << options.db << "\n";
    return directory;
  }

  remove_directory_files(options.db);
  const fs::path parent = fs::path(options.db).parent_path();
  if (!parent.empty()) fs::create_directories(parent);
  liaison::Directory directory = liaison::Directory::open(options.db, open);
  std::cout << "directory: building " << options.db << " (transactions of 5000 writes)\n"
            << std::flush;
  const Clock::time_point start = Clock::now();
  std::size_t next_report = std::max<std::size_t>(1, generator.person_count() / 10);
  generator.build(directory, 5000, [&](std::size_t done) {
    if (done < next_report || done == generator.person_count()) return;
    std::cout << "  " << done << " persons written, " << std::fixed << std::setprecision(1)
              << seconds_since(start) << " s\n"
              << std::flush;
    next_report += std::max<std::size_t>(1, generator.person_count() / 10);
  });
  const double seconds = seconds_since(start);
  std::cout << "directory build: " << std::fixed << std::setprecision(2) << seconds << " s ("
            << std::setprecision(0) << static_cast<double>(generator.person_count()) / seconds
            << " persons/s, each with one affiliation; the search index is kept current on "
               "every write)\n";
  std::error_code size_error;
  const auto bytes = fs::file_size(options.db, size_error);
  if (!size_error) {
    std::cout << "directory file: " << std::setprecision(1)
              << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MiB\n";
  }
  return directory;
}

// ---------------------------------------------------------------------------
// The anchor: bare SQLite FTS5 over the same text, through the sqlite3 shell

struct Anchor {
  bool ran = false;
  std::string problem;  // why it did not run, or what went wrong
  double create_s = 0;
  double build_s = 0;  // INSERT INTO f SELECT * FROM rows
  std::vector<double> query_ms;
  std::size_t with_hits = 0;
  Latencies latency;
};

std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string tsv_field(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '"') c = ' ';
  }
  return text;
}

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) out += ' ';
    out += value;
  }
  return out;
}

std::string read_file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Anchor run_anchor(const Options& options, const SyntheticDirectory& generator,
                  const std::vector<Query>& prefix_queries) {
  Anchor anchor;
  if (std::system("command -v sqlite3 >/dev/null 2>&1") != 0) {
    anchor.problem =
        "the sqlite3 command-line shell is not installed, so there is no FTS5 anchor "
        "(Debian: apt-get install -y sqlite3)";
    return anchor;
  }
  const fs::path dir = fs::absolute(options.anchor_dir);
  fs::create_directories(dir);
  const fs::path tsv = dir / "persons.tsv";
  const fs::path script = dir / "anchor.sql";
  const fs::path db = dir / "anchor.db";
  const fs::path out = dir / "anchor.out";
  const fs::path err = dir / "anchor.err";
  remove_directory_files(db.string());

  {
    std::ofstream file(tsv, std::ios::binary);
    for (std::size_t i = 0; i < generator.person_count(); ++i) {
      const SyntheticPerson p = generator.person(i);
      const SyntheticOrganization& o = generator.organization(p.organization);
      file << tsv_field(p.full_name()) << '\t' << tsv_field(o.name) << '\t' << tsv_field(p.title)
           << '\t' << tsv_field(join(p.emails)) << '\t' << tsv_field(join(p.tags)) << '\t'
           << tsv_field(p.notes) << '\n';
    }
    if (!file) {
      anchor.problem = "cannot write " + tsv.string();
      return anchor;
    }
  }
  {
    std::ofstream file(script, std::ios::binary);
    file << "CREATE TABLE rows(name TEXT, organization TEXT, title TEXT, contact TEXT, "
            "tags TEXT, notes TEXT);\n"
         << ".mode tabs\n"
         << ".import \"" << tsv.string() << "\" rows\n"
         << ".timer on\n"
         << "CREATE VIRTUAL TABLE f USING fts5(name, organization, title, contact, tags, "
            "notes);\n"
         << "INSERT INTO f SELECT * FROM rows;\n";
    for (const Query& query : prefix_queries) {
      std::string phrase;  // an FTS5 string doubles its quotes, an SQL literal its apostrophes
      for (char c : query.anchor_prefix)
        phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
      std::string literal = "\"" + phrase + "\" *";
      std::string sql;
      for (char c : literal) sql += c == '\'' ? std::string("''") : std::string(1, c);
      file << "SELECT rowid FROM f WHERE f MATCH '" << sql << "' ORDER BY bm25(f) LIMIT 20;\n";
    }
    if (!file) {
      anchor.problem = "cannot write " + script.string();
      return anchor;
    }
  }

  const std::string command = "sqlite3 -batch " + shell_quote(db.string()) + " < " +
                              shell_quote(script.string()) + " > " + shell_quote(out.string()) +
                              " 2> " + shell_quote(err.string());
  const int status = std::system(command.c_str());
  const std::string errors = read_file_text(err);

  // Each statement prints its rows, then its "Run Time: real X user Y sys Z" line.
  std::vector<std::pair<double, std::size_t>> runs;  // seconds, rows
  std::istringstream lines(read_file_text(out));
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line);) {
    constexpr std::string_view marker = "Run Time: real ";
    if (line.compare(0, marker.size(), marker) == 0) {
      runs.emplace_back(std::strtod(line.c_str() + marker.size(), nullptr), rows);
      rows = 0;
    } else if (!line.empty()) {
      ++rows;
    }
  }
  if (status != 0 || !errors.empty() || runs.size() != 2 + prefix_queries.size()) {
    anchor.problem = "the sqlite3 run did not go as planned (exit status " +
                     std::to_string(status) + ", " + std::to_string(runs.size()) + " timings for " +
                     std::to_string(2 + prefix_queries.size()) + " statements)" +
                     (errors.empty() ? std::string() : ": " + errors.substr(0, 400)) + "; see " +
                     dir.string();
    if (runs.size() < 2) return anchor;
  }
  anchor.ran = true;
  anchor.create_s = runs[0].first;
  anchor.build_s = runs[1].first;
  for (std::size_t k = 2; k < runs.size(); ++k) {
    anchor.query_ms.push_back(runs[k].first * 1000.0);
    if (runs[k].second > 0) ++anchor.with_hits;
  }
  anchor.latency = latencies_of(anchor.query_ms);
  return anchor;
}

// ---------------------------------------------------------------------------
// Printing

std::string ms_text(double ms) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(ms < 10 ? 3 : 1) << ms;
  return out.str();
}

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "-";
  std::ostringstream out;
  out << std::fixed << std::setprecision(1)
      << 100.0 * static_cast<double>(part) / static_cast<double>(whole) << '%';
  return out.str();
}

void print_results(const std::vector<CategoryResult>& results) {
  std::cout << "\nlatency (ms, one search each, default options: limit " << search_limit
            << ") and what came back\n";
  std::cout << std::left << std::setw(13) << "category" << std::right << std::setw(8) << "queries"
            << std::setw(9) << "p50" << std::setw(9) << "p99" << std::setw(9) << "max"
            << std::setw(11) << "with hits" << std::setw(9) << "found" << std::setw(9) << "crowded"
            << std::setw(8) << "missed" << std::setw(12) << "off-target" << std::setw(8) << "errors"
            << '\n';
  for (const CategoryResult& r : results) {
    std::cout << std::left << std::setw(13) << name_of(r.category) << std::right << std::setw(8)
              << r.queries << std::setw(9) << ms_text(r.latency.p50) << std::setw(9)
              << ms_text(r.latency.p99) << std::setw(9) << ms_text(r.latency.max) << std::setw(11)
              << percent(r.with_hits, r.queries) << std::setw(9) << percent(r.found, r.queries)
              << std::setw(9) << r.crowded_out << std::setw(8) << r.missed << std::setw(12)
              << (std::to_string(r.off_target) + "/" + std::to_string(r.hits)) << std::setw(8)
              << r.errors << '\n';
  }
  std::cout << "  with hits: queries that returned at least one hit; found: the person the query\n"
               "  was made from is among the hits; crowded: not found, but more records than the\n"
               "  limit answer as well (or the count is not computed: prefix, country:), so no\n"
               "  bug; missed: not found although few records answer as well (suspicious);\n"
               "  off-target: hits matching neither the words (prefix or typo) nor the filters.\n";
  for (const CategoryResult& r : results) {
    if (r.missed_examples.empty() && r.off_target_examples.empty() && r.error_examples.empty()) {
      continue;
    }
    std::cout << "\n" << name_of(r.category) << ": examples\n";
    for (const auto& text : r.error_examples) std::cout << "  error: " << text << '\n';
    for (const auto& text : r.missed_examples) std::cout << "  missed: " << text << '\n';
    for (const auto& text : r.off_target_examples) std::cout << "  off-target: " << text << '\n';
  }
  std::cout << "\nslowest queries per category (ms)\n";
  for (const CategoryResult& r : results) {
    std::cout << "  " << name_of(r.category) << ":";
    for (const auto& [ms, text] : r.slowest) std::cout << "  " << ms_text(ms) << " '" << text << "'";
    std::cout << '\n';
  }
}

const char* verdict(bool ok) { return ok ? "met" : "MISSED"; }

void print_summary(const Options& options, const SyntheticDirectory& generator,
                   double index_build_s, const std::vector<CategoryResult>& results,
                   const Anchor& anchor) {
  const auto result_of = [&](Category c) -> const CategoryResult& {
    return *std::find_if(results.begin(), results.end(),
                         [&](const CategoryResult& r) { return r.category == c; });
  };
  std::cout << "\n== summary: " << generator.person_count() << " persons, "
            << generator.organization_count() << " organizations, seed " << options.seed << " ==\n";
  std::cout << std::fixed << std::setprecision(3);
  std::cout << "index build (rebuild_search_index): " << index_build_s << " s\n";
  if (anchor.ran) {
    const double ratio = anchor.build_s > 0 ? index_build_s / anchor.build_s : 0;
    std::cout << "anchor build (FTS5 INSERT ... SELECT): " << anchor.build_s << " s\n"
              << "ratio index/anchor: " << std::setprecision(2) << ratio
              << "  (target <= " << target_build_ratio << ": "
              << verdict(anchor.build_s > 0 && ratio <= target_build_ratio) << ")\n";
  } else {
    std::cout << "anchor: not run: " << anchor.problem << '\n';
  }
  std::cout << std::left << std::setw(14) << "category" << std::right << std::setw(10) << "p50 ms"
            << std::setw(10) << "p99 ms"
            << "   target\n";
  for (const CategoryResult& r : results) {
    std::cout << std::left << std::setw(14) << name_of(r.category) << std::right << std::setw(10)
              << ms_text(r.latency.p50) << std::setw(10) << ms_text(r.latency.p99);
    double target = 0;
    switch (r.category) {
      case Category::prefix: target = target_prefix_p99_ms; break;
      case Category::exact:
      case Category::email:
      case Category::phone: target = target_lookup_p99_ms; break;
      case Category::typo: target = target_typo_p99_ms; break;
      default: break;
    }
    if (target > 0) {
      std::cout << "   p99 <= " << ms_text(target) << ": "
                << verdict(!r.latency.empty && r.latency.p99 <= target);
    }
    std::cout << '\n';
  }
  if (anchor.ran) {
    std::cout << std::left << std::setw(14) << "anchor prefix" << std::right << std::setw(10)
              << ms_text(anchor.latency.p50) << std::setw(10) << ms_text(anchor.latency.p99)
              << "   (sqlite3 .timer, 1 ms resolution; " << anchor.with_hits << "/"
              << anchor.query_ms.size() << " with hits)\n";
  }
  const CategoryResult& prefix = result_of(Category::prefix);
  std::cout << "liaison prefix p99 / anchor prefix p99: ";
  if (anchor.ran && anchor.latency.p99 > 0) {
    std::cout << std::setprecision(2) << prefix.latency.p99 / anchor.latency.p99 << '\n';
  } else {
    std::cout << "-\n";
  }
  std::size_t missed = 0, off_target = 0, errors = 0;
  for (const CategoryResult& r : results) {
    missed += r.missed;
    off_target += r.off_target;
    errors += r.errors;
  }
  std::cout << "sanity: " << missed << " suspicious misses, " << off_target << " off-target hits, "
            << errors << " errors"
            << (missed + off_target + errors > 0 ? " (see the examples above)" : "") << '\n';
}

// ---------------------------------------------------------------------------

int run(const Options& options) {
  std::cout << "search_bench: liaison " << liaison::version() << ", " << options.persons
            << " persons, seed " << options.seed << ", " << options.queries
            << " queries per category\n";

  Clock::time_point start = Clock::now();
  const SyntheticDirectory generator(options.persons, options.seed);
  std::cout << "generator: " << generator.organization_count() << " organizations, " << std::fixed
            << std::setprecision(2) << seconds_since(start) << " s\n"
            << std::flush;

  liaison::Directory directory = open_or_build(options, generator);

  double index_build_s = 0;
  if (!options.queries_only) {
    start = Clock::now();
    directory.rebuild_search_index();
    index_build_s = seconds_since(start);
    std::cout << "index build (rebuild_search_index): " << std::fixed << std::setprecision(3)
              << index_build_s << " s\n"
              << std::flush;
  }
  // Searches come from other processes than the rebuild (the CLI, an app),
  // and the rebuild's process, when it closes the file, folds SQLite's
  // write-ahead log (some 2 GB at 1M) into it; reading through that log's
  // index instead would measure the rebuild's leftovers, not the search.
  // (Closed before it is opened again: only the last connection to close
  // checkpoints the log.)
  { liaison::Directory closing = std::move(directory); }
  directory = liaison::Directory::open(options.db);

  std::vector<Category> chosen;
  for (Category category : categories) {
    if (options.only.empty() || std::find(options.only.begin(), options.only.end(),
                                          name_of(category)) != options.only.end()) {
      chosen.push_back(category);
    }
  }
  if (chosen.empty()) throw UsageError{"--category: no category has that name"};
  std::vector<std::vector<Query>> queries;
  for (Category category : chosen) {
    QueryMaker maker(generator, options.seed, category);
    std::vector<Query> list;
    list.reserve(options.queries);
    for (std::size_t k = 0; k < options.queries; ++k) list.push_back(maker.make(k));
    queries.push_back(std::move(list));
  }

  // Warm the page cache and the statement cache before timing anything.
  const std::size_t warm_up = std::min<std::size_t>(50, options.queries);
  for (const auto& list : queries) {
    for (std::size_t k = 0; k < warm_up; ++k) {
      try {
        directory.search(list[list.size() - 1 - k].text);
      } catch (const std::exception&) {
        // counted when the query is timed
      }
    }
  }

  std::vector<CategoryResult> results;
  for (std::size_t c = 0; c < chosen.size(); ++c) {
    std::cout << "  " << std::left << std::setw(13) << name_of(chosen[c])
              << what_is_asked(chosen[c]) << ", e.g. '" << queries[c].front().text << "'\n"
              << std::flush;
    results.push_back(run_category(directory, generator, chosen[c], queries[c]));
  }
  print_results(results);
  // The anchor times the prefix queries, and the summary needs every category.
  if (options.queries_only || !options.only.empty()) return std::cout ? 0 : 1;

  std::cout << "\nanchor: bare FTS5 in the sqlite3 shell, files in " << options.anchor_dir << '\n'
            << std::flush;
  start = Clock::now();
  const Anchor anchor = run_anchor(options, generator, queries[0]);
  if (anchor.ran) {
    std::cout << "anchor: FTS5 build " << std::fixed << std::setprecision(3) << anchor.build_s
              << " s, prefix p50 " << ms_text(anchor.latency.p50) << " ms, p99 "
              << ms_text(anchor.latency.p99) << " ms (whole run " << std::setprecision(1)
              << seconds_since(start) << " s)\n";
  }
  if (!anchor.problem.empty()) std::cout << "anchor: " << anchor.problem << '\n';

  print_summary(options, generator, index_build_s, results, anchor);
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  try {
    options = parse_options(argc, argv);
  } catch (const UsageError& error) {
    std::cerr << "search_bench: " << error.message << '\n' << usage_text;
    return 2;
  }
  try {
    return run(options);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "search_bench: " << error.what() << '\n';
    return 1;
  }
}
