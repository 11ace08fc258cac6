// liaison show REF: one record with what hangs off it: a person's current
// positions, an organization's units and people, an event's sessions and
// participants.
#include "commands.hpp"
#include "output.hpp"
#include "reference.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace liaison_cli {
namespace {

std::string join_names(const std::vector<liaison::LocalizedName>& names) {
  std::string joined;
  for (const liaison::LocalizedName& name : names) {
    joined += (joined.empty() ? "" : ", ") + name.value +
              (name.language.empty() ? "" : " (" + name.language + ")");
  }
  return joined;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : ", ") + word;
  return joined;
}

void print_sources(const std::vector<liaison::SourceRef>& sources) {
  for (const liaison::SourceRef& source : sources) {
    print_field(
        "source",
        source.source + (source.external_key.empty() ? "" : " (" + source.external_key + ")"));
  }
}

// The events a person or an organization took part in, and in what part.
void print_participations(const liaison::Directory& directory, liaison::RecordId participant_id) {
  const std::vector<liaison::Participation> participations =
      directory.participations_of(participant_id);
  if (participations.empty()) return;
  print_heading("Events");
  for (const liaison::Participation& participation : participations) {
    std::cout << "  " << summary(directory.get_event(participation.event_id)) << " — "
              << liaison::to_string(participation.role)
              << (participation.session.empty() ? "" : ", " + participation.session) << '\n';
  }
}

void print_title(const std::string& name, liaison::RecordKind kind, liaison::RecordId id) {
  std::cout << name << "  (" << liaison::to_string(kind) << " #" << id << ")\n";
}

void show_person(const liaison::Directory& directory, const liaison::Person& person, bool json) {
  const std::vector<liaison::Affiliation> affiliations =
      directory.affiliations_of_person(person.meta.id);
  if (json) {
    Json object = record_json(person);
    object["affiliations"] = Json::array();
    for (const liaison::Affiliation& affiliation : affiliations) {
      object["affiliations"].push_back(affiliation_json(directory, affiliation));
    }
    print_json(object);
    return;
  }
  print_title(person.name(), liaison::RecordKind::person, person.meta.id);
  print_field("uid", person.meta.uid);
  print_field("also", join_names(person.alternative_names));
  print_field("nicknames", join_words(person.nicknames));
  print_field("birthday", person.birthday.to_string());
  print_field("country", person.country);
  print_field("languages", join_words(person.languages));
  for (const liaison::Identifier& identifier : person.identifiers) {
    print_field(identifier.scheme.empty() ? "identifier" : identifier.scheme, identifier.value);
  }
  print_contacts(person.contacts);
  print_field("notes", person.notes);
  print_field("tags", join_words(person.tags));
  print_sources(person.sources);
  print_raw_values(person.raw_values);
  print_extra_fields(person.extra_fields);
  print_heading(affiliations.empty() ? "No current position" : "Current positions");
  for (const liaison::Affiliation& affiliation : affiliations) {
    const liaison::Organization organization =
        directory.get_organization(affiliation.organization_id);
    std::cout << "  " << describe_position(affiliation, summary(organization)) << '\n';
  }
  print_participations(directory, person.meta.id);
}

void show_organization(const liaison::Directory& directory,
                       const liaison::Organization& organization, bool json) {
  const std::vector<liaison::Organization> units = directory.units_of(organization.meta.id);
  const std::vector<liaison::Affiliation> affiliations =
      directory.affiliations_at_organization(organization.meta.id);
  std::optional<liaison::Organization> parent;
  if (organization.parent_id) parent = directory.get_organization(*organization.parent_id);

  if (json) {
    Json object = record_json(organization);
    if (parent) object["parent_name"] = parent->labelled_name();
    object["units"] = Json::array();
    for (const liaison::Organization& unit : units) object["units"].push_back(record_json(unit));
    // Each person carries the position that links them here.
    object["people"] = Json::array();
    for (const liaison::Affiliation& affiliation : affiliations) {
      Json person = record_json(directory.get_person(affiliation.person_id));
      person["affiliation"] = record_json(affiliation);
      object["people"].push_back(std::move(person));
    }
    print_json(object);
    return;
  }
  print_title(organization.labelled_name(), liaison::RecordKind::organization,
              organization.meta.id);
  print_field("uid", organization.meta.uid);
  if (organization.kind != liaison::OrganizationKind::unspecified) {
    print_field("kind", liaison::to_string(organization.kind));
  }
  print_field("country", organization.country);
  if (parent) print_field("part of", summary(*parent));
  print_field("also", join_names(organization.aliases));
  print_field("website", organization.website);
  print_contacts(organization.contacts);
  print_field("notes", organization.notes);
  print_field("tags", join_words(organization.tags));
  print_sources(organization.sources);
  print_raw_values(organization.raw_values);
  print_extra_fields(organization.extra_fields);
  if (!units.empty()) {
    print_heading("Units");
    for (const liaison::Organization& unit : units) std::cout << "  " << summary(unit) << '\n';
  }
  print_heading(affiliations.empty() ? "No current people" : "People");
  for (const liaison::Affiliation& affiliation : affiliations) {
    const std::string position = describe_position(affiliation, "");
    std::cout << "  " << summary(directory.get_person(affiliation.person_id))
              << (position.empty() ? "" : " — " + position) << '\n';
  }
  print_participations(directory, organization.meta.id);
}

void show_event(const liaison::Directory& directory, const liaison::Event& event, bool json) {
  const std::vector<liaison::Participation> participations =
      directory.participations_in_event(event.meta.id);
  if (json) {
    Json object = record_json(event);
    object["organizer_names"] = Json::array();
    for (liaison::RecordId id : event.organizer_ids) {
      object["organizer_names"].push_back(directory.get_organization(id).labelled_name());
    }
    object["participants"] = Json::array();
    for (const liaison::Participation& participation : participations) {
      Json entry = record_json(participation);
      const auto kind = directory.kind_of(participation.participant_id);
      entry["participant_kind"] = kind ? liaison::to_string(*kind) : "";
      entry["participant_name"] =
          kind == liaison::RecordKind::organization
              ? directory.get_organization(participation.participant_id).labelled_name()
              : directory.get_person(participation.participant_id).name();
      object["participants"].push_back(std::move(entry));
    }
    print_json(object);
    return;
  }
  print_title(event.name, liaison::RecordKind::event, event.meta.id);
  print_field("uid", event.meta.uid);
  print_field("place", event.place + (event.place.empty() || event.country.empty() ? "" : ", ") +
                           event.country);
  print_field("dates", date_range(event.start, event.end));
  std::string organizers;
  for (liaison::RecordId id : event.organizer_ids) {
    organizers += (organizers.empty() ? "" : ", ") + summary(directory.get_organization(id));
  }
  print_field("organizers", organizers);
  print_field("notes", event.notes);
  print_field("tags", join_words(event.tags));
  print_sources(event.sources);
  if (!event.sessions.empty()) {
    print_heading("Sessions");
    for (const liaison::EventSession& session : event.sessions) {
      const std::string date = session.date.to_string();
      std::cout << "  " << session.name << (session.title.empty() ? "" : ": " + session.title)
                << (date.empty() ? "" : "  (" + date + ")") << '\n';
      if (!session.description.empty()) std::cout << "    " << session.description << '\n';
    }
  }
  print_heading(participations.empty() ? "No participants recorded" : "Participants");
  for (const liaison::Participation& participation : participations) {
    // summary(directory, id) of a participation names the event too; here
    // the event is the heading, so only the participant and part are shown.
    const std::string who = summary(directory, participation.participant_id);
    std::cout << "  " << who << " — " << liaison::to_string(participation.role)
              << (participation.session.empty() ? "" : ", " + participation.session) << '\n';
  }
}

// Affiliations and participations have no neighbours worth listing.
void show_link(const liaison::Directory& directory, liaison::RecordId id, bool json) {
  if (json) {
    if (directory.kind_of(id) == liaison::RecordKind::affiliation) {
      print_json(affiliation_json(directory, directory.get_affiliation(id)));
    } else {
      print_json(record_json(directory, id));
    }
    return;
  }
  std::cout << summary(directory, id) << '\n';
  print_field("kind", liaison::to_string(*directory.kind_of(id)));
  print_field("uid", record_json(directory, id).value("uid", ""));
}

void run_show(const Context& context, const std::string& ref) {
  const liaison::Directory directory = open_directory(context, Access::read);
  const liaison::RecordId id = resolve_record(directory, ref);
  switch (*directory.kind_of(id)) {  // resolve_record found it
    case liaison::RecordKind::person:
      show_person(directory, directory.get_person(id), context.json);
      break;
    case liaison::RecordKind::organization:
      show_organization(directory, directory.get_organization(id), context.json);
      break;
    case liaison::RecordKind::event:
      show_event(directory, directory.get_event(id), context.json);
      break;
    case liaison::RecordKind::affiliation:
    case liaison::RecordKind::participation: show_link(directory, id, context.json); break;
  }
}

}  // namespace

void register_show_command(CLI::App& app, const Context& context, Action& action) {
  auto ref = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("show", "Show one record and what it links to");
  command->add_option("REF", *ref, "Record id or uid, or an organization's name, acronym or alias")
      ->required();
  command->callback(
      [&context, &action, ref] { action = [&context, ref] { run_show(context, *ref); }; });
}

}  // namespace liaison_cli
