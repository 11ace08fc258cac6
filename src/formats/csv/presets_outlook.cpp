// Microsoft Outlook's CSV export ("Comma Separated Values", Outlook 2003
// to 365), in English and in the languages its localized versions write;
// also the outlook.com export and the "Outlook CSV" Google Contacts writes,
// which use the same English names with a few more.
//
// The localized names are those of the outlook-2003-csv tables in Zimbra's
// zimbra-contact-fields.xml (store-conf/conf/contacts), rearranged into
// Outlook's English order. No documented source was found for Outlook in
// Serbian, Croatian, Bosnian, Albanian or Macedonian: the synonyms read
// those headers (docs/csv-layouts.md).
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
constexpr unsigned other = 3;

// Outlook's desktop export writes these 92 in this order; the last ten are
// outlook.com's and Google's additions (Google's "Business Address" is a
// whole address in one cell).
constexpr Column columns[] = {
    {"Title", {Field::prefix}},
    {"First Name", {Field::given_name}},
    {"Middle Name", {Field::middle_name}},
    {"Last Name", {Field::family_name}},
    {"Suffix", {Field::suffix}},
    {"Company", {Field::organization}},
    {"Department", {Field::department}},
    {"Job Title", {Field::title}},
    {"Business Street", {Field::street, work, "work"}},
    {"Business Street 2", {Field::street_extra, work, "work"}},
    {"Business Street 3", {Field::street_extra, work, "work"}},
    {"Business City", {Field::locality, work, "work"}},
    {"Business State", {Field::region, work, "work"}},
    {"Business Postal Code", {Field::postal_code, work, "work"}},
    {"Business Country/Region", {Field::country, work, "work"}},
    {"Home Street", {Field::street, home, "home"}},
    {"Home Street 2", {Field::street_extra, home, "home"}},
    {"Home Street 3", {Field::street_extra, home, "home"}},
    {"Home City", {Field::locality, home, "home"}},
    {"Home State", {Field::region, home, "home"}},
    {"Home Postal Code", {Field::postal_code, home, "home"}},
    {"Home Country/Region", {Field::country, home, "home"}},
    {"Other Street", {Field::street, other, "other"}},
    {"Other Street 2", {Field::street_extra, other, "other"}},
    {"Other Street 3", {Field::street_extra, other, "other"}},
    {"Other City", {Field::locality, other, "other"}},
    {"Other State", {Field::region, other, "other"}},
    {"Other Postal Code", {Field::postal_code, other, "other"}},
    {"Other Country/Region", {Field::country, other, "other"}},
    {"Assistant's Phone", {Field::phone, 0, "assistant"}},
    {"Business Fax", {Field::phone, 0, "fax"}},
    {"Business Phone", {Field::phone, 0, "work"}},
    {"Business Phone 2", {Field::phone, 0, "work"}},
    {"Callback", {Field::phone, 0, "callback"}},
    {"Car Phone", {Field::phone, 0, "car"}},
    {"Company Main Phone", {Field::phone, 0, "company main"}},
    {"Home Fax", {Field::phone, 0, "home fax"}},
    {"Home Phone", {Field::phone, 0, "home"}},
    {"Home Phone 2", {Field::phone, 0, "home"}},
    {"ISDN", {Field::phone, 0, "isdn"}},
    {"Mobile Phone", {Field::phone, 0, "mobile"}},
    {"Other Fax", {Field::phone, 0, "other fax"}},
    {"Other Phone", {Field::phone, 0, "other"}},
    {"Pager", {Field::phone, 0, "pager"}},
    {"Primary Phone", {Field::phone, 0, "main"}},
    {"Radio Phone", {Field::phone, 0, "radio"}},
    {"TTY/TDD Phone", {Field::phone, 0, "textphone"}},
    {"Telex", {Field::phone, 0, "telex"}},
    {"Account", {}},
    {"Anniversary", {}},
    {"Assistant's Name", {}},
    {"Billing Information", {}},
    {"Birthday", {Field::birthday}},
    {"Business Address PO Box", {Field::street_extra, work, "work"}},
    {"Categories", {Field::tags}},
    {"Children", {}},
    {"Directory Server", {}},
    {"E-mail Address", {Field::email, 1}},
    {"E-mail Type", {Field::email_type, 1}},
    {"E-mail Display Name", {Field::email_display_name, 1}},
    {"E-mail 2 Address", {Field::email, 2}},
    {"E-mail 2 Type", {Field::email_type, 2}},
    {"E-mail 2 Display Name", {Field::email_display_name, 2}},
    {"E-mail 3 Address", {Field::email, 3}},
    {"E-mail 3 Type", {Field::email_type, 3}},
    {"E-mail 3 Display Name", {Field::email_display_name, 3}},
    {"Gender", {}},
    {"Government ID Number", {}},
    {"Hobby", {}},
    {"Home Address PO Box", {Field::street_extra, home, "home"}},
    {"Initials", {}},
    {"Internet Free Busy", {}},
    {"Keywords", {}},
    {"Language", {}},
    {"Location", {}},
    {"Manager's Name", {}},
    {"Mileage", {}},
    {"Notes", {Field::notes}},
    {"Office Location", {}},
    {"Organizational ID Number", {}},
    {"Other Address PO Box", {Field::street_extra, other, "other"}},
    {"Priority", {}},
    {"Private", {}},
    {"Profession", {}},
    {"Referred By", {}},
    {"Sensitivity", {}},
    {"Spouse", {}},
    {"User 1", {}},
    {"User 2", {}},
    {"User 3", {}},
    {"User 4", {}},
    {"Web Page", {Field::website, 0, "work"}},
    {"Nickname", {Field::nickname}},
    {"Given Yomi", {}},
    {"Surname Yomi", {}},
    {"Company Yomi", {}},
    {"IMAddress", {Field::social_profile}},
    {"Personal Web Page", {Field::website, 0, "home"}},
    {"Schools", {}},
    {"Business Address", {Field::address_formatted, work, "work"}},
    {"Home Address", {Field::address_formatted, home, "home"}},
    {"Other Address", {Field::address_formatted, other, "other"}},
};

// Outlook 2003 writes "Business Country" where Outlook 2007 and later write
// "Business Country/Region".
constexpr Column aliases[] = {
    {"Business Country", {Field::country, work, "work"}},
    {"Home Country", {Field::country, home, "home"}},
    {"Other Country", {Field::country, other, "other"}},
};

using OutlookNames = std::array<std::string_view, std::size(columns)>;

constexpr OutlookNames outlook_da = {
    "Titel",                          // Title
    "Fornavn",                        // First Name
    "Mellemnavn",                     // Middle Name
    "Efternavn",                      // Last Name
    "Suffiks",                        // Suffix
    "Firma",                          // Company
    "Afdeling",                       // Department
    "Stilling",                       // Job Title
    "Gade (arbejde)",                 // Business Street
    "Gade 2 (firma)",                 // Business Street 2
    "Gade 3 (firma)",                 // Business Street 3
    "By (arbejde)",                   // Business City
    "Område (arbejde)",               // Business State
    "Postnummer (arbejde)",           // Business Postal Code
    "Land/område (arbejde)",          // Business Country/Region
    "Gade (privat)",                  // Home Street
    "Gade 2 (privat)",                // Home Street 2
    "Gade 3 (privat)",                // Home Street 3
    "By (privat)",                    // Home City
    "Område (privat)",                // Home State
    "Postnummer (privat)",            // Home Postal Code
    "Land/område (privat)",           // Home Country/Region
    "Anden gade",                     // Other Street
    "Anden gade 2",                   // Other Street 2
    "Anden gade 3",                   // Other Street 3
    "Anden by",                       // Other City
    "Andet område",                   // Other State
    "Andet postnummer",               // Other Postal Code
    "Andet land/område",              // Other Country/Region
    "Assistentens telefon",           // Assistant's Phone
    "Fax (arbejde)",                  // Business Fax
    "Telefon (arbejde)",              // Business Phone
    "Telefon 2 (arbejde)",            // Business Phone 2
    "Tilbagekald",                    // Callback
    "Biltelefon",                     // Car Phone
    "Primær telefon (firma)",         // Company Main Phone
    "Fax (privat)",                   // Home Fax
    "Telefon (privat)",               // Home Phone
    "Telefon 2 (privat)",             // Home Phone 2
    "ISDN",                           // ISDN
    "Mobiltelefon",                   // Mobile Phone
    "Anden fax",                      // Other Fax
    "Anden telefon",                  // Other Phone
    "Personsøger",                    // Pager
    "Primær telefon",                 // Primary Phone
    "Radiotelefon",                   // Radio Phone
    "TTY/TDD-telefon",                // TTY/TDD Phone
    "Telex",                          // Telex
    "Konto",                          // Account
    "Mærkedag",                       // Anniversary
    "Assistentens navn",              // Assistant's Name
    "Takstoplysninger",               // Billing Information
    "Fødselsdag",                     // Birthday
    "Adresse,postboks (arbejde)",     // Business Address PO Box
    "Kategorier",                     // Categories
    "Børn",                           // Children
    "Adresseserver",                  // Directory Server
    "E-mail-adresse",                 // E-mail Address
    "E-mail-type",                    // E-mail Type
    "E-mail-vist navn",               // E-mail Display Name
    "E-mail 2-adresse",               // E-mail 2 Address
    "E-mail 2-type",                  // E-mail 2 Type
    "E-mail 2-vist navn",             // E-mail 2 Display Name
    "E-mail 3-adresse",               // E-mail 3 Address
    "E-mail 3-type",                  // E-mail 3 Type
    "E-mail 3-vist navn",             // E-mail 3 Display Name
    "Køn",                            // Gender
    "Se-nr.",                         // Government ID Number
    "Hobby",                          // Hobby
    "Adresse,postboks (privat)",      // Home Address PO Box
    "Initialer",                      // Initials
    "Ledig/optaget via internettet",  // Internet Free Busy
    "Nøgleord",                       // Keywords
    "Sprog",                          // Language
    "Sted",                           // Location
    "Navn på overordnet",             // Manager's Name
    "Kørte kilometer",                // Mileage
    "Notater",                        // Notes
    "Kontoradresse",                  // Office Location
    "Firmanr.",                       // Organizational ID Number
    "Anden adresse,postboks",         // Other Address PO Box
    "Prioritet",                      // Priority
    "Privat",                         // Private
    "Profession",                     // Profession
    "Henvist af",                     // Referred By
    "Følsomhed",                      // Sensitivity
    "Ægtefælle",                      // Spouse
    "Bruger 1",                       // User 1
    "Bruger 2",                       // User 2
    "Bruger 3",                       // User 3
    "Bruger 4",                       // User 4
    "webside",                        // Web Page
    "",                               // Nickname
    "",                               // Given Yomi
    "",                               // Surname Yomi
    "",                               // Company Yomi
    "",                               // IMAddress
    "",                               // Personal Web Page
    "",                               // Schools
    "",                               // Business Address
    "",                               // Home Address
    "",                               // Other Address
};

constexpr OutlookNames outlook_de = {
    "Anrede",                        // Title
    "Vorname",                       // First Name
    "Weitere Vornamen",              // Middle Name
    "Nachname",                      // Last Name
    "Suffix",                        // Suffix
    "Firma",                         // Company
    "Abteilung",                     // Department
    "Position",                      // Job Title
    "Straße geschäftlich",           // Business Street
    "Straße geschäftlich 2",         // Business Street 2
    "Straße geschäftlich 3",         // Business Street 3
    "Ort geschäftlich",              // Business City
    "Region geschäftlich",           // Business State
    "Postleitzahl geschäftlich",     // Business Postal Code
    "Land/Region geschäftlich",      // Business Country/Region
    "Straße privat",                 // Home Street
    "Straße privat 2",               // Home Street 2
    "Straße privat 3",               // Home Street 3
    "Ort privat",                    // Home City
    "Bundesland/Kanton privat",      // Home State
    "Postleitzahl privat",           // Home Postal Code
    "Land/Region privat",            // Home Country/Region
    "Weitere Straße",                // Other Street
    "Weitere Straße 2",              // Other Street 2
    "Weitere Straße 3",              // Other Street 3
    "Weiterer Ort",                  // Other City
    "Weiteres/r Bundesland/Kanton",  // Other State
    "Weitere Postleitzahl",          // Other Postal Code
    "Weiteres/e Land/Region",        // Other Country/Region
    "Telefon Assistent",             // Assistant's Phone
    "Fax geschäftlich",              // Business Fax
    "Telefon geschäftlich",          // Business Phone
    "Telefon geschäftlich 2",        // Business Phone 2
    "Rückmeldung",                   // Callback
    "Autotelefon",                   // Car Phone
    "Telefon Firma",                 // Company Main Phone
    "Fax privat",                    // Home Fax
    "Telefon privat",                // Home Phone
    "Telefon privat 2",              // Home Phone 2
    "ISDN",                          // ISDN
    "Mobiltelefon",                  // Mobile Phone
    "Weiteres Fax",                  // Other Fax
    "Weiteres Telefon",              // Other Phone
    "Pager",                         // Pager
    "Haupttelefon",                  // Primary Phone
    "Mobiltelefon 2",                // Radio Phone
    "Telefon für Hörbehinderte",     // TTY/TDD Phone
    "Telex",                         // Telex
    "Konto",                         // Account
    "Jahrestag",                     // Anniversary
    "Name Assistent",                // Assistant's Name
    "Abrechnungsinformation",        // Billing Information
    "Geburtstag",                    // Birthday
    "Postfach geschäftlich",         // Business Address PO Box
    "Kategorien",                    // Categories
    "Kinder",                        // Children
    "Verzeichnisserver",             // Directory Server
    "E-Mail-Adresse",                // E-mail Address
    "E-Mail-Typ",                    // E-mail Type
    "E-Mail: Angezeigter Name",      // E-mail Display Name
    "E-Mail 2: Adresse",             // E-mail 2 Address
    "E-Mail 2: Typ",                 // E-mail 2 Type
    "E-Mail 2: Angezeigter Name",    // E-mail 2 Display Name
    "E-Mail 3: Adresse",             // E-mail 3 Address
    "E-Mail 3: Typ",                 // E-mail 3 Type
    "E-Mail 3: Angezeigter Name",    // E-mail 3 Display Name
    "Geschlecht",                    // Gender
    "Regierungsnr.",                 // Government ID Number
    "Hobby",                         // Hobby
    "Postfach privat",               // Home Address PO Box
    "Initialen",                     // Initials
    "Internet-Frei/Gebucht",         // Internet Free Busy
    "Stichwörter",                   // Keywords
    "Sprache",                       // Language
    "Ort",                           // Location
    "Name des/der Vorgesetzten",     // Manager's Name
    "Reisekilometer",                // Mileage
    "Notizen",                       // Notes
    "Büro",                          // Office Location
    "Organisationsnr.",              // Organizational ID Number
    "Weiteres Postfach",             // Other Address PO Box
    "Priorität",                     // Priority
    "Privat",                        // Private
    "Beruf",                         // Profession
    "Empfohlen von",                 // Referred By
    "Vertraulichkeit",               // Sensitivity
    "Partner",                       // Spouse
    "Benutzer 1",                    // User 1
    "Benutzer 2",                    // User 2
    "Benutzer 3",                    // User 3
    "Benutzer 4",                    // User 4
    "Webseite",                      // Web Page
    "",                              // Nickname
    "",                              // Given Yomi
    "",                              // Surname Yomi
    "",                              // Company Yomi
    "",                              // IMAddress
    "",                              // Personal Web Page
    "",                              // Schools
    "",                              // Business Address
    "",                              // Home Address
    "",                              // Other Address
};

constexpr OutlookNames outlook_en_gb = {
    "Title",                     // Title
    "First Name",                // First Name
    "Middle Name",               // Middle Name
    "Last Name",                 // Last Name
    "Suffix",                    // Suffix
    "Company",                   // Company
    "Department",                // Department
    "Job Title",                 // Job Title
    "Business Street",           // Business Street
    "Business Street 2",         // Business Street 2
    "Business Street 3",         // Business Street 3
    "Business City",             // Business City
    "Business State",            // Business State
    "Business Postal Code",      // Business Postal Code
    "Business Country/Region",   // Business Country/Region
    "Home Street",               // Home Street
    "Home Street 2",             // Home Street 2
    "Home Street 3",             // Home Street 3
    "Home City",                 // Home City
    "Home State",                // Home State
    "Home Postal Code",          // Home Postal Code
    "Home Country/Region",       // Home Country/Region
    "Other Street",              // Other Street
    "Other Street 2",            // Other Street 2
    "Other Street 3",            // Other Street 3
    "Other City",                // Other City
    "Other State",               // Other State
    "Other Postal Code",         // Other Postal Code
    "Other Country/Region",      // Other Country/Region
    "Assistant's Phone",         // Assistant's Phone
    "Business Fax",              // Business Fax
    "Business Phone",            // Business Phone
    "Business Phone 2",          // Business Phone 2
    "Callback",                  // Callback
    "Car Phone",                 // Car Phone
    "Company Main Phone",        // Company Main Phone
    "Home Fax",                  // Home Fax
    "Home Phone",                // Home Phone
    "Home Phone 2",              // Home Phone 2
    "ISDN",                      // ISDN
    "Mobile Phone",              // Mobile Phone
    "Other Fax",                 // Other Fax
    "Other Phone",               // Other Phone
    "Pager",                     // Pager
    "Primary Phone",             // Primary Phone
    "Radio Phone",               // Radio Phone
    "TTY/TDD Phone",             // TTY/TDD Phone
    "Telex",                     // Telex
    "Account",                   // Account
    "Anniversary",               // Anniversary
    "Assistant's Name",          // Assistant's Name
    "Billing Information",       // Billing Information
    "Birthday",                  // Birthday
    "Business Address PO Box",   // Business Address PO Box
    "Categories",                // Categories
    "Children",                  // Children
    "Directory Server",          // Directory Server
    "E-mail Address",            // E-mail Address
    "E-mail Type",               // E-mail Type
    "E-mail Display Name",       // E-mail Display Name
    "E-mail 2 Address",          // E-mail 2 Address
    "E-mail 2 Type",             // E-mail 2 Type
    "E-mail 2 Display Name",     // E-mail 2 Display Name
    "E-mail 3 Address",          // E-mail 3 Address
    "E-mail 3 Type",             // E-mail 3 Type
    "E-mail 3 Display Name",     // E-mail 3 Display Name
    "Gender",                    // Gender
    "Government ID Number",      // Government ID Number
    "Hobby",                     // Hobby
    "Home Address PO Box",       // Home Address PO Box
    "Initials",                  // Initials
    "Internet Free Busy",        // Internet Free Busy
    "Keywords",                  // Keywords
    "Language",                  // Language
    "Location",                  // Location
    "Manager's Name",            // Manager's Name
    "Mileage",                   // Mileage
    "Notes",                     // Notes
    "Office Location",           // Office Location
    "Organizational ID Number",  // Organizational ID Number
    "Other Address PO Box",      // Other Address PO Box
    "Priority",                  // Priority
    "Private",                   // Private
    "Profession",                // Profession
    "Referred By",               // Referred By
    "Sensitivity",               // Sensitivity
    "Spouse",                    // Spouse
    "User 1",                    // User 1
    "User 2",                    // User 2
    "User 3",                    // User 3
    "User 4",                    // User 4
    "Web Page",                  // Web Page
    "",                          // Nickname
    "",                          // Given Yomi
    "",                          // Surname Yomi
    "",                          // Company Yomi
    "",                          // IMAddress
    "",                          // Personal Web Page
    "",                          // Schools
    "",                          // Business Address
    "",                          // Home Address
    "",                          // Other Address
};

constexpr OutlookNames outlook_es = {
    "Title",                                        // Title
    "Nombre",                                       // First Name
    "Segundo nombre",                               // Middle Name
    "Apellidos",                                    // Last Name
    "Suffix",                                       // Suffix
    "Organización",                                 // Company
    "Department",                                   // Department
    "Puesto",                                       // Job Title
    "Calle del trabajo",                            // Business Street
    "Calle del trabajo 2",                          // Business Street 2
    "Calle del trabajo 3",                          // Business Street 3
    "Ciudad de trabajo",                            // Business City
    "Provincia o estado de trabajo",                // Business State
    "Código postal del trabajo",                    // Business Postal Code
    "País o región del trabajo",                    // Business Country/Region
    "Home Street",                                  // Home Street
    "Home Street 2",                                // Home Street 2
    "Home Street 3",                                // Home Street 3
    "Home City",                                    // Home City
    "Home State",                                   // Home State
    "Home Postal Code",                             // Home Postal Code
    "País o región del domicilio",                  // Home Country/Region
    "Otra calle",                                   // Other Street
    "Otra calle 2",                                 // Other Street 2
    "Otra calle 3",                                 // Other Street 3
    "Otra ciudad",                                  // Other City
    "Otra provincia o estado",                      // Other State
    "Otro código postal",                           // Other Postal Code
    "Otro país o región",                           // Other Country/Region
    "Assistant's Phone",                            // Assistant's Phone
    "Business Fax",                                 // Business Fax
    "Teléfono del trabajo",                         // Business Phone
    "Business Phone 2",                             // Business Phone 2
    "Devolución de llamada",                        // Callback
    "Car Phone",                                    // Car Phone
    "Número de centralita de la organización",      // Company Main Phone
    "Home Fax",                                     // Home Fax
    "Particular",                                   // Home Phone
    "Home Phone 2",                                 // Home Phone 2
    "ISDN",                                         // ISDN
    "Mobile Phone",                                 // Mobile Phone
    "Otro fax",                                     // Other Fax
    "Otro teléfono",                                // Other Phone
    "Pager",                                        // Pager
    "Teléfono principal",                           // Primary Phone
    "Radioteléfono",                                // Radio Phone
    "Número de teletipo",                           // TTY/TDD Phone
    "Télex",                                        // Telex
    "Account",                                      // Account
    "Anniversary",                                  // Anniversary
    "Assistant's Name",                             // Assistant's Name
    "Facturación",                                  // Billing Information
    "Birthday",                                     // Birthday
    "Apartado postal de la dirección del trabajo",  // Business Address PO Box
    "Categorías",                                   // Categories
    "Hijos",                                        // Children
    "Servidor de directorio",                       // Directory Server
    "E-mail Address",                               // E-mail Address
    "E-mail Type",                                  // E-mail Type
    "Nombre de pantalla de correo electrónico",     // E-mail Display Name
    "Dirección de correo electrónico 2",            // E-mail 2 Address
    "Tipo de correo electrónico 2",                 // E-mail 2 Type
    "Nombre de pantalla de correo electrónico 2",   // E-mail 2 Display Name
    "Dirección del correo electrónico 3",           // E-mail 3 Address
    "Tipo de correo electrónico 3",                 // E-mail 3 Type
    "Nombre de pantalla de correo electrónico 3",   // E-mail 3 Display Name
    "Género",                                       // Gender
    "Government ID Number",                         // Government ID Number
    "Aficiones",                                    // Hobby
    "Apartado postal de la dirección personal",     // Home Address PO Box
    "Initials",                                     // Initials
    "Internet Free Busy",                           // Internet Free Busy
    "Keywords",                                     // Keywords
    "Language",                                     // Language
    "Location",                                     // Location
    "Nombre del director",                          // Manager's Name
    "Kilometraje",                                  // Mileage
    "Notes",                                        // Notes
    "Office Location",                              // Office Location
    "Organizational ID Number",                     // Organizational ID Number
    "Otro apartado postal",                         // Other Address PO Box
    "Prioridad",                                    // Priority
    "Private",                                      // Private
    "Profesión",                                    // Profession
    "Remitido por",                                 // Referred By
    "Confidencialidad",                             // Sensitivity
    "Spouse",                                       // Spouse
    "Usuario 1",                                    // User 1
    "Usuario 2",                                    // User 2
    "Usuario 3",                                    // User 3
    "Usuario 4",                                    // User 4
    "Página Web",                                   // Web Page
    "",                                             // Nickname
    "",                                             // Given Yomi
    "",                                             // Surname Yomi
    "",                                             // Company Yomi
    "",                                             // IMAddress
    "",                                             // Personal Web Page
    "",                                             // Schools
    "",                                             // Business Address
    "",                                             // Home Address
    "",                                             // Other Address
};

constexpr OutlookNames outlook_fr = {
    "Titre",                                      // Title
    "Prénom",                                     // First Name
    "Deuxième prénom",                            // Middle Name
    "Nom",                                        // Last Name
    "Suffixe",                                    // Suffix
    "Société",                                    // Company
    "Service",                                    // Department
    "Titre",                                      // Job Title
    "Rue (bureau)",                               // Business Street
    "Rue (bureau) 2",                             // Business Street 2
    "Rue (bureau) 3",                             // Business Street 3
    "Ville (bureau)",                             // Business City
    "Dép/Région (bureau)",                        // Business State
    "Code postal (bureau)",                       // Business Postal Code
    "Pays/Région (bureau)",                       // Business Country/Region
    "Rue (domicile)",                             // Home Street
    "Rue (domicile) 2",                           // Home Street 2
    "Rue (domicile) 3",                           // Home Street 3
    "Ville (domicile)",                           // Home City
    "Dép/Région (domicile)",                      // Home State
    "Code postal (domicile)",                     // Home Postal Code
    "Pays/Région (domicile)",                     // Home Country/Region
    "Rue (autre)",                                // Other Street
    "Rue (autre) 2",                              // Other Street 2
    "Rue (autre) 3",                              // Other Street 3
    "Ville (autre)",                              // Other City
    "Dép/Région (autre)",                         // Other State
    "Code postal (autre)",                        // Other Postal Code
    "Pays/Région (autre)",                        // Other Country/Region
    "Téléphone de l'assistant(e)",                // Assistant's Phone
    "Télécopie (bureau)",                         // Business Fax
    "Téléphone (bureau)",                         // Business Phone
    "Téléphone 2 (bureau)",                       // Business Phone 2
    "Rappel",                                     // Callback
    "Téléphone (voiture)",                        // Car Phone
    "Téléphone société",                          // Company Main Phone
    "Télécopie (domicile)",                       // Home Fax
    "Téléphone (domicile)",                       // Home Phone
    "Téléphone 2 (domicile)",                     // Home Phone 2
    "RNIS",                                       // ISDN
    "Tél. mobile",                                // Mobile Phone
    "Télécopie (autre)",                          // Other Fax
    "Téléphone (autre)",                          // Other Phone
    "Récepteur de radiomessagerie",               // Pager
    "Téléphone principal",                        // Primary Phone
    "Radio téléphone",                            // Radio Phone
    "Téléphone TDD/TTY",                          // TTY/TDD Phone
    "Télex",                                      // Telex
    "Compte",                                     // Account
    "Anniversaire de mariage ou fête",            // Anniversary
    "Nom de l'assistant(e)",                      // Assistant's Name
    "Informations facturation",                   // Billing Information
    "Anniversaire",                               // Birthday
    "B.P. professionnelle",                       // Business Address PO Box
    "Catégories",                                 // Categories
    "Enfants",                                    // Children
    "Serveur d'annuaire",                         // Directory Server
    "Adresse de messagerie",                      // E-mail Address
    "Type de messagerie",                         // E-mail Type
    "Nom complet de l'adresse de messagerie",     // E-mail Display Name
    "Adresse de messagerie 2",                    // E-mail 2 Address
    "Type de messagerie 2",                       // E-mail 2 Type
    "Nom complet de l'adresse de messagerie 2",   // E-mail 2 Display Name
    "Adresse de messagerie 3",                    // E-mail 3 Address
    "Type de messagerie 3",                       // E-mail 3 Type
    "Nom complet de l'adresse de messagerie 3",   // E-mail 3 Display Name
    "Sexe",                                       // Gender
    "Code gouvernement",                          // Government ID Number
    "Passe-temps",                                // Hobby
    "Boîte postale du domicile",                  // Home Address PO Box
    "Initiales",                                  // Initials
    "Disponibilité Internet",                     // Internet Free Busy
    "Mots clés",                                  // Keywords
    "Langue",                                     // Language
    "Emplacement",                                // Location
    "Responsable",                                // Manager's Name
    "Kilométrage",                                // Mileage
    "Notes",                                      // Notes
    "Bureau",                                     // Office Location
    "Numéro d'identification de l'organisation",  // Organizational ID Number
    "Autre boîte postale",                        // Other Address PO Box
    "Priorité",                                   // Priority
    "Privé",                                      // Private
    "Profession",                                 // Profession
    "Recommandé par",                             // Referred By
    "Critère de diffusion",                       // Sensitivity
    "Conjoint(e)",                                // Spouse
    "Utilisateur 1",                              // User 1
    "Utilisateur 2",                              // User 2
    "Utilisateur 3",                              // User 3
    "Utilisateur 4",                              // User 4
    "Page Web",                                   // Web Page
    "",                                           // Nickname
    "",                                           // Given Yomi
    "",                                           // Surname Yomi
    "",                                           // Company Yomi
    "",                                           // IMAddress
    "",                                           // Personal Web Page
    "",                                           // Schools
    "",                                           // Business Address
    "",                                           // Home Address
    "",                                           // Other Address
};

constexpr OutlookNames outlook_it = {
    "Titolo",                                 // Title
    "Nome",                                   // First Name
    "Secondo nome",                           // Middle Name
    "Cognome",                                // Last Name
    "Titolo straniero",                       // Suffix
    "Società",                                // Company
    "Reparto",                                // Department
    "Posizione",                              // Job Title
    "Via (uff.)",                             // Business Street
    "Via (uff.) 2",                           // Business Street 2
    "Via (uff.) 3",                           // Business Street 3
    "Città (uff.)",                           // Business City
    "Provincia (uff.)",                       // Business State
    "CAP (uff.)",                             // Business Postal Code
    "Paese (uff.)",                           // Business Country/Region
    "Via (ab.)",                              // Home Street
    "Via (ab.) 2",                            // Home Street 2
    "Via (ab.) 3",                            // Home Street 3
    "Città (ab.)",                            // Home City
    "Provincia (ab.)",                        // Home State
    "CAP (ab.)",                              // Home Postal Code
    "Paese (ab.)",                            // Home Country/Region
    "Altra via",                              // Other Street
    "Altra via 2",                            // Other Street 2
    "Altra via 3",                            // Other Street 3
    "Altra città",                            // Other City
    "Altra provincia",                        // Other State
    "Altro CAP",                              // Other Postal Code
    "Altro paese",                            // Other Country/Region
    "Telefono assistente",                    // Assistant's Phone
    "Fax (uff.)",                             // Business Fax
    "Ufficio",                                // Business Phone
    "Ufficio 2",                              // Business Phone 2
    "Richiamata automatica",                  // Callback
    "Telefono auto",                          // Car Phone
    "Telefono principale società",            // Company Main Phone
    "Fax (ab.)",                              // Home Fax
    "Abitazione",                             // Home Phone
    "Abitazione 2",                           // Home Phone 2
    "ISDN",                                   // ISDN
    "Cellulare",                              // Mobile Phone
    "Altro fax",                              // Other Fax
    "Altro telefono",                         // Other Phone
    "Cercapersone",                           // Pager
    "Telefono principale",                    // Primary Phone
    "Radiotelefono",                          // Radio Phone
    "Telefono TTY/TDD",                       // TTY/TDD Phone
    "Telex",                                  // Telex
    "Account",                                // Account
    "Anniversario",                           // Anniversary
    "Nome assistente",                        // Assistant's Name
    "Dati fatturazione",                      // Billing Information
    "Compleanno",                             // Birthday
    "Indirizzo (uff.) - Casella postale",     // Business Address PO Box
    "Categorie",                              // Categories
    "Figli",                                  // Children
    "Server di elenchi in linea",             // Directory Server
    "Indirizzo posta elettronica",            // E-mail Address
    "Tipo posta elettronica",                 // E-mail Type
    "Nome visualizzato posta elettronica",    // E-mail Display Name
    "Indirizzo posta elettronica 2",          // E-mail 2 Address
    "Tipo posta elettronica 2",               // E-mail 2 Type
    "Nome visualizzato posta elettronica 2",  // E-mail 2 Display Name
    "Indirizzo posta elettronica 3",          // E-mail 3 Address
    "Tipo posta elettronica 3",               // E-mail 3 Type
    "Nome visualizzato posta elettronica 3",  // E-mail 3 Display Name
    "Sesso",                                  // Gender
    "Cod. Fisc./P. IVA",                      // Government ID Number
    "Hobby",                                  // Hobby
    "Indirizzo (ab.) - Casella postale",      // Home Address PO Box
    "Iniziali",                               // Initials
    "Disponibilità Internet",                 // Internet Free Busy
    "Parole chiave",                          // Keywords
    "Lingua",                                 // Language
    "Luogo",                                  // Location
    "Nome manager",                           // Manager's Name
    "Indennità trasferta",                    // Mileage
    "Notes",                                  // Notes
    "Ubicazione ufficio",                     // Office Location
    "Numero ID organizzativo",                // Organizational ID Number
    "Altro indirizzo - Casella postale",      // Other Address PO Box
    "Priorità",                               // Priority
    "Privato",                                // Private
    "Professione",                            // Profession
    "Presentato da",                          // Referred By
    "Riservatezza",                           // Sensitivity
    "Nome coniuge",                           // Spouse
    "Utente 1",                               // User 1
    "Utente 2",                               // User 2
    "Utente 3",                               // User 3
    "Utente 4",                               // User 4
    "Pagina Web",                             // Web Page
    "",                                       // Nickname
    "",                                       // Given Yomi
    "",                                       // Surname Yomi
    "",                                       // Company Yomi
    "",                                       // IMAddress
    "",                                       // Personal Web Page
    "",                                       // Schools
    "",                                       // Business Address
    "",                                       // Home Address
    "",                                       // Other Address
};

constexpr OutlookNames outlook_nl = {
    "Titel",                          // Title
    "Voornaam",                       // First Name
    "Middelste naam",                 // Middle Name
    "Achternaam",                     // Last Name
    "Achtervoegsel",                  // Suffix
    "Bedrijf",                        // Company
    "Afdeling",                       // Department
    "Functie",                        // Job Title
    "Werkadres, straat",              // Business Street
    "Werkadres 2, straat",            // Business Street 2
    "Werkadres 3, straat",            // Business Street 3
    "Werkadres, plaats",              // Business City
    "Werkadres, provincie",           // Business State
    "Werkadres, postcode",            // Business Postal Code
    "Land/regio (werk)",              // Business Country/Region
    "Huisadres, straat",              // Home Street
    "Huisadres, straat 2",            // Home Street 2
    "Huisadres, straat 3",            // Home Street 3
    "Huisadres, plaats",              // Home City
    "Huisadres, provincie",           // Home State
    "Huisadres, postcode",            // Home Postal Code
    "Land/regio (thuis)",             // Home Country/Region
    "Ander adres, straat",            // Other Street
    "Ander adres, straat 2",          // Other Street 2
    "Ander adres, straat 3",          // Other Street 3
    "Ander adres, plaats",            // Other City
    "Ander adres, provincie",         // Other State
    "Ander adres, postcode",          // Other Postal Code
    "Land/regio (anders)",            // Other Country/Region
    "Telefoon assistent",             // Assistant's Phone
    "Fax op werk",                    // Business Fax
    "Telefoon op werk",               // Business Phone
    "Telefoon op werk 2",             // Business Phone 2
    "Terugbellen",                    // Callback
    "Autotelefoon",                   // Car Phone
    "Hoofdtelefoon bedrijf",          // Company Main Phone
    "Fax thuis",                      // Home Fax
    "Telefoon thuis",                 // Home Phone
    "Telefoon thuis 2",               // Home Phone 2
    "ISDN",                           // ISDN
    "Mobiele telefoon",               // Mobile Phone
    "Andere fax",                     // Other Fax
    "Andere telefoon",                // Other Phone
    "Pager",                          // Pager
    "Hoofdtelefoon",                  // Primary Phone
    "Radiotelefoon",                  // Radio Phone
    "Teksttelefoon",                  // TTY/TDD Phone
    "Telex",                          // Telex
    "Account",                        // Account
    "Speciale datum",                 // Anniversary
    "Naam assistent",                 // Assistant's Name
    "Factuurinformatie",              // Billing Information
    "Verjaardag",                     // Birthday
    "Werkadres, postbusnummer",       // Business Address PO Box
    "Categorieën",                    // Categories
    "Kinderen",                       // Children
    "Adreslijstserver",               // Directory Server
    "E-mailadres",                    // E-mail Address
    "E-mailtype",                     // E-mail Type
    "Weergavenaam voor e-mail",       // E-mail Display Name
    "E-mailadres 2",                  // E-mail 2 Address
    "E-mailtype 2",                   // E-mail 2 Type
    "E-mail, weergegeven naam 2",     // E-mail 2 Display Name
    "E-mailadres 3",                  // E-mail 3 Address
    "E-mailtype 3",                   // E-mail 3 Type
    "E-mail, weergegeven naam 3",     // E-mail 3 Display Name
    "Geslacht",                       // Gender
    "Sofinummer",                     // Government ID Number
    "Hobby's",                        // Hobby
    "Huisadres, postbusnummer",       // Home Address PO Box
    "Initialen",                      // Initials
    "Internet Beschikbaarheidsinfo",  // Internet Free Busy
    "Trefwoorden",                    // Keywords
    "Taal",                           // Language
    "Locatie",                        // Location
    "Naam manager",                   // Manager's Name
    "Reisafstand",                    // Mileage
    "Notities",                       // Notes
    "Kantoorlocatie",                 // Office Location
    "Organisatie-id",                 // Organizational ID Number
    "Ander adres, postbusnummer",     // Other Address PO Box
    "Prioriteit",                     // Priority
    "Privé",                          // Private
    "Beroep",                         // Profession
    "Referentie van",                 // Referred By
    "Gevoeligheid",                   // Sensitivity
    "Partner",                        // Spouse
    "Gebruiker 1",                    // User 1
    "Gebruiker 2",                    // User 2
    "Gebruiker 3",                    // User 3
    "Gebruiker 4",                    // User 4
    "Webpagina",                      // Web Page
    "",                               // Nickname
    "",                               // Given Yomi
    "",                               // Surname Yomi
    "",                               // Company Yomi
    "",                               // IMAddress
    "",                               // Personal Web Page
    "",                               // Schools
    "",                               // Business Address
    "",                               // Home Address
    "",                               // Other Address
};

constexpr OutlookNames outlook_pl = {
    "Tytuł",                                // Title
    "Imię",                                 // First Name
    "Drugie imię",                          // Middle Name
    "Nazwisko",                             // Last Name
    "Sufiks",                               // Suffix
    "Firma",                                // Company
    "Dział",                                // Department
    "Stanowisko",                           // Job Title
    "Adres służbowy - ulica",               // Business Street
    "Adres służbowy - ulica 2",             // Business Street 2
    "Adres służbowy - ulica 3",             // Business Street 3
    "Adres służbowy - miejscowość",         // Business City
    "Adres służbowy - województwo",         // Business State
    "Adres służbowy - kod pocztowy",        // Business Postal Code
    "Adres służbowy - kraj/region",         // Business Country/Region
    "Adres domowy - ulica",                 // Home Street
    "Adres domowy - ulica (2)",             // Home Street 2
    "Adres domowy - ulica (3)",             // Home Street 3
    "Adres domowy - miejscowość",           // Home City
    "Adres domowy - województwo",           // Home State
    "Adres domowy - kod pocztowy",          // Home Postal Code
    "Adres domowy - kraj/region",           // Home Country/Region
    "Inny adres - ulica",                   // Other Street
    "Inny adres - ulica 2",                 // Other Street 2
    "Inny adres - ulica 3",                 // Other Street 3
    "Inny adres - miejscowość",             // Other City
    "Inny adres - województwo",             // Other State
    "Inny adres - kod pocztowy",            // Other Postal Code
    "Inny adres - kraj/region",             // Other Country/Region
    "Telefon asystenta",                    // Assistant's Phone
    "Faks służbowy",                        // Business Fax
    "Telefon służbowy",                     // Business Phone
    "Telefon służbowy 2",                   // Business Phone 2
    "Wywołanie zwrotne",                    // Callback
    "Telefon w samochodzie",                // Car Phone
    "Główny telefon do firmy",              // Company Main Phone
    "Faks domowy",                          // Home Fax
    "Telefon domowy",                       // Home Phone
    "Telefon domowy 2",                     // Home Phone 2
    "ISDN",                                 // ISDN
    "Telefon komórkowy",                    // Mobile Phone
    "Inny faks",                            // Other Fax
    "Inny telefon",                         // Other Phone
    "Pager",                                // Pager
    "Telefon podstawowy",                   // Primary Phone
    "Radiotelefon",                         // Radio Phone
    "Telefon TTY/TDD",                      // TTY/TDD Phone
    "Teleks",                               // Telex
    "Konto",                                // Account
    "Rocznica",                             // Anniversary
    "Imię i nazwisko asystenta",            // Assistant's Name
    "Informacje rozliczeniowe",             // Billing Information
    "Urodziny",                             // Birthday
    "Służbowa skrzynka pocztowa",           // Business Address PO Box
    "Kategorie",                            // Categories
    "Dzieci",                               // Children
    "Serwer katalogowy",                    // Directory Server
    "Adres e-mail",                         // E-mail Address
    "Typ poczty e-mail",                    // E-mail Type
    "Wyświetlana nazwa e-mail",             // E-mail Display Name
    "Adres e-mail 2",                       // E-mail 2 Address
    "Rodzaj e-mail 2",                      // E-mail 2 Type
    "Wyświetlana nazwa e-mail 2",           // E-mail 2 Display Name
    "Adres e-mail 3",                       // E-mail 3 Address
    "Rodzaj e-mail 3",                      // E-mail 3 Type
    "Wyświetlana nazwa e-mail 3",           // E-mail 3 Display Name
    "Płeć",                                 // Gender
    "PESEL",                                // Government ID Number
    "Hobby",                                // Hobby
    "Domowa skrzynka pocztowa",             // Home Address PO Box
    "Inicjały",                             // Initials
    "Internetowe informacje wolny/zajęty",  // Internet Free Busy
    "Słowa kluczowe",                       // Keywords
    "Język",                                // Language
    "Lokalizacja",                          // Location
    "Menedżer",                             // Manager's Name
    "Przebieg",                             // Mileage
    "Notatki",                              // Notes
    "Lokalizacja biura",                    // Office Location
    "Numer ewidencyjny w organizacji",      // Organizational ID Number
    "Inna skrzynka pocztowa",               // Other Address PO Box
    "Priorytet",                            // Priority
    "Prywatne",                             // Private
    "Zawód",                                // Profession
    "Osoba polecająca",                     // Referred By
    "Charakter",                            // Sensitivity
    "Współmałżonek",                        // Spouse
    "Użytkownik 1",                         // User 1
    "Użytkownik 2",                         // User 2
    "Użytkownik 3",                         // User 3
    "Użytkownik 4",                         // User 4
    "Strona sieci Web",                     // Web Page
    "",                                     // Nickname
    "",                                     // Given Yomi
    "",                                     // Surname Yomi
    "",                                     // Company Yomi
    "",                                     // IMAddress
    "",                                     // Personal Web Page
    "",                                     // Schools
    "",                                     // Business Address
    "",                                     // Home Address
    "",                                     // Other Address
};

constexpr OutlookNames outlook_pt_br = {
    "Tratamento",                            // Title
    "Primeiro nome",                         // First Name
    "Segundo nome",                          // Middle Name
    "Sobrenome",                             // Last Name
    "Sufixo",                                // Suffix
    "Empresa",                               // Company
    "Departamento",                          // Department
    "Cargo",                                 // Job Title
    "Business Street",                       // Business Street
    "Rua do endereço comercial 2",           // Business Street 2
    "Rua do endereço comercial 3",           // Business Street 3
    "Business City",                         // Business City
    "Business State",                        // Business State
    "Business Postal Code",                  // Business Postal Code
    "País/Região da Empresa",                // Business Country/Region
    "Endereço residencial",                  // Home Street
    "Endereço residencial 2",                // Home Street 2
    "Endereço residencial 3",                // Home Street 3
    "Cidade do endereço residencial",        // Home City
    "Estado",                                // Home State
    "CEP do endereço residencial",           // Home Postal Code
    "País/Região de Residência",             // Home Country/Region
    "Outro endereço",                        // Other Street
    "Outro endereço 2",                      // Other Street 2
    "Outro endereço 3",                      // Other Street 3
    "Cidade",                                // Other City
    "Estado",                                // Other State
    "CEP",                                   // Other Postal Code
    "Outro País/Região",                     // Other Country/Region
    "Telefone do assistente",                // Assistant's Phone
    "Fax comercial",                         // Business Fax
    "Telefone comercial",                    // Business Phone
    "Telefone comercial 2",                  // Business Phone 2
    "Retorno de chamada",                    // Callback
    "Telefone do carro",                     // Car Phone
    "Telefone principal da empresa",         // Company Main Phone
    "Fax residencial",                       // Home Fax
    "Telefone residencial",                  // Home Phone
    "Telefone residencial 2",                // Home Phone 2
    "ISDN",                                  // ISDN
    "Telefone celular",                      // Mobile Phone
    "Outro fax",                             // Other Fax
    "Outro telefone",                        // Other Phone
    "Pager",                                 // Pager
    "Telefone principal",                    // Primary Phone
    "Radiofone",                             // Radio Phone
    "Telefone TTY/TDD",                      // TTY/TDD Phone
    "Telex",                                 // Telex
    "Conta",                                 // Account
    "Datas especiais",                       // Anniversary
    "Nome do assistente",                    // Assistant's Name
    "Informações para cobrança",             // Billing Information
    "Birthday",                              // Birthday
    "Caixa postal do endereço comercial",    // Business Address PO Box
    "Categorias",                            // Categories
    "Filhos",                                // Children
    "Servidor de diretório",                 // Directory Server
    "E-mail Address",                        // E-mail Address
    "Tipo de email",                         // E-mail Type
    "Nome para exibição do email",           // E-mail Display Name
    "Endereço de email 2",                   // E-mail 2 Address
    "Tipo de email 2",                       // E-mail 2 Type
    "Nome para exibição do email 2",         // E-mail 2 Display Name
    "Endereço de email 3",                   // E-mail 3 Address
    "Tipo de email 3",                       // E-mail 3 Type
    "Nome para exibição do email 3",         // E-mail 3 Display Name
    "Sexo",                                  // Gender
    "Código do governo",                     // Government ID Number
    "Hobby",                                 // Hobby
    "Caixa postal do endereço residencial",  // Home Address PO Box
    "Iniciais",                              // Initials
    "Disponibilidade da Internet",           // Internet Free Busy
    "Palavras-chave",                        // Keywords
    "Idioma",                                // Language
    "Local",                                 // Location
    "Nome do gerenciador",                   // Manager's Name
    "Quilometragem",                         // Mileage
    "Anotações",                             // Notes
    "Sala",                                  // Office Location
    "Código da empresa",                     // Organizational ID Number
    "Caixa postal de outro endereço",        // Other Address PO Box
    "Prioridade",                            // Priority
    "Particular",                            // Private
    "Profissão",                             // Profession
    "Indicação",                             // Referred By
    "Sensibilidade",                         // Sensitivity
    "Spouse",                                // Spouse
    "Personalizado 1",                       // User 1
    "Personalizado 2",                       // User 2
    "Personalizado 3",                       // User 3
    "Personalizado 4",                       // User 4
    "Página da Web",                         // Web Page
    "",                                      // Nickname
    "",                                      // Given Yomi
    "",                                      // Surname Yomi
    "",                                      // Company Yomi
    "",                                      // IMAddress
    "",                                      // Personal Web Page
    "",                                      // Schools
    "",                                      // Business Address
    "",                                      // Home Address
    "",                                      // Other Address
};

constexpr OutlookNames outlook_ru = {
    "Обращение",                           // Title
    "Имя",                                 // First Name
    "Отчество",                            // Middle Name
    "Фамилия",                             // Last Name
    "Суффикс",                             // Suffix
    "Организация",                         // Company
    "Отдел",                               // Department
    "Должность",                           // Job Title
    "Улица (раб. адрес)",                  // Business Street
    "Улица 2 (раб. адрес)",                // Business Street 2
    "Улица 3 (раб. адрес)",                // Business Street 3
    "Город (раб. адрес)",                  // Business City
    "Область (раб. адрес)",                // Business State
    "Индекс (раб. адрес)",                 // Business Postal Code
    "Страна или регион (раб. адрес)",      // Business Country/Region
    "Улица (дом. адрес)",                  // Home Street
    "Улица 2 (дом. адрес)",                // Home Street 2
    "Улица 3 (дом. адрес)",                // Home Street 3
    "Город (дом. адрес)",                  // Home City
    "Область (дом. адрес)",                // Home State
    "Почтовый код (дом.)",                 // Home Postal Code
    "Страна или регион (дом. адрес)",      // Home Country/Region
    "Улица (другой адрес)",                // Other Street
    "Улица 2 (другой адрес)",              // Other Street 2
    "Улица 3 (другой адрес)",              // Other Street 3
    "Город (другой адрес)",                // Other City
    "Область (другой адрес)",              // Other State
    "Индекс (другой адрес)",               // Other Postal Code
    "Страна или регион (другой адрес)",    // Other Country/Region
    "Телефон помощника",                   // Assistant's Phone
    "Рабочий факс",                        // Business Fax
    "Рабочий телефон",                     // Business Phone
    "Телефон раб. 2",                      // Business Phone 2
    "Обратный вызов",                      // Callback
    "Телефон в машине",                    // Car Phone
    "Основной телефон организации",        // Company Main Phone
    "Домашний факс",                       // Home Fax
    "Домашний телефон",                    // Home Phone
    "Телефон дом. 2",                      // Home Phone 2
    "ISDN",                                // ISDN
    "Телефон переносной",                  // Mobile Phone
    "Другой факс",                         // Other Fax
    "Другой телефон",                      // Other Phone
    "Пейджер",                             // Pager
    "Основной телефон",                    // Primary Phone
    "Радиотелефон",                        // Radio Phone
    "Телетайп/телефон с титрами",          // TTY/TDD Phone
    "Телекс",                              // Telex
    "Счет",                                // Account
    "Годовщина",                           // Anniversary
    "Имя помощника",                       // Assistant's Name
    "Счета",                               // Billing Information
    "День рождения",                       // Birthday
    "Почтовый ящик (раб. адрес)",          // Business Address PO Box
    "Категории",                           // Categories
    "Дети",                                // Children
    "Сервер каталогов",                    // Directory Server
    "Адрес эл. почты",                     // E-mail Address
    "Тип эл. почты",                       // E-mail Type
    "Краткое имя эл. почты",               // E-mail Display Name
    "Адрес 2 эл. почты",                   // E-mail 2 Address
    "Тип 2 эл. почты",                     // E-mail 2 Type
    "Краткое 2 имя эл. почты",             // E-mail 2 Display Name
    "Адрес 3 эл. почты",                   // E-mail 3 Address
    "Тип 3 эл. почты",                     // E-mail 3 Type
    "Краткое 3 имя эл. почты",             // E-mail 3 Display Name
    "Пол",                                 // Gender
    "Личный код",                          // Government ID Number
    "Хобби",                               // Hobby
    "Почтовый ящик (дом. адрес)",          // Home Address PO Box
    "Инициалы",                            // Initials
    "Сведения о доступности в Интернете",  // Internet Free Busy
    "Ключевые слова",                      // Keywords
    "Язык",                                // Language
    "Расположение",                        // Location
    "Руководитель",                        // Manager's Name
    "Расстояние",                          // Mileage
    "Заметки",                             // Notes
    "Расположение комнаты",                // Office Location
    "Код организации",                     // Organizational ID Number
    "Почтовый ящик (другой адрес)",        // Other Address PO Box
    "Важность",                            // Priority
    "Частное",                             // Private
    "Профессия",                           // Profession
    "Отложено",                            // Referred By
    "Пометка",                             // Sensitivity
    "Супруг(а)",                           // Spouse
    "Пользователь 1",                      // User 1
    "Пользователь 2",                      // User 2
    "Пользователь 3",                      // User 3
    "Пользователь 4",                      // User 4
    "Веб-страница",                        // Web Page
    "",                                    // Nickname
    "",                                    // Given Yomi
    "",                                    // Surname Yomi
    "",                                    // Company Yomi
    "",                                    // IMAddress
    "",                                    // Personal Web Page
    "",                                    // Schools
    "",                                    // Business Address
    "",                                    // Home Address
    "",                                    // Other Address
};

constexpr OutlookNames outlook_sv = {
    "Titel",                                    // Title
    "Förnamn",                                  // First Name
    "Mellannamn",                               // Middle Name
    "Efternamn",                                // Last Name
    "Namnsuffix",                               // Suffix
    "Företag",                                  // Company
    "Avdelning",                                // Department
    "Befattning",                               // Job Title
    "Gatuadress, arbete",                       // Business Street
    "Gatuadress 2, arbete",                     // Business Street 2
    "Gatuadress 3, arbete",                     // Business Street 3
    "Ort, arbete",                              // Business City
    "Region, arbete",                           // Business State
    "Postadress, arbete",                       // Business Postal Code
    "Land, arbete",                             // Business Country/Region
    "Gatuadress, hem",                          // Home Street
    "Gatuadress 2, hem",                        // Home Street 2
    "Gatuadress 3, hem",                        // Home Street 3
    "Hemort",                                   // Home City
    "Region, hem",                              // Home State
    "Postnr, hem",                              // Home Postal Code
    "Land, hem",                                // Home Country/Region
    "Annan gata",                               // Other Street
    "Annan gata 2",                             // Other Street 2
    "Annan gata 3",                             // Other Street 3
    "Annan ort",                                // Other City
    "Annan region",                             // Other State
    "Annat postnummer",                         // Other Postal Code
    "Annat land",                               // Other Country/Region
    "Telefon, assistent",                       // Assistant's Phone
    "Fax arbete",                               // Business Fax
    "Arbete",                                   // Business Phone
    "Telefon 2, arbete",                        // Business Phone 2
    "Motringning",                              // Callback
    "Biltelefon",                               // Car Phone
    "Företag, växel",                           // Company Main Phone
    "Fax, hem",                                 // Home Fax
    "Hem",                                      // Home Phone
    "Telefon 2, hem",                           // Home Phone 2
    "ISDN",                                     // ISDN
    "Mobiltelefon",                             // Mobile Phone
    "Fax, annan",                               // Other Fax
    "Telefon, annan",                           // Other Phone
    "Personsökare",                             // Pager
    "Telefon 1",                                // Primary Phone
    "Telefon 2",                                // Radio Phone
    "TTY/TDD-telefon",                          // TTY/TDD Phone
    "Telex",                                    // Telex
    "Konto",                                    // Account
    "Årsdag",                                   // Anniversary
    "Namn, assistent",                          // Assistant's Name
    "Fakturering",                              // Billing Information
    "Födelsedag",                               // Birthday
    "Arbetsadress, box",                        // Business Address PO Box
    "Kategorier",                               // Categories
    "Barn",                                     // Children
    "Katalogserver",                            // Directory Server
    "E-postadress",                             // E-mail Address
    "E-posttyp",                                // E-mail Type
    "E-postnamn",                               // E-mail Display Name
    "E-postadress 2",                           // E-mail 2 Address
    "E-posttyp 2",                              // E-mail 2 Type
    "E-postnamn 2",                             // E-mail 2 Display Name
    "E-postadress 3",                           // E-mail 3 Address
    "E-posttyp 3",                              // E-mail 3 Type
    "E-postnamn 3",                             // E-mail 3 Display Name
    "Kön",                                      // Gender
    "Personnummer",                             // Government ID Number
    "Hobby",                                    // Hobby
    "Hemadress, box",                           // Home Address PO Box
    "Initialer",                                // Initials
    "Ledig/upptagen-information för Internet",  // Internet Free Busy
    "Nyckelord",                                // Keywords
    "Språk",                                    // Language
    "Plats",                                    // Location
    "Namn, chef",                               // Manager's Name
    "Reseersättning (km)",                      // Mileage
    "Anteckningar",                             // Notes
    "Arbetsplats",                              // Office Location
    "Organisationsnummer",                      // Organizational ID Number
    "Annan adress, box",                        // Other Address PO Box
    "Prioritet",                                // Priority
    "Privat",                                   // Private
    "Yrke",                                     // Profession
    "Referens",                                 // Referred By
    "Känslighet",                               // Sensitivity
    "Make maka",                                // Spouse
    "Användare 1",                              // User 1
    "Användare 2",                              // User 2
    "Användare 3",                              // User 3
    "Användare 4",                              // User 4
    "Webbsida",                                 // Web Page
    "",                                         // Nickname
    "",                                         // Given Yomi
    "",                                         // Surname Yomi
    "",                                         // Company Yomi
    "",                                         // IMAddress
    "",                                         // Personal Web Page
    "",                                         // Schools
    "",                                         // Business Address
    "",                                         // Home Address
    "",                                         // Other Address
};

constexpr OutlookNames outlook_tr = {
    "Unvan",                           // Title
    "İlk Adı",                         // First Name
    "İkinci Adı",                      // Middle Name
    "Soyadı",                          // Last Name
    "Sonek",                           // Suffix
    "Şirket",                          // Company
    "Bölüm",                           // Department
    "İş Unvanı",                       // Job Title
    "İş-Cadde",                        // Business Street
    "İş-Cadde 2",                      // Business Street 2
    "İş-Cadde 3",                      // Business Street 3
    "İş-Şehir",                        // Business City
    "İş-Bölge",                        // Business State
    "İş-Posta Kodu",                   // Business Postal Code
    "İş-Ülke/Bölge",                   // Business Country/Region
    "Ev-Cadde",                        // Home Street
    "Ev-Cadde 2",                      // Home Street 2
    "Ev-Cadde 3",                      // Home Street 3
    "Ev-Şehir",                        // Home City
    "Ev-Bölge",                        // Home State
    "Ev-Posta Kodu",                   // Home Postal Code
    "Ev-Ülke/Bölge",                   // Home Country/Region
    "Diğer-Cadde",                     // Other Street
    "Diğer-Cadde 2",                   // Other Street 2
    "Diğer-Cadde 3",                   // Other Street 3
    "Diğer-Şehir",                     // Other City
    "Diğer-Bölge",                     // Other State
    "Diğer-Posta Kodu",                // Other Postal Code
    "Diğer-Ülke/Bölge",                // Other Country/Region
    "Yardımcının Telefonu",            // Assistant's Phone
    "İş Faks No",                      // Business Fax
    "İş Telefon No",                   // Business Phone
    "İş Telefonu 2",                   // Business Phone 2
    "Geri Arama",                      // Callback
    "Araç Telefonu",                   // Car Phone
    "Şirket Santral Telefonu",         // Company Main Phone
    "Ev-Faks No",                      // Home Fax
    "Ev Telefonu",                     // Home Phone
    "Ev Telefonu 2",                   // Home Phone 2
    "ISDN",                            // ISDN
    "Cep Telefonu",                    // Mobile Phone
    "Diğer Faks No",                   // Other Fax
    "Diğer Telefon No",                // Other Phone
    "Çağrı Cihazı",                    // Pager
    "Birincil Telefon",                // Primary Phone
    "Telsiz Telefonu",                 // Radio Phone
    "TTY/TDD Telefonu",                // TTY/TDD Phone
    "Teleks",                          // Telex
    "Hesap",                           // Account
    "Yıldönümü",                       // Anniversary
    "Yardımcının Adı",                 // Assistant's Name
    "Faturalama Bilgisi",              // Billing Information
    "Doğum günü",                      // Birthday
    "İş Adresi Posta Kutusu",          // Business Address PO Box
    "Kategoriler",                     // Categories
    "Çocuklar",                        // Children
    "Dizin Sunucusu",                  // Directory Server
    "Elektronik Posta Adresi",         // E-mail Address
    "Elektronik Posta Türü",           // E-mail Type
    "Elektronik Posta Görünen Adı",    // E-mail Display Name
    "Elektronik Posta 2 Adres",        // E-mail 2 Address
    "Elektronik Posta 2 Türü",         // E-mail 2 Type
    "Elektronik Posta 2 Görünen Adı",  // E-mail 2 Display Name
    "Elektronik Posta 3 Adres",        // E-mail 3 Address
    "Elektronik Posta 3 Türü",         // E-mail 3 Type
    "Elektronik Posta 3 Görünen Adı",  // E-mail 3 Display Name
    "Cinsiyet",                        // Gender
    "Ulusal Kimlik No",                // Government ID Number
    "Hobiler",                         // Hobby
    "Ev Adresi Posta Kutusu",          // Home Address PO Box
    "İlk Harfler",                     // Initials
    "Internet Serbest Meşgul",         // Internet Free Busy
    "Anahtar sözcükler",               // Keywords
    "Dil",                             // Language
    "Konum",                           // Location
    "Yönetici'nin Adı",                // Manager's Name
    "Dönem",                           // Mileage
    "Notlar",                          // Notes
    "İşyeri Konumu",                   // Office Location
    "Kuruluş Kimlik No",               // Organizational ID Number
    "Diğer Adres Posta Kutusu",        // Other Address PO Box
    "Öncelik",                         // Priority
    "Özel",                            // Private
    "Meslek",                          // Profession
    "Başvuran",                        // Referred By
    "Duyarlılık",                      // Sensitivity
    "Eşi",                             // Spouse
    "Kullanıcı 1",                     // User 1
    "Kullanıcı 2",                     // User 2
    "Kullanıcı 3",                     // User 3
    "Kullanıcı 4",                     // User 4
    "Web Sayfası",                     // Web Page
    "",                                // Nickname
    "",                                // Given Yomi
    "",                                // Surname Yomi
    "",                                // Company Yomi
    "",                                // IMAddress
    "",                                // Personal Web Page
    "",                                // Schools
    "",                                // Business Address
    "",                                // Home Address
    "",                                // Other Address
};

constexpr OutlookNames outlook_ja = {
    "肩書き",                      // Title
    "名",                          // First Name
    "ミドル",                      // Middle Name
    "姓",                          // Last Name
    "敬称",                        // Suffix
    "会社名",                      // Company
    "部署",                        // Department
    "役職",                        // Job Title
    "番地 (会社)",                 // Business Street
    "住所 2 (会社)",               // Business Street 2
    "住所 3 (会社)",               // Business Street 3
    "市町村 (会社)",               // Business City
    "都道府県 (会社)",             // Business State
    "郵便番号 (会社)",             // Business Postal Code
    "国 (会社)/地域",              // Business Country/Region
    "番地 (自宅)",                 // Home Street
    "住所 2 (自宅)",               // Home Street 2
    "住所 3 (自宅)",               // Home Street 3
    "市町村 (自宅)",               // Home City
    "都道府県 (自宅)",             // Home State
    "郵便番号 (自宅)",             // Home Postal Code
    "国 (自宅)/地域",              // Home Country/Region
    "番地 (その他)",               // Other Street
    "住所 2 (その他)",             // Other Street 2
    "住所 3 (その他)",             // Other Street 3
    "市町村 (その他)",             // Other City
    "都道府県 (その他)",           // Other State
    "郵便番号 (その他)",           // Other Postal Code
    "国 (その他)/地域",            // Other Country/Region
    "秘書の電話",                  // Assistant's Phone
    "会社 FAX",                    // Business Fax
    "会社電話",                    // Business Phone
    "会社電話 2",                  // Business Phone 2
    "コールバック",                // Callback
    "自動車電話",                  // Car Phone
    "会社代表電話",                // Company Main Phone
    "自宅 FAX",                    // Home Fax
    "自宅電話",                    // Home Phone
    "自宅電話 2",                  // Home Phone 2
    "ISDN",                        // ISDN
    "携帯電話",                    // Mobile Phone
    "その他の FAX",                // Other Fax
    "その他の電話",                // Other Phone
    "ポケットベル",                // Pager
    "通常の電話",                  // Primary Phone
    "無線電話",                    // Radio Phone
    "TTY/TDD",                     // TTY/TDD Phone
    "テレックス",                  // Telex
    "アカウント",                  // Account
    "記念日",                      // Anniversary
    "秘書の氏名",                  // Assistant's Name
    "支払い条件",                  // Billing Information
    "誕生日",                      // Birthday
    "会社住所私書箱",              // Business Address PO Box
    "分類",                        // Categories
    "子供",                        // Children
    "ディレクトリサーバー",        // Directory Server
    "電子メール アドレス",         // E-mail Address
    "電子メールの種類",            // E-mail Type
    "電子メール表示名",            // E-mail Display Name
    "電子メール 2 アドレス",       // E-mail 2 Address
    "電子メール 2 の種類",         // E-mail 2 Type
    "電子メール 2 表示名",         // E-mail 2 Display Name
    "電子メール 3 アドレス",       // E-mail 3 Address
    "電子メール 3 の種類",         // E-mail 3 Type
    "電子メール 3 表示名",         // E-mail 3 Display Name
    "性別",                        // Gender
    "ID 番号",                     // Government ID Number
    "趣味",                        // Hobby
    "自宅住所私書箱",              // Home Address PO Box
    "イニシャル",                  // Initials
    "インターネット空き時間情報",  // Internet Free Busy
    "キーワード",                  // Keywords
    "言語",                        // Language
    "場所",                        // Location
    "マネージャー",                // Manager's Name
    "経費情報",                    // Mileage
    "メモ",                        // Notes
    "事業所",                      // Office Location
    "会社 ID",                     // Organizational ID Number
    "その他住所私書箱",            // Other Address PO Box
    "優先度",                      // Priority
    "プライベート",                // Private
    "職業",                        // Profession
    "参照事項",                    // Referred By
    "秘密度",                      // Sensitivity
    "配偶者",                      // Spouse
    "ユーザー 1",                  // User 1
    "ユーザー 2",                  // User 2
    "ユーザー 3",                  // User 3
    "ユーザー 4",                  // User 4
    "Web ページ",                  // Web Page
    "",                            // Nickname
    "名前フリガナ",                // Given Yomi
    "姓フリガナ",                  // Surname Yomi
    "会社名フリガナ",              // Company Yomi
    "",                            // IMAddress
    "",                            // Personal Web Page
    "",                            // Schools
    "",                            // Business Address
    "",                            // Home Address
    "",                            // Other Address
};

constexpr LocaleNames locales[] = {
    {"da", outlook_da},       {"de", outlook_de}, {"en-GB", outlook_en_gb}, {"es", outlook_es},
    {"fr", outlook_fr},       {"it", outlook_it}, {"nl", outlook_nl},       {"pl", outlook_pl},
    {"pt-BR", outlook_pt_br}, {"ru", outlook_ru}, {"sv", outlook_sv},       {"tr", outlook_tr},
    {"ja", outlook_ja},
};

}  // namespace

const Preset& outlook_preset() {
  static constexpr Preset preset{
      .name = "outlook", .columns = columns, .aliases = aliases, .locales = locales};
  return preset;
}

std::span<const std::string_view> outlook_export_names() {
  // What Outlook's import maps without asking, in Outlook's own order: the
  // name, the work and home addresses, the phones liaison keeps by kind
  // (two of work and home, a second fax), categories, three e-mails, notes
  // and the web page.
  static constexpr std::string_view names[] = {
      "Title",
      "First Name",
      "Middle Name",
      "Last Name",
      "Suffix",
      "Company",
      "Department",
      "Job Title",
      "Business Street",
      "Business City",
      "Business State",
      "Business Postal Code",
      "Business Country/Region",
      "Home Street",
      "Home City",
      "Home State",
      "Home Postal Code",
      "Home Country/Region",
      "Business Fax",
      "Business Phone",
      "Business Phone 2",
      "Home Fax",
      "Home Phone",
      "Home Phone 2",
      "Mobile Phone",
      "Other Phone",
      "Other Fax",
      "Pager",
      "Car Phone",
      "Birthday",
      "Categories",
      "E-mail Address",
      "E-mail 2 Address",
      "E-mail 3 Address",
      "Notes",
      "Web Page",
  };
  return names;
}

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
