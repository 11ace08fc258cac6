// Cards to domain values: which vCard property becomes which field. What
// has no field of its own is kept verbatim as an extra field, so that a
// card survives a trip through liaison (docs/vcard.md has the table).
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/mapping_support.hpp"
#include "text/country.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <liaison/date.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

using namespace mapping;

// The number a TEL value gives: text as it is, or an RFC 3966 tel: URI
// (vCard 4.0's VALUE=uri, RFC 6350's own "tel:+1-555-555-5555;ext=5555")
// as the number one would write: its extension as " ext. 5555" (what
// libphonenumber reads as one), a local number after its phone-context
// ("tel:863-1234;phone-context=+1-914-555" is +1-914-555 863-1234). Other
// URI parameters (isub, vendor ones) say nothing a caller dials.
std::string number_of_tel_value(const std::string& value) {
  if (!text::starts_with_ignoring_ascii_case(value, "tel:")) return value;
  std::vector<std::string> parts;
  std::size_t start = 4;
  while (true) {
    const std::size_t end = value.find(';', start);
    parts.push_back(value.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  std::string number = trimmed(parts[0]);
  std::string extension;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::size_t equals = parts[i].find('=');
    const std::string name = parts[i].substr(0, equals);
    const std::string parameter =
        equals == std::string::npos ? std::string() : trimmed(parts[i].substr(equals + 1));
    if (text::equals_ignoring_ascii_case(name, "ext")) {
      extension = parameter;
    } else if (text::equals_ignoring_ascii_case(name, "phone-context") && !parameter.empty() &&
               parameter.front() == '+' && !number.empty() && number.front() != '+') {
      number = parameter + " " + number;
    }
  }
  if (!extension.empty()) number += " ext. " + extension;
  return number;
}

// A component of N as words: additional names are a list ("Richter,James").
std::string name_words(std::string component) {
  std::replace(component.begin(), component.end(), ',', ' ');
  return text::trim(component);
}

// N's components are lists (RFC 6350 6.2.2: "Mercury,Bulsara" is two family
// names, "Mr.,Dr." two prefixes): the values joined by `separator`.
std::string name_list(const std::string& component, std::string_view separator) {
  return join(comma_separated(component), separator);
}

std::string marker(const Property& property) {
  std::vector<std::string> values = property.parameter(field_marker);
  return values.empty() ? std::string() : values.front();
}

std::string first_parameter(const Property& property, std::string_view name) {
  std::vector<std::string> values = property.parameter(name);
  return values.empty() ? std::string() : values.front();
}

// PREF=1 (4.0), TYPE=pref (3.0), a bare PREF (2.1).
bool preferred(const Property& property) {
  if (property.has_type("pref")) return true;
  std::string pref = first_parameter(property, "PREF");
  return !pref.empty() && pref != "0";
}

// Apple writes its standard labels as "_$!<Mobile>!$_"; people want "Mobile".
std::string clean_label(std::string label) {
  if (label.size() > 8 && label.rfind("_$!<", 0) == 0 &&
      label.compare(label.size() - 4, 4, ">!$_") == 0) {
    label = label.substr(4, label.size() - 8);
  }
  return trimmed(label);
}

// TYPE values that say what a value is, not how it is labelled.
bool technical_type(std::string_view type) {
  static constexpr std::string_view technical[] = {
      "pref", "internet", "x400",      "voice", "cell", "mobile", "fax",    "pager",
      "msg",  "text",     "textphone", "video", "bbs",  "modem",  "car",    "isdn",
      "pcs",  "iphone",   "main",      "dom",   "intl", "postal", "parcel", "uri"};
  return std::any_of(std::begin(technical), std::end(technical),
                     [&](std::string_view t) { return text::equals_ignoring_ascii_case(t, type); });
}

// "other" itself (Apple's TYPE=OTHER), or a type that is no kind of liaison's.
bool other_phone_type(std::string_view type) {
  return text::equals_ignoring_ascii_case(type, "other") || is_other_phone_type(type);
}

// The label of a contact point: the Apple label of its group, else the
// TYPE values that are labels ("work", "home", "WhatsApp").
std::string label_of(const Property& property, const std::map<std::string, std::string>& labels) {
  // A phone's work or home is its kind, not a label.
  const bool kinds_are_types = property.name == "TEL";
  if (!property.group.empty()) {
    auto found = labels.find(text::to_lower_ascii(property.group));
    if (found != labels.end()) return found->second;
  }
  // Samsung's custom label (X-CUSTOM, decoded by the reader).
  if (const std::string custom = first_parameter(property, "X-CUSTOM"); !trimmed(custom).empty()) {
    return trimmed(custom);
  }
  std::vector<std::string> kept;
  for (const Parameter& parameter : property.parameters) {
    if (!text::equals_ignoring_ascii_case(parameter.name, "TYPE")) continue;
    for (const std::string& value : parameter.values) {
      if (value.empty()) continue;
      if (kinds_are_types && text::equals_ignoring_ascii_case(value, "other")) continue;
      const bool phone_label = kinds_are_types && other_phone_type(value);
      if (technical_type(value) && !phone_label) continue;
      if (kinds_are_types && (text::equals_ignoring_ascii_case(value, "work") ||
                              text::equals_ignoring_ascii_case(value, "home")))
        continue;
      // DAVx5 writes a custom label as TYPE=x-john beside X-ABLabel:John.
      std::string label = text::to_lower_ascii(value);
      if (label.size() > 2 && label.rfind("x-", 0) == 0) label.erase(0, 2);
      kept.push_back(std::move(label));
    }
  }
  return join(kept, ", ");
}

PhoneKind phone_kind(const Property& property) {
  if (property.has_type("fax")) return PhoneKind::fax;
  if (property.has_type("cell") || property.has_type("mobile") || property.has_type("iphone")) {
    return PhoneKind::mobile;
  }
  if (property.has_type("work")) return PhoneKind::work;
  if (property.has_type("home")) return PhoneKind::home;
  for (const std::string& type : property.parameter("TYPE")) {
    if (other_phone_type(type)) return PhoneKind::other;
  }
  return PhoneKind::work;
}

// BDAY and the liaison dates: "1971-04-12", "19710412", "--04-12",
// "1971-04-12T00:00:00Z" (the time is dropped).
std::string date_part(std::string_view value) {
  std::string text = trimmed(value);
  std::size_t time = text.find('T');
  if (time != std::string::npos && time > 0) text.erase(time);
  return text;
}

// A name is one line: a line break in one (Gammu's N:Nobody=0DNowhere,
// quoted-printable) is a space.
std::string one_line(std::string text) {
  if (text.find_first_of("\r\n") == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\r' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string strip_prefix(std::string text, std::string_view prefix) {
  if (text::starts_with_ignoring_ascii_case(text, prefix)) text.erase(0, prefix.size());
  return text;
}

// The reader of one card: a pass over the properties that fills a Person
// or an Organization, whichever the card turns out to be.
class CardReader {
 public:
  explicit CardReader(const Card& card) : card_(card), version_(card.version) {}

  Contact read() {
    collect_labels();
    contact_.is_organization = is_organization_card();
    for (const Property& property : card_.properties) {
      if (!read_common(property)) keep(property);
    }
    finish();
    return std::move(contact_);
  }

 private:
  bool is_person() const { return !contact_.is_organization; }

  void collect_labels() {
    for (const Property& property : card_.properties) {
      if (property.name == "X-ABLABEL" && !property.group.empty()) {
        labels_[text::to_lower_ascii(property.group)] =
            clean_label(unescape_text(property.value, version_));
      }
    }
  }

  // Whether `folded` is the organization card's FN or a part of its ORG.
  bool names_the_organization(const std::string& folded) const {
    for (const Property& property : card_.properties) {
      if (property.name == "FN" && text::fold(unescape_text(property.value, version_)) == folded) {
        return true;
      }
      if (property.name != "ORG") continue;
      for (const std::string& part : split_components(property.value, version_)) {
        if (text::fold(part) == folded) return true;
      }
    }
    return false;
  }

  bool is_organization_card() const {
    std::string fn;
    std::string n;
    std::string org;
    for (const Property& property : card_.properties) {
      const std::string value = trimmed(property.value);
      if (property.name == "KIND")
        return text::equals_ignoring_ascii_case(value, "org") ||
               text::equals_ignoring_ascii_case(value, "organization");
      if (property.name == "X-ABSHOWAS" && text::equals_ignoring_ascii_case(value, "COMPANY"))
        return true;
      if (property.name == "FN" && fn.empty())
        fn = trimmed(unescape_text(property.value, version_));
      if (property.name == "N" && n.empty())
        n = join(split_components(property.value, version_), "");
      if (property.name == "ORG" && org.empty()) {
        std::vector<std::string> parts = split_components(property.value, version_);
        if (!parts.empty()) org = trimmed(parts.front());
      }
    }
    // A card with an ORG and no name of a person (Outlook's and Android's
    // company entries, the KDE "Bike Shop" card), or whose only name is the
    // ORG's (a business card: N:Aspaas Sykler;;;; with ORG:Aspaas Sykler),
    // stands for the organization itself.
    if (org.empty()) return false;
    const std::string name = trimmed(n);
    return (name.empty() || text::fold(name) == text::fold(org)) &&
           (fn.empty() || text::fold(fn) == text::fold(org));
  }

  // Returns false for a property to keep verbatim.
  bool read_common(const Property& property) {
    const std::string& name = property.name;
    if (name == "FN") return read_fn(property);
    if (name == "N") return read_n(property);
    if (name == "NICKNAME") return read_nickname(property);
    if (name == "EMAIL") return read_email(property);
    if (name == "TEL") return read_tel(property);
    if (name == "ADR") return read_adr(property);
    if (name == "URL") return read_url(property);
    if (name == "X-SOCIALPROFILE") return read_social(property);
    if (name == "X-ANDROID-CUSTOM") return read_android_custom(property);
    if (name == "ORG" || name == "TITLE" || name == "ROLE") return read_position(property);
    if (name == "NOTE") return read_note(property);
    if (name == "CATEGORIES") return read_categories(property);
    if (name == "UID") return read_uid(property);
    if (name == "BDAY" && is_person()) return read_bday(property);
    if (name == "LANG" && is_person()) return read_lang(property);
    if (name == "KIND")
      return !text::equals_ignoring_ascii_case(trimmed(property.value), "group") &&
             !text::equals_ignoring_ascii_case(trimmed(property.value), "location");
    if (name == "X-ABSHOWAS") return contact_.is_organization;
    // The revision and the producer of the card describe the file, not the
    // contact; the record has its own revision and an export names liaison.
    if (name == "REV" || name == "PRODID") return true;
    // Apple's country code of the address in its group: the address
    // carries its country, and an export numbers its groups anew.
    if (name == "X-ABADR" && !property.group.empty() && group_has(property.group, "ADR")) {
      return true;
    }
    if (name == "X-ABLABEL" && !property.group.empty()) {
      // Decided at the end: a label whose property became a contact point
      // is its label; any other is kept with the property it labels.
      deferred_labels_.push_back(&property);
      return true;
    }
    return read_liaison(property);
  }

  bool group_has(const std::string& group, std::string_view name) const {
    return std::any_of(card_.properties.begin(), card_.properties.end(), [&](const Property& p) {
      return p.name == name && text::equals_ignoring_ascii_case(p.group, group);
    });
  }

  void use_group(const Property& property) {
    if (!property.group.empty()) used_groups_.insert(text::to_lower_ascii(property.group));
  }

  bool read_fn(const Property& property) {
    std::string value = one_line(trimmed(unescape_text(property.value, version_)));
    if (value.empty()) return true;
    if (fn_.empty()) {
      fn_ = value;
    } else {
      alternative_names_.push_back({value, first_parameter(property, "LANGUAGE")});
    }
    return true;
  }

  bool read_n(const Property& property) {
    std::vector<std::string> parts = split_components(property.value, version_);
    if (!is_person()) {
      // Apple's company card keeps the contact person's N beside its ORG
      // (N:Müller;Jörg;;; with X-ABShowAs:COMPANY): kept as written, not
      // lost. An N that is the organization's own name says nothing more.
      const std::string name = text::fold(join(parts, " "));
      return name.empty() || names_the_organization(name);
    }
    parts.resize(std::max<std::size_t>(parts.size(), 5));
    if (n_seen_) {
      // A second N (ALTID, another script) is another spelling of the name.
      std::string other =
          join({name_words(parts[1]), name_words(parts[2]), name_words(parts[0])}, " ");
      if (!other.empty()) {
        alternative_names_.push_back({other, first_parameter(property, "LANGUAGE")});
      }
      return true;
    }
    n_seen_ = true;
    for (std::string& part : parts) part = one_line(std::move(part));
    Person& p = contact_.person;
    p.family_names = name_list(parts[0], " ");
    p.given_names = join({name_list(parts[1], " "), name_words(parts[2])}, " ");
    p.prefix = name_list(parts[3], ", ");
    p.suffix = name_list(parts[4], ", ");
    return true;
  }

  // Android writes the rows of its contacts database vCard has no property
  // for as X-ANDROID-CUSTOM:vnd.android.cursor.item/KIND;DATA1;DATA2;...
  // A nickname is one (DATA1 is the name); the others (relations, events)
  // are kept as written.
  bool read_android_custom(const Property& property) {
    const std::vector<std::string> parts = split_components(property.value, version_);
    if (parts.size() < 2 ||
        !text::equals_ignoring_ascii_case(trimmed(parts[0]), "vnd.android.cursor.item/nickname")) {
      return false;
    }
    const std::string nickname = trimmed(one_line(parts[1]));
    if (nickname.empty()) return true;
    if (is_person()) {
      contact_.person.nicknames.push_back(nickname);
    } else {
      contact_.organization.aliases.push_back({nickname, ""});
    }
    return true;
  }

  bool read_nickname(const Property& property) {
    for (std::string& item : split_list(property.value, version_)) {
      std::string value = trimmed(item);
      if (value.empty()) continue;
      if (is_person()) {
        contact_.person.nicknames.push_back(value);
      } else if (text::equals_ignoring_ascii_case(marker(property), "acronym") &&
                 contact_.organization.acronym.empty()) {
        contact_.organization.acronym = value;
      } else {
        contact_.organization.aliases.push_back({value, first_parameter(property, "LANGUAGE")});
      }
    }
    return true;
  }

  ContactPoints& contacts() {
    return is_person() ? contact_.person.contacts : contact_.organization.contacts;
  }

  bool read_email(const Property& property) {
    Email email;
    email.address = trimmed(strip_prefix(unescape_text(property.value, version_), "mailto:"));
    // Some 2.1 writers end the value with the ';' of an empty component.
    while (!email.address.empty() && email.address.back() == ';') email.address.pop_back();
    if (email.address.empty()) return true;
    email.label = label_of(property, labels_);
    email.preferred = preferred(property);
    use_group(property);
    contacts().emails.push_back(std::move(email));
    return true;
  }

  bool read_tel(const Property& property) {
    Phone phone;
    std::string value = trimmed(unescape_text(property.value, version_));
    phone.number = number_of_tel_value(value);
    if (phone.number.empty()) return true;
    phone.kind = phone_kind(property);
    phone.label = label_of(property, labels_);
    // A fax or mobile that is also home or work (TEL;TYPE=HOME;TYPE=FAX,
    // TEL;WORK;CELL) keeps that in its label, before what else the types
    // said ("work, video"): the kind holds only one.
    if (phone.kind == PhoneKind::fax || phone.kind == PhoneKind::mobile) {
      const char* place = property.has_type("work")   ? "work"
                          : property.has_type("home") ? "home"
                                                      : nullptr;
      if (place != nullptr) phone.label = join({place, phone.label}, ", ");
    }
    // No TYPE said the kind, but the label does (Apple's _$!<Other>!$_ on
    // a bare item1.TEL): a label that is a kind is that kind.
    if (phone.kind == PhoneKind::work && !property.has_type("work")) {
      if (text::equals_ignoring_ascii_case(phone.label, "other")) {
        phone.kind = PhoneKind::other;
        phone.label.clear();
      } else if (other_phone_type(phone.label)) {
        phone.kind = PhoneKind::other;
      } else if (text::equals_ignoring_ascii_case(phone.label, "mobile")) {
        phone.kind = PhoneKind::mobile;
        phone.label.clear();
      } else if (text::equals_ignoring_ascii_case(phone.label, "home")) {
        phone.kind = PhoneKind::home;
        phone.label.clear();
      } else if (!first_parameter(property, "X-CUSTOM").empty() && !phone.label.empty()) {
        // Android's custom type says nothing of work.
        phone.kind = PhoneKind::other;
      }
    }
    phone.preferred = preferred(property);
    use_group(property);
    contacts().phones.push_back(std::move(phone));
    return true;
  }

  bool read_adr(const Property& property) {
    std::vector<std::string> parts = split_components(property.value, version_);
    parts.resize(std::max<std::size_t>(parts.size(), 7));
    PostalAddress address;
    // Post office box and extended address have no field of their own:
    // they lead the street, as they would on an envelope.
    address.street = join({trimmed(parts[0]), trimmed(parts[1]), trimmed(parts[2])}, ", ");
    address.locality = trimmed(parts[3]);
    address.region = trimmed(parts[4]);
    address.postal_code = trimmed(parts[5]);
    address.country = trimmed(parts[6]);
    // RFC 9554's CC, the country's ISO 3166 code, says what the name means
    // even when the name is in a language liaison does not know.
    for (const std::string& parameter : property.parameter("CC")) {
      const std::string code = trimmed(parameter);
      if (code.size() != 2) continue;
      if (std::optional<std::string> known = text::country_code(code)) {
        address.country = *known;
        break;
      }
    }
    // 4.0's LABEL parameter, the address as printed, has no field: it is
    // kept as the LABEL property 3.0 has for it, with the address's types
    // (a 4.0 export moves it back into the ADR: version_forms.hpp).
    for (const std::string& printed : property.parameter("LABEL")) {
      if (trimmed(printed).empty()) continue;
      Property label;
      label.group = property.group;
      label.name = "LABEL";
      for (const std::string& type : property.parameter("TYPE")) {
        if (label.parameters.empty()) label.parameters.push_back(Parameter{"TYPE", {}});
        label.parameters.front().values.push_back(type);
      }
      // RFC 6350's own example breaks its lines with \n, as in a value.
      label.value = escape_text(unescape_text(printed, "4.0"));
      keep(label);
    }
    if (address.street.empty() && address.locality.empty() && address.region.empty() &&
        address.postal_code.empty() && address.country.empty()) {
      return true;
    }
    address.label = label_of(property, labels_);
    address.preferred = preferred(property);
    use_group(property);
    contacts().addresses.push_back(std::move(address));
    return true;
  }

  bool read_url(const Property& property) {
    std::string value = trimmed(unescape_text(property.value, version_));
    if (value.empty()) return true;
    if (!is_person() && text::equals_ignoring_ascii_case(marker(property), "website") &&
        contact_.organization.website.empty()) {
      contact_.organization.website = value;
      return true;
    }
    Url url;
    url.url = value;
    url.label = label_of(property, labels_);
    url.preferred = preferred(property);
    use_group(property);
    contacts().urls.push_back(std::move(url));
    return true;
  }

  bool read_social(const Property& property) {
    SocialProfile profile;
    profile.url = trimmed(unescape_text(property.value, version_));
    if (profile.url.empty()) return true;
    std::vector<std::string> types = property.parameter("TYPE");
    profile.service = types.empty() ? std::string() : text::to_lower_ascii(types.front());
    if (profile.service.empty()) return false;
    profile.label = first_parameter(property, "X-USER");
    use_group(property);
    contacts().social_profiles.push_back(std::move(profile));
    return true;
  }

  // ORG, TITLE and ROLE of the same group make one position; without a
  // group, the first ORG, TITLE and ROLE make one, the second of each
  // another (ez-vcard's "fullcontact" card), and so on.
  bool read_position(const Property& property) {
    if (!is_person()) {
      if (property.name != "ORG") return false;
      if (org_seen_) return false;
      org_seen_ = true;
      for (std::string& part : split_components(property.value, version_)) {
        std::string value = trimmed(part);
        if (!value.empty()) organization_path_.push_back(value);
      }
      return true;
    }
    std::string key = text::to_lower_ascii(property.group);
    if (key.empty()) key = "#" + std::to_string(ungrouped_seen_[property.name]++);
    auto [found, inserted] = positions_.try_emplace(key, positions_.size());
    if (inserted) position_list_.emplace_back();
    CardAffiliation& position = position_list_[found->second];
    if (position.line == 0) position.line = property.line;
    if (property.name == "ORG") {
      if (!position.organization.empty()) return false;
      for (std::string& part : split_components(property.value, version_)) {
        std::string value = trimmed(part);
        if (!value.empty()) position.organization.push_back(value);
      }
      if (position.organization.empty()) return true;
    } else {
      std::string& target = property.name == "TITLE" ? position.title : position.role;
      if (!target.empty()) return false;
      target = trimmed(unescape_text(property.value, version_));
    }
    return true;
  }

  bool read_note(const Property& property) {
    std::string value = trimmed(unescape_text(property.value, version_));
    if (value.empty()) return true;
    std::string& notes = is_person() ? contact_.person.notes : contact_.organization.notes;
    if (!notes.empty()) notes.append("\n\n");
    notes.append(value);
    return true;
  }

  bool read_categories(const Property& property) {
    std::vector<std::string>& tags =
        is_person() ? contact_.person.tags : contact_.organization.tags;
    for (std::string& item : split_list(property.value, version_)) {
      std::string value = trimmed(item);
      if (!value.empty() && std::find(tags.begin(), tags.end(), value) == tags.end()) {
        tags.push_back(value);
      }
    }
    return true;
  }

  bool read_uid(const Property& property) {
    std::string value = trimmed(unescape_text(property.value, version_));
    if (value.empty() || !contact_.uid.empty()) return value.empty();
    contact_.uid = value;
    std::string bare = strip_prefix(value, "urn:uuid:");
    if (formats::is_uuid(bare)) {
      RecordMeta& meta = is_person() ? contact_.person.meta : contact_.organization.meta;
      meta.uid = text::to_lower_ascii(bare);
      return true;
    }
    // Not a UUID, so not a liaison uid: kept, and written back by an export.
    return false;
  }

  bool read_bday(const Property& property) {
    Person& p = contact_.person;
    if (!p.birthday.empty()) return false;
    std::string value = unescape_text(property.value, version_);
    if (text::equals_ignoring_ascii_case(first_parameter(property, "VALUE"), "text")) {
      if (!trimmed(value).empty()) {
        p.raw_values.push_back({"birthday", trimmed(value), "a birthday given as text"});
        contact_.warnings.push_back({"birthday", trimmed(value), "a birthday given as text"});
      }
      return true;
    }
    std::string date = date_part(value);
    // Apple and CardBook write a birthday without a year in the year 1604
    // (X-APPLE-OMIT-YEAR=1604): it is the day and month alone.
    const std::string omitted = first_parameter(property, "X-APPLE-OMIT-YEAR");
    const std::string_view year = std::string_view(date).substr(0, 4);
    if (year == "1604" || (!omitted.empty() && year == omitted)) {
      std::string rest = date.substr(4);
      if (!rest.empty() && rest.front() == '-') rest.erase(0, 1);
      if (rest.size() == 4) rest.insert(2, "-");  // 16040101
      date = "--" + rest;
    }
    detail::set_date_leniently(p.birthday, date, "birthday", p.raw_values, &contact_.warnings);
    return true;
  }

  bool read_lang(const Property& property) {
    std::string value = trimmed(unescape_text(property.value, version_));
    if (!value.empty()) contact_.person.languages.push_back(value);
    return true;
  }

  // The properties an export writes for fields vCard has no property for.
  bool read_liaison(const Property& property) {
    const std::string& name = property.name;
    if (name.rfind("X-LIAISON-", 0) != 0) return false;
    std::string value = trimmed(unescape_text(property.value, version_));
    if (name == x_country) {
      (is_person() ? contact_.person.country : contact_.organization.country) = value;
      return true;
    }
    if (name == x_organization_kind && !is_person()) {
      std::optional<OrganizationKind> kind = organization_kind_from_string(value);
      if (!kind) return false;
      contact_.organization.kind = *kind;
      return true;
    }
    if (name == x_alternative_name && is_person()) {
      if (!value.empty()) {
        alternative_names_.push_back({value, first_parameter(property, "LANGUAGE")});
      }
      return true;
    }
    if (name == x_raw) {
      std::vector<RawValue>& raw =
          is_person() ? contact_.person.raw_values : contact_.organization.raw_values;
      raw.push_back(
          {first_parameter(property, "FIELD"), value, first_parameter(property, "REASON")});
      return true;
    }
    if (!is_person()) return false;
    Person& p = contact_.person;
    if (name == x_identifier) {
      p.identifiers.push_back({first_parameter(property, "SCHEME"), value});
      return true;
    }
    if (name == x_lawful_basis) {
      std::optional<LawfulBasis> basis = lawful_basis_from_string(value);
      if (!basis) return false;
      p.data_protection.lawful_basis = *basis;
      return true;
    }
    if (name == x_consent_source) {
      p.data_protection.consent_source = value;
      return true;
    }
    if (name == x_consent_date || name == x_retention_review) {
      const bool consent = name == x_consent_date;
      detail::set_date_leniently(
          consent ? p.data_protection.consent_date : p.data_protection.retention_review, value,
          consent ? "data_protection.consent_date" : "data_protection.retention_review",
          p.raw_values, &contact_.warnings);
      return true;
    }
    return false;
  }

  void keep(const Property& property) {
    std::vector<ExtraField>& extras =
        is_person() ? contact_.person.extra_fields : contact_.organization.extra_fields;
    extras.push_back(extra_from_property(property));
  }

  void finish() {
    for (const Property* label : deferred_labels_) {
      // An empty label (Apple's on an ORG or TITLE) labels nothing.
      if (trimmed(label->value).empty()) continue;
      if (!used_groups_.count(text::to_lower_ascii(label->group))) keep(*label);
    }
    if (is_person()) {
      finish_person();
    } else {
      finish_organization();
    }
  }

  void finish_person() {
    Person& p = contact_.person;
    // FN is the display name only when it says more than the parts do,
    // and, on a card with no name parts, is not just the e-mail address or
    // phone number that a writer (liaison's export among them) put there
    // for want of a name. (Google splits such an address into N parts:
    // "com;aalikc@gmail"; the FN is then the better name.)
    const std::string parts = join({p.prefix, p.given_names, p.family_names, p.suffix}, " ");
    const bool fn_is_contact_point =
        std::any_of(p.contacts.emails.begin(), p.contacts.emails.end(),
                    [&](const Email& email) { return email.address == fn_; }) ||
        std::any_of(p.contacts.phones.begin(), p.contacts.phones.end(),
                    [&](const Phone& phone) { return phone.number == fn_; });
    if (!fn_.empty() && !(fn_is_contact_point && parts.empty()) && fn_ != parts) {
      p.display_name = fn_;
    }
    p.alternative_names = std::move(alternative_names_);
    join_lone_titles();
    for (CardAffiliation& position : position_list_) {
      if (position.organization.empty()) {
        // A TITLE or ROLE with no ORG has nowhere to go as a position.
        if (!position.title.empty()) {
          keep_text("TITLE", position.title);
        }
        if (!position.role.empty()) keep_text("ROLE", position.role);
        continue;
      }
      contact_.affiliations.push_back(std::move(position));
    }
  }

  // Google writes ORG and TITLE in groups of their own (item2.ORG,
  // item3.TITLE): a title or role with no ORG goes to the first position
  // that has an ORG and neither, in the order they came.
  void join_lone_titles() {
    for (CardAffiliation& lone : position_list_) {
      if (!lone.organization.empty() || (lone.title.empty() && lone.role.empty())) continue;
      for (CardAffiliation& position : position_list_) {
        if (position.organization.empty() || !position.title.empty() || !position.role.empty())
          continue;
        position.title = std::move(lone.title);
        position.role = std::move(lone.role);
        lone.title.clear();
        lone.role.clear();
        break;
      }
    }
  }

  void keep_text(const char* name, const std::string& value) {
    Property property;
    property.name = name;
    property.value = escape_text(value);
    contact_.person.extra_fields.push_back(extra_from_property(property));
  }

  void finish_organization() {
    Organization& o = contact_.organization;
    if (!organization_path_.empty()) {
      o.name = organization_path_.back();
      organization_path_.pop_back();
      contact_.parents = std::move(organization_path_);
      if (!fn_.empty() && fn_ != o.name) o.aliases.push_back({fn_, ""});
    } else {
      o.name = fn_;
    }
    for (LocalizedName& name : alternative_names_) o.aliases.push_back(std::move(name));
  }

  const Card& card_;
  const std::string version_;
  Contact contact_;
  std::map<std::string, std::string> labels_;  // lower-case group -> X-ABLabel
  std::set<std::string> used_groups_;
  std::string fn_;
  bool n_seen_ = false;
  bool org_seen_ = false;
  std::vector<LocalizedName> alternative_names_;
  std::vector<std::string> organization_path_;
  // Lower-case group, or "#n" for the n-th of each property without one
  // -> position_list_ index.
  std::map<std::string, std::size_t> positions_;
  std::map<std::string, std::size_t> ungrouped_seen_;  // ORG, TITLE, ROLE -> how many so far
  std::vector<CardAffiliation> position_list_;
  std::vector<const Property*> deferred_labels_;
};

}  // namespace

Contact contact_from_card(const Card& card) { return CardReader(card).read(); }

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
