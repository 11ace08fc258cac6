// liaison search WORDS...: people and organizations found the way staff
// remember them, best first, one a line or as a JSON array for scripts.
#include "commands.hpp"
#include "output.hpp"
#include "validators.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstddef>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace liaison_cli {
namespace {

struct SearchCommandOptions {
  std::vector<std::string> words;
  std::vector<std::string> unused_words;
  std::size_t limit = 20;
  std::size_t offset = 0;
  bool exact = false;
  bool all_time = false;
  std::string as_of;
  std::string kind;
};

// A day needs a year: "--08-31" would ask about every year at once.
const CLI::Validator day_validator(
    [](std::string& text) -> std::string {
      const auto date = liaison::PartialDate::parse(text);
      return date && date->year != 0 ? ""
                                     : "'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
    },
    "DATE");

std::string join_words(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

// The usage line as the help should show it: the default one lists the
// hidden positional below as "[]" and does not mention "--".
class SearchFormatter : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App* /*app*/, std::string name) const override {
    return get_label("Usage") + ": " + name + " [OPTIONS] [--] WORDS...\n";
  }
};

liaison::SearchOptions library_options(const SearchCommandOptions& options) {
  liaison::SearchOptions search;
  search.limit = options.limit;
  search.offset = options.offset;
  search.exact = options.exact;
  search.all_time = options.all_time;
  if (!options.as_of.empty()) search.as_of = liaison::PartialDate::parse(options.as_of);
  if (options.kind == "person") search.kinds.push_back(liaison::RecordKind::person);
  if (options.kind == "org" || options.kind == "organization") {
    search.kinds.push_back(liaison::RecordKind::organization);
  }
  return search;
}

// "Programme Officer, Mary Ward Loreto Foundation" for a person; "part of
// Ministry of the Interior (Spain)" for an organization's unit.
std::string position(const liaison::SearchHit& hit) {
  if (hit.kind == liaison::RecordKind::organization) {
    return hit.organization.empty() ? "" : "part of " + hit.organization;
  }
  if (hit.title.empty() || hit.organization.empty()) return hit.title + hit.organization;
  return hit.title + ", " + hit.organization;
}

// Kind and id are ASCII and padded into columns; the name is not, since its
// UTF-8 width is not its byte count, and it ends the line when there is no
// position, so no line carries trailing blanks. An organization shows its
// acronym too: "European Union Agency for Law Enforcement Cooperation" alone
// hides the "Europol" people search for.
void print_hits(const liaison::Directory& directory, const std::vector<liaison::SearchHit>& hits) {
  std::size_t id_width = 0;
  for (const liaison::SearchHit& hit : hits) {
    id_width = std::max(id_width, std::to_string(hit.id).size());
  }
  for (const liaison::SearchHit& hit : hits) {
    std::string line = hit.kind == liaison::RecordKind::person ? "person  " : "org     ";
    const std::string id = std::to_string(hit.id);
    const std::string name = hit.kind == liaison::RecordKind::organization
                                 ? directory.get_organization(hit.id).labelled_name()
                                 : hit.name;
    line += std::string(id_width - id.size(), ' ') + id + "  " + name;
    const std::string where = position(hit);
    if (!where.empty()) line += " — " + where;
    std::cout << line << '\n';
  }
}

void run_search(const Context& context, const SearchCommandOptions& options) {
  const liaison::Directory directory = open_directory(context, Access::read);
  const std::string query = join_words(options.words);
  const std::vector<liaison::SearchHit> hits = directory.search(query, library_options(options));
  if (context.json) {
    // The library's shape, indented as print_json indents.
    std::cout << liaison::search_hits_json(directory, hits, 2) << '\n';
    return;
  }
  // On stderr, so that stdout holds exactly one line per hit for `wc -l` and the like.
  if (hits.empty()) std::cerr << "liaison: nothing matches '" << query << "'\n";
  print_hits(directory, hits);
}

}  // namespace

void register_search_command(CLI::App& app, const Context& context, Action& action) {
  auto options = std::make_shared<SearchCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "search", "Find people and organizations by name, organization, title, phone, e-mail...");
  command->formatter(std::make_shared<SearchFormatter>());
  command->footer(
      "WORDS may hold filters: org:, country:, tag:, kind:person|org, title:, event:,\n"
      "as-of:YYYY-MM-DD (quote a value with spaces: 'org:\"Ministry of Interior\"').\n"
      "Put words that begin with '-' after '--': liaison search -- -europol");
  command->add_option("WORDS", options->words, "What to look for; joined with spaces")->required();
  // Never filled: while it waits for a value, CLI11 (2.1) keeps a '--' after
  // some words in this command (`search osce -- -europol`) instead of handing
  // it and the words after it to the main command, which refuses them.
  command->add_option("WORDS_AFTER_SEPARATOR", options->unused_words)->expected(1)->group("");
  command
      ->add_option("--limit", options->limit, "Show at most N hits (default: 20; 0: all of them)")
      ->check(count_validator);
  command->add_option("--offset", options->offset, "Skip the first N hits")->check(count_validator);
  command->add_flag("--exact", options->exact,
                    "Match words as written: no folding of case, accents or script, "
                    "no prefixes, no typos");
  command->add_flag("--all-time", options->all_time,
                    "Let org: and title: match past affiliations too");
  command
      ->add_option("--as-of", options->as_of,
                   "Let org: and title: match affiliations held "
                   "on this day (overrides --all-time)")
      ->check(day_validator);
  command->add_option("--kind", options->kind, "Only people or only organizations")
      ->check(CLI::IsMember({"person", "org", "organization"}));
  command->callback([&context, &action, options] {
    action = [&context, options] { run_search(context, *options); };
  });
}

}  // namespace liaison_cli
