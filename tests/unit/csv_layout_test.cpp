#include <boost/test/unit_test.hpp>

#include "formats/csv/layout.hpp"
#include "formats/csv/presets.hpp"
#include "text/fold.hpp"

#include <liaison/error.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// For the messages of failed BOOST_TEST comparisons.
namespace liaison {
inline namespace v1 {
std::ostream& operator<<(std::ostream& out, errc code) { return out << to_string(code); }
namespace csv {
std::ostream& operator<<(std::ostream& out, Field field) { return out << field_name(field); }
std::ostream& operator<<(std::ostream& out, const ColumnTarget& target) {
  out << field_name(target.field) << '/' << target.group;
  if (!target.label.empty()) out << ':' << target.label;
  return out;
}
}  // namespace csv
}  // namespace v1
}  // namespace liaison

namespace csv = liaison::csv;
namespace fs = std::filesystem;
using csv::ColumnTarget;
using csv::Field;
using csv::Layout;
using csv::LayoutOptions;
using liaison::errc;
using liaison::Error;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A record split at `delimiter`; the tests' headers have no quotes.
std::vector<std::string> split(std::string_view line, char delimiter = ',') {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = line.find(delimiter, start);
    cells.emplace_back(line.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) return cells;
    start = at + 1;
  }
}

Rows rows_of(std::initializer_list<std::string_view> lines, char delimiter = ',') {
  Rows rows;
  for (std::string_view line : lines) rows.push_back(split(line, delimiter));
  return rows;
}

Layout detect(std::initializer_list<std::string_view> lines, LayoutOptions options = {}) {
  return csv::detect_layout(rows_of(lines), options);
}

ColumnTarget target(Field field, unsigned group = 0, std::string label = {}) {
  return ColumnTarget{field, group, std::move(label)};
}

// The target of the nth column named `name`; a failed check when none is.
ColumnTarget column(const Layout& layout, std::string_view name, std::size_t nth = 0) {
  for (std::size_t i = 0; i < layout.names.size(); ++i) {
    if (layout.names[i] == name && nth-- == 0) return layout.columns.at(i);
  }
  BOOST_TEST(false, "no column named '" << name << "'");
  return {};
}

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

Error refusal(const std::function<void()>& call) {
  try {
    call();
  } catch (const Error& error) {
    return error;
  }
  BOOST_TEST(false, "no liaison::Error was thrown");
  return Error(errc::ok, "");
}

// A small RFC 4180 reader for the corpus files (quotes, doubled quotes,
// line breaks inside quotes), so that these tests read headers the same
// way whatever the CSV reader module does.
Rows read_corpus(const fs::path& path, char delimiter = ',') {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string bytes = text.str();
  Rows rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delimiter) {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  if (rows.size() > 50) rows.resize(50);
  return rows;
}

const fs::path corpus_dir = fs::path(LIAISON_CORPUS_DIR) / "csv";

constexpr std::string_view outlook_header =
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business "
    "Street,Business Street 2,Business Street 3,Business City,Business State,Business Postal "
    "Code,Business Country,Home Street,Home Street 2,Home Street 3,Home City,Home State,Home "
    "Postal Code,Home Country,Other Street,Other Street 2,Other Street 3,Other City,Other "
    "State,Other Postal Code,Other Country,Assistant's Phone,Business Fax,Business "
    "Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone "
    "2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD "
    "Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,Birthday,Business "
    "Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,E-mail "
    "Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 "
    "Type,E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO "
    "Box,Initials,Internet Free Busy,Keywords,Language,Location,Manager's "
    "Name,Mileage,Notes,Office Location,Organizational ID Number,Other Address PO "
    "Box,Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User "
    "4,Web Page";

constexpr std::string_view thunderbird_header =
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work "
    "Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home "
    "City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work "
    "State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page "
    "2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes";

}  // namespace

// ============================================================================
BOOST_AUTO_TEST_SUITE(presets)

BOOST_AUTO_TEST_CASE(google_2021_layout_maps_numbered_groups_and_splits_cells) {
  const Layout layout = detect(
      {"First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last "
       "Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization "
       "Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - "
       "Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - "
       "Label,Phone 2 - Value,Phone 3 - Label,Phone 3 - Value,Address 1 - Label,Address 1 - "
       "Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - "
       "Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended "
       "Address,Website 1 - Label,Website 1 - Value",
       "Sara,,Çapaliku,,,,,,,,Mary Ward Loreto,Director,,,,,* myContacts ::: "
       "Partners,Work,sara@mwl.al,,,Mobile,+355 69 000 0000,,,,,Work,,Rr. Dibrës,Tirana,,,,AL,,,"});
  BOOST_TEST(layout.preset == "google");
  BOOST_TEST(layout.header_row.value_or(99) == 0u);
  BOOST_TEST(layout.value_separator == " ::: ");
  BOOST_TEST(column(layout, "First Name") == target(Field::given_name));
  BOOST_TEST(column(layout, "Organization Title") == target(Field::title));
  BOOST_TEST(column(layout, "Labels") == target(Field::tags));
  BOOST_TEST(column(layout, "E-mail 1 - Label") == target(Field::email_label, 1));
  BOOST_TEST(column(layout, "E-mail 2 - Value") == target(Field::email, 2));
  BOOST_TEST(column(layout, "Phone 3 - Value") == target(Field::phone, 3));
  BOOST_TEST(column(layout, "Phone 3 - Label") == target(Field::phone_label, 3));
  BOOST_TEST(column(layout, "Address 1 - Label") == target(Field::address_label, 1));
  BOOST_TEST(column(layout, "Address 1 - City") == target(Field::locality, 1));
  BOOST_TEST(column(layout, "Address 1 - PO Box") == target(Field::street_extra, 1));
  BOOST_TEST(column(layout, "Address 1 - Formatted") == target(Field::address_formatted, 1));
  BOOST_TEST(column(layout, "Website 1 - Value") == target(Field::website, 1));
  BOOST_TEST(contains(layout.unmapped(), "Phonetic First Name"));
  BOOST_TEST(!contains(layout.unmapped(), "Labels"));
}

BOOST_AUTO_TEST_CASE(google_older_layout_with_types_organizations_and_im) {
  const Layout layout = detect(
      {"Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name "
       "Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden "
       "Name,Birthday,Gender,Location,Billing Information,Directory "
       "Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group "
       "Membership,E-mail 1 - Type,E-mail 1 - Value,IM 1 - Type,IM 1 - Service,IM 1 - "
       "Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - "
       "Street,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi "
       "Name,Organization 1 - Title,Organization 1 - Department,Organization 2 - Name,Website 1 "
       "- Type,Website 1 - Value,Custom Field 1 - Type,Custom Field 1 - Value"});
  BOOST_TEST(layout.preset == "google");
  BOOST_TEST(column(layout, "Name") == target(Field::full_name));
  BOOST_TEST(column(layout, "Given Name") == target(Field::given_name));
  BOOST_TEST(column(layout, "Additional Name") == target(Field::middle_name));
  BOOST_TEST(column(layout, "Group Membership") == target(Field::tags));
  BOOST_TEST(column(layout, "E-mail 1 - Type") == target(Field::email_label, 1));
  BOOST_TEST(column(layout, "IM 1 - Service") == target(Field::social_profile_label, 1));
  BOOST_TEST(column(layout, "IM 1 - Value") == target(Field::social_profile, 1));
  BOOST_TEST(column(layout, "Address 1 - Type") == target(Field::address_label, 1));
  BOOST_TEST(column(layout, "Organization 1 - Name") == target(Field::organization));
  BOOST_TEST(column(layout, "Organization 1 - Title") == target(Field::title));
  BOOST_TEST(column(layout, "Organization 2 - Name") == target(Field::none));
  BOOST_TEST(column(layout, "Website 1 - Type") == target(Field::website_label, 1));
  BOOST_TEST(contains(layout.unmapped(), "Custom Field 1 - Value"));
  BOOST_TEST(contains(layout.unmapped(), "Organization 2 - Name"));
}

BOOST_AUTO_TEST_CASE(outlook_english_maps_addresses_phones_and_emails) {
  const Layout layout = csv::detect_layout({split(outlook_header)}, {});
  BOOST_TEST(layout.preset == "outlook");
  BOOST_TEST(layout.columns.size() == 92u);
  BOOST_TEST(column(layout, "Title") == target(Field::prefix));
  BOOST_TEST(column(layout, "Job Title") == target(Field::title));
  BOOST_TEST(column(layout, "Business Street") == target(Field::street, 1, "work"));
  BOOST_TEST(column(layout, "Business Street 2") == target(Field::street_extra, 1, "work"));
  BOOST_TEST(column(layout, "Business Country") == target(Field::country, 1, "work"));
  BOOST_TEST(column(layout, "Home City") == target(Field::locality, 2, "home"));
  BOOST_TEST(column(layout, "Other Postal Code") == target(Field::postal_code, 3, "other"));
  BOOST_TEST(column(layout, "Business Phone") == target(Field::phone, 0, "work"));
  BOOST_TEST(column(layout, "Business Fax") == target(Field::phone, 0, "fax"));
  BOOST_TEST(column(layout, "Mobile Phone") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "E-mail Address") == target(Field::email, 1));
  BOOST_TEST(column(layout, "E-mail 3 Address") == target(Field::email, 3));
  BOOST_TEST(column(layout, "E-mail Display Name") == target(Field::email_display_name, 1));
  BOOST_TEST(column(layout, "Categories") == target(Field::tags));
  BOOST_TEST(column(layout, "Web Page") == target(Field::website, 0, "work"));
  BOOST_TEST(contains(layout.unmapped(), "User 1"));
  BOOST_TEST(!contains(layout.unmapped(), "Notes"));
}

BOOST_AUTO_TEST_CASE(outlook_2010_and_outlook_com_names) {
  const Layout layout = detect(
      {"First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail "
       "Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Business Phone,Mobile "
       "Phone,IMAddress,Job Title,Department,Company,Business Street,Business City,Business "
       "State,Business Postal Code,Business Country/Region,Personal Web Page,Web "
       "Page,Birthday,Notes"});
  BOOST_TEST(layout.preset == "outlook");
  BOOST_TEST(column(layout, "Nickname") == target(Field::nickname));
  BOOST_TEST(column(layout, "Business Country/Region") == target(Field::country, 1, "work"));
  BOOST_TEST(column(layout, "Personal Web Page") == target(Field::website, 0, "home"));
  BOOST_TEST(column(layout, "IMAddress") == target(Field::social_profile));
}

BOOST_AUTO_TEST_CASE(outlook_german) {
  const Layout layout = detect(
      {"Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,Straße "
       "geschäftlich,Straße geschäftlich 2,Straße geschäftlich 3,Ort geschäftlich,Region "
       "geschäftlich,Postleitzahl geschäftlich,Land/Region geschäftlich,Straße privat,Ort "
       "privat,Bundesland/Kanton privat,Postleitzahl privat,Land/Region privat,Fax "
       "geschäftlich,Telefon geschäftlich,Telefon privat,Mobiltelefon,Geburtstag,Kategorien,E-"
       "Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,E-Mail 2: Adresse,Notizen,Webseite"});
  BOOST_TEST(layout.preset == "outlook");
  BOOST_TEST(column(layout, "Anrede") == target(Field::prefix));
  BOOST_TEST(column(layout, "Weitere Vornamen") == target(Field::middle_name));
  BOOST_TEST(column(layout, "Position") == target(Field::title));
  BOOST_TEST(column(layout, "Straße geschäftlich 2") == target(Field::street_extra, 1, "work"));
  BOOST_TEST(column(layout, "Ort geschäftlich") == target(Field::locality, 1, "work"));
  BOOST_TEST(column(layout, "Postleitzahl privat") == target(Field::postal_code, 2, "home"));
  BOOST_TEST(column(layout, "Fax geschäftlich") == target(Field::phone, 0, "fax"));
  BOOST_TEST(column(layout, "Mobiltelefon") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Geburtstag") == target(Field::birthday));
  BOOST_TEST(column(layout, "E-Mail-Adresse") == target(Field::email, 1));
  BOOST_TEST(column(layout, "E-Mail 2: Adresse") == target(Field::email, 2));
  BOOST_TEST(column(layout, "E-Mail-Typ") == target(Field::email_type, 1));
  BOOST_TEST(column(layout, "Kategorien") == target(Field::tags));
}

BOOST_AUTO_TEST_CASE(outlook_french_reads_a_repeated_name_by_its_place) {
  // French Outlook calls both the name prefix and the job title "Titre".
  const Layout layout = detect(
      {"Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Titre,Rue (bureau),Rue (bureau) "
       "2,Ville (bureau),Code postal (bureau),Pays/Région (bureau),Téléphone (bureau),Télécopie "
       "(bureau),Tél. mobile,Adresse de messagerie,Notes"});
  BOOST_TEST(layout.preset == "outlook");
  BOOST_TEST(column(layout, "Titre", 0) == target(Field::prefix));
  BOOST_TEST(column(layout, "Titre", 1) == target(Field::title));
  BOOST_TEST(column(layout, "Nom") == target(Field::family_name));
  BOOST_TEST(column(layout, "Rue (bureau) 2") == target(Field::street_extra, 1, "work"));
  BOOST_TEST(column(layout, "Ville (bureau)") == target(Field::locality, 1, "work"));
  BOOST_TEST(column(layout, "Télécopie (bureau)") == target(Field::phone, 0, "fax"));
  BOOST_TEST(column(layout, "Adresse de messagerie") == target(Field::email, 1));
}

BOOST_AUTO_TEST_CASE(outlook_russian) {
  const Layout layout = detect(
      {"Обращение,Имя,Отчество,Фамилия,Суффикс,Организация,Отдел,Должность,Улица (раб. "
       "адрес),Город (раб. адрес),Индекс (раб. адрес),Страна или регион (раб. адрес),Рабочий "
       "телефон,Телефон переносной,Адрес эл. почты,Адрес 2 эл. почты,Заметки"});
  BOOST_TEST(layout.preset == "outlook");
  BOOST_TEST(column(layout, "Обращение") == target(Field::prefix));
  BOOST_TEST(column(layout, "Отчество") == target(Field::middle_name));
  BOOST_TEST(column(layout, "Должность") == target(Field::title));
  BOOST_TEST(column(layout, "Город (раб. адрес)") == target(Field::locality, 1, "work"));
  BOOST_TEST(column(layout, "Телефон переносной") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Адрес 2 эл. почты") == target(Field::email, 2));
}

BOOST_AUTO_TEST_CASE(thunderbird_current_export_with_screen_name) {
  const Layout layout = csv::detect_layout({split(thunderbird_header)}, {});
  BOOST_TEST(layout.preset == "thunderbird");
  BOOST_TEST(column(layout, "Display Name") == target(Field::full_name));
  BOOST_TEST(column(layout, "Primary Email") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Secondary Email") == target(Field::email, 2));
  BOOST_TEST(column(layout, "Screen Name") == target(Field::social_profile, 0, "aim"));
  BOOST_TEST(column(layout, "Fax Number") == target(Field::phone, 0, "fax"));
  BOOST_TEST(column(layout, "Home Address 2") == target(Field::street_extra, 2, "home"));
  BOOST_TEST(column(layout, "Work ZipCode") == target(Field::postal_code, 1, "work"));
  BOOST_TEST(column(layout, "Web Page 2") == target(Field::website, 0, "home"));
  BOOST_TEST(column(layout, "Birth Month") == target(Field::birth_month));
  BOOST_TEST(contains(layout.unmapped(), "Custom 4"));
}

BOOST_AUTO_TEST_CASE(thunderbird_older_export_without_screen_name_and_a_trailing_comma) {
  std::string header(thunderbird_header);
  header.erase(header.find("Screen Name,"), std::string("Screen Name,").size());
  header += ',';
  const Layout layout = csv::detect_layout({split(header)}, {});
  BOOST_TEST(layout.preset == "thunderbird");
  BOOST_TEST(layout.columns.size() == 37u);
  BOOST_TEST(layout.names.back() == "");
  BOOST_TEST(layout.columns.back() == target(Field::none));
  BOOST_TEST(!contains(layout.unmapped(), ""));
  BOOST_TEST(column(layout, "Work Phone") == target(Field::phone, 0, "work"));
  BOOST_TEST(column(layout, "Notes") == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(thunderbird_serbian_cyrillic_with_repeated_names) {
  // Serbian Thunderbird writes "Надимак" for the nickname and the screen
  // name, "Град" and "Држава" for the home and the work address.
  const Layout layout = detect(
      {"Име,Презиме,Име за приказ,Надимак,Примарни мејл,Секундарни мејл,Надимак,Пословни "
       "телефон,Кућни телефон,Број факса,Број пејџера,Број мобилног,Кућна адреса,Кућна адреса "
       "2,Град,Област,Поштански број,Држава,Пословна адреса,Пословна адреса "
       "2,Град,Регија,ZipCode,Држава,Титула на послу,Одељење,Организација,Веб страница 1,Веб "
       "страница 2,Година рођења,Месец рођења,Дан рођења,Произвољно 1,Произвољно 2,Произвољно "
       "3,Произвољно 4,Белешке"});
  BOOST_TEST(layout.preset == "thunderbird");
  BOOST_TEST(column(layout, "Име за приказ") == target(Field::full_name));
  BOOST_TEST(column(layout, "Надимак", 0) == target(Field::nickname));
  BOOST_TEST(column(layout, "Надимак", 1) == target(Field::social_profile, 0, "aim"));
  BOOST_TEST(column(layout, "Примарни мејл") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Град", 0) == target(Field::locality, 2, "home"));
  BOOST_TEST(column(layout, "Град", 1) == target(Field::locality, 1, "work"));
  BOOST_TEST(column(layout, "Држава", 1) == target(Field::country, 1, "work"));
  BOOST_TEST(column(layout, "Титула на послу") == target(Field::title));
  BOOST_TEST(column(layout, "Дан рођења") == target(Field::birth_day));
}

BOOST_AUTO_TEST_CASE(thunderbird_german_and_albanian) {
  const Layout german = detect(
      {"Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre "
       "E-Mail-Adresse,Messenger-Name,Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-"
       "Tel.-Nr.,Privat: Adresse,Privat: Ort,Dienstlich: Ort,Arbeitstitel,Organisation,Notizen"});
  BOOST_TEST(german.preset == "thunderbird");
  BOOST_TEST(column(german, "Primäre E-Mail-Adresse") == target(Field::email, 1));
  BOOST_TEST(column(german, "Mobil-Tel.-Nr.") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(german, "Dienstlich: Ort") == target(Field::locality, 1, "work"));
  BOOST_TEST(column(german, "Arbeitstitel") == target(Field::title));

  const Layout albanian =
      detect({"Emër,Mbiemër,Emër i Shfaqur,Nofkë,Email Parësor,Email Dytësor,Telefon Pune,Numër "
              "Celulari,Adresë Pune,Qytet Pune,Emërtesë Pune,Degë,Ent,Shënime"});
  BOOST_TEST(albanian.preset == "thunderbird");
  BOOST_TEST(column(albanian, "Email Dytësor") == target(Field::email, 2));
  BOOST_TEST(column(albanian, "Ent") == target(Field::organization));
  BOOST_TEST(column(albanian, "Qytet Pune") == target(Field::locality, 1, "work"));
}

BOOST_AUTO_TEST_CASE(yahoo_uk_export) {
  const Layout layout = detect(
      {"First,Middle,Last,Nickname,Email,Category,Distribution Lists,Yahoo! "
       "ID,Home,Work,Pager,Fax,Mobile,Other,Yahoo! Phone,Primary,Alternate Email 1,Alternate "
       "Email 2,Personal Website,Business Website,Title,Company,Work Address,Work City,Work "
       "County,Work Post Code,Work Country,Home Address,Home Town,Home County,Home Post Code,Home "
       "Country,Birthday,Anniversary,Custom 1,Custom 2,Custom 3,Custom 4,Comments",
       "Firman,,Wandayandi,firman,firman@php.net,,,,,tarzillamax,99999999,,999999999,,,,,,"
       "http://php.hm/~firman,,,Foo,Foo Street,Bandung,West Java,99999,Indonesia,Foo "
       "Street,Bandung,West Java,99999,Indonesia,,,,,,,memo"});
  BOOST_TEST(layout.preset == "yahoo");
  BOOST_TEST(column(layout, "First") == target(Field::given_name));
  BOOST_TEST(column(layout, "Email") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Alternate Email 2") == target(Field::email, 3));
  BOOST_TEST(column(layout, "Home") == target(Field::phone, 0, "home"));
  BOOST_TEST(column(layout, "Mobile") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Title") == target(Field::title));
  BOOST_TEST(column(layout, "Work County") == target(Field::region, 1, "work"));
  BOOST_TEST(column(layout, "Home Town") == target(Field::locality, 2, "home"));
  BOOST_TEST(column(layout, "Category") == target(Field::tags));
  BOOST_TEST(column(layout, "Comments") == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(linkedin_connections_after_their_notes) {
  const Rows rows = {
      {"Notes:"},
      {"When exporting your connection data, you may notice that some of the email addresses "
       "are missing. You will only see email addresses for connections who have allowed their "
       "connections to see or download their email address using this setting "
       "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
       "https://www.linkedin.com/help/linkedin/answer/261"},
      {""},
      split("First Name,Last Name,URL,Email Address,Company,Position,Connected On"),
      split("Arben,Hoxha,https://www.linkedin.com/in/arbenhoxha,,OSCE Presence in "
            "Albania,Programme Officer,14 Mar 2023"),
  };
  const Layout layout = csv::detect_layout(rows, {});
  BOOST_TEST(layout.preset == "linkedin");
  BOOST_TEST(layout.header_row.value_or(99) == 3u);
  BOOST_TEST(column(layout, "URL") == target(Field::social_profile, 0, "linkedin"));
  BOOST_TEST(column(layout, "Email Address") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Position") == target(Field::title));
  BOOST_TEST(layout.unmapped() == std::vector<std::string>{"Connected On"});
}

BOOST_AUTO_TEST_CASE(windows_address_book) {
  const Layout layout = detect(
      {"First Name,Last Name,Middle Name,Name,Nickname,E-mail Address,Home Street,Home City,Home "
       "Postal Code,Home State,Home Country/Region,Home Phone,Home Fax,Mobile Phone,Personal Web "
       "Page,Business Street,Business City,Business Postal Code,Business State,Business "
       "Country/Region,Business Web Page,Business Phone,Business Fax,Pager,Company,Job "
       "Title,Department,Office Location,Notes"});
  BOOST_TEST(layout.preset == "wab");
  BOOST_TEST(column(layout, "Name") == target(Field::full_name));
  BOOST_TEST(column(layout, "Home Country/Region") == target(Field::country, 2, "home"));
  BOOST_TEST(column(layout, "Business Web Page") == target(Field::website, 0, "work"));
  BOOST_TEST(column(layout, "Home Fax") == target(Field::phone, 0, "home fax"));
  BOOST_TEST(layout.unmapped() == std::vector<std::string>{"Office Location"});
}

BOOST_AUTO_TEST_CASE(windows_live_mail_polish) {
  const Layout polish = detect(
      {"Imię,Nazwisko,Drugie imię,Nazwa,Przydomek,Adres e-mail,Ulica (dom),Miasto (dom),Telefon "
       "domowy,Telefon komórkowy,Ulica (biuro),Miasto (biuro),Telefon służbowy,Firma,Stanowisko,"
       "Dział,Uwagi"});
  BOOST_TEST(polish.preset == "wab");
  BOOST_TEST(column(polish, "Miasto (biuro)") == target(Field::locality, 1, "work"));
  BOOST_TEST(column(polish, "Telefon komórkowy") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(polish, "Stanowisko") == target(Field::title));
}

BOOST_AUTO_TEST_CASE(native_export_and_a_hand_made_native_file) {
  std::vector<std::string> header;
  for (const auto& [name, target] : csv::export_columns("native")) header.push_back(name);
  const Layout layout = csv::detect_layout({header}, {});
  BOOST_TEST(layout.preset == "native");
  BOOST_TEST(column(layout, "email2") == target(Field::email, 2));
  BOOST_TEST(column(layout, "mobile") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "fax") == target(Field::phone, 0, "fax"));
  BOOST_TEST(column(layout, "country") == target(Field::country));
  BOOST_TEST(column(layout, "external_id") == target(Field::external_id));
  BOOST_TEST(layout.unmapped().empty());

  const Layout partial = detect({"given_name,family_name,organization,email,email2,Remarks"});
  BOOST_TEST(partial.preset == "native");
  BOOST_TEST(column(partial, "email2") == target(Field::email, 2));
  BOOST_TEST(column(partial, "Remarks") == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(roundcube_header_with_its_byte_order_mark) {
  const Layout layout = detect(
      {"\xEF\xBB\xBF"
       "Display Name,Title,First Name,Middle Name,Last Name,Suffix,Nickname,Company,Department,"
       "Job Title,Email Home,Email Work,Email Other,Home Phone,Home Phone 2,Business "
       "Phone,Business Phone 2,Home Mobile,Primary Phone,Home Fax,Business Fax,Car "
       "Phone,Pager,Phone Video,Assistant's Phone,Other Phone,Home Street,Home City,Home "
       "State,Home Zip,Home Country,Business Street,Work City,Work State,Work Zip,Work "
       "Country,Other Street,Other City,Other State,Other Postal Code,Other "
       "Country/Region,Gender,Birthday,Maiden Name,Anniversary,Manager's Name,Assistant's "
       "Name,Spouse,Notes,IM Aim,IM Icq,IM Jabber,IM Msn,IM Skype,IM Yahoo,Website "
       "Blog,Website Home Page,Website Other,Website Profile,Website Work,Categories,"});
  BOOST_TEST(layout.preset == "roundcube");
  BOOST_TEST(layout.names.front() == "Display Name");
  BOOST_TEST(column(layout, "Display Name") == target(Field::full_name));
  BOOST_TEST(column(layout, "Title") == target(Field::prefix));
  BOOST_TEST(column(layout, "Email Work") == target(Field::email, 2, "work"));
  BOOST_TEST(column(layout, "Home Mobile") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Work Zip") == target(Field::postal_code, 1, "work"));
  BOOST_TEST(column(layout, "IM Skype") == target(Field::social_profile, 0, "skype"));
  BOOST_TEST(column(layout, "Website Blog") == target(Field::website, 0, "blog"));
}

BOOST_AUTO_TEST_CASE(every_localized_table_reads_back_as_its_program) {
  // A header made of one locale's names is that program's, and each name
  // means what its English counterpart means.
  const csv::detail::Preset* presets[] = {&csv::detail::outlook_preset(),
                                          &csv::detail::thunderbird_preset(),
                                          &csv::detail::wab_preset()};
  for (const csv::detail::Preset* preset : presets) {
    for (const csv::detail::LocaleNames& locale : preset->locales) {
      BOOST_TEST_CONTEXT(preset->name << " " << locale.locale) {
        std::vector<std::string> header;
        std::vector<ColumnTarget> expected;
        for (std::size_t i = 0; i < locale.names.size(); ++i) {
          if (locale.names[i].empty()) continue;
          header.emplace_back(locale.names[i]);
          expected.push_back(preset->columns[i].target.column_target());
        }
        const Layout layout = csv::detect_layout({header}, {});
        BOOST_TEST(layout.preset == preset->name);
        BOOST_TEST(layout.columns == expected, boost::test_tools::per_element());
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(synonyms)

BOOST_AUTO_TEST_CASE(english_spreadsheet) {
  const Layout layout =
      detect({"Full Name,Email,Phone,Mobile,Company,Job "
              "Title,Department,Street,City,Zip,Country,Website,Tags,Notes"});
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(column(layout, "Full Name") == target(Field::full_name));
  BOOST_TEST(column(layout, "Email") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Phone") == target(Field::phone));
  BOOST_TEST(column(layout, "Mobile") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Company") == target(Field::organization));
  BOOST_TEST(column(layout, "Job Title") == target(Field::title));
  BOOST_TEST(column(layout, "City") == target(Field::locality));
  BOOST_TEST(column(layout, "Zip") == target(Field::postal_code));
  BOOST_TEST(column(layout, "Country") == target(Field::country));
  BOOST_TEST(column(layout, "Website") == target(Field::website));
  BOOST_TEST(layout.unmapped().empty());
}

BOOST_AUTO_TEST_CASE(a_header_anyone_writes_is_not_taken_for_outlook) {
  // Outlook also has First Name, Last Name, Title and Company, but its
  // "Title" is the name prefix; a plain list means the job title.
  const Layout layout = detect({"First Name,Last Name,Title,Company,Email"});
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(column(layout, "Title") == target(Field::title));
  // Nor a French list for Thunderbird's, whose "Région" is the country.
  const Layout french = detect({"Prénom,Société,Ville,Région"});
  BOOST_TEST(french.preset == "synonyms");
  BOOST_TEST(column(french, "Région") == target(Field::region));
  BOOST_TEST(column(french, "Ville") == target(Field::locality));
}

BOOST_AUTO_TEST_CASE(german_with_name_beside_vorname_as_the_family_name) {
  const Layout layout =
      detect({"Vorname,Name,Firma,Funktion,E-Mail,Telefon privat,Handy,Straße,PLZ,Ort,Land"});
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(column(layout, "Vorname") == target(Field::given_name));
  BOOST_TEST(column(layout, "Name") == target(Field::family_name));
  BOOST_TEST(column(layout, "Funktion") == target(Field::title));
  BOOST_TEST(column(layout, "E-Mail") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Telefon privat") == target(Field::phone, 0, "home"));
  BOOST_TEST(column(layout, "Handy") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "PLZ") == target(Field::postal_code));
  BOOST_TEST(column(layout, "Ort") == target(Field::locality));
  BOOST_TEST(column(layout, "Land") == target(Field::country));
  // Alone, "Name" is the whole name.
  BOOST_TEST(column(detect({"Name,E-Mail"}), "Name") == target(Field::full_name));
}

BOOST_AUTO_TEST_CASE(serbian_croatian_bosnian_latin) {
  const Layout layout = detect(
      {"Ime,Prezime,Institucija,Odjeljenje,Funkcija,E-pošta,Telefon,Mobilni telefon,Faks,Adresa "
       "(posao),Grad,Poštanski broj,Država,Napomena,Oznake"});
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(column(layout, "Ime") == target(Field::given_name));
  BOOST_TEST(column(layout, "Prezime") == target(Field::family_name));
  BOOST_TEST(column(layout, "Institucija") == target(Field::organization));
  BOOST_TEST(column(layout, "Odjeljenje") == target(Field::department));
  BOOST_TEST(column(layout, "Funkcija") == target(Field::title));
  BOOST_TEST(column(layout, "E-pošta") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Mobilni telefon") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Faks") == target(Field::phone, 0, "fax"));
  BOOST_TEST(column(layout, "Adresa (posao)") == target(Field::street, 1, "work"));
  BOOST_TEST(column(layout, "Grad") == target(Field::locality));
  BOOST_TEST(column(layout, "Poštanski broj") == target(Field::postal_code));
  BOOST_TEST(column(layout, "Država") == target(Field::country));
  BOOST_TEST(column(layout, "Napomena") == target(Field::notes));
  BOOST_TEST(column(layout, "Oznake") == target(Field::tags));
}

BOOST_AUTO_TEST_CASE(serbian_cyrillic_reads_as_the_latin) {
  const Layout layout = detect(
      {"Име и презиме,Организација,Позиција,Е-пошта,Телефон,Мобилни,Адреса,Град,Држава,Напомена"});
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(column(layout, "Име и презиме") == target(Field::full_name));
  BOOST_TEST(column(layout, "Организација") == target(Field::organization));
  BOOST_TEST(column(layout, "Позиција") == target(Field::title));
  BOOST_TEST(column(layout, "Е-пошта") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Телефон") == target(Field::phone));
  BOOST_TEST(column(layout, "Мобилни") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Град") == target(Field::locality));
  BOOST_TEST(column(layout, "Напомена") == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(albanian_and_macedonian) {
  const Layout albanian =
      detect({"Emri,Mbiemri,Institucioni,Pozicioni,Email,Telefoni,Celulari,Adresa,Qyteti,Shteti,"
              "Shënime"});
  BOOST_TEST(albanian.preset == "synonyms");
  BOOST_TEST(column(albanian, "Emri") == target(Field::given_name));
  BOOST_TEST(column(albanian, "Mbiemri") == target(Field::family_name));
  BOOST_TEST(column(albanian, "Institucioni") == target(Field::organization));
  BOOST_TEST(column(albanian, "Pozicioni") == target(Field::title));
  BOOST_TEST(column(albanian, "Celulari") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(albanian, "Qyteti") == target(Field::locality));
  BOOST_TEST(column(albanian, "Shteti") == target(Field::country));
  BOOST_TEST(column(albanian, "Shënime") == target(Field::notes));

  const Layout macedonian =
      detect({"Име,Презиме,Институција,Оддел,Е-пошта,Мобилен телефон,Поштенски код,Забелешки"});
  BOOST_TEST(column(macedonian, "Име") == target(Field::given_name));
  BOOST_TEST(column(macedonian, "Оддел") == target(Field::department));
  BOOST_TEST(column(macedonian, "Мобилен телефон") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(macedonian, "Поштенски код") == target(Field::postal_code));
  BOOST_TEST(column(macedonian, "Забелешки") == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(snake_case_and_camel_case) {
  const Layout snake =
      detect({"last_name,first_name,title,org,phone,email,website,street,city,p_code,country"});
  BOOST_TEST(snake.preset == "synonyms");
  BOOST_TEST(column(snake, "last_name") == target(Field::family_name));
  BOOST_TEST(column(snake, "org") == target(Field::organization));
  BOOST_TEST(column(snake, "p_code") == target(Field::postal_code));
  BOOST_TEST(snake.unmapped().empty());

  const Layout camel = detect({"firstName,lastName,emailAddress,phoneNumber,companyName,zipCode"});
  BOOST_TEST(column(camel, "firstName") == target(Field::given_name));
  BOOST_TEST(column(camel, "emailAddress") == target(Field::email, 1));
  BOOST_TEST(column(camel, "phoneNumber") == target(Field::phone));
  BOOST_TEST(column(camel, "companyName") == target(Field::organization));
  BOOST_TEST(column(camel, "zipCode") == target(Field::postal_code));
}

BOOST_AUTO_TEST_CASE(qualifiers_and_numbers_give_labels_groups_and_street_lines) {
  const Layout layout =
      detect({"Name,Email,Email 2,Work Email,Home Phone,Work Fax,Phone (mobile),Address 1,Address "
              "2,Home City,Business City,Business Country"});
  BOOST_TEST(column(layout, "Email") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Email 2") == target(Field::email, 2));
  BOOST_TEST(column(layout, "Work Email") == target(Field::email, 3, "work"));
  BOOST_TEST(column(layout, "Home Phone") == target(Field::phone, 0, "home"));
  BOOST_TEST(column(layout, "Work Fax") == target(Field::phone, 0, "work fax"));
  BOOST_TEST(column(layout, "Phone (mobile)") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Address 1") == target(Field::street));
  BOOST_TEST(column(layout, "Address 2") == target(Field::street_extra));
  BOOST_TEST(column(layout, "Home City") == target(Field::locality, 2, "home"));
  BOOST_TEST(column(layout, "Business City") == target(Field::locality, 1, "work"));
  BOOST_TEST(column(layout, "Business Country") == target(Field::country, 1, "work"));
}

BOOST_AUTO_TEST_CASE(several_columns_for_one_field_are_all_kept) {
  const Layout layout = detect({"First Name,Middle Name,Last Name,Notes,Comments,Remarks"});
  BOOST_TEST(column(layout, "Notes") == target(Field::notes));
  BOOST_TEST(column(layout, "Comments") == target(Field::notes));
  BOOST_TEST(column(layout, "Remarks") == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(unknown_columns_are_reported_not_dropped) {
  const Layout layout = detect({"Ime,Prezime,Radionica,E-pošta,Potpis"});
  BOOST_TEST(layout.columns.size() == 5u);
  BOOST_TEST(layout.unmapped() == (std::vector<std::string>{"Radionica", "Potpis"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_synonym_folds_to_another_with_another_meaning) {
  std::map<std::string, std::pair<std::string_view, ColumnTarget>> seen;
  for (const csv::detail::Synonym& synonym : csv::detail::synonyms()) {
    std::string key = liaison::text::fold(synonym.name);
    key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
    BOOST_TEST(!key.empty(), synonym.name);
    const ColumnTarget meaning = synonym.target.column_target();
    auto [at, fresh] = seen.emplace(key, std::pair{synonym.name, meaning});
    BOOST_TEST((fresh || at->second.second == meaning),
               synonym.name << " and " << at->second.first << " fold alike, mean otherwise");
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(header_row)

BOOST_AUTO_TEST_CASE(blank_lines_before_the_header_are_skipped) {
  const Layout layout = csv::detect_layout(
      {{""}, {""}, {""}, split("Name,Email,Phone"), split("Ana,ana@osce.org,+381 11 123 4567")},
      {});
  BOOST_TEST(layout.header_row.value_or(99) == 3u);
  BOOST_TEST(layout.preset == "synonyms");
}

BOOST_AUTO_TEST_CASE(a_row_of_data_is_never_the_header) {
  // "Mobile" and "Work" are Yahoo header names, but an e-mail address and
  // a phone number make the row data.
  const Layout layout =
      csv::detect_layout({split("Ana,Mobile,Work,ana@osce.org,+381 11 123 4567"),
                          split("Marko,Mobile,Home,marko@iom.int,+382 20 123 456")},
                         {});
  BOOST_TEST(!layout.header_row.has_value());
}

BOOST_AUTO_TEST_CASE(a_header_of_unknown_words_over_data_is_still_a_header) {
  const Layout layout =
      csv::detect_layout({split("Učesnik,Kontakt"), split("Ana Petrović,ana@osce.org")}, {});
  BOOST_TEST(layout.header_row.value_or(99) == 0u);
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(layout.unmapped() == (std::vector<std::string>{"Učesnik", "Kontakt"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_empty_file_has_no_columns) {
  const Layout nothing = csv::detect_layout({}, {});
  BOOST_TEST(!nothing.header_row.has_value());
  BOOST_TEST(nothing.columns.empty());
  const Layout blank = csv::detect_layout({{""}, {""}}, {});
  BOOST_TEST(!blank.header_row.has_value());
  BOOST_TEST(blank.unmapped().empty());
}

BOOST_AUTO_TEST_CASE(data_rows_wider_than_the_header_get_numbered_columns) {
  const Layout layout =
      csv::detect_layout({split("Name,Email"), split("Ana,ana@osce.org,extra")}, {});
  BOOST_TEST(layout.columns.size() == 3u);
  BOOST_TEST(layout.names.back() == "column 3");
  BOOST_TEST(contains(layout.unmapped(), "column 3"));
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(map_option)

BOOST_AUTO_TEST_CASE(map_overrides_and_completes_the_detected_layout) {
  LayoutOptions options;
  options.map = "Učesnik=full_name, kontakt = email ,Br.=phone:mobile,Institucija=none";
  const Layout layout = detect({"Učesnik,Institucija,Kontakt,Br."}, options);
  BOOST_TEST(column(layout, "Učesnik") == target(Field::full_name));
  BOOST_TEST(column(layout, "Kontakt") == target(Field::email, 1));
  BOOST_TEST(column(layout, "Br.") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "Institucija") == target(Field::none));
  BOOST_TEST(layout.preset == "mapped");
}

BOOST_AUTO_TEST_CASE(map_keeps_the_preset_it_refines) {
  LayoutOptions options;
  options.map = "Connected On=notes,URL=website";
  const Layout layout =
      detect({"First Name,Last Name,URL,Email Address,Company,Position,Connected On"}, options);
  BOOST_TEST(layout.preset == "linkedin");
  BOOST_TEST(column(layout, "Connected On") == target(Field::notes));
  BOOST_TEST(column(layout, "URL") == target(Field::website));
}

BOOST_AUTO_TEST_CASE(map_groups_labels_and_native_column_names) {
  LayoutOptions options;
  options.map = "A=email/2:work,B=mobile,C=email2,D=street/1:work,E=given-name";
  const Layout layout = detect({"A,B,C,D,E"}, options);
  BOOST_TEST(column(layout, "A") == target(Field::email, 2, "work"));
  BOOST_TEST(column(layout, "B") == target(Field::phone, 0, "mobile"));
  BOOST_TEST(column(layout, "C") == target(Field::email, 2));
  BOOST_TEST(column(layout, "D") == target(Field::street, 1, "work"));
  BOOST_TEST(column(layout, "E") == target(Field::given_name));
}

BOOST_AUTO_TEST_CASE(map_by_column_number_in_a_headerless_file) {
  LayoutOptions options;
  options.map = "1=full_name,2=organization,column 3=notes";
  const Layout layout =
      csv::detect_layout({split("Ana Petrović,OSCE,met in Ohrid"), split("Marko,IOM,")}, options);
  BOOST_TEST(!layout.header_row.has_value());
  BOOST_TEST(layout.preset == "mapped");
  BOOST_TEST(layout.columns.at(0) == target(Field::full_name));
  BOOST_TEST(layout.columns.at(1) == target(Field::organization));
  BOOST_TEST(layout.columns.at(2) == target(Field::notes));
}

BOOST_AUTO_TEST_CASE(map_errors_name_the_entry) {
  auto error_of = [](const std::string& map) {
    LayoutOptions options;
    options.map = map;
    return refusal([&] { detect({"Name,Email,Phone"}, options); });
  };
  const struct {
    const char* map;
    const char* named;
  } cases[] = {
      {"Email=emial", "emial"},                    // unknown field
      {"Faks=phone", "Faks"},                      // unknown column
      {"Email", "Email"},                          // no '='
      {"Email=", "Email="},                        // no field
      {"Name=full_name,,Email=email", "entry 2"},  // empty entry
      {"9=phone", "9"},                            // no such column number
      {"Email=email/x", "Email=email/x"},          // group not a number
      {"Email=email:", "Email=email:"},            // empty label
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.map) {
      const Error error = error_of(c.map);
      BOOST_TEST(error.code() == errc::invalid_argument);
      BOOST_TEST(std::string(error.what()).find(c.named) != std::string::npos, error.what());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(forced_preset)

BOOST_AUTO_TEST_CASE(a_forced_preset_reads_the_header_its_way) {
  LayoutOptions options;
  options.preset = "outlook";
  const Layout layout = detect({"First Name,Last Name,Title,Company,Email"}, options);
  BOOST_TEST(layout.preset == "outlook");
  BOOST_TEST(column(layout, "Title") == target(Field::prefix));
  // What Outlook does not name, the synonyms still do.
  BOOST_TEST(column(layout, "Email") == target(Field::email, 1));
}

BOOST_AUTO_TEST_CASE(forcing_synonyms_ignores_the_programs) {
  LayoutOptions options;
  options.preset = "synonyms";
  const Layout layout = csv::detect_layout({split(outlook_header)}, options);
  BOOST_TEST(layout.preset == "synonyms");
  BOOST_TEST(column(layout, "Title") == target(Field::title));
}

BOOST_AUTO_TEST_CASE(forcing_thunderbird_on_a_headerless_file_reads_its_order) {
  LayoutOptions options;
  options.preset = "thunderbird";
  const Layout layout = csv::detect_layout({split("Ana,Petrović,,,ana@osce.org")}, options);
  BOOST_TEST(layout.preset == "thunderbird");
  BOOST_TEST(!layout.header_row.has_value());
  BOOST_TEST(layout.columns.at(4) == target(Field::email, 1));
}

BOOST_AUTO_TEST_CASE(forcing_inferred_reads_every_row_as_data) {
  LayoutOptions options;
  options.preset = "inferred";
  const Layout layout =
      csv::detect_layout({split("Name,Email"), split("Ana Petrović,ana@osce.org")}, options);
  BOOST_TEST(layout.preset == "inferred");
  BOOST_TEST(!layout.header_row.has_value());
  BOOST_TEST(layout.names.at(0) == "column 1");
}

BOOST_AUTO_TEST_CASE(forcing_mapped_maps_nothing_but_the_map) {
  LayoutOptions options;
  options.preset = "mapped";
  options.map = "Kontakt=email";
  const Layout layout =
      detect({"Name,Kontakt,Phone", "Ana,ana@osce.org,+381 11 123 4567"}, options);
  BOOST_TEST(layout.preset == "mapped");
  BOOST_TEST(layout.header_row.value_or(99) == 0u);
  BOOST_TEST(column(layout, "Name") == target(Field::none));
  BOOST_TEST(column(layout, "Kontakt") == target(Field::email, 1));
  BOOST_TEST(layout.unmapped() == (std::vector<std::string>{"Name", "Phone"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unknown_preset_is_refused_with_the_valid_ones) {
  LayoutOptions options;
  options.preset = "excel";
  const Error error = refusal([&] { detect({"Name,Email"}, options); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  const std::string message = error.what();
  BOOST_TEST(message.find("excel") != std::string::npos);
  BOOST_TEST(message.find("thunderbird") != std::string::npos);
  BOOST_TEST(message.find("wab") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(headerless)

BOOST_AUTO_TEST_CASE(thunderbird_column_order_by_its_fifth_column) {
  const Layout layout = csv::detect_layout(
      {split("1,1,1,1,1@host.invalid,,,,,,,,,,,,,,,,,,,,,"), {"2\t2\t2\t2\t2@host.invalid"}}, {});
  BOOST_TEST(layout.preset == "thunderbird");
  BOOST_TEST(!layout.header_row.has_value());
  BOOST_TEST(layout.columns.size() == 26u);
  BOOST_TEST(layout.names.at(4) == "column 5");
  BOOST_TEST(layout.columns.at(0) == target(Field::given_name));
  BOOST_TEST(layout.columns.at(2) == target(Field::full_name));
  BOOST_TEST(layout.columns.at(4) == target(Field::email, 1));
  BOOST_TEST(layout.columns.at(7) == target(Field::phone, 0, "work"));
}

BOOST_AUTO_TEST_CASE(older_thunderbird_order_when_the_seventh_column_holds_phones) {
  std::vector<std::string> row(37);
  row[0] = "Ana";
  row[1] = "Petrović";
  row[2] = "Ana Petrović";
  row[4] = "ana@osce.org";
  row[6] = "+381 11 123 4567";
  row[36] = "anapetrovic";
  const Layout layout = csv::detect_layout({row}, {});
  BOOST_TEST(layout.preset == "thunderbird");
  BOOST_TEST(layout.columns.at(6) == target(Field::phone, 0, "work"));
  BOOST_TEST(layout.columns.at(36) == target(Field::social_profile, 0, "aim"));
}

BOOST_AUTO_TEST_CASE(palm_desktop_by_its_shape) {
  const Layout layout = csv::detect_layout(
      {split("Shumway1,Gordon,President,Alf Ltd,408-555-1254,408-555-1255,408-555-1256,408-555-"
             "1257,Gordon!@usa.com,123 Anywhere Street,San Jose,CA,95128,USA,,,,,,0,Family"),
       split("Shumway2,Gordon,VP,Alf Ltd,405-555-1234,408-555-1235,408-555-1236,408-555-1237,"
             "Gordon2@usa.com,12345 Lost Street,San Jose,CA,95129,USA,,,,,,1,Family")},
      {});
  BOOST_TEST(layout.preset == "palm");
  BOOST_TEST(layout.columns.size() == 21u);
  BOOST_TEST(layout.columns.at(0) == target(Field::family_name));
  BOOST_TEST(layout.columns.at(1) == target(Field::given_name));
  BOOST_TEST(layout.columns.at(2) == target(Field::title));
  BOOST_TEST(layout.columns.at(6) == target(Field::phone, 0, "fax"));
  BOOST_TEST(layout.columns.at(8) == target(Field::email, 1));
  BOOST_TEST(layout.columns.at(13) == target(Field::country));
  BOOST_TEST(layout.columns.at(20) == target(Field::tags));
  BOOST_TEST(contains(layout.unmapped(), "column 20"));
}

BOOST_AUTO_TEST_CASE(inferred_full_name_from_the_two_columns_it_joins) {
  const Layout layout = csv::detect_layout(
      {split("John Doe,John,Doe,john@doe.invalid"), split("Jane Doe,Jane,Doe,jane@doe.invalid")},
      {});
  BOOST_TEST(layout.preset == "inferred");
  BOOST_TEST(layout.columns.at(0) == target(Field::full_name));
  BOOST_TEST(layout.columns.at(1) == target(Field::given_name));
  BOOST_TEST(layout.columns.at(2) == target(Field::family_name));
  BOOST_TEST(layout.columns.at(3) == target(Field::email, 1));
}

BOOST_AUTO_TEST_CASE(inferred_emails_phones_websites_and_one_text_column) {
  const Layout layout = csv::detect_layout(
      {split("Ana Petrović,ana@osce.org,a.petrovic@gmail.com,+381 11 123 4567,https://osce.org"),
       split("Arben Hoxha,arben@iom.int,,+355 4 222 3333,")},
      {});
  BOOST_TEST(layout.preset == "inferred");
  BOOST_TEST(layout.columns.at(0) == target(Field::full_name));
  BOOST_TEST(layout.columns.at(1) == target(Field::email, 1));
  BOOST_TEST(layout.columns.at(2) == target(Field::email, 2));
  BOOST_TEST(layout.columns.at(3) == target(Field::phone));
  BOOST_TEST(layout.columns.at(4) == target(Field::website));
}

BOOST_AUTO_TEST_CASE(a_short_list_with_the_email_fifth_is_not_thunderbird) {
  const Layout layout = csv::detect_layout({split("Ana,Petrović,OSCE,Adviser,ana@osce.org"),
                                            split("Arben,Hoxha,IOM,Officer,arben@iom.int")},
                                           {});
  BOOST_TEST(layout.preset == "inferred");
  BOOST_TEST(layout.columns.at(4) == target(Field::email, 1));
  BOOST_TEST(layout.columns.at(0) == target(Field::none));
  BOOST_TEST(layout.unmapped().size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(export_layouts)

BOOST_AUTO_TEST_CASE(each_export_header_reads_back_as_its_preset_with_the_same_targets) {
  for (std::string_view preset : {"native", "google", "outlook"}) {
    BOOST_TEST_CONTEXT(preset) {
      const auto columns = csv::export_columns(preset);
      BOOST_TEST(!columns.empty());
      std::vector<std::string> header;
      std::vector<ColumnTarget> targets;
      for (const auto& [name, target] : columns) {
        header.push_back(name);
        targets.push_back(target);
        BOOST_TEST(target.field != Field::none, name << " exports nothing");
      }
      const Layout layout = csv::detect_layout({header}, {});
      BOOST_TEST(layout.preset == preset);
      BOOST_TEST(layout.names == header, boost::test_tools::per_element());
      BOOST_TEST(layout.columns == targets, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(the_export_headers_are_the_ones_documented) {
  const auto google = csv::export_columns("google");
  BOOST_TEST(google.front().first == "First Name");
  BOOST_TEST(google.at(12).first == "E-mail 1 - Label");
  BOOST_TEST(google.back().first == "Website 1 - Value");
  const auto outlook = csv::export_columns("outlook");
  BOOST_TEST(outlook.front().first == "Title");
  BOOST_TEST(outlook.front().second == target(Field::prefix));
  BOOST_TEST(outlook.back().first == "Web Page");
  const auto native = csv::export_columns("native");
  BOOST_TEST(native.size() == 32u);
  BOOST_TEST(native.front().first == "external_id");
  BOOST_TEST(native.at(6).first == "full_name");
  BOOST_TEST(native.at(27).first == "identifier");
  BOOST_TEST(native.at(28).first == "home_phone");
  BOOST_TEST(native.at(29).first == "other_phone");
  BOOST_TEST(native.at(30).first == "social_profiles");
  BOOST_TEST(native.back().first == "details");
}

BOOST_AUTO_TEST_CASE(an_unknown_export_preset_is_refused) {
  const Error error = refusal([] { csv::export_columns("thunderbird"); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(std::string(error.what()).find("thunderbird") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(field_names_round_trip) {
  for (int i = 0; i <= static_cast<int>(Field::social_profile_label); ++i) {
    const Field field = static_cast<Field>(i);
    const std::string_view name = csv::field_name(field);
    BOOST_TEST(csv::field_from_name(name).value_or(Field::none) == field, name);
  }
  BOOST_TEST(!csv::field_from_name("emial").has_value());
  BOOST_TEST(csv::field_name(Field::given_name) == "given_name");
}

BOOST_AUTO_TEST_SUITE_END()

// ============================================================================
BOOST_AUTO_TEST_SUITE(corpus)

BOOST_AUTO_TEST_CASE(each_corpus_export_is_recognised_as_its_program) {
  if (!fs::exists(corpus_dir / "SOURCES.tsv")) {
    BOOST_TEST_MESSAGE(
        "skipped: csv_layout/corpus/each_corpus_export_is_recognised_as_its_program: no corpus "
        "at "
        << corpus_dir);
    BOOST_TEST(true);
    return;
  }
  const struct {
    const char* file;
    char delimiter;
    const char* preset;
    int header_row;      // -1: headerless
    const char* column;  // a column name, or "column N"
    ColumnTarget expected;
  } cases[] = {
      {"pear__Outlook.CSV", ',', "outlook", 0, "E-mail Address", target(Field::email, 1)},
      {"pear__WAB.csv", ',', "wab", 0, "Business Phone", target(Field::phone, 0, "work")},
      {"pear__Yahoo.csv", ',', "yahoo", 0, "Comments", target(Field::notes)},
      {"pear__Palm.csv", ',', "palm", -1, "column 9", target(Field::email, 1)},
      {"roundcube__all.csv", ',', "roundcube", 0, "Display Name", target(Field::full_name)},
      {"roundcube__email.csv", ',', "thunderbird", 0, "Primary Email", target(Field::email, 1)},
      {"roundcube__tb_plain.csv", ',', "thunderbird", 0, "Birth Year", target(Field::birth_year)},
      {"tb__export.csv", ',', "thunderbird", 0, "Screen Name",
       target(Field::social_profile, 0, "aim")},
      {"tb__basic_csv_addressbook.csv", ',', "thunderbird", 0, "Screen Name",
       target(Field::social_profile, 0, "aim")},
      {"tb__csv_semicolon.csv", ';', "thunderbird", 0, "Display Name", target(Field::full_name)},
      {"tb__export.txt", '\t', "thunderbird", 0, "Work Phone", target(Field::phone, 0, "work")},
      {"tb__csv_no_header.csv", ',', "inferred", -1, "column 1", target(Field::full_name)},
      {"tb__tab_comma_mixed.csv", ',', "thunderbird", -1, "column 5", target(Field::email, 1)},
      {"csv2vcard__valid_contacts.csv", ',', "synonyms", 0, "p_code", target(Field::postal_code)},
      {"csvkit__test_skip_lines.csv", ',', "synonyms", 3, "a", target(Field::none)},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.file) {
      const Layout layout = csv::detect_layout(read_corpus(corpus_dir / c.file, c.delimiter), {});
      BOOST_TEST(layout.preset == c.preset);
      BOOST_TEST(static_cast<int>(layout.header_row.value_or(std::size_t(-1))) == c.header_row);
      BOOST_TEST(column(layout, c.column) == c.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_name_of_the_zimbra_tables_is_in_the_presets) {
  // The Zimbra table the localized names came from: each outlook-2003-csv,
  // thunderbird-csv and windows-live-mail-csv column it lists is a name of
  // that preset, in some language (Zimbra's own pseudo columns aside).
  const fs::path file = corpus_dir / "REFERENCE__zimbra-contact-fields.xml";
  if (!fs::exists(file)) {
    BOOST_TEST_MESSAGE("skipped: csv_layout/corpus/every_name_of_the_zimbra_tables: no " << file);
    BOOST_TEST(true);
    return;
  }
  auto key = [](std::string_view name) {
    std::string folded = liaison::text::fold(name);
    folded.erase(std::remove(folded.begin(), folded.end(), ' '), folded.end());
    return folded;
  };
  std::map<std::string, std::vector<std::string>> known;  // format -> keys
  auto add = [&](const std::string& format, const csv::detail::Preset& preset) {
    std::vector<std::string>& keys = known[format];
    for (const auto& column : preset.columns) keys.push_back(key(column.name));
    for (const auto& column : preset.aliases) keys.push_back(key(column.name));
    for (const auto& locale : preset.locales) {
      for (std::string_view name : locale.names) keys.push_back(key(name));
    }
  };
  add("outlook-2003-csv", csv::detail::outlook_preset());
  add("thunderbird-csv", csv::detail::thunderbird_preset());
  add("windows-live-mail-csv", csv::detail::wab_preset());

  auto attribute = [](const std::string& line, std::string_view name) {
    const std::string marker = std::string(name) + "=\"";
    const std::size_t at = line.find(marker);
    if (at == std::string::npos) return std::string();
    const std::size_t start = at + marker.size();
    return line.substr(start, line.find('"', start) - start);
  };
  std::ifstream in(file);
  std::string line;
  std::string format;
  std::size_t checked = 0;
  while (std::getline(in, line)) {
    if (line.find("<format ") != std::string::npos) {
      format = attribute(line, "name");
      continue;
    }
    if (line.find("<column ") == std::string::npos || !known.count(format)) continue;
    const std::string type = attribute(line, "type");
    const std::string field = attribute(line, "field");
    if (type == "name") continue;  // "Name" split into name parts: Zimbra's, not Outlook's
    if (format == "outlook-2003-csv" && type != "multivalue" &&
        (field == "workStreet" || field == "homeStreet")) {
      continue;  // Zimbra's whole-address pseudo columns
    }
    const std::string names = attribute(line, "name");
    std::vector<std::string> parts;
    if (type == "multivalue") {
      // Split at the commas that separate names, not at "Werkadres, straat".
      std::size_t start = 0;
      for (std::size_t i = 0; i <= names.size(); ++i) {
        if (i == names.size() || (names[i] == ',' && i + 1 < names.size() && names[i + 1] != ' ')) {
          parts.push_back(names.substr(start, i - start));
          start = i + 1;
        }
      }
    } else {
      parts.push_back(names);
    }
    for (const std::string& name : parts) {
      const std::vector<std::string>& keys = known[format];
      BOOST_TEST((std::find(keys.begin(), keys.end(), key(name)) != keys.end()),
                 format << ": " << name);
      ++checked;
    }
  }
  BOOST_TEST(checked > 2000u);
}

BOOST_AUTO_TEST_SUITE_END()
