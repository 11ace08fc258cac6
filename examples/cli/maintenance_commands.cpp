// liaison check and liaison reindex: the two chores of a directory's
// keeper. `check` says whether the file is sound, for a person or a cron
// job; `reindex` rebuilds the search index from the stored records.
#include "commands.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace liaison_cli {
namespace {

// check_integrity() gives one problem per line; a script wants one per item.
std::vector<std::string> split_problems(std::string_view report) {
  std::vector<std::string> problems;
  while (!report.empty()) {
    const std::size_t end = report.find('\n');
    if (end != 0) problems.emplace_back(report.substr(0, end));
    if (end == std::string_view::npos) break;
    report.remove_prefix(end + 1);
  }
  return problems;
}

void run_check(const Context& context) {
  const liaison::Directory directory = open_directory(context, Access::read);
  const std::string report = directory.check_integrity();
  const bool ok = report == "ok";
  const std::vector<std::string> problems =
      ok ? std::vector<std::string>{} : split_problems(report);
  if (context.json) {
    print_json(Json{{"ok", ok}, {"problems", problems}});
  } else if (ok) {
    std::cout << "ok\n";
  } else {
    for (const std::string& problem : problems) std::cout << problem << '\n';
  }
  if (ok) return;
  // Exit 1 like any failure, with the usual "liaison: " line on stderr; the
  // problems themselves are already on stdout, where scripts read them.
  std::cout.flush();
  throw liaison::Error(liaison::errc::corrupt,
                       "the directory failed its check (" + std::to_string(problems.size()) +
                           (problems.size() == 1 ? " problem)" : " problems)"));
}

std::string counted(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

void run_reindex(const Context& context) {
  liaison::Directory directory = open_directory(context, Access::write);
  // Progress only for a person watching, never into a pipe or a log.
  const bool terminal = isatty(fileno(stderr)) != 0;
  const auto start = std::chrono::steady_clock::now();
  directory.rebuild_search_index([terminal](std::size_t done, std::size_t total) {
    if (!terminal) return;
    std::cerr << "\rrebuilding the search index: " << done << " of " << total << " records"
              << (done == total ? "\n" : "") << std::flush;
  });
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  const std::size_t persons = directory.count(liaison::RecordKind::person);
  const std::size_t organizations = directory.count(liaison::RecordKind::organization);

  if (context.json) {
    print_json(
        Json{{"persons", persons}, {"organizations", organizations}, {"seconds", elapsed.count()}});
    return;
  }
  std::cout << "indexed " << counted(persons, "person", "people") << " and "
            << counted(organizations, "organization", "organizations") << " in " << std::fixed
            << std::setprecision(2) << elapsed.count() << " s\n";
}

}  // namespace

void register_check_command(CLI::App& app, const Context& context, Action& action) {
  CLI::App* command = app.add_subcommand(
      "check", "Check the directory file and its search index; exit 1 if anything is wrong");
  command->footer("Prints \"ok\", or each problem on a line of its own.");
  command->callback([&context, &action] { action = [&context] { run_check(context); }; });
}

void register_reindex_command(CLI::App& app, const Context& context, Action& action) {
  CLI::App* command =
      app.add_subcommand("reindex", "Rebuild the search index from the stored records");
  command->callback([&context, &action] { action = [&context] { run_reindex(context); }; });
}

}  // namespace liaison_cli
