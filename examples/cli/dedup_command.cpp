// liaison dedup: the pairs of records that may be the same person or
// organization, best first, each with its score and the evidence.
#include "commands.hpp"
#include "output.hpp"

#include <liaison/liaison.hpp>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace liaison_cli {
namespace {

// "14.2", "+3.0": one decimal is all a score needs.
std::string number(double value, bool sign = false) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.1f" : "%.1f", value);
  return buffer;
}

struct DedupCommandOptions {
  std::string kind;
  std::optional<double> min_score;
  std::optional<double> duplicate_threshold;
  std::optional<double> possible_threshold;
  bool include_kept_apart = false;
};

// One line naming a pair's record: "#3 Gerald Neuhaus".
std::string describe(const liaison::Directory& directory, liaison::RecordKind kind,
                     liaison::RecordId id) {
  if (kind == liaison::RecordKind::person) return summary(directory.get_person(id));
  return summary(directory.get_organization(id));
}

void run_dedup(const Context& context, const DedupCommandOptions& options) {
  const liaison::Directory directory = open_directory(context, Access::read);
  liaison::DedupOptions dedup_options;
  if (options.kind == "person" || options.kind == "people") {
    dedup_options.kind = liaison::RecordKind::person;
  } else if (!options.kind.empty()) {
    dedup_options.kind = liaison::RecordKind::organization;
  }
  if (options.duplicate_threshold)
    dedup_options.thresholds.duplicate = *options.duplicate_threshold;
  if (options.possible_threshold) dedup_options.thresholds.possible = *options.possible_threshold;
  dedup_options.min_score = options.min_score;
  dedup_options.include_kept_apart = options.include_kept_apart;
  if (progress_wanted()) {
    dedup_options.progress = [](std::size_t done, std::size_t total) {
      std::cerr << "\rreading: " << done << " of " << total << " records" << std::flush;
    };
  }
  const std::vector<liaison::DuplicatePair> pairs = directory.find_duplicates(dedup_options);
  if (dedup_options.progress) std::cerr << '\n';

  if (context.json) {
    // The library's shape, indented as print_json indents.
    std::cout << liaison::duplicate_pairs_json(directory, pairs, 2) << '\n';
    return;
  }
  std::map<liaison::RecordId, std::string> described;
  auto record = [&](liaison::RecordKind kind, liaison::RecordId id) -> const std::string& {
    auto found = described.find(id);
    if (found == described.end())
      found = described.emplace(id, describe(directory, kind, id)).first;
    return found->second;
  };
  for (const liaison::DuplicatePair& pair : pairs) {
    std::cout << liaison::to_string(pair.decision) << ' ' << number(pair.score) << "  "
              << record(pair.kind, pair.a) << "\n    and " << record(pair.kind, pair.b) << '\n';
    std::string why;
    for (const liaison::MatchReason& reason : pair.reasons) {
      if (!why.empty()) why += ", ";
      why += reason.field + ' ' + reason.outcome + " (" + number(reason.weight, true) + ')';
    }
    std::cout << "    " << why << '\n';
  }
  std::cout << pairs.size() << (pairs.size() == 1 ? " pair" : " pairs") << '\n';
}

}  // namespace

void register_dedup_command(CLI::App& app, const Context& context, Action& action) {
  auto options = std::make_shared<DedupCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "dedup", "List pairs of persons or organizations that may be the same, with the evidence");
  command->add_option("--kind", options->kind, "Only persons or only organizations")
      ->check(CLI::IsMember({"person", "people", "org", "organization", "orgs"}));
  command->add_option("--min-score", options->min_score,
                      "List pairs scoring at least this (default: the possible threshold, so "
                      "the duplicate and possible bands)");
  command->add_option("--duplicate-threshold", options->duplicate_threshold,
                      "Score from which a pair is a duplicate (default 11)");
  command->add_option("--possible-threshold", options->possible_threshold,
                      "Score from which a pair is a possible duplicate (default 7)");
  command->add_flag("--include-kept-apart", options->include_kept_apart,
                    "Also list pairs marked with keep-apart");
  command->callback([&context, &action, options] {
    action = [&context, options] { run_dedup(context, *options); };
  });
}

}  // namespace liaison_cli
