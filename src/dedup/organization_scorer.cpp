// Comparing two organizations: names, acronyms and aliases across
// languages and scripts, then the country, the parent, the website and
// shared contacts.
#include "dedup/collector.hpp"
#include "dedup/scorer.hpp"
#include "dedup/words.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

namespace {

std::vector<std::string> words(std::string_view text) {
  const std::vector<std::string_view> views = split_words(text);
  return {views.begin(), views.end()};
}

std::string without_spaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

// Words that name a part of an organization -- a mission, an office, a
// unit -- so that "OSCE" and "OSCE Mission to Serbia" are not one.
bool is_unit_word(std::string_view w) {
  static constexpr std::string_view units[] = {
      "mission",      "missions",    "office",      "offices",        "unit",         "units",
      "department",   "directorate", "division",    "branch",         "section",      "sector",
      "service",      "program",     "project",     "representation", "presence",     "bureau",
      "regional",     "field",       "secretariat", "delegation",     "headquarters", "station",
      "subsidiary",   "chapter",     "task",        "misija",         "kancelarija",  "ured",
      "odeljenje",    "odjel",       "odjeljenje",  "uprava",         "sektor",       "sluzba",
      "jedinica",     "odsek",       "odsjek",      "zyra",           "njesia",       "drejtoria",
      "departamenti", "sektori",     "sherbimi",    "misioni",        "filijala",     "ogranak",
      "podruznica",   "dega"};
  return std::find(std::begin(units), std::end(units), w) != std::end(units);
}

// Two words that are one with a typo or an ending: "internatonal" and
// "international", "montenegrin" and "montenegro"; never an acronym, a
// short word, or two words that differ inside ("slovenia", "slovakia").
bool typo_words(std::string_view x, std::string_view y) {
  const std::size_t shorter = std::min(x.size(), y.size());
  if (shorter < 5) return false;
  if (edit_distance(x, y, 1) <= 1) return true;
  if (shorter < 8 || edit_distance(x, y, 2) > 2) return false;
  std::size_t prefix = 0;
  while (prefix < shorter && x[prefix] == y[prefix]) ++prefix;
  return prefix + 2 >= shorter;
}

enum class WordMatch { none, exact, typo, similar };

// How the words of `a` are found among those of `b`, each word of `b` used
// once and the order free: all exactly, some with typos, some merely similar.
// `extra` receives the words of `b` left over.
WordMatch match_words(const std::vector<std::string>& wa, const std::vector<std::string>& wb,
                      const OrganizationProfile& pa, const OrganizationProfile& pb,
                      std::vector<std::string>* extra = nullptr) {
  if (wa.empty() || wa.size() > wb.size()) return WordMatch::none;
  std::vector<bool> used(wb.size(), false);
  WordMatch worst = WordMatch::exact;
  // Exact words first, so that a typo never takes another word's partner.
  std::vector<bool> done(wa.size(), false);
  for (std::size_t i = 0; i < wa.size(); ++i) {
    for (std::size_t j = 0; j < wb.size() && !done[i]; ++j) {
      if (!used[j] && wa[i] == wb[j]) used[j] = done[i] = true;
    }
  }
  for (std::size_t i = 0; i < wa.size(); ++i) {
    if (done[i]) continue;
    const std::string& x = wa[i];
    // An acronym is matched exactly or not at all: "UNDP" is not "UNEP".
    const bool acronym = contains(pa.acronyms, x);
    for (std::size_t j = 0; j < wb.size() && !done[i]; ++j) {
      if (used[j] || acronym || contains(pb.acronyms, wb[j])) continue;
      if (typo_words(x, wb[j])) {
        used[j] = done[i] = true;
        if (worst == WordMatch::exact) worst = WordMatch::typo;
      } else if (x.size() >= 4 && wb[j].size() >= 4 && similar_words(x, wb[j])) {
        used[j] = done[i] = true;
        worst = WordMatch::similar;
      }
    }
    if (!done[i]) return WordMatch::none;
  }
  if (extra != nullptr) {
    for (std::size_t j = 0; j < wb.size(); ++j) {
      if (!used[j]) extra->push_back(wb[j]);
    }
  }
  return worst;
}

// What an acronym of one record may be found as in the other: its acronym
// field or capitals name, an acronym its names spell, a one-word name, a
// name of short words ("MUP RS").
bool spells(const OrganizationProfile& q, const std::string& acronym) {
  if (acronym.empty()) return false;
  if (contains(q.acronyms, acronym) || contains(q.derived_acronyms, acronym) ||
      contains(q.short_forms, acronym)) {
    return true;
  }
  return contains(q.cores, acronym) && acronym.find(' ') == std::string::npos;
}

// The acronyms of `p`: its acronym field, capitals names, one-word names and
// names of short words.
std::vector<std::string> acronym_forms(const OrganizationProfile& p) {
  std::vector<std::string> out = p.acronyms;
  for (const std::string& form : p.short_forms) out.push_back(form);
  for (const std::string& core : p.cores) {
    if (core.find(' ') == std::string::npos) out.push_back(core);
  }
  return out;
}

// The names of `p` that are full names, not acronyms of it or of `q`.
std::vector<std::string> full_names(const OrganizationProfile& p, const OrganizationProfile& q) {
  std::vector<std::string> out;
  for (const std::string& core : p.cores) {
    const std::string joined = without_spaces(core);
    if (contains(p.acronyms, core) || contains(p.short_forms, joined) || spells(q, joined)) {
      continue;
    }
    out.push_back(core);
  }
  return out;
}

}  // namespace

Evidence compare_organizations(const OrganizationProfile& a, const OrganizationProfile& b,
                               bool explain) {
  Collector out(explain);
  // The name: the strongest of equal, alias, reordered, acronym, similar, contained.
  bool named = false;
  for (const std::string& x : a.cores) {
    if (!named && contains(b.cores, x)) {
      out.add(14, "name", x == a.cores.front() && x == b.cores.front() ? "equal" : "alias", x, x);
      named = true;
    }
  }
  std::vector<std::vector<std::string>> words_a, words_b;
  for (const std::string& x : a.cores) words_a.push_back(words(x));
  for (const std::string& y : b.cores) words_b.push_back(words(y));
  // The same words in another order, some perhaps with a typo.
  WordMatch best = WordMatch::none;
  std::size_t best_x = 0, best_y = 0;
  for (std::size_t x = 0; x < words_a.size() && !named; ++x) {
    for (std::size_t y = 0; y < words_b.size(); ++y) {
      if (words_a[x].size() != words_b[y].size()) continue;
      const WordMatch match = match_words(words_a[x], words_b[y], a, b);
      if (match != WordMatch::none && (best == WordMatch::none || match < best)) {
        best = match;
        best_x = x;
        best_y = y;
      }
    }
  }
  if (!named && best == WordMatch::exact) {
    out.add(14, "name", "reordered", a.cores[best_x], b.cores[best_y]);
    named = true;
  }
  // An acronym of one that the other spells out, has in its acronym field,
  // or is named by -- unless both bear it and have full names that differ:
  // then two organizations share it (ICC, the court and the chamber).
  bool clash = false;
  if (!named) {
    std::string acronym;
    for (const std::string& form : acronym_forms(a)) {
      if (acronym.empty() && spells(b, form)) acronym = form;
    }
    for (const std::string& form : acronym_forms(b)) {
      if (acronym.empty() && spells(a, form)) acronym = form;
    }
    if (!acronym.empty()) {
      // A clash needs both to bear the acronym themselves: an acronym one
      // record bears and the other's full name spells out ("OSCE" as an
      // alias of the Serbian name, and the English name) is evidence.
      clash = contains(acronym_forms(a), acronym) && contains(acronym_forms(b), acronym) &&
              !full_names(a, b).empty() && !full_names(b, a).empty() && best == WordMatch::none;
      if (clash) {
        out.add(0, "acronym", "clash", acronym, acronym);
      } else {
        out.add(14, "name", "acronym", acronym, acronym);
        named = true;
      }
    }
  }
  if (!named && best == WordMatch::typo) {
    out.add(12, "name", "similar", a.cores[best_x], b.cores[best_y]);
    named = true;
  }
  if (!named && best == WordMatch::similar) {
    out.add(9, "name", "similar", a.cores[best_x], b.cores[best_y]);
    named = true;
  }
  // One name is the other with words added that do not name a unit:
  // "Mary Ward Loreto" and "Mary Ward Loreto Foundation", but not "OSCE"
  // and "OSCE Mission to Serbia". Evidence, not proof.
  for (std::size_t x = 0; x < words_a.size() && !named; ++x) {
    for (std::size_t y = 0; y < words_b.size() && !named; ++y) {
      const bool a_shorter = words_a[x].size() < words_b[y].size();
      const auto& shorter = a_shorter ? words_a[x] : words_b[y];
      const auto& longer = a_shorter ? words_b[y] : words_a[x];
      if (shorter.size() == longer.size()) continue;
      std::vector<std::string> extra;
      const WordMatch match = a_shorter ? match_words(shorter, longer, a, b, &extra)
                                        : match_words(shorter, longer, b, a, &extra);
      if (match != WordMatch::exact && match != WordMatch::typo) continue;
      if (std::any_of(extra.begin(), extra.end(),
                      [](const std::string& w) { return is_unit_word(w); })) {
        continue;
      }
      out.add(6, "name", "contained", a.cores[x], b.cores[y]);
      named = true;
    }
  }
  if (!named && !a.cores.empty() && !b.cores.empty()) {
    out.add(-8, "name", "different", a.cores.front(), b.cores.front());
  }
  if (!a.acronym.empty() && !b.acronym.empty()) {
    if (a.acronym == b.acronym) {
      if (!clash) out.add(3, "acronym", "equal", a.acronym, b.acronym);
    } else if (!spells(b, a.acronym) && !spells(a, b.acronym)) {
      // Different acronyms count against only where neither record's names
      // explain the other's: IOM and MOM are one organization in two languages.
      out.add(-8, "acronym", "different", a.acronym, b.acronym);
    }
  }
  if (!a.country.empty() && !b.country.empty()) {
    if (a.country == b.country) {
      out.add(1, "country", "equal", a.country, b.country);
    } else {
      out.add(-12, "country", "different", a.country, b.country);
    }
  }
  if (a.parent != 0 && b.parent != 0) {
    if (a.parent == b.parent) {
      out.add(2, "parent", "equal");
    } else {
      out.add(-10, "parent", "different");
    }
  } else if ((a.parent == 0) != (b.parent == 0)) {
    // A unit and an institution of the same name are rarely the same.
    out.add(-4, "parent", "unit and institution");
  }
  // A website is an organization's own, though its units may share it.
  const bool same_website = !a.web_domain.empty() && a.web_domain == b.web_domain;
  if (!a.web_domain.empty() && !b.web_domain.empty()) {
    if (same_website) {
      out.add(10, "website", "equal", a.web_domain, b.web_domain);
    } else {
      out.add(-2, "website", "different", a.web_domain, b.web_domain);
    }
  }
  for (const std::string& domain : a.email_domains) {
    // The website's domain again is no further evidence.
    if (contains(b.email_domains, domain) && !(same_website && domain == a.web_domain)) {
      out.add(4, "email_domain", "equal", domain, domain);
      break;
    }
  }
  for (const std::string& phone : a.phones) {
    if (contains(b.phones, phone)) {
      out.add(6, "phone", "equal", phone, phone);
      break;
    }
  }
  return out.finish();
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
