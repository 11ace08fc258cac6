// liaison init [--region CC]: creates the directory file.
#include "commands.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>

namespace liaison_cli {
namespace {

void run_init(const Context& context, const std::string& region) {
  if (!region.empty()) {
    // Refuse a bad region before the file exists, so a typo leaves no
    // half-made directory behind; a scratch in-memory directory applies
    // exactly the rules the real one will.
    liaison::Directory::open(":memory:").set_default_region(region);
  }
  std::error_code error;
  const bool existed = std::filesystem::exists(context.db, error);

  liaison::OpenOptions options;
  options.actor = context.actor;
  liaison::Directory directory = liaison::Directory::open(context.db, options);
  // init on an existing directory is harmless and the way to change its region.
  if (!region.empty()) directory.set_default_region(region);

  const std::string stored_region = directory.default_region();
  if (context.json) {
    print_json({{"path", context.db},
                {"created", !existed},
                {"default_region", stored_region},
                {"schema_version", directory.schema_version()}});
    return;
  }
  std::cout << (existed ? "directory " + context.db + " already exists"
                        : "created directory " + context.db)
            << (stored_region.empty() ? std::string(", no default region")
                                      : ", default region " + stored_region)
            << '\n';
}

}  // namespace

void register_init_command(CLI::App& app, const Context& context, Action& action) {
  auto region = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "init",
      "Create the directory file (an existing one is kept) and set its default phone region");
  command->add_option(
      "--region", *region,
      "ISO 3166-1 alpha-2 region (AL, XK, ...) for phone numbers typed without a country code");
  command->callback(
      [&context, &action, region] { action = [&context, region] { run_init(context, *region); }; });
}

}  // namespace liaison_cli
