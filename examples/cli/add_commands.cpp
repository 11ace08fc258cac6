// liaison add org|person|affiliation: one new record each (a person given
// --org also gets a current affiliation, in the same transaction).
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

struct OrganizationOptions {
  std::string name;
  std::string acronym;
  std::string kind;
  std::string country;
  std::string parent;
  std::string website;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
};

struct PersonOptions {
  std::string given_names;
  std::string family_names;
  std::string display_name;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::string organization;
  std::string title;
  std::string role;
};

struct AffiliationOptions {
  std::string person;
  std::string organization;
  std::string title;
  std::string role;
  std::string department;
  std::string from;
  std::string until;
};

std::string organization_kind_names() {
  std::string names;
  for (int i = static_cast<int>(liaison::OrganizationKind::unspecified);
       i <= static_cast<int>(liaison::OrganizationKind::other); ++i) {
    names += (names.empty() ? "" : ", ") +
             std::string(liaison::to_string(static_cast<liaison::OrganizationKind>(i)));
  }
  return names;
}

// Checked while parsing, so that a typo is a command-line error (exit 2)
// and is caught before anything is written.
const CLI::Validator organization_kind_validator(
    [](std::string& text) -> std::string {
      return liaison::organization_kind_from_string(text)
                 ? ""
                 : "unknown kind '" + text + "' (one of " + organization_kind_names() + ")";
    },
    "KIND");

const CLI::Validator date_validator(
    [](std::string& text) -> std::string {
      return liaison::PartialDate::parse(text)
                 ? ""
                 : "'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
    },
    "DATE");

liaison::PartialDate date_or_empty(const std::string& text) {
  return text.empty() ? liaison::PartialDate{}
                      : liaison::PartialDate::parse(text).value_or(liaison::PartialDate{});
}

void add_contacts(liaison::ContactPoints& contacts, const std::vector<std::string>& emails,
                  const std::vector<std::string>& phones) {
  for (const std::string& address : emails) {
    liaison::Email email;
    email.address = address;
    contacts.emails.push_back(email);
  }
  for (const std::string& number : phones) {
    liaison::Phone phone;
    phone.number = number;
    contacts.phones.push_back(phone);
  }
}

void run_add_organization(const Context& context, const OrganizationOptions& options) {
  liaison::Directory directory = open_directory(context, Access::write);
  liaison::Organization organization;
  organization.name = options.name;
  organization.acronym = options.acronym;
  if (!options.kind.empty()) {
    organization.kind = liaison::organization_kind_from_string(options.kind)
                            .value_or(liaison::OrganizationKind::unspecified);
  }
  organization.country = options.country;
  organization.website = options.website;
  if (!options.parent.empty())
    organization.parent_id = resolve_organization(directory, options.parent);
  add_contacts(organization.contacts, options.emails, options.phones);

  const liaison::Organization stored = directory.add_organization(organization);
  if (context.json) {
    print_json(record_json(stored));
  } else {
    std::cout << "added organization " << summary(stored) << '\n';
  }
}

void run_add_person(const Context& context, const PersonOptions& options) {
  liaison::Directory directory = open_directory(context, Access::write);
  // Resolve before writing: an unknown or ambiguous --org must not leave a
  // person without the affiliation the user asked for.
  std::optional<liaison::RecordId> organization_id;
  if (!options.organization.empty())
    organization_id = resolve_organization(directory, options.organization);

  liaison::Person person;
  person.given_names = options.given_names;
  person.family_names = options.family_names;
  person.display_name = options.display_name;
  add_contacts(person.contacts, options.emails, options.phones);

  liaison::Transaction transaction = directory.transaction();
  const liaison::Person stored = directory.add_person(person);
  std::optional<liaison::Affiliation> affiliation;
  if (organization_id) {
    liaison::Affiliation wanted;
    wanted.person_id = stored.meta.id;
    wanted.organization_id = *organization_id;
    wanted.title = options.title;
    wanted.role = options.role;
    wanted.primary = true;  // the only affiliation a new person has
    affiliation = directory.add_affiliation(wanted);
  }
  transaction.commit();

  if (context.json) {
    Json object = record_json(stored);
    object["affiliations"] = Json::array();
    if (affiliation) object["affiliations"].push_back(affiliation_json(directory, *affiliation));
    print_json(object);
    return;
  }
  std::cout << "added person " << summary(stored) << '\n';
  if (affiliation) {
    print_field("works at",
                describe_position(*affiliation,
                                  directory.get_organization(*organization_id).labelled_name()));
  }
}

void run_add_affiliation(const Context& context, const AffiliationOptions& options) {
  liaison::Directory directory = open_directory(context, Access::write);
  liaison::Affiliation affiliation;
  affiliation.person_id = resolve_person(directory, options.person);
  affiliation.organization_id = resolve_organization(directory, options.organization);
  affiliation.title = options.title;
  affiliation.role = options.role;
  affiliation.department = options.department;
  affiliation.start = date_or_empty(options.from);
  affiliation.end = date_or_empty(options.until);

  const liaison::Affiliation stored = directory.add_affiliation(affiliation);
  if (context.json) {
    print_json(affiliation_json(directory, stored));
  } else {
    std::cout << "added affiliation " << summary(directory, stored.meta.id) << '\n';
  }
}

void register_add_organization(CLI::App& add, const Context& context, Action& action) {
  auto options = std::make_shared<OrganizationOptions>();
  CLI::App* command = add.add_subcommand("org", "Add an organization, or a unit of one (--parent)");
  command->alias("organization");
  command->add_option("--name", options->name, "Full name: \"Mary Ward Loreto Foundation\"");
  command->add_option("--acronym", options->acronym, "Short name: OSCE");
  command->add_option("--kind", options->kind, "One of " + organization_kind_names())
      ->check(organization_kind_validator);
  command->add_option("--country", options->country,
                      "ISO 3166-1 alpha-2 code (XK for Kosovo) or a country name");
  command->add_option("--parent", options->parent,
                      "The institution this is a unit of (REF: id, uid or name)");
  command->add_option("--website", options->website, "Web site");
  command->add_option("--email", options->emails, "E-mail address (repeatable)")
      ->allow_extra_args(false);
  command->add_option("--phone", options->phones, "Phone number (repeatable)")
      ->allow_extra_args(false);
  command->callback([&context, &action, options] {
    if (options->name.empty() && options->acronym.empty())
      throw CLI::RequiredError("--name or --acronym");
    action = [&context, options] { run_add_organization(context, *options); };
  });
}

void register_add_person(CLI::App& add, const Context& context, Action& action) {
  auto options = std::make_shared<PersonOptions>();
  CLI::App* command =
      add.add_subcommand("person", "Add a person, optionally with a current position (--org)");
  command->add_option("--given-name", options->given_names, "Given name(s)");
  command->add_option("--family-name", options->family_names, "Family name(s)");
  command->add_option("--display-name", options->display_name,
                      "The name as the person wants it shown");
  command->add_option("--email", options->emails, "E-mail address (repeatable)")
      ->allow_extra_args(false);
  command->add_option("--phone", options->phones, "Phone number (repeatable)")
      ->allow_extra_args(false);
  CLI::Option* organization = command->add_option(
      "--org", options->organization, "Where the person works now (REF: id, uid or name)");
  command->add_option("--title", options->title, "Job title at --org")->needs(organization);
  command->add_option("--role", options->role, "Role at --org")->needs(organization);
  command->callback([&context, &action, options] {
    if (options->given_names.empty() && options->family_names.empty() &&
        options->display_name.empty() && options->emails.empty() && options->phones.empty()) {
      throw CLI::RequiredError(
          "a name (--given-name, --family-name or --display-name), --email or --phone");
    }
    action = [&context, options] { run_add_person(context, *options); };
  });
}

void register_add_affiliation(CLI::App& add, const Context& context, Action& action) {
  auto options = std::make_shared<AffiliationOptions>();
  CLI::App* command = add.add_subcommand(
      "affiliation", "Record that a person works, or worked, at an organization");
  command->add_option("--person", options->person, "The person (REF: id or uid)")->required();
  command->add_option("--org", options->organization, "The organization (REF: id, uid or name)")
      ->required();
  command->add_option("--title", options->title, "Job title");
  command->add_option("--role", options->role, "Role");
  command->add_option("--department", options->department, "Department");
  command->add_option("--from", options->from, "Start date")->check(date_validator);
  command->add_option("--until", options->until, "End date; leave out while the position lasts")
      ->check(date_validator);
  command->callback([&context, &action, options] {
    action = [&context, options] { run_add_affiliation(context, *options); };
  });
}

}  // namespace

void register_add_commands(CLI::App& app, const Context& context, Action& action) {
  CLI::App* add = app.add_subcommand("add", "Add an organization, a person or an affiliation");
  add->require_subcommand(1);
  register_add_organization(*add, context, action);
  register_add_person(*add, context, action);
  register_add_affiliation(*add, context, action);
}

}  // namespace liaison_cli
