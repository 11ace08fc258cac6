// The details cell of an organization's native row: its acronym, aliases
// and kind, which no flat column holds, and the contact points, country,
// raw values and extra fields the flat columns cannot give back whole. The
// person's cell (details.cpp) is the model; an organization has no
// positions, nicknames or identifiers.
#include "formats/csv/details.hpp"
#include "formats/csv/details_support.hpp"
#include "validation.hpp"

#include <liaison/error.hpp>
#include <liaison/json.hpp>

#include <nlohmann/json.hpp>

#include <array>
#include <initializer_list>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

using json = nlohmann::json;

const std::array<details_support::DetailsPart, 12>& organization_parts() {
  static const std::array<details_support::DetailsPart, 12> all = {{
      {"acronym", {}},
      {"aliases", {}},
      {"organization_kind", {}},
      {"website", {Field::website}},
      {"emails", {Field::email}},
      {"phones", {Field::phone}},
      {"urls", {Field::website}},
      {"social_profiles", {Field::social_profiles}},
      {"addresses",
       {Field::street, Field::locality, Field::region, Field::postal_code, Field::country}},
      {"country", {Field::country}},
      {"raw_values", {}},
      {"extra_fields", {}},
  }};
  return all;
}

const details_support::DetailsPart* organization_part_named(std::string_view member) {
  return details_support::part_named(organization_parts(), member);
}

// Whether the member, as the stored organization has it, differs from what
// the flat cells give back. Members without columns differ when they are
// not empty.
bool differs(const Organization& stored, const Organization& back, std::string_view member) {
  if (std::optional<bool> same =
          details_support::same_points(stored.contacts, back.contacts, member)) {
    return !*same;
  }
  if (member == "website") return stored.website != back.website;
  if (member == "country") return stored.country != back.country;
  if (member == "acronym") return !stored.acronym.empty();
  if (member == "aliases") return !stored.aliases.empty();
  if (member == "organization_kind") return stored.kind != OrganizationKind::unspecified;
  if (member == "raw_values") return !stored.raw_values.empty();
  if (member == "extra_fields") return !stored.extra_fields.empty();
  return false;
}

void copy_member(Organization& to, const Organization& from, std::string_view member) {
  if (details_support::copy_points(to.contacts, from.contacts, member)) return;
  if (member == "website") to.website = from.website;
  if (member == "country") to.country = from.country;
  if (member == "acronym") to.acronym = from.acronym;
  if (member == "aliases") to.aliases = from.aliases;
  if (member == "organization_kind") to.kind = from.kind;
  if (member == "raw_values") details_support::unite(to.raw_values, from.raw_values);
  if (member == "extra_fields") details_support::unite(to.extra_fields, from.extra_fields);
}

// The names a row's organization and department cells give: the
// institution, its units, the organization itself.
std::vector<std::string> path_of(const formats::IncomingContact& contact) {
  std::vector<std::string> path = contact.parents;
  path.push_back(contact.organization.name);
  return path;
}

}  // namespace

std::string details_cell(const Organization& organization, const std::vector<std::string>& cells) {
  MappedRow mapped =
      contact_from_row(cells, details_support::native_read_layout(), DateOrder::day_month_year);
  Organization back =
      mapped.contact.is_organization ? std::move(mapped.contact.organization) : Organization{};
  try {
    std::vector<detail::FieldWarning> warnings;
    detail::normalise(back, detail::Mode::lenient, &warnings);
  } catch (const Error&) {
    // Compared as read: a part that differs goes into the cell anyway.
  }
  const json whole = json::parse(to_json(organization));
  json out = json::object();
  for (const details_support::DetailsPart& part : organization_parts()) {
    if (!differs(organization, back, part.member)) continue;
    const std::string member(part.member);
    // A member to_json leaves out is empty: say so in its type.
    const bool text = member == "website" || member == "country" || member == "acronym";
    json value = whole.contains(member) ? whole.at(member) : text ? json("") : json::array();
    details_support::drop_sources(value);
    out[member] = std::move(value);
  }
  return out.empty() ? std::string() : out.dump(-1, ' ', false, json::error_handler_t::replace);
}

DetailsOutcome apply_organization_details(formats::IncomingContact& contact,
                                          std::string_view details,
                                          const std::vector<std::string>& cells,
                                          const Layout& layout) {
  Organization& organization = contact.organization;
  DetailsOutcome outcome;
  json value = details_support::parse_details(details, outcome, [](const std::string& member) {
    return organization_part_named(member) != nullptr;
  });
  if (!outcome.error.empty()) return outcome;
  Organization given;
  try {
    json members = value;
    // The reader takes a name equal to the acronym as no name of its own;
    // here the row's cell is the name.
    members["name"] = organization.name;
    given = organization_from_json(members.dump());
  } catch (const Error& error) {
    outcome.error = error.what();
    return outcome;
  }

  // The row as an export of the details would write it, to tell the parts
  // whose cells were edited since.
  Organization as_given = organization;
  for (const auto& item : value.items()) copy_member(as_given, given, item.key());
  const std::vector<ExportColumn>& columns = native_export_columns();
  const std::vector<std::string> expected =
      row_from_organization(as_given, path_of(contact), columns, native_row_writing());
  for (const auto& item : value.items()) {
    const details_support::DetailsPart& part = *organization_part_named(item.key());
    if (details_support::edited(part.fields, cells, layout, expected)) {
      outcome.edited.push_back(item.key());
    } else {
      copy_member(organization, given, item.key());
    }
  }
  // An organization known only by its acronym has the acronym in the
  // name cell, as in its JSON: no name of its own.
  if (value.contains("acronym") && organization.name == organization.acronym) {
    organization.name.clear();
  }
  return outcome;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
