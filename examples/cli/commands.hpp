// The commands of the liaison tool. Each registers its subcommand, options
// and help on the application, and on a successful parse stores its work in
// `action`; the work itself runs later (see context.hpp).
#ifndef LIAISON_CLI_COMMANDS_HPP
#define LIAISON_CLI_COMMANDS_HPP

#include "context.hpp"

namespace CLI {
class App;
}

namespace liaison_cli {

void register_init_command(CLI::App& app, const Context& context, Action& action);
void register_add_commands(CLI::App& app, const Context& context, Action& action);
void register_show_command(CLI::App& app, const Context& context, Action& action);
void register_list_command(CLI::App& app, const Context& context, Action& action);
void register_remove_command(CLI::App& app, const Context& context, Action& action);
void register_load_command(CLI::App& app, const Context& context, Action& action);
void register_import_command(CLI::App& app, const Context& context, Action& action);
void register_export_command(CLI::App& app, const Context& context, Action& action);
void register_search_command(CLI::App& app, const Context& context, Action& action);
void register_dedup_command(CLI::App& app, const Context& context, Action& action);
void register_check_command(CLI::App& app, const Context& context, Action& action);
void register_reindex_command(CLI::App& app, const Context& context, Action& action);
/// merge, unmerge, keep-apart and merges.
void register_merge_commands(CLI::App& app, const Context& context, Action& action);

}  // namespace liaison_cli

#endif
