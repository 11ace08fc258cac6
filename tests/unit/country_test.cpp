#include <boost/test/unit_test.hpp>

#include "text/country.hpp"

#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using liaison::text::country_code;
using liaison::text::country_name;
using liaison::text::is_country_code;

namespace {

void expect_all(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [text, code] : cases) {
    BOOST_TEST_CONTEXT("'" << text << "'") {
      BOOST_TEST(country_code(text).value_or("none") == code);
    }
  }
}

}  // namespace

// First, so that the name table is built while several threads race for it.
BOOST_AUTO_TEST_CASE(first_use_from_many_threads_gives_one_table) {
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back(
        [&results, i] { results[i] = country_code("Северна Македонија").value_or("none"); });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) BOOST_TEST(r == "MK");
}

BOOST_AUTO_TEST_CASE(alpha2_codes_in_any_case) {
  expect_all(
      {{"al", "AL"}, {"DE", "DE"}, {"Mk", "MK"}, {" rs ", "RS"}, {"me", "ME"}, {"at", "AT"}});
}

BOOST_AUTO_TEST_CASE(kosovo_user_assigned_code) {
  expect_all({{"XK", "XK"}, {"xk", "XK"}, {"XKX", "XK"}});
  BOOST_TEST(is_country_code("XK"));
}

BOOST_AUTO_TEST_CASE(alpha3_codes) {
  expect_all({{"ALB", "AL"},
              {"deu", "DE"},
              {"MKD", "MK"},
              {"SRB", "RS"},
              {"MNE", "ME"},
              {"BIH", "BA"},
              {"HRV", "HR"},
              {"AUT", "AT"},
              {"USA", "US"},
              {"GBR", "GB"}});
}

BOOST_AUTO_TEST_CASE(names_in_several_languages_and_scripts) {
  expect_all({
      {"Shqipëri", "AL"},
      {"Shqiperi", "AL"},
      {"Албанија", "AL"},
      {"albania", "AL"},
      {"ALBANIEN", "AL"},
      {"Österreich", "AT"},
      {"Austria", "AT"},
      {"Аустрија", "AT"},
      {"Autriche", "AT"},
      {"Srbija", "RS"},
      {"Serbia", "RS"},
      {"Србија", "RS"},
      {"Serbie", "RS"},
      {"Crna Gora", "ME"},
      {"Црна Гора", "ME"},
      {"Montenegro", "ME"},
      {"Mali i Zi", "ME"},
      {"Kosovo", "XK"},
      {"Косово", "XK"},
      {"Kosovë", "XK"},
      {"Sjeverna Makedonija", "MK"},
      {"Северна Македонија", "MK"},
      {"North Macedonia", "MK"},
      {"Bosna i Hercegovina", "BA"},
      {"Босна и Херцеговина", "BA"},
      {"Bosnia and Herzegovina", "BA"},
      {"Hrvatska", "HR"},
      {"Slovenija", "SI"},
      {"Deutschland", "DE"},
      {"Njemačka", "DE"},
      {"Gjermani", "DE"},
      {"Германија", "DE"},
      {"Ελλάδα", "GR"},
      {"Türkiye", "TR"},
      {"Turkey", "TR"},
      {"Magyarország", "HU"},
      {"România", "RO"},
      {"Bulgaria", "BG"},
      {"България", "BG"},
      {"Ivory Coast", "CI"},
      // Languages of the lists NGOs receive from the rest of Europe.
      {"Nederland", "NL"},
      {"Holandia", "NL"},
      {"Alemanha", "DE"},
      {"Niemcy", "DE"},
      {"Rakousko", "AT"},
      {"Tyskland", "DE"},
      {"Saksa", "DE"},
      {"Германия", "DE"},
      {"Албания", "AL"},
      {"Сербія", "RS"},
  });
}

BOOST_AUTO_TEST_CASE(names_ignore_case_diacritics_and_punctuation) {
  expect_all(
      {{"  SHQIPËRI  ", "AL"}, {"osterreich", "AT"}, {"crna-gora", "ME"}, {"CRNA GORA", "ME"}});
}

BOOST_AUTO_TEST_CASE(well_known_aliases) {
  expect_all({
      {"Macedonia", "MK"},
      {"FYROM", "MK"},
      {"former Yugoslav Republic of Macedonia", "MK"},
      {"the former Yugoslav Republic of Macedonia", "MK"},
      {"Republic of North Macedonia", "MK"},
      {"Kosova", "XK"},
      {"Kosovë", "XK"},
      {"Kosovo*", "XK"},
      {"UK", "GB"},
      {"Great Britain", "GB"},
      {"England", "GB"},
      {"United Kingdom", "GB"},
      {"USA", "US"},
      {"United States of America", "US"},
      {"America", "US"},
      {"United States", "US"},
      {"Bosnia", "BA"},
      {"BiH", "BA"},
      {"Bosnia-Herzegovina", "BA"},
      {"Holland", "NL"},
      {"Netherlands", "NL"},
      {"Czechia", "CZ"},
      {"Czech Republic", "CZ"},
      {"Shqipëria", "AL"},
      {"Shqiperi", "AL"},
      {"Crna Gora", "ME"},
      {"Srbija", "RS"},
      {"Србија", "RS"},
  });
}

BOOST_AUTO_TEST_CASE(codes_iso_does_not_assign_are_rejected) {
  for (const char* text :
       {"ZZ", "zz", "EU", "UN", "QO", "EZ", "DG", "EA", "IC", "150", "001", "AA", "ZZZ"}) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(!country_code(text).has_value()); }
  }
}

BOOST_AUTO_TEST_CASE(unknown_names_are_rejected) {
  for (const char* text : {"Atlantis", "", "   ", "Yugoslavia Republic", "Balkans", "-"}) {
    BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_TEST(!country_code(text).has_value()); }
  }
  BOOST_TEST(!country_code(std::string(10000, 'a')).has_value());
}

BOOST_AUTO_TEST_CASE(is_country_code_is_exact_and_upper_case) {
  BOOST_TEST(is_country_code("AL"));
  BOOST_TEST(is_country_code("MK"));
  BOOST_TEST(!is_country_code("al"));
  BOOST_TEST(!is_country_code("ALB"));
  BOOST_TEST(!is_country_code("ZZ"));
  BOOST_TEST(!is_country_code("EU"));
  BOOST_TEST(!is_country_code("UK"));
  BOOST_TEST(!is_country_code(""));
  BOOST_TEST(!is_country_code(" AL"));
}

BOOST_AUTO_TEST_CASE(country_name_is_english) {
  BOOST_TEST(country_name("MK") == "North Macedonia");
  BOOST_TEST(country_name("XK") == "Kosovo");
  BOOST_TEST(country_name("AL") == "Albania");
  BOOST_TEST(country_name("de") == "Germany");
  BOOST_TEST(country_name("ZZ") == "");
  BOOST_TEST(country_name("EU") == "");
  BOOST_TEST(country_name("Albania") == "");
}

BOOST_AUTO_TEST_CASE(every_code_names_itself_back) {
  // The name table and the code set agree: each code's English name leads
  // back to the code.
  for (const char* code :
       {"AL", "BA", "BG", "GR", "HR", "HU", "ME", "MK", "RO", "RS", "SI", "TR", "XK"}) {
    BOOST_TEST_CONTEXT(code) {
      BOOST_TEST(country_code(country_name(code)).value_or("none") == code);
    }
  }
}
