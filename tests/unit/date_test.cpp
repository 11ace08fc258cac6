#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

using liaison::PartialDate;
using liaison::test::date;

struct Form {
  const char* text;
  PartialDate value;
  const char* written;  // what to_string() gives back
};

}  // namespace

BOOST_AUTO_TEST_SUITE(parsing)

BOOST_AUTO_TEST_CASE(every_documented_form_parses_to_its_parts) {
  const std::vector<Form> forms = {
      {"2016-08-31", date(2016, 8, 31), "2016-08-31"},  // YYYY-MM-DD
      {"20160831", date(2016, 8, 31), "2016-08-31"},    // YYYYMMDD
      {"2016-08", date(2016, 8, 0), "2016-08"},         // YYYY-MM
      {"2016", date(2016, 0, 0), "2016"},               // YYYY
      {"--08-31", date(0, 8, 31), "--08-31"},           // --MM-DD
      {"--0831", date(0, 8, 31), "--08-31"},            // --MMDD
      {"---31", date(0, 0, 31), "---31"},               // ---DD
      {"--04-12", date(0, 4, 12), "--04-12"},
      {"0001-01-01", date(1, 1, 1), "0001-01-01"},
      {"9999-12-31", date(9999, 12, 31), "9999-12-31"},
  };
  for (const auto& form : forms) {
    BOOST_TEST_CONTEXT("'" << form.text << "'") {
      const auto parsed = PartialDate::parse(form.text);
      BOOST_TEST_REQUIRE(parsed.has_value());
      BOOST_TEST(*parsed == form.value);
      BOOST_TEST(parsed->to_string() == form.written);
    }
  }
}

BOOST_AUTO_TEST_CASE(to_string_output_parses_back_to_the_same_date) {
  for (const auto& d : {date(2016, 8, 31), date(2016, 8, 0), date(2016, 0, 0), date(0, 8, 31),
                        date(0, 0, 31), date(0, 8, 0), date(1971, 4, 12), date(2000, 2, 29)}) {
    BOOST_TEST_CONTEXT(d.to_string()) {
      const auto again = PartialDate::parse(d.to_string());
      BOOST_TEST_REQUIRE(again.has_value());
      BOOST_TEST(*again == d);
    }
  }
}

BOOST_AUTO_TEST_CASE(surrounding_white_space_is_ignored) {
  BOOST_TEST(PartialDate::parse("  2016-08-31\t\n") == std::optional(date(2016, 8, 31)));
  BOOST_TEST(PartialDate::parse(" --04-12 ") == std::optional(date(0, 4, 12)));
  BOOST_TEST(PartialDate::parse("\t1971 ") == std::optional(date(1971, 0, 0)));
}

BOOST_AUTO_TEST_CASE(impossible_dates_are_refused) {
  for (const char* text : {"2016-02-30", "2015-02-29", "2016-13-01", "2016-13", "2016-04-31",
                           "2016-00-10", "20160230", "--02-30", "--13-01", "--0431", "---32",
                           "---00", "0000"}) {
    BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_TEST(!PartialDate::parse(text).has_value()); }
  }
}

BOOST_AUTO_TEST_CASE(text_in_other_shapes_is_refused) {
  for (const char* text : {"", "   ", "2016-8-31", "31.08.2016", "08/31/2016", "2016/08/31",
                           "201608", "16-08-31", "2016-0831", "201608-31", "2016-08-31x",
                           "2016-08-", "2016-", "-2016", "+2016-08-31", "2016 08 31", "twenty",
                           "--8-31", "--08-3", "2016-08-3"}) {
    BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_TEST(!PartialDate::parse(text).has_value()); }
  }
}

// to_string() never writes a 00 part, so "2016-08-00" is no form parse()
// reads: day 00 does not exist, and reading it as "2016-08" would
// silently turn a malformed value into a different, valid one.
BOOST_AUTO_TEST_CASE(zero_parts_written_out_are_refused) {
  for (const char* text : {"2016-08-00", "2016-00", "2016-00-00", "20160800", "0000-08-31",
                           "--08-00"}) {
    BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_TEST(!PartialDate::parse(text).has_value()); }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(leap_years)

BOOST_AUTO_TEST_CASE(february_29_exists_only_in_leap_years) {
  BOOST_TEST(PartialDate::parse("2016-02-29").has_value());  // divisible by 4
  BOOST_TEST(PartialDate::parse("2000-02-29").has_value());  // divisible by 400
  BOOST_TEST(PartialDate::parse("2400-02-29").has_value());
  BOOST_TEST(!PartialDate::parse("2015-02-29").has_value());
  BOOST_TEST(!PartialDate::parse("1900-02-29").has_value());  // divisible by 100 only
  BOOST_TEST(!PartialDate::parse("2100-02-29").has_value());
  BOOST_TEST(PartialDate::parse("20160229").has_value());
  BOOST_TEST(!PartialDate::parse("20150229").has_value());
}

BOOST_AUTO_TEST_CASE(a_birthday_without_year_may_be_february_29) {
  BOOST_TEST(PartialDate::parse("--02-29") == std::optional(date(0, 2, 29)));
  BOOST_TEST(PartialDate::parse("--0229") == std::optional(date(0, 2, 29)));
}

BOOST_AUTO_TEST_CASE(the_last_day_of_february_depends_on_the_year) {
  BOOST_TEST(date(2016, 2, 0).latest() == date(2016, 2, 29));
  BOOST_TEST(date(2015, 2, 0).latest() == date(2015, 2, 28));
  BOOST_TEST(date(1900, 2, 0).latest() == date(1900, 2, 28));
  BOOST_TEST(date(2000, 2, 0).latest() == date(2000, 2, 29));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(bounds)

BOOST_AUTO_TEST_CASE(a_full_date_is_its_own_earliest_and_latest_day) {
  const auto d = date(2016, 8, 31);
  BOOST_TEST(d.earliest() == d);
  BOOST_TEST(d.latest() == d);
}

BOOST_AUTO_TEST_CASE(a_year_spans_january_1_to_december_31) {
  BOOST_TEST(date(2015, 0, 0).earliest() == date(2015, 1, 1));
  BOOST_TEST(date(2015, 0, 0).latest() == date(2015, 12, 31));
}

BOOST_AUTO_TEST_CASE(a_month_spans_its_first_to_its_last_day) {
  BOOST_TEST(date(2016, 8, 0).earliest() == date(2016, 8, 1));
  BOOST_TEST(date(2016, 8, 0).latest() == date(2016, 8, 31));
  BOOST_TEST(date(2016, 4, 0).latest() == date(2016, 4, 30));
  BOOST_TEST(date(2016, 12, 0).latest() == date(2016, 12, 31));
}

BOOST_AUTO_TEST_CASE(a_missing_year_spans_year_0_to_9999) {
  BOOST_TEST(date(0, 4, 12).earliest() == date(0, 4, 12));
  BOOST_TEST(date(0, 4, 12).latest() == date(9999, 4, 12));
  BOOST_TEST(date(0, 0, 31).earliest() == date(0, 1, 31));
  BOOST_TEST(date(0, 0, 31).latest() == date(9999, 12, 31));
}

BOOST_AUTO_TEST_CASE(earliest_is_never_after_latest) {
  for (const auto& d : {date(2015, 0, 0), date(2016, 2, 0), date(0, 4, 12), date(2016, 8, 31),
                        date(0, 12, 0)}) {
    BOOST_TEST_CONTEXT(d.to_string()) { BOOST_TEST(!(d.latest() < d.earliest())); }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(comparison)

BOOST_AUTO_TEST_CASE(dates_order_by_year_then_month_then_day) {
  BOOST_TEST(date(2015, 12, 31) < date(2016, 1, 1));
  BOOST_TEST(date(2016, 1, 31) < date(2016, 2, 1));
  BOOST_TEST(date(2016, 2, 1) < date(2016, 2, 2));
  BOOST_TEST(!(date(2016, 2, 2) < date(2016, 2, 1)));
  BOOST_TEST(!(date(2016, 2, 2) < date(2016, 2, 2)));
}

BOOST_AUTO_TEST_CASE(unknown_parts_order_as_zero) {
  BOOST_TEST(date(2016, 0, 0) < date(2016, 1, 1));
  BOOST_TEST(date(2016, 8, 0) < date(2016, 8, 1));
  BOOST_TEST(date(0, 8, 31) < date(1, 1, 1));
  BOOST_TEST(date(2016, 0, 0) < date(2016, 8, 0));
  BOOST_TEST(!(date(2016, 8, 0) < date(2016, 0, 0)));
}

BOOST_AUTO_TEST_CASE(equality_compares_every_part) {
  BOOST_TEST(date(2016, 8, 31) == date(2016, 8, 31));
  BOOST_TEST(date(2016, 8, 31) != date(2016, 8, 30));
  BOOST_TEST(date(2016, 8, 0) != date(2016, 8, 1));
  BOOST_TEST(date(0, 8, 31) != date(2016, 8, 31));
  BOOST_TEST(!(date(2016, 8, 31) != date(2016, 8, 31)));
}

BOOST_AUTO_TEST_CASE(sorting_a_list_of_dates) {
  std::vector<PartialDate> dates = {date(2016, 8, 31), date(2015, 0, 0), date(2016, 8, 0),
                                    date(0, 4, 12), date(2016, 1, 1)};
  std::sort(dates.begin(), dates.end());
  std::vector<std::string> texts;
  for (const auto& d : dates) texts.push_back(d.to_string());
  const std::vector<std::string> expected = {"--04-12", "2015", "2016-01-01", "2016-08",
                                             "2016-08-31"};
  BOOST_TEST(texts == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(empty_and_today)

BOOST_AUTO_TEST_CASE(the_default_date_is_empty_and_writes_nothing) {
  const PartialDate none;
  BOOST_TEST(none.empty());
  BOOST_TEST(none.to_string() == "");
  BOOST_TEST(!date(2016, 0, 0).empty());
  BOOST_TEST(!date(0, 0, 31).empty());
}

BOOST_AUTO_TEST_CASE(today_is_a_full_valid_date) {
  const PartialDate today = PartialDate::today();
  BOOST_TEST(today.year >= 2024);
  BOOST_TEST(today.month >= 1);
  BOOST_TEST(today.month <= 12);
  BOOST_TEST(today.day >= 1);
  BOOST_TEST(PartialDate::parse(today.to_string()) == std::optional(today));
}

BOOST_AUTO_TEST_SUITE_END()
