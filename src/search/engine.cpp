#include "search/engine.hpp"

#include <liaison/error.hpp>

#include "search/index_document.hpp"
#include "search/query_parser.hpp"
#include "search/typo.hpp"
#include "text/country.hpp"
#include "text/email.hpp"
#include "text/fold.hpp"
#include "text/phone.hpp"
#include "text/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <queue>
#include <set>
#include <unordered_set>

// The plan, and why.
//
// Ranking is by a score that is a sum over the query's words: a word that
// matched without a typo adds 100 plus the weight of the best column it
// matched in (times 0.8 for a prefix match), a word that needed a typo adds
// half the column's weight. So hits that needed no typo always come first,
// and names outrank organizations, titles and notes. Exact name, acronym,
// e-mail and phone lookups add 10000. Equal scores keep id order.
//
// Scoring every match is what makes bm25 ranking slow at a million records
// ("jov" matches tens of thousands). Because the score takes few values,
// the engine instead asks FTS5 for the matches of one score class at a
// time, best class first ("every word exactly in names", then "the first
// word exactly in names and the second as a prefix in names", ...), each
// in rowid order, and stops as soon as the page is full. A record shows up
// first in the class of its true score, since a higher class would have
// needed a better match; later classes skip it. A query with few matches
// (at most small_result_cap) is simply scored in full, which gives the
// same order.

namespace liaison {
inline namespace v1 {
namespace search {
namespace {

constexpr std::size_t small_result_cap = 64;
constexpr std::size_t max_class_groups = 64;
constexpr std::size_t max_corrections = 16;
constexpr std::size_t fetch_batch = 64;
constexpr double key_match_score = 10000.0;

// How a word matched: as itself, as the start of a longer word, or one or
// two edits away.
enum class Quality { exact, prefix, typo, far_typo };

double option_score(Quality quality, double weight) {
  switch (quality) {
    case Quality::exact: return 100.0 + weight;
    case Quality::prefix: return 100.0 + 0.8 * weight;
    case Quality::typo: return 0.5 * weight;
    case Quality::far_typo: return 0.3 * weight;
  }
  return 0;
}

// Prefixes up to this many letters have an FTS5 prefix index (the table's
// prefix = '2 3 4'); a longer one is spelled out as the words it begins
// when the word list has at most spelled_out_limit of them.
constexpr std::size_t indexed_prefix_letters = 4;
constexpr std::size_t spelled_out_limit = 1024;
// FTS5 reads an OR of words by stepping over all of them for each row it
// passes, so an expression lists at most this many; past that (the
// e-mail addresses that begin "drita" in some columns), FTS5's own prefix
// merge is the cheaper.
constexpr std::size_t spelled_out_per_expression = 64;

// One folded word of the query and what it may match.
struct Term {
  std::string word;
  bool prefix = false;                       // also as the start of a longer word
  std::vector<std::string> corrections;      // words of the index one edit away
  std::vector<std::string> far_corrections;  // and two edits away (long words)

  // From the word list, when the directory has one: which columns hold the
  // word and each correction, and the longer words the prefix stands for.
  bool listed = false;
  ColumnMask columns = 0;
  std::vector<ColumnMask> correction_columns;      // one per correction
  std::vector<ColumnMask> far_correction_columns;  // one per far correction
  std::optional<std::vector<storage::ListedWord>> longer;
};

// The words of `words` that the word list puts in one of `wanted` (all of
// them without a word list: `columns` is then empty).
std::vector<std::string> words_in(const std::vector<std::string>& words,
                                  const std::vector<ColumnMask>& columns, ColumnMask wanted) {
  if (columns.size() != words.size()) return words;
  std::vector<std::string> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if ((columns[i] & wanted) != 0) found.push_back(words[i]);
  }
  return found;
}

std::vector<std::string> longer_words_in(const Term& term, ColumnMask wanted) {
  std::vector<std::string> found;
  for (const auto& listed : *term.longer) {
    if ((listed.columns & wanted) != 0) found.push_back(listed.word);
  }
  return found;
}

std::string fts_string(std::string_view word) {
  std::string out = "\"";
  for (char c : word) {
    out += c;
    if (c == '"') out += '"';
  }
  out += '"';
  return out;
}

// Built by appending: GCC 12 at -O3 takes "literal" + std::string for a
// copy of 2^63 bytes (a false -Wstringop-overflow).
std::string parenthesized(std::string_view expression) {
  std::string out(1, '(');
  out.append(expression);
  out.push_back(')');
  return out;
}

ColumnMask mask_of(const std::vector<Column>& columns) {
  ColumnMask mask = 0;
  for (Column column : columns) mask |= column_bit(column);
  return mask;
}

std::string column_set(const std::vector<Column>& columns) {
  std::string out = "{";
  for (Column column : columns) {
    if (out.size() > 1) out += ' ';
    out += column_info(column).index_name;
  }
  return out + "}";
}

std::string any_of(const std::vector<std::string>& words) {
  std::string out = "(";
  for (const auto& word : words) {
    if (out.size() > 1) out += " OR ";
    out += fts_string(word);
  }
  return out + ")";
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::vector<std::string> split_words(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) words.emplace_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// ---- scoring a stored row, for small results and for the page shown ----

struct Scored {
  double score = 0;
  std::vector<Column> columns;  // where the words matched, best first
};

std::optional<Scored> score_row(const storage::StoredText& text, const std::vector<Term>& terms,
                                const std::vector<Column>& allowed) {
  std::array<std::vector<std::string>, column_count> words;
  for (Column column : allowed) {
    words[static_cast<std::size_t>(column)] =
        split_words(text.columns[static_cast<std::size_t>(column)]);
  }
  Scored scored;
  std::vector<std::pair<double, Column>> best_columns;
  for (const auto& term : terms) {
    double best = -1;
    Column best_column = Column::names;
    for (Column column : allowed) {
      const double weight = column_info(column).weight;
      for (const auto& word : words[static_cast<std::size_t>(column)]) {
        double score = -1;
        if (word == term.word) {
          score = option_score(Quality::exact, weight);
        } else if (term.prefix && starts_with(word, term.word)) {
          score = option_score(Quality::prefix, weight);
        } else if (std::find(term.corrections.begin(), term.corrections.end(), word) !=
                   term.corrections.end()) {
          score = option_score(Quality::typo, weight);
        } else if (std::find(term.far_corrections.begin(), term.far_corrections.end(), word) !=
                   term.far_corrections.end()) {
          score = option_score(Quality::far_typo, weight);
        }
        if (score > best) {
          best = score;
          best_column = column;
        }
      }
    }
    if (best < 0) return std::nullopt;
    scored.score += best;
    best_columns.emplace_back(best, best_column);
  }
  std::stable_sort(best_columns.begin(), best_columns.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [score, column] : best_columns) {
    if (std::find(scored.columns.begin(), scored.columns.end(), column) == scored.columns.end()) {
      scored.columns.push_back(column);
    }
  }
  return scored;
}

// ---- exact mode: the words as typed must be words of the record ----

bool is_word_character(UChar32 c) {
  if (c < 0) return false;
  const auto category = u_charType(c);
  return u_isalnum(c) || category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK ||
         category == U_ENCLOSING_MARK;
}

UChar32 first_code_point(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t i = 0;
  UChar32 c = -1;
  if (!text.empty()) U8_NEXT(bytes, i, static_cast<std::int32_t>(text.size()), c);
  return c;
}

UChar32 last_code_point(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  auto i = static_cast<std::int32_t>(text.size());
  UChar32 c = -1;
  if (!text.empty()) U8_PREV(bytes, 0, i, c);
  return c;
}

// Whether `word` occurs in `text` with no letter or digit glued to either
// side (where the word itself begins or ends with one).
bool contains_word(std::string_view text, std::string_view word) {
  if (word.empty()) return true;
  const bool open_start = is_word_character(first_code_point(word));
  const bool open_end = is_word_character(last_code_point(word));
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const bool left =
        !open_start || at == 0 || !is_word_character(last_code_point(text.substr(0, at)));
    const std::size_t end = at + word.size();
    const bool right =
        !open_end || end == text.size() || !is_word_character(first_code_point(text.substr(end)));
    if (left && right) return true;
  }
  return false;
}

// ---- filters ----

struct Filters {
  std::vector<std::string> constraints;              // FTS5 sub-expressions, all required
  std::vector<std::vector<RecordId>> organizations;  // per org: filter, the ids it names
  std::vector<std::vector<std::string>> titles;      // per title: filter, its folded words
  AffiliationFilter scope;
  bool persons = true;
  bool organizations_wanted = true;
  bool impossible = false;  // a filter names nothing stored: no hits

  bool verifies() const { return !organizations.empty() || !titles.empty(); }
};

template <typename T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

std::vector<RecordId> events_named(storage::RecordStore& store, std::string_view name) {
  const auto wanted = split_words(text::fold(name));
  std::vector<RecordId> ids;
  if (wanted.empty()) return ids;
  for (RecordId id : store.list_ids(RecordKind::event, {})) {
    const auto event = store.read_event(id);
    if (!event) continue;
    const auto words = split_words(text::fold(event->name));
    const bool all = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
      return std::any_of(words.begin(), words.end(),
                         [&](const std::string& word) { return starts_with(word, w); });
    });
    if (all) ids.push_back(id);
  }
  return ids;
}

Filters resolve_filters(storage::RecordStore& store, ParsedQuery& query,
                        const SearchOptions& options) {
  Filters filters;
  append(query.organizations, options.organizations);
  append(query.countries, options.countries);
  append(query.tags, options.tags);
  append(query.titles, options.titles);
  append(query.events, options.events);

  for (RecordKind kind : options.kinds) {
    if (kind != RecordKind::person && kind != RecordKind::organization) {
      throw Error(
          errc::invalid_argument,
          std::string("kinds: search finds persons and organizations, not ") + to_string(kind));
    }
  }
  auto wants = [](const std::vector<RecordKind>& kinds, RecordKind kind) {
    return kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
  };
  filters.persons =
      wants(query.kinds, RecordKind::person) && wants(options.kinds, RecordKind::person);
  filters.organizations_wanted = wants(query.kinds, RecordKind::organization) &&
                                 wants(options.kinds, RecordKind::organization);
  // Titles belong to affiliations, which only persons hold.
  if (!query.titles.empty()) filters.organizations_wanted = false;
  if (!filters.persons && !filters.organizations_wanted) filters.impossible = true;
  if (filters.persons != filters.organizations_wanted) {
    filters.constraints.push_back(
        std::string(facets_column) + " : " +
        fts_string(kind_token(filters.persons ? RecordKind::person : RecordKind::organization)));
  }

  if (query.as_of && options.as_of && *query.as_of != *options.as_of) {
    throw Error(errc::invalid_argument, "as-of: the query says " + query.as_of->to_string() +
                                            " and the options say " + options.as_of->to_string());
  }
  if (const auto day = query.as_of ? query.as_of : options.as_of) {
    filters.scope = AffiliationFilter::on(*day);
  } else if (options.all_time) {
    filters.scope = AffiliationFilter::all_time();
  }

  for (const auto& name : query.organizations) {
    const std::string key = text::fold(name);
    const auto ids =
        key.empty() ? std::vector<RecordId>{} : store.organization_ids_by_folded_name(key);
    if (ids.empty()) {
      filters.impossible = true;
      continue;
    }
    std::vector<std::string> tokens;
    for (RecordId id : ids) tokens.push_back(organization_token(id));
    filters.constraints.push_back(std::string(facets_column) + " : " + any_of(tokens));
    filters.organizations.push_back(ids);
  }
  for (const auto& name : query.countries) {
    const auto code = text::country_code(name);
    if (!code) {
      throw Error(errc::invalid_argument,
                  "country: '" + name + "' is neither a country name nor an ISO 3166-1 code");
    }
    filters.constraints.push_back(std::string(facets_column) + " : " +
                                  fts_string(country_token(*code)));
  }
  for (const auto& tag : query.tags) {
    const std::string token = tag_token(tag);
    if (token.size() <= 1)
      throw Error(errc::invalid_argument, "tag: '" + tag + "' has no letters or digits");
    filters.constraints.push_back(std::string(facets_column) + " : " + fts_string(token));
  }
  for (const auto& name : query.events) {
    const auto ids = events_named(store, name);
    if (ids.empty()) {
      filters.impossible = true;
      continue;
    }
    std::vector<std::string> tokens;
    for (RecordId id : ids) tokens.push_back(event_token(id));
    filters.constraints.push_back(std::string(facets_column) + " : " + any_of(tokens));
  }
  for (const auto& title : query.titles) {
    auto words = split_words(text::fold(title));
    if (words.empty())
      throw Error(errc::invalid_argument, "title: '" + title + "' has no letters or digits");
    const std::string columns =
        filters.scope.scope == AffiliationFilter::Scope::current ? "{title}" : "{title former}";
    for (const auto& word : words)
      filters.constraints.push_back(columns + " : " + fts_string(word) + " *");
    filters.titles.push_back(std::move(words));
  }
  return filters;
}

// Organization filters and title filters must hold for one affiliation in
// the wanted scope (current, all time, on a day); the index only narrows.
class Verifier {
 public:
  Verifier(storage::RecordStore& store, const Filters& filters)
      : store_(store), filters_(filters) {}

  bool holds(RecordId id, RecordKind kind) {
    if (!filters_.verifies()) return true;
    if (kind == RecordKind::organization) {
      // org:OSCE asks who is at OSCE: its units are, OSCE itself is not.
      if (!filters_.titles.empty()) return false;
      const auto organization = store_.read_organization(id);
      if (!organization || !organization->parent_id) return filters_.organizations.empty();
      return within(chain_of(*organization->parent_id));
    }
    return !matching_affiliations(id).empty();
  }

  /// The person's affiliations in scope that satisfy the filters, primary first.
  std::vector<Affiliation> matching_affiliations(RecordId person_id) {
    std::vector<Affiliation> found;
    for (RecordId affiliation_id : store_.affiliation_ids_of_person(person_id)) {
      auto affiliation = store_.read_affiliation(affiliation_id);
      if (!affiliation || !filters_.scope.matches(*affiliation)) continue;
      if (satisfies(*affiliation)) found.push_back(std::move(*affiliation));
    }
    std::stable_sort(found.begin(), found.end(), [](const Affiliation& a, const Affiliation& b) {
      return a.primary && !b.primary;
    });
    return found;
  }

 private:
  // Whether every organization filter names one of `chain`.
  bool within(const std::vector<RecordId>& chain) const {
    for (const auto& ids : filters_.organizations) {
      const bool any = std::any_of(ids.begin(), ids.end(), [&](RecordId id) {
        return std::find(chain.begin(), chain.end(), id) != chain.end();
      });
      if (!any) return false;
    }
    return true;
  }

  bool satisfies(const Affiliation& affiliation) {
    if (!filters_.organizations.empty() && !within(chain_of(affiliation.organization_id))) {
      return false;
    }
    if (!filters_.titles.empty()) {
      const auto words = split_words(
          text::fold(affiliation.title + " " + affiliation.role + " " + affiliation.department));
      for (const auto& title : filters_.titles) {
        for (const auto& wanted : title) {
          const bool found = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
            return starts_with(w, wanted);
          });
          if (!found) return false;
        }
      }
    }
    return true;
  }

  std::vector<RecordId> chain_of(RecordId organization_id) {
    std::vector<RecordId> chain;
    std::optional<RecordId> next = organization_id;
    while (next && chain.size() < 64 &&
           std::find(chain.begin(), chain.end(), *next) == chain.end()) {
      chain.push_back(*next);
      const auto organization = store_.read_organization(*next);
      next = organization ? organization->parent_id : std::nullopt;
    }
    return chain;
  }

  storage::RecordStore& store_;
  const Filters& filters_;
};

// ---- the words ----

// Finds, for every word of five letters or more, the index's words one or
// two edits away. Costs a few lookups a word, so it waits until the word
// search is sure to run.
void add_corrections(storage::SearchRows& rows, std::vector<Term>& terms) {
  for (auto& term : terms) {
    const std::size_t budget = typo_budget(term.word);
    if (budget == 0 || !term.prefix) continue;  // no prefix: exact mode or an initial
    std::vector<std::string> probes = deletion_variants(term.word);
    probes.push_back(term.word);
    std::vector<std::pair<std::size_t, std::string>> near;
    for (auto& candidate : rows.terms_near(probes)) {
      if (candidate == term.word || starts_with(candidate, term.word)) continue;
      const std::size_t distance = edit_distance(term.word, candidate, budget);
      if (distance <= budget) near.emplace_back(distance, std::move(candidate));
    }
    std::sort(near.begin(), near.end());
    if (near.size() > max_corrections) near.resize(max_corrections);
    for (auto& [distance, candidate] : near) {
      (distance <= 1 ? term.corrections : term.far_corrections).push_back(std::move(candidate));
    }
    if (term.listed) {
      for (const auto& word : term.corrections) {
        term.correction_columns.push_back(rows.word_columns(word));
      }
      for (const auto& word : term.far_corrections) {
        term.far_correction_columns.push_back(rows.word_columns(word));
      }
    }
  }
}

// What the word list says about each word: the columns that hold it and,
// for a prefix longer than FTS5's prefix indexes, the words it begins.
void look_up_terms(storage::SearchRows& rows, std::vector<Term>& terms) {
  if (!rows.words_listed()) return;
  for (auto& term : terms) {
    term.listed = true;
    term.columns = rows.word_columns(term.word);
    if (term.prefix && text::utf8_length(term.word) > indexed_prefix_letters) {
      term.longer = rows.words_starting(term.word, spelled_out_limit);
    }
  }
}

/// The query's words, folded, each once, without typo corrections yet.
std::vector<Term> read_terms(const ParsedQuery& query, bool exact) {
  std::vector<Term> terms;
  for (const auto& typed : query.words) {
    for (auto& word : split_words(text::fold(typed))) {
      const bool known =
          std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.word == word; });
      if (known) continue;
      Term term;
      term.word = std::move(word);
      // One letter is an initial ("G. Neuhaus"): as a prefix it would match
      // nearly everything.
      term.prefix = !exact && text::utf8_length(term.word) >= 2;

      terms.push_back(std::move(term));
    }
  }
  if (terms.size() > max_query_words) {
    throw Error(errc::invalid_argument, "the query has " + std::to_string(terms.size()) +
                                            " words once folded; at most " +
                                            std::to_string(max_query_words) + " are searched");
  }
  return terms;
}

// What `term` matches as a prefix only (not the word itself), in some
// columns; empty when the word list says that is nothing.
std::string prefix_expression(const Term& term, const std::vector<Column>& columns) {
  const std::string set = column_set(columns);
  const ColumnMask wanted = mask_of(columns);
  std::string longer;
  std::vector<std::string> words;
  if (term.longer) {
    words = longer_words_in(term, wanted);
    if (words.empty()) return {};
  }
  if (term.longer && words.size() <= spelled_out_per_expression) {
    longer = set + " : " + any_of(words);
    if (term.listed && (term.columns & wanted) == 0) return longer;
  } else {
    longer = set + " : " + fts_string(term.word) + " *";
  }
  return parenthesized(longer + " NOT " + set + " : " + fts_string(term.word));
}

// Staff also type questions: "who do we know at Europol about financial
// investigations". The English function words of such a question would
// have to match too (every word must), so they are dropped, as long as
// some other word remains. Letters alone stay: they are initials.
bool is_function_word(const std::string& folded) {
  static const std::set<std::string, std::less<>> words = {
      "a",  "about", "an",   "and",   "any",  "anyone",  "are",  "at",    "by",
      "do", "does",  "for",  "from",  "have", "in",      "is",   "know",  "knows",
      "of", "on",    "or",   "our",   "some", "someone", "the",  "there", "to",
      "us", "we",    "what", "which", "who",  "whom",    "with", "works", "working"};
  return folded.size() > 1 && words.count(folded) > 0;
}

void drop_function_words(ParsedQuery& query) {
  auto function_word = [](const std::string& word) { return is_function_word(text::fold(word)); };
  if (std::all_of(query.words.begin(), query.words.end(), function_word)) return;
  std::erase_if(query.words, function_word);
}

std::string term_expression(const Term& term, const std::vector<Column>& columns) {
  const std::string set = column_set(columns);
  std::vector<std::string> alternatives;
  std::vector<std::string> longer;
  if (term.prefix && term.longer) longer = longer_words_in(term, mask_of(columns));
  if (term.prefix && term.longer && longer.size() <= spelled_out_per_expression) {
    longer.insert(longer.begin(), term.word);
    alternatives.push_back(set + " : " + any_of(longer));
  } else {
    alternatives.push_back(set + " : " + fts_string(term.word) + (term.prefix ? " *" : ""));
  }
  std::vector<std::string> corrections = term.corrections;
  corrections.insert(corrections.end(), term.far_corrections.begin(), term.far_corrections.end());
  if (!corrections.empty()) alternatives.push_back(set + " : " + any_of(corrections));
  return alternatives.size() == 1 ? alternatives.front()
                                  : parenthesized(joined(alternatives, " OR "));
}

// One way a term can match: a quality in one column. `listed`: the word
// list says some record matches so (or did: words only gain columns until
// a rebuild), so there is no need to ask FTS5 first.
struct Option {
  Quality quality;
  Column column;
  double score;
  bool listed = false;
};

// The ways `term` can match in `columns`, best first, without those the
// word list rules out.
std::vector<Option> options_of(const Term& term, const std::vector<Column>& columns) {
  std::vector<Option> options;
  for (Column column : columns) {
    const double weight = column_info(column).weight;
    const ColumnMask bit = column_bit(column);
    auto add = [&](Quality quality, bool listed) {
      options.push_back({quality, column, option_score(quality, weight), listed});
    };
    if (!term.listed || (term.columns & bit) != 0) add(Quality::exact, term.listed);
    if (term.prefix) {
      if (!term.longer) {
        add(Quality::prefix, false);
      } else if (!longer_words_in(term, bit).empty()) {
        add(Quality::prefix, true);
      }
    }
    if (!words_in(term.corrections, term.correction_columns, bit).empty()) {
      add(Quality::typo, term.listed);
    }
    if (!words_in(term.far_corrections, term.far_correction_columns, bit).empty()) {
      add(Quality::far_typo, term.listed);
    }
  }
  std::stable_sort(options.begin(), options.end(),
                   [](const Option& a, const Option& b) { return a.score > b.score; });
  return options;
}

std::string option_expression(const Term& term, const Option& option) {
  const std::string column = column_set({option.column});
  const ColumnMask bit = column_bit(option.column);
  switch (option.quality) {
    case Quality::exact: return column + " : " + fts_string(term.word);
    case Quality::prefix: return prefix_expression(term, {option.column});
    case Quality::typo:
      return column + " : " + any_of(words_in(term.corrections, term.correction_columns, bit));
    case Quality::far_typo:
      return column + " : " +
             any_of(words_in(term.far_corrections, term.far_correction_columns, bit));
  }
  return {};
}

// ---- collecting ranked ids ----

struct Ranked {
  RecordId id = 0;
  double score = 0;
  std::vector<std::string> matched;  // key matches ("phone", ...) first
  std::optional<Scored> text;        // filled for the page shown
};

class Collector {
 public:
  Collector(storage::RecordStore& store, storage::SearchRows& rows, const Filters& filters,
            const std::vector<Term>& terms, const std::vector<Column>& columns,
            const std::vector<std::string>& exact_words)
      : store_(store),
        rows_(rows),
        filters_(filters),
        verifier_(store, filters),
        terms_(terms),
        columns_(columns),
        exact_words_(exact_words) {}

  /// Whether a record that matched the index also passes what the index
  /// cannot say (affiliation scope, exact spelling). Remembers refusals.
  bool admit(RecordId id) {
    if (!seen_.insert(id).second) return false;
    const auto kind = store_.kind_of(id);
    if (!kind || (*kind == RecordKind::person && !filters_.persons) ||
        (*kind == RecordKind::organization && !filters_.organizations_wanted)) {
      return false;
    }
    if (!verifier_.holds(id, *kind)) return false;
    if (!exact_words_.empty()) {
      const auto stored = rows_.text(id);
      if (!stored) return false;
      for (const auto& word : exact_words_) {
        if (!contains_word(stored->original, word)) return false;
      }
    }
    return true;
  }

  std::optional<Scored> score(RecordId id) {
    const auto stored = rows_.text(id);
    if (!stored) return std::nullopt;
    return score_row(*stored, terms_, columns_);
  }

  Verifier& verifier() { return verifier_; }

 private:
  storage::RecordStore& store_;
  storage::SearchRows& rows_;
  const Filters& filters_;
  Verifier verifier_;
  const std::vector<Term>& terms_;
  const std::vector<Column>& columns_;
  const std::vector<std::string>& exact_words_;
  std::unordered_set<RecordId> seen_;
};

// Few matches: score them all.
std::vector<Ranked> rank_all(Collector& collector, const std::vector<RecordId>& ids) {
  std::vector<Ranked> ranked;
  for (RecordId id : ids) {
    if (!collector.admit(id)) continue;
    auto scored = collector.score(id);
    if (!scored) continue;  // matched only in a column this scope leaves out
    ranked.push_back({id, scored->score, {}, std::move(scored)});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
  return ranked;
}

// Many matches: walk the score classes from the best, until `needed`.
std::vector<Ranked> rank_by_class(Collector& collector, storage::SearchRows& rows,
                                  const std::vector<std::string>& constraints,
                                  const std::vector<Term>& terms,
                                  const std::vector<Column>& columns, std::size_t needed,
                                  const std::string& whole_expression) {
  std::vector<Ranked> ranked;
  // Ways a word matches nothing (a given name in the notes column, say)
  // would make whole families of empty classes when there are several
  // words; one cheap probe each rules them out first. (The index's
  // vocabulary could say the same without probes, but fts5vocab reads a
  // word's whole doclist to count it: slower at a million records.)
  std::vector<std::vector<Option>> options;
  for (const auto& term : terms) {
    std::vector<Option> live = options_of(term, columns);
    if (terms.size() > 1) {
      std::erase_if(live, [&](const Option& option) {
        if (option.listed && constraints.empty()) return false;
        std::vector<std::string> parts = constraints;
        parts.push_back(option_expression(term, option));
        return rows.match(joined(parts, " AND "), 0, 1).empty();
      });
    }
    if (live.empty()) return ranked;
    options.push_back(std::move(live));
  }

  using Choice = std::vector<std::uint16_t>;
  auto score_of = [&](const Choice& choice) {
    double total = 0;
    for (std::size_t i = 0; i < choice.size(); ++i) total += options[i][choice[i]].score;
    return total;
  };
  auto expression_of = [&](const Choice& choice) {
    std::vector<std::string> parts = constraints;
    for (std::size_t i = 0; i < choice.size(); ++i) {
      parts.push_back(option_expression(terms[i], options[i][choice[i]]));
    }
    return joined(parts, " AND ");
  };
  auto drain = [&](const std::string& expression, double score) {
    RecordId after = 0;
    while (ranked.size() < needed) {
      const auto ids = rows.match(expression, after, fetch_batch);
      for (RecordId id : ids) {
        after = id;
        if (collector.admit(id)) ranked.push_back({id, score, {}, std::nullopt});
        if (ranked.size() >= needed) break;
      }
      if (ids.size() < fetch_batch) break;
    }
  };

  std::priority_queue<std::pair<double, Choice>> frontier;
  std::set<Choice> queued;
  const Choice best(terms.size(), 0);
  frontier.emplace(score_of(best), best);
  queued.insert(best);
  std::size_t groups = 0;
  while (!frontier.empty() && ranked.size() < needed) {
    if (groups++ == max_class_groups) {
      // Past this many classes the query is odd (many words, each matching
      // in many columns); take the rest in id order with their true scores.
      const std::size_t before = ranked.size();
      drain(whole_expression, 0);
      for (std::size_t i = before; i < ranked.size(); ++i) {
        if (auto scored = collector.score(ranked[i].id)) ranked[i].score = scored->score;
      }
      std::stable_sort(ranked.begin() + static_cast<std::ptrdiff_t>(before), ranked.end(),
                       [](const Ranked& a, const Ranked& b) { return a.score > b.score; });
      break;
    }
    // Every class of the same score forms one group, read in id order.
    const double score = frontier.top().first;
    std::vector<std::string> group;
    while (!frontier.empty() && frontier.top().first >= score - 1e-9) {
      Choice choice = frontier.top().second;
      frontier.pop();
      group.push_back(parenthesized(expression_of(choice)));
      for (std::size_t i = 0; i < choice.size(); ++i) {
        if (choice[i] + 1u < options[i].size()) {
          Choice next = choice;
          ++next[i];
          if (queued.insert(next).second) frontier.emplace(score_of(next), next);
        }
      }
    }
    drain(joined(group, " OR "), score);
  }
  return ranked;
}

// ---- hits ----

SearchHit make_hit(storage::RecordStore& store, storage::SearchRows& rows, Collector& collector,
                   const Filters& filters, Ranked& ranked) {
  SearchHit hit;
  hit.id = ranked.id;
  hit.score = ranked.score;
  hit.matched_fields = ranked.matched;
  if (!ranked.text) ranked.text = collector.score(ranked.id);
  if (ranked.text) {
    for (Column column : ranked.text->columns) {
      hit.matched_fields.push_back(column_info(column).report_name);
    }
  }
  auto summary = rows.summary(ranked.id);
  if (!summary) return hit;
  hit.kind = summary->kind;
  hit.uid = std::move(summary->uid);
  hit.name = std::move(summary->name);
  if (hit.kind == RecordKind::organization) {
    hit.organization = std::move(summary->parent);
    return hit;
  }
  if (hit.name.empty()) {
    // No name parts: Person::name() falls back to other names, e-mails, phones.
    if (const auto person = store.read_person(ranked.id)) hit.name = person->name();
  }
  std::vector<Affiliation> affiliations;
  if (filters.verifies()) {
    affiliations = collector.verifier().matching_affiliations(ranked.id);
  } else {
    for (auto& affiliation : summary->affiliations) {
      if (filters.scope.matches(affiliation)) affiliations.push_back(std::move(affiliation));
    }
    std::stable_sort(
        affiliations.begin(), affiliations.end(),
        [](const Affiliation& a, const Affiliation& b) { return a.primary && !b.primary; });
  }
  if (!affiliations.empty()) {
    hit.organization = rows.organization_name(affiliations.front().organization_id);
    hit.title = affiliations.front().title;
  }
  return hit;
}

}  // namespace

std::vector<SearchHit> run_search(storage::RecordStore& store, storage::SearchRows& rows,
                                  std::string_view query_text, const SearchOptions& options,
                                  const std::string& default_region) {
  ParsedQuery query = parse_query(query_text);
  Filters filters = resolve_filters(store, query, options);
  if (filters.impossible) return {};

  drop_function_words(query);
  std::vector<Term> terms = read_terms(query, options.exact);
  std::vector<std::string> exact_words;
  if (options.exact) {
    for (const auto& word : query.words) {
      if (auto nfc = text::fold_exact(word); !nfc.empty()) exact_words.push_back(std::move(nfc));
    }
  }
  std::vector<Column> columns = {Column::names,  Column::organization, Column::title,
                                 Column::tags,   Column::contact,      Column::places,
                                 Column::events, Column::notes};
  if (filters.scope.scope != AffiliationFilter::Scope::current) columns.push_back(Column::former);

  if (terms.empty() && filters.constraints.empty()) return {};
  const std::size_t needed =
      options.limit == 0 ? std::numeric_limits<std::size_t>::max() : options.offset + options.limit;
  Collector collector(store, rows, filters, terms, columns, exact_words);
  const std::string constraint_expression = joined(filters.constraints, " AND ");

  // Exact lookups: a phone number, an e-mail address, a full name or acronym.
  std::vector<Ranked> ranked;
  std::map<RecordId, std::vector<std::string>> keyed;
  if (!query.words.empty()) {
    if (text::is_plausible_phone_text(query.text)) {
      if (const auto e164 = text::to_e164(query.text, default_region); !e164.empty()) {
        for (RecordId id : rows.owners_of_contact("phone", e164)) keyed[id].push_back("phone");
      }
    }
    if (query.words.size() == 1 && query.text.find('@') != std::string::npos) {
      if (const auto email = text::check_email(query.text); email.ok) {
        for (RecordId id : rows.owners_of_contact("email", email.key)) keyed[id].push_back("email");
      }
    }
    if (const std::string key = text::fold(query.text); !key.empty()) {
      for (const auto& [id, acronym] : rows.records_with_name_key(key)) {
        keyed[id].push_back(acronym ? "acronym" : "exact-name");
      }
    }
  }
  // Hits found by name alone all score the same, so they rank in id order:
  // past the first `needed` of them (of a common name's dozens of namesakes
  // at a million records), none would be shown, and none is read.
  std::size_t by_name_admitted = 0;
  for (auto& [id, matched] : keyed) {
    const bool by_name = std::all_of(matched.begin(), matched.end(), [](const std::string& m) {
      return m == "exact-name" || m == "acronym";
    });
    if (by_name && by_name_admitted >= needed) continue;
    if (!constraint_expression.empty() && !rows.matches(constraint_expression, id)) continue;
    if (!collector.admit(id)) continue;
    if (by_name) ++by_name_admitted;
    // A full name or acronym is folded from the very values the names
    // column holds, so each of its words is there as a whole word: the
    // score is known without reading the record's text.
    std::optional<Scored> text;
    if (by_name) {
      text = Scored{static_cast<double>(terms.size()) *
                        option_score(Quality::exact, column_info(Column::names).weight),
                    {Column::names}};
      if (terms.empty()) text->columns.clear();
    } else {
      text = collector.score(id);
    }
    Ranked hit{id, key_match_score, std::move(matched), std::move(text)};
    if (hit.text) hit.score += hit.text->score;
    ranked.push_back(std::move(hit));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Ranked& a, const Ranked& b) { return a.score > b.score; });

  // Word matches. A whole e-mail address or phone number that matched is
  // the answer: its pieces as words ("gmail", "com", "044") would only
  // add everyone who shares a mail domain or a few digits.
  const bool contact_found = std::any_of(ranked.begin(), ranked.end(), [](const Ranked& r) {
    return std::any_of(r.matched.begin(), r.matched.end(),
                       [](const std::string& m) { return m == "email" || m == "phone"; });
  });
  // When exact matches fill the page (a common full name in a big
  // directory), the word search would only be read past.
  const std::size_t still_needed = needed == std::numeric_limits<std::size_t>::max()
                                       ? needed
                                       : needed - std::min(needed, ranked.size());
  if (still_needed > 0 && !contact_found) {
    look_up_terms(rows, terms);
    if (!options.exact) add_corrections(rows, terms);
    std::vector<std::string> parts = filters.constraints;
    for (const auto& term : terms) parts.push_back(term_expression(term, columns));
    const std::string whole = joined(parts, " AND ");
    // Few matches are scored in full. Whether there are few is asked of the
    // names, organizations and titles first: a prefix spelled out there is a
    // few words, while in the e-mail addresses it may be hundreds, and a
    // common prefix has more than enough matches without them. (Not with a
    // filter: that leaves few matches, and the first question would only
    // add to the second.)
    std::vector<RecordId> probe;
    if (filters.constraints.empty()) {
      std::vector<std::string> main_parts;
      std::vector<Column> main_columns;
      for (Column column : {Column::names, Column::organization, Column::title}) {
        if (std::find(columns.begin(), columns.end(), column) != columns.end()) {
          main_columns.push_back(column);
        }
      }
      for (const auto& term : terms) main_parts.push_back(term_expression(term, main_columns));
      probe = rows.match(joined(main_parts, " AND "), 0, small_result_cap + 1);
    }
    if (probe.size() <= small_result_cap) probe = rows.match(whole, 0, small_result_cap + 1);
    std::vector<Ranked> words;
    if (probe.size() <= small_result_cap) {
      words = rank_all(collector, probe);
    } else {
      words =
          rank_by_class(collector, rows, filters.constraints, terms, columns, still_needed, whole);
    }
    for (auto& hit : words) ranked.push_back(std::move(hit));
  }

  std::vector<SearchHit> hits;
  for (std::size_t i = options.offset;
       i < ranked.size() && hits.size() < (options.limit == 0 ? ranked.size() : options.limit);
       ++i) {
    hits.push_back(make_hit(store, rows, collector, filters, ranked[i]));
  }
  return hits;
}

}  // namespace search
}  // namespace v1
}  // namespace liaison
