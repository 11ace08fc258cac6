#include <boost/test/unit_test.hpp>

#include "formats/vcard/writer.hpp"
#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vcard = liaison::vcard;

namespace {

vcard::Property property(std::string name, std::string value,
                         std::vector<vcard::Parameter> parameters = {}) {
  vcard::Property p;
  p.name = std::move(name);
  p.value = std::move(value);
  p.parameters = std::move(parameters);
  return p;
}

vcard::WriterOptions options(std::string version, bool fold = true) {
  vcard::WriterOptions o;
  o.version = std::move(version);
  o.fold = fold;
  return o;
}

std::string write(const vcard::Card& card, const vcard::WriterOptions& o) {
  std::ostringstream out;
  vcard::write_card(out, card, o);
  return out.str();
}

std::string write_one(const vcard::Property& p, const std::string& version = "4.0") {
  vcard::Card card;
  card.properties.push_back(p);
  return write(card, options(version));
}

std::string line(const std::string& text, bool fold = true) {
  std::ostringstream out;
  vcard::write_line(out, text, options("4.0", fold));
  return out.str();
}

// The physical lines of `text`, which must end in CRLF; an empty string
// for anything that does not.
std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) return {};
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// RFC 6350 3.2 unfolding: every CRLF followed by one space goes.
std::string unfold(const std::string& text) {
  std::string result;
  std::size_t start = 0;
  for (std::size_t at = text.find("\r\n ", start); at != std::string::npos;
       at = text.find("\r\n ", start)) {
    result.append(text, start, at - start);
    start = at + 3;
  }
  result.append(text, start, std::string::npos);
  return result;
}

std::string repeat(std::string_view unit, std::size_t count) {
  std::string result;
  for (std::size_t i = 0; i < count; ++i) result.append(unit);
  return result;
}

// Folds `text` and checks what RFC 6350 3.2 asks of the result.
void check_folding(const std::string& text) {
  const std::string written = line(text);
  const std::vector<std::string> lines = physical_lines(written);
  BOOST_REQUIRE(!lines.empty());
  BOOST_TEST(unfold(written) == text + "\r\n");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    BOOST_TEST_CONTEXT("physical line " << i) {
      BOOST_TEST(lines[i].size() <= 75U);
      BOOST_TEST(liaison::text::is_valid_utf8(lines[i]));
      if (i > 0) {
        BOOST_TEST(lines[i].size() >= 2U);  // the space and at least one character
        BOOST_TEST(lines[i][0] == ' ');
      }
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(card_layout)

BOOST_AUTO_TEST_CASE(simple_card_in_4_0_has_exact_bytes) {
  vcard::Card card;
  card.version = "2.1";  // ignored: the options decide
  card.properties.push_back(property("FN", "Ana Kovač"));
  card.properties.push_back(property("N", "Kovač;Ana;;;"));
  card.properties.push_back(property("TEL", "+385 1 234 567", {{"TYPE", {"work", "voice"}}}));
  BOOST_TEST(write(card, options("4.0")) ==
             "BEGIN:VCARD\r\n"
             "VERSION:4.0\r\n"
             "FN:Ana Kovač\r\n"
             "N:Kovač;Ana;;;\r\n"
             "TEL;TYPE=work,voice:+385 1 234 567\r\n"
             "END:VCARD\r\n");
}

BOOST_AUTO_TEST_CASE(simple_card_in_3_0_has_exact_bytes) {
  vcard::Card card;
  card.properties.push_back(property("FN", "Ana Kovač"));
  card.properties.push_back(property("EMAIL", "ana@example.org", {{"TYPE", {"INTERNET"}}}));
  card.properties.push_back(property("NOTE", "a\\, b\\; c\\nd\\\\"));
  BOOST_TEST(write(card, options("3.0")) ==
             "BEGIN:VCARD\r\n"
             "VERSION:3.0\r\n"
             "FN:Ana Kovač\r\n"
             "EMAIL;TYPE=INTERNET:ana@example.org\r\n"
             "NOTE:a\\, b\\; c\\nd\\\\\r\n"
             "END:VCARD\r\n");
}

BOOST_AUTO_TEST_CASE(empty_card_has_only_begin_version_and_end) {
  BOOST_TEST(write(vcard::Card{}, options("4.0")) == "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n");
  BOOST_TEST(write(vcard::Card{}, options("3.0")) == "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n");
}

BOOST_AUTO_TEST_CASE(group_is_written_before_the_name) {
  vcard::Property p = property("X-ABLABEL", "Office");
  p.group = "item1";
  BOOST_TEST(write_one(p) ==
             "BEGIN:VCARD\r\nVERSION:4.0\r\nitem1.X-ABLABEL:Office\r\nEND:VCARD\r\n");
}

BOOST_AUTO_TEST_CASE(version_property_in_the_card_is_not_written_twice) {
  vcard::Card card;
  card.properties.push_back(property("VERSION", "2.1"));
  card.properties.push_back(property("FN", "X"));
  BOOST_TEST(write(card, options("3.0")) == "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEND:VCARD\r\n");
}

BOOST_AUTO_TEST_CASE(unsupported_version_is_refused_before_writing) {
  vcard::Card card;
  card.properties.push_back(property("FN", "X"));
  std::ostringstream out;
  BOOST_CHECK_EXCEPTION(
      vcard::write_card(out, card, options("2.1")), liaison::Error,
      [](const liaison::Error& e) { return e.code() == liaison::errc::invalid_argument; });
  BOOST_TEST(out.str().empty());
}

BOOST_AUTO_TEST_CASE(format_property_gives_the_unfolded_line_write_card_writes) {
  vcard::Property p =
      property("NOTE", repeat("Ђорђе\n", 20) + "\r\n",
               {{"CHARSET", {"UTF-8"}}, {"ENCODING", {"BASE64"}}, {"X-P", {"a:b"}}});
  p.group = "item2";
  for (const std::string version : {"4.0", "3.0"}) {
    BOOST_TEST_CONTEXT("version " << version) {
      const std::string formatted = vcard::format_property(p, version);
      BOOST_TEST(formatted == physical_lines(unfold(write_one(p, version))).at(2));
      BOOST_TEST(formatted.find_first_of("\r\n") == std::string::npos);
    }
  }
  BOOST_TEST(vcard::format_property(p, "3.0") ==
             "item2.NOTE;ENCODING=b;X-P=\"a:b\":" + repeat("Ђорђе\\n", 20) + "\\n");
  BOOST_CHECK_THROW(vcard::format_property(p, "2.1"), liaison::Error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(values)

BOOST_AUTO_TEST_CASE(escaped_value_is_written_as_is) {
  const std::string written = write_one(property("ADR", "PO\\; 1;;Ulica 5\\, stan 2;Zagreb;;;HR"));
  BOOST_TEST(physical_lines(written).at(2) == "ADR:PO\\; 1;;Ulica 5\\, stan 2;Zagreb;;;HR");
}

BOOST_AUTO_TEST_CASE(raw_line_breaks_in_a_value_become_backslash_n) {
  const std::string written = write_one(property("NOTE", "one\r\ntwo\nthree\rfour\n\r"));
  BOOST_TEST(physical_lines(written).at(2) == "NOTE:one\\ntwo\\nthree\\nfour\\n\\n");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parameters)

BOOST_AUTO_TEST_CASE(values_with_separators_are_quoted) {
  const std::string written =
      write_one(property("X-A", "v", {{"X-P", {"a,b", "c;d", "e:f", "plain"}}}));
  BOOST_TEST(physical_lines(written).at(2) == "X-A;X-P=\"a,b\",\"c;d\",\"e:f\",plain:v");
}

BOOST_AUTO_TEST_CASE(quote_line_break_and_caret_use_rfc6868_in_4_0_and_3_0) {
  const vcard::Property p = property(
      "ADR", ";;Ulica 5;Zagreb;;;HR",
      {{"LABEL", {"Ulica 5\r\n10000 \"Zagreb\", HR"}}, {"X-Q", {"a\nb^c\rd", "say \"hi\""}}});
  for (const std::string version : {"4.0", "3.0"}) {
    BOOST_TEST_CONTEXT("version " << version) {
      BOOST_TEST(physical_lines(unfold(write_one(p, version))).at(2) ==
                 "ADR;LABEL=\"Ulica 5^n10000 ^'Zagreb^', HR\";X-Q=a^nb^^c^nd,say ^'hi^':;;Ulica "
                 "5;Zagreb;;;HR");
    }
  }
}

BOOST_AUTO_TEST_CASE(type_values_and_names_are_written_as_stored) {
  const std::string written =
      write_one(property("TEL", "1", {{"TYPE", {"CELL", "pref"}}, {"X-Mixed", {"Aa"}}}));
  BOOST_TEST(physical_lines(written).at(2) == "TEL;TYPE=CELL,pref;X-Mixed=Aa:1");
}

BOOST_AUTO_TEST_CASE(parameter_without_values_is_left_out_and_empty_value_kept) {
  const std::string written =
      write_one(property("TEL", "1", {{"TYPE", {}}, {"X-EMPTY", {""}}, {"", {"x"}}}));
  BOOST_TEST(physical_lines(written).at(2) == "TEL;X-EMPTY=:1");
}

BOOST_AUTO_TEST_CASE(charset_and_text_transfer_encodings_are_dropped) {
  const vcard::Property p = property("NOTE", "Čćž",
                                     {{"CHARSET", {"WINDOWS-1250"}},
                                      {"ENCODING", {"QUOTED-PRINTABLE"}},
                                      {"charset", {"utf-8"}},
                                      {"ENCODING", {"8bit"}},
                                      {"ENCODING", {"7BIT"}},
                                      {"LANGUAGE", {"hr"}}});
  BOOST_TEST(physical_lines(write_one(p, "4.0")).at(2) == "NOTE;LANGUAGE=hr:Čćž");
  BOOST_TEST(physical_lines(write_one(p, "3.0")).at(2) == "NOTE;LANGUAGE=hr:Čćž");
}

BOOST_AUTO_TEST_CASE(base64_encoding_is_b_in_3_0_and_kept_in_4_0) {
  const vcard::Property base64 =
      property("PHOTO", "AAEC", {{"ENCODING", {"BASE64"}}, {"TYPE", {"JPEG"}}});
  const vcard::Property b = property("KEY", "AAEC", {{"ENCODING", {"b"}}});
  BOOST_TEST(physical_lines(write_one(base64, "3.0")).at(2) == "PHOTO;ENCODING=b;TYPE=JPEG:AAEC");
  BOOST_TEST(physical_lines(write_one(b, "3.0")).at(2) == "KEY;ENCODING=b:AAEC");
  BOOST_TEST(physical_lines(write_one(base64, "4.0")).at(2) ==
             "PHOTO;ENCODING=BASE64;TYPE=JPEG:AAEC");
  BOOST_TEST(physical_lines(write_one(b, "4.0")).at(2) == "KEY;ENCODING=b:AAEC");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(folding)

BOOST_AUTO_TEST_CASE(line_of_75_octets_is_not_folded) {
  const std::string text = "NOTE:" + repeat("x", 70);
  BOOST_REQUIRE(text.size() == 75U);
  BOOST_TEST(line(text) == text + "\r\n");
}

BOOST_AUTO_TEST_CASE(line_of_76_octets_is_folded_after_75) {
  const std::string text = "NOTE:" + repeat("x", 70) + "y";
  BOOST_TEST(line(text) == "NOTE:" + repeat("x", 70) + "\r\n y\r\n");
}

BOOST_AUTO_TEST_CASE(continuation_carries_at_most_74_octets) {
  const std::string text = repeat("a", 75) + repeat("b", 74) + "c";
  BOOST_TEST(line(text) == repeat("a", 75) + "\r\n " + repeat("b", 74) + "\r\n c\r\n");
}

BOOST_AUTO_TEST_CASE(long_cyrillic_value_is_folded_between_characters) {
  check_folding("NOTE:" + repeat("Ђорђе Петровић, ", 20));
  // "ORG:" leaves 71 octets, an odd number, for two-octet letters: the
  // first cut would split one and moves back an octet; continuations then
  // start on a boundary and carry 37 letters each.
  const std::string text = "ORG:" + repeat("Београд", 30);
  check_folding(text);
  const std::vector<std::string> lines = physical_lines(line(text));
  BOOST_TEST(lines.at(0).size() == 74U);
  BOOST_TEST(lines.at(1).size() == 75U);
}

BOOST_AUTO_TEST_CASE(long_values_of_three_and_four_octet_characters_are_folded_between_characters) {
  // Every prefix length shifts where the cuts land in the sequences.
  for (std::size_t prefix = 0; prefix < 4; ++prefix) {
    BOOST_TEST_CONTEXT("prefix " << prefix) {
      check_folding("NOTE:" + repeat("x", prefix) + repeat("日本語", 40));
      check_folding("NOTE:" + repeat("x", prefix) + repeat("\xF0\x9F\x98\x80", 60));
      check_folding("NOTE:" + repeat("x", prefix) +
                    repeat("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 30));
    }
  }
}

BOOST_AUTO_TEST_CASE(folded_card_unfolds_to_the_unfolded_card) {
  vcard::Card card;
  card.properties.push_back(property("NOTE", repeat("Šđčćž ", 50), {{"LANGUAGE", {"hr"}}}));
  card.properties.push_back(property("PHOTO", repeat("QUJD", 100), {{"ENCODING", {"b"}}}));
  const std::string folded = write(card, options("3.0", true));
  const std::string unfolded = write(card, options("3.0", false));
  BOOST_TEST(folded != unfolded);
  BOOST_TEST(unfold(folded) == unfolded);
  for (const std::string& l : physical_lines(folded)) {
    BOOST_TEST(l.size() <= 75U);
    BOOST_TEST(liaison::text::is_valid_utf8(l));
  }
}

BOOST_AUTO_TEST_CASE(fold_false_writes_each_property_on_one_physical_line) {
  vcard::Card card;
  const std::string note = repeat("Ђорђе ", 40);
  card.properties.push_back(property("NOTE", note));
  card.properties.push_back(property("FN", "X"));
  const std::vector<std::string> lines = physical_lines(write(card, options("4.0", false)));
  BOOST_TEST(lines.size() == 5U);
  BOOST_TEST(lines.at(2) == "NOTE:" + note);
  BOOST_TEST(line(note, false) == note + "\r\n");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_without_a_boundary_is_still_folded_at_75) {
  const std::string text = repeat("\x80", 200);
  const std::vector<std::string> lines = physical_lines(line(text));
  BOOST_TEST(lines.size() == 3U);
  BOOST_TEST(lines.at(0).size() == 75U);
  BOOST_TEST(lines.at(1).size() == 75U);
  BOOST_TEST(unfold(line(text)) == text + "\r\n");
}

BOOST_AUTO_TEST_SUITE_END()
