#include <boost/test/unit_test.hpp>

#include "formats/vcard/byte_input.hpp"
#include "formats/vcard/card.hpp"
#include "formats/vcard/reader.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vcard = liaison::vcard;
using vcard::Card;
using vcard::Property;
using vcard::ReaderOptions;
using vcard::ReadItem;

namespace {

std::vector<ReadItem> read_all(std::istream& in, ReaderOptions options = {}) {
  vcard::Reader reader(in, std::move(options));
  std::vector<ReadItem> items;
  while (std::optional<ReadItem> item = reader.next()) items.push_back(std::move(*item));
  return items;
}

std::vector<ReadItem> read_text(const std::string& bytes, ReaderOptions options = {}) {
  std::istringstream in(bytes);
  return read_all(in, std::move(options));
}

std::string fixture_path(std::string_view name) {
  return std::string(LIAISON_FIXTURE_DIR).append("/vcard/reader/").append(name);
}

std::vector<ReadItem> read_fixture(std::string_view name, ReaderOptions options = {}) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot open fixture " << name);
  return read_all(in, std::move(options));
}

std::string file_encoding_of(std::string_view name) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  vcard::Reader reader(in);
  return reader.file_encoding();
}

const Property* find(const Card& card, std::string_view name, std::size_t nth = 0) {
  for (const Property& p : card.properties) {
    if (p.name == name && nth-- == 0) return &p;
  }
  return nullptr;
}

std::string value_of(const Card& card, std::string_view name, std::size_t nth = 0) {
  const Property* p = find(card, name, nth);
  return p == nullptr ? std::string("<missing ").append(name).append(">") : p->value;
}

std::size_t card_count(const std::vector<ReadItem>& items) {
  std::size_t n = 0;
  for (const ReadItem& item : items) n += !item.error.has_value();
  return n;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

using Lines = std::vector<std::pair<std::size_t, std::string>>;

Lines physical_lines(const std::string& bytes, std::size_t chunk, std::size_t max_line = 1 << 20) {
  std::istringstream in(bytes);
  vcard::ByteInput input(in, max_line, std::uint64_t{1} << 40, chunk);
  Lines lines;
  vcard::PhysicalLine line;
  while (input.next(line)) lines.emplace_back(line.number, std::string(line.text));
  return lines;
}

// A stream whose buffer fails on the first read, as a dying disk would.
struct FailingBuffer : std::streambuf {
  int_type underflow() override { throw std::runtime_error("device gone"); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(card_model)

BOOST_AUTO_TEST_CASE(property_parameter_collects_values_case_insensitively) {
  Property p;
  p.parameters = {{"TYPE", {"work"}}, {"PREF", {"1"}}, {"TYPE", {"voice", "cell"}}};
  BOOST_TEST(p.parameter("type") == (std::vector<std::string>{"work", "voice", "cell"}));
  BOOST_TEST(p.parameter("Pref") == (std::vector<std::string>{"1"}));
  BOOST_TEST(p.parameter("CHARSET").empty());
}

BOOST_AUTO_TEST_CASE(has_type_finds_bare_and_quoted_list_types) {
  Property p;
  p.parameters = {{"TYPE", {"CELL"}}, {"TYPE", {"work,voice"}}};
  BOOST_TEST(p.has_type("cell"));
  BOOST_TEST(p.has_type("WORK"));
  BOOST_TEST(p.has_type("voice"));
  BOOST_TEST(!p.has_type("home"));
  BOOST_TEST(!p.has_type("work,voice,x"));
}

BOOST_AUTO_TEST_CASE(unescape_text_reads_v3_and_v4_escapes) {
  BOOST_TEST(vcard::unescape_text("Dummy\\, Dummy", "4.0") == "Dummy, Dummy");
  BOOST_TEST(vcard::unescape_text("a\\;b\\\\c\\nd\\Ne", "3.0") == "a;b\\c\nd\ne");
  BOOST_TEST(vcard::unescape_text("http\\://x \\\"q\\\"", "3.0") == "http://x \"q\"");
  BOOST_TEST(vcard::unescape_text("trailing\\", "4.0") == "trailing\\");
  BOOST_TEST(vcard::unescape_text("no version\\, still 3.0 rules", "") ==
             "no version, still 3.0 rules");
}

BOOST_AUTO_TEST_CASE(unescape_text_keeps_v21_backslashes) {
  BOOST_TEST(vcard::unescape_text("A;B\\C\\;D:E\\\\", "2.1") == "A;B\\C\\;D:E\\\\");
}

// But for "\n": Yahoo!'s and phones' 2.1 notes break their lines so.
BOOST_AUTO_TEST_CASE(unescape_text_reads_a_v21_backslash_n_as_a_line_break) {
  BOOST_TEST(vcard::unescape_text("ISP Ph 019833206\\n\\nNext\\Nlast", "2.1") ==
             "ISP Ph 019833206\n\nNext\nlast");
  BOOST_TEST(vcard::unescape_text("C:\\temp", "2.1") == "C:\\temp");
}

BOOST_AUTO_TEST_CASE(split_components_splits_at_unescaped_semicolons) {
  BOOST_TEST(vcard::split_components(";;Evil semicolon city\\;;Semicolon\\;way;NC", "3.0") ==
             (std::vector<std::string>{"", "", "Evil semicolon city;", "Semicolon;way", "NC"}));
  BOOST_TEST(vcard::split_components("a\\\\;b", "4.0") == (std::vector<std::string>{"a\\", "b"}));
  BOOST_TEST(vcard::split_components("", "4.0") == (std::vector<std::string>{""}));
}

BOOST_AUTO_TEST_CASE(split_components_v21_reads_backslashes_as_android_writes_them) {
  // android_v21_backslash.vcf: N:;A\;B\\;C\\\;;D;\:E;\\\\;
  BOOST_TEST(vcard::split_components(";A\\;B\\\\;C\\\\\\;;D;\\:E;\\\\\\\\;", "2.1") ==
             (std::vector<std::string>{"", "A;B\\", "C\\;", "D", ":E", "\\\\", ""}));
  BOOST_TEST(vcard::split_components("line\\nbreak;x", "2.1") ==
             (std::vector<std::string>{"line\\nbreak", "x"}));
}

BOOST_AUTO_TEST_CASE(split_list_splits_at_unescaped_commas) {
  BOOST_TEST(vcard::split_list("Friends,Work\\, Tirana,OSCE", "3.0") ==
             (std::vector<std::string>{"Friends", "Work, Tirana", "OSCE"}));
  BOOST_TEST(vcard::split_list("a,b", "2.1") == (std::vector<std::string>{"a", "b"}));
}

BOOST_AUTO_TEST_CASE(escape_text_escapes_specials_and_line_breaks) {
  BOOST_TEST(vcard::escape_text("a\\b,c;d") == "a\\\\b\\,c\\;d");
  BOOST_TEST(vcard::escape_text("1\r\n2\r3\n4") == "1\\n2\\n3\\n4");
  BOOST_TEST(vcard::unescape_text(vcard::escape_text("Šćepanović, Đ; \\ x\ny"), "4.0") ==
             "Šćepanović, Đ; \\ x\ny");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(content_lines)

BOOST_AUTO_TEST_CASE(group_is_split_off_and_name_upper_cased) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nitem1.email;type=INTERNET:a@b.al\r\n"
      "item1.X-ABLabel:_$!<Other>!$_\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_REQUIRE_EQUAL(card.properties.size(), 2u);
  BOOST_TEST(card.properties[0].group == "item1");
  BOOST_TEST(card.properties[0].name == "EMAIL");
  BOOST_TEST(card.properties[0].value == "a@b.al");
  BOOST_TEST(card.properties[0].line == 3u);
  BOOST_TEST(card.properties[1].name == "X-ABLABEL");
  BOOST_TEST(card.properties[1].value == "_$!<Other>!$_");
}

BOOST_AUTO_TEST_CASE(quoted_parameter_values_keep_commas_colons_and_semicolons) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:3.0\r\n"
      "TEL;TYPE=\"COMMA,SEPARATED:INSIDE.DQUOTE\",PREF:1\r\n"
      "ADR;LABEL=\"Rruga e Kavajës; Tiranë: AL\":;;Rruga;Tiranë;;;Albania\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Property* tel = find(items[0].card, "TEL");
  BOOST_REQUIRE(tel);
  BOOST_TEST(tel->parameter("TYPE") ==
             (std::vector<std::string>{"COMMA,SEPARATED:INSIDE.DQUOTE", "PREF"}));
  BOOST_TEST(tel->value == "1");
  const Property* adr = find(items[0].card, "ADR");
  BOOST_REQUIRE(adr);
  BOOST_TEST(adr->parameter("LABEL") == (std::vector<std::string>{"Rruga e Kavajës; Tiranë: AL"}));
  BOOST_TEST(adr->value == ";;Rruga;Tiranë;;;Albania");
}

BOOST_AUTO_TEST_CASE(rfc6868_carets_are_decoded_in_3_0_and_4_0_but_not_2_1) {
  const std::string line = "ADR;LABEL=\"a^nb ^^ ^'q^'\":;;x\r\n";
  const auto v4 = read_text("BEGIN:VCARD\r\nVERSION:4.0\r\n" + line + "END:VCARD\r\n");
  const auto v21 = read_text("BEGIN:VCARD\r\nVERSION:2.1\r\n" + line + "END:VCARD\r\n");
  BOOST_REQUIRE(find(v4.at(0).card, "ADR"));
  BOOST_REQUIRE(find(v21.at(0).card, "ADR"));
  BOOST_TEST(find(v4[0].card, "ADR")->parameter("LABEL") ==
             (std::vector<std::string>{"a\nb ^ \"q\""}));
  BOOST_TEST(find(v21[0].card, "ADR")->parameter("LABEL") ==
             (std::vector<std::string>{"a^nb ^^ ^'q^'"}));
}

BOOST_AUTO_TEST_CASE(bare_v21_parameters_become_type_and_encoding) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;CELL;PREF:+355 69 1\r\n"
      "LABEL;QUOTED-PRINTABLE;WORK:Tiran=C3=AB\r\nEND:VCARD\r\n");
  const Property* tel = find(items.at(0).card, "TEL");
  BOOST_REQUIRE(tel);
  BOOST_TEST(tel->parameter("TYPE") == (std::vector<std::string>{"CELL", "PREF"}));
  BOOST_TEST(tel->has_type("cell"));
  const Property* label = find(items[0].card, "LABEL");
  BOOST_REQUIRE(label);
  BOOST_TEST(label->parameter("ENCODING") == (std::vector<std::string>{"QUOTED-PRINTABLE"}));
  BOOST_TEST(label->has_type("WORK"));
  BOOST_TEST(label->value == "Tiranë");
}

BOOST_AUTO_TEST_CASE(empty_parameters_are_ignored) {
  const auto items = read_text(
      "BEGIN:VCARD\nVERSION:3.0\nNOPARAM;:v1\nTAIL;PARAM=value;:v2\n"
      "MIDDLE;PARAM=value;;PARAM2=value2:v3\nADR;HOME;PREF;:;;Street\nEND:VCARD");
  const Card& card = items.at(0).card;
  BOOST_REQUIRE_EQUAL(card.properties.size(), 4u);
  BOOST_TEST(card.properties[0].parameters.empty());
  BOOST_TEST(card.properties[0].value == "v1");
  BOOST_TEST(card.properties[1].parameters.size() == 1u);
  BOOST_TEST(card.properties[2].parameter("PARAM2") == (std::vector<std::string>{"value2"}));
  BOOST_TEST(card.properties[2].value == "v3");
  BOOST_TEST(card.properties[3].parameter("TYPE") == (std::vector<std::string>{"HOME", "PREF"}));
  BOOST_TEST(card.properties[3].value == ";;Street");
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_CASE(parameter_lists_split_at_unquoted_commas_and_folds_inside_parameters) {
  // As in Evolution's "evil" test: folds with a TAB in the middle of a token.
  const auto items = read_text(
      "BEGIN:vCard\nVERSION:3.0\nTEL;TYPE=VOICE,M\n\tSG,WORK:+1-919-676-9515\n"
      "EMAIL;TYPE=INTERNET\n ,PREF:x@y.z\nEND:vCard\n");
  const Card& card = items.at(0).card;
  BOOST_REQUIRE_EQUAL(card.properties.size(), 2u);
  BOOST_TEST(card.properties[0].parameter("TYPE") ==
             (std::vector<std::string>{"VOICE", "MSG", "WORK"}));
  BOOST_TEST(card.properties[0].value == "+1-919-676-9515");
  BOOST_TEST(card.properties[1].parameter("TYPE") ==
             (std::vector<std::string>{"INTERNET", "PREF"}));
}

BOOST_AUTO_TEST_CASE(a_quoted_type_list_is_several_types) {
  // RFC 6350's own example (section 6.4.1) quotes the list whole.
  const auto items = read_text(
      "BEGIN:VCARD\nVERSION:4.0\nFN:A\n"
      "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555\n"
      "NOTE;X-LIST=\"a,b\":n\nEND:VCARD\n");
  const Card& card = items.at(0).card;
  BOOST_REQUIRE_EQUAL(card.properties.size(), 3u);
  BOOST_TEST(card.properties[1].parameter("TYPE") == (std::vector<std::string>{"voice", "home"}));
  // Other parameters keep a quoted comma as part of the value.
  BOOST_TEST(card.properties[2].parameter("X-LIST") == (std::vector<std::string>{"a,b"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(byte_layer)

BOOST_AUTO_TEST_CASE(crlf_lf_cr_and_cr_cr_lf_each_end_one_line) {
  const Lines lines = physical_lines("a\r\nb\nc\rd\r\r\ne\r\rf", 1 << 16);
  const Lines expected = {{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}, {5, "e"}, {6, ""}, {7, "f"}};
  BOOST_TEST(lines == expected);
}

BOOST_AUTO_TEST_CASE(lines_are_the_same_whatever_the_chunk_size) {
  // The first line is longer than what the reader looks at to find the
  // encoding, so that the rest really comes in chunks.
  const std::string text =
      "X:" + std::string(600, 'a') +
      "\r\nBEGIN:VCARD\r\r\nFN:Ђорђе\r\n NOTE\rX:1\n\nY:2\r\r\r\nZ:\xC4\x87\r\nlast";
  const Lines whole = physical_lines(text, 1 << 16);
  BOOST_TEST(whole.size() == 10u);
  BOOST_TEST(whole.back().second == "last");
  for (std::size_t chunk = 1; chunk <= 9; ++chunk) {
    BOOST_TEST_CONTEXT("chunk " << chunk) { BOOST_TEST(physical_lines(text, chunk) == whole); }
  }
}

BOOST_AUTO_TEST_CASE(utf16_is_transcoded_across_chunk_boundaries) {
  std::string le = "\xFF\xFE";
  const std::u16string text =
      u"X:" + std::u16string(600, u'a') + u"\r\nFN:Ǽgean\r\nNOTE:\U0001F600 ok\r\n";
  for (const char16_t unit : text) {
    le.push_back(static_cast<char>(unit & 0xFF));
    le.push_back(static_cast<char>(unit >> 8));
  }
  const Lines expected = {
      {1, "X:" + std::string(600, 'a')}, {2, "FN:Ǽgean"}, {3, "NOTE:\U0001F600 ok"}};
  for (std::size_t chunk = 1; chunk <= 5; ++chunk) {
    BOOST_TEST_CONTEXT("chunk " << chunk) { BOOST_TEST(physical_lines(le, chunk) == expected); }
  }
}

BOOST_AUTO_TEST_CASE(unpaired_surrogates_and_a_cut_unit_become_replacement_characters) {
  // UTF-16BE, no BOM: "NOTE:" lone-high-surrogate "x" lone-low-surrogate,
  // then half a unit.
  static const char bytes[] = "\0N\0O\0T\0E\0:\xD8\x3D\0x\xDC\x00\0\n\0";
  const std::string be(bytes, sizeof bytes - 1);
  const Lines lines = physical_lines(be, 4);
  BOOST_REQUIRE_EQUAL(lines.size(), 2u);
  BOOST_TEST(lines[0].second == "NOTE:\xEF\xBF\xBDx\xEF\xBF\xBD");
  BOOST_TEST(lines[1].second == "\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_CASE(an_overlong_physical_line_is_cut_and_flagged) {
  const std::string text = "short\n" + std::string(5000, 'x') + "\r\r\nnext\n";
  for (const std::size_t chunk : {std::size_t{3}, std::size_t{7}, std::size_t{1} << 16}) {
    std::istringstream in(text);
    vcard::ByteInput input(in, 10, std::uint64_t{1} << 40, chunk);
    vcard::PhysicalLine line;
    BOOST_REQUIRE(input.next(line));
    BOOST_TEST(line.text == "short");
    BOOST_REQUIRE(input.next(line));
    BOOST_TEST(line.truncated);
    BOOST_TEST(line.text == std::string(10, 'x'));
    BOOST_TEST(line.number == 2u);
    BOOST_REQUIRE(input.next(line));
    BOOST_TEST(!line.truncated);
    BOOST_TEST(line.text == "next");
    BOOST_TEST(line.number == 3u);
    BOOST_TEST(!input.next(line));
  }
}

BOOST_AUTO_TEST_CASE(utf16_files_with_and_without_bom_read_as_utf8) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"utf16le_bom.vcf", "UTF-16LE"},
      {"utf16be_bom.vcf", "UTF-16BE"},
      {"utf16le_nobom.vcf", "UTF-16LE"},
      {"utf16be_nobom.vcf", "UTF-16BE"}};
  for (const auto& [file, encoding] : files) {
    BOOST_TEST_CONTEXT(file) {
      BOOST_TEST(file_encoding_of(file) == encoding);
      const auto items = read_fixture(file);
      BOOST_REQUIRE_EQUAL(items.size(), 1u);
      BOOST_TEST(!items[0].error);
      BOOST_TEST(items[0].card.version == "3.0");
      BOOST_TEST(value_of(items[0].card, "FN") == "Ǽgean Ľuka");
      BOOST_TEST(value_of(items[0].card, "NOTE") == "smile \U0001F600");
      BOOST_TEST(items[0].card.fallback_charset.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(utf8_bom_is_dropped_and_a_bom_alone_is_an_empty_file) {
  const auto items = read_text(
      "\xEF\xBB\xBF"
      "BEGIN:VCARD\r\nFN:Arbër\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Arbër");
  BOOST_TEST(read_text("\xEF\xBB\xBF").empty());
  // Files joined with cat keep the second file's BOM in the middle.
  const auto joined = read_text(
      "BEGIN:VCARD\nFN:a\nEND:VCARD\n\xEF\xBB\xBF"
      "BEGIN:VCARD\nFN:b\nEND:VCARD\n");
  BOOST_REQUIRE_EQUAL(joined.size(), 2u);
  BOOST_TEST(value_of(joined[1].card, "FN") == "b");
  BOOST_TEST(read_text("").empty());
  BOOST_TEST(read_text("\r\n\n  \r\n\x1A").empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(unfolding)

BOOST_AUTO_TEST_CASE(a_fold_inside_a_utf8_sequence_rejoins) {
  const auto items = read_fixture("fold_splits_utf8.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Đorđe Šćepanović");
  BOOST_TEST(value_of(items[0].card, "NOTE") == "price 5 €");
  BOOST_TEST(items[0].card.fallback_charset.empty());
}

BOOST_AUTO_TEST_CASE(ios_cr_cr_lf_ends_lines_without_breaking_folds) {
  const auto items = read_fixture("ios_crcrlf.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "FN") == "Arbër Hoxha");
  BOOST_TEST(value_of(card, "NOTE") == "first part and second part");
  BOOST_TEST(find(card, "TEL")->line == 6u);
  BOOST_TEST(card.last_line == 7u);
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_CASE(quoted_printable_soft_breaks_join_unindented_lines) {
  // Outlook: "=0D=0A=" then the next line without a blank.
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "LABEL;WORK;ENCODING=QUOTED-PRINTABLE:Cresent moon drive=0D=0A=\r\n"
      "Albaney, New York  12345\r\nNOTE:after\r\nEND:VCARD\r\n");
  const Card& card = items.at(0).card;
  BOOST_TEST(value_of(card, "LABEL") == "Cresent moon drive\nAlbaney, New York  12345");
  BOOST_TEST(value_of(card, "NOTE") == "after");
  BOOST_TEST(find(card, "NOTE")->line == 5u);
}

BOOST_AUTO_TEST_CASE(a_soft_break_inside_a_utf8_sequence_rejoins) {
  const auto items = read_fixture("qp_soft_break_splits_utf8.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Ëndërr Çela");
}

BOOST_AUTO_TEST_CASE(nokia_values_start_with_a_soft_break_and_end_at_a_blank_line) {
  const auto items = read_text(
      "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\nBr=C3=BCning;=\n"
      "Michael\nADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\n;=\n;=\n"
      "M=C3=BCnsterplatz 21;=\nUlm;=\n89073;=\n\nBDAY:19781229\nEND:VCARD\n");
  const Card& card = items.at(0).card;
  BOOST_TEST(value_of(card, "N") == "Brüning;Michael");
  BOOST_TEST(value_of(card, "ADR") == ";;Münsterplatz 21;Ulm;89073;");
  BOOST_TEST(value_of(card, "BDAY") == "19781229");
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_CASE(comments_are_dropped_but_a_qp_continuation_starting_with_hash_is_data) {
  const auto items = read_text(
      "BEGIN:vCard\r\nVERSION:2.1\r\nFN:Conference Call\r\n# This line must be ignored.\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE:This is an (sharp ->=\r\n"
      "#<- sharp) example.\r\n# ignored too\r\nEND:vCard\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_REQUIRE_EQUAL(card.properties.size(), 2u);
  BOOST_TEST(value_of(card, "NOTE") == "This is an (sharp ->#<- sharp) example.");
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_CASE(quoted_printable_line_breaks_are_read_as_lf) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "NOTE;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=0Dc=0Ad\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "NOTE") == "a\nb\nc\nd");
}

BOOST_AUTO_TEST_CASE(malformed_quoted_printable_is_kept_literally) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=3Db =G1 =4 x=\r\n"
      "END:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "NOTE") == "a=b =G1 =4 x");
}

BOOST_AUTO_TEST_CASE(base64_values_keep_their_text_without_blanks) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nKEY;X509;ENCODING=BASE64:\r\n    TUlJRElU\r\n"
      "    Q0NBb3Fn==\r\n\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4A\r\n  AQSk\r\n"
      "EMAIL;PREF;INTERNET:jdoe@example.org\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "KEY") == "TUlJRElUQ0NBb3Fn==");
  BOOST_TEST(value_of(card, "PHOTO") == "/9j/4AAQSk");
  BOOST_TEST(value_of(card, "EMAIL") == "jdoe@example.org");
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_CASE(text_in_base64_is_decoded_and_read_in_its_charset) {
  // "Lieblingsfarbe: Violett" (as jeroendesloovere/vcard writes notes) and
  // "Čapaliku" in windows-1250; the photo stays as it came.
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE;ENCODING=b:TGllYmxpbmdzZmFyYmU6IFZpb2xldHQ=\r\n"
      "FN;BASE64;CHARSET=windows-1250:yGFwYWxpa3U\r\nORG;ENCODING=b:not base64!\r\n"
      "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSk\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "NOTE") == "Lieblingsfarbe: Violett");
  BOOST_TEST(value_of(card, "FN") == "Čapaliku");
  BOOST_TEST(find(card, "NOTE")->parameter("ENCODING").empty());
  BOOST_TEST(value_of(card, "ORG") == "notbase64!");  // not base64: kept, as a picture would be
  BOOST_TEST(value_of(card, "PHOTO") == "/9j/4AAQSk");
  BOOST_TEST(find(card, "PHOTO")->parameter("ENCODING") == (std::vector<std::string>{"b"}));
}

BOOST_AUTO_TEST_CASE(v21_base64_on_unindented_lines_runs_to_the_blank_line) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;TYPE=JPEG;ENCODING=BASE64:/9j/4AAQ\r\n"
      "SkZJRgAB\r\nAQEAYABg==\r\n\r\nFN:After Photo\r\nEND:VCARD\r\n");
  const Card& card = items.at(0).card;
  BOOST_TEST(value_of(card, "PHOTO") == "/9j/4AAQSkZJRgABAQEAYABg==");
  BOOST_TEST(value_of(card, "FN") == "After Photo");
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(charsets)

BOOST_AUTO_TEST_CASE(declared_charsets_are_converted_by_name_in_any_case) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "FN;CHARSET=SHIFT_JIS:\x88\xC0\x93\xA1 \x83\x8D\x83\x43\x83\x68 1\r\n"
      "N;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:=A3=EE=E2=E0=ED=EE=E2=E8=9E\r\n"
      "ORG;CHARSET=iso-8859-2:Ob\xE8ina\r\n"
      "TITLE;CHARSET=windows-1252:Do\xEB\r\n"
      "NOTE;CHARSET=utf-8:Tiran\xC3\xAB\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "FN") == "安藤 ロイド 1");
  BOOST_TEST(value_of(card, "N") == "Јовановић");
  BOOST_TEST(value_of(card, "ORG") == "Občina");
  BOOST_TEST(value_of(card, "TITLE") == "Doë");
  BOOST_TEST(value_of(card, "NOTE") == "Tiranë");
  BOOST_TEST(card.fallback_charset.empty());
  BOOST_TEST(items[0].warnings.empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_charset_warns_and_reads_the_value_as_undeclared) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-NO-SUCH-CHARSET:Iksi\xF1ski\r\n"
      "NOTE;CHARSET=X-NO-SUCH-CHARSET:plain ascii\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Iksiński");
  BOOST_TEST(value_of(items[0].card, "NOTE") == "plain ascii");
  BOOST_TEST(items[0].card.fallback_charset == "windows-1250");
  BOOST_REQUIRE_EQUAL(items[0].warnings.size(), 1u);
  BOOST_TEST(items[0].warnings[0].line == 3u);
  BOOST_TEST(contains(items[0].warnings[0].message, "X-NO-SUCH-CHARSET"));
}

BOOST_AUTO_TEST_CASE(undeclared_windows_1250_serbo_croatian_uses_the_latin_fallback) {
  const auto items = read_fixture("cp1250_serbo_croatian.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "FN") == "Đorđe Šćepanović");
  BOOST_TEST(value_of(card, "N") == "Šćepanović;Đorđe");
  BOOST_TEST(value_of(card, "ORG") == "Opština Žabljak");
  BOOST_TEST(card.fallback_charset == "windows-1250");
}

BOOST_AUTO_TEST_CASE(undeclared_windows_1251_serbian_uses_the_cyrillic_fallback) {
  const auto items = read_fixture("cp1251_serbian.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "FN") == "Ђорђе Јовановић");
  BOOST_TEST(value_of(card, "ADR") == ";;Његошева 12;Београд;;11000;Србија");
  BOOST_TEST(card.fallback_charset == "windows-1251");
}

BOOST_AUTO_TEST_CASE(albanian_reads_the_same_in_utf8_and_windows_1250) {
  const auto utf8 = read_fixture("albanian_utf8.vcf");
  const auto cp1250 = read_fixture("albanian_cp1250.vcf");
  BOOST_REQUIRE_EQUAL(utf8.size(), 1u);
  BOOST_REQUIRE_EQUAL(cp1250.size(), 1u);
  BOOST_TEST(value_of(utf8[0].card, "FN") == "Ëndërr Çela");
  BOOST_TEST(value_of(cp1250[0].card, "FN") == "Ëndërr Çela");
  BOOST_TEST(value_of(cp1250[0].card, "ORG") == "Ministria e Drejtësisë");
  BOOST_TEST(utf8[0].card.fallback_charset.empty());
  BOOST_TEST(cp1250[0].card.fallback_charset == "windows-1250");
}

BOOST_AUTO_TEST_CASE(the_charset_option_replaces_the_guess_but_not_valid_utf8) {
  ReaderOptions options;
  options.charset = "ISO-8859-5";  // Cyrillic, but not windows-1251
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:\xB8\xD2\xD0\xDD\r\nNOTE:Tiran\xC3\xAB\r\nEND:VCARD\r\n",
      options);
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Иван");
  BOOST_TEST(value_of(items[0].card, "NOTE") == "Tiranë");
  BOOST_TEST(items[0].card.fallback_charset == "ISO-8859-5");
}

BOOST_AUTO_TEST_CASE(the_fallback_is_decided_once_per_card) {
  // Two cards: one Cyrillic, one Latin; within a card all undeclared values
  // share the decision, even a short one that alone would look Latin.
  const auto items = read_text(
      "BEGIN:VCARD\r\nFN:\xC8\xE2\xE0\xED \xCF\xE5\xF2\xF0\xEE\xE2\xE8\xF7\r\n"
      "NOTE:ok \xE4\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nFN:Ana Kova\xE8i\xE6\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Иван Петрович");
  BOOST_TEST(value_of(items[0].card, "NOTE") == "ok д");
  BOOST_TEST(items[0].card.fallback_charset == "windows-1251");
  BOOST_TEST(value_of(items[1].card, "FN") == "Ana Kovačić");
  BOOST_TEST(items[1].card.fallback_charset == "windows-1250");
}

BOOST_AUTO_TEST_CASE(a_charset_declared_on_another_property_reads_the_undeclared_text) {
  // Outlook (FolkerKinzel's AnsiIssue.vcf): CHARSET on LABEL, none on the
  // ADR beside it. By the letters alone, windows-1250 would win (Crčvecśur).
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Marie Dubois\r\n"
      "ADR;HOME:;;1 rue Cr\xE8vec\x9Cur;Lyon;;69001;France\r\n"
      "LABEL;HOME;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:1 rue Cr=E8vec=9Cur\r\n"
      "END:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "ADR") == ";;1 rue Crèvecœur;Lyon;;69001;France");
  BOOST_TEST(value_of(items[0].card, "LABEL") == "1 rue Crèvecœur");
  BOOST_TEST(items[0].card.fallback_charset == "Windows-1252");
}

BOOST_AUTO_TEST_CASE(western_letters_in_a_file_read_its_latin_text_in_windows_1252) {
  // The second card alone is a tie (0xE8 is č or è) and stays windows-1250;
  // after the first card's à, the file reads as windows-1252.
  const std::string second = "BEGIN:VCARD\r\nFN:H\xE9l\xE8ne Cr\xE8pe\r\nEND:VCARD\r\n";
  const auto items = read_text(
      "BEGIN:VCARD\r\nFN:Andr\xE9 Lef\xE8vre\r\nNOTE:\xE0 bient\xF4t, d\xE9j\xE0 vu\r\n"
      "END:VCARD\r\n" +
      second);
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_TEST(value_of(items[0].card, "FN") == "André Lefèvre");
  BOOST_TEST(value_of(items[0].card, "NOTE") == "à bientôt, déjà vu");
  BOOST_TEST(items[0].card.fallback_charset == "windows-1252");
  BOOST_TEST(value_of(items[1].card, "FN") == "Hélène Crèpe");
  BOOST_TEST(items[1].card.fallback_charset == "windows-1252");

  const auto alone = read_text(second);
  BOOST_REQUIRE_EQUAL(alone.size(), 1u);
  BOOST_TEST(alone[0].card.fallback_charset == "windows-1250");

  ReaderOptions regional_only;
  regional_only.western_fallback.clear();
  const auto never =
      read_text("BEGIN:VCARD\r\nFN:Andr\xE9 Lef\xE8vre\r\nNOTE:\xE0 bient\xF4t\r\nEND:VCARD\r\n",
                regional_only);
  BOOST_REQUIRE_EQUAL(never.size(), 1u);
  BOOST_TEST(never[0].card.fallback_charset == "windows-1250");
}

BOOST_AUTO_TEST_CASE(an_invalid_fallback_option_still_gives_utf8_and_a_warning) {
  ReaderOptions options;
  options.latin_fallback = "no-such-code-page";
  const auto items = read_text("BEGIN:VCARD\nFN:Iksi\xF1ski\nEND:VCARD\n", options);
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(value_of(items[0].card, "FN") == "Iksi\xEF\xBF\xBDski");
  BOOST_TEST(items[0].card.fallback_charset.empty());
  BOOST_TEST(items[0].warnings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(damaged_utf8_is_repaired_not_read_in_a_code_page) {
  // A declared UTF-8 value with a stray byte (as in ez-vcard's Android
  // sample), and undeclared UTF-8 whose last character was cut.
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91=C3=91=\r\n=80\r\n"
      "FN:\xC4\x90or\xC4\x91"
      "e \xC5\xA0\xC4\r\nEND:VCARD\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(value_of(card, "ORG") == "ÑÑÑ\xEF\xBF\xBD");
  BOOST_TEST(value_of(card, "FN") == "Đorđe Š\xEF\xBF\xBD");
  BOOST_TEST(card.fallback_charset.empty());
  BOOST_REQUIRE_EQUAL(items[0].warnings.size(), 2u);
  BOOST_TEST(items[0].warnings[0].line == 3u);
  BOOST_TEST(items[0].warnings[1].line == 5u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(card_structure)

BOOST_AUTO_TEST_CASE(several_cards_lower_case_names_and_version_anywhere) {
  const auto items = read_text(
      "begin:vcard\nn:geiser;ian\nversion:2.1\nfn:ian geiser\nend:vcard\n\n"
      "BEGIN:VCARD\nFN:test\nNOTE:a\\Nb\nVERSION:3.0\nEND:VCARD\n"
      "BEGIN:VCARD\nFN:no version\nEND:VCARD");
  BOOST_REQUIRE_EQUAL(items.size(), 3u);
  BOOST_TEST(items[0].card.version == "2.1");
  BOOST_TEST(items[0].card.properties.size() == 2u);
  BOOST_TEST(value_of(items[0].card, "FN") == "ian geiser");
  BOOST_TEST(items[0].card.first_line == 1u);
  BOOST_TEST(items[0].card.last_line == 5u);
  BOOST_TEST(items[1].card.version == "3.0");
  BOOST_TEST(vcard::unescape_text(value_of(items[1].card, "NOTE"), "3.0") == "a\nb");
  BOOST_TEST(!find(items[1].card, "VERSION"));
  BOOST_TEST(items[2].card.version.empty());
  BOOST_TEST(value_of(items[2].card, "FN") == "no version");
  for (const ReadItem& item : items) {
    BOOST_TEST(!item.error);
    BOOST_TEST(item.warnings.empty());
  }
}

BOOST_AUTO_TEST_CASE(nested_cards_come_out_inner_first_then_the_outer_one) {
  const auto items = read_fixture("nested.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 3u);
  BOOST_TEST(value_of(items[0].card, "N") == "Inner;First");
  BOOST_TEST(items[0].card.first_line == 4u);
  BOOST_TEST(items[0].card.last_line == 7u);
  BOOST_TEST(value_of(items[1].card, "N") == "Inner;Second");
  const Card& outer = items[2].card;
  BOOST_TEST(value_of(outer, "N") == "Outer;Card");
  BOOST_TEST(value_of(outer, "TEL") == "+381 11 123 456");
  BOOST_TEST(value_of(outer, "AGENT") == "");
  BOOST_TEST(outer.properties.size() == 3u);
  BOOST_TEST(outer.first_line == 1u);
  BOOST_TEST(outer.last_line == 14u);
  for (const ReadItem& item : items) BOOST_TEST(!item.error);
}

// As vCard.Net writes an agent: its card begins on the AGENT line itself.
BOOST_AUTO_TEST_CASE(an_agent_card_begun_on_the_agent_line_is_a_card_of_its_own) {
  for (const std::string version : {"2.1", "3.0", "4.0"}) {
    const auto items = read_text("BEGIN:VCARD\nVERSION:" + version +
                                 "\nFN:John Doe\nAGENT:BEGIN:VCARD\nVERSION:" + version +
                                 "\nFN:Jane Doe\nTEL:+1 987 654 3210\nEND:VCARD\n"
                                 "TEL:+1 123 456 7890\nEND:VCARD\n");
    BOOST_REQUIRE_EQUAL(items.size(), 2u);
    for (const ReadItem& item : items) BOOST_TEST(!item.error, version);
    BOOST_TEST(value_of(items[0].card, "FN") == "Jane Doe", version);
    BOOST_TEST(value_of(items[0].card, "TEL") == "+1 987 654 3210", version);
    const Card& outer = items[1].card;
    BOOST_TEST(value_of(outer, "FN") == "John Doe", version);
    BOOST_TEST(value_of(outer, "TEL") == "+1 123 456 7890", version);
    BOOST_TEST(value_of(outer, "AGENT") == "", version);
    BOOST_TEST(outer.properties.size() == 3u, version);  // FN, AGENT, TEL
    BOOST_TEST(outer.last_line == 10u, version);
  }
}

BOOST_AUTO_TEST_CASE(cards_nested_too_deep_break_the_card_that_holds_them) {
  std::string text;
  for (int i = 0; i < 20; ++i)
    text.append("BEGIN:VCARD\nFN:level ").append(std::to_string(i)).append("\n");
  for (int i = 0; i < 20; ++i) text.append("END:VCARD\n");
  text.append("BEGIN:VCARD\nFN:after\nEND:VCARD\n");
  const auto items = read_text(text);
  // Levels 0-14 open normally; the 16th BEGIN breaks level 15, whose END is
  // then found past the 4 deeper ones; the 15 outer cards close in turn.
  BOOST_REQUIRE_EQUAL(items.size(), 17u);
  BOOST_REQUIRE(items[0].error);
  BOOST_TEST(value_of(items[0].card, "FN") == "level 15");
  BOOST_TEST(value_of(items[1].card, "FN") == "level 14");
  BOOST_TEST(!items[1].error);
  BOOST_TEST(value_of(items[15].card, "FN") == "level 0");
  BOOST_TEST(value_of(items[16].card, "FN") == "after");
}

BOOST_AUTO_TEST_CASE(a_card_cut_off_at_the_end_is_returned_with_a_warning) {
  const auto items = read_fixture("truncated.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_TEST(items[0].warnings.empty());
  BOOST_TEST(!items[1].error);
  BOOST_TEST(value_of(items[1].card, "FN") == "Cut Off");
  BOOST_TEST(items[1].card.last_line == 7u);
  BOOST_REQUIRE_EQUAL(items[1].warnings.size(), 1u);
  BOOST_TEST(items[1].warnings[0].line == 7u);
  BOOST_TEST(contains(items[1].warnings[0].message, "END:VCARD"));
  BOOST_TEST(contains(items[1].warnings[0].message, "line 5"));
}

BOOST_AUTO_TEST_CASE(text_before_begin_is_one_error_item_naming_its_first_line) {
  const auto items = read_fixture("missing_begin.vcf");
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_REQUIRE(items[0].error);
  BOOST_TEST(items[0].error->line == 1u);
  BOOST_TEST(contains(items[0].error->message, "BEGIN:VCARD is missing"));
  BOOST_TEST(items[0].card.properties.empty());
  BOOST_TEST(items[0].card.last_line == 4u);
  BOOST_TEST(!items[1].error);
  BOOST_TEST(value_of(items[1].card, "FN") == "Somebody");
}

// A second END:VCARD, or a banner a test tool printed after the cards,
// holds no property: left out with a warning, not an error that would stop
// an atomic import. Text that could be a card's (above) stays an error.
BOOST_AUTO_TEST_CASE(end_without_begin_and_banners_are_left_out_with_a_warning) {
  const auto items = read_text(
      "BEGIN:VCARD\nFN:One\nEND:VCARD\nEND:VCARD\n\n# a comment\nBEGIN:VCARD\nFN:Two\nEND:VCARD\n"
      "\n*****************\n****** Failures: ******\n");
  BOOST_REQUIRE_EQUAL(items.size(), 4u);
  BOOST_TEST(value_of(items[0].card, "FN") == "One");
  BOOST_TEST(!items[1].error);
  BOOST_TEST(items[1].no_card);
  BOOST_REQUIRE_EQUAL(items[1].warnings.size(), 1u);
  BOOST_TEST(items[1].warnings[0].line == 4u);
  BOOST_TEST(contains(items[1].warnings[0].message, "BEGIN:VCARD is missing"));
  BOOST_TEST(value_of(items[2].card, "FN") == "Two");
  BOOST_TEST(!items[3].error);
  BOOST_TEST(items[3].no_card);
  BOOST_REQUIRE_EQUAL(items[3].warnings.size(), 1u);
  BOOST_TEST(items[3].warnings[0].line == 11u);
}

// A file that lost its line breaks holds a card on one line after its
// BEGIN: that is data, so an error, not a banner to pass over.
BOOST_AUTO_TEST_CASE(a_card_run_into_one_line_is_an_error_item) {
  const auto items = read_text("BEGIN:VCARDVERSION:3.0N:Doe;John;;Mr;FN:John DoeEND:VCARD");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_REQUIRE(items[0].error);
  BOOST_TEST(!items[0].no_card);
}

// Sony Ericsson phones end their cards with "END:VCARD.".
BOOST_AUTO_TEST_CASE(a_stop_after_end_vcard_still_ends_the_card) {
  const auto items = read_text(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\nEND:VCARD.\r\n"
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;John\r\nEND:VCARD.\r\n");
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  for (const ReadItem& item : items) {
    BOOST_TEST(!item.error);
    BOOST_TEST(item.warnings.empty());
    BOOST_TEST(item.card.properties.size() == 1u);
  }
}

BOOST_AUTO_TEST_CASE(a_line_without_colon_is_dropped_with_a_warning) {
  const auto items = read_text(
      "BEGIN:VCARD\nX-EVOLUTION-FILE-AS:Ximian, Inc.\nFN\nN:\njust some words\nORG:Ximian, "
      "Inc.\nEND:VCARD\n");
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  const Card& card = items[0].card;
  BOOST_TEST(card.properties.size() == 3u);
  BOOST_TEST(value_of(card, "N") == "");
  BOOST_REQUIRE_EQUAL(items[0].warnings.size(), 2u);
  BOOST_TEST(items[0].warnings[0].line == 3u);
  BOOST_TEST(contains(items[0].warnings[0].message, "\"FN\""));
  BOOST_TEST(items[0].warnings[1].line == 5u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(a_property_past_max_line_bytes_breaks_its_card_only) {
  ReaderOptions options;
  options.limits.max_line_bytes = 100;
  options.limits.max_base64_bytes = 100;
  const auto items = read_text("BEGIN:VCARD\nFN:Big\nNOTE:" + std::string(300, 'n') +
                                   "\nBEGIN:VCARD\nFN:skipped\nEND:VCARD\nTEL:1\nEND:VCARD\n"
                                   "BEGIN:VCARD\nFN:Next\nEND:VCARD\n",
                               options);
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_REQUIRE(items[0].error);
  BOOST_TEST(items[0].error->line == 3u);
  BOOST_TEST(contains(items[0].error->message, "max_line_bytes"));
  BOOST_TEST(value_of(items[0].card, "FN") == "Big");
  BOOST_TEST(items[0].card.properties.size() == 1u);
  BOOST_TEST(items[0].card.last_line == 8u);
  BOOST_TEST(!items[1].error);
  BOOST_TEST(value_of(items[1].card, "FN") == "Next");
}

BOOST_AUTO_TEST_CASE(base64_and_data_uris_are_measured_against_max_base64_bytes) {
  ReaderOptions options;
  options.limits.max_line_bytes = 100;
  options.limits.max_base64_bytes = 1000;
  std::string folded = "PHOTO;ENCODING=b;TYPE=JPEG:";
  for (int i = 0; i < 8; ++i) folded.append(" ").append(std::string(70, 'A')).append("\r\n");
  folded.insert(folded.find(' '), "\r\n");
  const std::string uri = "PHOTO:data:image/png;base64\\," + std::string(500, 'B') + "\r\n";
  const std::string text = "BEGIN:VCARD\r\n" + folded + uri + "END:VCARD\r\n";
  const auto items = read_text(text, options);
  BOOST_REQUIRE_EQUAL(items.size(), 1u);
  BOOST_TEST(!items[0].error);
  BOOST_TEST(value_of(items[0].card, "PHOTO") == std::string(560, 'A'));
  BOOST_TEST(value_of(items[0].card, "PHOTO", 1).size() == 523u);

  options.limits.max_base64_bytes = 400;
  const auto broken = read_text(text, options);
  BOOST_REQUIRE_EQUAL(broken.size(), 1u);
  BOOST_REQUIRE(broken[0].error);
  BOOST_TEST(broken[0].error->line == 2u);
  BOOST_TEST(contains(broken[0].error->message, "max_base64_bytes"));
}

BOOST_AUTO_TEST_CASE(a_card_past_max_card_bytes_is_an_error_item) {
  ReaderOptions options;
  options.limits.max_card_bytes = 200;
  std::string text = "BEGIN:VCARD\n";
  for (int i = 0; i < 20; ++i)
    text.append("NOTE:note number ").append(std::to_string(i)).append("\n");
  text.append("END:VCARD\nBEGIN:VCARD\nFN:Small\nEND:VCARD\n");
  const auto items = read_text(text, options);
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_REQUIRE(items[0].error);
  BOOST_TEST(contains(items[0].error->message, "max_card_bytes"));
  BOOST_TEST(items[0].error->line > 2u);
  BOOST_TEST(items[0].card.properties.size() < 20u);
  BOOST_TEST(value_of(items[1].card, "FN") == "Small");
}

BOOST_AUTO_TEST_CASE(a_file_past_max_file_bytes_throws_read_error) {
  ReaderOptions options;
  options.limits.max_file_bytes = 1000;
  std::string text;
  while (text.size() < 200000) text.append("BEGIN:VCARD\nFN:x\nEND:VCARD\n");
  std::istringstream in(text);
  vcard::Reader reader(in, options);
  BOOST_CHECK_THROW(while (reader.next()){}, vcard::ReadError);
}

BOOST_AUTO_TEST_CASE(a_failing_stream_throws_read_error) {
  FailingBuffer buffer;
  std::istream in(&buffer);
  vcard::Reader reader(in);
  BOOST_CHECK_THROW(reader.next(), vcard::ReadError);
}

BOOST_AUTO_TEST_CASE(a_huge_unbroken_line_is_skipped_and_reading_goes_on) {
  ReaderOptions options;
  options.limits.max_line_bytes = 1000;
  options.limits.max_base64_bytes = 1000;
  const std::string text = "BEGIN:VCARD\nNOTE:" + std::string(std::size_t{8} << 20, 'z') +
                           "\nEND:VCARD\nBEGIN:VCARD\nFN:After\nEND:VCARD\n";
  const auto items = read_text(text, options);
  BOOST_REQUIRE_EQUAL(items.size(), 2u);
  BOOST_REQUIRE(items[0].error);
  BOOST_TEST(items[0].error->line == 2u);
  BOOST_TEST(value_of(items[1].card, "FN") == "After");
  BOOST_TEST(items[1].card.first_line == 4u);
}

BOOST_AUTO_TEST_CASE(many_simple_cards_stream_through) {
  std::string text;
  constexpr int kCards = 20000;
  for (int i = 0; i < kCards; ++i) {
    text.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ")
        .append(std::to_string(i))
        .append("\r\nN:Person;")
        .append(std::to_string(i))
        .append(";;;\r\nEMAIL;TYPE=work:p")
        .append(std::to_string(i))
        .append("@example.org\r\nTEL;TYPE=cell:+355 69 000\r\nEND:VCARD\r\n");
  }
  std::istringstream in(text);
  vcard::Reader reader(in);
  const auto start = std::chrono::steady_clock::now();
  int n = 0;
  while (std::optional<ReadItem> item = reader.next()) {
    if (item->error || item->card.properties.size() != 4u) break;
    ++n;
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  BOOST_TEST(n == kCards);
  BOOST_TEST_MESSAGE("read " << n << " cards in " << took.count() << " s ("
                             << static_cast<long>(n / took.count()) << " cards/s)");
}

BOOST_AUTO_TEST_SUITE_END()

// --- The shared corpus of real exports (tests/corpus reads it as well).
namespace {

// Appended rather than built with operator+, on which GCC 12 at -O1 reports a
// false out-of-bounds memcpy inside libstdc++ (as it does for -Wrestrict).
std::string corpus_dir() {
  std::string dir = LIAISON_CORPUS_DIR;
  dir += "/vcard";
  return dir;
}

boost::test_tools::assertion_result corpus_present(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result present =
      std::filesystem::exists(corpus_dir() + "/SOURCES.tsv");
  if (!present) present.message() << "skipped: vcard corpus not found at " << corpus_dir();
  return present;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields(1);
  for (const char c : line) {
    if (c == '\t') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(corpus)

// For each row of SOURCES.tsv: the number of cards, and the first card's FN
// where the row states it. Rows whose FN depends on a guess state what our
// documented rule gives instead.
BOOST_AUTO_TEST_CASE(corpus_card_counts_and_first_names,
                     *boost::unit_test::precondition(corpus_present)) {
  std::ifstream sources(corpus_dir() + "/SOURCES.tsv");
  BOOST_REQUIRE(sources);
  // 'first FN = "..."', 'FN = "..."', 'FN raw = "..."', 'FN (Shift_JIS) = "..."'
  const std::regex exact(R"re((?:^|; |first )FN(?: raw| \([^)]*\))? = "([^"]*)")re");
  const std::regex prefix(R"re((?:^|; )FN = [^";]*starting "([^"]*)")re");
  // roundcube_thebat.vcf: byte F1 without CHARSET; windows-1250 by our rule.
  const std::vector<std::pair<std::string, std::string>> by_rule = {
      {"roundcube_thebat.vcf", "Piotr Iksiński"}};
  std::string line;
  std::getline(sources, line);  // header
  int files = 0;
  while (std::getline(sources, line)) {
    const std::vector<std::string> fields = split_tabs(line);
    if (fields.size() < 8 || fields[0].empty()) continue;
    const std::string& file = fields[0];
    ++files;
    BOOST_TEST_CONTEXT(file) {
      std::ifstream in(corpus_dir() + "/" + file, std::ios::binary);
      BOOST_REQUIRE(in);
      std::vector<ReadItem> items;
      BOOST_REQUIRE_NO_THROW(items = read_all(in));
      const std::size_t cards = card_count(items);
      BOOST_TEST(cards == std::stoul(fields[6]));
      std::size_t errors = items.size() - cards;
      std::size_t warnings = 0;
      for (const ReadItem& item : items) warnings += item.warnings.size();
      BOOST_TEST_MESSAGE(file << ": " << cards << " cards, " << errors << " errors, " << warnings
                              << " warnings");

      std::optional<std::string> expected;
      bool whole = true;
      std::smatch match;
      for (const auto& [name, fn] : by_rule) {
        if (name == file) expected = fn;
      }
      if (!expected && std::regex_search(fields[7], match, exact)) expected = match[1].str();
      if (!expected && std::regex_search(fields[7], match, prefix)) {
        expected = match[1].str();
        whole = false;
      }
      if (!expected) continue;
      const ReadItem* first = nullptr;
      for (const ReadItem& item : items) {
        if (!item.error && first == nullptr) first = &item;
      }
      BOOST_REQUIRE(first);
      const Property* fn = find(first->card, "FN");
      BOOST_REQUIRE(fn);
      const std::string got = vcard::unescape_text(fn->value, first->card.version);
      if (whole) {
        BOOST_TEST(got == *expected);
      } else {
        BOOST_TEST(got.substr(0, expected->size()) == *expected);
      }
    }
  }
  BOOST_TEST(files > 0);
}

BOOST_AUTO_TEST_SUITE_END()
