#include <boost/test/unit_test.hpp>

#include "text/phone.hpp"

#include <string>

using liaison::text::is_plausible_phone_text;
using liaison::text::to_e164;

BOOST_AUTO_TEST_CASE(numbers_as_people_write_them_are_plausible) {
  for (const char* text :
       {"+355 44 500 388", "0035544500388", "044 500 388", "(044) 500-388", "+355/44.500.388",
        "tel:+355-44-500-388", "TEL:044500388", "112", "\xC2\xA0+43 1 58801 0\xC2\xA0",
        "+382 20 241 412 ext. 12", "+382 20 241 412 ext 12", "+382 20 241 412 x12",
        "+382 20 241 412 #12", "tel:+382-20-241-412;ext=12", "(+355) 44 500 388"}) {
    BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_TEST(is_plausible_phone_text(text)); }
  }
}

BOOST_AUTO_TEST_CASE(text_that_is_no_phone_number_is_not_plausible) {
  for (const char* text : {"call me", "12", "", "   ", "1-800-FLOWERS", "044 500 388 ext",
                           "044 500 388 ext. 12a", "044 500 388, 044 500 389", "3+55 44 500",
                           "++355 44 500 388", "044_500_388", "x123", "phone: 044 500 388"}) {
    BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_TEST(!is_plausible_phone_text(text)); }
  }
}

BOOST_AUTO_TEST_CASE(three_albanian_forms_give_one_e164_number) {
  BOOST_TEST(to_e164("+355 44 500 388", "AL") == "+35544500388");
  BOOST_TEST(to_e164("0035544500388", "AL") == "+35544500388");
  BOOST_TEST(to_e164("044 500 388", "AL") == "+35544500388");
  BOOST_TEST(to_e164("044 500 388", "al") == "+35544500388");
}

BOOST_AUTO_TEST_CASE(double_zero_prefix_works_from_other_regions_and_none) {
  BOOST_TEST(to_e164("0035544500388", "DE") == "+35544500388");
  BOOST_TEST(to_e164("0035544500388", "ME") == "+35544500388");
  BOOST_TEST(to_e164("0035544500388", "") == "+35544500388");
}

BOOST_AUTO_TEST_CASE(austrian_number) {
  BOOST_TEST(to_e164("+43 1 58801 0", "") == "+431588010");
  BOOST_TEST(to_e164("01 58801-0", "AT") == "+431588010");
}

BOOST_AUTO_TEST_CASE(montenegrin_number) {
  BOOST_TEST(to_e164("+382 20 241 412", "AT") == "+38220241412");
  BOOST_TEST(to_e164("020 241 412", "ME") == "+38220241412");
}

BOOST_AUTO_TEST_CASE(kosovo_region_reads_national_numbers) {
  BOOST_TEST(to_e164("038 123 456", "XK") == "+38338123456");
  BOOST_TEST(to_e164("+383 38 123 456", "") == "+38338123456");
}

BOOST_AUTO_TEST_CASE(national_forms_need_a_known_region) {
  BOOST_TEST(to_e164("044 500 388", "") == "");
  BOOST_TEST(to_e164("044 500 388", "QQ") == "");
  BOOST_TEST(to_e164("+355 44 500 388", "QQ") == "+35544500388");
}

BOOST_AUTO_TEST_CASE(extensions_and_tel_prefix_are_dropped) {
  BOOST_TEST(to_e164("+355 44 500 388 ext. 12", "") == "+35544500388");
  BOOST_TEST(to_e164("044 500 388 x 7", "AL") == "+35544500388");
  BOOST_TEST(to_e164("tel:+355-44-500-388", "") == "+35544500388");
}

BOOST_AUTO_TEST_CASE(impossible_lengths_and_non_numbers_give_empty) {
  BOOST_TEST(to_e164("call me", "AL") == "");
  BOOST_TEST(to_e164("12", "AL") == "");
  BOOST_TEST(to_e164("+355 4", "AL") == "");
  BOOST_TEST(to_e164("+49 30 1234567890123456", "DE") == "");
  BOOST_TEST(to_e164("1-800-FLOWERS", "US") == "");
  BOOST_TEST(to_e164("+999 123 456", "") == "");  // no such country code
}
