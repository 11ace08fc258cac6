#include "formats/csv/details.hpp"

#include "formats/csv/details_support.hpp"
#include "formats/csv/formula_guard.hpp"
#include "text/utf8.hpp"
#include "validation.hpp"

#include <liaison/error.hpp>
#include <liaison/json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

using json = nlohmann::json;

const std::array<details_support::DetailsPart, 14>& parts() {
  static const std::array<details_support::DetailsPart, 14> all = {{
      {"emails", {Field::email}},
      {"phones", {Field::phone}},
      {"urls", {Field::website}},
      {"social_profiles", {Field::social_profiles}},
      {"addresses",
       {Field::street, Field::locality, Field::region, Field::postal_code, Field::country}},
      {"country", {Field::country}},
      {"nicknames", {Field::nickname}},
      {"identifiers", {Field::identifier}},
      {"positions", {Field::organization, Field::department, Field::title, Field::role}},
      {"alternative_names", {}},
      {"languages", {}},
      {"raw_values", {}},
      {"extra_fields", {}},
      {"data_protection", {}},
  }};
  return all;
}

const details_support::DetailsPart* part_named(std::string_view member) {
  return details_support::part_named(parts(), member);
}

bool same(const Person& a, const Person& b, std::string_view member) {
  if (std::optional<bool> points = details_support::same_points(a.contacts, b.contacts, member)) {
    return *points;
  }
  if (member == "nicknames") return a.nicknames == b.nicknames;
  if (member == "identifiers") return a.identifiers == b.identifiers;
  return false;
}

void copy_member(Person& to, const Person& from, std::string_view member) {
  if (details_support::copy_points(to.contacts, from.contacts, member)) return;
  if (member == "country") to.country = from.country;
  if (member == "nicknames") to.nicknames = from.nicknames;
  if (member == "identifiers") to.identifiers = from.identifiers;
  if (member == "alternative_names") to.alternative_names = from.alternative_names;
  if (member == "languages") to.languages = from.languages;
  if (member == "data_protection") to.data_protection = from.data_protection;
  // The row's own raw values and extra fields (cells that did not parse,
  // columns past the header) stay beside the exported ones.
  if (member == "raw_values") details_support::unite(to.raw_values, from.raw_values);
  if (member == "extra_fields") details_support::unite(to.extra_fields, from.extra_fields);
}

// Positions as the details cell writes them: the organization's path of
// names (institution, units, department parts), title, role, dates and
// whether it is the primary one.
json positions_json(const std::vector<formats::IncomingPosition>& positions) {
  json out = json::array();
  for (const formats::IncomingPosition& position : positions) {
    json item = json::object();
    item["organization"] = position.organization;
    if (!position.title.empty()) item["title"] = position.title;
    if (!position.role.empty()) item["role"] = position.role;
    if (!position.start.empty()) item["start"] = position.start.to_string();
    if (!position.end.empty()) item["end"] = position.end.to_string();
    item["primary"] = position.primary.value_or(false);
    out.push_back(std::move(item));
  }
  return out;
}

// The reverse; nullopt, with `error` set, for anything else.
std::optional<std::vector<formats::IncomingPosition>> read_positions(const json& value,
                                                                     std::string& error) {
  std::vector<formats::IncomingPosition> positions;
  auto text = [&](const json& item, const char* key, std::string& into) {
    if (!item.contains(key)) return true;
    if (!item.at(key).is_string()) return false;
    into = item.at(key).get<std::string>();
    return true;
  };
  auto date = [&](const json& item, const char* key, PartialDate& into) {
    std::string written;
    if (!text(item, key, written)) return false;
    if (written.empty()) return true;
    std::optional<PartialDate> parsed = PartialDate::parse(written);
    if (!parsed) return false;
    into = *parsed;
    return true;
  };
  if (!value.is_array()) {
    error = "member 'positions' is not an array";
    return std::nullopt;
  }
  for (const json& item : value) {
    formats::IncomingPosition position;
    bool ok = item.is_object() && item.contains("organization") &&
              item.at("organization").is_array() && !item.at("organization").empty();
    if (ok) {
      for (const json& name : item.at("organization")) {
        if (!name.is_string() || name.get<std::string>().empty()) {
          ok = false;
          break;
        }
        position.organization.push_back(name.get<std::string>());
      }
    }
    ok = ok && text(item, "title", position.title) && text(item, "role", position.role) &&
         date(item, "start", position.start) && date(item, "end", position.end);
    if (ok && item.contains("primary")) {
      ok = item.at("primary").is_boolean();
      if (ok) position.primary = item.at("primary").get<bool>();
    }
    if (!ok) {
      error =
          "member 'positions' holds a position that is not {\"organization\": [names], "
          "\"title\", \"role\", \"start\", \"end\", \"primary\"}";
      return std::nullopt;
    }
    if (!position.primary) position.primary = false;
    positions.push_back(std::move(position));
  }
  return positions;
}

}  // namespace

namespace details_support {

void drop_sources(json& value) {
  if (!value.is_array()) return;
  for (json& item : value) {
    if (item.is_object()) item.erase("source");
  }
}

const Layout& native_read_layout() {
  static const Layout layout = [] {
    Layout l;
    l.preset = "native";
    l.header_row = 0;
    for (const ExportColumn& column : native_export_columns()) {
      l.names.push_back(column.first);
      l.columns.push_back(column.second);
    }
    l.value_separator = " ::: ";
    return l;
  }();
  return layout;
}

std::string_view cell_for(const ColumnTarget& target, const std::vector<std::string>& cells,
                          const Layout& layout) {
  for (std::size_t i = 0; i < layout.columns.size() && i < cells.size(); ++i) {
    if (layout.columns[i] == target) return cells[i];
  }
  return {};
}

std::string comparable(std::string_view cell) {
  return text::trim(without_formula_guard(text::trim(cell)));
}

std::optional<bool> same_points(const ContactPoints& a, const ContactPoints& b,
                                std::string_view member) {
  if (member == "emails") return unstamped(a.emails) == unstamped(b.emails);
  if (member == "phones") return unstamped(a.phones) == unstamped(b.phones);
  if (member == "urls") return unstamped(a.urls) == unstamped(b.urls);
  if (member == "social_profiles")
    return unstamped(a.social_profiles) == unstamped(b.social_profiles);
  if (member == "addresses") return unstamped(a.addresses) == unstamped(b.addresses);
  return std::nullopt;
}

json parse_details(std::string_view details, DetailsOutcome& outcome,
                   const std::function<bool(const std::string&)>& known) {
  json value;
  try {
    value = json::parse(details.begin(), details.end());
  } catch (const json::exception&) {
    outcome.error = "is not JSON";
    return value;
  }
  if (!value.is_object()) {
    outcome.error = "is not a JSON object";
    return value;
  }
  for (auto it = value.begin(); it != value.end();) {
    if (!known(it.key())) {
      outcome.unknown.push_back(it.key());
      it = value.erase(it);
    } else {
      ++it;
    }
  }
  return value;
}

bool edited(std::initializer_list<Field> fields, const std::vector<std::string>& cells,
            const Layout& layout, const std::vector<std::string>& expected) {
  const std::vector<ExportColumn>& columns = native_export_columns();
  for (std::size_t i = 0; i < columns.size() && i < expected.size(); ++i) {
    if (std::find(fields.begin(), fields.end(), columns[i].second.field) == fields.end()) continue;
    if (comparable(cell_for(columns[i].second, cells, layout)) != comparable(expected[i])) {
      return true;
    }
  }
  return false;
}

bool copy_points(ContactPoints& to, const ContactPoints& from, std::string_view member) {
  if (member == "emails")
    to.emails = from.emails;
  else if (member == "phones")
    to.phones = from.phones;
  else if (member == "urls")
    to.urls = from.urls;
  else if (member == "social_profiles")
    to.social_profiles = from.social_profiles;
  else if (member == "addresses")
    to.addresses = from.addresses;
  else
    return false;
  return true;
}

}  // namespace details_support

const std::vector<ExportColumn>& native_export_columns() {
  static const std::vector<ExportColumn> columns = export_columns("native");
  return columns;
}

const RowWriting& native_row_writing() {
  static const RowWriting writing = [] {
    RowWriting w;
    w.value_separator = " ::: ";
    w.country_names = false;
    w.derived_full_name = false;
    return w;
  }();
  return writing;
}

std::string details_cell(const Person& person, const std::vector<std::string>& cells,
                         const std::vector<formats::IncomingPosition>& positions) {
  MappedRow mapped =
      contact_from_row(cells, details_support::native_read_layout(), DateOrder::day_month_year);
  Person back = mapped.contact.is_organization ? Person{} : std::move(mapped.contact.person);
  try {
    std::vector<detail::FieldWarning> warnings;
    detail::normalise(back, detail::Mode::lenient, &warnings);
  } catch (const Error&) {
    // Compared as read: a part that differs goes into the cell anyway.
  }
  const json whole = json::parse(to_json(person));
  json out = json::object();
  for (const details_support::DetailsPart& part : parts()) {
    const std::string member(part.member);
    bool needed;
    if (part.member == "positions") {
      // The flat cells give one current, primary, undated position.
      const bool one_plain = positions.size() == 1 && positions[0].primary.value_or(false) &&
                             positions[0].start.empty() && positions[0].end.empty();
      if (positions.empty() || one_plain) continue;
      out[member] = positions_json(positions);
      continue;
    }
    if (part.member == "country") {
      // The country column holds the address's country when there is one.
      needed = !person.country.empty() && !person.contacts.addresses.empty();
    } else if (part.fields.size() == 0) {
      needed = whole.contains(member);
    } else {
      needed = !same(person, back, part.member);
    }
    if (!needed) continue;
    // A member to_json leaves out is empty: say so in its type.
    json value = whole.contains(member)             ? whole.at(member)
                 : part.member == "country"         ? json("")
                 : part.member == "data_protection" ? json::object()
                                                    : json::array();
    details_support::drop_sources(value);
    out[member] = std::move(value);
  }
  // Stored text is valid UTF-8; should a byte not be, the cell still gets
  // written (with U+FFFD) rather than the export failing.
  return out.empty() ? std::string() : out.dump(-1, ' ', false, json::error_handler_t::replace);
}

DetailsOutcome apply_details(formats::IncomingContact& contact, std::string_view details,
                             const std::vector<std::string>& cells, const Layout& layout) {
  Person& person = contact.person;
  DetailsOutcome outcome;
  json value = details_support::parse_details(
      details, outcome, [](const std::string& member) { return part_named(member) != nullptr; });
  if (!outcome.error.empty()) return outcome;
  std::optional<std::vector<formats::IncomingPosition>> positions;
  if (value.contains("positions")) {
    positions = read_positions(value.at("positions"), outcome.error);
    if (!positions) return outcome;
  }
  Person given;
  try {
    json members = value;
    members.erase("positions");
    given = person_from_json(members.dump());
  } catch (const Error& error) {
    outcome.error = error.what();
    return outcome;
  }

  // The row as an export of the details would write it, to tell the parts
  // whose cells were edited since.
  Person as_given = person;
  for (const auto& item : value.items()) copy_member(as_given, given, item.key());
  // The position the row's columns hold: the details' first current one.
  const std::vector<formats::IncomingPosition> held =
      positions ? formats::current_positions(*positions) : contact.affiliations;
  const std::vector<std::string> expected =
      row_from_person(as_given, held.empty() ? formats::IncomingPosition{} : held.front(),
                      native_export_columns(), native_row_writing());
  for (const auto& item : value.items()) {
    const details_support::DetailsPart& part = *part_named(item.key());
    const bool edited = details_support::edited(part.fields, cells, layout, expected);
    if (edited) {
      outcome.edited.push_back(item.key());
    } else if (item.key() == "positions") {
      const std::size_t line = contact.affiliations.empty() ? 0 : contact.affiliations[0].line;
      contact.affiliations = std::move(*positions);
      for (formats::IncomingPosition& position : contact.affiliations) position.line = line;
    } else {
      copy_member(person, given, item.key());
    }
  }
  return outcome;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
