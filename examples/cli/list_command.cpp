// liaison list orgs|people|events: every record of one kind, one a line,
// or as a JSON array for scripts.
#include "commands.hpp"
#include "output.hpp"
#include "validators.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace liaison_cli {
namespace {

struct ListOptions {
  std::string what;
  std::size_t limit = 0;
  std::size_t offset = 0;
};

std::string organization_details(const liaison::Organization& organization) {
  std::string details;
  if (organization.kind != liaison::OrganizationKind::unspecified)
    details = liaison::to_string(organization.kind);
  if (!organization.country.empty())
    details += (details.empty() ? "" : ", ") + organization.country;
  return details.empty() ? "" : "  [" + details + "]";
}

void list_organizations(const liaison::Directory& directory, liaison::Page page, bool json) {
  const std::vector<liaison::Organization> organizations = directory.list_organizations(page);
  if (json) {
    Json array = Json::array();
    for (const liaison::Organization& organization : organizations)
      array.push_back(record_json(organization));
    print_json(array);
    return;
  }
  if (organizations.empty()) std::cout << "no organizations\n";
  for (const liaison::Organization& organization : organizations) {
    std::cout << summary(organization) << organization_details(organization) << '\n';
  }
}

void list_people(const liaison::Directory& directory, liaison::Page page, bool json) {
  const std::vector<liaison::Person> people = directory.list_people(page);
  if (json) {
    Json array = Json::array();
    for (const liaison::Person& person : people) array.push_back(record_json(person));
    print_json(array);
    return;
  }
  if (people.empty()) std::cout << "no people\n";
  // Many people share an organization; look each one up once.
  std::map<liaison::RecordId, std::string> organization_names;
  for (const liaison::Person& person : people) {
    std::string positions;
    for (const liaison::Affiliation& affiliation :
         directory.affiliations_of_person(person.meta.id)) {
      auto [entry, inserted] = organization_names.try_emplace(affiliation.organization_id);
      if (inserted)
        entry->second = directory.get_organization(affiliation.organization_id).labelled_name();
      positions += (positions.empty() ? "" : "; ") + describe_position(affiliation, entry->second);
    }
    std::cout << summary(person) << (positions.empty() ? "" : " — " + positions) << '\n';
  }
}

void list_events(const liaison::Directory& directory, liaison::Page page, bool json) {
  const std::vector<liaison::Event> events = directory.list_events(page);
  if (json) {
    Json array = Json::array();
    for (const liaison::Event& event : events) array.push_back(record_json(event));
    print_json(array);
    return;
  }
  if (events.empty()) std::cout << "no events\n";
  for (const liaison::Event& event : events) {
    std::cout << summary(event) << (event.place.empty() ? "" : ", " + event.place) << '\n';
  }
}

void run_list(const Context& context, const ListOptions& options) {
  const liaison::Directory directory = open_directory(context, Access::read);
  const liaison::Page page{options.limit, options.offset};
  if (options.what == "orgs" || options.what == "organizations") {
    list_organizations(directory, page, context.json);
  } else if (options.what == "people" || options.what == "persons") {
    list_people(directory, page, context.json);
  } else {
    list_events(directory, page, context.json);
  }
}

}  // namespace

void register_list_command(CLI::App& app, const Context& context, Action& action) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* command = app.add_subcommand("list", "List organizations, people or events");
  command->add_option("WHAT", options->what, "orgs, people or events")
      ->required()
      ->check(CLI::IsMember({"orgs", "organizations", "people", "persons", "events"}));
  command->add_option("--limit", options->limit, "Show at most N records (default: all)")
      ->check(count_validator);
  command->add_option("--offset", options->offset, "Skip the first N records")
      ->check(count_validator);
  command->callback([&context, &action, options] {
    action = [&context, options] { run_list(context, *options); };
  });
}

}  // namespace liaison_cli
