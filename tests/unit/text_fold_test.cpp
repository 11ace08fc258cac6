#include <boost/test/unit_test.hpp>

#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <latch>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using liaison::text::fold;
using liaison::text::fold_exact;

BOOST_AUTO_TEST_SUITE(utf8_helpers)

BOOST_AUTO_TEST_CASE(is_valid_utf8_accepts_well_formed_text) {
  using liaison::text::is_valid_utf8;
  BOOST_TEST(is_valid_utf8(""));
  BOOST_TEST(is_valid_utf8("plain ascii"));
  BOOST_TEST(is_valid_utf8("Šćepanović Ђорђе 日本 \xF0\x9F\x98\x80"));
  BOOST_TEST(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

BOOST_AUTO_TEST_CASE(is_valid_utf8_rejects_ill_formed_text) {
  using liaison::text::is_valid_utf8;
  BOOST_TEST(!is_valid_utf8("\xFF"));
  BOOST_TEST(!is_valid_utf8("\x80"));              // lone continuation byte
  BOOST_TEST(!is_valid_utf8("\xC3"));              // truncated
  BOOST_TEST(!is_valid_utf8("\xC3\x28"));          // bad continuation
  BOOST_TEST(!is_valid_utf8("\xC0\xAF"));          // overlong '/'
  BOOST_TEST(!is_valid_utf8("\xE0\x80\xAF"));      // overlong
  BOOST_TEST(!is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  BOOST_TEST(!is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  BOOST_TEST(!is_valid_utf8(std::string("ok\xE2\x82", 4)));
}

BOOST_AUTO_TEST_CASE(trim_removes_ascii_and_wide_spaces_at_both_ends_only) {
  using liaison::text::trim;
  BOOST_TEST(trim("  \t\r\n a b \v\f") == "a b");
  BOOST_TEST(trim("\xC2\xA0"
                  "Tirana"
                  "\xE3\x80\x80") == "Tirana");
  BOOST_TEST(trim("a\xC2\xA0"
                  "b") ==
             "a\xC2\xA0"
             "b");
  BOOST_TEST(trim(" \xC2\xA0 ") == "");
  BOOST_TEST(trim("") == "");
}

BOOST_AUTO_TEST_CASE(to_lower_ascii_changes_only_ascii_letters) {
  using liaison::text::to_lower_ascii;
  BOOST_TEST(to_lower_ascii("OSCE Mission-2024") == "osce mission-2024");
  BOOST_TEST(to_lower_ascii("ŠĆ") == "ŠĆ");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(fold_keys)

BOOST_AUTO_TEST_CASE(serbian_name_in_cyrillic_and_latin_gives_one_key) {
  BOOST_TEST(fold("Ђорђе Љубић") == "djordje ljubic");
  BOOST_TEST(fold("Đorđe Ljubić") == "djordje ljubic");
  BOOST_TEST(fold("Djordje Ljubic") == "djordje ljubic");
  BOOST_TEST(fold("ЂОРЂЕ ЉУБИЋ") == fold("đorđe ljubić"));
}

BOOST_AUTO_TEST_CASE(macedonian_letters_follow_macedonian_latin) {
  BOOST_TEST(fold("Ѓорѓи") == "gjorgji");
  BOOST_TEST(fold("Ѓорѓи") == fold("Gjorgji"));
  BOOST_TEST(fold("Ќ") == "kj");
  BOOST_TEST(fold("ќерка") == "kjerka");
  BOOST_TEST(fold("Ѕвезда") == "dzvezda");
}

BOOST_AUTO_TEST_CASE(each_serbian_cyrillic_letter_matches_its_latin_letter) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Љ", "Lj"}, {"Њ", "Nj"}, {"Џ", "Dž"}, {"Ж", "Ž"}, {"Ч", "Č"},  {"Ћ", "Ć"}, {"Ш", "Š"},
      {"Х", "H"},  {"Ц", "C"},  {"Ј", "J"},  {"Ђ", "Đ"}, {"Ѕ", "Dz"}, {"А", "A"}, {"Б", "B"},
      {"В", "V"},  {"Г", "G"},  {"Д", "D"},  {"Е", "E"}, {"З", "Z"},  {"И", "I"}, {"К", "K"},
      {"Л", "L"},  {"М", "M"},  {"Н", "N"},  {"О", "O"}, {"П", "P"},  {"Р", "R"}, {"С", "S"},
      {"Т", "T"},  {"У", "U"},  {"Ф", "F"},
  };
  for (const auto& [cyrillic, latin] : pairs) {
    BOOST_TEST_CONTEXT(cyrillic << " vs " << latin) { BOOST_TEST(fold(cyrillic) == fold(latin)); }
  }
  BOOST_TEST(fold("Љ") == "lj");
  BOOST_TEST(fold("Њ") == "nj");
  BOOST_TEST(fold("Џ") == "dz");
  BOOST_TEST(fold("dž") == "dz");
  BOOST_TEST(fold("Ж") == "z");
  BOOST_TEST(fold("Ч") == "c");
  BOOST_TEST(fold("Ћ") == "c");
  BOOST_TEST(fold("Ш") == "s");
  BOOST_TEST(fold("Х") == "h");
  BOOST_TEST(fold("Ц") == "c");
  BOOST_TEST(fold("Ј") == "j");
  BOOST_TEST(fold("Ѕ") == "dz");
}

BOOST_AUTO_TEST_CASE(whole_words_match_across_scripts) {
  BOOST_TEST(fold("Његош") == fold("Njegoš"));
  BOOST_TEST(fold("Његош") == "njegos");
  BOOST_TEST(fold("Џаковица") == fold("Džakovica"));
  BOOST_TEST(fold("Шћепановић") == fold("Šćepanović"));
  BOOST_TEST(fold("Чачак") == "cacak");
  BOOST_TEST(fold("Хрватска") == fold("Hrvatska"));
}

// What ICU's own transliterator writes for `utf8`, for comparison.
std::string icu_transliterate(const char* id, const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
  BOOST_REQUIRE(U_SUCCESS(status) && t != nullptr);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  t->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

BOOST_AUTO_TEST_CASE(plain_any_latin_loses_the_digraphs_that_fold_keeps) {
  // ICU's Any-Latin follows ISO 9, one Latin letter with a mark for each
  // Cyrillic one (Љ -> L̂, Ѓ -> Ǵ); once the marks are dropped, Љубљана
  // would no longer match Ljubljana. fold() writes what Serbian and
  // Macedonian Latin write.
  const std::vector<std::pair<std::string, std::string>> words = {
      {"Љубљана", "ljubljana"}, {"Његош", "njegos"}, {"Џеват", "dzevat"},
      {"Ѓорѓи", "gjorgji"},     {"Ќерка", "kjerka"},
  };
  const std::vector<std::string> any_latin_keys = {"lublana", "negos", "devat", "gorgi", "kerka"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& [cyrillic, latin] = words[i];
    BOOST_TEST_CONTEXT(cyrillic) {
      const std::string any_latin = fold(icu_transliterate("Any-Latin", cyrillic));
      BOOST_TEST(any_latin == any_latin_keys[i]);
      BOOST_TEST(any_latin != latin);
      BOOST_TEST(fold(cyrillic) == latin);
    }
  }
  BOOST_TEST(icu_transliterate("Any-Latin", "Љ") == "L\u0302");
  BOOST_TEST(icu_transliterate("Any-Latin", "Ѓ") == "\u01F4");
}

BOOST_AUTO_TEST_CASE(whole_names_give_one_key_in_both_scripts) {
  struct name {
    std::string cyrillic, latin, key;
  };
  const std::vector<name> names = {
      {"Ђорђе Љубић", "Đorđe Ljubić", "djordje ljubic"},
      {"Ѓорѓи Стојановски", "Gjorgji Stojanovski", "gjorgji stojanovski"},
      {"Џеват", "Dževat", "dzevat"},
      {"Његош", "Njegoš", "njegos"},
      {"Ќерка", "Kjerka", "kjerka"},
      {"Шћепановић", "Šćepanović", "scepanovic"},
  };
  for (const auto& n : names) {
    BOOST_TEST_CONTEXT(n.cyrillic << " / " << n.latin) {
      BOOST_TEST(fold(n.cyrillic) == n.key);
      BOOST_TEST(fold(n.latin) == n.key);
    }
  }
}

BOOST_AUTO_TEST_CASE(russian_and_bulgarian_letters_get_a_latin_spelling) {
  BOOST_TEST(fold("Щ") == "sc");
  BOOST_TEST(fold("Ы") == "y");
  BOOST_TEST(fold("Э") == "e");
  BOOST_TEST(fold("Ю") == "ju");
  BOOST_TEST(fold("Я") == "ja");
  BOOST_TEST(fold("Й") == "j");
  BOOST_TEST(fold("Е") == "e");
  BOOST_TEST(fold("Ё") == "e");
  BOOST_TEST(fold("Объём") == "obem");    // hard sign dropped, ё as e
  BOOST_TEST(fold("Гоголь") == "gogol");  // soft sign dropped
  BOOST_TEST(fold("Юрий Гагарин") == "jurij gagarin");
  BOOST_TEST(fold("Щёлково") == "scelkovo");
  BOOST_TEST(fold("Україна Їжак Євген") == "ukrajina jizak jevgen");
}

BOOST_AUTO_TEST_CASE(diacritics_are_removed) {
  BOOST_TEST(fold("Çapaliku") == "capaliku");
  BOOST_TEST(fold("Shqipëri") == "shqiperi");
  BOOST_TEST(fold("ë") == "e");
  BOOST_TEST(fold("Ç") == "c");
  BOOST_TEST(fold("Šćepanović") == "scepanovic");
  BOOST_TEST(fold("čćđšž ČĆĐŠŽ") == "ccdjsz ccdjsz");
  BOOST_TEST(fold("Ţară Ăşi") == "tara asi");
  BOOST_TEST(fold("Nguyễn") == "nguyen");
}

BOOST_AUTO_TEST_CASE(combining_marks_fold_like_precomposed_letters) {
  BOOST_TEST(fold("C\u030Capaliku") == "capaliku");  // C + combining caron
  BOOST_TEST(fold("e\u0301") == "e");
  BOOST_TEST(fold("\u0438\u0306") == "j");  // и + breve is й
}

BOOST_AUTO_TEST_CASE(letters_without_decomposition_are_spelled_out) {
  BOOST_TEST(fold("Straße") == "strasse");
  BOOST_TEST(fold("ß") == "ss");
  BOOST_TEST(fold("Æ æ") == "ae ae");
  BOOST_TEST(fold("Ø ø") == "o o");
  BOOST_TEST(fold("Ł ł") == "l l");
  BOOST_TEST(fold("Łódź") == "lodz");
  BOOST_TEST(fold("Đ đ") == "dj dj");
  BOOST_TEST(fold("Œuvre") == "oeuvre");
  BOOST_TEST(fold("Þór") == "thor");
  BOOST_TEST(fold("Işık") == "isik");
  BOOST_TEST(fold("İstanbul") == "istanbul");
}

BOOST_AUTO_TEST_CASE(compatibility_forms_are_normalised) {
  BOOST_TEST(fold("ＯＳＣＥ") == "osce");
  BOOST_TEST(fold("ﬁnance ﬂow") == "finance flow");
  BOOST_TEST(fold("ǅemal") == "dzemal");
  BOOST_TEST(fold("ǈubica") == "ljubica");
  BOOST_TEST(fold("x²") == "x2");
}

BOOST_AUTO_TEST_CASE(digits_of_any_script_become_ascii) {
  BOOST_TEST(fold("١٢٣") == "123");
  BOOST_TEST(fold("Ulica 5, Tiranë") == "ulica 5 tirane");
}

BOOST_AUTO_TEST_CASE(punctuation_splits_words_and_spaces_collapse) {
  BOOST_TEST(fold("Co-operation") == "co operation");
  BOOST_TEST(fold("gerald.neuhaus@osce.org") == "gerald neuhaus osce org");
  BOOST_TEST(fold("  Mission \t\n to   Skopje  ") == "mission to skopje");
  BOOST_TEST(fold("a\u00A0\u3000b") == "a b");
  BOOST_TEST(fold("«Ђорђе» — Љубић!") == "djordje ljubic");
  BOOST_TEST(fold("") == "");
  BOOST_TEST(fold(" -- . ") == "");
  BOOST_TEST(fold("O’Brien") == "o brien");
}

BOOST_AUTO_TEST_CASE(ascii_fast_path_lower_cases_and_splits) {
  BOOST_TEST(fold("OSCE Mission to Skopje") == "osce mission to skopje");
  BOOST_TEST(fold("UNDP/Albania (2024)") == "undp albania 2024");
}

BOOST_AUTO_TEST_CASE(ascii_fast_path_agrees_with_the_unicode_path) {
  // Appending " é" sends the same ASCII text through ICU; every ASCII
  // character must come out the same both ways.
  for (int c = 0; c < 0x80; ++c) {
    const std::string s = std::string("A") + static_cast<char>(c) + "b";
    BOOST_TEST_CONTEXT("character " << c) { BOOST_TEST(fold(s + " é") == fold(s) + " e"); }
  }
}

BOOST_AUTO_TEST_CASE(invalid_utf8_folds_without_crashing) {
  BOOST_TEST(fold("\xFF\xFE"
                  "ab\xC3") == "ab");
  BOOST_TEST(fold("Ab\xC3\x28"
                  "cd") == "ab cd");
  BOOST_TEST(fold("\xC0\xAF\xED\xA0\x80"
                  "x") == "x");
  BOOST_TEST(fold("\x80\x80\x80") == "");
  BOOST_TEST(fold(std::string("Ћ\xE2\x82", 4)) == "c");
}

BOOST_AUTO_TEST_CASE(other_scripts_pass_through_case_folded) {
  BOOST_TEST(fold("Αθήνα") == "αθηνα");
  BOOST_TEST(fold("日本 東京") == "日本 東京");
  BOOST_TEST(fold("한국") == "한국");
}

BOOST_AUTO_TEST_CASE(fold_is_safe_from_many_threads) {
  const std::vector<std::string> inputs = {"Ђорђе Љубић", "Ѓорѓи Ќ", "Çapaliku", "OSCE Skopje",
                                           "ＯＳＣＥ"};
  std::vector<std::string> expected;
  for (const auto& s : inputs) expected.push_back(fold(s));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 500; ++round) {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
          if (fold(inputs[i]) != expected[i]) ++mismatches[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const int m : mismatches) BOOST_TEST(m == 0);
}

BOOST_AUTO_TEST_CASE(cyrillic_names_fold_alike_in_four_threads) {
  const std::vector<std::string> names = {"Ђорђе Љубић",      "Ѓорѓи Стојановски", "Џеват Његош",
                                          "Ќерка Шћепановић", "Јелена Јовановић",  "Щёлково"};
  constexpr std::size_t threads_count = 4;
  constexpr std::size_t folds_per_thread = 10000;
  // The threads start together, before this thread folds anything, so
  // run alone this test also races the first use of the tables.
  std::latch start(threads_count);
  std::vector<std::vector<std::string>> seen(threads_count,
                                             std::vector<std::string>(folds_per_thread));
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < threads_count; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (std::size_t i = 0; i < folds_per_thread; ++i) {
        seen[t][i] = fold(names[i % names.size()]);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  std::vector<std::string> expected;
  for (const auto& n : names) expected.push_back(fold(n));
  BOOST_TEST(expected[0] == "djordje ljubic");
  for (std::size_t t = 0; t < threads_count; ++t) {
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < folds_per_thread; ++i) {
      if (seen[t][i] != expected[i % names.size()]) ++mismatches;
    }
    BOOST_TEST_CONTEXT("thread " << t) { BOOST_TEST(mismatches == 0u); }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(fold_exact_keys)

BOOST_AUTO_TEST_CASE(keeps_diacritics_and_case) {
  BOOST_TEST(fold_exact("čitati") == "čitati");
  BOOST_TEST(fold_exact("čitati") != fold_exact("citati"));
  BOOST_TEST(fold_exact("OSCE") == "OSCE");
  BOOST_TEST(fold_exact("Ђорђе") == "Ђорђе");
  BOOST_TEST(fold_exact("ＯＳＣＥ") == "ＯＳＣＥ");  // NFC, not NFKC
}

BOOST_AUTO_TEST_CASE(composes_to_nfc) { BOOST_TEST(fold_exact("c\u030Citati") == "\u010Ditati"); }

BOOST_AUTO_TEST_CASE(collapses_white_space) {
  BOOST_TEST(fold_exact("  čitati \t\n knjige\u00A0\u3000") == "čitati knjige");
  BOOST_TEST(fold_exact("a-b") == "a-b");
  BOOST_TEST(fold_exact("   ") == "");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_becomes_replacement_character) {
  BOOST_TEST(fold_exact("a\xFF"
                        "b") == "a\uFFFDb");
}

BOOST_AUTO_TEST_SUITE_END()
