// Search through the public API: the 2016 workshop sample is found the way
// staff remember it; Cyrillic and Latin, diacritics and compatibility forms
// fold together unless the search is exact; prefixes and typos are found,
// typos ranked last; filters in the text and in SearchOptions; ranking and
// paging; the index follows every write and rollback; hostile queries are
// searched as words or refused with invalid_argument, never leaking SQL.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>
#include <liaison/search.hpp>

#include "temp_dir.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <exception>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace liaison;
using boost::test_tools::assertion_result;
using test::date;
using test::localized;
using test::refusal;

OpenOptions options() { return test::options_for("search-test", "AL"); }

using Hits = std::vector<SearchHit>;

// ---- What a failed assertion prints: every hit, so the order is visible.

std::string describe(const Hits& hits) {
  std::ostringstream out;
  out << hits.size() << " hits:";
  for (const auto& h : hits) {
    out << " [#" << h.id << ' ' << h.name << " score=" << h.score << " {";
    for (std::size_t i = 0; i < h.matched_fields.size(); ++i) {
      out << (i ? "," : "") << h.matched_fields[i];
    }
    out << "}]";
  }
  return out.str();
}

// A query as printable ASCII, for messages about hostile queries.
std::string printable(const std::string& query) {
  std::ostringstream out;
  for (std::size_t i = 0; i < query.size() && i < 60; ++i) {
    const auto c = static_cast<unsigned char>(query[i]);
    if (c >= 0x20 && c < 0x7f) {
      out << static_cast<char>(c);
    } else {
      const char* digits = "0123456789abcdef";
      out << "\\x" << digits[c >> 4] << digits[c & 15];
    }
  }
  if (query.size() > 60) out << "... (" << query.size() << " bytes)";
  return out.str();
}

std::string lowercase(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::ptrdiff_t position(const Hits& hits, RecordId id) {
  const auto it =
      std::find_if(hits.begin(), hits.end(), [id](const SearchHit& h) { return h.id == id; });
  return it == hits.end() ? -1 : it - hits.begin();
}

const SearchHit* hit_for(const Hits& hits, RecordId id) {
  const auto at = position(hits, id);
  return at < 0 ? nullptr : &hits[static_cast<std::size_t>(at)];
}

assertion_result finds(const Hits& hits, RecordId id) {
  if (position(hits, id) >= 0) return true;
  assertion_result result(false);
  result.message() << "record #" << id << " is not among " << describe(hits);
  return result;
}

assertion_result misses(const Hits& hits, RecordId id) {
  if (position(hits, id) < 0) return true;
  assertion_result result(false);
  result.message() << "record #" << id << " should not be among " << describe(hits);
  return result;
}

assertion_result first_is(const Hits& hits, RecordId id) {
  if (!hits.empty() && hits.front().id == id) return true;
  assertion_result result(false);
  result.message() << "record #" << id << " is not the first of " << describe(hits);
  return result;
}

assertion_result ranks_above(const Hits& hits, RecordId higher, RecordId lower) {
  const auto h = position(hits, higher);
  const auto l = position(hits, lower);
  if (h >= 0 && l >= 0 && h < l) return true;
  assertion_result result(false);
  result.message() << "record #" << higher << " should rank above #" << lower << " in "
                   << describe(hits);
  return result;
}

// The hits are exactly these records, in any order.
assertion_result exactly(const Hits& hits, std::vector<RecordId> expected) {
  std::vector<RecordId> got;
  for (const auto& h : hits) got.push_back(h.id);
  std::sort(got.begin(), got.end());
  std::sort(expected.begin(), expected.end());
  if (got == expected) return true;
  assertion_result result(false);
  result.message() << "expected records";
  for (auto id : expected) result.message() << " #" << id;
  result.message() << ", got " << describe(hits);
  return result;
}

assertion_result matched(const SearchHit& hit, const std::string& field) {
  const auto& f = hit.matched_fields;
  if (std::find(f.begin(), f.end(), field) != f.end()) return true;
  assertion_result result(false);
  result.message() << "hit " << describe({hit}) << " did not match on \"" << field << '"';
  return result;
}

// Best first; equal scores in id order.
assertion_result ranked(const Hits& hits) {
  for (std::size_t i = 1; i < hits.size(); ++i) {
    const auto& a = hits[i - 1];
    const auto& b = hits[i];
    if (a.score < b.score || (a.score == b.score && a.id > b.id)) {
      assertion_result result(false);
      result.message() << "hits " << i - 1 << " and " << i << " are out of order in "
                       << describe(hits);
      return result;
    }
  }
  return true;
}

Hits only(const Hits& hits, RecordKind kind) {
  Hits result;
  for (const auto& h : hits) {
    if (h.kind == kind) result.push_back(h);
  }
  return result;
}

SearchOptions unlimited() {
  SearchOptions o;
  o.limit = 0;
  return o;
}

SearchOptions exact() {
  SearchOptions o = unlimited();
  o.exact = true;
  return o;
}

// A query may be answered or refused with invalid_argument; anything else,
// or a message that shows the storage underneath, fails.
assertion_result answered_or_refused_cleanly(const Directory& dir, const std::string& query,
                                             SearchOptions options = unlimited()) {
  assertion_result result(false);
  try {
    dir.search(query, options);
    return true;
  } catch (const Error& e) {
    BOOST_TEST_MESSAGE("refused \"" << printable(query) << "\": " << e.what());
    const std::string message = lowercase(e.what());
    if (e.code() != errc::invalid_argument) {
      result.message() << "query \"" << printable(query) << "\" threw " << to_string(e.code())
                       << ": " << e.what();
      return result;
    }
    for (const char* leak : {"fts5", "sqlite", "sql", "syntax error"}) {
      if (message.find(leak) != std::string::npos) {
        result.message() << "query \"" << printable(query) << "\": message mentions \"" << leak
                         << "\": " << e.what();
        return result;
      }
    }
    return true;
  } catch (const std::exception& e) {
    result.message() << "query \"" << printable(query)
                     << "\" threw a non-liaison exception: " << e.what();
  } catch (...) {
    result.message() << "query \"" << printable(query) << "\" threw something not an exception";
  }
  return result;
}

// ---- Building records.

Person named(std::string given, std::string family, std::string country = {}) {
  Person p;
  p.given_names = std::move(given);
  p.family_names = std::move(family);
  p.country = std::move(country);
  return p;
}

Person with_notes(Person p, std::string notes) {
  p.notes = std::move(notes);
  return p;
}

Person with_tags(Person p, std::vector<std::string> tags) {
  p.tags = std::move(tags);
  return p;
}

Person with_email(Person p, std::string address) {
  Email e;
  e.address = std::move(address);
  p.contacts.emails.push_back(e);
  return p;
}

Person with_phone(Person p, std::string number) {
  Phone phone;
  phone.number = std::move(number);
  p.contacts.phones.push_back(phone);
  return p;
}

Organization institution(std::string name, std::string acronym, std::string country,
                         std::vector<LocalizedName> aliases = {}) {
  Organization o;
  o.name = std::move(name);
  o.acronym = std::move(acronym);
  o.country = std::move(country);
  o.aliases = std::move(aliases);
  return o;
}

// Records in Cyrillic and Latin, an institution with a unit, a career
// with a past affiliation, contacts, tags and an event.
struct Records : test::FreshDirectory<options> {
  Organization osce =
      add(institution("Organization for Security and Co-operation in Europe", "OSCE", "AT",
                      {localized("ОБСЕ", "mk"), localized("OEBS", "sr-Latn")}));
  Organization skopje = add(unit("OSCE Mission to Skopje", osce, "MK"));
  Organization iom = add(institution("International Organization for Migration", "IOM", "CH"));
  Organization mup = add(institution("Министарство унутрашњих послова", "МУП", "RS"));
  Organization police = add(institution("Policia e Shtetit, Shqipëri", "", "AL"));

  Person gerald = add(with_tags(
      with_email(named("Gerald", "Neuhaus", "AT"), "Gerald.Neuhaus@osce.org"), {"trafficking"}));
  Person teresa = add(named("Teresa", "Albano"));
  Person gjorgji = add(named("Ѓорѓи", "Петровски", "MK"));
  Person trajkovski = add(named("Gjorgji", "Trajkovski"));
  Person jelena = add(with_phone(named("Јелена", "Јовановић", "RS"), "+381 11 306 2000"));
  Person marko = add(named("Marko", "Jovanović"));
  Person djordje = add(named("Ђорђе", "Љубић"));
  Person sara = add(with_tags(named("Sara", "Çapaliku"), {"trafficking"}));
  Person milica = add(named("Milica", "Šćepanović"));
  Person zarko = add(named("Žarko", "Čolić"));
  Person joerg = add(named("Jörg", "Großmann"));
  Person bjorn = add(named("Bjørn", "Sæther"));
  Person lukasz = add(named("Łukasz", "Ławrynowicz"));
  Person nora =
      add(with_notes(named("Nora", "Vlahu"), "Seen NEAR the port AND the border, OR NOT at all."));

  Affiliation gerald_before =
      link(gerald, iom, "Programme Officer", date(2010, 1, 1), date(2012, 6, 30));
  Affiliation gerald_now = link(gerald, osce, "Police Affairs Officer", date(2015, 0, 0), {}, true);
  Affiliation teresa_now = link(teresa, osce, "Economic Affairs Officer");
  Affiliation gjorgji_now = link(gjorgji, skopje, "National Programme Officer");
  Affiliation jelena_now = link(jelena, mup, "Inspector");
  Affiliation sara_now = link(sara, police, "Analyst");

  Event roundtable = add_event("Skopje Roundtable on Migrant Smuggling");
  Participation gjorgji_there = take_part(roundtable, gjorgji);

  static Organization unit(std::string name, const Organization& parent, std::string country) {
    Organization o = institution(std::move(name), "", std::move(country));
    o.parent_id = parent.meta.id;
    return o;
  }
  Person add(const Person& p) { return dir.add_person(p); }
  Organization add(const Organization& o) { return dir.add_organization(o); }
  Affiliation link(const Person& person, const Organization& organization, std::string title,
                   PartialDate start = {}, PartialDate end = {}, bool primary = false) {
    Affiliation a;
    a.person_id = person.meta.id;
    a.organization_id = organization.meta.id;
    a.title = std::move(title);
    a.start = start;
    a.end = end;
    a.primary = primary;
    return dir.add_affiliation(a);
  }
  Event add_event(std::string name) {
    Event e;
    e.name = std::move(name);
    e.place = "Skopje";
    e.country = "MK";
    e.start = date(2019, 3, 12);
    return dir.add_event(e);
  }
  Participation take_part(const Event& event, const Person& person) {
    Participation p;
    p.event_id = event.meta.id;
    p.participant_id = person.meta.id;
    return dir.add_participation(p);
  }

  Hits search(const std::string& query, const SearchOptions& o = unlimited()) const {
    return dir.search(query, o);
  }
};

// The directory the 2016 workshop report describes.
struct Sample : test::FreshDirectory<options> {
  Sample() { load_document(dir, std::string(LIAISON_SAMPLE_DIR) + "/workshop-2016.json"); }

  RecordId id(const std::string& key) const {
    const auto found = dir.find_by_source("workshop-2016.json", key);
    BOOST_TEST_REQUIRE(found.has_value(), "no sample record with key " << key);
    return *found;
  }
  Hits search(const std::string& query, const SearchOptions& o = unlimited()) const {
    return dir.search(query, o);
  }
};

}  // namespace

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(the_workshop_sample, Sample)

BOOST_AUTO_TEST_CASE(capaliku_finds_sara_capaliku_first) {
  const auto hits = search("capaliku");
  BOOST_TEST_REQUIRE(first_is(hits, id("capaliku")));
  BOOST_TEST(hits.front().name == "Sara Çapaliku");
  BOOST_TEST(hits.front().kind == RecordKind::person);
}

BOOST_AUTO_TEST_CASE(the_foundation_phone_finds_the_foundation_in_every_written_form) {
  for (const char* form : {"+355 44 500 388", "0035544500388", "044 500 388", "+355-44-500-388"}) {
    BOOST_TEST_CONTEXT("query " << form) {
      const auto hits = search(form);
      BOOST_TEST_REQUIRE(first_is(hits, id("mwl")));
      BOOST_TEST(hits.front().name == "Mary Ward Loreto Foundation");
      BOOST_TEST(hits.front().kind == RecordKind::organization);
      BOOST_TEST(matched(hits.front(), "phone"));
      BOOST_TEST(hits.front().score >= 10000);
    }
  }
}

BOOST_AUTO_TEST_CASE(europl_finds_europol) { BOOST_TEST(finds(search("europl"), id("europol"))); }

BOOST_AUTO_TEST_CASE(a_question_in_plain_english_finds_what_its_content_words_name) {
  // "who", "do", "we", "know", "at", "about" are not in Europol's record;
  // they must not stop the content words from finding it.
  const auto hits = search("who do we know at Europol about financial investigations");
  BOOST_TEST(first_is(hits, id("europol")));
  BOOST_TEST(exactly(only(search("who works at OSCE"), RecordKind::person),
                     {id("neuhaus"), id("albano")}));
}

BOOST_AUTO_TEST_CASE(a_query_of_function_words_only_searches_them) {
  // Nothing to drop them for: "who" alone is searched as a word, and the
  // sample's records do not hold it.
  BOOST_TEST(search("who").empty());
}

BOOST_AUTO_TEST_CASE(org_osce_finds_both_osce_officers_and_nobody_else) {
  const auto hits = search("org:OSCE");
  BOOST_TEST(exactly(only(hits, RecordKind::person), {id("neuhaus"), id("albano")}));
  for (const auto& h : only(hits, RecordKind::organization)) BOOST_TEST(h.id == id("osce"));
  BOOST_TEST(exactly(search("org:OSCE kind:person"), {id("neuhaus"), id("albano")}));
}

BOOST_AUTO_TEST_CASE(one_typo_in_a_long_name_still_finds_the_person) {
  BOOST_TEST(first_is(search("Nuehaus"), id("neuhaus")));
  BOOST_TEST(first_is(search("Tatzgren"), id("tatzgern")));
  BOOST_TEST(first_is(search("Capaliki"), id("capaliku")));
}

BOOST_AUTO_TEST_CASE(an_upper_case_email_finds_its_owner_first) {
  const auto hits = search("GERALD.NEUHAUS@OSCE.ORG");
  BOOST_TEST_REQUIRE(first_is(hits, id("neuhaus")));
  BOOST_TEST(matched(hits.front(), "email"));
  BOOST_TEST(hits.front().score >= 10000);
}

BOOST_AUTO_TEST_CASE(a_person_hit_names_the_current_organization_and_title) {
  const auto hits = search("Tatzgern");
  BOOST_TEST_REQUIRE(first_is(hits, id("tatzgern")));
  BOOST_TEST(hits.front().name == "Gerald Tatzgern");
  BOOST_TEST(hits.front().organization == "Criminal Intelligence Service Austria");
  BOOST_TEST(hits.front().title == "Head Central Service Combating Human Trafficking");
}

BOOST_AUTO_TEST_CASE(the_index_of_the_loaded_sample_checks_ok) {
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(scripts_and_diacritics, Records)

BOOST_AUTO_TEST_CASE(jelena_in_cyrillic_is_found_by_latin_folded_and_cyrillic_spellings) {
  for (const char* query :
       {"Jovanović", "jovanovic", "Јовановић", "JOVANOVIC", "jelena jovanovic"}) {
    BOOST_TEST_CONTEXT("query " << query) BOOST_TEST(finds(search(query), jelena.meta.id));
  }
}

BOOST_AUTO_TEST_CASE(a_latin_jovanovic_is_found_by_cyrillic) {
  BOOST_TEST(finds(search("Јовановић"), marko.meta.id));
  BOOST_TEST(finds(search("Марко Јовановић"), marko.meta.id));
}

BOOST_AUTO_TEST_CASE(djordje_ljubic_in_three_spellings) {
  for (const char* query : {"Ђорђе Љубић", "Đorđe Ljubić", "Djordje Ljubic", "djordje"}) {
    BOOST_TEST_CONTEXT("query " << query) BOOST_TEST(first_is(search(query), djordje.meta.id));
  }
}

BOOST_AUTO_TEST_CASE(macedonian_gje_is_latin_gj_both_ways) {
  BOOST_TEST(finds(search("Gjorgji"), gjorgji.meta.id));
  BOOST_TEST(finds(search("Gjorgji Petrovski"), gjorgji.meta.id));
  BOOST_TEST(finds(search("Ѓорѓи"), trajkovski.meta.id));
  BOOST_TEST(finds(search("Ѓорѓи Трајковски"), trajkovski.meta.id));
}

BOOST_AUTO_TEST_CASE(albanian_e_diaeresis_and_c_cedilla_fold) {
  BOOST_TEST(first_is(search("capaliku"), sara.meta.id));
  BOOST_TEST(first_is(search("Çapaliku"), sara.meta.id));
  BOOST_TEST(finds(search("shqiperi"), police.meta.id));
  BOOST_TEST(finds(search("Shqipëri"), police.meta.id));
}

BOOST_AUTO_TEST_CASE(serbo_croatian_carons_and_acutes_fold) {
  BOOST_TEST(first_is(search("scepanovic"), milica.meta.id));
  BOOST_TEST(first_is(search("Шћепановић"), milica.meta.id));
  BOOST_TEST(first_is(search("zarko colic"), zarko.meta.id));
}

BOOST_AUTO_TEST_CASE(sharp_s_ash_slashed_o_stroked_l_and_full_width_letters_fold) {
  BOOST_TEST(first_is(search("grossmann"), joerg.meta.id));
  BOOST_TEST(first_is(search("Großmann"), joerg.meta.id));
  BOOST_TEST(first_is(search("bjorn saether"), bjorn.meta.id));
  BOOST_TEST(first_is(search("lukasz lawrynowicz"), lukasz.meta.id));
  BOOST_TEST(first_is(search("ＯＳＣＥ"), osce.meta.id));
}

BOOST_AUTO_TEST_CASE(an_organization_is_found_by_acronym_full_name_and_cyrillic_alias) {
  BOOST_TEST(first_is(search("OSCE"), osce.meta.id));
  BOOST_TEST(first_is(search("osce"), osce.meta.id));
  BOOST_TEST(
      first_is(search("Organization for Security and Co-operation in Europe"), osce.meta.id));
  BOOST_TEST(first_is(search("ОБСЕ"), osce.meta.id));
  BOOST_TEST(first_is(search("OEBS"), osce.meta.id));
}

BOOST_AUTO_TEST_CASE(a_cyrillic_institution_is_found_in_latin) {
  BOOST_TEST(first_is(search("MUP"), mup.meta.id));
  BOOST_TEST(first_is(search("Ministarstvo unutrasnjih poslova"), mup.meta.id));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(exact_mode, Records)

BOOST_AUTO_TEST_CASE(exact_mode_tells_citati_from_citati_with_a_caron) {
  const auto reads = add(with_notes(named("Ana", "Kovač"), "treba čitati ugovor"));
  const auto cites = add(with_notes(named("Ivo", "Perić"), "treba citati ugovor"));

  auto hits = search("čitati", exact());
  BOOST_TEST(finds(hits, reads.meta.id));
  BOOST_TEST(misses(hits, cites.meta.id));

  hits = search("citati", exact());
  BOOST_TEST(finds(hits, cites.meta.id));
  BOOST_TEST(misses(hits, reads.meta.id));

  // Folded, each spelling finds both.
  for (const char* query : {"citati", "čitati"}) {
    BOOST_TEST_CONTEXT("query " << query) {
      hits = search(query);
      BOOST_TEST(finds(hits, reads.meta.id));
      BOOST_TEST(finds(hits, cites.meta.id));
    }
  }
}

BOOST_AUTO_TEST_CASE(exact_mode_keeps_diacritics_in_names) {
  const auto with_caron = add(named("Emir", "Čolak"));
  const auto without = add(named("Edin", "Colak"));
  auto hits = search("Čolak", exact());
  BOOST_TEST(finds(hits, with_caron.meta.id));
  BOOST_TEST(misses(hits, without.meta.id));
  hits = search("Colak", exact());
  BOOST_TEST(finds(hits, without.meta.id));
  BOOST_TEST(misses(hits, with_caron.meta.id));
}

BOOST_AUTO_TEST_CASE(exact_mode_reads_the_query_as_nfc) {
  const auto reads = add(with_notes(named("Ana", "Kovač"), "treba čitati ugovor"));
  // "čitati" with c + combining caron (U+030C): the same text in NFD.
  BOOST_TEST(finds(search("c\u030Citati", exact()), reads.meta.id));
}

BOOST_AUTO_TEST_CASE(exact_mode_has_no_prefixes_no_typos_and_no_script_folding) {
  auto hits = search("Neuh", exact());
  BOOST_TEST(misses(hits, gerald.meta.id));
  BOOST_TEST(misses(search("Nuehaus", exact()), gerald.meta.id));
  BOOST_TEST(misses(search("Jovanovic", exact()), jelena.meta.id));
  BOOST_TEST(misses(search("Jovanović", exact()), jelena.meta.id));
  BOOST_TEST(finds(search("Јовановић", exact()), jelena.meta.id));
  BOOST_TEST(finds(search("Neuhaus", exact()), gerald.meta.id));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(prefixes_and_typos, Records)

BOOST_AUTO_TEST_CASE(a_prefix_finds_the_whole_word) {
  BOOST_TEST(first_is(search("neuh"), gerald.meta.id));
  BOOST_TEST(first_is(search("Ławry"), lukasz.meta.id));
}

BOOST_AUTO_TEST_CASE(a_word_of_five_letters_or_more_is_found_one_typo_away) {
  const auto dimov = add(named("Petar", "Dimov"));
  BOOST_TEST(first_is(search("Nuehaus"), gerald.meta.id));  // transposition
  BOOST_TEST(first_is(search("Neuhaos"), gerald.meta.id));  // substitution
  BOOST_TEST(first_is(search("Dimvo"), dimov.meta.id));     // five letters
}

BOOST_AUTO_TEST_CASE(a_word_of_four_letters_gets_no_typo_tolerance) {
  const auto kola = add(named("Ilir", "Kola"));
  BOOST_TEST(first_is(search("Kola"), kola.meta.id));
  BOOST_TEST(misses(search("Kloa"), kola.meta.id));
  BOOST_TEST(misses(search("Kolq"), kola.meta.id));
  BOOST_TEST(misses(search("Nueh"), gerald.meta.id));
}

BOOST_AUTO_TEST_CASE(typo_hits_rank_below_every_exact_and_prefix_hit) {
  // The typo is in the heaviest field, the prefix in the lightest.
  const auto typo_in_name = add(with_notes(named("Sonja", "Neihaus"), "Neihaus"));
  const auto prefix_in_notes =
      add(with_notes(named("Pavle", "Ristić"), "Visited Neuhausen am Rheinfall."));
  const auto word_in_notes = add(with_notes(named("Vera", "Mali"), "Met Neuhaus in Vienna."));
  const auto hits = search("neuhaus");
  BOOST_TEST(first_is(hits, gerald.meta.id));
  BOOST_TEST(finds(hits, typo_in_name.meta.id));
  BOOST_TEST(ranks_above(hits, prefix_in_notes.meta.id, typo_in_name.meta.id));
  BOOST_TEST(ranks_above(hits, word_in_notes.meta.id, typo_in_name.meta.id));
  BOOST_TEST(ranks_above(hits, gerald.meta.id, typo_in_name.meta.id));
  BOOST_TEST(hits.back().id == typo_in_name.meta.id, describe(hits));
}

BOOST_AUTO_TEST_CASE(an_exact_word_ranks_above_a_prefix_and_a_typo_of_it) {
  const auto neuhau = add(named("Dora", "Neuhau"));  // the word itself
  const auto neihau = add(named("Ema", "Neihau"));   // one typo away
  const auto hits = search("Neuhau");
  BOOST_TEST(first_is(hits, neuhau.meta.id));
  BOOST_TEST(ranks_above(hits, gerald.meta.id, neihau.meta.id));  // prefix of Neuhaus
  BOOST_TEST(ranks_above(hits, neuhau.meta.id, gerald.meta.id));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(phones_and_emails, Records)

BOOST_AUTO_TEST_CASE(any_written_form_of_a_stored_number_finds_it) {
  for (const char* form : {"+381 11 306 2000", "+381113062000", "00381 11 306 2000",
                           "00381113062000", "+381-11-306-2000", "+381 (11) 306-2000"}) {
    BOOST_TEST_CONTEXT("query " << form) {
      const auto hits = search(form);
      BOOST_TEST_REQUIRE(first_is(hits, jelena.meta.id));
      BOOST_TEST(matched(hits.front(), "phone"));
      BOOST_TEST(hits.front().score >= 10000);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_number_in_national_form_is_read_in_the_default_region) {
  auto stored = dir.get_organization(police.meta.id);
  Phone phone;
  phone.number = "+355 4 222 8000";
  stored.contacts.phones.push_back(phone);
  dir.update_organization(stored);
  for (const char* form : {"04 222 8000", "042228000", "+355 4 222 8000", "0035542228000"}) {
    BOOST_TEST_CONTEXT("query " << form) BOOST_TEST(first_is(search(form), police.meta.id));
  }
}

BOOST_AUTO_TEST_CASE(an_email_is_found_whatever_its_case) {
  for (const char* form :
       {"Gerald.Neuhaus@osce.org", "gerald.neuhaus@osce.org", "GERALD.NEUHAUS@OSCE.ORG"}) {
    BOOST_TEST_CONTEXT("query " << form) {
      const auto hits = search(form);
      BOOST_TEST_REQUIRE(first_is(hits, gerald.meta.id));
      BOOST_TEST(matched(hits.front(), "email"));
      BOOST_TEST(hits.front().score >= 10000);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(filters, Records)

BOOST_AUTO_TEST_CASE(org_by_acronym_name_and_alias_finds_staff_of_the_institution_and_its_units) {
  const std::vector<RecordId> staff = {gerald.meta.id, teresa.meta.id, gjorgji.meta.id};
  for (const char* query :
       {"org:OSCE kind:person", "org:osce kind:person",
        "org:\"Organization for Security and Co-operation in Europe\" kind:person",
        "org:ОБСЕ kind:person"}) {
    BOOST_TEST_CONTEXT("query " << query) BOOST_TEST(exactly(search(query), staff));
  }
  SearchOptions o = unlimited();
  o.organizations = {"OSCE"};
  o.kinds = {RecordKind::person};
  BOOST_TEST(exactly(search("", o), staff));
}

BOOST_AUTO_TEST_CASE(org_of_a_unit_finds_only_the_unit_staff) {
  BOOST_TEST(exactly(search("org:\"OSCE Mission to Skopje\" kind:person"), {gjorgji.meta.id}));
}

BOOST_AUTO_TEST_CASE(org_filter_combines_with_words) {
  const auto hits = search("org:OSCE officer");
  BOOST_TEST(finds(hits, gerald.meta.id));
  BOOST_TEST(misses(hits, jelena.meta.id));
  BOOST_TEST(exactly(search("org:OSCE albano"), {teresa.meta.id}));
}

BOOST_AUTO_TEST_CASE(country_filters_people_and_organizations) {
  auto hits = search("country:MK kind:person");
  BOOST_TEST(finds(hits, gjorgji.meta.id));
  BOOST_TEST(misses(hits, jelena.meta.id));
  SearchOptions o = unlimited();
  o.countries = {"RS"};
  hits = search("", o);
  BOOST_TEST(finds(hits, jelena.meta.id));
  BOOST_TEST(misses(hits, gjorgji.meta.id));
  hits = search("country:AT kind:org");
  BOOST_TEST(finds(hits, osce.meta.id));
  BOOST_TEST(misses(hits, mup.meta.id));
  BOOST_TEST(misses(hits, gerald.meta.id));
}

BOOST_AUTO_TEST_CASE(tag_filters_in_text_and_options) {
  BOOST_TEST(exactly(search("tag:trafficking"), {gerald.meta.id, sara.meta.id}));
  SearchOptions o = unlimited();
  o.tags = {"trafficking"};
  BOOST_TEST(exactly(search("", o), {gerald.meta.id, sara.meta.id}));
  BOOST_TEST(exactly(search("capaliku", o), {sara.meta.id}));
}

BOOST_AUTO_TEST_CASE(kind_person_and_kind_org_keep_one_kind) {
  auto hits = search("OSCE kind:person");
  BOOST_TEST(finds(hits, gerald.meta.id));
  BOOST_TEST(only(hits, RecordKind::organization).empty(), describe(hits));
  hits = search("OSCE kind:org");
  BOOST_TEST(finds(hits, osce.meta.id));
  BOOST_TEST(finds(hits, skopje.meta.id));
  BOOST_TEST(only(hits, RecordKind::person).empty(), describe(hits));
  SearchOptions o = unlimited();
  o.kinds = {RecordKind::organization};
  hits = search("OSCE", o);
  BOOST_TEST(finds(hits, osce.meta.id));
  BOOST_TEST(only(hits, RecordKind::person).empty(), describe(hits));
}

BOOST_AUTO_TEST_CASE(kinds_other_than_person_and_org_are_refused) {
  SearchOptions o;
  o.kinds = {RecordKind::event};
  BOOST_TEST(refusal([&] { dir.search("OSCE", o); }).code() == errc::invalid_argument);
  const auto error = refusal([&] { dir.search("OSCE kind:banana"); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(test::mentions(error, "kind"));
}

BOOST_AUTO_TEST_CASE(title_filters_in_text_and_options) {
  BOOST_TEST(exactly(search("title:\"Police Affairs Officer\""), {gerald.meta.id}));
  SearchOptions o = unlimited();
  o.titles = {"Police Affairs Officer"};
  BOOST_TEST(exactly(search("", o), {gerald.meta.id}));
  // A past title counts only over all time.
  BOOST_TEST(misses(search("title:\"Programme Officer\""), gerald.meta.id));
  o.titles = {"Programme Officer"};
  o.all_time = true;
  BOOST_TEST(finds(search("", o), gerald.meta.id));
}

BOOST_AUTO_TEST_CASE(event_filters_in_text_and_options) {
  auto hits = search("event:\"Skopje Roundtable on Migrant Smuggling\"");
  BOOST_TEST(finds(hits, gjorgji.meta.id));
  BOOST_TEST(misses(hits, gerald.meta.id));
  SearchOptions o = unlimited();
  o.events = {"Skopje Roundtable on Migrant Smuggling"};
  hits = search("", o);
  BOOST_TEST(finds(hits, gjorgji.meta.id));
  BOOST_TEST(misses(hits, trajkovski.meta.id));
}

BOOST_AUTO_TEST_CASE(a_past_affiliation_counts_only_as_of_its_time_or_all_time) {
  BOOST_TEST(misses(search("org:IOM"), gerald.meta.id));
  BOOST_TEST(finds(search("org:IOM as-of:2011-05-01"), gerald.meta.id));
  BOOST_TEST(misses(search("org:IOM as-of:2014-01-01"), gerald.meta.id));
  SearchOptions o = unlimited();
  o.as_of = date(2011, 5, 1);
  BOOST_TEST(finds(search("org:IOM", o), gerald.meta.id));
  o.as_of.reset();
  o.all_time = true;
  BOOST_TEST(finds(search("org:IOM", o), gerald.meta.id));
  o.as_of = date(2014, 1, 1);  // overrides all_time
  BOOST_TEST(misses(search("org:IOM", o), gerald.meta.id));
}

BOOST_AUTO_TEST_CASE(as_of_before_a_start_leaves_out_the_later_affiliation) {
  const auto hits = search("org:OSCE as-of:2011-05-01 kind:person");
  BOOST_TEST(misses(hits, gerald.meta.id));  // at the OSCE since 2015
  BOOST_TEST(finds(hits, teresa.meta.id));   // no dates: held always
}

BOOST_AUTO_TEST_CASE(a_bad_as_of_date_is_refused) {
  for (const char* query : {"org:OSCE as-of:2016-02-30", "as-of:yesterday", "as-of:2016-13-01"}) {
    BOOST_TEST_CONTEXT("query " << query) {
      const auto error = refusal([&] { dir.search(query); });
      BOOST_TEST(error.code() == errc::invalid_argument);
      BOOST_TEST(test::mentions(error, "as-of"));
    }
  }
}

BOOST_AUTO_TEST_CASE(filters_in_text_and_options_must_all_hold) {
  SearchOptions o = unlimited();
  o.tags = {"trafficking"};
  BOOST_TEST(exactly(search("org:OSCE kind:person", o), {gerald.meta.id}));
  o.tags.clear();
  o.countries = {"RS"};
  BOOST_TEST(exactly(search("org:OSCE", o), {}));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(hits, Records)

BOOST_AUTO_TEST_CASE(a_person_hit_carries_identity_current_organization_title_and_fields) {
  const auto hits = search("Neuhaus");
  BOOST_TEST_REQUIRE(first_is(hits, gerald.meta.id));
  const auto& h = hits.front();
  BOOST_TEST(h.kind == RecordKind::person);
  BOOST_TEST(h.uid == gerald.meta.uid);
  BOOST_TEST(h.name == "Gerald Neuhaus");
  BOOST_TEST(h.organization == "Organization for Security and Co-operation in Europe");
  BOOST_TEST(h.title == "Police Affairs Officer");
  BOOST_TEST_REQUIRE(!h.matched_fields.empty());
  BOOST_TEST(h.matched_fields.front() == "name");
  BOOST_TEST(h.score > 0);
}

BOOST_AUTO_TEST_CASE(as_of_shows_the_organization_held_that_day) {
  auto hits = search("Neuhaus as-of:2011-05-01");
  BOOST_TEST_REQUIRE(first_is(hits, gerald.meta.id));
  BOOST_TEST(hits.front().organization == "International Organization for Migration");
  BOOST_TEST(hits.front().title == "Programme Officer");
}

BOOST_AUTO_TEST_CASE(a_former_organization_matches_as_former_only_over_all_time_or_as_of) {
  BOOST_TEST(misses(search("Neuhaus migration"), gerald.meta.id));
  SearchOptions o = unlimited();
  o.all_time = true;
  auto hits = search("Neuhaus migration", o);
  BOOST_TEST_REQUIRE(first_is(hits, gerald.meta.id));
  BOOST_TEST(matched(hits.front(), "former"));
  // The primary affiliation is shown first.
  BOOST_TEST(hits.front().organization == "Organization for Security and Co-operation in Europe");
  hits = search("Neuhaus migration as-of:2011-05-01");
  BOOST_TEST_REQUIRE(first_is(hits, gerald.meta.id));
  BOOST_TEST(hits.front().organization == "International Organization for Migration");
}

BOOST_AUTO_TEST_CASE(a_unit_hit_names_its_parent_and_no_title) {
  const auto hits = search("Mission Skopje kind:org");
  BOOST_TEST_REQUIRE(first_is(hits, skopje.meta.id));
  BOOST_TEST(hits.front().kind == RecordKind::organization);
  BOOST_TEST(hits.front().uid == skopje.meta.uid);
  BOOST_TEST(hits.front().name == "OSCE Mission to Skopje");
  BOOST_TEST(hits.front().organization == "Organization for Security and Co-operation in Europe");
  BOOST_TEST(hits.front().title.empty());
}

BOOST_AUTO_TEST_CASE(an_institution_hit_has_no_organization) {
  const auto hits = search("IOM");
  BOOST_TEST_REQUIRE(first_is(hits, iom.meta.id));
  BOOST_TEST(hits.front().name == "International Organization for Migration");
  BOOST_TEST(hits.front().organization.empty());
  BOOST_TEST(hits.front().title.empty());
  BOOST_TEST(matched(hits.front(), "acronym"));
}

BOOST_AUTO_TEST_CASE(a_person_with_only_a_past_affiliation_shows_none_by_default) {
  const auto former = add(named("Olga", "Bekteshi"));
  link(former, iom, "Intern", date(2009, 1, 1), date(2009, 12, 31));
  auto hits = search("Bekteshi");
  BOOST_TEST_REQUIRE(first_is(hits, former.meta.id));
  BOOST_TEST(hits.front().organization.empty());
  BOOST_TEST(hits.front().title.empty());
  SearchOptions o = unlimited();
  o.all_time = true;
  hits = search("Bekteshi", o);
  BOOST_TEST_REQUIRE(first_is(hits, former.meta.id));
  BOOST_TEST(hits.front().organization == "International Organization for Migration");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(ranking, Records)

BOOST_AUTO_TEST_CASE(an_exact_full_name_comes_before_prefix_and_word_hits) {
  const auto longer = add(named("Gerald", "Neuhausen"));
  const auto mention = add(with_notes(named("Iva", "Rot"), "Recommended by Gerald Neuhaus."));
  const auto hits = search("Gerald Neuhaus");
  BOOST_TEST_REQUIRE(first_is(hits, gerald.meta.id));
  BOOST_TEST(matched(hits.front(), "exact-name"));
  BOOST_TEST(hits.front().score >= 10000);
  BOOST_TEST(ranks_above(hits, gerald.meta.id, longer.meta.id));
  BOOST_TEST(ranks_above(hits, gerald.meta.id, mention.meta.id));
  BOOST_TEST_REQUIRE(finds(hits, longer.meta.id));
  BOOST_TEST_REQUIRE(finds(hits, mention.meta.id));
  BOOST_TEST(hit_for(hits, longer.meta.id)->score < 10000);
  BOOST_TEST(hit_for(hits, mention.meta.id)->score < 10000);
}

BOOST_AUTO_TEST_CASE(an_acronym_comes_before_its_staff_and_units) {
  const auto hits = search("OSCE");
  BOOST_TEST_REQUIRE(first_is(hits, osce.meta.id));
  BOOST_TEST(matched(hits.front(), "acronym"));
  BOOST_TEST(hits.front().score >= 10000);
  BOOST_TEST(ranks_above(hits, osce.meta.id, skopje.meta.id));
  BOOST_TEST(ranks_above(hits, osce.meta.id, gerald.meta.id));
}

BOOST_AUTO_TEST_CASE(an_email_or_phone_match_comes_before_word_hits) {
  const auto mention = add(with_notes(named("Iva", "Rot"), "Write to gerald.neuhaus@osce.org"));
  auto hits = search("gerald.neuhaus@osce.org");
  BOOST_TEST(first_is(hits, gerald.meta.id));
  if (const auto* other = hit_for(hits, mention.meta.id)) BOOST_TEST(other->score < 10000);

  const auto dialled = add(with_notes(named("Ivo", "Kraus"), "Called +381 11 306 2000 twice."));
  hits = search("+381 11 306 2000");
  BOOST_TEST(first_is(hits, jelena.meta.id));
  if (const auto* other = hit_for(hits, dialled.meta.id)) BOOST_TEST(other->score < 10000);
}

BOOST_AUTO_TEST_CASE(a_name_outweighs_an_organization_a_title_and_notes) {
  const auto in_name = add(named("Vesna", "Zlatibor"));
  const auto agency = add(institution("Zlatibor Border Police", "", "RS"));
  const auto in_org = add(named("Dragan", "Ilić"));
  link(in_org, agency, "Inspector");
  const auto in_title = add(named("Mira", "Kos"));
  link(in_title, iom, "Zlatibor Liaison Officer");
  const auto in_notes = add(with_notes(named("Luka", "Brus"), "Met at the Zlatibor conference."));

  const auto hits = search("zlatibor");
  BOOST_TEST(ranks_above(hits, in_name.meta.id, in_org.meta.id));
  BOOST_TEST(ranks_above(hits, in_org.meta.id, in_title.meta.id));
  BOOST_TEST(ranks_above(hits, in_title.meta.id, in_notes.meta.id));
  BOOST_TEST_REQUIRE(finds(hits, in_org.meta.id));
  BOOST_TEST_REQUIRE(finds(hits, in_title.meta.id));
  BOOST_TEST_REQUIRE(finds(hits, in_notes.meta.id));
  BOOST_TEST(matched(*hit_for(hits, in_org.meta.id), "organization"));
  BOOST_TEST(matched(*hit_for(hits, in_title.meta.id), "title"));
  BOOST_TEST(matched(*hit_for(hits, in_notes.meta.id), "notes"));
}

BOOST_AUTO_TEST_CASE(a_person_named_frontex_ranks_above_one_whose_notes_mention_it) {
  const auto mentions = add(with_notes(named("Ana", "Horvat"), "Seconded to Frontex in 2015."));
  const auto named_so = add(named("Marta", "Frontex"));
  const auto hits = search("Frontex");
  BOOST_TEST(ranks_above(hits, named_so.meta.id, mentions.meta.id));
}

BOOST_AUTO_TEST_CASE(scores_descend_and_equal_scores_keep_id_order) {
  std::vector<RecordId> quokkas;
  for (const char* given : {"Ana", "Bojan", "Cvetan", "Dunja"}) {
    quokkas.push_back(add(with_notes(named(given, "Quinn"), "quokka sighting")).meta.id);
  }
  const auto hits = search("quokka");
  BOOST_TEST_REQUIRE(hits.size() == 4u, describe(hits));
  for (std::size_t i = 0; i < hits.size(); ++i) {
    BOOST_TEST(hits[i].id == quokkas[i], describe(hits));
    BOOST_TEST(hits[i].score == hits.front().score);
  }
  for (const char* query : {"OSCE", "neuhaus", "officer", "org:OSCE", "jovanovic", "o"}) {
    BOOST_TEST_CONTEXT("query " << query) BOOST_TEST(ranked(search(query)));
  }
}

BOOST_AUTO_TEST_CASE(the_same_query_gives_the_same_order) {
  for (const char* query : {"officer", "o", "org:OSCE", "Nuehaus"}) {
    BOOST_TEST_CONTEXT("query " << query) {
      std::vector<RecordId> first;
      for (const auto& h : search(query)) first.push_back(h.id);
      for (int round = 0; round < 3; ++round) {
        std::vector<RecordId> again;
        for (const auto& h : search(query)) again.push_back(h.id);
        BOOST_TEST(again == first, boost::test_tools::per_element());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(pages_concatenate_to_the_whole_list) {
  for (int i = 0; i < 4; ++i) add(with_notes(named("Ana", "Walrus"), "walrus"));
  for (int i = 0; i < 4; ++i) add(with_notes(named("Ivo", "Pek"), "walrus colony"));
  const auto all = search("walrus");
  BOOST_TEST_REQUIRE(all.size() == 8u, describe(all));

  SearchOptions page;
  page.limit = 3;
  std::vector<RecordId> concatenated;
  for (page.offset = 0; page.offset < 12; page.offset += 3) {
    for (const auto& h : search("walrus", page)) concatenated.push_back(h.id);
  }
  std::vector<RecordId> whole;
  for (const auto& h : all) whole.push_back(h.id);
  BOOST_TEST(concatenated == whole, boost::test_tools::per_element());
  BOOST_TEST((std::set<RecordId>(whole.begin(), whole.end()).size() == whole.size()));
  page.offset = 8;
  BOOST_TEST(search("walrus", page).empty());
}

// A page of namesakes found by their full name reads only as many as it
// shows; the pages still concatenate to the whole list, in id order.
BOOST_AUTO_TEST_CASE(pages_of_namesakes_concatenate_to_the_whole_list) {
  std::vector<RecordId> namesakes;
  for (int i = 0; i < 13; ++i) namesakes.push_back(add(named("Ana", "Walrusović")).meta.id);
  const auto all = search("Ana Walrusović");
  std::vector<RecordId> whole;
  for (const auto& h : all) whole.push_back(h.id);
  BOOST_TEST(whole == namesakes, boost::test_tools::per_element());

  SearchOptions page;
  page.limit = 5;
  std::vector<RecordId> concatenated;
  for (page.offset = 0; page.offset < 15; page.offset += 5) {
    const auto hits = search("Ana Walrusović", page);
    BOOST_TEST(hits.size() == std::min<std::size_t>(5, 13 - page.offset));
    for (const auto& h : hits) {
      BOOST_TEST(h.score == all.front().score);
      concatenated.push_back(h.id);
    }
  }
  BOOST_TEST(concatenated == whole, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_default_limit_is_twenty_and_zero_means_all) {
  for (int i = 0; i < 25; ++i) add(with_notes(named("Ana", "Zebić"), "zebra crossing"));
  BOOST_TEST(dir.search("zebra").size() == 20u);
  BOOST_TEST(search("zebra").size() == 25u);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(the_index_follows_writes, Records)

BOOST_AUTO_TEST_CASE(an_added_person_is_found_at_once) {
  const auto added = add(named("Arben", "Kestrela"));
  BOOST_TEST(first_is(search("kestrela"), added.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(a_renamed_person_is_found_only_by_the_new_name) {
  auto renamed = dir.get_person(milica.meta.id);
  renamed.family_names = "Radulović";
  dir.update_person(renamed);
  BOOST_TEST(misses(search("scepanovic"), milica.meta.id));
  BOOST_TEST(first_is(search("radulovic"), milica.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(a_changed_email_is_found_only_in_its_new_form) {
  auto moved = dir.get_person(gerald.meta.id);
  moved.contacts.emails[0].address = "g.neuhaus@example.org";
  dir.update_person(moved);
  // The old address's words still match his name and organization, but
  // not as an e-mail.
  const auto old = search("gerald.neuhaus@osce.org");
  if (const auto* h = hit_for(old, gerald.meta.id)) {
    BOOST_TEST(!matched(*h, "email"));
    BOOST_TEST(h->score < 10000);
  }
  const auto now = search("g.neuhaus@example.org");
  BOOST_TEST_REQUIRE(first_is(now, gerald.meta.id));
  BOOST_TEST(matched(now.front(), "email"));
  BOOST_TEST(now.front().score >= 10000);
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(a_removed_person_is_no_longer_found) {
  dir.remove(sara.meta.id);
  BOOST_TEST(misses(search("capaliku"), sara.meta.id));
  BOOST_TEST(exactly(search("tag:trafficking"), {gerald.meta.id}));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(renaming_an_organization_makes_its_people_findable_by_the_new_name) {
  auto renamed = dir.get_organization(police.meta.id);
  renamed.name = "Drejtoria e Përgjithshme e Policisë";
  dir.update_organization(renamed);

  auto hits = search("Drejtoria kind:person");
  BOOST_TEST_REQUIRE(first_is(hits, sara.meta.id));
  BOOST_TEST(hits.front().organization == "Drejtoria e Përgjithshme e Policisë");
  BOOST_TEST(
      exactly(search("org:\"Drejtoria e Përgjithshme e Policisë\" kind:person"), {sara.meta.id}));
  BOOST_TEST(misses(search("Shtetit kind:person"), sara.meta.id));
  BOOST_TEST(misses(search("org:\"Policia e Shtetit, Shqipëri\""), sara.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(renaming_a_parent_reaches_the_people_of_its_units) {
  auto renamed = dir.get_organization(osce.meta.id);
  renamed.acronym = "OSZE";
  dir.update_organization(renamed);
  BOOST_TEST(
      exactly(search("org:OSZE kind:person"), {gerald.meta.id, teresa.meta.id, gjorgji.meta.id}));
  const auto old = search("org:OSCE kind:person");
  BOOST_TEST(misses(old, gerald.meta.id));
  BOOST_TEST(misses(old, teresa.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(ending_and_adding_affiliations_changes_who_org_finds) {
  auto ended = gerald_now;
  ended.end = date(2020, 12, 31);
  dir.update_affiliation(ended);
  link(marko, osce, "Intern");
  BOOST_TEST(
      exactly(search("org:OSCE kind:person"), {teresa.meta.id, gjorgji.meta.id, marko.meta.id}));
  SearchOptions o = unlimited();
  o.all_time = true;
  BOOST_TEST(finds(search("org:OSCE", o), gerald.meta.id));
  dir.remove(teresa_now.meta.id);
  BOOST_TEST(misses(search("org:OSCE"), teresa.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(a_new_participation_is_found_by_event) {
  take_part(roundtable, marko);
  BOOST_TEST(finds(search("event:\"Skopje Roundtable on Migrant Smuggling\""), marko.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(writes_in_a_transaction_are_searchable_inside_it_and_gone_after_rollback) {
  RecordId added = 0;
  {
    auto transaction = dir.transaction();
    added = add(named("Arben", "Kestrela")).meta.id;
    auto renamed = dir.get_person(milica.meta.id);
    renamed.family_names = "Radulović";
    dir.update_person(renamed);
    dir.remove(sara.meta.id);
    auto org = dir.get_organization(police.meta.id);
    org.name = "Drejtoria e Policisë";
    dir.update_organization(org);

    BOOST_TEST(first_is(search("kestrela"), added));
    BOOST_TEST(first_is(search("radulovic"), milica.meta.id));
    BOOST_TEST(misses(search("capaliku"), sara.meta.id));
  }  // rolled back
  BOOST_TEST(search("kestrela").empty(), describe(search("kestrela")));
  BOOST_TEST(misses(search("kestrela"), added));
  BOOST_TEST(misses(search("radulovic"), milica.meta.id));
  BOOST_TEST(first_is(search("scepanovic"), milica.meta.id));
  BOOST_TEST(first_is(search("capaliku"), sara.meta.id));
  BOOST_TEST(search("Drejtoria").empty(), describe(search("Drejtoria")));
  BOOST_TEST(finds(search("Shqiperi"), police.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(writes_in_a_committed_transaction_stay_searchable) {
  RecordId added = 0;
  {
    auto transaction = dir.transaction();
    added = add(named("Arben", "Kestrela")).meta.id;
    transaction.commit();
  }
  BOOST_TEST(first_is(search("kestrela"), added));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(a_rebuilt_index_checks_ok_and_answers_as_before) {
  const std::vector<std::string> queries = {"OSCE",    "jovanovic",        "org:OSCE",
                                            "Nuehaus", "+381 11 306 2000", "tag:trafficking"};
  std::vector<std::vector<RecordId>> before;
  for (const auto& q : queries) {
    before.emplace_back();
    for (const auto& h : search(q)) before.back().push_back(h.id);
  }
  BOOST_TEST(dir.check_search_index() == "ok");
  dir.rebuild_search_index();
  BOOST_TEST(dir.check_search_index() == "ok");
  for (std::size_t i = 0; i < queries.size(); ++i) {
    std::vector<RecordId> after;
    for (const auto& h : search(queries[i])) after.push_back(h.id);
    BOOST_TEST_CONTEXT("query " << queries[i])
    BOOST_TEST(after == before[i], boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(writes_inside_a_transaction_are_searchable_and_roll_back_cleanly) {
  // Documents are written when the outermost transaction commits; a search
  // inside it still sees its writes, and a rollback leaves no trace.
  {
    liaison::Transaction transaction = dir.transaction();
    const auto added = add(named("Arben", "Kestrela"));
    BOOST_TEST(first_is(search("kestrela"), added.meta.id));
    auto renamed = dir.get_person(sara.meta.id);
    renamed.family_names = "Hoxha";
    dir.update_person(renamed);
    BOOST_TEST(misses(search("capaliku"), sara.meta.id));
  }
  BOOST_TEST(search("kestrela").empty());
  BOOST_TEST(first_is(search("capaliku"), sara.meta.id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(a_long_transaction_writes_its_documents_as_it_goes_and_commits_them_all) {
  // More records than the indexer keeps pending (4096), each added in a
  // savepoint of its own as an import does.
  std::vector<liaison::RecordId> ids;
  {
    liaison::Transaction transaction = dir.transaction();
    for (int i = 0; i < 5000; ++i) {
      Person p;
      p.given_names = "Bulk";
      p.family_names = "Tester" + std::to_string(i);
      ids.push_back(add(p).meta.id);
    }
    transaction.commit();
  }
  BOOST_TEST(first_is(search("tester0"), ids.front()));
  BOOST_TEST(first_is(search("tester4999"), ids.back()));
  BOOST_TEST(dir.check_search_index() == "ok");
}

BOOST_AUTO_TEST_CASE(new_people_written_together_are_indexed_once_each_with_their_latest_text) {
  // Enough new people close together for the indexer to read them in one
  // range, with affiliations between them; one renamed after a search has
  // written its first document, one renamed before any was written.
  const auto unit = dir.add_organization([] {
    liaison::Organization o;
    o.name = "Bulk Liaison Office";
    o.acronym = "BLO";
    return o;
  }());
  std::vector<liaison::Person> people;
  {
    liaison::Transaction transaction = dir.transaction();
    for (int i = 0; i < 40; ++i) {
      Person p;
      p.given_names = "Ranged";
      p.family_names = "Bulkperson" + std::to_string(i);
      people.push_back(add(p));
      liaison::Affiliation a;
      a.person_id = people.back().meta.id;
      a.organization_id = unit.meta.id;
      a.title = "Clerk";
      dir.add_affiliation(a);
    }
    Person early = dir.get_person(people[3].meta.id);
    early.family_names = "Renamedbefore";
    dir.update_person(early);
    BOOST_TEST(first_is(search("bulkperson7"), people[7].meta.id));  // writes the documents
    Person late = dir.get_person(people[7].meta.id);
    late.family_names = "Renamedafter";
    dir.update_person(late);
    transaction.commit();
  }
  BOOST_TEST(dir.check_search_index() == "ok");
  BOOST_TEST(first_is(search("renamedbefore"), people[3].meta.id));
  BOOST_TEST(first_is(search("renamedafter"), people[7].meta.id));
  BOOST_TEST(misses(search("bulkperson7"), people[7].meta.id));
  BOOST_TEST(misses(search("bulkperson3"), people[3].meta.id));
  BOOST_TEST(search("org:BLO ranged").size() == 40u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(the_index_is_kept_in_the_file_across_reopening) {
  test::TempDir temp;
  const auto path = temp.file("search.liaison");
  RecordId id = 0;
  {
    auto dir = Directory::open(path, options());
    id = dir.add_person(named("Jelena", "Јовановић")).meta.id;
  }
  auto dir = Directory::open(path, options());
  BOOST_TEST(first_is(dir.search("jovanovic"), id));
  BOOST_TEST(dir.check_search_index() == "ok");
}

// ---------------------------------------------------------------------------
BOOST_FIXTURE_TEST_SUITE(hostile_queries, Records)

BOOST_AUTO_TEST_CASE(syntax_characters_are_answered_or_refused_cleanly) {
  // clang-format off
  const std::vector<std::string> queries = {
      // Quotes, wildcards, negation, FTS5 operators and groups.
      "\"", "\"Neuhaus", "Neuhaus\"", "\"\"", "'", "'; DROP TABLE person; --", "Robert'); --",
      "*", "**", "Neu*", "-", "--", "-Neuhaus", "Neuhaus -Albano", "NEAR(", "NEAR(Neuhaus Albano)",
      "NEAR(Neuhaus Albano, 2)", "Neuhaus NEAR Albano", "NEAR/2", "AND", "OR", "NOT", "AND OR NOT",
      "Neuhaus AND", "AND Neuhaus", "Neuhaus OR Albano", "NOT Neuhaus", "Neuhaus NOT Albano",
      "(", ")", "((Neuhaus", "Neuhaus))", "(Neuhaus OR", ")(", "{name}: Neuhaus", "name:Neuhaus",
      "^Neuhaus", "Neuhaus:", ":", "::", "+", "++", "+Neuhaus", "col:*", "[Neuhaus]", "Neuhaus;",
      // Filters without values or with stray quotes.
      "org:", "org:\"", "org:\"OSCE", "\"org:OSCE\"", "kind:", "tag:", "as-of:",
      // Punctuation alone, half an e-mail or a phone number, typographic marks.
      "%", "_", "\\", "/", "\\\"", "#", "@", "@@", "a@", "@osce.org", "+355", "00", "…", "—", "«»",
      ".,;:!?", "!!!", "???", "--- ---",
      // Control characters, NUL, BOM, zero-width space, nothing at all.
      "\x01\x02\x03", "Neu\x07haus", "\t\n\r", std::string("Neu\0haus", 8), std::string(1, '\0'),
      "\x7f", "\xef\xbb\xbf", "\xe2\x80\x8b", "", " ", "   \t ",
      // 10 kB.
      std::string(10 * 1024, '"'), std::string(10 * 1024, '('), std::string(10 * 1024, 'a')};
  // clang-format on
  SearchOptions exact_mode = unlimited();
  exact_mode.exact = true;
  SearchOptions all_time = unlimited();
  all_time.all_time = true;
  for (const auto& query : queries) {
    BOOST_TEST(answered_or_refused_cleanly(dir, query));
    BOOST_TEST(answered_or_refused_cleanly(dir, query, exact_mode));
    BOOST_TEST(answered_or_refused_cleanly(dir, query, all_time));
  }
  BOOST_TEST(dir.count(RecordKind::person) == 14u);
  BOOST_TEST(dir.check_search_index() == "ok");
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(syntax_characters_around_a_word_leave_the_word) {
  for (const char* query : {"\"Neuhaus\"", "Neuhaus*", "-Neuhaus", "(Neuhaus)", "Neuhaus^",
                            "+Neuhaus", "Neuhaus:", "'Neuhaus'", "Neuhaus\"", "((Neuhaus"}) {
    BOOST_TEST_CONTEXT("query " << query) {
      Hits hits;
      BOOST_CHECK_NO_THROW(hits = search(query));
      BOOST_TEST(finds(hits, gerald.meta.id));
    }
  }
}

BOOST_AUTO_TEST_CASE(words_that_look_like_operators_find_records_holding_them) {
  for (const char* query :
       {"NEAR", "near", "AND", "and", "OR", "NOT", "NEAR AND", "near port and not"}) {
    BOOST_TEST_CONTEXT("query " << query) BOOST_TEST(finds(search(query), nora.meta.id));
  }
  BOOST_TEST(misses(search("NEAR Neuhaus"), nora.meta.id));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused_naming_utf8) {
  for (const std::string query : {"\xff", "\xc3", "\xc3\x28", "\xc0\xaf", "\xed\xa0\x80",
                                  "\xf4\x90\x80\x80", "Neuhaus\xff", "\xe2\x82"}) {
    BOOST_TEST_CONTEXT("query " << printable(query)) {
      BOOST_TEST(answered_or_refused_cleanly(dir, query));
      const auto error = refusal([&] { dir.search(query); });
      BOOST_TEST(error.code() == errc::invalid_argument);
      BOOST_TEST(lowercase(error.what()).find("utf-8") != std::string::npos, error.what());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_query_over_4096_bytes_or_32_words_is_refused) {
  std::string words;
  for (int i = 0; i < 1300; ++i) words += "neuhaus ";
  for (const std::string& query : {std::string(10 * 1024, 'a'), words, std::string(4097, 'x')}) {
    BOOST_TEST_CONTEXT("query of " << query.size() << " bytes") {
      BOOST_TEST(answered_or_refused_cleanly(dir, query));
      BOOST_TEST(refusal([&] { dir.search(query); }).code() == errc::invalid_argument);
    }
  }
  std::string thirty_two;
  for (int i = 0; i < 32; ++i) thirty_two += "neuhaus ";
  BOOST_TEST(finds(search(thirty_two), gerald.meta.id));
  BOOST_TEST(refusal([&] { dir.search(thirty_two + "neuhaus"); }).code() == errc::invalid_argument);

  // Exactly 4096 bytes in 32 words is still a query.
  std::string longest;
  for (int i = 0; i < 31; ++i) longest += std::string(127, 'q') + ' ';
  longest += std::string(4096 - longest.size(), 'q');
  BOOST_TEST_REQUIRE(longest.size() == 4096u);
  BOOST_CHECK_NO_THROW(search(longest));
}

BOOST_AUTO_TEST_SUITE_END()
