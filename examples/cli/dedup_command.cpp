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

// What a pair's reader needs of each record: who it is and where it came from.
struct Described {
  Json json;
  std::string line;
};

Described describe(const liaison::Directory& directory, liaison::RecordKind kind,
                   liaison::RecordId id) {
  Described out;
  out.json["kind"] = liaison::to_string(kind);
  out.json["id"] = id;
  std::vector<liaison::SourceRef> sources;
  if (kind == liaison::RecordKind::person) {
    const liaison::Person person = directory.get_person(id);
    out.json["uid"] = person.meta.uid;
    out.json["name"] = person.name();
    sources = person.sources;
    out.line = summary(person);
  } else {
    const liaison::Organization organization = directory.get_organization(id);
    out.json["uid"] = organization.meta.uid;
    out.json["name"] = organization.display_name();
    sources = organization.sources;
    out.line = summary(organization);
  }
  Json list = Json::array();
  for (const liaison::SourceRef& source : sources) {
    list.push_back({{"source", source.source}, {"key", source.external_key}});
  }
  out.json["sources"] = std::move(list);
  return out;
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

  std::map<liaison::RecordId, Described> described;
  auto record = [&](liaison::RecordKind kind, liaison::RecordId id) -> const Described& {
    auto found = described.find(id);
    if (found == described.end())
      found = described.emplace(id, describe(directory, kind, id)).first;
    return found->second;
  };
  if (context.json) {
    Json out = Json::array();
    for (const liaison::DuplicatePair& pair : pairs) {
      Json reasons = Json::array();
      for (const liaison::MatchReason& reason : pair.reasons) {
        reasons.push_back({{"field", reason.field},
                           {"outcome", reason.outcome},
                           {"detail", reason.detail},
                           {"weight", reason.weight}});
      }
      out.push_back({{"a", record(pair.kind, pair.a).json},
                     {"b", record(pair.kind, pair.b).json},
                     {"score", pair.score},
                     {"decision", liaison::to_string(pair.decision)},
                     {"reasons", std::move(reasons)}});
    }
    print_json(out);
    return;
  }
  for (const liaison::DuplicatePair& pair : pairs) {
    std::cout << liaison::to_string(pair.decision) << ' ' << number(pair.score) << "  "
              << record(pair.kind, pair.a).line << "\n    and " << record(pair.kind, pair.b).line
              << '\n';
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
