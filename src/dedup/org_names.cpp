#include "dedup/org_names.hpp"

#include "dedup/words.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace dedup {

namespace {

using word_set = std::unordered_set<std::string_view>;

// The words of lines of space-separated words, which keeps the tables below
// one line per language.
word_set words_of(std::initializer_list<std::string_view> lines) {
  word_set out;
  for (const std::string_view line : lines) {
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t end = std::min(line.find(' ', i), line.size());
      out.insert(line.substr(i, end - i));
      i = end + 1;
    }
  }
  return out;
}

// Legal forms, written as one word: fold() turns "d.o.o." into "d o o", and
// without_legal_forms() joins such single letters again before the lookup.
const word_set& legal_forms() {
  static const word_set forms = words_of({
      "ltd llc llp lp plc inc incorporated limited corp corporation co company pty",  // English
      "gmbh ggmbh ag kg ohg ev nv bv ab oy",  // German, Dutch, Nordic
      "sa sas sarl srl spa sl ltda",          // French, Italian, Spanish
      "doo dd ad kd jdoo dooel dno",          // ex-Yugoslav languages
      "shpk sha",                             // Albanian
      "ado",                                  // a.d.o., Serbian
      // Non-governmental bodies, written the way the legal form is: "NGO Atina",
      // "UG Atina", "OJQ ..." (Albanian), "NVO" (ex-Yugoslav), "CSO", "NPO".
      "ngo ingo nvo ojq ug cso npo",
      "ood eood jsc ooo oao zao pjsc sro spzoo kft zrt nyrt",  // further east
  });
  return forms;
}

// Legal forms of several words, after joining words are dropped: the
// citizens' association ("udruzenje gradjana", "udruga gradjana",
// "zdruzenie na gragjani"), the non-governmental organization.
const std::vector<std::vector<std::string_view>>& legal_phrases() {
  static const std::vector<std::vector<std::string_view>> phrases = {
      {"udruzenje", "gradjana"},
      {"udruga", "gradjana"},
      {"udruzenje", "gragjana"},
      {"zdruzenie", "gragjani"},
      {"zdruzenie", "gradjani"},
      {"citizens", "association"},
      {"association", "citizens"},
      {"citizen", "association"},
      {"association", "citizen"},
      {"nevladina", "organizacija"},
      {"nevladina", "udruga"},
      {"organizata", "joqeveritare"},
      {"nongovernmental", "organization"},
      {"shoqata", "qytetareve"},
  };
  return phrases;
}

// Words naming what kind of body a name is, which acronyms often leave
// out: "Mary Ward Loreto Foundation" is "MWL".
bool is_body_word(std::string_view w) {
  static const word_set words = words_of({
      "foundation fondacija fondacioni fondation stiftung fundacion fondazione",
      "association udruzenje udruga shoqata zdruzenie verein society drustvo",
  });
  return words.count(w) != 0;
}

// Words that join the others in the languages the directory meets.
const word_set& joining_words() {
  static const word_set words = words_of({
      "the of for and in on a an at to by with",  // English
      // French, Spanish, Italian, Portuguese (l' and d' fold to "l" and "d")
      "de des du la le les l d et pour en el los las del y di della dei per e da do dos",
      "und fur der die das den dem von zu",       // German
      "za i na u od sa s iz pri o vo so ka kod",  // ex-Yugoslav languages
      "te dhe ne me",                             // Albanian ("në"; "për" is above)
  });
  return words;
}

// British and American spellings, and common abbreviations, written one way.
const std::unordered_map<std::string_view, std::string_view>& spellings() {
  static const std::unordered_map<std::string_view, std::string_view> map = {
      {"organisation", "organization"},
      {"organisations", "organizations"},
      {"organisational", "organizational"},
      {"centre", "center"},
      {"centres", "centers"},
      {"programme", "program"},
      {"programmes", "programs"},
      {"defence", "defense"},
      {"labour", "labor"},
      {"licence", "license"},
      {"neighbourhood", "neighborhood"},
      {"behaviour", "behavior"},
      {"harbour", "harbor"},
      {"favour", "favor"},
      {"analyse", "analyze"},
      {"catalogue", "catalog"},
      {"intl", "international"},
      {"natl", "national"},
      {"assn", "association"},
      {"assoc", "association"},
      {"dept", "department"},
      {"univ", "university"},
      {"govt", "government"},
  };
  return map;
}

// Prefixes that a hyphen or a space may part from their word: "co
// operation" and "cooperation", "non governmental" and "nongovernmental".
bool is_joined_prefix(std::string_view w) {
  return w == "co" || w == "non" || w == "anti" || w == "inter" || w == "multi" || w == "pan" ||
         w == "trans" || w == "cross" || w == "socio" || w == "self";
}

bool is_compass(std::string_view w) { return w == "north" || w == "south"; }
bool is_compass_side(std::string_view w) {
  return w == "east" || w == "west" || w == "eastern" || w == "western";
}

// Whether `w` and `next` are one word that a hyphen or a space parted:
// "co operation", "non governmental", "south east". A prefix followed by a
// legal form or a joining word ("smith and co ltd") is a word of its own.
bool joins(std::string_view w, std::string_view next) {
  return (is_joined_prefix(w) && joining_words().count(next) == 0 &&
          legal_forms().count(next) == 0) ||
         (is_compass(w) && is_compass_side(next));
}

// The words of a name with legal forms removed, including those that
// folding spelled as single letters ("d o o", "sh p k", "a d").
std::vector<std::string_view> without_legal_forms(const std::vector<std::string_view>& words) {
  constexpr std::size_t longest_spelled_form = 5;  // d o o e l
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t skip = 0;
    for (std::size_t k = std::min(longest_spelled_form, words.size() - i); k >= 2 && !skip; --k) {
      std::string joined;
      bool short_words = true;
      for (std::size_t j = i; j < i + k && short_words; ++j) {
        short_words = words[j].size() <= 2;
        joined += words[j];
      }
      if (short_words && legal_forms().count(joined) != 0) skip = k;
    }
    // "co" is a company only where it does not start "co operation".
    const bool starts_word = i + 1 < words.size() && joins(words[i], words[i + 1]);
    if (skip == 0 && !starts_word && legal_forms().count(words[i]) != 0) skip = 1;
    if (skip != 0) {
      i += skip;
      continue;
    }
    out.push_back(words[i]);
    ++i;
  }
  return out;
}

// Joins what a hyphen or a space may part (see joins()).
std::vector<std::string> joined_words(const std::vector<std::string_view>& words) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (i + 1 < words.size()) {
      const std::string_view next = words[i + 1];
      if (joins(w, next)) {
        out.emplace_back(std::string(w) + std::string(next));
        ++i;
        continue;
      }
    }
    out.emplace_back(w);
  }
  return out;
}

// The words without the legal forms of several words (legal_phrases()).
std::vector<std::string_view> without_legal_phrases(const std::vector<std::string_view>& words) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t skip = 0;
    for (const std::vector<std::string_view>& phrase : legal_phrases()) {
      if (i + phrase.size() <= words.size() &&
          std::equal(phrase.begin(), phrase.end(),
                     words.begin() + static_cast<std::ptrdiff_t>(i))) {
        skip = phrase.size();
        break;
      }
    }
    if (skip != 0) {
      i += skip;
      continue;
    }
    out.push_back(words[i++]);
  }
  return out;
}

std::string_view unified_spelling(std::string_view w) {
  const auto found = spellings().find(w);
  return found == spellings().end() ? w : found->second;
}

void add_acronym(std::vector<std::string>& out, std::string acronym) {
  if (acronym.size() >= 2 && std::find(out.begin(), out.end(), acronym) == out.end()) {
    out.push_back(std::move(acronym));
  }
}

template <class Words>
std::string initials(const Words& words, bool keep_joining_words) {
  std::string out;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (!keep_joining_words && joining_words().count(std::string_view(w)) != 0) continue;
    out += w.front();
  }
  return out;
}

}  // namespace

std::string org_name_core(std::string_view folded_name) {
  const std::vector<std::string_view> views = split_words(folded_name);
  // Legal forms go first, so that "trans sh p k" is not read as "transsh p k".
  const std::vector<std::string> words = joined_words(without_legal_forms(views));
  std::vector<std::string_view> kept;
  for (const std::string& word : words) {
    const std::string_view w = unified_spelling(word);
    if (joining_words().count(w) == 0) kept.push_back(w);
  }
  std::string core;
  for (std::string_view w : without_legal_phrases(kept)) {
    if (!core.empty()) core += ' ';
    core += w;
  }
  if (!core.empty()) return core;
  // A name made only of joining and legal words ("The Company") is its own
  // core, or every such name would match every other.
  std::string spelled;
  for (std::string_view w : views) {
    if (!spelled.empty()) spelled += ' ';
    spelled += unified_spelling(w);
  }
  return spelled;
}

std::vector<std::string> acronyms_of(std::string_view folded_name) {
  const std::vector<std::string_view> raw = split_words(folded_name);
  std::vector<std::string> out;
  if (raw.size() < 2) return out;
  const std::vector<std::string_view> parted = without_legal_forms(raw);
  const std::vector<std::string> joined = joined_words(parted);
  // Most likely first: significant words with "co operation" counted once,
  // then counted twice, then the same with the joining words kept.
  add_acronym(out, initials(joined, false));
  add_acronym(out, initials(parted, false));
  add_acronym(out, initials(joined, true));
  add_acronym(out, initials(parted, true));
  // Acronyms often leave out the word for the kind of body: "Mary Ward
  // Loreto Foundation" is "MWL". Only where two words or more remain.
  std::vector<std::string> named;
  for (const std::string& w : joined) {
    if (!is_body_word(w) && joining_words().count(w) == 0) named.push_back(w);
  }
  if (named.size() >= 2 && named.size() + 1 <= joined.size() &&
      std::any_of(joined.begin(), joined.end(),
                  [](const std::string& w) { return is_body_word(w); })) {
    add_acronym(out, initials(named, false));
  }
  return out;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
