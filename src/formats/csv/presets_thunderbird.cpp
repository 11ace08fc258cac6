// Mozilla Thunderbird's address book export ("Comma Separated" / "Tab
// Separated"), in English and localized: Thunderbird writes the header in
// the language of its user interface, from the strings 2100-2136 of
// importMsgs.properties.
//
// The localized names are those of the thunderbird-csv tables in Zimbra's
// zimbra-contact-fields.xml, and for Serbian, Croatian, Bosnian, Albanian
// and Macedonian those of thunderbird-l10n (mail/chrome/messenger/
// importMsgs.properties). Serbian writes "Надимак" for both Nickname and
// Screen Name, and "Град" and "Држава" for both addresses; Macedonian has
// no Screen Name string: the English name of that column reads it.
#include "formats/csv/presets.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {
namespace {

constexpr unsigned work = 1;
constexpr unsigned home = 2;

// Thunderbird's current order; older exports wrote "Screen Name" last, and
// the oldest none at all.
constexpr Column columns[] = {
    {"First Name", {Field::given_name}},
    {"Last Name", {Field::family_name}},
    {"Display Name", {Field::full_name}},
    {"Nickname", {Field::nickname}},
    {"Primary Email", {Field::email, 1}},
    {"Secondary Email", {Field::email, 2}},
    {"Screen Name", {Field::social_profile, 0, "aim"}},
    {"Work Phone", {Field::phone, 0, "work"}},
    {"Home Phone", {Field::phone, 0, "home"}},
    {"Fax Number", {Field::phone, 0, "fax"}},
    {"Pager Number", {Field::phone, 0, "pager"}},
    {"Mobile Number", {Field::phone, 0, "mobile"}},
    {"Home Address", {Field::street, home, "home"}},
    {"Home Address 2", {Field::street_extra, home, "home"}},
    {"Home City", {Field::locality, home, "home"}},
    {"Home State", {Field::region, home, "home"}},
    {"Home ZipCode", {Field::postal_code, home, "home"}},
    {"Home Country", {Field::country, home, "home"}},
    {"Work Address", {Field::street, work, "work"}},
    {"Work Address 2", {Field::street_extra, work, "work"}},
    {"Work City", {Field::locality, work, "work"}},
    {"Work State", {Field::region, work, "work"}},
    {"Work ZipCode", {Field::postal_code, work, "work"}},
    {"Work Country", {Field::country, work, "work"}},
    {"Job Title", {Field::title}},
    {"Department", {Field::department}},
    {"Organization", {Field::organization}},
    {"Web Page 1", {Field::website, 0, "work"}},
    {"Web Page 2", {Field::website, 0, "home"}},
    {"Birth Year", {Field::birth_year}},
    {"Birth Month", {Field::birth_month}},
    {"Birth Day", {Field::birth_day}},
    {"Custom 1", {}},
    {"Custom 2", {}},
    {"Custom 3", {}},
    {"Custom 4", {}},
    {"Notes", {Field::notes}},
};

using ThunderbirdNames = std::array<std::string_view, std::size(columns)>;

constexpr ThunderbirdNames thunderbird_da = {
    "Fornavn",            // First Name
    "Efternavn",          // Last Name
    "Vis navn",           // Display Name
    "Alias",              // Nickname
    "Primær mail",        // Primary Email
    "Sekundær mail",      // Secondary Email
    "Skærmnavn",          // Screen Name
    "Arbejdstelefon",     // Work Phone
    "Hjemmetelefon",      // Home Phone
    "Faxnummer",          // Fax Number
    "Personsøgernummer",  // Pager Number
    "Mobilnummer",        // Mobile Number
    "Hjemmeadresse",      // Home Address
    "Hjemmeadresse 2",    // Home Address 2
    "Hjemmeby",           // Home City
    "Hjemmestat",         // Home State
    "Hjemmepostnummer",   // Home ZipCode
    "Hjemmeland",         // Home Country
    "Arbejdsadresse",     // Work Address
    "Arbejdsadresse 2",   // Work Address 2
    "Arbejdsby",          // Work City
    "Arbejdsstat",        // Work State
    "Arbejdspostnummer",  // Work ZipCode
    "Arbejdsland",        // Work Country
    "Job titel",          // Job Title
    "Afdeling",           // Department
    "Organisation",       // Organization
    "Hjemmeside 1",       // Web Page 1
    "Hjemmeside 2",       // Web Page 2
    "Fødselsår",          // Birth Year
    "Fødselsmåned",       // Birth Month
    "Fødselsdag",         // Birth Day
    "Brugerdef. 1",       // Custom 1
    "Brugerdef. 2",       // Custom 2
    "Brugerdef. 3",       // Custom 3
    "Brugerdef. 4",       // Custom 4
    "Notater",            // Notes
};

constexpr ThunderbirdNames thunderbird_de = {
    "Vorname",                   // First Name
    "Nachname",                  // Last Name
    "Anzeigename",               // Display Name
    "Spitzname",                 // Nickname
    "Primäre E-Mail-Adresse",    // Primary Email
    "Sekundäre E-Mail-Adresse",  // Secondary Email
    "Messenger-Name",            // Screen Name
    "Tel. dienstlich",           // Work Phone
    "Tel. privat",               // Home Phone
    "Fax-Nummer",                // Fax Number
    "Pager-Nummer",              // Pager Number
    "Mobil-Tel.-Nr.",            // Mobile Number
    "Privat: Adresse",           // Home Address
    "Privat: Adresse 2",         // Home Address 2
    "Privat: Ort",               // Home City
    "Privat: Bundesland",        // Home State
    "Privat: PLZ",               // Home ZipCode
    "Privat: Land",              // Home Country
    "Dienstlich: Adresse",       // Work Address
    "Dienstlich: Adresse 2",     // Work Address 2
    "Dienstlich: Ort",           // Work City
    "Dienstlich: Bundesland",    // Work State
    "Dienstlich: PLZ",           // Work ZipCode
    "Dienstlich: Land",          // Work Country
    "Arbeitstitel",              // Job Title
    "Abteilung",                 // Department
    "Organisation",              // Organization
    "Webseite 1",                // Web Page 1
    "Webseite 2",                // Web Page 2
    "Geburtsjahr",               // Birth Year
    "Geburtsmonat",              // Birth Month
    "Geburtstag",                // Birth Day
    "Benutzerdef. 1",            // Custom 1
    "Benutzerdef. 2",            // Custom 2
    "Benutzerdef. 3",            // Custom 3
    "Benutzerdef. 4",            // Custom 4
    "Notizen",                   // Notes
};

constexpr ThunderbirdNames thunderbird_en_gb = {
    "First Name",       // First Name
    "Last Name",        // Last Name
    "Display Name",     // Display Name
    "Nickname",         // Nickname
    "Primary Email",    // Primary Email
    "Secondary Email",  // Secondary Email
    "Screen Name",      // Screen Name
    "Work Phone",       // Work Phone
    "Home Phone",       // Home Phone
    "Fax Number",       // Fax Number
    "Pager Number",     // Pager Number
    "Mobile Number",    // Mobile Number
    "Home Address",     // Home Address
    "Home Address 2",   // Home Address 2
    "Home City",        // Home City
    "Home County",      // Home State
    "Home Post Code",   // Home ZipCode
    "Home Country",     // Home Country
    "Work Address",     // Work Address
    "Work Address 2",   // Work Address 2
    "Work City",        // Work City
    "Work County",      // Work State
    "Work Post Code",   // Work ZipCode
    "Work Country",     // Work Country
    "Job Title",        // Job Title
    "Department",       // Department
    "Organisation",     // Organization
    "Web Page 1",       // Web Page 1
    "Web Page 2",       // Web Page 2
    "Birth Year",       // Birth Year
    "Birth Month",      // Birth Month
    "Birth Day",        // Birth Day
    "Custom 1",         // Custom 1
    "Custom 2",         // Custom 2
    "Custom 3",         // Custom 3
    "Custom 4",         // Custom 4
    "Notes",            // Notes
};

constexpr ThunderbirdNames thunderbird_es = {
    "Nombre",                                      // First Name
    "Apellidos",                                   // Last Name
    "Nombre mostrado",                             // Display Name
    "Apodo",                                       // Nickname
    "Dirección de correo electrónico principal",   // Primary Email
    "Dirección de correo electrónico secundaria",  // Secondary Email
    "Nombre en pantalla",                          // Screen Name
    "Teléfono (Trabajo)",                          // Work Phone
    "Teléfono particular",                         // Home Phone
    "Fax",                                         // Fax Number
    "Buscapersonas",                               // Pager Number
    "Teléfono móvil",                              // Mobile Number
    "Dirección personal",                          // Home Address
    "Dirección personal 2",                        // Home Address 2
    "Ciudad donde vive",                           // Home City
    "Provincia",                                   // Home State
    "Código postal",                               // Home ZipCode
    "País de residencia",                          // Home Country
    "Dirección de trabajo",                        // Work Address
    "Dirección de trabajo 2",                      // Work Address 2
    "Ciudad (Trabajo)",                            // Work City
    "Provincia (Trabajo)",                         // Work State
    "Código postal (Trabajo)",                     // Work ZipCode
    "País (Trabajo)",                              // Work Country
    "Puesto",                                      // Job Title
    "Departamento",                                // Department
    "Organización",                                // Organization
    "Página web 1",                                // Web Page 1
    "Página web 2",                                // Web Page 2
    "Año de nacimiento",                           // Birth Year
    "Mes de nacimiento",                           // Birth Month
    "Día de nacimiento",                           // Birth Day
    "Personalizado 1",                             // Custom 1
    "Personalizado 2",                             // Custom 2
    "Personalizado 3",                             // Custom 3
    "Personalizado 4",                             // Custom 4
    "Notas",                                       // Notes
};

constexpr ThunderbirdNames thunderbird_fr = {
    "Prénom",                           // First Name
    "Nom de famille",                   // Last Name
    "Nom à afficher",                   // Display Name
    "Surnom",                           // Nickname
    "Adresse électronique principale",  // Primary Email
    "Adresse électronique secondaire",  // Secondary Email
    "Nom de l'écran",                   // Screen Name
    "Tél. professionnel",               // Work Phone
    "Tél. personnel",                   // Home Phone
    "Fax",                              // Fax Number
    "Pager",                            // Pager Number
    "Portable",                         // Mobile Number
    "Adresse privée",                   // Home Address
    "Adresse privée 2",                 // Home Address 2
    "Ville",                            // Home City
    "Pays/État",                        // Home State
    "Code postal",                      // Home ZipCode
    "Région",                           // Home Country
    "Adresse professionnelle",          // Work Address
    "Adresse professionnelle 2",        // Work Address 2
    "Ville",                            // Work City
    "Pays/État",                        // Work State
    "Code postal",                      // Work ZipCode
    "Région",                           // Work Country
    "Profession",                       // Job Title
    "Service",                          // Department
    "Société",                          // Organization
    "Site Web 1",                       // Web Page 1
    "Site Web 2",                       // Web Page 2
    "Année de naissance",               // Birth Year
    "Mois",                             // Birth Month
    "Jour",                             // Birth Day
    "Divers 1",                         // Custom 1
    "Divers 2",                         // Custom 2
    "Divers 3",                         // Custom 3
    "Divers 4",                         // Custom 4
    "Notes",                            // Notes
};

constexpr ThunderbirdNames thunderbird_hi = {
    "पहला नाम",        // First Name
    "अंतिम नाम",        // Last Name
    "प्रदर्शन नाम",      // Display Name
    "उपनाम",           // Nickname
    "प्राथमिक मेल",      // Primary Email
    "द्वितीयक मेल",      // Secondary Email
    "Screen Name",     // Screen Name
    "फोन कार्यालय",     // Work Phone
    "फोन आवास",        // Home Phone
    "फैक्स",             // Fax Number
    "पेजर संख्या",        // Pager Number
    "मोबाइल नंबर",      // Mobile Number
    "पता आवास",        // Home Address
    "पता आवास 2",      // Home Address 2
    "गृह नगर",          // Home City
    "गृह राज्य",         // Home State
    "गृह जिपकोड",       // Home ZipCode
    "गृह देश",           // Home Country
    "पता कार्यालय",     // Work Address
    "पता कार्यालय 2",   // Work Address 2
    "कार्यालय शहर",     // Work City
    "कार्यालय राज्य",    // Work State
    "कार्यालय जिपकोड",  // Work ZipCode
    "कार्यालय देश",      // Work Country
    "पदनाम",           // Job Title
    "विभाग",           // Department
    "संगठन",            // Organization
    "वेबपेज 1",          // Web Page 1
    "वेबपेज 2",          // Web Page 2
    "जन्म साल",         // Birth Year
    "जन्म माह",         // Birth Month
    "जन्म दिन",         // Birth Day
    "मनपसंद 1",         // Custom 1
    "मनपसंद 2",         // Custom 2
    "मनपसंद 3",         // Custom 3
    "मनपसंद 4",         // Custom 4
    "टिप्पणी",          // Notes
};

constexpr ThunderbirdNames thunderbird_it = {
    "Nome",                    // First Name
    "Cognome",                 // Last Name
    "Nome visualizzato",       // Display Name
    "Soprannome",              // Nickname
    "E-mail primaria",         // Primary Email
    "E-mail secondaria",       // Secondary Email
    "Nome Instant Messenger",  // Screen Name
    "Telefono ufficio",        // Work Phone
    "Telefono casa",           // Home Phone
    "Numero fax",              // Fax Number
    "Numero cercapersone",     // Pager Number
    "Numero cellulare",        // Mobile Number
    "Indirizzo di casa",       // Home Address
    "Indirizzo di casa 2",     // Home Address 2
    "Città di residenza",      // Home City
    "Provincia di residenza",  // Home State
    "CAP di residenza",        // Home ZipCode
    "Nazione di residenza",    // Home Country
    "Indirizzo di lavoro",     // Work Address
    "Indirizzo di lavoro 2",   // Work Address 2
    "Città di lavoro",         // Work City
    "Provincia di lavoro",     // Work State
    "CAP di lavoro",           // Work ZipCode
    "Nazione di lavoro",       // Work Country
    "Qualifica",               // Job Title
    "Reparto",                 // Department
    "Organizzazione",          // Organization
    "Pagina web 1",            // Web Page 1
    "Pagina web 2",            // Web Page 2
    "Anno di nascita",         // Birth Year
    "Mese di nascita",         // Birth Month
    "Giorno di nascita",       // Birth Day
    "Personalizzato 1",        // Custom 1
    "Personalizzato 2",        // Custom 2
    "Personalizzato 3",        // Custom 3
    "Personalizzato 4",        // Custom 4
    "Note",                    // Notes
};

constexpr ThunderbirdNames thunderbird_ja = {
    "名",                  // First Name
    "姓",                  // Last Name
    "表示名",              // Display Name
    "ニックネーム",        // Nickname
    "メールアドレス",      // Primary Email
    "別のメールアドレス",  // Secondary Email
    "スクリーンネーム",    // Screen Name
    "勤務先の電話番号",    // Work Phone
    "自宅の電話番号",      // Home Phone
    "FAX 番号",            // Fax Number
    "ポケットベル番号",    // Pager Number
    "携帯電話番号",        // Mobile Number
    "番地 (自宅)",         // Home Address
    "番地 (自宅) 2",       // Home Address 2
    "市区町村 (自宅)",     // Home City
    "",                    // Home State (Zimbra repeats the postal code's name here)
    "郵便番号 (自宅)",     // Home ZipCode
    "国 (自宅)",           // Home Country
    "番地 (勤務先)",       // Work Address
    "番地 (勤務先) 2",     // Work Address 2
    "市区町村 (勤務先)",   // Work City
    "都道府県 (勤務先)",   // Work State
    "郵便番号 (勤務先)",   // Work ZipCode
    "国 (勤務先)",         // Work Country
    "役職",                // Job Title
    "部門",                // Department
    "組織",                // Organization
    "Web ページ 1",        // Web Page 1
    "Web ページ 2",        // Web Page 2
    "誕生年",              // Birth Year
    "誕生月",              // Birth Month
    "誕生日",              // Birth Day
    "追加情報 1",          // Custom 1
    "追加情報 2",          // Custom 2
    "追加情報 3",          // Custom 3
    "追加情報 4",          // Custom 4
    "メモ",                // Notes
};

constexpr ThunderbirdNames thunderbird_ko = {
    "이름",           // First Name
    "성",             // Last Name
    "표시명",         // Display Name
    "애칭",           // Nickname
    "기본 메일",      // Primary Email
    "추가 메일",      // Secondary Email
    "Screen 아이디",  // Screen Name
    "직장 전화",      // Work Phone
    "자택 전화",      // Home Phone
    "팩스",           // Fax Number
    "호출기",         // Pager Number
    "휴대폰",         // Mobile Number
    "자택 주소1",     // Home Address
    "자택 주소2",     // Home Address 2
    "구/군",          // Home City
    "시/도",          // Home State
    "우편번호",       // Home ZipCode
    "국가",           // Home Country
    "직장 주소1",     // Work Address
    "직장 주소2",     // Work Address 2
    "구/군",          // Work City
    "시/도",          // Work State
    "우편번호",       // Work ZipCode
    "국가",           // Work Country
    "직위",           // Job Title
    "부서",           // Department
    "회사명",         // Organization
    "웹 페이지1",     // Web Page 1
    "웹 페이지2",     // Web Page 2
    "태어난 해",      // Birth Year
    "태어난 달",      // Birth Month
    "생일",           // Birth Day
    "사용자 정의1",   // Custom 1
    "사용자 정의2",   // Custom 2
    "사용자 정의3",   // Custom 3
    "사용자 정의4",   // Custom 4
    "메모",           // Notes
};

constexpr ThunderbirdNames thunderbird_nl = {
    "Voornaam",        // First Name
    "Achternaam",      // Last Name
    "Weergavenaam",    // Display Name
    "Bijnaam",         // Nickname
    "Eerste e-mail",   // Primary Email
    "Tweede e-mail",   // Secondary Email
    "Schermnaam",      // Screen Name
    "Telefoon werk",   // Work Phone
    "Telefoon thuis",  // Home Phone
    "Faxnummer",       // Fax Number
    "Piepernummer",    // Pager Number
    "Mobiel nummer",   // Mobile Number
    "Adres",           // Home Address
    "Adres 2",         // Home Address 2
    "Woonplaats",      // Home City
    "Provincie",       // Home State
    "Postcode",        // Home ZipCode
    "Land",            // Home Country
    "Werkadres",       // Work Address
    "Werkadres 2",     // Work Address 2
    "Werklocatie",     // Work City
    "Werkprovincie",   // Work State
    "Werkpostcode",    // Work ZipCode
    "Werkland",        // Work Country
    "Werkfunctie",     // Job Title
    "Afdeling",        // Department
    "Organisatie",     // Organization
    "Webpagina 1",     // Web Page 1
    "Webpagina 2",     // Web Page 2
    "Geboortejaar",    // Birth Year
    "Geboortemaand",   // Birth Month
    "Geboortedag",     // Birth Day
    "Overig 1",        // Custom 1
    "Overig 2",        // Custom 2
    "Overig 3",        // Custom 3
    "Overig 4",        // Custom 4
    "Aantekeningen",   // Notes
};

constexpr ThunderbirdNames thunderbird_pl = {
    "Imię",                        // First Name
    "Nazwisko",                    // Last Name
    "Wyświetlana nazwa",           // Display Name
    "Pseudonim",                   // Nickname
    "Podstawowy e-mail",           // Primary Email
    "Dodatkowy e-mail",            // Secondary Email
    "Komunikator AIM",             // Screen Name
    "Telefonu służbowy",           // Work Phone
    "Telefon domowy",              // Home Phone
    "Numer faksu",                 // Fax Number
    "Pager",                       // Pager Number
    "Numer telefonu komórkowego",  // Mobile Number
    "Adres domowy",                // Home Address
    "Adres domowy 2",              // Home Address 2
    "Miasto (dom)",                // Home City
    "Województwo (dom)",           // Home State
    "Kod pocztowy (dom)",          // Home ZipCode
    "Państwo (dom)",               // Home Country
    "Adres służbowy",              // Work Address
    "Adres służbowy 2",            // Work Address 2
    "Miasto (praca)",              // Work City
    "Województwo (praca)",         // Work State
    "Kod pocztowy (praca)",        // Work ZipCode
    "Państwo (praca)",             // Work Country
    "Stanowisko",                  // Job Title
    "Departament",                 // Department
    "Firma/Organizacja",           // Organization
    "Strona WWW 1",                // Web Page 1
    "Strona WWW 2",                // Web Page 2
    "Urodziny - Rok",              // Birth Year
    "Urodziny - Miesiąc",          // Birth Month
    "Urodziny - Dzień",            // Birth Day
    "Informacja 1",                // Custom 1
    "Informacja 2",                // Custom 2
    "Informacja 3",                // Custom 3
    "Informacja 4",                // Custom 4
    "Notatki",                     // Notes
};

constexpr ThunderbirdNames thunderbird_pt_br = {
    "Primeiro nome",           // First Name
    "Sobrenome",               // Last Name
    "Apresentar como",         // Display Name
    "Apelido",                 // Nickname
    "Email primário",          // Primary Email
    "Email secundário",        // Secondary Email
    "Nome de tela",            // Screen Name
    "Telefone comercial",      // Work Phone
    "Telefone residencial",    // Home Phone
    "Número do fax",           // Fax Number
    "Número do pager",         // Pager Number
    "Número celular",          // Mobile Number
    "Endereço",                // Home Address
    "Endereço 2",              // Home Address 2
    "Cidade",                  // Home City
    "Estado",                  // Home State
    "CEP",                     // Home ZipCode
    "País",                    // Home Country
    "Endereço de trabalho",    // Work Address
    "Endereço de trabalho 2",  // Work Address 2
    "Cidade de trabalho",      // Work City
    "Estado de trabalho",      // Work State
    "CEP de trabalho",         // Work ZipCode
    "País de trabalho",        // Work Country
    "Cargo",                   // Job Title
    "Setor",                   // Department
    "Empresa",                 // Organization
    "Página da web 1",         // Web Page 1
    "Página da web 2",         // Web Page 2
    "Ano de nascimento",       // Birth Year
    "Mês de nascimento",       // Birth Month
    "Nascimento",              // Birth Day
    "Personalizado 1",         // Custom 1
    "Personalizado 2",         // Custom 2
    "Personalizado 3",         // Custom 3
    "Personalizado 4",         // Custom 4
    "Observações",             // Notes
};

constexpr ThunderbirdNames thunderbird_ru = {
    "Имя",                                     // First Name
    "Фамилия",                                 // Last Name
    "Отображаемое имя",                        // Display Name
    "Псевдоним",                               // Nickname
    "Адрес электронной почты",                 // Primary Email
    "Альтернативный адрес электронной почты",  // Secondary Email
    "Интернет-пейджер",                        // Screen Name
    "Рабочий телефон",                         // Work Phone
    "Домашний телефон",                        // Home Phone
    "Номер факса",                             // Fax Number
    "Номер пейджера",                          // Pager Number
    "Номер сотового телефона",                 // Mobile Number
    "Адрес",                                   // Home Address
    "Адрес 2",                                 // Home Address 2
    "Город",                                   // Home City
    "Штат",                                    // Home State
    "Почтовый индекс",                         // Home ZipCode
    "Страна",                                  // Home Country
    "Адрес (раб.)",                            // Work Address
    "Адрес 2 (раб.)",                          // Work Address 2
    "Город (раб.)",                            // Work City
    "Штат (раб.)",                             // Work State
    "Почтовый индекс (раб.)",                  // Work ZipCode
    "Страна (раб.)",                           // Work Country
    "Должность",                               // Job Title
    "Отдел",                                   // Department
    "Организация",                             // Organization
    "Веб-страница 1",                          // Web Page 1
    "Веб-страница 2",                          // Web Page 2
    "Год рождения",                            // Birth Year
    "Месяц рождения",                          // Birth Month
    "День рождения",                           // Birth Day
    "Прочее 1",                                // Custom 1
    "Прочее 2",                                // Custom 2
    "Прочее 3",                                // Custom 3
    "Прочее 4",                                // Custom 4
    "Заметки",                                 // Notes
};

constexpr ThunderbirdNames thunderbird_sv = {
    "Förnamn",                // First Name
    "Efternamn",              // Last Name
    "Kortnamn",               // Display Name
    "Smeknamn",               // Nickname
    "E-postadress",           // Primary Email
    "Annan e-post",           // Secondary Email
    "Skärmnamn",              // Screen Name
    "Telefon arbete",         // Work Phone
    "Telefon hem",            // Home Phone
    "Faxnummer",              // Fax Number
    "Personsökare",           // Pager Number
    "Mobiltelefon",           // Mobile Number
    "Hemadress (rad 1)",      // Home Address
    "Hemadress (rad 2)",      // Home Address 2
    "Hemort",                 // Home City
    "(Delstat)",              // Home State
    "Postnummer",             // Home ZipCode
    "Land",                   // Home Country
    "Adress arbete (rad 1)",  // Work Address
    "Adress arbete (rad 2)",  // Work Address 2
    "Ort arbete",             // Work City
    "(Delstat) arbete",       // Work State
    "Postnummer arbete",      // Work ZipCode
    "Land arbete",            // Work Country
    "Titel",                  // Job Title
    "Avdelning",              // Department
    "Företag",                // Organization
    "Hemsida 1",              // Web Page 1
    "Hemsida 2",              // Web Page 2
    "Födelseår",              // Birth Year
    "Födelsemånad",           // Birth Month
    "Födelsedatum",           // Birth Day
    "Annan uppgift 1",        // Custom 1
    "Annan uppgift 2",        // Custom 2
    "Annan uppgift 3",        // Custom 3
    "Annan uppgift 4",        // Custom 4
    "Anteckningar",           // Notes
};

constexpr ThunderbirdNames thunderbird_zh_cn = {
    "名字",              // First Name
    "姓氏",              // Last Name
    "显示名称",          // Display Name
    "呢称",              // Nickname
    "主要电子邮件",      // Primary Email
    "备用电子邮件",      // Secondary Email
    "显示名",            // Screen Name
    "工作电话",          // Work Phone
    "家庭电话",          // Home Phone
    "传真号码",          // Fax Number
    "寻呼机号码",        // Pager Number
    "移动电话号码",      // Mobile Number
    "家庭地址",          // Home Address
    "家庭地址 2",        // Home Address 2
    "城市",              // Home City
    "省/自治区/直辖市",  // Home State
    "邮政编码",          // Home ZipCode
    "国家",              // Home Country
    "工作地址",          // Work Address
    "工作地址 2",        // Work Address 2
    "城市",              // Work City
    "省/自治区/直辖市",  // Work State
    "邮政编码",          // Work ZipCode
    "国家",              // Work Country
    "职务",              // Job Title
    "部门",              // Department
    "组织",              // Organization
    "网页 1",            // Web Page 1
    "网页 2",            // Web Page 2
    "出生年份",          // Birth Year
    "出生月份",          // Birth Month
    "出生日",            // Birth Day
    "定制 1",            // Custom 1
    "定制 2",            // Custom 2
    "定制 3",            // Custom 3
    "定制 4",            // Custom 4
    "注释",              // Notes
};

constexpr ThunderbirdNames thunderbird_zh_hk = {
    "名",            // First Name
    "姓",            // Last Name
    "顯示名稱",      // Display Name
    "暱稱",          // Nickname
    "主要 Email",    // Primary Email
    "次要 Email",    // Secondary Email
    "網路代號",      // Screen Name
    "商務電話",      // Work Phone
    "住家電話",      // Home Phone
    "傳真號碼",      // Fax Number
    "呼叫器號碼",    // Pager Number
    "手機號碼",      // Mobile Number
    "住家住址",      // Home Address
    "住家住址 2",    // Home Address 2
    "居住縣市",      // Home City
    "居住市鎮",      // Home State
    "住址郵遞區號",  // Home ZipCode
    "居住國家",      // Home Country
    "商務地址",      // Work Address
    "商務地址 2",    // Work Address 2
    "商務縣市",      // Work City
    "商務省市",      // Work State
    "商務郵遞區號",  // Work ZipCode
    "商務國家",      // Work Country
    "職稱",          // Job Title
    "部門",          // Department
    "公司",          // Organization
    "網頁 1",        // Web Page 1
    "網頁 2",        // Web Page 2
    "生日 (年)",     // Birth Year
    "生日 (月)",     // Birth Month
    "生日 (日)",     // Birth Day
    "自訂 1",        // Custom 1
    "自訂 2",        // Custom 2
    "自訂 3",        // Custom 3
    "自訂 4",        // Custom 4
    "註解",          // Notes
};

constexpr ThunderbirdNames thunderbird_sr = {
    "Име",                // First Name
    "Презиме",            // Last Name
    "Име за приказ",      // Display Name
    "Надимак",            // Nickname
    "Примарни мејл",      // Primary Email
    "Секундарни мејл",    // Secondary Email
    "Надимак",            // Screen Name
    "Пословни телефон",   // Work Phone
    "Кућни телефон",      // Home Phone
    "Број факса",         // Fax Number
    "Број пејџера",       // Pager Number
    "Број мобилног",      // Mobile Number
    "Кућна адреса",       // Home Address
    "Кућна адреса 2",     // Home Address 2
    "Град",               // Home City
    "Област",             // Home State
    "Поштански број",     // Home ZipCode
    "Држава",             // Home Country
    "Пословна адреса",    // Work Address
    "Пословна адреса 2",  // Work Address 2
    "Град",               // Work City
    "Регија",             // Work State
    "ZipCode",            // Work ZipCode
    "Држава",             // Work Country
    "Титула на послу",    // Job Title
    "Одељење",            // Department
    "Организација",       // Organization
    "Веб страница 1",     // Web Page 1
    "Веб страница 2",     // Web Page 2
    "Година рођења",      // Birth Year
    "Месец рођења",       // Birth Month
    "Дан рођења",         // Birth Day
    "Произвољно 1",       // Custom 1
    "Произвољно 2",       // Custom 2
    "Произвољно 3",       // Custom 3
    "Произвољно 4",       // Custom 4
    "Белешке",            // Notes
};

constexpr ThunderbirdNames thunderbird_hr = {
    "Ime",                     // First Name
    "Prezime",                 // Last Name
    "Ime za prikaz",           // Display Name
    "Nadimak",                 // Nickname
    "Glavna adresa e-pošte",   // Primary Email
    "Dodatna adresa e-pošte",  // Secondary Email
    "Ime na ekranu",           // Screen Name
    "Telefon (posao)",         // Work Phone
    "Telefon (kuća)",          // Home Phone
    "Faks",                    // Fax Number
    "Pager",                   // Pager Number
    "Mobitel",                 // Mobile Number
    "Adresa (kuća)",           // Home Address
    "Adresa 2 (kuća)",         // Home Address 2
    "Grad (kuća)",             // Home City
    "Županija (kuća)",         // Home State
    "Poštanski broj (kuća)",   // Home ZipCode
    "Država (kuća)",           // Home Country
    "Adresa (posao)",          // Work Address
    "Adresa 2 (posao)",        // Work Address 2
    "Grad (posao)",            // Work City
    "Županija (posao)",        // Work State
    "Poštanski broj (posao)",  // Work ZipCode
    "Država (posao)",          // Work Country
    "Poslovna titula",         // Job Title
    "Odjel",                   // Department
    "Organizacija",            // Organization
    "Web stranica 1",          // Web Page 1
    "Web stranica 2",          // Web Page 2
    "Godina rođenja",          // Birth Year
    "Mjesec rođenja",          // Birth Month
    "Dan rođenja",             // Birth Day
    "Korisničko polje 1",      // Custom 1
    "Korisničko polje 2",      // Custom 2
    "Korisničko polje 3",      // Custom 3
    "Korisničko polje 4",      // Custom 4
    "Bilješke",                // Notes
};

constexpr ThunderbirdNames thunderbird_bs = {
    "Ime",                     // First Name
    "Prezime",                 // Last Name
    "Ime za prikaz",           // Display Name
    "Nadimak",                 // Nickname
    "Glavna adresa e-pošte",   // Primary Email
    "Dodatna adresa e-pošte",  // Secondary Email
    "Ime na ekranu",           // Screen Name
    "Telefon (posao)",         // Work Phone
    "Telefon (kuća)",          // Home Phone
    "Faks broj",               // Fax Number
    "Broj pejdžera",           // Pager Number
    "Broj mobilnog",           // Mobile Number
    "Adresa (kuća)",           // Home Address
    "Adresa 2 (kuća)",         // Home Address 2
    "Grad",                    // Home City
    "Oblast",                  // Home State
    "Poštanski broj",          // Home ZipCode
    "Država",                  // Home Country
    "Adresa (posao)",          // Work Address
    "Adresa 2 (posao)",        // Work Address 2
    "Grad (posao)",            // Work City
    "Oblast",                  // Work State
    "Poštanski broj",          // Work ZipCode
    "Država",                  // Work Country
    "Poslovna titula",         // Job Title
    "Odjel",                   // Department
    "Organizacija",            // Organization
    "Web stranica 1",          // Web Page 1
    "Web stranica 2",          // Web Page 2
    "Godina rođenja",          // Birth Year
    "Mjesec rođenja",          // Birth Month
    "Dan rođenja",             // Birth Day
    "Proizvoljno 1",           // Custom 1
    "Proizvoljno 2",           // Custom 2
    "Proizvoljno 3",           // Custom 3
    "Proizvoljno 4",           // Custom 4
    "Bilješke",                // Notes
};

constexpr ThunderbirdNames thunderbird_sq = {
    "Emër",                   // First Name
    "Mbiemër",                // Last Name
    "Emër i Shfaqur",         // Display Name
    "Nofkë",                  // Nickname
    "Email Parësor",          // Primary Email
    "Email Dytësor",          // Secondary Email
    "Emër në Ekran",          // Screen Name
    "Telefon Pune",           // Work Phone
    "Telefon Shtëpie",        // Home Phone
    "Numër Faksi",            // Fax Number
    "Numër Faquesi",          // Pager Number
    "Numër Celulari",         // Mobile Number
    "Adresë Shtëpie",         // Home Address
    "Adresë Shtëpie 2",       // Home Address 2
    "Qyteti Im",              // Home City
    "Shteti Im",              // Home State
    "Kod Postar i Shtëpisë",  // Home ZipCode
    "Vendlindje",             // Home Country
    "Adresë Pune",            // Work Address
    "Adresë Pune 2",          // Work Address 2
    "Qytet Pune",             // Work City
    "Shtet Pune",             // Work State
    "Kod Postar Pune",        // Work ZipCode
    "Vend Pune",              // Work Country
    "Emërtesë Pune",          // Job Title
    "Degë",                   // Department
    "Ent",                    // Organization
    "Faqe Web 1",             // Web Page 1
    "Faqe Web 2",             // Web Page 2
    "Vit Lindjeje",           // Birth Year
    "Muaj Lindjeje",          // Birth Month
    "Ditë Lindjeje",          // Birth Day
    "Vetjake 1",              // Custom 1
    "Vetjake 2",              // Custom 2
    "Vetjake 3",              // Custom 3
    "Vetjake 4",              // Custom 4
    "Shënime",                // Notes
};

constexpr ThunderbirdNames thunderbird_mk = {
    "Име",                         // First Name
    "Презиме",                     // Last Name
    "Вообичаено",                  // Display Name
    "Прекар",                      // Nickname
    "Примарна адреса за е-пошта",  // Primary Email
    "Секундарна адреса",           // Secondary Email
    "",                            // Screen Name
    "Телефон на работа",           // Work Phone
    "Домашен телефон",             // Home Phone
    "Факс",                        // Fax Number
    "Пејџер",                      // Pager Number
    "Мобилен",                     // Mobile Number
    "Домашна адреса",              // Home Address
    "Домашна адреса 2",            // Home Address 2
    "Град",                        // Home City
    "Провинција",                  // Home State
    "Поштенски код",               // Home ZipCode
    "Држава",                      // Home Country
    "Работна адреса",              // Work Address
    "Работна адреса 2",            // Work Address 2
    "Работен град",                // Work City
    "Работна провинција",          // Work State
    "Работен поштенски код",       // Work ZipCode
    "Работна држава",              // Work Country
    "Занимање",                    // Job Title
    "Оддел",                       // Department
    "Организација",                // Organization
    "Мрежна страница 1",           // Web Page 1
    "Мрежна страница 2",           // Web Page 2
    "Година на раѓање",            // Birth Year
    "Месец на раѓање",             // Birth Month
    "Ден на раѓање",               // Birth Day
    "Сопствено 1",                 // Custom 1
    "Сопствено 2",                 // Custom 2
    "Сопствено 3",                 // Custom 3
    "Сопствено 4",                 // Custom 4
    "Забелешки",                   // Notes
};

constexpr LocaleNames locales[] = {
    {"da", thunderbird_da},       {"de", thunderbird_de}, {"en-GB", thunderbird_en_gb},
    {"es", thunderbird_es},       {"fr", thunderbird_fr}, {"hi", thunderbird_hi},
    {"it", thunderbird_it},       {"ja", thunderbird_ja}, {"ko", thunderbird_ko},
    {"nl", thunderbird_nl},       {"pl", thunderbird_pl}, {"pt-BR", thunderbird_pt_br},
    {"ru", thunderbird_ru},       {"sv", thunderbird_sv}, {"zh-CN", thunderbird_zh_cn},
    {"zh-HK", thunderbird_zh_hk}, {"sr", thunderbird_sr}, {"hr", thunderbird_hr},
    {"bs", thunderbird_bs},       {"sq", thunderbird_sq}, {"mk", thunderbird_mk},
};

// Older exports wrote "Screen Name" last, after "Notes".
constexpr std::size_t legacy_order[] = {0,  1,  2,  3,  4,  5,  7,  8,  9,  10, 11, 12, 13,
                                        14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                                        27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 6};
static_assert(std::size(legacy_order) == std::size(columns));

}  // namespace

const Preset& thunderbird_preset() {
  static constexpr Preset preset{.name = "thunderbird", .columns = columns, .locales = locales};
  return preset;
}

std::span<const std::size_t> thunderbird_legacy_order() { return legacy_order; }

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
