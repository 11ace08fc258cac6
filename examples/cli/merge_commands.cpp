// liaison merge A B, unmerge MERGE_ID, keep-apart A B, merges: joining two
// records of one person or organization, undoing that, and saying that two
// records are different (docs/dedup.md, "Merging").
#include "commands.hpp"
#include "output.hpp"
#include "reference.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace liaison_cli {
namespace {

// "Gerald Neuhaus", "Organization for Security and Co-operation in Europe (OSCE)".
std::string name_of(const liaison::Directory& directory, liaison::RecordId id) {
  const auto kind = directory.kind_of(id);
  if (kind == liaison::RecordKind::organization)
    return directory.get_organization(id).labelled_name();
  if (kind == liaison::RecordKind::person) return directory.get_person(id).name();
  return {};  // the library refuses the merge, and says why
}

Json merge_json(const liaison::MergeRecord& merge) { return Json::parse(liaison::to_json(merge)); }

struct MergeArguments {
  std::string first;
  std::string second;
  std::string keep;
};

void run_merge(const Context& context, const MergeArguments& arguments) {
  liaison::Directory directory = open_directory(context, Access::write);
  const liaison::RecordId a = resolve_record(directory, arguments.first);
  const liaison::RecordId b = resolve_record(directory, arguments.second);
  liaison::MergeOptions options;
  if (!arguments.keep.empty()) options.keep = resolve_record(directory, arguments.keep);
  // Named before the merge, since the absorbed record is gone after it.
  const std::string first_name = name_of(directory, a);
  const std::string second_name = name_of(directory, b);
  const liaison::MergeRecord merge = directory.merge(a, b, options);
  if (context.json) {
    Json result;
    result["merge"] = merge_json(merge);
    result["survivor"] = record_json(directory, merge.survivor);
    print_json(result);
    return;
  }
  const bool first_survived = merge.survivor == a;
  std::cout << "merged " << liaison::to_string(merge.kind) << ' ' << merge.absorbed << " ("
            << (first_survived ? second_name : first_name) << ") into " << merge.survivor << " ("
            << (first_survived ? first_name : second_name) << "); undo with: liaison unmerge "
            << merge.id << '\n';
}

void run_unmerge(const Context& context, std::int64_t merge_id, bool force) {
  liaison::Directory directory = open_directory(context, Access::write);
  directory.unmerge(merge_id, force);
  const liaison::MergeRecord merge = directory.get_merge(merge_id);
  if (context.json) {
    Json result;
    result["merge"] = merge_json(merge);
    result["survivor"] = record_json(directory, merge.survivor);
    result["absorbed"] = record_json(directory, merge.absorbed);
    print_json(result);
    return;
  }
  std::cout << "undid merge " << merge.id << ": " << liaison::to_string(merge.kind) << ' '
            << merge.absorbed << " (" << name_of(directory, merge.absorbed) << ") is back beside "
            << merge.survivor << " (" << name_of(directory, merge.survivor) << ")\n";
}

void run_keep_apart(const Context& context, const std::string& first, const std::string& second,
                    bool forget) {
  liaison::Directory directory = open_directory(context, Access::write);
  const liaison::RecordId a = resolve_record(directory, first);
  const liaison::RecordId b = resolve_record(directory, second);
  bool changed = false;
  if (forget) {
    changed = directory.forget_keep_apart(a, b);
  } else {
    changed = !directory.kept_apart(a, b);
    directory.keep_apart(a, b);
  }
  if (context.json) {
    Json result;
    result["a"] = a;
    result["b"] = b;
    result["kept_apart"] = directory.kept_apart(a, b);
    result["changed"] = changed;
    print_json(result);
    return;
  }
  const std::string pair = std::to_string(a) + " (" + name_of(directory, a) + ") and " +
                           std::to_string(b) + " (" + name_of(directory, b) + ")";
  if (forget) {
    std::cout << (changed ? "no longer kept apart: " : "were not kept apart: ") << pair << '\n';
  } else {
    std::cout << (changed ? "kept apart: " : "already kept apart: ") << pair << '\n';
  }
}

void run_merges(const Context& context) {
  const liaison::Directory directory = open_directory(context, Access::read);
  const auto merges = directory.list_merges();
  if (context.json) {
    Json result = Json::array();
    for (const auto& merge : merges) result.push_back(merge_json(merge));
    print_json(result);
    return;
  }
  for (const auto& merge : merges) {
    std::cout << merge.id << "  " << merge.time << "  " << liaison::to_string(merge.kind) << ' '
              << merge.absorbed << " merged into " << merge.survivor << "  by " << merge.actor;
    if (!merge.undone_at.empty()) std::cout << "  (undone " << merge.undone_at << ')';
    std::cout << '\n';
  }
}

}  // namespace

void register_merge_commands(CLI::App& app, const Context& context, Action& action) {
  {
    auto arguments = std::make_shared<MergeArguments>();
    CLI::App* command = app.add_subcommand(
        "merge",
        "Merge two records of the same person or organization into one (undo with unmerge)");
    command->add_option("A", arguments->first, "A person or organization (REF)")->required();
    command->add_option("B", arguments->second, "Another of the same kind (REF)")->required();
    command->add_option("--keep", arguments->keep,
                        "The record that survives (A or B); default: the older one");
    command->callback([&context, &action, arguments] {
      action = [&context, arguments] { run_merge(context, *arguments); };
    });
  }
  {
    auto merge_id = std::make_shared<std::int64_t>(0);
    auto force = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand(
        "unmerge", "Undo a merge: both records come back as they were, with their ids");
    command->add_option("MERGE_ID", *merge_id, "The merge's number (see: liaison merges)")
        ->required();
    command->add_flag("--force", *force,
                      "Undo it even though the surviving record was changed since "
                      "(those changes are undone too; the journal keeps them)");
    command->callback([&context, &action, merge_id, force] {
      action = [&context, merge_id, force] { run_unmerge(context, *merge_id, *force); };
    });
  }
  {
    auto first = std::make_shared<std::string>();
    auto second = std::make_shared<std::string>();
    auto forget = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand(
        "keep-apart", "Say that two records are different, so they are never offered for a merge");
    command->add_option("A", *first, "A person or organization (REF)")->required();
    command->add_option("B", *second, "Another of the same kind (REF)")->required();
    command->add_flag("--forget", *forget, "Forget that they were said to be different");
    command->callback([&context, &action, first, second, forget] {
      action = [&context, first, second, forget] {
        run_keep_apart(context, *first, *second, *forget);
      };
    });
  }
  {
    CLI::App* command = app.add_subcommand("merges", "List the merges, newest first");
    command->callback([&context, &action] { action = [&context] { run_merges(context); }; });
  }
}

}  // namespace liaison_cli
