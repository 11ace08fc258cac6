#include "formats/csv/row_mapping.hpp"

#include "formats/csv/dates.hpp"
#include "formats/csv/formula_guard.hpp"
#include "text/email.hpp"
#include "text/fold.hpp"
#include "text/phone.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

bool has_letter_or_digit(std::string_view value) {
  bool ascii = true;
  for (const char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  }
  return !ascii && !text::fold(value).empty();
}

bool is_number_field(Field field) noexcept {
  return field == Field::phone || field == Field::postal_code || field == Field::identifier ||
         field == Field::birthday || field == Field::external_id;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Google marks the preferred value's label with "* " ("* Work").
std::string strip_star(std::string_view label, bool& preferred) {
  std::string out = text::trim(label);
  if (out.size() >= 2 && out[0] == '*' && out[1] == ' ') {
    preferred = true;
    out = text::trim(std::string_view(out).substr(2));
  }
  return out;
}

}  // namespace

PhoneKind phone_kind_of_label(std::string_view label) {
  const std::string l = lower_ascii(label);
  if (l.find("fax") != std::string::npos) return PhoneKind::fax;
  if (l.find("mobile") != std::string::npos || l.find("cell") != std::string::npos ||
      l.find("handy") != std::string::npos || l.find("mobil") != std::string::npos) {
    return PhoneKind::mobile;
  }
  if (l.find("home") != std::string::npos || l.find("private") != std::string::npos) {
    return PhoneKind::home;
  }
  if (l.empty() || l.find("work") != std::string::npos || l.find("business") != std::string::npos ||
      l.find("main") != std::string::npos || l.find("office") != std::string::npos) {
    return PhoneKind::work;
  }
  return PhoneKind::other;
}

namespace {

// The label kept beside a phone kind: nothing when the kind says it all.
std::string phone_label(const std::string& label, PhoneKind kind) {
  const std::string l = lower_ascii(label);
  if (l.empty() || l == to_string(kind)) return {};
  return label;
}

std::vector<std::string> split_units(const std::string& department) {
  std::vector<std::string> units;
  std::size_t start = 0;
  while (start < department.size()) {
    std::size_t end = department.find("; ", start);
    std::string unit = text::trim(
        std::string_view(department).substr(start, end == std::string::npos ? end : end - start));
    if (!unit.empty()) units.push_back(std::move(unit));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return units;
}

// One e-mail, phone or website column, or several of the same group.
struct Slot {
  std::vector<std::string> values;
  std::string label;
  bool preferred = false;
  std::string label_cell;    // the label column's cell, as written
  std::string label_column;  // and its name
  // Outlook's: "SMTP" or "EX", and "Jane Roe (jane.roe@contoso.com)",
  // with their columns' names.
  std::string type;
  std::string type_column;
  std::string display_name;
  std::string display_name_column;
};

struct AddressSlot {
  PostalAddress address;
  std::vector<std::string> street_extra;
  std::string house_number;
  std::string formatted;
};

class RowReader {
 public:
  RowReader(const std::vector<std::string>& cells, const Layout& layout, DateOrder order)
      : cells_(cells), layout_(layout), order_(order) {}

  MappedRow read() {
    MappedRow row;
    row.blank = std::all_of(cells_.begin(), cells_.end(),
                            [](const std::string& cell) { return text::trim(cell).empty(); });
    if (row.blank) return row;
    for (std::size_t i = 0; i < cells_.size(); ++i) take(i);
    row.only_extras = texts_.empty() && emails_.empty() && phones_.empty() && websites_.empty() &&
                      social_.empty() && listed_social_.empty() && addresses_.empty();
    row.external_id = text_of(Field::external_id);
    if (names_an_organization_only()) {
      read_organization(row.contact);
    } else {
      read_person(row.contact);
    }
    // A native export writes each record's uid as its external_id: reading
    // the file back into the same directory updates those records.
    if (formats::is_uuid(row.external_id)) {
      row.contact.uid = row.external_id;
      RecordMeta& meta =
          row.contact.is_organization ? row.contact.organization.meta : row.contact.person.meta;
      meta.uid = text::to_lower_ascii(row.external_id);
    }
    return row;
  }

 private:
  void take(std::size_t column) {
    const std::string& cell = cells_[column];
    ColumnTarget none;
    const ColumnTarget& target = column < layout_.columns.size() ? layout_.columns[column] : none;
    std::string value = text::trim(cell);
    // A cell an Excel export guarded against formulas reads as it was.
    if (const auto unguarded = without_formula_guard(value); unguarded.size() < value.size()) {
      value = text::trim(unguarded);
    }
    // Excel keeps a number as text when it is written as a formula that
    // makes the text: ="0691234567".
    if (value.size() >= 3 && value.compare(0, 2, "=\"") == 0 && value.back() == '"') {
      value = text::trim(std::string_view(value).substr(2, value.size() - 3));
    }
    // A number typed into a spreadsheet after an apostrophe, to keep its
    // leading zero ('0691234567), is that number.
    if (value.size() >= 2 && value.front() == '\'' && is_number_field(target.field) &&
        (std::isdigit(static_cast<unsigned char>(value[1])) || value[1] == '(')) {
      value.erase(0, 1);
    }
    if (value.empty()) return;
    // "-", "?", "." in a field stand for "none" (a spreadsheet's way to
    // leave a cell empty); they would make a person named "-".
    if (target.field != Field::none && !has_letter_or_digit(value)) return;
    switch (target.field) {
      case Field::none:
        extras_.push_back({"csv", column_name(column), std::string(without_formula_guard(cell))});
        return;
      case Field::email:
        add_values(emails_[slot_key(target, column)], value, target.label);
        split_address_lists(emails_[slot_key(target, column)]);
        return;
      case Field::phone:
        add_values(phones_[slot_key(target, column)], value, target.label);
        split_phone_lists(phones_[slot_key(target, column)]);
        return;
      case Field::website:
        add_values(websites_[slot_key(target, column)], value, target.label);
        return;
      case Field::social_profile:
        add_values(social_[slot_key(target, column)], value, target.label);
        return;
      case Field::email_label: set_label(emails_[group_key(target)], value, column); return;
      case Field::email_type:
        emails_[group_key(target)].type = value;
        emails_[group_key(target)].type_column = column_name(column);
        return;
      case Field::email_display_name:
        emails_[group_key(target)].display_name = value;
        emails_[group_key(target)].display_name_column = column_name(column);
        return;
      case Field::phone_label: set_label(phones_[group_key(target)], value, column); return;
      case Field::website_label: set_label(websites_[group_key(target)], value, column); return;
      case Field::social_profile_label:
        set_label(social_[group_key(target)], value, column);
        return;
      case Field::social_profiles:
        for (const std::string& part : split_values(value)) {
          auto [service, handle] = service_and_handle(part);
          SocialProfile profile;
          profile.service = std::move(service);
          profile.url = std::move(handle);
          listed_social_.push_back(std::move(profile));
        }
        return;
      case Field::address_label: address_labels_[target.group] = value; return;
      case Field::details: return;  // read by the importer (formats/csv/details.hpp)
      case Field::street: append(address(target).address.street, value, ", "); return;
      case Field::street_extra: address(target).street_extra.push_back(value); return;
      case Field::house_number: append(address(target).house_number, value, " "); return;
      case Field::locality: append(address(target).address.locality, value, " "); return;
      case Field::region: append(address(target).address.region, value, " "); return;
      case Field::postal_code: append(address(target).address.postal_code, value, " "); return;
      case Field::address_formatted: append(address(target).formatted, value, "\n"); return;
      case Field::country:
        if (target.group == 0 && target.label.empty()) {
          append(texts_[Field::country], value, " ");
        } else {
          append(address(target).address.country, value, " ");
        }
        return;
      case Field::tags:
        // Tags of several columns stay apart ("Groups", "Tags").
        append(texts_[Field::tags], value,
               layout_.value_separator.empty() ? "; " : layout_.value_separator.c_str());
        return;
      default: append(texts_[target.field], value, " "); return;
    }
  }

  // The parts of `value` between any of `separators`, trimmed; empty
  // parts included ("a,,b" has three).
  static std::vector<std::string> parts_between(std::string_view value,
                                                std::string_view separators) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t end = value.find_first_of(separators, start);
      if (end == std::string_view::npos) end = value.size();
      parts.push_back(text::trim(value.substr(start, end - start)));
      start = end + 1;
    }
    return parts;
  }

  // Each value of `slot` that `split` returns several parts for (a list
  // written into one cell) becomes those parts; the others stay whole.
  template <class Split>
  static void split_lists(Slot& slot, Split split) {
    std::vector<std::string> values;
    for (std::string& value : slot.values) {
      std::vector<std::string> parts = split(value);
      if (parts.size() > 1) {
        values.insert(values.end(), parts.begin(), parts.end());
      } else {
        values.push_back(std::move(value));
      }
    }
    slot.values = std::move(values);
  }

  // Spreadsheets hold several addresses in one cell: "a@x.org, b@y.org",
  // one per line, or "a@x.org / b@y.org". A cell with one address ("Doe,
  // John <john@x.org>") stays whole; so does one whose parts are not each
  // an address.
  static void split_address_lists(Slot& slot) {
    const auto addresses = [](const std::string& value, std::string_view separators) {
      std::vector<std::string> parts = parts_between(value, separators);
      parts.erase(std::remove(parts.begin(), parts.end(), std::string()), parts.end());
      const bool each_an_address = std::all_of(parts.begin(), parts.end(), [](const auto& p) {
        return std::count(p.begin(), p.end(), '@') == 1;
      });
      if (!each_an_address) parts.clear();
      return parts;
    };
    split_lists(slot, [&](const std::string& value) {
      if (std::count(value.begin(), value.end(), '@') < 2) return std::vector<std::string>();
      std::vector<std::string> parts = addresses(value, ",;\r\n");
      return parts.size() > 1 ? parts : addresses(value, ",;\r\n\t /");
    });
  }

  // "066 123 456, 069 654 321": several numbers in one cell, split where
  // each part is a number of its own (six digits or more). A comma in one
  // number ("+1 555 0100,,123", a pause before an extension) stays.
  static void split_phone_lists(Slot& slot) {
    split_lists(slot, [](const std::string& value) {
      std::vector<std::string> parts = parts_between(value, ",;\r\n");
      const bool each_a_number = std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
        return std::count_if(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; }) >=
                   6 &&
               text::is_plausible_phone_text(p);
      });
      if (!each_a_number) parts.clear();
      return parts;
    });
  }

  std::string column_name(std::size_t column) const {
    if (column < layout_.names.size() && !layout_.names[column].empty()) {
      return layout_.names[column];
    }
    return "column " + std::to_string(column + 1);
  }

  // Columns of a group belong together ("E-mail 2 - Value" with "E-mail 2 -
  // Type"); ungrouped columns each stand alone ("Business Phone", "Mobile
  // Phone").
  static std::pair<unsigned, std::size_t> slot_key(const ColumnTarget& target, std::size_t column) {
    return {target.group, target.group == 0 ? column : 0};
  }
  static std::pair<unsigned, std::size_t> group_key(const ColumnTarget& target) {
    return {target.group, 0};
  }

  void add_values(Slot& slot, const std::string& value, const std::string& label) {
    if (!label.empty() && slot.label.empty()) slot.label = label;
    for (std::string& part : split_values(value)) slot.values.push_back(std::move(part));
  }

  // "skype:ana.b" or "linkedin:https://www.linkedin.com/in/ana": the
  // service before the first colon, unless that colon is a URL's own.
  static std::pair<std::string, std::string> service_and_handle(const std::string& part) {
    const std::size_t colon = part.find(':');
    if (colon == std::string::npos || part.compare(colon, 3, "://") == 0 ||
        part.find_first_of("/.@ ", 0) < colon) {
      return {std::string(), part};
    }
    return {text::trim(std::string_view(part).substr(0, colon)),
            text::trim(std::string_view(part).substr(colon + 1))};
  }

  void set_label(Slot& slot, const std::string& value, std::size_t column) {
    bool preferred = false;
    slot.label = strip_star(value, preferred);
    slot.preferred = slot.preferred || preferred;
    slot.label_cell = value;
    slot.label_column = column_name(column);
  }

  // A label whose value cell is empty: kept with the record, as a cell no
  // field takes, since a row shifted by a stray delimiter puts the value
  // itself there ("E-mail 1 - Type" holding the address).
  template <class Slots>
  void keep_unpaired_labels(const Slots& slots, std::vector<detail::FieldWarning>& warnings) {
    for (const auto& [key, slot] : slots) {
      if (!slot.values.empty() || slot.label_cell.empty()) continue;
      extras_.push_back({"csv", slot.label_column, slot.label_cell});
      warnings.push_back({slot.label_column, slot.label_cell,
                          "a label with no value beside it; kept as an extra field"});
    }
  }

  AddressSlot& address(const ColumnTarget& target) {
    return addresses_[{target.group, target.label}];
  }

  // Google writes several values into one cell: "a@x.org ::: b@y.org".
  std::vector<std::string> split_values(const std::string& value) const {
    std::vector<std::string> parts;
    if (layout_.value_separator.empty()) {
      parts.push_back(value);
      return parts;
    }
    std::string_view rest = value;
    const std::string_view separator = layout_.value_separator;
    while (true) {
      std::size_t at = rest.find(separator);
      std::string part = text::trim(rest.substr(0, at));
      if (!part.empty()) parts.push_back(std::move(part));
      if (at == std::string_view::npos) break;
      rest.remove_prefix(at + separator.size());
    }
    return parts;
  }

  static void append(std::string& into, const std::string& value, const char* separator) {
    if (!into.empty()) into.append(separator);
    into.append(value);
  }

  std::string text_of(Field field) const {
    auto found = texts_.find(field);
    return found == texts_.end() ? std::string() : found->second;
  }

  // A row with an organization and no name of a person, or whose only name
  // is the organization's (Thunderbird's and Outlook's company entries show
  // the company as the display name), stands for the organization.
  bool names_an_organization_only() const {
    for (Field field : {Field::prefix, Field::given_name, Field::middle_name, Field::family_name,
                        Field::suffix, Field::nickname, Field::title, Field::role}) {
      if (!text_of(field).empty()) return false;
    }
    const std::string organization = text_of(Field::organization);
    if (organization.empty()) return false;
    const std::string shown = text_of(Field::full_name);
    return shown.empty() || text::fold(shown) == text::fold(organization);
  }

  // ------------------------------------------------------------ shared parts

  std::vector<std::string> tags() const {
    std::vector<std::string> out;
    const std::string all = text_of(Field::tags);
    if (all.empty()) return out;
    // Tags are split at commas and semicolons, as people type them, unless
    // the layout's own separator is there (Google's " ::: ").
    std::vector<std::string> parts;
    if (!layout_.value_separator.empty() &&
        all.find(layout_.value_separator) != std::string::npos) {
      parts = split_values(all);
    } else {
      std::string current;
      for (char c : all) {
        if (c == ',' || c == ';') {
          parts.push_back(current);
          current.clear();
        } else {
          current.push_back(c);
        }
      }
      parts.push_back(current);
    }
    for (const std::string& part : parts) {
      std::string tag = text::trim(part);
      // Google's system groups: "* myContacts" (Gmail's older export: "* My
      // Contacts") is every contact, "* Other Contacts" every address one
      // wrote to, so neither says anything; "* starred" is a star.
      const bool system = tag.size() >= 2 && tag[0] == '*' && tag[1] == ' ';
      if (system) tag = text::trim(tag.substr(2));
      if (system && (tag == "My Contacts" || tag == "Other Contacts")) continue;
      // Mailchimp quotes each of its tags inside the cell: "vip","newsletter".
      if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') {
        tag = text::trim(std::string_view(tag).substr(1, tag.size() - 2));
      }
      if (tag.empty() || tag == "myContacts") continue;
      if (std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(tag);
    }
    return out;
  }

  // A "* " label marks its group preferred: the first value of the group,
  // as Google writes several values into one cell.
  // An Exchange contact's address in an Outlook export is an X.500 path
  // ("/o=ExchangeLabs/ou=.../cn=Recipients/cn=jroe", type EX); its SMTP
  // address is in the display name, "Jane Roe (jane.roe@contoso.com)".
  // What the type and display name add beyond that is kept as extra fields.
  void read_outlook_addresses(Slot& slot) {
    const std::size_t open = slot.display_name.rfind('(');
    const std::size_t close = slot.display_name.rfind(')');
    std::string shown;
    if (open != std::string::npos && close != std::string::npos && close > open) {
      shown = text::trim(std::string_view(slot.display_name).substr(open + 1, close - open - 1));
    }
    const bool exchange =
        text::equals_ignoring_ascii_case(slot.type, "EX") ||
        (!slot.values.empty() && text::starts_with_ignoring_ascii_case(slot.values.front(), "/o="));
    bool display_name_said_nothing_else = slot.display_name.empty();
    if (!shown.empty() && text::check_email(shown).ok) {
      if (exchange && !slot.values.empty()) {
        extras_.push_back({"csv", "Exchange address", slot.values.front()});
        slot.values.front() = shown;
      }
      display_name_said_nothing_else =
          !slot.values.empty() && text::equals_ignoring_ascii_case(slot.values.front(), shown);
    } else if (!slot.values.empty() &&
               text::equals_ignoring_ascii_case(slot.display_name, slot.values.front())) {
      display_name_said_nothing_else = true;
    }
    if (!display_name_said_nothing_else) {
      extras_.push_back({"csv", slot.display_name_column, slot.display_name});
    }
    const bool known_type = slot.type.empty() ||
                            text::equals_ignoring_ascii_case(slot.type, "SMTP") ||
                            text::equals_ignoring_ascii_case(slot.type, "EX");
    if (!known_type) extras_.push_back({"csv", slot.type_column, slot.type});
  }

  ContactPoints contacts(std::vector<detail::FieldWarning>& warnings) {
    for (auto& [key, slot] : emails_) read_outlook_addresses(slot);
    keep_unpaired_labels(emails_, warnings);
    keep_unpaired_labels(phones_, warnings);
    keep_unpaired_labels(websites_, warnings);
    keep_unpaired_labels(social_, warnings);
    ContactPoints points;
    for (auto& [key, slot] : emails_) {
      for (std::size_t i = 0; i < slot.values.size(); ++i) {
        Email email;
        email.address = slot.values[i];
        email.label = slot.label;
        email.preferred = slot.preferred && i == 0;
        points.emails.push_back(std::move(email));
      }
    }
    for (auto& [key, slot] : phones_) {
      for (std::size_t i = 0; i < slot.values.size(); ++i) {
        Phone phone;
        phone.number = slot.values[i];
        phone.kind = phone_kind_of_label(slot.label);
        phone.label = phone_label(slot.label, phone.kind);
        phone.preferred = slot.preferred && i == 0;
        points.phones.push_back(std::move(phone));
      }
    }
    for (auto& [key, slot] : websites_) {
      for (std::size_t i = 0; i < slot.values.size(); ++i) {
        Url url;
        url.url = slot.values[i];
        url.label = slot.label;
        url.preferred = slot.preferred && i == 0;
        points.urls.push_back(std::move(url));
      }
    }
    for (auto& [key, slot] : social_) {
      for (const std::string& value : slot.values) {
        SocialProfile profile;
        profile.service = slot.label;
        profile.url = value;
        points.social_profiles.push_back(std::move(profile));
      }
    }
    for (SocialProfile& profile : listed_social_) points.social_profiles.push_back(profile);
    for (auto& [key, slot] : addresses_) {
      PostalAddress address = slot.address;
      // "Lindenstr." and "4", "Ulica slobode" and "2": the number after the
      // street, as both are written on an envelope in the region.
      append(address.street, slot.house_number, " ");
      for (const std::string& extra : slot.street_extra) append(address.street, extra, ", ");
      bool has_parts = !address.street.empty() || !address.locality.empty() ||
                       !address.region.empty() || !address.postal_code.empty();
      if (!has_parts && !slot.formatted.empty()) address.street = slot.formatted;
      address.label = key.second;
      if (auto label = address_labels_.find(key.first);
          key.first != 0 && label != address_labels_.end()) {
        bool preferred = false;
        address.label = strip_star(label->second, preferred);
        address.preferred = preferred;
      }
      if (address.street.empty() && address.locality.empty() && address.region.empty() &&
          address.postal_code.empty() && address.country.empty()) {
        continue;
      }
      points.addresses.push_back(std::move(address));
    }
    return points;
  }

  // The native country column: the address's country when the row has one
  // address with no country of its own, else the record's country.
  std::string place_country(ContactPoints& points) {
    std::string country = text_of(Field::country);
    if (country.empty()) return country;
    if (points.addresses.size() == 1 && points.addresses.front().country.empty() &&
        points.addresses.front().label.empty()) {
      points.addresses.front().country = country;
    }
    return country;
  }

  std::vector<Identifier> identifiers() const {
    std::vector<Identifier> out;
    const std::string value = text_of(Field::identifier);
    if (value.empty()) return out;
    Identifier identifier;
    std::size_t colon = value.find(':');
    if (colon != std::string::npos && colon > 0 && value.find(' ') > colon) {
      identifier.scheme = value.substr(0, colon);
      identifier.value = text::trim(std::string_view(value).substr(colon + 1));
    } else {
      identifier.value = value;
    }
    out.push_back(std::move(identifier));
    return out;
  }

  // ------------------------------------------------------------ persons

  // "Petrović, Marko" in a file's only name column (a list sorted by
  // surname): the family and given names, so that the person sorts and
  // reads as the others. Left whole when it may be something else: "John
  // Smith, Jr." (a suffix), "Ministry of Interior, Serbia" (a small word no
  // name has), more than three words a side, digits, an address.
  static void split_surname_first(Person& person) {
    const std::string& shown = person.display_name;
    const std::size_t comma = shown.find(',');
    if (comma == std::string::npos || shown.find(',', comma + 1) != std::string::npos) return;
    const std::string family = text::trim(std::string_view(shown).substr(0, comma));
    const std::string given = text::trim(std::string_view(shown).substr(comma + 1));
    static constexpr std::string_view particles[] = {"de",  "da",  "di",  "van", "von", "der",
                                                     "den", "la",  "le",  "del", "dos", "du",
                                                     "ten", "ter", "bin", "al",  "y"};
    static constexpr std::string_view suffixes[] = {"jr",  "sr",  "ii",  "iii", "iv", "phd", "md",
                                                    "esq", "mba", "msc", "dr",  "mr", "mrs"};
    const auto plain_words = [&](const std::string& side) {
      if (side.empty()) return false;
      std::size_t words = 0;
      std::size_t start = 0;
      while (start < side.size()) {
        std::size_t end = side.find(' ', start);
        if (end == std::string::npos) end = side.size();
        const std::string_view word = std::string_view(side).substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        ++words;
        for (const char c : word) {
          if ((c >= '0' && c <= '9') || c == '@' || c == '(' || c == ')' || c == '/') return false;
        }
        const unsigned char first = static_cast<unsigned char>(word.front());
        if (first >= 'a' && first <= 'z' &&
            std::find(std::begin(particles), std::end(particles), word) == std::end(particles)) {
          return false;
        }
      }
      return words >= 1 && words <= 3;
    };
    if (!plain_words(family) || !plain_words(given)) return;
    std::string bare = text::to_lower_ascii(given);
    bare.erase(std::remove(bare.begin(), bare.end(), '.'), bare.end());
    if (std::find(std::begin(suffixes), std::end(suffixes), bare) != std::end(suffixes)) return;
    person.family_names = family;
    person.given_names = given;
    person.display_name.clear();
  }

  void read_person(formats::IncomingContact& contact) {
    Person& person = contact.person;
    person.prefix = text_of(Field::prefix);
    person.given_names = text_of(Field::given_name);
    const std::string middle = text_of(Field::middle_name);
    if (!middle.empty()) append(person.given_names, middle, " ");
    person.family_names = text_of(Field::family_name);
    person.suffix = text_of(Field::suffix);
    person.display_name = text_of(Field::full_name);
    if (person.given_names.empty() && person.family_names.empty()) split_surname_first(person);
    if (std::string nickname = text_of(Field::nickname); !nickname.empty()) {
      person.nicknames.push_back(std::move(nickname));
    }
    read_birthday(person, contact.warnings);
    person.notes = text_of(Field::notes);
    person.tags = tags();
    person.identifiers = identifiers();
    person.contacts = contacts(contact.warnings);
    split_mailbox(person);
    std::string country = place_country(person.contacts);
    if (person.contacts.addresses.empty() || person.contacts.addresses.front().country != country) {
      person.country = country;
    }
    person.extra_fields = std::move(extras_);

    const std::string organization = text_of(Field::organization);
    formats::IncomingPosition position;
    if (!organization.empty()) position.organization.push_back(organization);
    // "Transnational Threats Department; Action against Terrorism Unit" is
    // how an export writes units under the institution: the import session
    // finds the units the directory has and keeps the rest as the department.
    const std::string department = text_of(Field::department);
    if (organization.empty()) {
      position.department = department;
    } else {
      for (std::string& unit : split_units(department)) {
        position.organization.push_back(std::move(unit));
      }
    }
    position.title = text_of(Field::title);
    position.role = text_of(Field::role);
    if (!position.organization.empty()) {
      contact.affiliations.push_back(std::move(position));
    } else if (!position.department.empty() || !position.title.empty() || !position.role.empty()) {
      // A title with no organization has no affiliation to hang on: keep it.
      for (auto [field, value] :
           {std::pair{"department", position.department}, std::pair{"title", position.title},
            std::pair{"role", position.role}}) {
        if (value.empty()) continue;
        person.raw_values.push_back({field, value, "no organization to hold it"});
        contact.warnings.push_back({field, value, "kept as text: the row names no organization"});
      }
    }
  }

  // A name written as a mailbox, pasted from a mail program's To line
  // ("Carol Danvers" <carol@example.net>): the name is the part before the
  // address, and the address one of the person's, unless it is there already.
  static void split_mailbox(Person& person) {
    std::string& shown = person.display_name;
    if (shown.empty() || shown.back() != '>') return;
    const std::size_t open = shown.rfind('<');
    if (open == std::string::npos || shown.find('@', open) == std::string::npos) return;
    const text::EmailCheck mailbox = text::check_email(std::string_view(shown).substr(open));
    if (!mailbox.ok) return;
    std::string name = text::trim(std::string_view(shown).substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
      name = text::trim(std::string_view(name).substr(1, name.size() - 2));
    }
    auto& emails = person.contacts.emails;
    const bool known = std::any_of(emails.begin(), emails.end(), [&](const Email& email) {
      return text::check_email(email.address).key == mailbox.key;
    });
    if (!known) emails.push_back(Email{mailbox.address, {}, false, {}});
    shown = std::move(name);
  }

  void read_birthday(Person& person, std::vector<detail::FieldWarning>& warnings) {
    const std::string text = text_of(Field::birthday);
    if (!text.empty() && !is_empty_date(text)) {
      if (std::optional<PartialDate> date = parse_date(text, order_)) {
        person.birthday = *date;
      } else {
        detail::set_date_leniently(person.birthday, text, "birthday", person.raw_values, &warnings);
      }
      return;
    }
    // Thunderbird: Birth Year, Birth Month, Birth Day.
    const std::string year = text_of(Field::birth_year);
    const std::string month = text_of(Field::birth_month);
    const std::string day = text_of(Field::birth_day);
    if (year.empty() && month.empty() && day.empty()) return;
    auto number = [](const std::string& part, int& out) {
      if (part.empty()) return true;
      if (part.size() > 4 ||
          !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
      }
      out = std::stoi(part);
      return true;
    };
    PartialDate date;
    const std::string joined = year + "-" + month + "-" + day;
    if (number(year, date.year) && number(month, date.month) && number(day, date.day)) {
      std::string iso = date.to_string();
      if (std::optional<PartialDate> valid = PartialDate::parse(iso)) {
        person.birthday = *valid;
        return;
      }
    }
    person.raw_values.push_back({"birthday", joined, "not a date"});
    warnings.push_back({"birthday", joined, "not a date; kept as text"});
  }

  // ------------------------------------------------------------ organizations

  void read_organization(formats::IncomingContact& contact) {
    contact.is_organization = true;
    Organization& organization = contact.organization;
    const std::string name = text_of(Field::organization);
    // A department makes the row a unit: "OSCE" with "Transnational
    // Threats Department; Action against Terrorism Unit" is the last of them.
    std::vector<std::string> units = split_units(text_of(Field::department));
    if (units.empty()) {
      organization.name = name;
    } else {
      organization.name = std::move(units.back());
      units.pop_back();
      contact.parents.push_back(name);
      for (std::string& unit : units) contact.parents.push_back(std::move(unit));
    }
    organization.notes = text_of(Field::notes);
    organization.tags = tags();
    organization.contacts = contacts(contact.warnings);
    organization.country = place_country(organization.contacts);
    if (!organization.contacts.urls.empty()) {
      organization.website = organization.contacts.urls.front().url;
      organization.contacts.urls.erase(organization.contacts.urls.begin());
    }
    organization.extra_fields = std::move(extras_);
    for (Field unused : {Field::birthday, Field::birth_year, Field::identifier}) {
      if (std::string value = text_of(unused); !value.empty()) {
        std::string field(field_name(unused));
        organization.raw_values.push_back({field, value, "an organization has no such field"});
        contact.warnings.push_back({field, value, "kept as text: the row is an organization"});
      }
    }
  }

  const std::vector<std::string>& cells_;
  const Layout& layout_;
  DateOrder order_;
  std::map<Field, std::string> texts_;
  std::map<std::pair<unsigned, std::size_t>, Slot> emails_;
  std::map<std::pair<unsigned, std::size_t>, Slot> phones_;
  std::map<std::pair<unsigned, std::size_t>, Slot> websites_;
  std::map<std::pair<unsigned, std::size_t>, Slot> social_;
  std::vector<SocialProfile> listed_social_;  // the native column's, service by service
  std::map<std::pair<unsigned, std::string>, AddressSlot> addresses_;
  std::map<unsigned, std::string> address_labels_;
  std::vector<ExtraField> extras_;
};

}  // namespace

MappedRow contact_from_row(const std::vector<std::string>& cells, const Layout& layout,
                           DateOrder date_order) {
  return RowReader(cells, layout, date_order).read();
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
