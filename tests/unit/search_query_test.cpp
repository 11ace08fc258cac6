#include <boost/test/unit_test.hpp>

#include "search/query_parser.hpp"
#include "search/typo.hpp"
#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

using liaison::PartialDate;
using liaison::RecordKind;
using liaison::search::parse_query;
using liaison::search::ParsedQuery;
using Words = std::vector<std::string>;
using Kinds = std::vector<RecordKind>;

namespace {

// The message of the invalid_argument error parse_query must raise; fails
// the test (and returns "") when it raises nothing or another code.
std::string refusal(std::string_view query) {
  try {
    parse_query(query);
  } catch (const liaison::Error& e) {
    BOOST_TEST((e.code() == liaison::errc::invalid_argument), "wrong code: " << e.what());
    return e.what();
  }
  BOOST_ERROR("parse_query accepted a query it must refuse");
  return "";
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool has_control_byte(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size()) {  // C1: U+0080..U+009F
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return true;
    }
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(words)

BOOST_AUTO_TEST_CASE(words_split_on_spaces_and_text_joins_them_with_one_space) {
  const ParsedQuery q = parse_query("  Mary   Ward\tLoreto  ");
  BOOST_TEST(q.words == (Words{"Mary", "Ward", "Loreto"}), boost::test_tools::per_element());
  BOOST_TEST(q.text == "Mary Ward Loreto");
  BOOST_TEST(!q.empty());
}

BOOST_AUTO_TEST_CASE(unicode_white_space_separates_words) {
  const ParsedQuery q = parse_query(
      "a\xC2\xA0"      // U+00A0 NO-BREAK SPACE
      "b\xE3\x80\x80"  // U+3000 IDEOGRAPHIC SPACE
      "c\xE2\x80\x83"  // U+2003 EM SPACE
      "d\xE2\x80\xA8"  // U+2028 LINE SEPARATOR
      "e\xE2\x80\xAF"  // U+202F NARROW NO-BREAK SPACE
      "f\xE1\x9A\x80"  // U+1680 OGHAM SPACE MARK
      "g\r\n\v\fh");
  BOOST_TEST(q.words == (Words{"a", "b", "c", "d", "e", "f", "g", "h"}),
             boost::test_tools::per_element());
  BOOST_TEST(q.text == "a b c d e f g h");
}

BOOST_AUTO_TEST_CASE(control_characters_separate_words_and_never_stay_inside_one) {
  const char raw[] =
      "Neu\x01haus\x7F"
      "Tirana\xC2\x85"  // U+0085 NEXT LINE (C1)
      "OSCE\xC2\x9F"    // U+009F (C1)
      "IOM\x1B[31mred\0nul";
  const std::string query(raw, sizeof raw - 1);
  const ParsedQuery q = parse_query(query);
  BOOST_TEST(q.words == (Words{"Neu", "haus", "Tirana", "OSCE", "IOM", "[31mred", "nul"}),
             boost::test_tools::per_element());
  for (const std::string& word : q.words) BOOST_TEST(!has_control_byte(word), word);
  BOOST_TEST(!has_control_byte(q.text));
}

BOOST_AUTO_TEST_CASE(operators_of_other_query_languages_stay_literal) {
  const ParsedQuery q = parse_query("neuh* -smith NEAR(a b) AND OR NOT x^2 ((osce a:b :c d:");
  BOOST_TEST(q.words == (Words{"neuh*", "-smith", "NEAR(a", "b)", "AND", "OR", "NOT", "x^2",
                               "((osce", "a:b", ":c", "d:"}),
             boost::test_tools::per_element());
  BOOST_TEST(q.text == "neuh* -smith NEAR(a b) AND OR NOT x^2 ((osce a:b :c d:");
}

BOOST_AUTO_TEST_CASE(unbalanced_parentheses_are_ordinary_characters) {
  BOOST_TEST(parse_query("(((").words == Words{"((("}, boost::test_tools::per_element());
  BOOST_TEST(parse_query("a) (b").words == (Words{"a)", "(b"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(quotes_outside_filters_only_separate_words) {
  BOOST_TEST(parse_query("\"Mary Ward\" Loreto").words == (Words{"Mary", "Ward", "Loreto"}),
             boost::test_tools::per_element());
  BOOST_TEST(parse_query("ab\"cd\"ef").words == (Words{"ab", "cd", "ef"}),
             boost::test_tools::per_element());
  BOOST_TEST(parse_query("\"unbalanced quote").words == (Words{"unbalanced", "quote"}),
             boost::test_tools::per_element());
  BOOST_TEST(parse_query("x \"").words == Words{"x"}, boost::test_tools::per_element());
  BOOST_TEST(parse_query("\"Mary Ward\" Loreto").text == "Mary Ward Loreto");
  BOOST_TEST(parse_query("\"\"\"\"").empty());
}

BOOST_AUTO_TEST_CASE(cyrillic_and_albanian_words_are_kept_intact) {
  const ParsedQuery q =
      parse_query("Ђорђе Јовановић ОБСЕ Çapaliku Ministria e Punëve të Brendshme Shqipëri");
  BOOST_TEST(q.words == (Words{"Ђорђе", "Јовановић", "ОБСЕ", "Çapaliku", "Ministria", "e", "Punëve",
                               "të", "Brendshme", "Shqipëri"}),
             boost::test_tools::per_element());
  BOOST_TEST(q.text == "Ђорђе Јовановић ОБСЕ Çapaliku Ministria e Punëve të Brendshme Shqipëri");
}

BOOST_AUTO_TEST_CASE(words_keep_their_case) {
  BOOST_TEST(parse_query("OSCE osce").words == (Words{"OSCE", "osce"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_query_without_words_or_filters_is_empty) {
  BOOST_TEST(parse_query("").empty());
  BOOST_TEST(parse_query(" \t\n\xC2\xA0\x01").empty());
  BOOST_TEST(parse_query("\"  \"").empty());
  BOOST_TEST(parse_query("").text == "");
  BOOST_TEST(!parse_query("a").empty());
  BOOST_TEST(!parse_query("tag:x").empty());
  BOOST_TEST(!parse_query("kind:org").empty());
  BOOST_TEST(!parse_query("as-of:2016").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(filters)

BOOST_AUTO_TEST_CASE(every_key_and_alias_is_read_case_insensitively) {
  const ParsedQuery q = parse_query(
      "ORG:OSCE organization:IOM Country:AL tag:shelter TITLE:Adviser Event:Podgorica-2016 "
      "kind:Person As-Of:2016-08-31 neuhaus");
  BOOST_TEST(q.organizations == (Words{"OSCE", "IOM"}), boost::test_tools::per_element());
  BOOST_TEST(q.countries == Words{"AL"}, boost::test_tools::per_element());
  BOOST_TEST(q.tags == Words{"shelter"}, boost::test_tools::per_element());
  BOOST_TEST(q.titles == Words{"Adviser"}, boost::test_tools::per_element());
  BOOST_TEST(q.events == Words{"Podgorica-2016"}, boost::test_tools::per_element());
  BOOST_TEST((q.kinds == Kinds{RecordKind::person}));
  BOOST_TEST(q.as_of.has_value());
  BOOST_TEST((q.as_of == PartialDate{2016, 8, 31}));
  BOOST_TEST(q.words == Words{"neuhaus"}, boost::test_tools::per_element());
  BOOST_TEST(q.text == "neuhaus");
}

BOOST_AUTO_TEST_CASE(asof_without_hyphen_is_the_same_filter) {
  const ParsedQuery q = parse_query("ASOF:2016-08");
  BOOST_TEST((q.as_of == PartialDate{2016, 8, 0}));
  BOOST_TEST(q.words.empty());
}

BOOST_AUTO_TEST_CASE(a_quoted_value_groups_words_for_the_filter) {
  const ParsedQuery q = parse_query("org:\"Ministry of Interior\" tirana");
  BOOST_TEST(q.organizations == Words{"Ministry of Interior"}, boost::test_tools::per_element());
  BOOST_TEST(q.words == Words{"tirana"}, boost::test_tools::per_element());
  BOOST_TEST(q.text == "tirana");
}

BOOST_AUTO_TEST_CASE(a_quoted_value_collapses_spaces_and_control_characters) {
  const ParsedQuery q = parse_query("title:\"  Senior\t\x01 Adviser\xC2\xA0 \" x");
  BOOST_TEST(q.titles == Words{"Senior Adviser"}, boost::test_tools::per_element());
  BOOST_TEST(q.words == Words{"x"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_quoted_value_keeps_cyrillic_and_albanian_text) {
  const ParsedQuery q = parse_query(
      "org:\"Министарство унутрашњих послова\" "
      "ORG:\"Ministria e Punëve të Brendshme\"");
  BOOST_TEST(q.organizations ==
                 (Words{"Министарство унутрашњих послова", "Ministria e Punëve të Brendshme"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unbalanced_quoted_value_runs_to_the_end) {
  const ParsedQuery q = parse_query("a tag:\"human trafficking victims");
  BOOST_TEST(q.tags == Words{"human trafficking victims"}, boost::test_tools::per_element());
  BOOST_TEST(q.words == Words{"a"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_word_after_a_closing_quote_is_a_new_word) {
  const ParsedQuery q = parse_query("org:\"OSCE\"Tirana");
  BOOST_TEST(q.organizations == Words{"OSCE"}, boost::test_tools::per_element());
  BOOST_TEST(q.words == Words{"Tirana"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_quote_later_in_the_value_only_separates) {
  const ParsedQuery q = parse_query("org:OSCE\"Mission in\" Kosovo");
  BOOST_TEST(q.organizations == Words{"OSCE"}, boost::test_tools::per_element());
  BOOST_TEST(q.words == (Words{"Mission", "in", "Kosovo"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_filter_may_repeat) {
  const ParsedQuery q = parse_query("tag:a tag:b country:AL country:XK org:x");
  BOOST_TEST(q.tags == (Words{"a", "b"}), boost::test_tools::per_element());
  BOOST_TEST(q.countries == (Words{"AL", "XK"}), boost::test_tools::per_element());
  BOOST_TEST(q.organizations == Words{"x"}, boost::test_tools::per_element());
  BOOST_TEST(q.words.empty());
  BOOST_TEST(q.text == "");
}

BOOST_AUTO_TEST_CASE(a_value_keeps_its_own_colons_and_operators) {
  const ParsedQuery q = parse_query("title:head:of:unit event:NEAR(x) tag:-y*");
  BOOST_TEST(q.titles == Words{"head:of:unit"}, boost::test_tools::per_element());
  BOOST_TEST(q.events == Words{"NEAR(x)"}, boost::test_tools::per_element());
  BOOST_TEST(q.tags == Words{"-y*"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_keys_are_ordinary_words_kept_whole) {
  const ParsedQuery q = parse_query(
      "mailto:a.neuhaus@osce.org http://www.osce.org/ 12:30 foo:bar orgs:x tags:y as_of:2016 "
      "org");
  BOOST_TEST(q.words == (Words{"mailto:a.neuhaus@osce.org", "http://www.osce.org/", "12:30",
                               "foo:bar", "orgs:x", "tags:y", "as_of:2016", "org"}),
             boost::test_tools::per_element());
  BOOST_TEST(q.organizations.empty());
  BOOST_TEST(q.tags.empty());
  BOOST_TEST(!q.as_of.has_value());
}

BOOST_AUTO_TEST_CASE(an_unknown_key_does_not_open_a_quoted_value) {
  const ParsedQuery q = parse_query("foo:\"a b\"");
  BOOST_TEST(q.words == (Words{"foo:", "a", "b"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_filter_without_a_value_is_refused_by_name) {
  BOOST_TEST(contains(refusal("osce org:"), "org:"));
  BOOST_TEST(contains(refusal("org:\"\" osce"), "org:"));
  BOOST_TEST(contains(refusal("Tag:\"  \t \""), "Tag:"));
  BOOST_TEST(contains(refusal("country: AL"), "country:"));
  BOOST_TEST(contains(refusal("as-of:"), "as-of:"));
  BOOST_TEST(contains(refusal("kind:\""), "kind:"));
}

BOOST_AUTO_TEST_CASE(every_spelling_of_a_kind_is_accepted) {
  for (const char* person : {"person", "persons", "people", "PEOPLE", "Person"}) {
    BOOST_TEST((parse_query(std::string("kind:") + person).kinds == Kinds{RecordKind::person}),
               person);
  }
  for (const char* org : {"org", "orgs", "organization", "organizations", "ORG", "Organizations"}) {
    BOOST_TEST((parse_query(std::string("kind:") + org).kinds == Kinds{RecordKind::organization}),
               org);
  }
  BOOST_TEST((parse_query("kind:\"org\"").kinds == Kinds{RecordKind::organization}));
}

BOOST_AUTO_TEST_CASE(two_kinds_are_both_kept_and_a_repeated_kind_once) {
  BOOST_TEST((parse_query("kind:person kind:org").kinds ==
              Kinds{RecordKind::person, RecordKind::organization}));
  BOOST_TEST((parse_query("kind:person kind:people").kinds == Kinds{RecordKind::person}));
}

BOOST_AUTO_TEST_CASE(an_unknown_kind_is_refused_naming_it_and_the_accepted_ones) {
  const std::string message = refusal("kind:event");
  BOOST_TEST(contains(message, "\"event\""), message);
  for (const char* accepted :
       {"person", "persons", "people", "org", "orgs", "organization", "organizations"}) {
    BOOST_TEST(contains(message, accepted), accepted);
  }
  BOOST_TEST(contains(refusal("kind:\"per son\""), "\"per son\""));
}

BOOST_AUTO_TEST_CASE(as_of_reads_partial_dates) {
  BOOST_TEST((parse_query("as-of:2016").as_of == PartialDate{2016, 0, 0}));
  BOOST_TEST((parse_query("as-of:20160831").as_of == PartialDate{2016, 8, 31}));
  BOOST_TEST((parse_query("as-of:\" 2016-08-31 \"").as_of == PartialDate{2016, 8, 31}));
}

BOOST_AUTO_TEST_CASE(an_as_of_that_is_not_a_date_is_refused_naming_it) {
  BOOST_TEST(contains(refusal("as-of:2016-02-30"), "\"2016-02-30\""));
  BOOST_TEST(contains(refusal("asof:yesterday"), "\"yesterday\""));
  BOOST_TEST(contains(refusal("as-of:\"31 Aug 2016\""), "\"31 Aug 2016\""));
}

BOOST_AUTO_TEST_CASE(a_repeated_as_of_must_agree) {
  BOOST_TEST((parse_query("as-of:2016-08 asof:2016-08").as_of == PartialDate{2016, 8, 0}));
  const std::string message = refusal("as-of:2016 asof:2017");
  BOOST_TEST(contains(message, "2016"), message);
  BOOST_TEST(contains(message, "2017"), message);
}

BOOST_AUTO_TEST_CASE(a_long_value_is_shortened_in_the_message) {
  const std::string message = refusal("kind:" + std::string(3000, 'x'));
  BOOST_TEST(message.size() < 400u);
  BOOST_TEST(contains(message, "xxx...\""));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(limits_and_encoding)

BOOST_AUTO_TEST_CASE(a_10_kB_query_is_refused_with_its_size_and_the_limit) {
  const std::string message = refusal(std::string(10240, 'a'));
  BOOST_TEST(contains(message, "10240"), message);
  BOOST_TEST(contains(message, "4096"), message);
}

BOOST_AUTO_TEST_CASE(the_byte_limit_is_inclusive) {
  const std::string at_limit(liaison::search::max_query_bytes, 'a');
  BOOST_TEST(parse_query(at_limit).words == Words{at_limit}, boost::test_tools::per_element());
  const std::string message = refusal(at_limit + "a");
  BOOST_TEST(contains(message, "4097"), message);
}

BOOST_AUTO_TEST_CASE(the_word_limit_counts_words_and_filters) {
  std::string query;
  for (std::size_t i = 0; i < liaison::search::max_query_words; ++i) query += "w ";
  BOOST_TEST(parse_query(query).words.size() == liaison::search::max_query_words);
  BOOST_TEST(contains(refusal(query + "w"), "32"));
  BOOST_TEST(contains(refusal(query + "tag:x"), "words"));
  BOOST_TEST(contains(refusal(query + "\"w\""), "words"));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused_with_its_offset_and_never_echoed) {
  struct Case {
    std::string query;
    std::string offset;
    std::string bad;
  };
  const std::vector<Case> cases{
      {"abc \xFF def", "4", "\xFF"},
      {"\x80", "0", "\x80"},
      {"ab\xC3", "2", "\xC3"},                      // truncated at the end
      {"x\xC3\x28", "1", "\xC3"},                   // bad continuation
      {"\xC0\xAF", "0", "\xC0"},                    // overlong '/'
      {"x\xED\xA0\x80", "1", "\xED\xA0\x80"},       // surrogate U+D800
      {"\xF4\x90\x80\x80", "0", "\xF4\x90"},        // above U+10FFFF
      {"\xC5\xA1\xFF", "2", "\xFF"},                // after a valid "š"
      {"org:\"Ђорђе\xE2\x82\"", "15", "\xE2\x82"},  // inside a quoted value
      {"kind:\xFE", "5", "\xFE"},                   // inside a filter value
  };
  for (const Case& c : cases) {
    const std::string message = refusal(c.query);
    BOOST_TEST(contains(message, "UTF-8"), message);
    BOOST_TEST(contains(message, "offset " + c.offset), message);
    BOOST_TEST(!contains(message, c.bad));
    BOOST_TEST(liaison::text::is_valid_utf8(message));
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(typo)

using liaison::search::deletion_variants;
using liaison::search::edit_distance;
using liaison::search::typo_budget;

BOOST_AUTO_TEST_CASE(an_adjacent_transposition_costs_one_edit) {
  BOOST_TEST(edit_distance("nuehaus", "neuhaus", 2) == 1u);
  BOOST_TEST(edit_distance("tatzgren", "tatzgern", 2) == 1u);
  BOOST_TEST(edit_distance("ab", "ba", 2) == 1u);
}

BOOST_AUTO_TEST_CASE(substitutions_insertions_and_deletions_cost_one_each) {
  BOOST_TEST(edit_distance("capaliki", "capaliku", 2) == 1u);
  BOOST_TEST(edit_distance("neuhaus", "neuhau", 2) == 1u);
  BOOST_TEST(edit_distance("neuhau", "neuhaus", 2) == 1u);
  BOOST_TEST(edit_distance("kitten", "sitting", 5) == 3u);
  BOOST_TEST(edit_distance("", "abc", 5) == 3u);
  BOOST_TEST(edit_distance("abc", "", 5) == 3u);
  BOOST_TEST(edit_distance("", "", 0) == 0u);
  BOOST_TEST(edit_distance("neuhaus", "neuhaus", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(osa_does_not_edit_a_transposed_pair_again) {
  // Optimal string alignment, not full Damerau: "ca" -> "abc" is 3, not 2.
  BOOST_TEST(edit_distance("ca", "abc", 5) == 3u);
}

BOOST_AUTO_TEST_CASE(a_multi_byte_letter_counts_as_one) {
  BOOST_TEST(edit_distance("jovanović", "jovanovic", 2) == 1u);
  BOOST_TEST(edit_distance("đorđe", "djordje", 4) == 4u);  // two substitutions, two insertions
  BOOST_TEST(edit_distance("шчепановић", "шчепановиђ", 1) == 1u);
  BOOST_TEST(edit_distance("çapaliku", "capaliku", 1) == 1u);
  BOOST_TEST(edit_distance("ab\xF0\x9F\x98\x80", "ab", 2) == 1u);
}

BOOST_AUTO_TEST_CASE(beyond_the_limit_the_answer_is_limit_plus_one) {
  BOOST_TEST(edit_distance("kitten", "sitting", 1) == 2u);
  BOOST_TEST(edit_distance("kitten", "sitting", 2) == 3u);
  BOOST_TEST(edit_distance("neuhaus", "capaliku", 2) == 3u);
  BOOST_TEST(edit_distance("a", "abcdefgh", 1) == 2u);  // the lengths alone exceed it
  BOOST_TEST(edit_distance("abc", "xyz", 0) == 1u);
  BOOST_TEST(edit_distance("abc", "xyz", std::numeric_limits<std::size_t>::max()) == 3u);
}

BOOST_AUTO_TEST_CASE(distance_is_symmetric) {
  const char* words[] = {"neuhaus", "nuehaus", "tatzgern", "jovanović", "capaliku", "", "a"};
  for (const char* a : words) {
    for (const char* b : words) {
      BOOST_TEST(edit_distance(a, b, 3) == edit_distance(b, a, 3), a << " / " << b);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_budget_grows_with_the_letters) {
  BOOST_TEST(typo_budget("") == 0u);
  BOOST_TEST(typo_budget("anna") == 0u);
  BOOST_TEST(typo_budget("osman") == 1u);
  BOOST_TEST(typo_budget("neuhaus") == 1u);
  BOOST_TEST(typo_budget("tatzgern") == 2u);
  BOOST_TEST(typo_budget("capalikuuuuu") == 2u);
}

BOOST_AUTO_TEST_CASE(the_budget_counts_code_points_not_bytes) {
  BOOST_TEST(typo_budget("đođe") == 0u);       // 4 letters, 6 bytes
  BOOST_TEST(typo_budget("ђорђе") == 1u);      // 5 letters, 10 bytes
  BOOST_TEST(typo_budget("јовановић") == 2u);  // 9 letters
  BOOST_TEST(typo_budget("шчепан") == 1u);     // 6 letters, 12 bytes
}

BOOST_AUTO_TEST_CASE(deletion_variants_are_distinct_and_in_order) {
  BOOST_TEST(deletion_variants("anna") == (Words{"nna", "ana", "ann"}),
             boost::test_tools::per_element());
  BOOST_TEST(deletion_variants("abc") == (Words{"bc", "ac", "ab"}),
             boost::test_tools::per_element());
  BOOST_TEST(deletion_variants("aaa") == Words{"aa"}, boost::test_tools::per_element());
  BOOST_TEST(deletion_variants("a") == Words{""}, boost::test_tools::per_element());
  BOOST_TEST(deletion_variants("").empty());
}

BOOST_AUTO_TEST_CASE(deletion_variants_delete_whole_code_points) {
  BOOST_TEST(deletion_variants("šać") == (Words{"ać", "šć", "ša"}),
             boost::test_tools::per_element());
  for (const std::string& variant : deletion_variants("јовановић")) {
    BOOST_TEST(liaison::text::is_valid_utf8(variant), variant);
    BOOST_TEST(edit_distance(variant, "јовановић", 2) == 1u, variant);
  }
}

BOOST_AUTO_TEST_SUITE_END()
