// liaison load FILE: reads a liaison document (docs/document-format.md)
// into the directory and reports what it did.
#include "commands.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace liaison_cli {
namespace {

struct LoadOptions {
  std::string file;
  bool skip_bad = false;
  bool dry_run = false;
};

void run_load(const Context& context, const LoadOptions& options) {
  // A dry run is opened for writing too: the library may try the writes
  // inside a transaction it then rolls back.
  liaison::Directory directory = open_directory(context, Access::write);
  liaison::ImportOptions import_options;
  import_options.skip_bad = options.skip_bad;
  import_options.dry_run = options.dry_run;
  RemarkPrinter remarks;
  if (!context.json) remarks.attach(import_options);
  const liaison::ImportReport report =
      liaison::load_document(directory, options.file, import_options);

  remarks.flush();
  print_report(context.json, report, options.dry_run);
}

}  // namespace

void register_load_command(CLI::App& app, const Context& context, Action& action) {
  auto options = std::make_shared<LoadOptions>();
  CLI::App* command = app.add_subcommand(
      "load", "Load a liaison document (JSON); loading it again updates in place");
  command->add_option("FILE", options->file, "The document to load")->required();
  command->add_flag("--skip-bad", options->skip_bad,
                    "Skip records that cannot be stored instead of failing");
  command->add_flag("--dry-run", options->dry_run, "Report what would happen, write nothing");
  command->callback([&context, &action, options] {
    action = [&context, options] { run_load(context, *options); };
  });
}

}  // namespace liaison_cli
