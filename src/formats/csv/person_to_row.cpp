// A person to the cells of an export row, column by column of a layout.
#include "formats/csv/row_mapping.hpp"

#include "text/country.hpp"
#include "text/utf8.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

bool same_label(std::string_view a, std::string_view b) {
  return text::equals_ignoring_ascii_case(text::trim(a), text::trim(b));
}

// The words Google Contacts shows for a phone kind.
std::string kind_word(const Phone& phone) {
  if (!phone.label.empty()) return phone.label;
  switch (phone.kind) {
    case PhoneKind::work: return "Work";
    case PhoneKind::mobile: return "Mobile";
    case PhoneKind::fax: return "Work Fax";
    case PhoneKind::home: return "Home";
    case PhoneKind::other: return "Other";
  }
  return "Other";
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out.append(separator);
    out.append(part);
  }
  return out;
}

class RowWriter {
 public:
  RowWriter(const Person& person, const formats::IncomingPosition& position,
            const std::vector<ExportColumn>& columns, const RowWriting& writing)
      : person_(person),
        position_(position),
        columns_(columns),
        separator_(writing.value_separator),
        country_names_(writing.country_names),
        derived_full_name_(writing.derived_full_name) {
    for (const ExportColumn& column : columns_) {
      has_full_name_ = has_full_name_ || column.second.field == Field::full_name;
    }
    plan();
  }

  std::vector<std::string> cells() {
    std::vector<std::string> out;
    out.reserve(columns_.size());
    for (std::size_t i = 0; i < columns_.size(); ++i) out.push_back(cell(i));
    return out;
  }

 private:
  // Which values each column gets: values are dealt out to the columns of
  // their kind in column order; the last column of a kind takes the rest.
  void plan() {
    std::map<std::pair<Field, std::string>, std::vector<std::size_t>> ungrouped;
    std::map<Field, std::vector<std::size_t>> grouped;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const ColumnTarget& target = columns_[i].second;
      if (target.field != Field::email && target.field != Field::phone &&
          target.field != Field::website) {
        continue;
      }
      if (target.group > 0) {
        grouped[target.field].push_back(i);
      } else {
        std::string kind = target.field == Field::phone
                               ? std::string(to_string(phone_kind_of_label(target.label)))
                               : std::string();
        ungrouped[{target.field, kind}].push_back(i);
      }
    }
    // Phones by kind for ungrouped phone columns ("Mobile Phone"); a kind
    // no column has goes to the work column (or the first phone column).
    std::map<std::string, std::vector<std::size_t>> by_kind;
    for (std::size_t p = 0; p < person_.contacts.phones.size(); ++p) {
      by_kind[to_string(person_.contacts.phones[p].kind)].push_back(p);
    }
    std::vector<std::size_t> homeless;
    for (auto& [kind, indexes] : by_kind) {
      if (!ungrouped.count({Field::phone, kind})) {
        homeless.insert(homeless.end(), indexes.begin(), indexes.end());
      }
    }
    for (auto& [key, cols] : ungrouped) {
      std::vector<std::size_t> values;
      if (key.first == Field::email) values = all(person_.contacts.emails.size());
      if (key.first == Field::website) values = all(person_.contacts.urls.size());
      if (key.first == Field::phone) {
        values = by_kind[key.second];
        bool catch_all = key.second == "work" || !ungrouped.count({Field::phone, "work"});
        if (catch_all && !homeless.empty()) {
          values.insert(values.end(), homeless.begin(), homeless.end());
          homeless.clear();
        }
        deal_phones(cols, values);
        continue;
      }
      deal(cols, values);
    }
    for (auto& [field, cols] : grouped) {
      std::size_t count = field == Field::email   ? person_.contacts.emails.size()
                          : field == Field::phone ? person_.contacts.phones.size()
                                                  : person_.contacts.urls.size();
      // Columns of one group share its value: deal by group number.
      std::map<unsigned, std::vector<std::size_t>> by_group;
      for (std::size_t col : cols) by_group[columns_[col].second.group].push_back(col);
      std::vector<std::size_t> firsts;
      for (auto& [group, group_cols] : by_group) firsts.push_back(group_cols.front());
      deal(firsts, all(count));
      for (auto& [group, group_cols] : by_group) {
        for (std::size_t col : group_cols) assigned_[col] = assigned_[group_cols.front()];
        group_values_[{field, group}] = assigned_[group_cols.front()];
      }
    }
  }

  // deal() for the phones of one kind: one whose label names a column's
  // qualifier ("home" for "Home Fax") goes to that column, the others in
  // their order to the columns left.
  void deal_phones(const std::vector<std::size_t>& cols, std::vector<std::size_t> values) {
    std::vector<std::optional<std::size_t>> chosen(cols.size());
    // First a label that is the column's own ("home fax" from Outlook's
    // Home Fax), then one that is a word of it ("home" from a card's
    // TYPE=HOME,FAX).
    for (const bool whole : {true, false}) {
      for (std::size_t c = 0; c < cols.size(); ++c) {
        if (chosen[c]) continue;
        const std::string& column_label = columns_[cols[c]].second.label;
        for (auto it = values.begin(); it != values.end(); ++it) {
          const std::string label = text::to_lower_ascii(person_.contacts.phones[*it].label);
          if (label.empty()) continue;
          const bool fits =
              whole ? label == column_label
                    : (" " + column_label + " ").find(" " + label + " ") != std::string::npos;
          if (fits) {
            chosen[c] = *it;
            values.erase(it);
            break;
          }
        }
      }
    }
    auto next = values.begin();
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (!chosen[c] && next != values.end()) chosen[c] = *next++;
      if (chosen[c]) assigned_[cols[c]].push_back(*chosen[c]);
    }
    if (next != values.end() && !cols.empty() && !separator_.empty()) {
      std::vector<std::size_t>& last = assigned_[cols.back()];
      last.insert(last.end(), next, values.end());
    }
  }

  static std::vector<std::size_t> all(std::size_t count) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(i);
    return out;
  }

  void deal(const std::vector<std::size_t>& cols, const std::vector<std::size_t>& values) {
    for (std::size_t c = 0; c < cols.size() && c < values.size(); ++c) {
      assigned_[cols[c]].push_back(values[c]);
    }
    if (!cols.empty() && values.size() > cols.size() && !separator_.empty()) {
      std::vector<std::size_t>& last = assigned_[cols.back()];
      last.insert(last.end(), values.begin() + static_cast<std::ptrdiff_t>(cols.size()),
                  values.end());
    }
  }

  std::string values_of(std::size_t column, Field field) const {
    auto found = assigned_.find(column);
    if (found == assigned_.end()) return {};
    std::vector<std::string> parts;
    for (std::size_t i : found->second) {
      if (field == Field::email) parts.push_back(person_.contacts.emails[i].address);
      if (field == Field::phone) parts.push_back(person_.contacts.phones[i].number);
      if (field == Field::website) parts.push_back(person_.contacts.urls[i].url);
    }
    return join(parts, separator_.empty() ? std::string(" ") : separator_);
  }

  // The label of the first value of a group.
  std::string label_of(Field field, unsigned group) const {
    auto found = group_values_.find({field, group});
    if (found == group_values_.end() || found->second.empty()) return {};
    std::size_t i = found->second.front();
    if (field == Field::email) {
      const Email& email = person_.contacts.emails[i];
      return email.label.empty() && email.preferred ? "* Other"
                                                    : (email.preferred ? "* " : "") + email.label;
    }
    if (field == Field::phone) return kind_word(person_.contacts.phones[i]);
    return person_.contacts.urls[i].label;
  }

  const PostalAddress* address(const ColumnTarget& target) const {
    const std::vector<PostalAddress>& addresses = person_.contacts.addresses;
    if (addresses.empty()) return nullptr;
    // Programs label their address columns ("Business Street": work);
    // Google numbers them and labels them in a column of their own.
    if (target.label.empty()) {
      if (target.group == 0) return &addresses.front();
      return target.group <= addresses.size() ? &addresses[target.group - 1] : nullptr;
    }
    for (const PostalAddress& a : addresses) {
      if (same_label(a.label, target.label)) return &a;
    }
    // An address with no label counts as a work address.
    if (same_label(target.label, "work")) {
      for (const PostalAddress& a : addresses) {
        if (a.label.empty()) return &a;
      }
    }
    return nullptr;
  }

  std::string address_part(const ColumnTarget& target) const {
    const PostalAddress* a = address(target);
    if (!a) return {};
    switch (target.field) {
      case Field::street: return a->street;
      case Field::locality: return a->locality;
      case Field::region: return a->region;
      case Field::postal_code: return a->postal_code;
      case Field::country: return a->country;
      case Field::address_label: return a->label;
      default: return {};
    }
  }

  std::string cell(std::size_t column) const {
    const ColumnTarget& target = columns_[column].second;
    const ContactPoints& contacts = person_.contacts;
    switch (target.field) {
      case Field::none: return {};
      case Field::external_id: return person_.meta.uid;
      case Field::prefix: return person_.prefix;
      case Field::given_name:
        // A name kept whole (a file's "Name" column, a card's FN alone)
        // has no parts; a layout without a column for the whole name
        // (Outlook's, Google's) gets it as the first name, not lost.
        if (!has_full_name_ && person_.given_names.empty() && person_.family_names.empty()) {
          return person_.display_name;
        }
        return person_.given_names;
      case Field::middle_name: return {};
      case Field::family_name: return person_.family_names;
      case Field::suffix: return person_.suffix;
      case Field::nickname: return join(person_.nicknames, ", ");
      case Field::full_name:
        return person_.display_name.empty() && derived_full_name_ ? person_.name()
                                                                  : person_.display_name;
      case Field::birthday: return person_.birthday.to_string();
      case Field::birth_year:
        return person_.birthday.year ? std::to_string(person_.birthday.year) : std::string();
      case Field::birth_month:
        return person_.birthday.month ? std::to_string(person_.birthday.month) : std::string();
      case Field::birth_day:
        return person_.birthday.day ? std::to_string(person_.birthday.day) : std::string();
      case Field::organization:
        return position_.organization.empty() ? std::string() : position_.organization.front();
      case Field::department: {
        std::vector<std::string> rest;
        for (std::size_t i = 1; i < position_.organization.size(); ++i) {
          rest.push_back(position_.organization[i]);
        }
        rest.push_back(position_.department);
        return join(rest, "; ");
      }
      case Field::title: return position_.title;
      case Field::role: return position_.role;
      case Field::email:
      case Field::phone:
      case Field::website: return values_of(column, target.field);
      case Field::email_label: return label_of(Field::email, target.group);
      case Field::email_type:
      case Field::email_display_name: return {};  // not in liaison's Outlook export
      case Field::phone_label: return label_of(Field::phone, target.group);
      case Field::website_label: return label_of(Field::website, target.group);
      case Field::street:
      case Field::locality:
      case Field::region:
      case Field::postal_code:
      case Field::address_label: return address_part(target);
      case Field::country: {
        std::string code = target.group == 0 && target.label.empty() && contacts.addresses.empty()
                               ? person_.country
                               : address_part(target);
        if (!country_names_ || code.empty()) return code;
        std::string name = text::country_name(code);
        return name.empty() ? code : name;
      }
      case Field::street_extra:
      case Field::house_number:
      case Field::address_formatted:
      case Field::details: return {};  // written by the exporter (formats/csv/details.hpp)
      case Field::tags: return join(person_.tags, separator_.empty() ? ", " : separator_);
      case Field::notes: return person_.notes;
      case Field::identifier: {
        std::vector<std::string> parts;
        for (const Identifier& identifier : person_.identifiers) {
          parts.push_back(identifier.scheme.empty() ? identifier.value
                                                    : identifier.scheme + ":" + identifier.value);
        }
        return join(parts, separator_.empty() ? std::string(" ") : separator_);
      }
      case Field::social_profiles: {
        std::vector<std::string> parts;
        for (const SocialProfile& profile : contacts.social_profiles) {
          parts.push_back(profile.service.empty() ? profile.url
                                                  : profile.service + ":" + profile.url);
        }
        return join(parts, separator_.empty() ? std::string(" ::: ") : separator_);
      }
      case Field::social_profile_label: {
        std::size_t index = target.group > 0 ? target.group - 1 : 0;
        return index < contacts.social_profiles.size() ? contacts.social_profiles[index].service
                                                       : std::string();
      }
      case Field::social_profile: {
        std::vector<std::string> parts;
        if (target.group > 0) {
          std::size_t index = target.group - 1;
          return index < contacts.social_profiles.size() ? contacts.social_profiles[index].url
                                                         : std::string();
        }
        for (const SocialProfile& profile : contacts.social_profiles) {
          if (target.label.empty() || same_label(profile.service, target.label)) {
            parts.push_back(profile.url);
          }
        }
        return join(parts, separator_.empty() ? std::string(" ") : separator_);
      }
    }
    return {};
  }

  const Person& person_;
  const formats::IncomingPosition& position_;
  const std::vector<ExportColumn>& columns_;
  const std::string& separator_;
  bool country_names_;
  bool derived_full_name_;
  bool has_full_name_ = false;                                // a column takes the whole name
  std::map<std::size_t, std::vector<std::size_t>> assigned_;  // column -> value indexes
  std::map<std::pair<Field, unsigned>, std::vector<std::size_t>> group_values_;
};

}  // namespace

std::vector<std::string> row_from_person(const Person& person,
                                         const formats::IncomingPosition& position,
                                         const std::vector<ExportColumn>& columns,
                                         const RowWriting& writing) {
  return RowWriter(person, position, columns, writing).cells();
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
