#include "synthetic_directory.hpp"

#include <liaison/affiliation.hpp>
#include <liaison/contact.hpp>
#include <liaison/record.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <utility>

namespace liaison_bench {

namespace {

// ---------------------------------------------------------------------------
// Names. Three pools, as people are named in the region: Albanian (Albania,
// Kosovo, western North Macedonia, Ulcinj), the shared Serbian, Croatian,
// Bosnian and Montenegrin pool, and Macedonian. 51 + 70 + 38 given names
// and 45 + 65 + 40 family names, each spelled in Latin with its diacritics;
// the Slavic ones also have a Cyrillic spelling, made by to_cyrillic().

enum class Pool { albanian, slavic, macedonian };

struct NamePool {
  std::vector<const char*> male;
  std::vector<const char*> female;
  std::vector<const char*> family;  // Macedonian: the masculine form
};

const NamePool& pool(Pool which) {
  static const NamePool albanian{
      {"Arben",  "Ardit",   "Artan", "Besnik", "Bledar",   "Dritan",  "Edmond", "Elton",  "Ermal",
       "Fatmir", "Gëzim",   "Genci", "Ilir",   "Kastriot", "Klodian", "Mentor", "Petrit", "Shpëtim",
       "Valon",  "Xhevdet", "Agron", "Luan",   "Florian",  "Dardan",  "Alban"},
      {"Anila",   "Blerina", "Brikena", "Drita",  "Elira",   "Entela",  "Eriona", "Fjolla", "Jeta",
       "Juliana", "Klea",    "Lindita", "Mimoza", "Rezarta", "Valbona", "Vjosa",  "Zamira", "Teuta",
       "Mirela",  "Ornela",  "Dafina",  "Erëza",  "Fatjona", "Albana",  "Suela",  "Ermira"},
      {"Hoxha",  "Shehu",    "Krasniqi", "Gashi",    "Berisha", "Çela",    "Dervishi", "Kola",
       "Leka",   "Mema",     "Ndreu",    "Përmeti",  "Rama",    "Selimi",  "Tafaj",    "Xhafa",
       "Zeqiri", "Çapaliku", "Bajrami",  "Hysa",     "Llazi",   "Prifti",  "Qosja",    "Dushku",
       "Gjoka",  "Bregu",    "Haxhiu",   "Kelmendi", "Thaçi",   "Rexhepi", "Sinani",   "Veliu",
       "Ymeri",  "Zhupa",    "Duka",     "Çami",     "Lleshi",  "Mëhilli", "Shkurti",  "Topalli",
       "Vata",   "Bushati",  "Dedja",    "Gjini",    "Hasani"}};
  static const NamePool slavic{
      {"Aleksandar", "Bojan",    "Branko", "Dragan",   "Dušan", "Đorđe",  "Goran",
       "Ivan",       "Jovan",    "Luka",   "Marko",    "Milan", "Miloš",  "Nemanja",
       "Nikola",     "Petar",    "Stefan", "Vladimir", "Zoran", "Željko", "Vuk",
       "Darko",      "Nenad",    "Srđan",  "Mirsad",   "Emir",  "Adnan",  "Haris",
       "Kenan",      "Tomislav", "Ante",   "Josip",    "Dario", "Mladen", "Predrag"},
      {"Ana",      "Jelena",  "Milica",   "Jovana",     "Marija", "Ivana",  "Dragana",
       "Snežana",  "Tijana",  "Maja",     "Aleksandra", "Nataša", "Sanja",  "Biljana",
       "Vesna",    "Gordana", "Jasmina",  "Dženana",    "Amra",   "Lejla",  "Selma",
       "Azra",     "Mirjana", "Ljiljana", "Katarina",   "Tamara", "Nevena", "Bojana",
       "Danijela", "Ksenija", "Anđela",   "Sonja",      "Zorica", "Vanja",  "Ivona"},
      {"Jovanović",   "Petrović",  "Nikolić",   "Marković",  "Đorđević",   "Stojanović",
       "Ilić",        "Stanković", "Pavlović",  "Milošević", "Popović",    "Živković",
       "Todorović",   "Kovačević", "Savić",     "Ristić",    "Lukić",      "Mitrović",
       "Simić",       "Obradović", "Janković",  "Đukić",     "Vuković",    "Perić",
       "Radovanović", "Tomić",     "Kostić",    "Filipović", "Stevanović", "Lazić",
       "Hadžić",      "Begić",     "Delić",     "Hodžić",    "Mehmedović", "Hasanović",
       "Kurtović",    "Čaušević",  "Šehić",     "Mujić",     "Horvat",     "Kovač",
       "Babić",       "Marić",     "Jurić",     "Novak",     "Knežević",   "Vidović",
       "Tomašević",   "Šarić",     "Pejović",   "Vujošević", "Radulović",  "Bulatović",
       "Đukanović",   "Šćekić",    "Vučinić",   "Raičević",  "Lalić",      "Zečević",
       "Ćorić",       "Bošković",  "Mijatović", "Kalezić",   "Dragović"}};
  static const NamePool macedonian{
      {"Gjorgji", "Blagoja", "Dimitar", "Goce", "Igor", "Ilija", "Kiril", "Kočo", "Mile", "Ognen",
       "Risto", "Stojan", "Trajko", "Vasko", "Zlatko", "Kjiro", "Dragi", "Borče", "Vlatko"},
      {"Elena", "Emilija", "Frosina", "Gabriela", "Katerina", "Liljana", "Nade", "Olivera",
       "Simona", "Teodora", "Kristina", "Bisera", "Marija", "Biljana", "Vesna", "Jasmina",
       "Snežana", "Ivana", "Zorica"},
      {"Stojanovski", "Trajkovski", "Nikolovski",   "Petrovski",   "Dimitrovski", "Jovanovski",
       "Georgievski", "Angelovski", "Ristovski",    "Stefanovski", "Kostovski",   "Popovski",
       "Todorovski",  "Spasovski",  "Velkovski",    "Mitrevski",   "Najdovski",   "Ilievski",
       "Janevski",    "Kočevski",   "Gjorgjievski", "Trpkovski",   "Kjosevski",   "Stojanov",
       "Petrov",      "Dimov",      "Ivanov",       "Georgiev",    "Nikolov",     "Atanasov",
       "Pavlov",      "Zdravkov",   "Mladenov",     "Bogdanov",    "Ristov",      "Jakimovski",
       "Krstevski",   "Milevski",   "Džambazovski", "Sekulovski"}};
  switch (which) {
    case Pool::albanian: return albanian;
    case Pool::slavic: return slavic;
    case Pool::macedonian: return macedonian;
  }
  return albanian;
}

/// Macedonian family names agree with the person: Stojanovski/Stojanovska,
/// Petrov/Petrova, Georgiev/Georgieva.
std::string feminine_macedonian(std::string family) {
  auto ends_with = [&](std::string_view tail) {
    return family.size() >= tail.size() &&
           family.compare(family.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends_with("ski")) {
    family.back() = 'a';
  } else if (ends_with("ov") || ends_with("ev")) {
    family += 'a';
  }
  return family;
}

const std::vector<const char*>& titles() {
  static const std::vector<const char*> list{"Police Affairs Officer",
                                             "Prosecutor",
                                             "Programme Officer",
                                             "Senior Programme Officer",
                                             "Head of Anti-Trafficking Unit",
                                             "Border Police Inspector",
                                             "Criminal Investigator",
                                             "Social Worker",
                                             "Case Manager",
                                             "Legal Adviser",
                                             "Project Coordinator",
                                             "Executive Director",
                                             "Shelter Coordinator",
                                             "Psychologist",
                                             "Labour Inspector",
                                             "Judge",
                                             "Deputy Chief Prosecutor",
                                             "Head of Mission",
                                             "National Programme Officer",
                                             "Anti-Trafficking Adviser",
                                             "Migration Officer",
                                             "Liaison Officer",
                                             "Compliance Officer",
                                             "Financial Intelligence Analyst",
                                             "Anti-Money Laundering Officer",
                                             "Research Fellow",
                                             "Journalist",
                                             "Communications Officer",
                                             "Human Rights Officer",
                                             "Child Protection Officer",
                                             "Outreach Worker",
                                             "Interpreter",
                                             "Training Coordinator",
                                             "Data Analyst",
                                             "Police Commissioner",
                                             "Chief Inspector",
                                             "Victim Support Officer",
                                             "Head of Department",
                                             "Senior Adviser",
                                             "Policy Officer"};
  return list;
}

const std::vector<const char*>& tag_list() {
  static const std::vector<const char*> list{
      "trafficking",      "smuggling",      "border",
      "shelter",          "victim-support", "labour",
      "child-protection", "cybercrime",     "witness-protection",
      "training",         "donor",          "referral",
      "legal-aid",        "hotline",        "research",
      "policy",           "media",          "migration",
      "asylum",           "finance"};
  return list;
}

// ---------------------------------------------------------------------------
// Countries: where organizations are, which names their staff carry, how
// their phone numbers look. Phone shapes were checked with libphonenumber's
// IsValidNumber (every number each shape can produce is valid).

struct PhoneShape {
  const char* lead;           // first digits of the national significant number
  const char* next;           // choices for the digit after the lead
  int rest;                   // random digits after that
  std::array<int, 3> groups;  // how the national significant number is grouped
};

struct Country {
  const char* code;
  const char* name;
  const char* calling;
  const char* tld;
  unsigned weight;
  std::array<const char*, 10> cities;
  unsigned albanian, slavic, macedonian;          // percent of staff by name pool
  unsigned cyrillic_slavic, cyrillic_macedonian;  // percent written in Cyrillic
  unsigned cyrillic_organizations;  // percent of organizations with a local name in Cyrillic
  const char* police_domain;
  const char* prosecution_domain;
  const char* court_domain;
  const char* government_domain;
  PhoneShape mobile;
  PhoneShape landline;
};

const std::vector<Country>& countries() {
  static const std::vector<Country> list{
      {"AL",
       "Albania",
       "355",
       "al",
       25,
       {"Tirana", "Durrës", "Shkodër", "Vlorë", "Elbasan", "Korçë", "Fier", "Berat", "Gjirokastër",
        "Kukës"},
       100,
       0,
       0,
       0,
       0,
       0,
       "asp.gov.al",
       "pp.gov.al",
       "gjykata.gov.al",
       "gov.al",
       {"69", "0123456789", 6, {2, 3, 4}},
       {"42", "2345", 5, {1, 3, 4}}},
      {"RS",
       "Serbia",
       "381",
       "rs",
       20,
       {"Beograd", "Novi Sad", "Niš", "Kragujevac", "Subotica", "Vranje", "Šabac", "Čačak",
        "Zrenjanin", "Kraljevo"},
       0,
       100,
       0,
       55,
       0,
       50,
       "mup.gov.rs",
       "tuzilastvo.rs",
       "sud.rs",
       "gov.rs",
       {"6", "0123456", 7, {2, 3, 4}},
       {"11", "23456", 6, {2, 3, 4}}},
      {"MK",
       "North Macedonia",
       "389",
       "mk",
       15,
       {"Skopje", "Bitola", "Kumanovo", "Tetovo", "Ohrid", "Štip", "Gostivar", "Strumica", "Veles",
        "Kočani"},
       30,
       0,
       70,
       0,
       80,
       60,
       "mvr.gov.mk",
       "jorm.gov.mk",
       "sud.mk",
       "gov.mk",
       {"7", "0125678", 6, {2, 3, 3}},
       {"23", "0123456789", 5, {1, 3, 4}}},
      {"BA",
       "Bosnia and Herzegovina",
       "387",
       "ba",
       13,
       {"Sarajevo", "Banja Luka", "Tuzla", "Mostar", "Zenica", "Bihać", "Brčko", "Bijeljina",
        "Doboj", "Trebinje"},
       0,
       100,
       0,
       30,
       0,
       20,
       "fup.gov.ba",
       "tuzilastvo.ba",
       "pravosudje.ba",
       "gov.ba",
       {"6", "12356", 6, {2, 3, 3}},
       {"33", "2456", 5, {2, 3, 3}}},
      {"XK",
       "Kosovo",
       "383",
       "com",
       12,
       {"Prishtinë", "Prizren", "Pejë", "Gjakovë", "Mitrovicë", "Ferizaj", "Gjilan", "Vushtrri",
        "Podujevë", "Suharekë"},
       85,
       15,
       0,
       50,
       0,
       0,
       "kosovopolice.com",
       "prokuroria-rks.org",
       "gjyqesori-rks.org",
       "rks-gov.net",
       {"4", "3459", 6, {2, 3, 3}},
       {"382", "0123456789", 4, {2, 3, 3}}},
      {"ME",
       "Montenegro",
       "382",
       "me",
       8,
       {"Podgorica", "Nikšić", "Bar", "Budva", "Herceg Novi", "Pljevlja", "Bijelo Polje", "Cetinje",
        "Ulcinj", "Kotor"},
       10,
       90,
       0,
       30,
       0,
       20,
       "policija.me",
       "tuzilastvo.me",
       "sudovi.me",
       "gov.me",
       {"6", "789", 6, {2, 3, 3}},
       {"20", "26", 5, {2, 3, 3}}},
      {"HR",
       "Croatia",
       "385",
       "hr",
       7,
       {"Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Slavonski Brod", "Pula", "Karlovac",
        "Varaždin", "Dubrovnik"},
       0,
       100,
       0,
       0,
       0,
       0,
       "policija.hr",
       "dorh.hr",
       "pravosudje.hr",
       "gov.hr",
       {"9", "12589", 7, {2, 3, 4}},
       {"1", "23456", 6, {1, 3, 4}}},
  };
  return list;
}

const Country& country_of(std::string_view code) {
  for (const Country& country : countries()) {
    if (code == country.code) return country;
  }
  throw std::logic_error("unknown country " + std::string(code));
}

// ---------------------------------------------------------------------------
// Organizations: one flat table of kinds of institution, drawn by weight.
// `{city}` and `{country}` are filled in; the acronym gets the city's code
// (or the country's) so that it names one organization.

enum class DomainRule { police, prosecution, court, government, slug, bank, fixed };

struct OrgTemplate {
  const char* english;
  const char* serbian;     // local name in Serbian Latin, or nullptr
  const char* macedonian;  // local name in Macedonian Latin, or nullptr
  liaison::OrganizationKind kind;
  const char* acronym;
  DomainRule domain;
  const char* domain_text;  // fixed domain, or the bank's name in its domain
  unsigned weight;
};

const std::vector<OrgTemplate>& org_templates() {
  using K = liaison::OrganizationKind;
  using D = DomainRule;
  static const std::vector<OrgTemplate> list{
      // law enforcement, 22
      {"Police Directorate {city}", "Policijska uprava {city}", "Sektor za vnatrešni raboti {city}",
       K::law_enforcement, "PD", D::police, nullptr, 6},
      {"Border Police Station {city}", "Stanica granične policije {city}",
       "Stanica na graničnata policija {city}", K::law_enforcement, "BPS", D::police, nullptr, 4},
      {"Anti-Trafficking Unit {city}", nullptr, nullptr, K::law_enforcement, "ATU", D::police,
       nullptr, 3},
      {"Regional Police Directorate {city}", nullptr, nullptr, K::law_enforcement, "RPD", D::police,
       nullptr, 4},
      {"Criminal Police Department {city}", nullptr, nullptr, K::law_enforcement, "CPD", D::police,
       nullptr, 3},
      {"Migration Police Office {city}", nullptr, nullptr, K::law_enforcement, "MPO", D::police,
       nullptr, 2},
      // judiciary, 15
      {"Basic Prosecution Office {city}", "Osnovno javno tužilaštvo {city}",
       "Osnovno javno obvinitelstvo {city}", K::judiciary, "BPO", D::prosecution, nullptr, 5},
      {"Basic Court {city}", "Osnovni sud {city}", "Osnoven sud {city}", K::judiciary, "BC",
       D::court, nullptr, 4},
      {"Court of Appeal {city}", "Apelacioni sud {city}", "Apelacionen sud {city}", K::judiciary,
       "CoA", D::court, nullptr, 2},
      {"Special Prosecution Office {city}", nullptr, nullptr, K::judiciary, "SPO", D::prosecution,
       nullptr, 2},
      {"Higher Public Prosecutor's Office {city}", "Više javno tužilaštvo {city}", nullptr,
       K::judiciary, "HPPO", D::prosecution, nullptr, 2},
      // government, 10
      {"Centre for Social Work {city}", "Centar za socijalni rad {city}",
       "Centar za socijalna rabota {city}", K::government_ministry, "CSW", D::government, nullptr,
       4},
      {"Labour Inspectorate {city}", "Inspektorat za rad {city}", nullptr, K::government_ministry,
       "LI", D::government, nullptr, 2},
      {"Ministry of Interior, Regional Office {city}", nullptr, nullptr, K::government_ministry,
       "MoI", D::government, nullptr, 2},
      {"Office of the National Anti-Trafficking Coordinator {country}", nullptr, nullptr,
       K::government_ministry, "ONAC", D::government, nullptr, 1},
      {"Asylum and Migration Office {city}", nullptr, nullptr, K::government_ministry, "AMO",
       D::government, nullptr, 1},
      // NGOs, 25
      {"Different and Equal {city}", nullptr, nullptr, K::ngo, "DE", D::slug, nullptr, 2},
      {"Hope for the Future {city}", nullptr, nullptr, K::ngo, "HFF", D::slug, nullptr, 2},
      {"Open Gate {city}", nullptr, nullptr, K::ngo, "OG", D::slug, nullptr, 1},
      {"Safe House {city}", nullptr, nullptr, K::ngo, "SH", D::slug, nullptr, 2},
      {"Children First {city}", nullptr, nullptr, K::ngo, "CF", D::slug, nullptr, 2},
      {"Women's Rights Centre {city}", nullptr, nullptr, K::ngo, "WRC", D::slug, nullptr, 2},
      {"Legal Aid Network {city}", nullptr, nullptr, K::ngo, "LAN", D::slug, nullptr, 2},
      {"Roma Youth Network {city}", nullptr, nullptr, K::ngo, "RYN", D::slug, nullptr, 1},
      {"Counselling Line for Women and Girls {city}", nullptr, nullptr, K::ngo, "CLWG", D::slug,
       nullptr, 1},
      {"Centre for Social Initiatives {city}", nullptr, nullptr, K::ngo, "CSI", D::slug, nullptr,
       2},
      {"Association for Victim Support {city}", nullptr, nullptr, K::ngo, "AVS", D::slug, nullptr,
       2},
      {"Mary Ward Loreto Foundation {city}", nullptr, nullptr, K::ngo, "MWL", D::slug, nullptr, 1},
      {"Tjetër Vizion {city}", nullptr, nullptr, K::ngo, "TV", D::slug, nullptr, 1},
      {"Atina {city}", nullptr, nullptr, K::ngo, "ATINA", D::slug, nullptr, 1},
      {"ASTRA {city}", nullptr, nullptr, K::ngo, "ASTRA", D::slug, nullptr, 1},
      {"La Strada {city}", nullptr, nullptr, K::ngo, "LS", D::slug, nullptr, 1},
      {"New Horizons {city}", nullptr, nullptr, K::ngo, "NH", D::slug, nullptr, 1},
      // banks, 10
      {"Raiffeisen Bank {city}", nullptr, nullptr, K::private_sector, "RBI", D::bank, "raiffeisen",
       2},
      {"Intesa Sanpaolo Bank {city}", nullptr, nullptr, K::private_sector, "ISP", D::bank,
       "intesasanpaolo", 1},
      {"ProCredit Bank {city}", nullptr, nullptr, K::private_sector, "PCB", D::bank,
       "procreditbank", 1},
      {"UniCredit Bank {city}", nullptr, nullptr, K::private_sector, "UCB", D::bank,
       "unicreditbank", 1},
      {"NLB Banka {city}", nullptr, nullptr, K::private_sector, "NLB", D::bank, "nlb", 1},
      {"OTP Banka {city}", nullptr, nullptr, K::private_sector, "OTP", D::bank, "otpbanka", 1},
      {"Addiko Bank {city}", nullptr, nullptr, K::private_sector, "ADK", D::bank, "addiko", 1},
      {"Credins Bank {city}", nullptr, nullptr, K::private_sector, "CRB", D::bank, "credins", 1},
      {"Komercijalna Banka {city}", nullptr, nullptr, K::private_sector, "KB", D::bank, "kombank",
       1},
      // international bodies, 13
      {"OSCE Mission in {country}", nullptr, nullptr, K::intergovernmental, "OSCE", D::fixed,
       "osce.org", 1},
      {"OSCE Field Office {city}", nullptr, nullptr, K::intergovernmental, "OSCE", D::fixed,
       "osce.org", 2},
      {"IOM Office {city}", nullptr, nullptr, K::intergovernmental, "IOM", D::fixed, "iom.int", 2},
      {"UNODC Programme Office {city}", nullptr, nullptr, K::intergovernmental, "UNODC", D::fixed,
       "unodc.org", 1},
      {"UNHCR Field Office {city}", nullptr, nullptr, K::intergovernmental, "UNHCR", D::fixed,
       "unhcr.org", 1},
      {"UNICEF {country} Country Office", nullptr, nullptr, K::intergovernmental, "UNICEF",
       D::fixed, "unicef.org", 1},
      {"Council of Europe Programme Office {city}", nullptr, nullptr, K::intergovernmental, "CoE",
       D::fixed, "coe.int", 1},
      {"ICMPD Project Office {city}", nullptr, nullptr, K::intergovernmental, "ICMPD", D::fixed,
       "icmpd.org", 1},
      {"Frontex Liaison Office {city}", nullptr, nullptr, K::eu_agency, "FRONTEX", D::fixed,
       "frontex.europa.eu", 1},
      {"Europol Liaison Office {city}", nullptr, nullptr, K::eu_agency, "EUROPOL", D::fixed,
       "europol.europa.eu", 1},
      {"SELEC National Focal Point {city}", nullptr, nullptr, K::intergovernmental, "SELEC",
       D::fixed, "selec.org", 1},
      // academia and media, 5
      {"Faculty of Law, University of {city}", nullptr, nullptr, K::academic, "FLU", D::slug,
       nullptr, 2},
      {"Institute of Criminology {city}", nullptr, nullptr, K::academic, "IKS", D::slug, nullptr,
       1},
      {"Balkan Investigative Reporting Network {city}", nullptr, nullptr, K::media, "BIRN",
       D::fixed, "birn.eu.com", 1},
      {"Radio Television {city}", nullptr, nullptr, K::media, "RTV", D::slug, nullptr, 1},
  };
  return list;
}

const std::vector<const char*>& mail_providers() {
  static const std::vector<const char*> list{"gmail.com", "yahoo.com", "hotmail.com",
                                             "outlook.com"};
  return list;
}

// Notes: a short line in about one person in five.
const std::vector<const char*>& note_events() {
  static const std::vector<const char*> list{"Podgorica workshop",      "Ohrid regional conference",
                                             "Tirana roundtable",       "SELEC annual meeting",
                                             "Belgrade expert meeting", "Sarajevo training"};
  return list;
}
const std::vector<const char*>& note_topics() {
  static const std::vector<const char*> list{
      "labour exploitation", "child trafficking",     "migrant smuggling", "forced begging",
      "online recruitment",  "victim identification", "asset recovery",    "border cooperation"};
  return list;
}
const std::vector<const char*>& note_languages() {
  static const std::vector<const char*> list{"Albanian", "Serbian", "Macedonian", "Bosnian",
                                             "Croatian", "Italian", "German",     "Greek"};
  return list;
}

// ---------------------------------------------------------------------------
// Small helpers.

std::uint64_t mix(std::uint64_t a, std::uint64_t b) noexcept {
  Rng rng(a ^ (b * 0x9E3779B97F4A7C15ULL));
  rng.next();
  return rng.next();
}

std::uint64_t hash_text(std::string_view text) noexcept {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

/// Folded, with the spaces removed: what goes into an e-mail local part.
std::string mail_word(std::string_view text) {
  std::string out;
  for (char c : fold_key(text)) {
    if (c != ' ') out += c;
  }
  return out;
}

/// Folded, with hyphens for spaces: what goes into a domain name.
std::string slug(std::string_view text) {
  std::string out = fold_key(text);
  std::replace(out.begin(), out.end(), ' ', '-');
  return out;
}

std::string city_code(std::string_view city) { return ascii_upper(mail_word(city).substr(0, 3)); }

std::string digits(Rng& rng, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + rng.below(10));
  return out;
}

std::string grouped(std::string_view nsn, const std::array<int, 3>& groups) {
  std::string out;
  std::size_t at = 0;
  for (int size : groups) {
    if (!out.empty()) out += ' ';
    out += nsn.substr(at, static_cast<std::size_t>(size));
    at += static_cast<std::size_t>(size);
  }
  return out;
}

SyntheticPhone make_phone(const Country& country, bool mobile, Rng& rng) {
  const PhoneShape& shape = mobile ? country.mobile : country.landline;
  const std::string_view next = shape.next;
  std::string nsn = shape.lead;
  nsn += next[rng.below(next.size())];
  nsn += digits(rng, shape.rest);
  SyntheticPhone phone;
  phone.mobile = mobile;
  phone.national = "0" + grouped(nsn, shape.groups);
  phone.international = std::string("+") + country.calling + " " + grouped(nsn, shape.groups);
  phone.e164 = std::string("+") + country.calling + nsn;
  phone.stored = rng.chance(75) ? phone.national : phone.international;
  return phone;
}

// UTF-8 and the letters of the region.

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t lower_cp(char32_t cp) {
  if (cp >= U'A' && cp <= U'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
    return (cp & 1) ? cp + 1 : cp;
  }
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  return cp;
}

char32_t upper_cyrillic(char32_t cp) {
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  return cp;
}

/// The Latin spelling of a lower-case Cyrillic letter; nullptr for others.
const char* cyrillic_to_latin(char32_t cp) {
  switch (cp) {
    case 0x430: return "a";
    case 0x431: return "b";
    case 0x432: return "v";
    case 0x433: return "g";
    case 0x434: return "d";
    case 0x452: return "dj";  // ђ
    case 0x435: return "e";
    case 0x436: return "z";  // ж
    case 0x437: return "z";
    case 0x438: return "i";
    case 0x458: return "j";  // ј
    case 0x43A: return "k";
    case 0x43B: return "l";
    case 0x459: return "lj";  // љ
    case 0x43C: return "m";
    case 0x43D: return "n";
    case 0x45A: return "nj";  // њ
    case 0x43E: return "o";
    case 0x43F: return "p";
    case 0x440: return "r";
    case 0x441: return "s";
    case 0x442: return "t";
    case 0x45B: return "c";  // ћ
    case 0x443: return "u";
    case 0x444: return "f";
    case 0x445: return "h";
    case 0x446: return "c";
    case 0x447: return "c";   // ч
    case 0x45F: return "dz";  // џ
    case 0x448: return "s";   // ш
    case 0x453: return "gj";  // ѓ
    case 0x45C: return "kj";  // ќ
    case 0x455: return "dz";  // ѕ
    default: return nullptr;
  }
}

/// The folded Latin spelling of a lower-case Latin letter with a
/// diacritic; nullptr for others.
const char* latin_base(char32_t cp) {
  switch (cp) {
    case 0xE7: return "c";    // ç
    case 0xEB: return "e";    // ë
    case 0xE9: return "e";    // é
    case 0x10D: return "c";   // č
    case 0x107: return "c";   // ć
    case 0x111: return "dj";  // đ
    case 0x161: return "s";   // š
    case 0x17E: return "z";   // ž
    default: return nullptr;
  }
}

/// The lower-case Cyrillic letter for one lower-case Latin letter of
/// Serbian (or Macedonian) Latin; 0 when there is none.
char32_t latin_to_cyrillic(char32_t cp) {
  switch (cp) {
    case U'a': return 0x430;
    case U'b': return 0x431;
    case U'v': return 0x432;
    case U'g': return 0x433;
    case U'd': return 0x434;
    case 0x111: return 0x452;  // đ
    case U'e': return 0x435;
    case 0x17E: return 0x436;  // ž
    case U'z': return 0x437;
    case U'i': return 0x438;
    case U'j': return 0x458;
    case U'k': return 0x43A;
    case U'l': return 0x43B;
    case U'm': return 0x43C;
    case U'n': return 0x43D;
    case U'o': return 0x43E;
    case U'p': return 0x43F;
    case U'r': return 0x440;
    case U's': return 0x441;
    case U't': return 0x442;
    case 0x107: return 0x45B;  // ć
    case U'u': return 0x443;
    case U'f': return 0x444;
    case U'h': return 0x445;
    case U'c': return 0x446;
    case 0x10D: return 0x447;  // č
    case 0x161: return 0x448;  // š
    default: return 0;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Rng

std::uint64_t Rng::next() noexcept {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t Rng::below(std::uint64_t n) noexcept {
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  for (;;) {
    const std::uint64_t x = next();
    if (x < limit) return x % n;
  }
}

std::size_t Rng::weighted(const std::vector<unsigned>& weights) noexcept {
  std::uint64_t total = 0;
  for (unsigned w : weights) total += w;
  std::uint64_t pick = below(total);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (pick < weights[i]) return i;
    pick -= weights[i];
  }
  return weights.size() - 1;
}

// ---------------------------------------------------------------------------
// Text

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    int extra = 0;
    char32_t cp = c;
    if (c >= 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else if (c >= 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if (c >= 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    }
    ++i;
    for (int k = 0; k < extra && i < text.size(); ++k, ++i) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    }
    out += cp;
  }
  return out;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

std::string country_name(std::string_view code) { return country_of(code).name; }

std::string to_lower(std::string_view text) {
  std::u32string cps = decode_utf8(text);
  for (char32_t& cp : cps) cp = lower_cp(cp);
  return encode_utf8(cps);
}

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string fold_key(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char32_t cp : decode_utf8(text)) {
    cp = lower_cp(cp);
    const char* spelled = nullptr;
    char single[2] = {0, 0};
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9')) {
      single[0] = static_cast<char>(cp);
      spelled = single;
    } else if (const char* base = latin_base(cp)) {
      spelled = base;
    } else if (const char* latin = cyrillic_to_latin(cp)) {
      spelled = latin;
    }
    if (spelled == nullptr) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += spelled;
  }
  return out;
}

std::vector<std::string> fold_words(std::string_view text) {
  std::vector<std::string> words;
  const std::string folded = fold_key(text);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string to_cyrillic(std::string_view latin, bool macedonian) {
  const std::u32string cps = decode_utf8(latin);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t cp = cps[i];
    const char32_t lower = lower_cp(cp);
    const bool upper = lower != cp;
    const char32_t following = i + 1 < cps.size() ? lower_cp(cps[i + 1]) : 0;
    char32_t cyr = 0;
    bool digraph = true;
    if (lower == U'd' && following == 0x17E) {
      cyr = 0x45F;  // dž -> џ
    } else if (lower == U'l' && following == U'j') {
      cyr = 0x459;
    } else if (lower == U'n' && following == U'j') {
      cyr = 0x45A;
    } else if (macedonian && lower == U'g' && following == U'j') {
      cyr = 0x453;
    } else if (macedonian && lower == U'k' && following == U'j') {
      cyr = 0x45C;
    } else if (macedonian && lower == U'd' && following == U'z') {
      cyr = 0x455;
    } else {
      digraph = false;
      cyr = latin_to_cyrillic(lower);
    }
    if (cyr == 0) {
      // Digits and ASCII punctuation carry over; q, w, x, y, ë, ç and
      // anything else beyond ASCII have no Cyrillic spelling here.
      if (lower >= 0x80 || (lower >= U'a' && lower <= U'z')) return {};
      append_utf8(out, cp);
      continue;
    }
    if (macedonian && (lower == 0x111 || lower == 0x107)) return {};  // đ, ć are Serbian only
    append_utf8(out, upper ? upper_cyrillic(cyr) : cyr);
    if (digraph) ++i;
  }
  return out;
}

// ---------------------------------------------------------------------------
// SyntheticPerson

std::string SyntheticPerson::full_name_cyrillic() const {
  if (given_cyrillic.empty() || family_cyrillic.empty()) return {};
  return given_cyrillic + " " + family_cyrillic;
}

// ---------------------------------------------------------------------------
// SyntheticDirectory

struct SyntheticDirectory::Draw {
  SyntheticPerson person;  // everything but the e-mail addresses
  std::string work_local;
  std::string personal_local;
  std::string personal_domain;  // empty: no personal address
};

SyntheticDirectory::SyntheticDirectory(std::size_t persons, std::uint64_t seed)
    : persons_(persons), seed_(seed) {
  if (persons > UINT32_MAX) throw std::invalid_argument("too many persons");
  make_organizations();
  members_.resize(organizations_.size());
  work_email_number_.resize(persons);
  personal_email_number_.resize(persons);

  std::unordered_map<std::uint64_t, std::uint32_t> addresses;
  for (std::size_t i = 0; i < persons; ++i) {
    const Draw d = draw(i);
    members_[d.person.organization].push_back(static_cast<std::uint32_t>(i));
    const std::string& domain = organizations_[d.person.organization].domain;
    std::uint32_t& work = addresses[hash_text(d.work_local + "@" + domain)];
    ++work;
    work_email_number_[i] = work > 1 ? work : 0;
    if (!d.personal_domain.empty()) {
      std::uint32_t& personal = addresses[hash_text(d.personal_local + "@" + d.personal_domain)];
      ++personal;
      personal_email_number_[i] = personal > 1 ? personal : 0;
    }
    ++name_counts_[hash_text(fold_key(d.person.full_name_latin()))];
  }

  for (Pool p : {Pool::albanian, Pool::slavic, Pool::macedonian}) {
    for (const auto* list : {&pool(p).male, &pool(p).female, &pool(p).family}) {
      for (const char* name : *list) {
        folded_names_.push_back(fold_key(name));
        if (p == Pool::macedonian && list == &pool(p).family) {
          folded_names_.push_back(fold_key(feminine_macedonian(name)));
        }
      }
    }
  }
  std::sort(folded_names_.begin(), folded_names_.end());
  folded_names_.erase(std::unique(folded_names_.begin(), folded_names_.end()), folded_names_.end());
}

void SyntheticDirectory::make_organizations() {
  const std::size_t count = std::max<std::size_t>(10, persons_ / 50);
  Rng rng(mix(seed_, 0x6F7267616E697365ULL));
  std::vector<unsigned> country_weights;
  for (const Country& country : countries()) country_weights.push_back(country.weight);
  std::vector<unsigned> template_weights;
  for (const OrgTemplate& t : org_templates()) template_weights.push_back(t.weight);

  std::unordered_map<std::string, unsigned> names_seen;
  std::unordered_map<std::string, unsigned> acronyms_seen;
  organizations_.reserve(count);
  for (std::size_t j = 0; j < count; ++j) {
    const Country& country = countries()[rng.weighted(country_weights)];
    const OrgTemplate& t = org_templates()[rng.weighted(template_weights)];
    const std::string city = country.cities[rng.below(country.cities.size())];
    const bool national = std::string_view(t.english).find("{city}") == std::string_view::npos;

    SyntheticOrganization o;
    o.uid = organization_uid(j);
    o.country = country.code;
    o.city = national ? std::string() : city;
    o.kind = t.kind;
    std::string english =
        replace_all(replace_all(t.english, "{city}", city), "{country}", country.name);
    const unsigned seen = ++names_seen[english];
    const std::string unit = seen > 1 ? std::to_string(seen) : std::string();
    if (!unit.empty()) english += ", Unit " + unit;
    o.english_name = english;
    o.name = english;

    const bool serbian_speaking = o.country == "RS" || o.country == "BA" || o.country == "ME";
    const bool macedonian = o.country == "MK";
    const char* local = serbian_speaking ? t.serbian : macedonian ? t.macedonian : nullptr;
    if (local != nullptr && rng.chance(country.cyrillic_organizations)) {
      std::string latin = replace_all(local, "{city}", city);
      if (!unit.empty()) latin += macedonian ? ", edinica " + unit : ", jedinica " + unit;
      const std::string cyrillic = to_cyrillic(latin, macedonian);
      if (!cyrillic.empty()) o.name = cyrillic;
    }

    std::string acronym =
        std::string(t.acronym) + "-" + (national ? std::string(country.code) : city_code(city));
    const unsigned acronym_seen = ++acronyms_seen[acronym];
    if (acronym_seen > 1) acronym += "-" + std::to_string(acronym_seen);
    o.acronym = acronym;

    const std::string where = mail_word(city);
    switch (t.domain) {
      case DomainRule::police: o.domain = country.police_domain; break;
      case DomainRule::prosecution: o.domain = country.prosecution_domain; break;
      case DomainRule::court: o.domain = country.court_domain; break;
      case DomainRule::government:
        o.domain = to_lower(t.acronym) + "-" + (national ? to_lower(country.code) : where) + "." +
                   country.government_domain;
        break;
      case DomainRule::slug:
        o.domain = slug(replace_all(replace_all(t.english, " {city}", ""), "'s", "s")) + "-" +
                   where + ".org";
        break;
      case DomainRule::bank: o.domain = std::string(t.domain_text) + "." + country.tld; break;
      case DomainRule::fixed: o.domain = t.domain_text; break;
    }
    organizations_.push_back(std::move(o));
  }
}

SyntheticDirectory::Draw SyntheticDirectory::draw(std::size_t index) const {
  Rng rng(mix(seed_, index + 1));
  Draw d;
  SyntheticPerson& p = d.person;
  p.index = index;
  p.uid = person_uid(index);

  // Larger institutions: a third of the staff work at the first tenth of them.
  const std::size_t orgs = organizations_.size();
  p.organization =
      rng.chance(33) ? rng.below(std::max<std::size_t>(1, orgs / 10)) : rng.below(orgs);
  const SyntheticOrganization& organization = organizations_[p.organization];
  const Country& country = country_of(organization.country);
  p.country = country.code;

  const Pool which =
      static_cast<Pool>(rng.weighted({country.albanian, country.slavic, country.macedonian}));
  const NamePool& names = pool(which);
  const bool female = rng.chance(50);
  const auto& given_list = female ? names.female : names.male;
  p.given_latin = given_list[rng.below(given_list.size())];
  p.family_latin = names.family[rng.below(names.family.size())];
  if (female && which == Pool::macedonian) p.family_latin = feminine_macedonian(p.family_latin);
  if (which != Pool::albanian) {
    const bool macedonian = which == Pool::macedonian;
    p.given_cyrillic = to_cyrillic(p.given_latin, macedonian);
    p.family_cyrillic = to_cyrillic(p.family_latin, macedonian);
  }
  const unsigned cyrillic_percent = which == Pool::slavic       ? country.cyrillic_slavic
                                    : which == Pool::macedonian ? country.cyrillic_macedonian
                                                                : 0;
  p.cyrillic = rng.chance(cyrillic_percent) && !p.full_name_cyrillic().empty();
  p.given = p.cyrillic ? p.given_cyrillic : p.given_latin;
  p.family = p.cyrillic ? p.family_cyrillic : p.family_latin;

  p.title = titles()[rng.below(titles().size())];

  const std::string given_word = mail_word(p.given_latin);
  const std::string family_word = mail_word(p.family_latin);
  d.work_local = given_word + "." + family_word;
  if (rng.chance(40)) {
    d.personal_domain = mail_providers()[rng.below(mail_providers().size())];
    switch (rng.below(3)) {
      case 0: d.personal_local = given_word + family_word; break;
      case 1: d.personal_local = given_word + "_" + family_word; break;
      default: d.personal_local = family_word + "." + given_word; break;
    }
  }

  const std::size_t phone_count = rng.chance(35) ? 2 : 1;
  for (std::size_t k = 0; k < phone_count; ++k) {
    p.phones.push_back(make_phone(country, k == 0 ? rng.chance(70) : !p.phones[0].mobile, rng));
  }

  const std::size_t tag_count = rng.weighted({35, 35, 20, 10});
  while (p.tags.size() < tag_count) {
    const std::string tag = tag_list()[rng.below(tag_list().size())];
    if (std::find(p.tags.begin(), p.tags.end(), tag) == p.tags.end()) p.tags.push_back(tag);
  }

  if (rng.chance(20)) {
    const std::string event = note_events()[rng.below(note_events().size())];
    const std::string topic = note_topics()[rng.below(note_topics().size())];
    const std::string city = country.cities[rng.below(country.cities.size())];
    switch (rng.below(4)) {
      case 0:
        p.notes = "Met at the " + event + " in " + city + ", " +
                  std::to_string(2012 + rng.below(13)) + ".";
        break;
      case 1: p.notes = "Contact point for " + topic + " cases in " + city + "."; break;
      case 2:
        p.notes = std::string("Speaks ") + note_languages()[rng.below(note_languages().size())] +
                  " and English; prefers calls in the morning.";
        break;
      default:
        p.notes = "Follow up on the " + topic + " referral mechanism after the " + event + ".";
        break;
    }
  }
  return d;
}

SyntheticPerson SyntheticDirectory::person(std::size_t index) const {
  if (index >= persons_) throw std::out_of_range("no synthetic person " + std::to_string(index));
  Draw d = draw(index);
  SyntheticPerson p = std::move(d.person);
  const auto numbered = [](const std::string& local, std::uint32_t number) {
    return number == 0 ? local : local + std::to_string(number);
  };
  p.emails.push_back(numbered(d.work_local, work_email_number_[index]) + "@" +
                     organizations_[p.organization].domain);
  if (!d.personal_domain.empty()) {
    p.emails.push_back(numbered(d.personal_local, personal_email_number_[index]) + "@" +
                       d.personal_domain);
  }
  return p;
}

std::size_t SyntheticDirectory::same_name_count(const SyntheticPerson& person) const {
  const auto found = name_counts_.find(hash_text(fold_key(person.full_name_latin())));
  return found == name_counts_.end() ? 0 : found->second;
}

bool SyntheticDirectory::is_name_prefix(std::string_view folded_word) const {
  const auto at = std::lower_bound(folded_names_.begin(), folded_names_.end(), folded_word);
  return at != folded_names_.end() && at->compare(0, folded_word.size(), folded_word) == 0;
}

liaison::Organization SyntheticDirectory::to_organization(const SyntheticOrganization& o) const {
  liaison::Organization organization;
  organization.meta.uid = o.uid;
  organization.name = o.name;
  organization.acronym = o.acronym;
  if (o.name != o.english_name) organization.aliases.push_back({o.english_name, "en"});
  organization.kind = o.kind;
  organization.country = o.country;
  organization.website = "https://" + o.domain;
  return organization;
}

liaison::Person SyntheticDirectory::to_person(const SyntheticPerson& p) const {
  liaison::Person person;
  person.meta.uid = p.uid;
  person.given_names = p.given;
  person.family_names = p.family;
  person.country = p.country;
  person.notes = p.notes;
  person.tags = p.tags;
  for (std::size_t k = 0; k < p.emails.size(); ++k) {
    liaison::Email email;
    email.address = p.emails[k];
    email.label = k == 0 ? "work" : "personal";
    email.preferred = k == 0;
    person.contacts.emails.push_back(std::move(email));
  }
  for (const SyntheticPhone& synthetic : p.phones) {
    liaison::Phone phone;
    phone.number = synthetic.stored;
    phone.kind = synthetic.mobile ? liaison::PhoneKind::mobile : liaison::PhoneKind::work;
    person.contacts.phones.push_back(std::move(phone));
  }
  person.data_protection.lawful_basis = liaison::LawfulBasis::legitimate_interests;
  return person;
}

void SyntheticDirectory::build(liaison::Directory& directory, std::size_t batch,
                               const std::function<void(std::size_t)>& progress) const {
  std::vector<liaison::RecordId> organization_ids;
  organization_ids.reserve(organizations_.size());
  std::size_t writes = 0;
  std::optional<liaison::Transaction> transaction;
  transaction.emplace(directory.transaction());
  const auto wrote = [&](std::size_t count, std::size_t persons_done) {
    writes += count;
    if (writes < batch) return;
    transaction->commit();
    transaction.reset();
    transaction.emplace(directory.transaction());
    writes = 0;
    if (progress) progress(persons_done);
  };

  for (const SyntheticOrganization& o : organizations_) {
    organization_ids.push_back(directory.add_organization(to_organization(o)).meta.id);
    wrote(1, 0);
  }
  for (std::size_t i = 0; i < persons_; ++i) {
    const SyntheticPerson p = person(i);
    liaison::Affiliation position;
    position.person_id = directory.add_person(to_person(p)).meta.id;
    position.organization_id = organization_ids[p.organization];
    position.title = p.title;
    position.primary = true;
    directory.add_affiliation(position);
    wrote(2, i + 1);
  }
  transaction->commit();
  if (progress) progress(persons_);
}

std::string SyntheticDirectory::person_uid(std::size_t index) {
  char text[40];
  std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012llx",
                static_cast<unsigned long long>(index));
  return text;
}

std::string SyntheticDirectory::organization_uid(std::size_t index) {
  char text[40];
  std::snprintf(text, sizeof text, "00000000-0000-4000-9000-%012llx",
                static_cast<unsigned long long>(index));
  return text;
}

namespace {
std::optional<std::size_t> index_after(std::string_view uid, std::string_view prefix) {
  if (uid.size() != prefix.size() + 12 || uid.substr(0, prefix.size()) != prefix) return {};
  std::size_t value = 0;
  for (char c : uid.substr(prefix.size())) {
    int digit = 0;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else {
      return {};
    }
    value = value * 16 + static_cast<std::size_t>(digit);
  }
  return value;
}
}  // namespace

std::optional<std::size_t> SyntheticDirectory::person_index(std::string_view uid) {
  return index_after(uid, "00000000-0000-4000-8000-");
}

std::optional<std::size_t> SyntheticDirectory::organization_index(std::string_view uid) {
  return index_after(uid, "00000000-0000-4000-9000-");
}

}  // namespace liaison_bench
