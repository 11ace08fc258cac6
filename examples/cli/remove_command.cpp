// liaison remove REF: removes one record (a person or organization takes
// its affiliations and participations with it; the library journals all).
#include "commands.hpp"
#include "output.hpp"
#include "reference.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace liaison_cli {
namespace {

void run_remove(const Context& context, const std::string& ref) {
  liaison::Directory directory = open_directory(context, Access::write);
  const liaison::RecordId id = resolve_record(directory, ref);
  // Described before it goes, since afterwards there is nothing to look up.
  const Json removed = record_json(directory, id);
  const std::string description = summary(directory, id);
  const liaison::RecordKind kind = *directory.kind_of(id);  // resolve_record found it
  directory.remove(id);
  if (context.json) {
    print_json(removed);
  } else {
    std::cout << "removed " << liaison::to_string(kind) << ' ' << description << '\n';
  }
}

}  // namespace

void register_remove_command(CLI::App& app, const Context& context, Action& action) {
  auto ref = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "remove", "Remove a record (with a person's or organization's affiliations)");
  command->add_option("REF", *ref, "Record id or uid, or an organization's name, acronym or alias")
      ->required();
  command->callback(
      [&context, &action, ref] { action = [&context, ref] { run_remove(context, *ref); }; });
}

}  // namespace liaison_cli
