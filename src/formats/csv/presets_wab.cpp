// The Windows Address Book of Outlook Express and Windows Mail ("Text File
// (Comma Separated Values)"), and Windows Live Mail, which writes the same
// columns; in English and in the languages Windows Live Mail writes.
//
// The localized names are those of the windows-live-mail-csv tables in
// Zimbra's zimbra-contact-fields.xml; the English ones those of a Windows
// Address Book export (pear/Contact_AddressBook, docs/examples/files/WAB.csv).
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

constexpr Column columns[] = {
    {"First Name", {Field::given_name}},
    {"Last Name", {Field::family_name}},
    {"Middle Name", {Field::middle_name}},
    {"Name", {Field::full_name}},
    {"Nickname", {Field::nickname}},
    {"E-mail Address", {Field::email, 1}},
    {"Home Street", {Field::street, home, "home"}},
    {"Home City", {Field::locality, home, "home"}},
    {"Home Postal Code", {Field::postal_code, home, "home"}},
    {"Home State", {Field::region, home, "home"}},
    {"Home Country/Region", {Field::country, home, "home"}},
    {"Home Phone", {Field::phone, 0, "home"}},
    {"Home Fax", {Field::phone, 0, "home fax"}},
    {"Mobile Phone", {Field::phone, 0, "mobile"}},
    {"Personal Web Page", {Field::website, 0, "home"}},
    {"Business Street", {Field::street, work, "work"}},
    {"Business City", {Field::locality, work, "work"}},
    {"Business Postal Code", {Field::postal_code, work, "work"}},
    {"Business State", {Field::region, work, "work"}},
    {"Business Country/Region", {Field::country, work, "work"}},
    {"Business Web Page", {Field::website, 0, "work"}},
    {"Business Phone", {Field::phone, 0, "work"}},
    {"Business Fax", {Field::phone, 0, "fax"}},
    {"Pager", {Field::phone, 0, "pager"}},
    {"Company", {Field::organization}},
    {"Job Title", {Field::title}},
    {"Department", {Field::department}},
    {"Office Location", {}},
    {"Notes", {Field::notes}},
};

// Windows Live Mail writes "Home Country" where the address book writes
// "Home Country/Region".
constexpr Column aliases[] = {
    {"Home Country", {Field::country, home, "home"}},
    {"Business Country", {Field::country, work, "work"}},
};

using WabNames = std::array<std::string_view, std::size(columns)>;

constexpr WabNames wab_ar = {
    "الاسم الأول",              // First Name
    "اسم العائلة",              // Last Name
    "الاسم الأوسط",             // Middle Name
    "الاسم",                    // Name
    "الاسم المستعار",           // Nickname
    "عنوان البريد الإلكتروني",  // E-mail Address
    "شارع المنزل",              // Home Street
    "المدينة",                  // Home City
    "الرمز البريدي للمنزل",     // Home Postal Code
    "ولاية المنزل",             // Home State
    "بلد المنزل/الإقليم",       // Home Country/Region
    "هاتف المنزل",              // Home Phone
    "فاكس المنزل",              // Home Fax
    "الهاتف الجوال",            // Mobile Phone
    "صفحة ويب الشخصية",         // Personal Web Page
    "شارع العمل",               // Business Street
    "مدينة العمل",              // Business City
    "الرمز البريدي للعمل",      // Business Postal Code
    "ولاية العمل",              // Business State
    "بلد العمل/الإقليم",        // Business Country/Region
    "صفحة ويب العمل",           // Business Web Page
    "هاتف العمل",               // Business Phone
    "فاكس العمل",               // Business Fax
    "جهاز النداء",              // Pager
    "الشركة",                   // Company
    "المسمى الوظيفي",           // Job Title
    "القسم",                    // Department
    "موقع المكتب",              // Office Location
    "ملاحظات",                  // Notes
};

constexpr WabNames wab_da = {
    "Fornavn",                // First Name
    "Efternavn",              // Last Name
    "Mellemnavn",             // Middle Name
    "Navn",                   // Name
    "Kaldenavn",              // Nickname
    "E-mail-adresse",         // E-mail Address
    "Gade (privat)",          // Home Street
    "By (privat)",            // Home City
    "Postnummer (privat)",    // Home Postal Code
    "Delstat (privat)",       // Home State
    "Land/område (privat)",   // Home Country/Region
    "Telefon (privat)",       // Home Phone
    "Fax (privat)",           // Home Fax
    "Mobiltelefon",           // Mobile Phone
    "Personlig webside",      // Personal Web Page
    "Adresse (arbejde)",      // Business Street
    "By (arbejde)",           // Business City
    "Postnummer (arbejde)",   // Business Postal Code
    "Delstat (arbejde)",      // Business State
    "Land/område (arbejde)",  // Business Country/Region
    "Webside (arbejde)",      // Business Web Page
    "Telefon (arbejde)",      // Business Phone
    "Fax (arbejde)",          // Business Fax
    "Personsøger",            // Pager
    "Firma",                  // Company
    "Stilling",               // Job Title
    "Afdeling",               // Department
    "Kontor",                 // Office Location
    "Noter",                  // Notes
};

constexpr WabNames wab_de = {
    "Vorname",                      // First Name
    "Nachname",                     // Last Name
    "2. Vorname",                   // Middle Name
    "Name",                         // Name
    "Spitzname",                    // Nickname
    "E-Mail-Adresse",               // E-mail Address
    "Straße (privat)",              // Home Street
    "Ort (privat)",                 // Home City
    "Postleitzahl (privat)",        // Home Postal Code
    "Bundesland (privat)",          // Home State
    "Land/Region (privat)",         // Home Country/Region
    "Telefon (privat)",             // Home Phone
    "Fax (privat)",                 // Home Fax
    "Mobiltelefon",                 // Mobile Phone
    "Webseite (privat)",            // Personal Web Page
    "Straße (geschäftlich)",        // Business Street
    "Ort (geschäftlich)",           // Business City
    "Postleitzahl (geschäftlich)",  // Business Postal Code
    "Bundesland (geschäftlich)",    // Business State
    "Land/Region (geschäftlich)",   // Business Country/Region
    "Webseite (geschäftlich)",      // Business Web Page
    "Telefon (geschäftlich)",       // Business Phone
    "Fax (geschäftlich)",           // Business Fax
    "Pager",                        // Pager
    "Firma",                        // Company
    "Position",                     // Job Title
    "Abteilung",                    // Department
    "Büro",                         // Office Location
    "Notizen",                      // Notes
};

constexpr WabNames wab_en_gb = {
    "First Name",               // First Name
    "Last Name",                // Last Name
    "Middle Name",              // Middle Name
    "Name",                     // Name
    "Nickname",                 // Nickname
    "E-mail Address",           // E-mail Address
    "Home Street",              // Home Street
    "Home City",                // Home City
    "Home Postal Code",         // Home Postal Code
    "Home State",               // Home State
    "Home Country/Region",      // Home Country/Region
    "Home Phone",               // Home Phone
    "Home Fax",                 // Home Fax
    "Mobile Phone",             // Mobile Phone
    "Personal Web Page",        // Personal Web Page
    "Business Street",          // Business Street
    "Business City",            // Business City
    "Business Postal Code",     // Business Postal Code
    "Business State",           // Business State
    "Business Country/Region",  // Business Country/Region
    "Business Web Page",        // Business Web Page
    "Business Phone",           // Business Phone
    "Business Fax",             // Business Fax
    "Pager",                    // Pager
    "Company",                  // Company
    "Job Title",                // Job Title
    "Department",               // Department
    "Office Location",          // Office Location
    "Notes",                    // Notes
};

constexpr WabNames wab_es = {
    "Nombre",                           // First Name
    "Apellidos",                        // Last Name
    "Segundo nombre",                   // Middle Name
    "Nombre",                           // Name
    "Alias",                            // Nickname
    "Dirección de correo electrónico",  // E-mail Address
    "Calle",                            // Home Street
    "Ciudad de residencia",             // Home City
    "Código postal del domicilio",      // Home Postal Code
    "Estado (domicilio particular)",    // Home State
    "País o región de residencia",      // Home Country/Region
    "Teléfono particular",              // Home Phone
    "Fax particular",                   // Home Fax
    "Teléfono móvil",                   // Mobile Phone
    "Página web personal",              // Personal Web Page
    "Calle del trabajo",                // Business Street
    "Ciudad de trabajo",                // Business City
    "Código postal del trabajo",        // Business Postal Code
    "Estado o provincia del trabajo",   // Business State
    "País o región del trabajo",        // Business Country/Region
    "Página web de la organización",    // Business Web Page
    "Teléfono del trabajo",             // Business Phone
    "Fax del trabajo",                  // Business Fax
    "Buscapersonas",                    // Pager
    "Compañía",                         // Company
    "Puesto",                           // Job Title
    "Departamento",                     // Department
    "Ubicación de la oficina",          // Office Location
    "Notas",                            // Notes
};

constexpr WabNames wab_fr = {
    "Prénom",                     // First Name
    "Nom",                        // Last Name
    "Deuxième prénom",            // Middle Name
    "Nom",                        // Name
    "Pseudo",                     // Nickname
    "Adresse de messagerie",      // E-mail Address
    "Rue (domicile)",             // Home Street
    "Ville (domicile)",           // Home City
    "Code postal (domicile)",     // Home Postal Code
    "Département (domicile)",     // Home State
    "Pays/région (domicile)",     // Home Country/Region
    "Téléphone domicile",         // Home Phone
    "Télécopie domicile",         // Home Fax
    "Téléphone mobile",           // Mobile Phone
    "Page Web (domicile)",        // Personal Web Page
    "Rue (bureau)",               // Business Street
    "Ville (bureau)",             // Business City
    "Code postal (bureau)",       // Business Postal Code
    "Département (bureau)",       // Business State
    "Pays/région (bureau)",       // Business Country/Region
    "Page Web (bureau)",          // Business Web Page
    "Téléphone professionnel",    // Business Phone
    "Télécopie professionnelle",  // Business Fax
    "Radiomessagerie",            // Pager
    "Société",                    // Company
    "Fonction",                   // Job Title
    "Service",                    // Department
    "Adresse professionnelle",    // Office Location
    "Notes",                      // Notes
};

constexpr WabNames wab_hi = {
    "प्रथम नाम",           // First Name
    "अंतिम नाम",           // Last Name
    "मध्य नाम",            // Middle Name
    "नाम",                // Name
    "निकनेम",              // Nickname
    "ई-मेल एड्रेस",          // E-mail Address
    "घर का पता",          // Home Street
    "गृह नगर",             // Home City
    "निवास का पिन कोड",   // Home Postal Code
    "गृह राज्य",            // Home State
    "गृह राष्ट्र/क्षेत्र",      // Home Country/Region
    "घर का फ़ोन",          // Home Phone
    "घर का फ़ैक्स",          // Home Fax
    "मोबाइल फ़ोन",         // Mobile Phone
    "व्यक्तिगत वेब पेज",      // Personal Web Page
    "व्यवसाय का पता",      // Business Street
    "व्यवसाय का शहर",      // Business City
    "व्यवसाय का पिन कोड",  // Business Postal Code
    "व्यवसाय का राज्य",     // Business State
    "व्यवसाय का देश/प्रांत",  // Business Country/Region
    "व्यावसायिक वेब पेज",    // Business Web Page
    "बिज़नेस फ़ोन",          // Business Phone
    "बिज़नेस फ़ैक्स",          // Business Fax
    "पेजर",                // Pager
    "कंपनी",               // Company
    "पद नाम",             // Job Title
    "विभाग",              // Department
    "कार्यालय स्थान",       // Office Location
    "नोट्स",               // Notes
};

constexpr WabNames wab_it = {
    "Nome",                            // First Name
    "Cognome",                         // Last Name
    "Secondo nome",                    // Middle Name
    "Nome",                            // Name
    "Soprannome",                      // Nickname
    "Indirizzo di posta elettronica",  // E-mail Address
    "Via (ab.)",                       // Home Street
    "Città (ab.)",                     // Home City
    "CAP (ab.)",                       // Home Postal Code
    "Provincia (ab.)",                 // Home State
    "Paese (ab.)",                     // Home Country/Region
    "Telefono (abitazione)",           // Home Phone
    "Fax (abitazione)",                // Home Fax
    "Cellulare",                       // Mobile Phone
    "Pagina Web personale",            // Personal Web Page
    "Via (uff.)",                      // Business Street
    "Città (uff.)",                    // Business City
    "CAP (uff.)",                      // Business Postal Code
    "Provincia (uff.)",                // Business State
    "Paese (uff.)",                    // Business Country/Region
    "Pagina Web professionale",        // Business Web Page
    "Telefono (ufficio)",              // Business Phone
    "Fax (ufficio)",                   // Business Fax
    "Cercapersone",                    // Pager
    "Società",                         // Company
    "Posizione",                       // Job Title
    "Reparto",                         // Department
    "Ufficio",                         // Office Location
    "Note",                            // Notes
};

constexpr WabNames wab_ja = {
    "名",                    // First Name
    "姓",                    // Last Name
    "ミドル ネーム",         // Middle Name
    "名前",                  // Name
    "ニックネーム",          // Nickname
    "電子メール アドレス",   // E-mail Address
    "自宅の番地",            // Home Street
    "自宅の市区町村",        // Home City
    "自宅の郵便番号",        // Home Postal Code
    "自宅の都道府県",        // Home State
    "国または地域",          // Home Country/Region
    "自宅電話番号",          // Home Phone
    "自宅ファックス",        // Home Fax
    "携帯電話",              // Mobile Phone
    "個人 Web ページ",       // Personal Web Page
    "勤務先の番地",          // Business Street
    "勤務先の市区町村",      // Business City
    "勤務先の郵便番号",      // Business Postal Code
    "勤務先の都道府県",      // Business State
    "勤務先の国または地域",  // Business Country/Region
    "ビジネス Web ページ",   // Business Web Page
    "勤務先電話番号",        // Business Phone
    "勤務先ファックス",      // Business Fax
    "ポケットベル",          // Pager
    "会社名",                // Company
    "役職",                  // Job Title
    "部署",                  // Department
    "オフィスの場所",        // Office Location
    "メモ",                  // Notes
};

constexpr WabNames wab_ko = {
    "이름(성 제외)",    // First Name
    "성",               // Last Name
    "중간 이름",        // Middle Name
    "이름",             // Name
    "별명",             // Nickname
    "메일 주소",        // E-mail Address
    "주소(집)",         // Home Street
    "구/군/시(집)",     // Home City
    "우편 번호(집)",    // Home Postal Code
    "시/도(집)",        // Home State
    "국가/지역(집)",    // Home Country/Region
    "집 전화",          // Home Phone
    "집 팩스",          // Home Fax
    "휴대폰",           // Mobile Phone
    "개인 웹 페이지",   // Personal Web Page
    "주소(회사)",       // Business Street
    "구/군/시(회사)",   // Business City
    "우편 번호(회사)",  // Business Postal Code
    "시/도(회사)",      // Business State
    "국가(회사)",       // Business Country/Region
    "회사 웹 페이지",   // Business Web Page
    "직장 전화",        // Business Phone
    "직장 팩스",        // Business Fax
    "호출기",           // Pager
    "회사",             // Company
    "직책",             // Job Title
    "부서",             // Department
    "사무실",           // Office Location
    "메모",             // Notes
};

constexpr WabNames wab_nl = {
    "Voornaam",                // First Name
    "Achternaam",              // Last Name
    "Middelste naam",          // Middle Name
    "Naam",                    // Name
    "Bijnaam",                 // Nickname
    "E-mailadres",             // E-mail Address
    "Adres thuis",             // Home Street
    "Plaats thuis",            // Home City
    "Postcode thuis",          // Home Postal Code
    "Provincie thuis",         // Home State
    "Land/regio thuis",        // Home Country/Region
    "Telefoon thuis",          // Home Phone
    "Fax thuis",               // Home Fax
    "Mobiele telefoon",        // Mobile Phone
    "Persoonlijke webpagina",  // Personal Web Page
    "Adres werk",              // Business Street
    "Plaats werk",             // Business City
    "Postcode werk",           // Business Postal Code
    "Provincie werk",          // Business State
    "Land/regio werk",         // Business Country/Region
    "Zakelijke webpagina",     // Business Web Page
    "Telefoon werk",           // Business Phone
    "Fax werk",                // Business Fax
    "Pager",                   // Pager
    "Bedrijf",                 // Company
    "Functie",                 // Job Title
    "Afdeling",                // Department
    "Kantoorlocatie",          // Office Location
    "Aantekeningen",           // Notes
};

constexpr WabNames wab_pl = {
    "Imię",                       // First Name
    "Nazwisko",                   // Last Name
    "Drugie imię",                // Middle Name
    "Nazwa",                      // Name
    "Przydomek",                  // Nickname
    "Adres e-mail",               // E-mail Address
    "Ulica (dom)",                // Home Street
    "Miasto (dom)",               // Home City
    "Kod pocztowy (dom)",         // Home Postal Code
    "Województwo (dom)",          // Home State
    "Kraj/region (dom)",          // Home Country/Region
    "Telefon domowy",             // Home Phone
    "Faks domowy",                // Home Fax
    "Telefon komórkowy",          // Mobile Phone
    "Osobista strona sieci Web",  // Personal Web Page
    "Ulica (biuro)",              // Business Street
    "Miasto (biuro)",             // Business City
    "Kod pocztowy (biuro)",       // Business Postal Code
    "Województwo (biuro)",        // Business State
    "Kraj/region (biuro)",        // Business Country/Region
    "Firmowa strona sieci Web",   // Business Web Page
    "Telefon służbowy",           // Business Phone
    "Faks służbowy",              // Business Fax
    "Pager",                      // Pager
    "Firma",                      // Company
    "Stanowisko",                 // Job Title
    "Dział",                      // Department
    "Lokalizacja biura",          // Office Location
    "Uwagi",                      // Notes
};

constexpr WabNames wab_pt_br = {
    "Nome",                                 // First Name
    "Sobrenome",                            // Last Name
    "Nome do Meio",                         // Middle Name
    "Nome",                                 // Name
    "Apelido",                              // Nickname
    "Endereço de Email",                    // E-mail Address
    "Rua do Endereço Residencial",          // Home Street
    "Cidade do Endereço Residencial",       // Home City
    "CEP do Endereço Residencial",          // Home Postal Code
    "Estado do Endereço Residencial",       // Home State
    "País/Região do endereço residencial",  // Home Country/Region
    "Telefone Residencial",                 // Home Phone
    "Fax Residencial",                      // Home Fax
    "Celular",                              // Mobile Phone
    "Página Pessoal da Web",                // Personal Web Page
    "Rua do Endereço Comercial",            // Business Street
    "Cidade do Endereço Comercial",         // Business City
    "CEP do Endereço Comercial",            // Business Postal Code
    "Estado do Endereço Comercial",         // Business State
    "País/Região do Endereço Comercial",    // Business Country/Region
    "Página Comercial da Web",              // Business Web Page
    "Telefone Comercial",                   // Business Phone
    "Fax Comercial",                        // Business Fax
    "Pager",                                // Pager
    "Empresa",                              // Company
    "Cargo",                                // Job Title
    "Departamento",                         // Department
    "Endereço comercial",                   // Office Location
    "Observações",                          // Notes
};

constexpr WabNames wab_ru = {
    "Имя",                        // First Name
    "Фамилия",                    // Last Name
    "Отчество",                   // Middle Name
    "Имя",                        // Name
    "Псевдоним",                  // Nickname
    "Адрес электронной почты",    // E-mail Address
    "Улица",                      // Home Street
    "Город",                      // Home City
    "Почтовый индекс",            // Home Postal Code
    "Область",                    // Home State
    "Дом. адрес, страна",         // Home Country/Region
    "Домашний телефон",           // Home Phone
    "Домашний факс",              // Home Fax
    "Мобильный телефон",          // Mobile Phone
    "Личная веб-страница",        // Personal Web Page
    "Служ. адрес, улица",         // Business Street
    "Служ. адрес, город",         // Business City
    "Служ. адрес, почтовый код",  // Business Postal Code
    "Служ. адрес, область",       // Business State
    "Служ. адрес, страна",        // Business Country/Region
    "Служебная веб-страница",     // Business Web Page
    "Рабочий телефон",            // Business Phone
    "Рабочий факс",               // Business Fax
    "Пейджер",                    // Pager
    "Компания",                   // Company
    "Должность",                  // Job Title
    "Отдел",                      // Department
    "Комната",                    // Office Location
    "Заметки",                    // Notes
};

constexpr WabNames wab_sv = {
    "Förnamn",              // First Name
    "Efternamn",            // Last Name
    "Mellannamn",           // Middle Name
    "Namn",                 // Name
    "Smeknamn",             // Nickname
    "E-postadress",         // E-mail Address
    "Adress, hem",          // Home Street
    "Ort, hem",             // Home City
    "Postnummer, hem",      // Home Postal Code
    "Region, hem",          // Home State
    "Land, hem",            // Home Country/Region
    "Telefon, hem",         // Home Phone
    "Fax, hem",             // Home Fax
    "Mobiltelefon",         // Mobile Phone
    "Webbsida, privat",     // Personal Web Page
    "Adress, företag",      // Business Street
    "Ort, företag",         // Business City
    "Postnummer, företag",  // Business Postal Code
    "Region, företag",      // Business State
    "Land, företag",        // Business Country/Region
    "Webbsida, företag",    // Business Web Page
    "Telefon, företag",     // Business Phone
    "Fax, företag",         // Business Fax
    "Personsökare",         // Pager
    "Företag",              // Company
    "Befattning",           // Job Title
    "Avdelning",            // Department
    "Arbetsplats",          // Office Location
    "Kommentar",            // Notes
};

constexpr WabNames wab_tr = {
    "Ad",                   // First Name
    "Soyadı",               // Last Name
    "İkinci Ad",            // Middle Name
    "Ad",                   // Name
    "Rumuz",                // Nickname
    "E-posta Adresi",       // E-mail Address
    "Ev Cadde",             // Home Street
    "Ev Şehir",             // Home City
    "Ev Posta Kodu",        // Home Postal Code
    "Ev İl",                // Home State
    "Ev Ülke/Bölge",        // Home Country/Region
    "Ev Telefonu",          // Home Phone
    "Ev Faksı",             // Home Fax
    "Cep Telefonu",         // Mobile Phone
    "Kişisel Web Sayfası",  // Personal Web Page
    "İş Cadde",             // Business Street
    "İş Şehir",             // Business City
    "İş Posta Kodu",        // Business Postal Code
    "İş İl",                // Business State
    "İş Ülke/Bölge",        // Business Country/Region
    "İş Web Sayfası",       // Business Web Page
    "İş Telefonu",          // Business Phone
    "İş Faksı",             // Business Fax
    "Çağrı Cihazı",         // Pager
    "Şirket",               // Company
    "İş Unvanı",            // Job Title
    "Bölüm",                // Department
    "İşyeri Konumu",        // Office Location
    "Notlar",               // Notes
};

constexpr WabNames wab_zh_cn = {
    "名",                    // First Name
    "姓",                    // Last Name
    "中间名",                // Middle Name
    "名字",                  // Name
    "昵称",                  // Nickname
    "电子邮件地址",          // E-mail Address
    "住宅所在街道",          // Home Street
    "住宅所在市/县",         // Home City
    "住宅所在地的邮政编码",  // Home Postal Code
    "住宅所在省/市/自治区",  // Home State
    "住宅所在国家/地区",     // Home Country/Region
    "住宅电话",              // Home Phone
    "住宅传真",              // Home Fax
    "移动电话",              // Mobile Phone
    "个人网页",              // Personal Web Page
    "工作所在地街道",        // Business Street
    "公司所在城市",          // Business City
    "公司所在地的邮政编码",  // Business Postal Code
    "公司所在省/市/自治区",  // Business State
    "公司所在国家/地区",     // Business Country/Region
    "公司网页",              // Business Web Page
    "商务电话",              // Business Phone
    "商务传真",              // Business Fax
    "寻呼机",                // Pager
    "公司",                  // Company
    "职务",                  // Job Title
    "部门",                  // Department
    "办公地址",              // Office Location
    "注释",                  // Notes
};

constexpr WabNames wab_zh_hk = {
    "名字",                 // First Name
    "姓氏",                 // Last Name
    "中間名",               // Middle Name
    "名稱",                 // Name
    "別名",                 // Nickname
    "電子郵件地址",         // E-mail Address
    "住家所在街道地址",     // Home Street
    "住家所在市 / 鎮",      // Home City
    "住家所在郵遞區號",     // Home Postal Code
    "住家所在縣 / 市",      // Home State
    "住家所在國家 / 地區",  // Home Country/Region
    "住家電話",             // Home Phone
    "住家傳真",             // Home Fax
    "行動電話",             // Mobile Phone
    "個人網頁",             // Personal Web Page
    "公司所在街道地址",     // Business Street
    "公司所在市 / 鎮",      // Business City
    "公司所在郵遞區號",     // Business Postal Code
    "公司所在縣 / 市",      // Business State
    "公司所在國家 / 地區",  // Business Country/Region
    "公司網頁",             // Business Web Page
    "公司電話",             // Business Phone
    "公司傳真",             // Business Fax
    "呼叫器",               // Pager
    "公司",                 // Company
    "職稱",                 // Job Title
    "部門",                 // Department
    "辦公室位置",           // Office Location
    "備註",                 // Notes
};

constexpr LocaleNames locales[] = {
    {"ar", wab_ar},       {"da", wab_da},       {"de", wab_de}, {"en-GB", wab_en_gb},
    {"es", wab_es},       {"fr", wab_fr},       {"hi", wab_hi}, {"it", wab_it},
    {"ja", wab_ja},       {"ko", wab_ko},       {"nl", wab_nl}, {"pl", wab_pl},
    {"pt-BR", wab_pt_br}, {"ru", wab_ru},       {"sv", wab_sv}, {"tr", wab_tr},
    {"zh-CN", wab_zh_cn}, {"zh-HK", wab_zh_hk},
};

}  // namespace

const Preset& wab_preset() {
  static constexpr Preset preset{
      .name = "wab", .columns = columns, .aliases = aliases, .locales = locales};
  return preset;
}

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
