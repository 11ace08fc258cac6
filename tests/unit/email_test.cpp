#include <boost/test/unit_test.hpp>

#include "text/email.hpp"

#include <string>
#include <utility>
#include <vector>

using liaison::text::check_email;
using liaison::text::EmailCheck;

namespace {

void expect_invalid(const std::string& text, const std::string& reason) {
  const EmailCheck check = check_email(text);
  BOOST_TEST_CONTEXT("'" << text << "'") {
    BOOST_TEST(!check.ok);
    BOOST_TEST(check.reason == reason);
    BOOST_TEST(check.address.empty());
    BOOST_TEST(check.key.empty());
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(plain_address_is_accepted_unchanged) {
  const EmailCheck check = check_email("gerald.neuhaus@osce.org");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "gerald.neuhaus@osce.org");
  BOOST_TEST(check.key == "gerald.neuhaus@osce.org");
  BOOST_TEST(check.reason.empty());
}

BOOST_AUTO_TEST_CASE(upper_case_domain_is_lower_cased_local_part_only_in_key) {
  const EmailCheck check = check_email("Ivan.Petrov@Example.COM");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "Ivan.Petrov@example.com");
  BOOST_TEST(check.key == "ivan.petrov@example.com");
}

BOOST_AUTO_TEST_CASE(wrappers_and_white_space_are_removed) {
  BOOST_TEST(check_email("  a.b@osce.org \t").address == "a.b@osce.org");
  BOOST_TEST(check_email("Gerald Neuhaus <Gerald.Neuhaus@OSCE.org>").address ==
             "Gerald.Neuhaus@osce.org");
  BOOST_TEST(check_email("\"Neuhaus, Gerald\" <g@osce.org>").address == "g@osce.org");
  BOOST_TEST(check_email("<g@osce.org>").address == "g@osce.org");
  BOOST_TEST(check_email("mailto:g@osce.org").address == "g@osce.org");
  BOOST_TEST(check_email("MAILTO:g@osce.org?subject=Hello").address == "g@osce.org");
  BOOST_TEST(check_email("<mailto:g@osce.org>").address == "g@osce.org");
}

BOOST_AUTO_TEST_CASE(all_atext_characters_are_allowed_in_the_local_part) {
  const EmailCheck check = check_email("a!#$%&'*+-/=?^_`{|}~z@example.org");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "a!#$%&'*+-/=?^_`{|}~z@example.org");
}

BOOST_AUTO_TEST_CASE(quoted_local_part_is_accepted) {
  const EmailCheck check = check_email("\"John Doe\"@Example.org");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "\"John Doe\"@example.org");
  BOOST_TEST(check.key == "\"john doe\"@example.org");
  BOOST_TEST(check_email("\"a\\\"b@c\"@example.org").ok);
}

BOOST_AUTO_TEST_CASE(utf8_local_part_is_accepted_and_lower_cased_in_key) {
  const EmailCheck check = check_email("Ђорђе.Љубић@example.rs");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "Ђорђе.Љубић@example.rs");
  BOOST_TEST(check.key == "ђорђе.љубић@example.rs");
}

BOOST_AUTO_TEST_CASE(unicode_domain_gets_a_punycode_key) {
  const EmailCheck check = check_email("ivan@bücher.de");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "ivan@bücher.de");
  BOOST_TEST(check.key == "ivan@xn--bcher-kva.de");
  const EmailCheck upper = check_email("ivan@BÜCHER.DE");
  BOOST_TEST(upper.address == "ivan@bücher.de");
  BOOST_TEST(upper.key == "ivan@xn--bcher-kva.de");
  BOOST_TEST(check_email("info@пример.срб").key == "info@xn--e1afmkfd.xn--90a3ac");
  BOOST_TEST(check_email("a@ｂ．ｃｏ").key == "a@b.co");
}

BOOST_AUTO_TEST_CASE(typed_punycode_stays_ascii) {
  const EmailCheck check = check_email("ivan@XN--BCHER-KVA.de");
  BOOST_TEST(check.ok);
  BOOST_TEST(check.address == "ivan@xn--bcher-kva.de");
  BOOST_TEST(check.key == "ivan@xn--bcher-kva.de");
}

BOOST_AUTO_TEST_CASE(address_literals_are_accepted) {
  BOOST_TEST(check_email("ivan@[192.0.2.1]").key == "ivan@[192.0.2.1]");
  BOOST_TEST(check_email("ivan@[IPv6:2001:DB8::1]").address == "ivan@[IPv6:2001:db8::1]");
  expect_invalid("ivan@[300.1.1.1]", "invalid address literal");
  expect_invalid("ivan@[1.2.3]", "invalid address literal");
  expect_invalid("ivan@[IPv6:zz::1]", "invalid IPv6 address literal");
  expect_invalid("ivan@[1.2.3.4", "address literal has no closing ']'");
}

BOOST_AUTO_TEST_CASE(structural_errors_are_named) {
  expect_invalid("gerald.neuhaus.osce.org", "missing @");
  expect_invalid("ivan@localhost", "domain has no dot");
  expect_invalid("@osce.org", "empty local part");
  expect_invalid("ivan@", "empty domain");
  expect_invalid("", "empty address");
  expect_invalid("   ", "empty address");
  expect_invalid("a@b@osce.org", "more than one @");
  expect_invalid("Name <a@b.org", "'<' without '>'");
  expect_invalid("a@b.org>", "'>' without '<'");
  expect_invalid("<a@b.org> x", "text after '>'");
  expect_invalid("\"abc@osce.org", "quoted local part has no closing quote");
  expect_invalid("\"abc\"x@osce.org", "text after the quoted local part");
  expect_invalid("\xFF@osce.org", "not valid UTF-8");
}

BOOST_AUTO_TEST_CASE(local_part_errors_are_named) {
  expect_invalid("a,b@osce.org", "invalid character ',' in local part");
  expect_invalid("a b@osce.org", "invalid character ' ' in local part");
  expect_invalid("a«b@osce.org", "invalid character '«' in local part");
  expect_invalid(".ab@osce.org", "local part starts with a dot");
  expect_invalid("ab.@osce.org", "local part ends with a dot");
  expect_invalid("a..b@osce.org", "local part has two dots in a row");
  expect_invalid(std::string(65, 'a') + "@osce.org", "local part longer than 64 characters");
  BOOST_TEST(check_email(std::string(64, 'a') + "@osce.org").ok);
}

BOOST_AUTO_TEST_CASE(domain_errors_are_named) {
  expect_invalid("a@" + std::string(64, 'x') + ".org", "domain label longer than 63 characters");
  BOOST_TEST(check_email("a@" + std::string(63, 'x') + ".org").ok);
  expect_invalid("a@x_y.org", "invalid character '_' in domain");
  expect_invalid("a@x y.org", "invalid character ' ' in domain");
  expect_invalid("a@-x.org", "domain label starts with a hyphen");
  expect_invalid("a@x-.org", "domain label ends with a hyphen");
  expect_invalid("a@x..org", "domain has two dots in a row");
  expect_invalid("a@.x.org", "domain starts with a dot");
  expect_invalid("a@x.org.", "domain ends with a dot");
  expect_invalid("a@1.2.3.4", "top-level domain is all digits");
}

BOOST_AUTO_TEST_CASE(idna_errors_make_the_address_invalid) {
  expect_invalid("a@xn--zz.org", "domain has an invalid xn-- label");
  expect_invalid("a@b\u200D.org", "domain has a misplaced zero-width joiner");
  expect_invalid("a@\u0301x.org", "domain label starts with a combining mark");
  // A Unicode label whose punycode exceeds 63 octets.
  std::string long_label;
  for (int i = 0; i < 30; ++i) long_label += "ü";
  long_label += std::string(40, 'x');
  expect_invalid("a@" + long_label + ".de", "domain label longer than 63 characters");
}

BOOST_AUTO_TEST_CASE(address_longer_than_254_octets_is_rejected) {
  std::string domain;
  for (int i = 0; i < 4; ++i) domain += std::string(60, 'd') + ".";
  domain += "org";  // 247 octets
  expect_invalid("abcdefgh@" + domain, "address longer than 254 characters");
  BOOST_TEST(check_email("abcdef@" + domain).ok);  // 254 octets
  expect_invalid(std::string(5000, 'a') + "@osce.org", "address longer than 254 characters");
}
