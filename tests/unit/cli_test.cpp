// The liaison command-line tool, run as a real child process: what a shell
// user or a script sees: output, exit codes, the environment it reads.
#define BOOST_TEST_MODULE cli
#include <boost/test/unit_test.hpp>

#include "temp_dir.hpp"

#include <liaison/version.hpp>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

namespace {

struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::ostream& operator<<(std::ostream& stream, const Result& result) {
  return stream << "exit " << result.exit_code << "\n--- stdout:\n"
                << result.out << "--- stderr:\n"
                << result.err;
}

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

struct RunOptions {
  std::vector<std::string> environment;  ///< "NAME=value" added to the child's
  std::string working_directory;         ///< empty: the test's own
};

// Runs the CLI with stdout and stderr captured in files (no pipes, so a
// large output cannot block the child). LIAISON_DB is never inherited from
// the shell running the tests: only `options.environment` can set it.
Result run_cli(const liaison::test::TempDir& scratch, const std::vector<std::string>& args,
               const RunOptions& options = {}) {
  const std::string out_path = scratch.file("cli.stdout");
  const std::string err_path = scratch.file("cli.stderr");

  std::vector<std::string> arg_strings{LIAISON_CLI};
  arg_strings.insert(arg_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : arg_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_strings;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    if (!std::string_view(*entry).starts_with("LIAISON_DB=")) env_strings.emplace_back(*entry);
  }
  env_strings.insert(env_strings.end(), options.environment.begin(), options.environment.end());
  std::vector<char*> envp;
  for (std::string& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);

  const pid_t pid = fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    const int in = open("/dev/null", O_RDONLY);
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
      _exit(126);
    if (!options.working_directory.empty() && chdir(options.working_directory.c_str()) != 0)
      _exit(126);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  int status = 0;
  BOOST_REQUIRE(waitpid(pid, &status, 0) == pid);
  Result result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

// A fresh directory file in a fresh temp folder; `cli` passes --db for it.
struct Fixture {
  liaison::test::TempDir scratch;
  std::string db = scratch.file("test.db");

  Result cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return run_cli(scratch, args);
  }

  Result init() {
    Result result = cli({"init", "--region", "AL"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result);
    return result;
  }

  nlohmann::json json_of(const std::vector<std::string>& args) {
    const Result result = cli(args);
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result);
    return nlohmann::json::parse(result.out);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli, Fixture)

BOOST_AUTO_TEST_CASE(adds_shows_and_lists_an_organization_and_its_person) {
  init();
  const nlohmann::json organization =
      json_of({"add", "org", "--name", "Mary Ward Loreto Foundation", "--acronym", "MWL", "--kind",
               "ngo", "--country", "AL", "--json"});
  BOOST_TEST(organization.at("kind") == "organization");
  BOOST_TEST(organization.at("name").get<std::string>() == "Mary Ward Loreto Foundation");
  BOOST_TEST(organization.at("id").get<long long>() > 0);
  BOOST_TEST(!organization.at("uid").get<std::string>().empty());

  const nlohmann::json person =
      json_of({"add", "person", "--given-name", "Sara", "--family-name", "Çapaliku", "--email",
               "sara@example.org", "--org", "MWL", "--title", "Project Coordinator", "--json"});
  BOOST_TEST(person.at("kind") == "person");
  BOOST_TEST(person.at("name").get<std::string>() == "Sara Çapaliku");
  BOOST_REQUIRE_EQUAL(person.at("affiliations").size(), 1u);
  BOOST_TEST(contains(person.at("affiliations")[0].at("organization_name").get<std::string>(),
                      "Mary Ward Loreto Foundation"));
  const std::string person_id = std::to_string(person.at("id").get<long long>());

  const Result shown_person = cli({"show", person_id});
  BOOST_TEST_REQUIRE(shown_person.exit_code == 0, shown_person);
  BOOST_TEST(contains(shown_person.out, "Sara Çapaliku"), shown_person);
  BOOST_TEST(contains(shown_person.out, "sara@example.org"), shown_person);
  BOOST_TEST(contains(shown_person.out, "Project Coordinator"), shown_person);
  BOOST_TEST(contains(shown_person.out, "Mary Ward Loreto Foundation"), shown_person);

  const Result shown_organization = cli({"show", "Mary Ward Loreto Foundation"});
  BOOST_TEST_REQUIRE(shown_organization.exit_code == 0, shown_organization);
  BOOST_TEST(contains(shown_organization.out, "Sara Çapaliku"), shown_organization);

  const nlohmann::json organization_shown = json_of({"show", "MWL", "--json"});
  BOOST_REQUIRE_EQUAL(organization_shown.at("people").size(), 1u);
  BOOST_TEST(organization_shown.at("people")[0].at("name").get<std::string>() == "Sara Çapaliku");
  BOOST_TEST(organization_shown.at("units").empty());

  const nlohmann::json person_shown = json_of({"--json", "show", person_id});
  BOOST_REQUIRE_EQUAL(person_shown.at("affiliations").size(), 1u);

  const Result listed = cli({"list", "people", "--json"});
  BOOST_TEST_REQUIRE(listed.exit_code == 0, listed);
  // UTF-8 as is: a script greps for the name as people write it.
  BOOST_TEST(contains(listed.out, "Çapaliku"), listed);
  BOOST_TEST(!contains(lower(listed.out), "\\u00c7"), listed);
  const nlohmann::json people = nlohmann::json::parse(listed.out);
  BOOST_REQUIRE(people.is_array());
  BOOST_REQUIRE_EQUAL(people.size(), 1u);
  for (const char* field : {"kind", "id", "uid", "name"})
    BOOST_TEST(people[0].contains(field), field);

  const Result organizations = cli({"list", "orgs"});
  BOOST_TEST_REQUIRE(organizations.exit_code == 0, organizations);
  BOOST_TEST(contains(organizations.out, "Mary Ward Loreto Foundation (MWL)"), organizations);
}

BOOST_AUTO_TEST_CASE(list_json_honours_limit_and_offset) {
  init();
  for (const char* acronym : {"IOM", "OSCE", "UNODC"}) {
    BOOST_REQUIRE_EQUAL(cli({"add", "org", "--acronym", acronym}).exit_code, 0);
  }
  BOOST_TEST(json_of({"list", "orgs", "--json"}).size() == 3u);
  const nlohmann::json page = json_of({"list", "orgs", "--json", "--limit", "1", "--offset", "1"});
  BOOST_REQUIRE_EQUAL(page.size(), 1u);
  // Known only by its acronym, an organization is still named in JSON.
  BOOST_TEST(page[0].at("name").get<std::string>() == "OSCE");
}

BOOST_AUTO_TEST_CASE(an_unknown_option_is_a_command_line_error) {
  init();
  for (const auto& args : std::vector<std::vector<std::string>>{{"--bogus", "list", "orgs"},
                                                                {"list", "orgs", "--bogus"},
                                                                {"list", "planets"},
                                                                {"frobnicate"}}) {
    const Result result = cli(args);
    BOOST_TEST(result.exit_code == 2, result);
    BOOST_TEST(!result.err.empty(), result);
    BOOST_TEST(result.out.empty(), result);
  }
}

BOOST_AUTO_TEST_CASE(a_missing_required_argument_is_a_command_line_error) {
  init();
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},
           {"show"},
           {"list"},
           {"load"},
           {"add"},
           {"add", "org"},
           {"add", "person", "--title", "Officer", "--given-name", "A"},
           {"add", "affiliation", "--person", "1"},
           {"add", "affiliation", "--person", "1", "--org", "1", "--from", "next week"},
           {"add", "org", "--name", "X", "--kind", "club"}}) {
    const Result result = cli(args);
    BOOST_TEST(result.exit_code == 2, result);
    BOOST_TEST(!result.err.empty(), result);
  }
  BOOST_TEST(json_of({"list", "orgs", "--json"}).empty());
}

BOOST_AUTO_TEST_CASE(help_exits_zero) {
  const Result result = cli({"--help"});
  BOOST_TEST(result.exit_code == 0, result);
  BOOST_TEST(contains(result.out, "load"), result);
  const Result sub = cli({"add", "person", "--help"});
  BOOST_TEST(sub.exit_code == 0, sub);
  BOOST_TEST(contains(sub.out, "--family-name"), sub);
}

BOOST_AUTO_TEST_CASE(showing_an_unknown_id_fails) {
  init();
  const Result result = cli({"show", "99999"});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(result.err.starts_with("liaison: "), result);
  BOOST_TEST(contains(result.err, "99999"), result);
}

BOOST_AUTO_TEST_CASE(an_unknown_organization_name_fails_and_adds_nothing) {
  init();
  const Result result = cli({"add", "person", "--given-name", "Ana", "--org", "Nowhere Institute"});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(contains(result.err, "no organization named 'Nowhere Institute'"), result);
  BOOST_TEST(json_of({"list", "people", "--json"}).empty());
}

BOOST_AUTO_TEST_CASE(an_ambiguous_organization_name_fails_listing_the_matches) {
  init();
  BOOST_REQUIRE_EQUAL(
      cli({"add", "org", "--name", "OSCE Presence in Albania", "--acronym", "OSCE"}).exit_code, 0);
  BOOST_REQUIRE_EQUAL(
      cli({"add", "org", "--name", "OSCE Mission to Skopje", "--acronym", "OSCE"}).exit_code, 0);
  const Result result = cli({"add", "person", "--given-name", "Ana", "--org", "OSCE"});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(contains(result.err, "ambiguous: 'OSCE' matches"), result);
  BOOST_TEST(contains(result.err, "OSCE Presence in Albania"), result);
  BOOST_TEST(contains(result.err, "OSCE Mission to Skopje"), result);
  BOOST_TEST(json_of({"list", "people", "--json"}).empty());
}

BOOST_AUTO_TEST_CASE(a_removed_record_is_gone) {
  init();
  const nlohmann::json added = json_of({"add", "org", "--name", "Eurojust", "--json"});
  const std::string id = std::to_string(added.at("id").get<long long>());
  BOOST_REQUIRE_EQUAL(cli({"show", id}).exit_code, 0);
  const Result removed = cli({"remove", id});
  BOOST_TEST_REQUIRE(removed.exit_code == 0, removed);
  BOOST_TEST(contains(removed.out, "Eurojust"), removed);
  BOOST_TEST(cli({"show", id}).exit_code == 1);
  BOOST_TEST(cli({"show", "Eurojust"}).exit_code == 1);
  BOOST_TEST(cli({"remove", id}).exit_code == 1);
}

BOOST_AUTO_TEST_CASE(version_prints_the_library_version) {
  const Result result = run_cli(scratch, {"--version"});
  BOOST_TEST(result.exit_code == 0, result);
  BOOST_TEST(result.out == std::string("liaison ") + liaison::version() + "\n", result);
}

BOOST_AUTO_TEST_CASE(the_directory_comes_from_liaison_db_then_the_default) {
  const std::string from_environment = scratch.file("from-env.db");
  const RunOptions with_environment{{"LIAISON_DB=" + from_environment}, {}};
  BOOST_REQUIRE_EQUAL(run_cli(scratch, {"init"}, with_environment).exit_code, 0);
  BOOST_TEST(std::filesystem::exists(from_environment));
  BOOST_REQUIRE_EQUAL(
      run_cli(scratch, {"add", "org", "--acronym", "SELEC"}, with_environment).exit_code, 0);
  const Result listed = run_cli(scratch, {"list", "orgs", "--json"}, with_environment);
  BOOST_TEST_REQUIRE(listed.exit_code == 0, listed);
  BOOST_TEST(nlohmann::json::parse(listed.out).size() == 1u);

  // --db wins over the environment.
  init();
  const Result overridden =
      run_cli(scratch, {"--db", db, "list", "orgs", "--json"}, with_environment);
  BOOST_TEST_REQUIRE(overridden.exit_code == 0, overridden);
  BOOST_TEST(nlohmann::json::parse(overridden.out).empty(), overridden);

  // Neither: liaison.db in the working directory.
  const std::filesystem::path here = scratch.path() / "cwd";
  std::filesystem::create_directory(here);
  BOOST_REQUIRE_EQUAL(run_cli(scratch, {"init"}, RunOptions{{}, here.string()}).exit_code, 0);
  BOOST_TEST(std::filesystem::exists(here / "liaison.db"));
}

BOOST_AUTO_TEST_CASE(a_missing_directory_is_not_created_by_reads) {
  const Result result = cli({"list", "orgs"});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(contains(result.err, "liaison init"), result);
  BOOST_TEST(!std::filesystem::exists(db));
}

BOOST_AUTO_TEST_CASE(an_unknown_region_is_refused) {
  const Result result = cli({"init", "--region", "Atlantis"});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(result.err.starts_with("liaison: "), result);
  BOOST_TEST(!std::filesystem::exists(db));
  const nlohmann::json created = json_of({"init", "--region", "XK", "--json"});
  BOOST_TEST(created.at("default_region") == "XK");
}

BOOST_AUTO_TEST_CASE(loads_the_workshop_report_with_every_institution) {
  init();
  const std::string sample = std::string(LIAISON_SAMPLE_DIR) + "/workshop-2016.json";
  const Result loaded = cli({"load", sample});
  BOOST_TEST_REQUIRE(loaded.exit_code == 0, loaded);
  BOOST_TEST(contains(loaded.out, "read "), loaded);
  BOOST_TEST(contains(loaded.out, ", skipped 0"), loaded);

  const nlohmann::json organizations = json_of({"list", "orgs", "--json"});
  BOOST_REQUIRE(organizations.is_array());
  const std::string all =
      lower(organizations.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  for (const char* institution : {"Frontex", "Europol", "Western Union", "Eurojust", "SELEC", "IOM",
                                  "OSCE", "UNODC", "Mary Ward Loreto Foundation"}) {
    BOOST_TEST(contains(all, lower(institution)), institution << " missing from " << all);
  }
  for (const char* name : {"OSCE", "Mary Ward Loreto Foundation"}) {
    const Result shown = cli({"show", name});
    BOOST_TEST(shown.exit_code == 0, shown);
  }
  BOOST_TEST(cli({"list", "people"}).exit_code == 0);
  BOOST_TEST(cli({"list", "events"}).exit_code == 0);

  // Loading again updates what the first load created instead of copying it.
  const nlohmann::json report = json_of({"load", sample, "--json"});
  for (const char* field : {"read", "created", "updated", "skipped", "diagnostics"}) {
    BOOST_TEST(report.contains(field), field);
  }
  BOOST_TEST(report.at("created") == 0);
  BOOST_TEST(json_of({"list", "orgs", "--json"}).size() == organizations.size());
}

BOOST_AUTO_TEST_CASE(a_dry_run_load_writes_nothing) {
  init();
  const Result loaded =
      cli({"load", "--dry-run", std::string(LIAISON_SAMPLE_DIR) + "/workshop-2016.json"});
  BOOST_TEST_REQUIRE(loaded.exit_code == 0, loaded);
  BOOST_TEST(json_of({"list", "orgs", "--json"}).empty());
}

BOOST_AUTO_TEST_CASE(loading_a_missing_file_fails) {
  init();
  const Result result = cli({"load", scratch.file("no-such-file.json")});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(result.err.starts_with("liaison: "), result);
}

BOOST_AUTO_TEST_SUITE_END()
