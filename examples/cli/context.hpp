// What every command shares: the global options, the action the command
// line selected, and how a command opens the directory.
#ifndef LIAISON_CLI_CONTEXT_HPP
#define LIAISON_CLI_CONTEXT_HPP

#include <liaison/liaison.hpp>

#include <functional>
#include <string>

namespace liaison_cli {

/// The global options. The parser fills them in, also when they follow the
/// subcommand, so a command reads them only when its action runs.
struct Context {
  std::string db = "liaison.db";
  std::string actor;
  bool json = false;
};

/// The work of the chosen command. A command stores it from its parse
/// callback and main runs it after parsing, so nothing touches the directory
/// until the whole command line is known to be good.
using Action = std::function<void()>;

enum class Access { read, write };

/// Opens the directory named by --db. Only `init` creates one: any other
/// command on a missing file fails with errc::io_error, so a mistyped path
/// does not silently start an empty directory. Reads open the file
/// read-only. Throws liaison::Error.
liaison::Directory open_directory(const Context& context, Access access);

}  // namespace liaison_cli

#endif
