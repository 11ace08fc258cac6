// liaison: the command-line face of the C++ API. Parses the command line,
// runs the chosen command, and turns every outcome into an exit code:
// 0 done, 1 the operation failed, 2 the command line was wrong.
#include "commands.hpp"
#include "context.hpp"

#include <liaison/liaison.hpp>

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failed = 1;
constexpr int exit_usage = 2;

int run(int argc, char** argv) {
  liaison_cli::Context context;
  liaison_cli::Action action;

  CLI::App app{"liaison: a directory of partner institutions and the people who work there"};
  app.name("liaison");
  // Subcommands inherit this, so the global options (--json above all) are
  // also accepted after the command: `liaison list orgs --json`.
  app.fallthrough();
  app.require_subcommand(1);
  app.set_version_flag("--version", [] { return std::string("liaison ") + liaison::version(); });
  app.add_option("--db", context.db, "The directory file (default: $LIAISON_DB, else liaison.db)")
      ->envname("LIAISON_DB");
  app.add_option("--actor", context.actor,
                 "Who makes the changes, for the journal (default: the login name)");
  app.add_flag("--json", context.json, "Print JSON (UTF-8) for scripts instead of text");

  liaison_cli::register_init_command(app, context, action);
  liaison_cli::register_add_commands(app, context, action);
  liaison_cli::register_show_command(app, context, action);
  liaison_cli::register_list_command(app, context, action);
  liaison_cli::register_remove_command(app, context, action);
  liaison_cli::register_load_command(app, context, action);
  liaison_cli::register_import_command(app, context, action);
  liaison_cli::register_export_command(app, context, action);
  liaison_cli::register_search_command(app, context, action);
  liaison_cli::register_dedup_command(app, context, action);
  liaison_cli::register_check_command(app, context, action);
  liaison_cli::register_reindex_command(app, context, action);
  liaison_cli::register_merge_commands(app, context, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 prints help and version on stdout and its errors on stderr; the
    // exit code is ours, since CLI11's own codes (105, 109...) mean nothing to scripts.
    const int code = app.exit(error);
    return code == 0 ? exit_ok : exit_usage;
  }

  action();
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "liaison: cannot write the output\n";
    return exit_failed;
  }
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {  // liaison::Error, and I/O or memory trouble
    std::cerr << "liaison: " << error.what() << '\n';
  } catch (...) {
    std::cerr << "liaison: unexpected failure\n";
  }
  return exit_failed;
}
