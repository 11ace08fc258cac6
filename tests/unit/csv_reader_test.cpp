#include <boost/test/unit_test.hpp>

#include "formats/csv/dialect.hpp"
#include "formats/csv/encoding.hpp"
#include "formats/csv/reader.hpp"

#include <unicode/ucnv.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csv = liaison::csv;
namespace fs = std::filesystem;
using csv::Reader;
using csv::ReaderOptions;
using csv::ReadError;
using csv::Remark;
using csv::Row;

namespace {

using Fields = std::vector<std::string>;
using Table = std::vector<Fields>;

struct Result {
  std::vector<Row> rows;
  std::vector<Remark> warnings;
  std::string encoding;
  char delimiter = 0;
  bool had_sep_line = false;
};

Result read_stream(std::istream& in, const ReaderOptions& options = {}) {
  Reader reader(in, options);
  Result result;
  result.encoding = reader.encoding();
  result.delimiter = reader.delimiter();
  result.had_sep_line = reader.had_sep_line();
  Row row;
  while (reader.next(row)) {
    result.rows.push_back(row);
    for (Remark& w : reader.take_warnings()) result.warnings.push_back(std::move(w));
  }
  for (Remark& w : reader.take_warnings()) result.warnings.push_back(std::move(w));
  return result;
}

Result read_text(const std::string& bytes, const ReaderOptions& options = {}) {
  std::istringstream in(bytes);
  return read_stream(in, options);
}

Table table(const Result& result) {
  Table out;
  for (const Row& row : result.rows) out.push_back(row.fields);
  return out;
}

Table read_table(const std::string& bytes, const ReaderOptions& options = {}) {
  return table(read_text(bytes, options));
}

std::vector<std::size_t> lines_of(const Result& result) {
  std::vector<std::size_t> out;
  for (const Row& row : result.rows) out.push_back(row.line);
  return out;
}

// Runs `read` and returns the ReadError it must throw.
ReadError read_error(const std::function<void()>& read) {
  try {
    read();
  } catch (const ReadError& error) {
    return error;
  }
  BOOST_FAIL("no ReadError was thrown");
  return ReadError(Remark{});
}

ReadError read_error_of(const std::string& bytes, const ReaderOptions& options = {}) {
  return read_error([&] { read_text(bytes, options); });
}

// Bytes written as text with <XX> for each byte that is not ASCII (or is NUL).
std::string hex(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '<' && i + 3 < pattern.size() && pattern[i + 3] == '>') {
      out.push_back(
          static_cast<char>(std::stoi(std::string(pattern.substr(i + 1, 2)), nullptr, 16)));
      i += 3;
    } else {
      out.push_back(pattern[i]);
    }
  }
  return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// UTF-8 text in another charset, through ICU ("UTF-16LE", "windows-1250", ...).
std::string encode(std::string_view utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const std::int32_t n =
      ucnv_convert(charset, "UTF-8", out.data(), static_cast<std::int32_t>(out.size()), utf8.data(),
                   static_cast<std::int32_t>(utf8.size()), &status);
  BOOST_REQUIRE_MESSAGE(U_SUCCESS(status), "cannot encode in " << charset);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// A stream that cannot seek, as a pipe: tellg() answers -1.
struct PipeBuffer : std::streambuf {
  explicit PipeBuffer(std::string bytes) : data(std::move(bytes)) {
    setg(data.data(), data.data(), data.data() + data.size());
  }
  std::string data;
};

// A stream whose device dies after `good` bytes.
struct DyingBuffer : std::streambuf {
  DyingBuffer(std::string bytes, std::size_t good) : data(std::move(bytes)) {
    setg(data.data(), data.data(), data.data() + std::min(good, data.size()));
  }
  int_type underflow() override { throw std::runtime_error("device gone"); }
  std::string data;
};

std::string corpus_dir() { return (fs::path(LIAISON_CORPUS_DIR) / "csv").string(); }

bool corpus_missing(const char* test) {
  if (fs::exists(fs::path(corpus_dir()) / "SOURCES.tsv")) return false;
  BOOST_TEST_MESSAGE("skipped: csv_reader/corpus/" << test << ": no corpus at " << corpus_dir());
  BOOST_TEST(true);
  return true;
}

Result read_corpus_file(const std::string& name, const ReaderOptions& options = {}) {
  std::ifstream in(fs::path(corpus_dir()) / name, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot open corpus file " << name);
  return read_stream(in, options);
}

Result read_fixture(const std::string& name, const ReaderOptions& options = {}) {
  std::ifstream in(fs::path(LIAISON_FIXTURE_DIR) / "csv" / "reader" / name, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot open fixture " << name);
  return read_stream(in, options);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rfc4180)

BOOST_AUTO_TEST_CASE(simple_records_come_back_field_by_field_with_their_lines) {
  const Result r = read_text("a,b,c\n1,2,3\n");
  BOOST_TEST(table(r) == (Table{{"a", "b", "c"}, {"1", "2", "3"}}));
  BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 2}));
  BOOST_TEST(r.rows[0].quoted == (std::vector<bool>{false, false, false}));
  BOOST_TEST(r.warnings.empty());
}

BOOST_AUTO_TEST_CASE(quoted_fields_keep_delimiters_and_read_doubled_quotes_as_one) {
  const Result r = read_text("\"a,b\",\"say \"\"hi\"\"\",c,\"\"\"\"\"\"\n");
  BOOST_TEST(table(r) == (Table{{"a,b", "say \"hi\"", "c", "\"\""}}));
  BOOST_TEST(r.rows[0].quoted == (std::vector<bool>{true, true, false, true}));
}

BOOST_AUTO_TEST_CASE(empty_quoted_and_unquoted_fields_differ_only_in_the_flag) {
  const Result r = read_text("\"\",,\"\"\n");
  BOOST_TEST(table(r) == (Table{{"", "", ""}}));
  BOOST_TEST(r.rows[0].quoted == (std::vector<bool>{true, false, true}));
}

BOOST_AUTO_TEST_CASE(line_breaks_inside_quotes_are_kept_exactly_and_counted) {
  const Result r = read_text("\"x\r\ny\",\"p\rq\",\"m\nn\"\nnext,row\n");
  BOOST_TEST(table(r) == (Table{{"x\r\ny", "p\rq", "m\nn"}, {"next", "row"}}));
  // The first record spans lines 1-4 (CR LF, CR and LF each end one).
  BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 5}));
}

BOOST_AUTO_TEST_CASE(lf_crlf_and_cr_each_end_a_record) {
  for (const std::string end : {"\n", "\r\n", "\r"}) {
    BOOST_TEST_CONTEXT("line end " << (end == "\n" ? "LF" : end == "\r" ? "CR" : "CRLF")) {
      const Result r = read_text("a,b" + end + "c,d" + end + "e,f" + end);
      BOOST_TEST(table(r) == (Table{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
      BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 2, 3}));
    }
  }
}

BOOST_AUTO_TEST_CASE(mixed_line_ends_in_one_file_count_one_line_each) {
  const Result r = read_text("a\rb\nc\r\nd\n\re");
  BOOST_TEST(table(r) == (Table{{"a"}, {"b"}, {"c"}, {"d"}, {""}, {"e"}}));
  BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 2, 3, 4, 5, 6}));
}

BOOST_AUTO_TEST_CASE(the_last_record_needs_no_line_end) {
  BOOST_TEST(read_table("a,b\n1,2") == (Table{{"a", "b"}, {"1", "2"}}));
  BOOST_TEST(read_table("a,b\n\"1\",\"2\"") == (Table{{"a", "b"}, {"1", "2"}}));
  BOOST_TEST(read_table("a,") == (Table{{"a", ""}}));
  BOOST_TEST(read_table("").empty());
}

BOOST_AUTO_TEST_CASE(uneven_rows_come_back_as_written) {
  BOOST_TEST(read_table("a,b,c\n1,2\n3,4,5,6\n7\n") ==
             (Table{{"a", "b", "c"}, {"1", "2"}, {"3", "4", "5", "6"}, {"7"}}));
}

BOOST_AUTO_TEST_CASE(blank_lines_are_rows_of_one_empty_unquoted_field) {
  const Result r = read_text("a,b\n\nc,d\r\n\r\n   \n\"\"\ne,f\n");
  BOOST_TEST(table(r) == (Table{{"a", "b"}, {""}, {"c", "d"}, {""}, {""}, {""}, {"e", "f"}}));
  BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 2, 3, 4, 5, 6, 7}));
  BOOST_TEST(r.rows[1].quoted == (std::vector<bool>{false}));
  BOOST_TEST(r.rows[5].quoted == (std::vector<bool>{true}));  // "" is a value, not a blank line
}

BOOST_AUTO_TEST_CASE(a_quote_inside_an_unquoted_field_is_a_character) {
  const Result r = read_text("ab\"c,5\" tall,x\"\"y\n");
  BOOST_TEST(table(r) == (Table{{"ab\"c", "5\" tall", "x\"\"y"}}));
  BOOST_TEST(r.warnings.empty());
}

BOOST_AUTO_TEST_CASE(text_after_a_closing_quote_is_kept_with_a_warning) {
  const Result r = read_text("x,\"abc\"def,y\n");
  BOOST_TEST(table(r) == (Table{{"x", "abcdef", "y"}}));
  BOOST_REQUIRE(r.warnings.size() == 1u);
  BOOST_TEST(r.warnings[0].line == 1u);
  BOOST_TEST(r.warnings[0].column == 8u);  // the d
  BOOST_TEST(contains(r.warnings[0].message, "closing quote"));
}

BOOST_AUTO_TEST_CASE(a_quote_after_blanks_after_a_closing_quote_is_text_not_an_escape) {
  const Result r = read_text("\"abc\" \"d\",e\n");
  BOOST_TEST(table(r) == (Table{{"abc \"d\"", "e"}}));
  BOOST_TEST(r.warnings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(an_unterminated_quote_names_the_line_and_column_where_it_opened) {
  const ReadError e = read_error_of("a,b\nc,\"open\nmore\nlines,\n");
  BOOST_TEST(e.remark.line == 2u);
  BOOST_TEST(e.remark.column == 3u);
  BOOST_TEST(contains(e.remark.message, "never closed"));
  BOOST_TEST(contains(e.what(), "line 2, column 3"));
}

BOOST_AUTO_TEST_CASE(rows_before_an_error_are_returned_and_the_error_repeats) {
  std::istringstream in("a,b\nc,\"open\n");
  Reader reader(in);
  Row row;
  BOOST_TEST(reader.next(row));
  BOOST_TEST(row.fields == (Fields{"a", "b"}));
  BOOST_CHECK_THROW(reader.next(row), ReadError);
  const ReadError again = read_error([&] { reader.next(row); });
  BOOST_TEST(again.remark.line == 2u);
}

BOOST_AUTO_TEST_CASE(columns_count_characters_not_bytes) {
  const ReadError e = read_error_of("Đorđe,Čačak,\"x\n");
  BOOST_TEST(e.remark.line == 1u);
  BOOST_TEST(e.remark.column == 13u);
}

BOOST_AUTO_TEST_CASE(unquoted_fields_are_trimmed_quoted_ones_keep_their_spaces) {
  const Result r = read_text("a , b ,  \"c d\" , \" e \"  ,\t f\t\n");
  BOOST_TEST(table(r) == (Table{{"a", "b", "c d", " e ", "f"}}));
  BOOST_TEST(r.rows[0].quoted == (std::vector<bool>{false, false, true, true, false}));
  BOOST_TEST(r.warnings.empty());
}

BOOST_AUTO_TEST_CASE(tabs_are_not_trimmed_away_when_they_are_the_delimiter) {
  ReaderOptions options;
  options.delimiter = '\t';
  BOOST_TEST(read_table("a \t b\t\tc\n", options) == (Table{{"a", "b", "", "c"}}));
}

BOOST_AUTO_TEST_CASE(nul_characters_are_dropped_with_a_warning_naming_the_first) {
  const Result r = read_text(std::string("a\0b,c\nd,\0\0e\n", 12));
  BOOST_TEST(table(r) == (Table{{"ab", "c"}, {"d", "e"}}));
  BOOST_REQUIRE(r.warnings.size() == 2u);
  BOOST_TEST(r.warnings[0].line == 1u);
  BOOST_TEST(r.warnings[0].column == 2u);
  BOOST_TEST(r.warnings[1].line == 2u);
  BOOST_TEST(r.warnings[1].column == 3u);
  BOOST_TEST(contains(r.warnings[1].message, "2 NUL"));
}

BOOST_AUTO_TEST_CASE(warnings_past_a_thousand_are_counted_not_kept) {
  std::string text;
  for (int i = 0; i < 1500; ++i) text += "\"a\"b,";
  std::istringstream in(text);
  Reader reader(in);
  Row row;
  BOOST_TEST(reader.next(row));
  BOOST_TEST(row.fields.size() == 1501u);
  const std::vector<Remark> warnings = reader.take_warnings();
  BOOST_REQUIRE(warnings.size() == 1001u);
  BOOST_TEST(contains(warnings.back().message, "500 more"));
  BOOST_TEST(reader.take_warnings().empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(encodings)

BOOST_AUTO_TEST_CASE(utf8_without_a_bom_is_read_as_is) {
  const Result r = read_text("Ime,Grad\nĐorđe,Čačak\nΑθηνά,東京\n");
  BOOST_TEST(r.encoding == "UTF-8");
  BOOST_TEST(table(r) == (Table{{"Ime", "Grad"}, {"Đorđe", "Čačak"}, {"Αθηνά", "東京"}}));
}

BOOST_AUTO_TEST_CASE(a_utf8_bom_is_dropped_from_the_first_field) {
  const Result r = read_text("\xEF\xBB\xBF\"foo\",bar\n1,ʤ\n");
  BOOST_TEST(r.encoding == "UTF-8");
  BOOST_TEST(table(r) == (Table{{"foo", "bar"}, {"1", "ʤ"}}));
  BOOST_TEST(r.rows[0].quoted[0]);
}

BOOST_AUTO_TEST_CASE(utf16_with_and_without_a_bom_in_either_byte_order) {
  const std::string text = "name,city\r\nĐorđe,€ 5\r\n😀,\"a\nb\"\r\n";
  const Table expected{{"name", "city"}, {"Đorđe", "€ 5"}, {"😀", "a\nb"}};
  struct Case {
    const char* charset;
    std::string bom;
    const char* expected;
  };
  for (const Case& c :
       {Case{"UTF-16LE", "\xFF\xFE", "UTF-16LE"}, Case{"UTF-16LE", "", "UTF-16LE"},
        Case{"UTF-16BE", "\xFE\xFF", "UTF-16BE"}, Case{"UTF-16BE", "", "UTF-16BE"}}) {
    BOOST_TEST_CONTEXT(c.charset << (c.bom.empty() ? " without BOM" : " with BOM")) {
      const Result r = read_text(c.bom + encode(text, c.charset));
      BOOST_TEST(r.encoding == c.expected);
      BOOST_TEST(table(r) == expected);
      BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 2, 3}));
      BOOST_TEST(r.warnings.empty());  // the zero bytes of UTF-16 are no NULs
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unpaired_surrogate_in_utf16_becomes_a_replacement_character) {
  const Result r = read_text(hex("<FF><FE>a<00>,<00><00><D8>b<00>"));
  BOOST_TEST(table(r) == (Table{{"a", "\uFFFDb"}}));
}

BOOST_AUTO_TEST_CASE(windows_1250_serbian_and_croatian_letters_are_not_read_as_1252) {
  // Đorđe Petrović, Čačak; Željko Šimić, Niš: written by hand, byte by byte.
  const std::string bytes =
      hex("Ime,Prezime,Grad\r\n"
          "<D0>or<F0>e,Petrovi<E6>,<C8>a<E8>ak\r\n"
          "<8E>eljko,<8A>imi<E6>,Ni<9A>\r\n"
          "Ana,Kova<E8>evi<E6>,Zagreb\r\n");
  const Result r = read_text(bytes);
  BOOST_TEST(r.encoding == "windows-1250");
  BOOST_TEST(table(r) == (Table{{"Ime", "Prezime", "Grad"},
                                {"Đorđe", "Petrović", "Čačak"},
                                {"Željko", "Šimić", "Niš"},
                                {"Ana", "Kovačević", "Zagreb"}}));
}

BOOST_AUTO_TEST_CASE(other_central_european_text_reads_as_windows_1250) {
  for (const std::string text :
       {"Imię;Nazwisko\nŁukasz;Wrocławski\nZofia;Gęślą\n",
        "Jméno,Příjmení\nJiří,Dvořák\nPetr,Černý\n", "Név,Város\nSzűcs Éva,Győr\n"}) {
    BOOST_TEST_CONTEXT(text) {
      const Result r = read_text(encode(text, "windows-1250"));
      BOOST_TEST(r.encoding == "windows-1250");
      BOOST_TEST(table(r) == read_table(text));
    }
  }
}

BOOST_AUTO_TEST_CASE(windows_1252_french_german_and_iberian_text_reads_as_windows_1252) {
  for (const std::string text :
       {"Nom,Prénom,Ville\nLefèvre,Hélène,Besançon\nMüller,Jürgen,Köln\nStraße,Zoë,Genève\n",
        "Nom;Ville\nÀ côté;Orléans\nFrançois;Noël\n",
        "Nome,Cidade\nJoão Simões,São Paulo\nPeña,Málaga\n"}) {
    BOOST_TEST_CONTEXT(text) {
      const Result r = read_text(encode(text, "windows-1252"));
      BOOST_TEST(r.encoding == "windows-1252");
      BOOST_TEST(table(r) == read_table(text));
    }
  }
}

BOOST_AUTO_TEST_CASE(mac_roman_from_excel_for_mac_reads_as_mac_roman) {
  // Excel for Mac's "CSV": Spanish and Portuguese names, and a German
  // address whose ß is the only letter that tells (ä ö ü are Š š ź in
  // windows-1250).
  for (const std::string text :
       {"Nombre,Apellido,Ciudad\nJosé,García Núñez,Málaga\nAna,Peña,Logroño\n",
        "Nome;Cidade\nJoão Simões;São Paulo\nInês;Évora\n",
        "Name,Straße,Ort\nJürgen Müller,Hauptstraße 5,Köln\n",
        // Nothing but ä ö ü é: the ä and é amid small letters tell.
        "Name,Firma\nJäger,Müller Bäckerei\nSchröder,Café Léon\n"}) {
    BOOST_TEST_CONTEXT(text) {
      const Result r = read_text(encode(text, "macintosh"));
      BOOST_TEST(r.encoding == "macintosh");
      BOOST_TEST(table(r) == read_table(text));
    }
  }
  // Central European text whose š and ž sit where Mac Roman has ö and û
  // stays windows-1250.
  for (const std::string croatian : {"Ime,Grad\nMiško Šarić,Niš\nŽeljka Božić,Čakovec\n",
                                     // No č ć đ at all: only š ž, capitals at the start of a word.
                                     "Ime,Prezime\nŽeljko,Šušak\nMiško,Šimunović\nMaša,Žužul\n",
                                     "IME;PREZIME\nŽELJKO;ŠUŠAK\nJOŠKO;ŽIVKOVIĆ\n"}) {
    BOOST_TEST_CONTEXT(croatian) {
      const Result r = read_text(encode(croatian, "windows-1250"));
      BOOST_TEST(r.encoding == "windows-1250");
      BOOST_TEST(table(r) == read_table(croatian));
    }
  }
}

BOOST_AUTO_TEST_CASE(windows_1251_cyrillic_text_reads_as_windows_1251) {
  const std::string text =
      "Име,Презиме,Град,E-mail\nЂорђе,Петровић,Чачак,djordje@example.rs\n"
      "Јована,Јовановић,Београд,jovana@example.rs\nОльга,Смирнова,Москва,olga@example.ru\n";
  const Result r = read_text(encode(text, "windows-1251"));
  BOOST_TEST(r.encoding == "windows-1251");
  BOOST_TEST(table(r) == read_table(text));
}

// Greek, Hebrew and Arabic lists, and Russian in KOI8-R, would read as
// Cyrillic in windows-1251; the region's Cyrillic still does.
BOOST_AUTO_TEST_CASE(other_scripts_read_in_their_own_code_pages) {
  struct Case {
    std::string text;
    std::string code_page;
  };
  const std::vector<Case> cases = {
      {"First Name,Last Name,E-mail Address,Company\nΓιώργος,Παπαδόπουλος,g.papa@example.gr,"
       "Εθνική Τράπεζα\nΜαρία,Οικονόμου,maria@example.gr,Ελληνική Αστυνομία\n",
       "windows-1253"},
      {"First Name,Last Name,E-mail\nאפרים,קישון,ephraim@example.il\nשרה,לוי,sara@example.il\n",
       "windows-1255"},
      {"First Name,Last Name,E-mail\nمحمد,الأحمد,m.ahmad@example.sy\nفاطمة,حسين,f@example.iq\n",
       "windows-1256"},
      {"Имя,Фамилия,E-mail\nОльга,Смирнова,olga@example.ru\nИван,Петров,ivan@example.ru\n",
       "KOI8-R"},
      {"Име,Презиме,Град\nЂорђе,Петровић,Чачак\nЉиљана,Његош,Нови Сад\n", "windows-1251"},
      {"Име,Презиме,Град\nЃорѓи,Јовановски,Скопје\nЌиро,Ѕвездановски,Охрид\n", "windows-1251"},
      {"Имя,Фамилия\nОльга,Смирнова\n", "windows-1251"},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.code_page << ": " << c.text) {
      const Result r = read_text(encode(c.text, c.code_page.c_str()));
      BOOST_TEST(r.encoding == c.code_page);
      BOOST_TEST(table(r) == read_table(c.text));
      // The same whatever the size of the chunks the file is read in (a
      // word cut between two of them is still one word).
      for (std::size_t chunk : {1, 2, 3, 5, 7}) {
        ReaderOptions options;
        options.chunk_bytes = chunk;
        BOOST_TEST(read_text(encode(c.text, c.code_page.c_str()), options).encoding == c.code_page,
                   "chunk " << chunk);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(latin1_e_acute_reads_as_e_acute) {
  const Result r = read_text("a,b,c\n1,2,3\n4,5,\xE9");
  BOOST_TEST((r.encoding == "windows-1252" || r.encoding == "windows-1250"));
  BOOST_TEST(table(r) == (Table{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "é"}}));
}

BOOST_AUTO_TEST_CASE(shift_jis_is_recognised_when_icu_is_sure_of_it) {
  const std::string text =
      "First Name,Last Name,Display Name,Primary Email\r\n"
      "権兵衛,名無し,名無しの権兵衛,名無しの権兵衛@host.invalid\r\n";
  const Result r = read_text(encode(text, "Shift_JIS"));
  BOOST_TEST(r.encoding == "Shift_JIS");
  BOOST_TEST(table(r) == read_table(text));
}

BOOST_AUTO_TEST_CASE(other_east_asian_charsets_are_recognised_in_longer_text) {
  const std::string japanese =
      "名前,住所,メモ\n山田太郎,東京都千代田区丸の内一丁目,いつもお世話になっております。\n"
      "鈴木花子,大阪府大阪市北区梅田三丁目,来週の会議の資料をお送りします。\n";
  const std::string korean =
      "이름,주소,메모\n김철수,서울특별시 종로구 세종대로,항상 감사합니다. 다음 주 회의 자료를 "
      "보내드립니다.\n이영희,부산광역시 해운대구,연락 주셔서 감사합니다.\n";
  const std::string chinese =
      "姓名,地址,备注\n王小明,北京市朝阳区建国门外大街,感谢您的支持，下周的会议资料已经发送。\n"
      "李华,上海市浦东新区世纪大道,我们将在会议上讨论这个问题。\n";
  struct Case {
    const std::string* text;
    const char* charset;
  };
  for (const Case& c :
       {Case{&japanese, "EUC-JP"}, Case{&korean, "EUC-KR"}, Case{&chinese, "GB18030"}}) {
    BOOST_TEST_CONTEXT(c.charset) {
      const Result r = read_text(encode(*c.text, c.charset));
      BOOST_TEST(r.encoding == c.charset);
      BOOST_TEST(table(r) == read_table(*c.text));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_byte_that_is_not_utf8_deep_in_a_large_file_is_found) {
  std::string bytes = "name,city\n";
  while (bytes.size() < (std::size_t{300} << 10)) bytes += "Ana Horvat,Zagreb\n";
  bytes += hex("Ivo Kova<E8>evi<E6>,<8A>ibenik\n");
  const Result r = read_text(bytes);
  BOOST_TEST(r.encoding == "windows-1250");
  BOOST_REQUIRE(!r.rows.empty());
  BOOST_TEST(r.rows.back().fields == (Fields{"Ivo Kovačević", "Šibenik"}));
}

// A row pasted into a UTF-8 list from a file in a code page.
BOOST_AUTO_TEST_CASE(stray_bytes_in_a_utf8_file_are_read_in_their_code_page_and_named) {
  const std::string utf8 = "First Name,Last Name\nŽana,Čolić\nĐuro,Šimić\nAna,Kovačević\n";
  struct Case {
    std::string stray_row;  // bytes
    std::string code_page;
    Fields read_as;
  };
  for (const Case& c : {Case{hex("Andr<E9>,Dupont\n"), "windows-1252", {"André", "Dupont"}},
                        Case{hex("Ivo,Kova<E8>evi<E6>\n"), "windows-1250", {"Ivo", "Kovačević"}},
                        Case{hex("<C8><E2><E0><ED>,<CF><E5><F2><F0><EE><E2>\n"),
                             "windows-1251",
                             {"Иван", "Петров"}}}) {
    BOOST_TEST_CONTEXT(c.code_page) {
      const Result r = read_text(utf8 + c.stray_row + "Vesna,Đukić\n");
      BOOST_TEST(r.encoding == "UTF-8");
      BOOST_REQUIRE(r.rows.size() == 6u);
      BOOST_TEST(r.rows[1].fields == (Fields{"Žana", "Čolić"}));
      BOOST_TEST(r.rows[4].fields == c.read_as);
      BOOST_TEST(r.rows[5].fields == (Fields{"Vesna", "Đukić"}));
      BOOST_REQUIRE(r.warnings.size() == 1u);
      BOOST_TEST(r.warnings[0].line == 5u);
      BOOST_TEST(r.warnings[0].message.find(c.code_page) != std::string::npos,
                 r.warnings[0].message);
    }
  }
  // Two well-formed characters are too few to call a file UTF-8 with
  // strays: it is read in its code page.
  const Result few = read_text(hex("a,b\n\xC3\xA9,Kova<E8>evi<E6>\n"));
  BOOST_TEST(few.encoding != "UTF-8");
}

// Šime Žužić, Ślęzak in ISO-8859-2 (Linux and older Unix exports), where
// windows-1250 would read ©ime ®u¾iæ; windows-1250 and windows-1252 text
// with © ® « » stays as it was.
BOOST_AUTO_TEST_CASE(iso_8859_2_is_told_from_windows_1250_by_its_letters) {
  const std::string croatian = "Ime,Prezime\nŠime,Žužić\nAna,Kovačević\nŚlęzak,Ćwik\n";
  const Result iso = read_text(encode(croatian, "ISO-8859-2"));
  BOOST_TEST(iso.encoding == "ISO-8859-2");
  BOOST_TEST(table(iso) == read_table(croatian));
  for (const std::string text :
       {"Ime,Firma\nŠime Žužić,Acme® d.o.o.\n", "Nom,Note\nLefèvre,«Bonjour» © 2016\n"}) {
    BOOST_TEST_CONTEXT(text) {
      const bool latin2 = text.find("Šime") != std::string::npos;
      const Result r = read_text(encode(text, latin2 ? "windows-1250" : "windows-1252"));
      BOOST_TEST(r.encoding == (latin2 ? "windows-1250" : "windows-1252"));
      BOOST_TEST(table(r) == read_table(text));
    }
  }
}

BOOST_AUTO_TEST_CASE(the_encoding_option_overrides_the_detection) {
  const std::string bytes = hex("<C8>a<E8>ak,<8A>abac\n");  // Čačak, Šabac in windows-1250
  ReaderOptions options;
  options.encoding = "latin1";
  const Result latin1 = read_text(bytes, options);
  BOOST_TEST(latin1.encoding == "latin1");
  BOOST_TEST(table(latin1) == (Table{{"Èaèak", "\u008Aabac"}}));
  options.encoding = "windows-1250";
  BOOST_TEST(read_table(bytes, options) == (Table{{"Čačak", "Šabac"}}));
}

BOOST_AUTO_TEST_CASE(the_option_still_drops_a_bom_of_its_own_family) {
  ReaderOptions options;
  options.encoding = "UTF-16LE";
  BOOST_TEST(read_table("\xFF\xFE" + encode("a,b\n", "UTF-16LE"), options) == (Table{{"a", "b"}}));
  options.encoding = "utf8";
  BOOST_TEST(read_table(hex("<EF><BB><BF>a,b\n"), options) == (Table{{"a", "b"}}));
  // A UTF-8 BOM under a single-byte charset is the text it says.
  options.encoding = "windows-1252";
  BOOST_TEST(read_table(hex("<EF><BB><BF>a,b\n"), options) == (Table{{"ï»¿a", "b"}}));
}

BOOST_AUTO_TEST_CASE(bad_bytes_under_a_named_encoding_become_replacement_characters) {
  ReaderOptions options;
  options.encoding = "UTF-8";
  BOOST_TEST(read_table(hex("a<FF>b,<E2><82>\n"), options) == (Table{{"a\uFFFDb", "\uFFFD"}}));
}

BOOST_AUTO_TEST_CASE(an_unknown_encoding_name_is_a_read_error) {
  ReaderOptions options;
  options.encoding = "no-such-charset";
  const ReadError e = read_error_of("a,b\n", options);
  BOOST_TEST(contains(e.remark.message, "no-such-charset"));
}

BOOST_AUTO_TEST_CASE(detect_encoding_puts_the_stream_back_where_it_was) {
  std::istringstream in(hex("skip me|<C8>a<E8>ak,<8A>abac\n"));
  in.seekg(8);
  BOOST_TEST(csv::detect_encoding(in) == "windows-1250");
  BOOST_TEST(static_cast<long long>(in.tellg()) == 8);
  std::istringstream ascii("plain,ascii\n");
  BOOST_TEST(csv::detect_encoding(ascii) == "UTF-8");
  BOOST_TEST(static_cast<long long>(ascii.tellg()) == 0);
}

BOOST_AUTO_TEST_CASE(a_stream_that_cannot_seek_is_judged_on_its_start) {
  PipeBuffer buffer(hex("Ime,Grad\n<D0>or<F0>e,<C8>a<E8>ak\n"));
  std::istream in(&buffer);
  const Result r = read_stream(in);
  BOOST_TEST(r.encoding == "windows-1250");
  BOOST_TEST(table(r) == (Table{{"Ime", "Grad"}, {"Đorđe", "Čačak"}}));
  PipeBuffer again("x");
  std::istream pipe(&again);
  BOOST_CHECK_THROW(csv::detect_encoding(pipe), ReadError);
}

BOOST_AUTO_TEST_CASE(utf8_sequence_tells_whole_cut_and_ill_formed_sequences_apart) {
  BOOST_TEST(csv::utf8_sequence("a") == 1);
  BOOST_TEST(csv::utf8_sequence("\xC4\x91") == 2);
  BOOST_TEST(csv::utf8_sequence("\xF0\x9F\x98\x80") == 4);
  BOOST_TEST(csv::utf8_sequence("\xF0\x9F") == 0);
  BOOST_TEST(csv::utf8_sequence("\xC0\x80") == -1);      // overlong
  BOOST_TEST(csv::utf8_sequence("\xED\xA0\x80") == -1);  // surrogate
  BOOST_TEST(csv::utf8_sequence("\xE2\x82x") == -2);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(delimiters)

BOOST_AUTO_TEST_CASE(each_candidate_is_detected) {
  for (const char d : std::string(",;\t|")) {
    BOOST_TEST_CONTEXT("delimiter " << static_cast<int>(d)) {
      const std::string text = std::string("a") + d + "b" + d + "c\n1" + d + "2" + d + "3\n";
      const Result r = read_text(text);
      BOOST_TEST(r.delimiter == d);
      BOOST_TEST(table(r) == (Table{{"a", "b", "c"}, {"1", "2", "3"}}));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_sep_line_sets_the_delimiter_and_is_not_a_row) {
  struct Case {
    std::string first_line;
    char delimiter;
  };
  for (const Case& c : {Case{"sep=;", ';'}, Case{"SEP=|", '|'}, Case{"\"sep=\t\"", '\t'},
                        Case{"Sep=;;;", ';'}, Case{"\"sep=,\",,", ','}}) {
    BOOST_TEST_CONTEXT(c.first_line) {
      const std::string d(1, c.delimiter);
      const std::string other = c.delimiter == ',' ? ";" : ",";  // must not split
      const Result r = read_text(c.first_line + "\r\na" + d + "b" + other + "c\r\n1" + d + "2\r\n");
      BOOST_TEST(r.had_sep_line);
      BOOST_TEST(r.delimiter == c.delimiter);
      BOOST_TEST(table(r).front() == (Fields{"a", "b" + other + "c"}));
      BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{2, 3}));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_sep_line_after_a_bom_counts) {
  const Result r = read_text("\xEF\xBB\xBFsep=;\na;b\n");
  BOOST_TEST(r.had_sep_line);
  BOOST_TEST(table(r) == (Table{{"a", "b"}}));
}

BOOST_AUTO_TEST_CASE(lines_that_only_look_like_sep_lines_are_rows) {
  BOOST_TEST(!csv::parse_sep_line("sep="));
  BOOST_TEST(!csv::parse_sep_line("sep=ab"));
  BOOST_TEST(!csv::parse_sep_line("separator=;"));
  BOOST_TEST(!csv::parse_sep_line("sep=;x"));
  const Result r = read_text("sep=;x\n1,2\n");
  BOOST_TEST(!r.had_sep_line);
  BOOST_TEST(r.rows.size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_delimiter_option_wins_over_a_sep_line_which_is_still_consumed) {
  ReaderOptions options;
  options.delimiter = ',';
  const Result r = read_text("sep=;\na,b;c\n", options);
  BOOST_TEST(r.had_sep_line);
  BOOST_TEST(r.delimiter == ',');
  BOOST_TEST(table(r) == (Table{{"a", "b;c"}}));
}

BOOST_AUTO_TEST_CASE(note_lines_before_the_header_do_not_decide) {
  // LinkedIn's Connections.csv starts with a note; the commas in it are quoted.
  const std::string text =
      "Notes:\n"
      "\"When exporting your connection data, you may notice that some of the e-mail addresses "
      "are missing; see https://www.linkedin.com/psettings/privacy/email.\"\n"
      "\n"
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
      "Ana,Horvat,https://www.linkedin.com/in/ana,,IOM,Officer,12 Mar 2019\n"
      "Ivo,Kovač,https://www.linkedin.com/in/ivo,ivo@example.org,OSCE,Adviser,01 Jun 2020\n";
  const Result r = read_text(text);
  BOOST_TEST(r.delimiter == ',');
  BOOST_REQUIRE(r.rows.size() == 6u);
  BOOST_TEST(r.rows[3].fields.size() == 7u);
  BOOST_TEST(r.rows[3].line == 4u);
}

BOOST_AUTO_TEST_CASE(blank_lines_before_the_header_do_not_decide) {
  const Result r = read_text("\n\n\na;b;c\n1;2;3\n");
  BOOST_TEST(r.delimiter == ';');
  BOOST_TEST(table(r) == (Table{{""}, {""}, {""}, {"a", "b", "c"}, {"1", "2", "3"}}));
}

BOOST_AUTO_TEST_CASE(a_delimiter_in_some_values_loses_to_the_one_on_every_line) {
  BOOST_TEST(read_text("Name;Amount\nFoo;1,7\nBar;2,5\nBaz;3\n").delimiter == ';');
  BOOST_TEST(read_text("Name,Emails\nA,a@x;b@x\nB,c@x\nC,d@x;e@x;f@x\n").delimiter == ',');
  BOOST_TEST(read_text("Name\tNotes\nDoe, John\tx\nRoe, Jane\ty, z\n").delimiter == '\t');
}

BOOST_AUTO_TEST_CASE(one_column_files_use_a_comma) {
  const Result r = read_text("Primary Email\na@example.org\nb@example.org\n");
  BOOST_TEST(r.delimiter == ',');
  BOOST_TEST(table(r) == (Table{{"Primary Email"}, {"a@example.org"}, {"b@example.org"}}));
  BOOST_TEST(read_text("").delimiter == ',');
}

BOOST_AUTO_TEST_CASE(a_comma_first_row_before_tab_rows_reads_as_tab_separated) {
  // Thunderbird's tab_comma_mixed.csv: the majority decides, and the comma
  // row comes back as one field for the caller to report.
  const Result r = read_text(
      "1,1,1,1,1@host.invalid,,,\n2\t2\t2\t2\t2@host.invalid\n3\t3\t3\t3\t3@host.invalid\n");
  BOOST_TEST(r.delimiter == '\t');
  BOOST_TEST(r.rows[0].fields == (Fields{"1,1,1,1,1@host.invalid,,,"}));
  BOOST_TEST(r.rows[1].fields.size() == 5u);
}

BOOST_AUTO_TEST_CASE(a_bad_delimiter_option_is_a_read_error) {
  ReaderOptions options;
  options.delimiter = '"';
  BOOST_CHECK_THROW(read_text("a,b\n", options), ReadError);
  options.delimiter = '\n';
  BOOST_CHECK_THROW(read_text("a,b\n", options), ReadError);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(a_field_past_max_field_bytes_names_its_line_and_column) {
  ReaderOptions options;
  options.max_field_bytes = 10;
  BOOST_TEST(read_table("x,0123456789\n", options) == (Table{{"x", "0123456789"}}));
  ReadError e = read_error_of("x\ny,0123456789A\n", options);
  BOOST_TEST(e.remark.line == 2u);
  BOOST_TEST(e.remark.column == 3u);
  BOOST_TEST(contains(e.remark.message, "max_field_bytes"));
  e = read_error_of("x\ny,\"01234\n56789\"\n", options);
  BOOST_TEST(e.remark.line == 2u);
  BOOST_TEST(e.remark.column == 3u);
}

BOOST_AUTO_TEST_CASE(a_record_past_max_record_bytes_names_its_line) {
  ReaderOptions options;
  options.max_record_bytes = 20;
  const ReadError e = read_error_of("a,b\n0123456789,0123456789,0\n", options);
  BOOST_TEST(e.remark.line == 2u);
  BOOST_TEST(contains(e.remark.message, "max_record_bytes"));
}

BOOST_AUTO_TEST_CASE(a_file_past_max_file_bytes_is_refused) {
  ReaderOptions options;
  options.max_file_bytes = 100;
  const std::string big(200, 'x');
  BOOST_TEST(contains(read_error_of(big, options).remark.message, "max_file_bytes"));
  options.encoding = "UTF-8";  // no detection pass: found while parsing
  options.chunk_bytes = 16;
  BOOST_TEST(contains(read_error_of(big, options).remark.message, "max_file_bytes"));
  BOOST_TEST(read_table(std::string(100, 'x'), options).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_failing_stream_is_a_read_error) {
  std::string text;
  while (text.size() < 200000) text += "abc,def\n";
  for (const std::size_t good : {std::size_t{0}, std::size_t{1000}, std::size_t{150000}}) {
    for (const bool named : {false, true}) {
      BOOST_TEST_CONTEXT("after " << good << " bytes, encoding "
                                  << (named ? "named" : "detected")) {
        DyingBuffer buffer(text, good);
        std::istream in(&buffer);
        ReaderOptions options;
        if (named) options.encoding = "UTF-8";
        const ReadError e = read_error([&] { read_stream(in, options); });
        BOOST_TEST(contains(e.remark.message, "cannot read"));
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(streaming)

namespace {

// Values that exercise every rule, and the file that holds them.
struct Generated {
  std::string text;
  Table rows;
  std::vector<std::size_t> lines;
};

Generated generate(std::size_t records) {
  const std::vector<std::string> values = {"plain",    "with, comma", "say \"hi\"",  "two\r\nlines",
                                           "cr\ronly", "lf\nonly",    "Đorđe Šimić", "😀 emoji",
                                           "",         " spaced ",    "\"",          "東京",
                                           "x"};
  Generated g;
  std::size_t line = 1;
  std::size_t pick = 0;
  for (std::size_t r = 0; r < records; ++r) {
    Fields fields;
    const std::size_t count = 1 + r % 5;
    g.lines.push_back(line);
    for (std::size_t f = 0; f < count; ++f) {
      const std::string& value = values[(pick += 7) % values.size()];
      if (f > 0) g.text += ',';
      const bool quote = value.find_first_of(",\"\r\n ") != std::string::npos || value.empty();
      if (quote) {
        g.text += '"';
        for (const char c : value) {
          if (c == '"') g.text += '"';
          g.text += c;
        }
        g.text += '"';
      } else {
        g.text += value;
      }
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\n' ||
            (value[i] == '\r' && (i + 1 == value.size() || value[i + 1] != '\n'))) {
          ++line;
        }
      }
      fields.push_back(value);
    }
    if (count == 1 && fields[0].empty() && r % 2 == 0) {
      g.text.resize(g.text.size() - 2);  // a blank line instead of ""
    }
    g.rows.push_back(fields);
    g.text += r % 3 == 0 ? "\r\n" : r % 3 == 1 ? "\n" : "\r";
    ++line;
  }
  return g;
}

}  // namespace

BOOST_AUTO_TEST_CASE(any_chunk_size_gives_the_same_rows_and_lines) {
  const Generated g = generate(400);
  for (const std::size_t chunk : {1, 2, 3, 5, 7, 64, 65536}) {
    BOOST_TEST_CONTEXT("chunk " << chunk) {
      ReaderOptions options;
      options.chunk_bytes = chunk;
      const Result r = read_text(g.text, options);
      BOOST_TEST(r.encoding == "UTF-8");
      BOOST_TEST(r.delimiter == ',');
      BOOST_TEST(table(r) == g.rows);
      BOOST_TEST(lines_of(r) == g.lines);
    }
  }
}

BOOST_AUTO_TEST_CASE(utf16_and_legacy_text_cut_at_any_byte_decodes_whole) {
  const Generated g = generate(120);
  for (const std::size_t chunk : {1, 3, 7}) {
    BOOST_TEST_CONTEXT("chunk " << chunk) {
      ReaderOptions options;
      options.chunk_bytes = chunk;
      const Result utf16 = read_text("\xFF\xFE" + encode(g.text, "UTF-16LE"), options);
      BOOST_TEST(utf16.encoding == "UTF-16LE");
      BOOST_TEST(table(utf16) == g.rows);
      BOOST_TEST(lines_of(utf16) == g.lines);
      options.encoding = "GB18030";  // two- and four-byte characters
      BOOST_TEST(table(read_text(encode(g.text, "GB18030"), options)) == g.rows);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_large_file_is_parsed_as_it_is_read_not_loaded_whole) {
  std::string text = "name,email,notes\n";
  std::size_t records = 0;
  while (text.size() < (std::size_t{4} << 20)) {
    text += "Person " + std::to_string(records) + ",p" + std::to_string(records) +
            "@example.org,\"a note, with a comma\r\nand a second line\"\n";
    ++records;
  }
  std::istringstream in(text);
  Reader reader(in);
  Row row;
  BOOST_TEST(reader.next(row));
  BOOST_TEST(reader.bytes_read() < (std::size_t{256} << 10));
  std::size_t count = 0;
  std::size_t last_line = 0;
  while (reader.next(row)) {
    ++count;
    last_line = row.line;
  }
  BOOST_TEST(count == records);
  BOOST_TEST(last_line == 2 * records);
  BOOST_TEST(reader.bytes_read() == text.size());
}

BOOST_AUTO_TEST_CASE(a_pipe_larger_than_the_detection_head_reads_whole) {
  std::string text = "a;b\n";
  while (text.size() < (std::size_t{5} << 20)) text += "x;y\n";
  text += "\xC8;\xE8\n";  // past the 4 MiB head: judged as what the head said
  PipeBuffer buffer(text);
  std::istream in(&buffer);
  const Result r = read_stream(in);
  BOOST_TEST(r.encoding == "UTF-8");
  BOOST_TEST(r.delimiter == ';');
  BOOST_TEST(r.rows.size() == (text.size() - 4) / 4 + 1);
  BOOST_TEST(r.rows.back().fields == (Fields{"\xEF\xBF\xBD", "\xEF\xBF\xBD"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(fixtures)

BOOST_AUTO_TEST_CASE(the_fixture_files_read_as_their_names_say) {
  const Result cp1250 = read_fixture("windows1250_semicolon.csv");
  BOOST_TEST(cp1250.encoding == "windows-1250");
  BOOST_TEST(cp1250.delimiter == ';');
  BOOST_TEST(table(cp1250).at(1) == (Fields{"Đorđe", "Petrović", "Čačak"}));

  const Result utf16 = read_fixture("utf16le_tab.csv");
  BOOST_TEST(utf16.encoding == "UTF-16LE");
  BOOST_TEST(utf16.delimiter == '\t');
  BOOST_TEST(table(utf16).at(1) == (Fields{"Јована", "Јовановић", "Београд"}));

  const Result quoted = read_fixture("quoted_multiline_crlf.csv");
  BOOST_TEST(quoted.encoding == "UTF-8");
  BOOST_TEST(table(quoted).at(1) ==
             (Fields{"Sara Çapaliku", "Tirana, Albania", "first line\r\nsecond \"quoted\" line"}));
  BOOST_TEST(lines_of(quoted) == (std::vector<std::size_t>{1, 2, 4}));

  const Result sep = read_fixture("sep_pipe.csv");
  BOOST_TEST(sep.had_sep_line);
  BOOST_TEST(sep.delimiter == '|');
  BOOST_TEST(table(sep).at(0) == (Fields{"name", "org"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(corpus)

BOOST_AUTO_TEST_CASE(spectrum_files_read_as_their_json_says) {
  if (corpus_missing("spectrum_files_read_as_their_json_says")) return;
  std::size_t checked = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(corpus_dir())) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("spectrum__", 0) != 0 || entry.path().extension() != ".csv") continue;
    BOOST_TEST_CONTEXT(name) {
      fs::path json_path = entry.path();
      json_path.replace_extension(".json");
      std::ifstream json_in(json_path);
      BOOST_REQUIRE_MESSAGE(json_in, "no " << json_path);
      const nlohmann::json expected = nlohmann::json::parse(json_in);
      const Result r = read_corpus_file(name);
      BOOST_REQUIRE(!r.rows.empty());
      const Fields& header = r.rows[0].fields;
      nlohmann::json actual = nlohmann::json::array();
      for (std::size_t i = 1; i < r.rows.size(); ++i) {
        nlohmann::json object = nlohmann::json::object();
        for (std::size_t c = 0; c < header.size() && c < r.rows[i].fields.size(); ++c) {
          object[header[c]] = r.rows[i].fields[c];
        }
        actual.push_back(object);
      }
      BOOST_TEST(actual == expected, actual.dump() << " != " << expected.dump());
      ++checked;
    }
  }
  BOOST_TEST(checked >= 9u);
}

BOOST_AUTO_TEST_CASE(every_corpus_csv_reads_to_the_end_or_raises_read_error) {
  if (corpus_missing("every_corpus_csv_reads_to_the_end_or_raises_read_error")) return;
  std::size_t files = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(corpus_dir())) {
    std::string extension = entry.path().extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension != ".csv") continue;
    ++files;
    BOOST_TEST_CONTEXT(entry.path().filename().string()) {
      for (const std::size_t chunk : {std::size_t{7}, std::size_t{65536}}) {
        ReaderOptions options;
        options.chunk_bytes = chunk;
        try {
          const Result r = read_corpus_file(entry.path().filename().string(), options);
          BOOST_TEST(!r.rows.empty());
          for (const Row& row : r.rows) {
            BOOST_TEST(row.fields.size() == row.quoted.size());
            BOOST_TEST(row.line > 0u);
          }
        } catch (const ReadError& error) {
          BOOST_TEST_MESSAGE("ReadError: " << error.what());
        }
      }
    }
  }
  BOOST_TEST(files >= 30u);
}

BOOST_AUTO_TEST_CASE(csvkit_and_csvparser_files_meet_their_sources_tsv_expectations) {
  if (corpus_missing("csvkit_and_csvparser_files_meet_their_sources_tsv_expectations")) return;
  // SOURCES.tsv says the last values are 'é' (0xE9) and '€', but the bytes
  // are 0xA9 and U+02A4: '©' in Latin-1 (and in windows-1250/1252), and
  // 'ʤ', as csvkit's own tests read them.
  for (const char* name : {"csvkit__test_latin1.csv", "csvparser__bench_latin.csv"}) {
    BOOST_TEST_CONTEXT(name) {
      const Result r = read_corpus_file(name);
      BOOST_TEST(table(r) == (Table{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "©"}}));
      ReaderOptions latin1;
      latin1.encoding = "ISO-8859-1";
      BOOST_TEST(read_corpus_file(name, latin1).rows.back().fields.back() == "©");
    }
  }
  for (const char* name : {"csvkit__test_utf16_little.csv", "csvparser__bench_utf16.csv"}) {
    BOOST_TEST_CONTEXT(name) {
      const Result r = read_corpus_file(name);
      BOOST_TEST(r.encoding == "UTF-16LE");
      BOOST_TEST(table(r) == (Table{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "ʤ"}}));
    }
  }
  BOOST_TEST(read_corpus_file("csvkit__test_utf8_bom.csv").rows.at(0).fields ==
             (Fields{"foo", "bar", "baz"}));
  BOOST_TEST(read_corpus_file("csvkit__test_utf8_bom.csv").rows.back().fields.back() == "ʤ");
  BOOST_TEST(table(read_corpus_file("csvkit__blanks.csv")).at(1) ==
             (Fields{"", "NA", "N/A", "NONE", "NULL", "."}));
  {
    const Table bad = table(read_corpus_file("csvkit__bad.csv"));
    BOOST_REQUIRE(bad.size() == 4u);
    BOOST_TEST(bad[1].size() == 4u);
    BOOST_TEST(bad[2].size() == 2u);
    BOOST_TEST(bad[3].size() == 3u);
  }
  BOOST_TEST(table(read_corpus_file("csvkit__test_skip_lines.csv")) ==
             (Table{{""}, {""}, {""}, {"a", "b", "c"}, {"1", "2", "3"}}));
  {
    const Result r = read_corpus_file("csvkit__sniff_limit.csv");
    BOOST_TEST(r.delimiter == ';');
    BOOST_TEST(table(r) == (Table{{"a", "b", "c"}, {"1", "2", "3"}}));
  }
  BOOST_TEST(table(read_corpus_file("csvkit__test_locale.csv")).at(1) ==
             (Fields{"1,7", "200.000.000", ""}));
  {
    const Result r = read_corpus_file("csvkit__test_header_newline.csv");
    BOOST_TEST(table(r) ==
               (Table{{"\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r", "b", "c"}, {"d", "e", "f"}}));
    BOOST_TEST(lines_of(r) == (std::vector<std::size_t>{1, 8}));  // \v and \f end no line
  }
  BOOST_TEST(table(read_corpus_file("csvparser__escape-quotes.csv")) ==
             (Table{{"a", "b"}, {"1", "ha \"ha\" ha"}, {"2", "\"\""}, {"3", "4"}}));
  BOOST_TEST(table(read_corpus_file("csvparser__newlines.csv")).at(2).at(0) ==
             "Once upon \na time");
  BOOST_TEST(table(read_corpus_file("csvparser__strict-false-less-columns.csv")).at(2).size() ==
             2u);
  BOOST_TEST(table(read_corpus_file("csvparser__comma-in-quote.csv")).at(1).at(3) == "Anytown, WW");
}

BOOST_AUTO_TEST_CASE(exporters_files_read_as_sources_tsv_describes) {
  if (corpus_missing("exporters_files_read_as_sources_tsv_describes")) return;
  {
    const Result r = read_corpus_file("tb__shiftjis_addressbook.csv");
    BOOST_TEST(r.encoding == "Shift_JIS");
    BOOST_TEST(r.rows.at(1).fields.at(2) == "名無しの権兵衛");
    BOOST_TEST(r.rows.at(1).fields.at(4) == "名無しの権兵衛@host.invalid");
  }
  BOOST_TEST(read_corpus_file("tb__csv_semicolon.csv").delimiter == ';');
  for (const char* name : {"tb__export.csv", "tb__export.txt"}) {
    BOOST_TEST_CONTEXT(name) {
      const Result r = read_corpus_file(name);
      BOOST_TEST(r.delimiter == (std::string_view(name).back() == 'v' ? ',' : '\t'));
      BOOST_REQUIRE(r.rows.size() == 3u);
      const Fields& two = r.rows[2].fields;
      BOOST_REQUIRE(two.size() == 37u);
      BOOST_TEST(two[24] == "\"worker\"");
      BOOST_TEST((Fields(two.begin() + 32, two.begin() + 36) ==
                  Fields{"custom, 1", "custom\t2", "custom\r3", "custom\n4"}));
      BOOST_TEST(two[36] == "here's some unicode text…");
    }
  }
  {
    const Result r = read_corpus_file("tb__tab_comma_mixed.csv");
    BOOST_TEST(r.rows.size() == 4u);
    BOOST_TEST(r.delimiter == '\t');
  }
  {
    const Result r = read_corpus_file("pear__Outlook.CSV");
    BOOST_REQUIRE(r.rows.size() == 2u);
    BOOST_TEST(r.rows[1].fields.size() == r.rows[0].fields.size());
    BOOST_TEST(std::count(r.rows[1].fields.begin(), r.rows[1].fields.end(),
                          "It's\nmultiline \nmemo.") == 1);
  }
  {
    const Result r = read_corpus_file("roundcube__all.csv");
    BOOST_TEST(r.rows.at(0).fields.at(0) == "Display Name");
    BOOST_TEST(r.rows.at(0).fields.size() == 61u);
  }
}

BOOST_AUTO_TEST_SUITE_END()
