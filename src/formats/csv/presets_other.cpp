// The smaller exports: Yahoo! Mail, LinkedIn's Connections.csv, Palm
// Desktop (which writes no header) and Roundcube's CSV header.
#include "formats/csv/presets.hpp"

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {
namespace {

constexpr unsigned work = 1;
constexpr unsigned home = 2;
constexpr unsigned other = 3;

// Yahoo! Mail, as exported in the United Kingdom (pear/Contact_AddressBook,
// docs/examples/files/Yahoo.csv). Yahoo's "Title" is the job title.
constexpr Column yahoo_columns[] = {
    {"First", {Field::given_name}},
    {"Middle", {Field::middle_name}},
    {"Last", {Field::family_name}},
    {"Nickname", {Field::nickname}},
    {"Email", {Field::email, 1}},
    {"Category", {Field::tags}},
    {"Distribution Lists", {}},
    {"Yahoo! ID", {Field::social_profile, 0, "yahoo"}},
    {"Home", {Field::phone, 0, "home"}},
    {"Work", {Field::phone, 0, "work"}},
    {"Pager", {Field::phone, 0, "pager"}},
    {"Fax", {Field::phone, 0, "fax"}},
    {"Mobile", {Field::phone, 0, "mobile"}},
    {"Other", {Field::phone, 0, "other"}},
    {"Yahoo! Phone", {Field::phone, 0, "yahoo"}},
    {"Primary", {}},
    {"Alternate Email 1", {Field::email, 2}},
    {"Alternate Email 2", {Field::email, 3}},
    {"Personal Website", {Field::website, 0, "home"}},
    {"Business Website", {Field::website, 0, "work"}},
    {"Title", {Field::title}},
    {"Company", {Field::organization}},
    {"Work Address", {Field::street, work, "work"}},
    {"Work City", {Field::locality, work, "work"}},
    {"Work County", {Field::region, work, "work"}},
    {"Work Post Code", {Field::postal_code, work, "work"}},
    {"Work Country", {Field::country, work, "work"}},
    {"Home Address", {Field::street, home, "home"}},
    {"Home Town", {Field::locality, home, "home"}},
    {"Home County", {Field::region, home, "home"}},
    {"Home Post Code", {Field::postal_code, home, "home"}},
    {"Home Country", {Field::country, home, "home"}},
    {"Birthday", {Field::birthday}},
    {"Anniversary", {}},
    {"Custom 1", {}},
    {"Custom 2", {}},
    {"Custom 3", {}},
    {"Custom 4", {}},
    {"Comments", {Field::notes}},
};

// The United States export, and the messenger columns of later versions
// (Zimbra's yahoo-csv table).
constexpr Column yahoo_aliases[] = {
    {"Messenger ID", {Field::social_profile, 0, "yahoo"}},
    {"Work State", {Field::region, work, "work"}},
    {"Work ZIP", {Field::postal_code, work, "work"}},
    {"Home City", {Field::locality, home, "home"}},
    {"Home State", {Field::region, home, "home"}},
    {"Home ZIP", {Field::postal_code, home, "home"}},
    {"Skype ID", {Field::social_profile, 0, "skype"}},
    {"IRC ID", {Field::social_profile, 0, "irc"}},
    {"ICQ ID", {Field::social_profile, 0, "icq"}},
    {"Google ID", {Field::social_profile, 0, "google"}},
    {"MSN ID", {Field::social_profile, 0, "msn"}},
    {"AIM ID", {Field::social_profile, 0, "aim"}},
    {"QQ ID", {Field::social_profile, 0, "qq"}},
};

// LinkedIn's Connections.csv (a few lines of notes come before the header).
// "URL" is the connection's LinkedIn profile.
constexpr Column linkedin_columns[] = {
    {"First Name", {Field::given_name}},
    {"Last Name", {Field::family_name}},
    {"URL", {Field::social_profile, 0, "linkedin"}},
    {"Email Address", {Field::email, 1}},
    {"Company", {Field::organization}},
    {"Position", {Field::title}},
    {"Connected On", {}},
};

// Palm Desktop writes 21 quoted fields and no header; these names are for
// the documentation and --map. The four phones carry Palm's default labels
// (a record may have changed them), the fifth phone field holds the e-mail.
constexpr Column palm_columns[] = {
    {"Last Name", {Field::family_name}},
    {"First Name", {Field::given_name}},
    {"Title", {Field::title}},
    {"Company", {Field::organization}},
    {"Work", {Field::phone, 0, "work"}},
    {"Home", {Field::phone, 0, "home"}},
    {"Fax", {Field::phone, 0, "fax"}},
    {"Other", {Field::phone, 0, "other"}},
    {"E-mail", {Field::email, 1}},
    {"Address", {Field::street}},
    {"City", {Field::locality}},
    {"State", {Field::region}},
    {"Zip", {Field::postal_code}},
    {"Country", {Field::country}},
    {"Custom 1", {}},
    {"Custom 2", {}},
    {"Custom 3", {}},
    {"Custom 4", {}},
    {"Note", {Field::notes}},
    {"Private", {}},
    {"Category", {Field::tags}},
};

// The header of Roundcube's CSV (roundcubemail tests/src/Csv2vcard/all.csv,
// read by program/lib/Roundcube/rcube_csv2vcard.php).
constexpr Column roundcube_columns[] = {
    {"Display Name", {Field::full_name}},
    {"Title", {Field::prefix}},
    {"First Name", {Field::given_name}},
    {"Middle Name", {Field::middle_name}},
    {"Last Name", {Field::family_name}},
    {"Suffix", {Field::suffix}},
    {"Nickname", {Field::nickname}},
    {"Company", {Field::organization}},
    {"Department", {Field::department}},
    {"Job Title", {Field::title}},
    {"Email Home", {Field::email, 1, "home"}},
    {"Email Work", {Field::email, 2, "work"}},
    {"Email Other", {Field::email, 3, "other"}},
    {"Home Phone", {Field::phone, 0, "home"}},
    {"Home Phone 2", {Field::phone, 0, "home"}},
    {"Business Phone", {Field::phone, 0, "work"}},
    {"Business Phone 2", {Field::phone, 0, "work"}},
    {"Home Mobile", {Field::phone, 0, "mobile"}},
    {"Primary Phone", {Field::phone, 0, "main"}},
    {"Home Fax", {Field::phone, 0, "home fax"}},
    {"Business Fax", {Field::phone, 0, "fax"}},
    {"Car Phone", {Field::phone, 0, "car"}},
    {"Pager", {Field::phone, 0, "pager"}},
    {"Phone Video", {Field::phone, 0, "video"}},
    {"Assistant's Phone", {Field::phone, 0, "assistant"}},
    {"Other Phone", {Field::phone, 0, "other"}},
    {"Home Street", {Field::street, home, "home"}},
    {"Home City", {Field::locality, home, "home"}},
    {"Home State", {Field::region, home, "home"}},
    {"Home Zip", {Field::postal_code, home, "home"}},
    {"Home Country", {Field::country, home, "home"}},
    {"Business Street", {Field::street, work, "work"}},
    {"Work City", {Field::locality, work, "work"}},
    {"Work State", {Field::region, work, "work"}},
    {"Work Zip", {Field::postal_code, work, "work"}},
    {"Work Country", {Field::country, work, "work"}},
    {"Other Street", {Field::street, other, "other"}},
    {"Other City", {Field::locality, other, "other"}},
    {"Other State", {Field::region, other, "other"}},
    {"Other Postal Code", {Field::postal_code, other, "other"}},
    {"Other Country/Region", {Field::country, other, "other"}},
    {"Gender", {}},
    {"Birthday", {Field::birthday}},
    {"Maiden Name", {}},
    {"Anniversary", {}},
    {"Manager's Name", {}},
    {"Assistant's Name", {}},
    {"Spouse", {}},
    {"Notes", {Field::notes}},
    {"IM Aim", {Field::social_profile, 0, "aim"}},
    {"IM Icq", {Field::social_profile, 0, "icq"}},
    {"IM Jabber", {Field::social_profile, 0, "jabber"}},
    {"IM Msn", {Field::social_profile, 0, "msn"}},
    {"IM Skype", {Field::social_profile, 0, "skype"}},
    {"IM Yahoo", {Field::social_profile, 0, "yahoo"}},
    {"Website Blog", {Field::website, 0, "blog"}},
    {"Website Home Page", {Field::website, 0, "home"}},
    {"Website Other", {Field::website, 0, "other"}},
    {"Website Profile", {Field::website, 0, "profile"}},
    {"Website Work", {Field::website, 0, "work"}},
    {"Categories", {Field::tags}},
};

constexpr Column roundcube_aliases[] = {
    {"IM Other", {Field::social_profile}},
};

}  // namespace

const Preset& yahoo_preset() {
  static constexpr Preset preset{
      .name = "yahoo", .columns = yahoo_columns, .aliases = yahoo_aliases};
  return preset;
}

const Preset& linkedin_preset() {
  static constexpr Preset preset{.name = "linkedin", .columns = linkedin_columns};
  return preset;
}

const Preset& palm_preset() {
  static constexpr Preset preset{.name = "palm", .columns = palm_columns};
  return preset;
}

const Preset& roundcube_preset() {
  static constexpr Preset preset{
      .name = "roundcube", .columns = roundcube_columns, .aliases = roundcube_aliases};
  return preset;
}

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison
