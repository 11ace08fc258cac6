// The liaison command-line tool, run as a real child process: what a shell
// user or a script sees: output, exit codes, the environment it reads.
// CTest runs each top-level suite as an entry of its own (tests/CMakeLists.txt
// lists them): a new suite must be added there.
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

namespace {

// The workshop report loaded into a fresh directory whose default region is
// AL. Loaded once per process and copied for each case: every case gets a
// file of its own, without paying for two CLI runs (slow under the sanitizers).
struct SampleFixture : Fixture {
  SampleFixture() {
    static liaison::test::TempDir prepared_dir;
    static const std::string prepared = [] {
      const std::string path = prepared_dir.file("sample.db");
      for (std::vector<std::string> args :
           {std::vector<std::string>{"init", "--region", "AL"},
            std::vector<std::string>{"load",
                                     std::string(LIAISON_SAMPLE_DIR) + "/workshop-2016.json"}}) {
        args.insert(args.begin(), {"--db", path});
        const Result result = run_cli(prepared_dir, args);
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result);
      }
      return path;
    }();
    // The CLI closed the file, so SQLite folded its write-ahead log into it.
    std::filesystem::copy_file(prepared, db);
  }

  // An organization's id as `show` resolves its name or acronym.
  long long id_of(const std::string& ref) { return json_of({"show", ref, "--json"}).at("id"); }

  // A person's id by the name `list people` shows.
  long long person_id(const std::string& name) {
    for (const nlohmann::json& person : json_of({"list", "people", "--json"})) {
      if (person.at("name") == name) return person.at("id");
    }
    BOOST_FAIL("no person named " << name);
    return 0;
  }

  // The ids of the hits, in the order the search returned them.
  std::vector<long long> hit_ids(const nlohmann::json& hits) {
    std::vector<long long> ids;
    for (const nlohmann::json& hit : hits) ids.push_back(hit.at("id").get<long long>());
    return ids;
  }

  nlohmann::json search_json(std::vector<std::string> args) {
    args.insert(args.begin(), {"search", "--json"});
    const nlohmann::json hits = json_of(args);
    BOOST_REQUIRE_MESSAGE(hits.is_array(), hits.dump());
    return hits;
  }
};

bool has(const std::vector<long long>& ids, long long id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(search_command, SampleFixture)

BOOST_AUTO_TEST_CASE(a_name_typed_without_diacritics_finds_the_person) {
  const Result result = cli({"search", "capaliku"});
  BOOST_TEST_REQUIRE(result.exit_code == 0, result);
  const std::vector<std::string> lines = lines_of(result.out);
  BOOST_REQUIRE_MESSAGE(!lines.empty(), result);
  // The best hit first, with its kind, id and where the person works.
  BOOST_TEST(lines[0].starts_with("person "), result);
  BOOST_TEST(contains(lines[0], " " + std::to_string(person_id("Sara Çapaliku")) + "  "), result);
  BOOST_TEST(contains(lines[0], "Sara Çapaliku — "), result);
  BOOST_TEST(contains(lines[0], "Mary Ward Loreto Foundation"), result);
  for (const std::string& line : lines)
    BOOST_TEST(!line.ends_with(" "), "trailing blank: " << line);

  const nlohmann::json hits = search_json({"capaliku"});
  BOOST_REQUIRE(!hits.empty());
  BOOST_TEST(hits[0].at("name").get<std::string>() == "Sara Çapaliku");
  BOOST_TEST(hits[0].at("kind") == "person");
}

BOOST_AUTO_TEST_CASE(a_phone_number_as_written_finds_the_organization) {
  const long long foundation = id_of("Mary Ward Loreto Foundation");
  // One argument with spaces, or the same words as separate arguments.
  for (const auto& words :
       std::vector<std::vector<std::string>>{{"+355 44 500 388"}, {"+355", "44", "500", "388"}}) {
    const nlohmann::json hits = search_json(words);
    BOOST_REQUIRE_MESSAGE(!hits.empty(), "no hit for " << words.size() << " word(s)");
    BOOST_TEST(hits[0].at("id").get<long long>() == foundation, hits.dump(2));
    BOOST_TEST(hits[0].at("kind") == "organization");
    BOOST_TEST(hits[0].at("name").get<std::string>() == "Mary Ward Loreto Foundation");
    // Phones in E.164 when the directory could parse them.
    BOOST_TEST(hits[0].at("phones") == nlohmann::json::array({"+35544500388"}), hits[0].dump());
    const nlohmann::json& matched = hits[0].at("matched");
    BOOST_TEST((std::find(matched.begin(), matched.end(), "phone") != matched.end()),
               matched.dump());
  }
  const Result text = cli({"search", "+355 44 500 388"});
  BOOST_TEST_REQUIRE(text.exit_code == 0, text);
  BOOST_TEST(lines_of(text.out).at(0).starts_with("org "), text);
  BOOST_TEST(contains(text.out, "Mary Ward Loreto Foundation (MWL)"), text);
}

BOOST_AUTO_TEST_CASE(a_misspelt_acronym_finds_europol) {
  const long long europol = id_of("Europol");
  const nlohmann::json hits = search_json({"europl"});
  BOOST_TEST(has(hit_ids(hits), europol), hits.dump(2));
  const Result text = cli({"search", "europl"});
  BOOST_TEST_REQUIRE(text.exit_code == 0, text);
  BOOST_TEST(contains(text.out, "(Europol)"), text);
}

BOOST_AUTO_TEST_CASE(an_org_filter_finds_the_osce_officers_and_no_one_else) {
  const long long osce = id_of("OSCE");
  const long long neuhaus = person_id("Gerald Neuhaus");
  const long long albano = person_id("Teresa Albano");
  const nlohmann::json hits = search_json({"org:OSCE"});
  const std::vector<long long> ids = hit_ids(hits);
  BOOST_TEST(has(ids, neuhaus), hits.dump(2));
  BOOST_TEST(has(ids, albano), hits.dump(2));
  for (const nlohmann::json& hit : hits) {
    const long long id = hit.at("id").get<long long>();
    if (hit.at("kind") == "person") {
      BOOST_TEST((id == neuhaus || id == albano), "not at the OSCE: " << hit.dump());
    } else {
      BOOST_TEST(id == osce, "not the OSCE: " << hit.dump());
    }
  }
}

BOOST_AUTO_TEST_CASE(json_hits_carry_every_field_with_its_type) {
  const nlohmann::json hits = search_json({"gerald"});
  BOOST_REQUIRE_GE(hits.size(), 2u);
  for (const nlohmann::json& hit : hits) {
    BOOST_REQUIRE_MESSAGE(hit.is_object(), hit.dump());
    for (const char* key : {"kind", "uid", "name", "organization", "title"}) {
      BOOST_TEST((hit.contains(key) && hit.at(key).is_string()), key << " in " << hit.dump());
    }
    BOOST_TEST((hit.at("kind") == "person" || hit.at("kind") == "organization"), hit.dump());
    BOOST_TEST(hit.at("id").is_number_integer(), hit.dump());
    BOOST_TEST(!hit.at("uid").get<std::string>().empty(), hit.dump());
    BOOST_TEST(hit.at("score").is_number(), hit.dump());
    for (const char* key : {"emails", "phones", "matched"}) {
      BOOST_REQUIRE_MESSAGE(hit.contains(key) && hit.at(key).is_array(),
                            key << " in " << hit.dump());
      for (const nlohmann::json& value : hit.at(key)) BOOST_TEST(value.is_string(), hit.dump());
    }
    BOOST_TEST(!hit.at("matched").empty(), hit.dump());
  }
  const long long neuhaus = person_id("Gerald Neuhaus");
  const auto found = std::find_if(hits.begin(), hits.end(), [&](const nlohmann::json& hit) {
    return hit.at("id").get<long long>() == neuhaus;
  });
  BOOST_REQUIRE_MESSAGE(found != hits.end(), hits.dump(2));
  const nlohmann::json& hit = *found;
  BOOST_TEST(hit.at("kind") == "person");
  BOOST_TEST(hit.at("name").get<std::string>() == "Gerald Neuhaus");
  BOOST_TEST(hit.at("title").get<std::string>() == "Police Affairs Officer");
  const std::string organization = hit.at("organization");
  BOOST_TEST((contains(organization, "OSCE") ||
              contains(organization, "Organization for Security and Co-operation in Europe")),
             hit.dump());
  BOOST_TEST(hit.at("emails") == nlohmann::json::array({"gerald.neuhaus@osce.org"}), hit.dump());
  BOOST_TEST(hit.at("phones").empty(), hit.dump());
  BOOST_TEST(hit.at("uid") == json_of({"show", std::to_string(neuhaus), "--json"}).at("uid"));
  // Best first.
  for (std::size_t i = 1; i < hits.size(); ++i) {
    BOOST_TEST(hits[i - 1].at("score").get<double>() >= hits[i].at("score").get<double>(),
               hits.dump(2));
  }
}

BOOST_AUTO_TEST_CASE(limit_and_offset_page_through_the_hits) {
  const nlohmann::json all = search_json({"--limit", "0", "gerald"});
  BOOST_REQUIRE_GE(all.size(), 2u);
  const nlohmann::json first = search_json({"--limit", "1", "gerald"});
  BOOST_REQUIRE_EQUAL(first.size(), 1u);
  BOOST_TEST(first[0].at("id") == all[0].at("id"));
  const nlohmann::json second = search_json({"--limit", "1", "--offset", "1", "gerald"});
  BOOST_REQUIRE_EQUAL(second.size(), 1u);
  BOOST_TEST(second[0].at("id") == all[1].at("id"));

  const Result text = cli({"search", "--limit", "1", "gerald"});
  BOOST_TEST_REQUIRE(text.exit_code == 0, text);
  BOOST_TEST(lines_of(text.out).size() == 1u, text);

  BOOST_TEST(cli({"search", "--limit", "-1", "gerald"}).exit_code == 2);
  BOOST_TEST(cli({"search", "--offset", "x", "gerald"}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(the_default_limit_is_twenty) {
  // The sample has fewer than twenty of anything; twenty-one more records match one word.
  for (int i = 0; i < 21; ++i) {
    BOOST_REQUIRE_EQUAL(
        cli({"add", "org", "--name", "Zyxwv Anti-Trafficking Desk " + std::to_string(i)}).exit_code,
        0);
  }
  BOOST_TEST(search_json({"zyxwv"}).size() == 20u);
  BOOST_TEST(search_json({"--limit", "0", "zyxwv"}).size() == 21u);
}

BOOST_AUTO_TEST_CASE(words_after_a_double_dash_may_begin_with_a_dash) {
  const long long europol = id_of("Europol");
  const nlohmann::json hits = search_json({"--", "-europol"});
  BOOST_TEST(has(hit_ids(hits), europol), hits.dump(2));
  const Result text = cli({"search", "--", "-europol"});
  BOOST_TEST(text.exit_code == 0, text);
  BOOST_TEST(contains(text.out, "(Europol)"), text);
  // After some words too, not only first.
  const Result later = cli({"search", "europol", "--", "-europol"});
  BOOST_TEST(later.exit_code == 0, later);
  // Without the "--" it is an unknown option.
  BOOST_TEST(cli({"search", "-europol"}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(kind_selects_people_or_organizations) {
  const nlohmann::json people = search_json({"--kind", "person", "osce"});
  BOOST_TEST(!people.empty());
  for (const nlohmann::json& hit : people) BOOST_TEST(hit.at("kind") == "person", hit.dump());
  const nlohmann::json organizations = search_json({"--kind", "org", "osce"});
  BOOST_TEST(has(hit_ids(organizations), id_of("OSCE")), organizations.dump(2));
  for (const nlohmann::json& hit : organizations) {
    BOOST_TEST(hit.at("kind") == "organization", hit.dump());
  }
  BOOST_TEST(cli({"search", "--kind", "event", "osce"}).exit_code == 2);
  BOOST_TEST(cli({"search", "--as-of", "2016-02-30", "osce"}).exit_code == 2);
  BOOST_TEST(cli({"search"}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(a_hostile_query_never_crashes_nor_leaks_the_engine) {
  // FTS5 syntax, unbalanced quotes, empty filters, invalid UTF-8, too long, too many words.
  std::vector<std::string> queries{
      "\"NEAR( AND *", "\"",   "*",    "AND",    "OR OR NOT", "NEAR(a b, 2)", "^europol",
      "name:europol",  "a\"b", "')",   "%_",     "\\",        "(((",          "europol*\"",
      "{name uid}: x", "x:",   "org:", "org:\"", "kind:",     "as-of:",       "\xff\xfe",
      "\xc3"};
  queries.push_back(std::string(5000, 'a'));
  queries.push_back("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg");
  // Each query once, the output modes taken in turn: search_test sends
  // every one of these through the API in every mode, and each run here is
  // a process (slow under the sanitizers).
  const std::vector<std::vector<std::string>> modes{{}, {"--json"}, {"--exact"}};
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const std::string& query = queries[i];
    {
      std::vector<std::string> args{"search"};
      args.insert(args.end(), modes[i % modes.size()].begin(), modes[i % modes.size()].end());
      args.insert(args.end(), {"--", query});
      const Result result = cli(args);
      BOOST_TEST((result.exit_code == 0 || result.exit_code == 1), result);
      const std::string said = lower(result.out + result.err);
      for (const char* leak : {"fts5", "sql"}) {
        BOOST_TEST(!contains(said, leak), "'" << leak << "' for " << query << ": " << result);
      }
      if (result.exit_code == 1) BOOST_TEST(result.err.starts_with("liaison: "), result);
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_kind_filter_fails_naming_kind) {
  const Result result = cli({"search", "kind:nonsense", "x"});
  BOOST_TEST(result.exit_code == 1, result);
  BOOST_TEST(result.err.starts_with("liaison: "), result);
  BOOST_TEST(contains(result.err, "kind"), result);
  BOOST_TEST(result.out.empty(), result);
}

BOOST_AUTO_TEST_CASE(nothing_found_is_an_empty_array_or_a_message) {
  const Result json = cli({"search", "--json", "qqzzxxnothing"});
  BOOST_TEST(json.exit_code == 0, json);
  BOOST_TEST(json.out == "[]\n", json);
  const Result text = cli({"search", "qqzzxxnothing"});
  BOOST_TEST(text.exit_code == 0, text);
  BOOST_TEST(text.out.empty(), text);
  BOOST_TEST(contains(text.err, "qqzzxxnothing"), text);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(maintenance_commands, SampleFixture)

BOOST_AUTO_TEST_CASE(check_on_a_fresh_directory_says_ok) {
  const Result result = cli({"check"});
  BOOST_TEST(result.exit_code == 0, result);
  BOOST_TEST(result.out == "ok\n", result);
  BOOST_TEST(result.err.empty(), result);
}

BOOST_AUTO_TEST_CASE(check_json_reports_ok_and_no_problems) {
  const nlohmann::json report = json_of({"check", "--json"});
  BOOST_TEST(report.at("ok") == true, report.dump());
  BOOST_TEST(report.at("problems") == nlohmann::json::array(), report.dump());
}

BOOST_AUTO_TEST_CASE(reindex_keeps_search_working_and_the_directory_sound) {
  const std::size_t people = json_of({"list", "people", "--json"}).size();
  const std::size_t organizations = json_of({"list", "orgs", "--json"}).size();

  const Result result = cli({"reindex"});
  BOOST_TEST_REQUIRE(result.exit_code == 0, result);
  BOOST_TEST(lines_of(result.out).size() == 1u, result);
  BOOST_TEST(contains(result.out, std::to_string(people) + " people"), result);
  BOOST_TEST(contains(result.out, std::to_string(organizations) + " organizations"), result);

  const nlohmann::json hits = search_json({"capaliku"});
  BOOST_REQUIRE(!hits.empty());
  BOOST_TEST(hits[0].at("name").get<std::string>() == "Sara Çapaliku", hits.dump(2));

  const Result checked = cli({"check"});
  BOOST_TEST(checked.exit_code == 0, checked);
  BOOST_TEST(checked.out == "ok\n", checked);
}

BOOST_AUTO_TEST_CASE(reindex_json_counts_what_it_indexed) {
  const nlohmann::json summary = json_of({"reindex", "--json"});
  BOOST_TEST(summary.at("persons").get<std::size_t>() ==
             json_of({"list", "people", "--json"}).size());
  BOOST_TEST(summary.at("organizations").get<std::size_t>() ==
             json_of({"list", "orgs", "--json"}).size());
  BOOST_TEST(summary.at("seconds").get<double>() >= 0.0, summary.dump());
}

BOOST_AUTO_TEST_CASE(reindex_into_a_file_prints_no_progress) {
  // run_cli sends stderr to a file, which is no terminal.
  const Result result = cli({"reindex"});
  BOOST_TEST(result.exit_code == 0, result);
  BOOST_TEST(result.err.empty(), result);
}

// A plain Fixture: the file is never a directory, so nothing is loaded first.
BOOST_FIXTURE_TEST_CASE(check_on_a_file_that_is_no_directory_fails_clearly, Fixture) {
  {
    std::ofstream file(db, std::ios::binary | std::ios::trunc);
    file << "name,phone\nSara,+355 44 500 388\n" << std::string(4096, 'x');
  }
  for (const char* command : {"check", "reindex"}) {
    const Result result = cli({command});
    BOOST_TEST(result.exit_code == 1, result);
    BOOST_TEST(result.err.starts_with("liaison: "), result);
    BOOST_TEST(contains(result.err, "not a liaison directory"), result);
    BOOST_TEST(result.out.empty(), result);
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(vcard_commands, Fixture)

BOOST_AUTO_TEST_CASE(imports_a_vcard_file_and_exports_it_again) {
  init();
  const std::string file =
      std::string(LIAISON_FIXTURE_DIR) + "/vcard/roundtrip/serbo-croatian-2.1-cp1250.vcf";
  // A dry run says what it would do and writes nothing.
  const Result dry = cli({"import", file, "--dry-run"});
  BOOST_TEST_REQUIRE(dry.exit_code == 0, dry);
  BOOST_TEST(contains(dry.out, "read 1, created 3"), dry);  // person, organization, position
  BOOST_TEST(contains(dry.out, "dry run"), dry);
  BOOST_TEST(json_of({"list", "people", "--json"}).empty());

  const nlohmann::json report = json_of({"import", file, "--json"});
  BOOST_TEST(report.at("read") == 1);
  BOOST_TEST(report.at("created") == 3);
  // The fallback charset is reported for the card, with its line.
  BOOST_TEST(contains(report.at("diagnostics").dump(), "windows-1250"), report.dump());

  const Result search = cli({"search", "scepanovic"});
  BOOST_TEST(contains(search.out, "Đorđe Šćepanović"), search);

  const Result exported = cli({"export", "--format", "vcard", "--vcard-version", "3.0"});
  BOOST_TEST_REQUIRE(exported.exit_code == 0, exported);
  BOOST_TEST(exported.err.empty(), exported);  // no progress into a file
  BOOST_TEST(contains(exported.out, "BEGIN:VCARD\r\nVERSION:3.0\r\n"), exported);
  BOOST_TEST(contains(exported.out, "FN:Đorđe Šćepanović\r\n"), exported);

  const std::string out = scratch.file("out.vcf");
  const Result to_file = cli({"export", "--format", "vcard", "-o", out});
  BOOST_TEST(to_file.exit_code == 0, to_file);
  BOOST_TEST(contains(to_file.out, "wrote 2 cards"), to_file);
  BOOST_TEST(contains(read_file(out), "VERSION:4.0\r\n"));
}

BOOST_AUTO_TEST_CASE(a_bad_card_fails_the_import_naming_the_line_unless_skipped) {
  init();
  const std::string file = scratch.file("bad.vcf");
  std::ofstream(file, std::ios::binary)
      << "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Kovač\r\nEND:VCARD\r\n"
      << "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n";
  const Result failed = cli({"import", file});
  BOOST_TEST(failed.exit_code == 1, failed);
  BOOST_TEST(contains(failed.err, "bad.vcf:5: card 2"), failed);
  // Whoever meets this learns that nothing came in, and how to get the rest.
  BOOST_TEST(contains(failed.err, "nothing was imported"), failed);
  BOOST_TEST(contains(failed.err, "--skip-bad"), failed);
  BOOST_TEST(json_of({"list", "people", "--json"}).empty());

  const Result skipped = cli({"import", file, "--skip-bad"});
  BOOST_TEST(skipped.exit_code == 0, skipped);
  BOOST_TEST(contains(skipped.out, "read 2, created 1, updated 0, skipped 1"), skipped);
  BOOST_TEST(contains(skipped.err, "error: "), skipped);
  BOOST_TEST(json_of({"list", "people", "--json"}).size() == 1u);
}

// What the file said that liaison has no field for is shown, a long value
// cut: the user sees it was kept, not lost.
BOOST_AUTO_TEST_CASE(show_lists_what_an_import_kept_without_a_field) {
  init();
  const std::string file = scratch.file("kept.vcf");
  std::ofstream(file, std::ios::binary)
      << "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Kovač\r\nN:Kovač;Ana;;;\r\n"
      << "X-SKYPE:ana.kovac\r\nNOTE:x\r\nX-LONG:" << std::string(200, 'a') << "\r\nEND:VCARD\r\n";
  BOOST_TEST(cli({"import", file}).exit_code == 0);
  const Result shown = cli({"show", "1"});
  BOOST_TEST(contains(shown.out, "kept       X-SKYPE:ana.kovac\n"), shown);
  BOOST_TEST(contains(shown.out, "kept       X-LONG:aaaa"), shown);
  BOOST_TEST(contains(shown.out, "a… (207 bytes)\n"), shown);  // "X-LONG" and ":" and 200 a
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(csv_commands, Fixture)

BOOST_AUTO_TEST_CASE(imports_a_spreadsheet_and_exports_each_preset) {
  init();
  // Saved from Excel in a Serbian locale: "sep=;", windows-1250, no BOM.
  const std::string file = scratch.file("lista.csv");
  std::ofstream(file, std::ios::binary)
      << "sep=;\r\nPrezime;Ime;Organizacija;E-po\x9Ata;Telefon\r\n"
      << "\x8A\xE6"
         "epanovi\xE6;\xD0or\xF0"
         "e;OSCE;dj@example.ba;044 500 388\r\n";
  const Result dry = cli({"import", file, "--dry-run"});
  BOOST_TEST_REQUIRE(dry.exit_code == 0, dry);
  BOOST_TEST(contains(dry.out, "read 1, created 3"), dry);  // person, organization, position
  BOOST_TEST(json_of({"list", "people", "--json"}).empty());

  const nlohmann::json report = json_of({"import", file, "--json"});
  BOOST_TEST(report.at("created") == 3);
  BOOST_TEST(contains(report.at("diagnostics").dump(), "windows-1250"), report.dump());
  BOOST_TEST(contains(cli({"search", "scepanovic"}).out, "Đorđe Šćepanović"));
  BOOST_TEST(contains(cli({"search", "+355 44 500 388"}).out, "Đorđe Šćepanović"));

  const Result native = cli({"export", "--format", "csv"});
  BOOST_TEST_REQUIRE(native.exit_code == 0, native);
  BOOST_TEST(native.err.empty(), native);
  BOOST_TEST(native.out.rfind("external_id,prefix,given_name,", 0) == 0u, native);
  BOOST_TEST(contains(native.out, ",Đorđe,"), native);

  const Result google = cli({"export", "--format", "csv", "--preset", "google"});
  BOOST_TEST(contains(google.out, "E-mail 1 - Value"), google);
  const Result excel = cli({"export", "--format", "csv", "--excel"});
  BOOST_TEST(excel.out.rfind("\xEF\xBB\xBF"
                             "external_id;",
                             0) == 0u,
             excel);

  const std::string out = scratch.file("out.csv");
  const Result to_file = cli({"export", "--format", "csv", "--preset", "outlook", "-o", out});
  BOOST_TEST(to_file.exit_code == 0, to_file);
  BOOST_TEST(contains(to_file.out, "wrote 1 row"), to_file);
  BOOST_TEST(contains(read_file(out), "First Name"));
}

// Outlook's and Excel's "Unicode text" (UTF-16LE, tab-delimited) is saved as .txt.
BOOST_AUTO_TEST_CASE(a_tab_delimited_utf16_text_file_is_read_as_csv) {
  init();
  const std::string utf8 =
      "First Name\tLast Name\tE-mail Address\r\nVesna\tĐukić\tvesna@example.rs\r\n";
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    char32_t c = lead;
    std::size_t length = 1;
    if (lead >= 0xC0) {  // the two-byte sequences of Đ and ć
      c = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
      length = 2;
    }
    utf16 += static_cast<char>(c & 0xFF);
    utf16 += static_cast<char>(c >> 8);
    i += length;
  }
  const std::string file = scratch.file("contacts.txt");
  std::ofstream(file, std::ios::binary) << utf16;
  const Result imported = cli({"import", file});
  BOOST_TEST_REQUIRE(imported.exit_code == 0, imported);
  BOOST_TEST(contains(cli({"search", "vesna@example.rs"}).out, "Vesna Đukić"));

  const std::string prose = scratch.file("readme.txt");
  std::ofstream(prose, std::ios::binary) << "Just a note to self\n";
  const Result refused = cli({"import", prose});
  BOOST_TEST(refused.exit_code != 0, refused);
  BOOST_TEST(contains(refused.err, "--format"), refused);
}

BOOST_AUTO_TEST_CASE(mapping_encoding_and_errors_on_the_command_line) {
  init();
  const std::string file = scratch.file("nl.csv");
  std::ofstream(file, std::ios::binary) << "Naam,Achternaam,Adres\nJan,de Vries,jan@example.nl\n"
                                        << "Piet,\"Jansen\n";
  const Result broken = cli({"import", file, "--map", "Naam=given_name,Achternaam=family_name"});
  BOOST_TEST(broken.exit_code == 1, broken);
  BOOST_TEST(contains(broken.err, "nl.csv:3:"), broken);
  BOOST_TEST(json_of({"list", "people", "--json"}).empty());

  std::ofstream(file, std::ios::binary | std::ios::trunc)
      << "Naam,Achternaam,Adres\nJan,de Vries,jan@example.nl\n";
  const Result bad_map = cli({"import", file, "--map", "Naam=shoe_size"});
  BOOST_TEST(bad_map.exit_code != 0, bad_map);
  BOOST_TEST(contains(bad_map.err, "shoe_size"), bad_map);

  const Result mapped =
      cli({"import", file, "--map", "Naam=given_name,Achternaam=family_name,Adres=email"});
  BOOST_TEST(mapped.exit_code == 0, mapped);
  BOOST_TEST(contains(cli({"search", "jan@example.nl"}).out, "Jan de Vries"));

  const Result wrong = cli({"import", file, "--charset", "windows-1250"});
  BOOST_TEST(wrong.exit_code != 0, wrong);
  BOOST_TEST(contains(wrong.err, "--encoding"), wrong);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(merge_commands, Fixture)

namespace {

// Adds a person through the CLI and returns the id it was given.
std::int64_t add_person(Fixture& fixture, const std::vector<std::string>& fields) {
  std::vector<std::string> args{"add", "person", "--json"};
  args.insert(args.end(), fields.begin(), fields.end());
  return fixture.json_of(args).at("id").get<std::int64_t>();
}

}  // namespace

BOOST_AUTO_TEST_CASE(merges_two_people_and_undoes_the_merge) {
  init();
  const auto gerald = add_person(*this, {"--given-name", "Gerald", "--family-name", "Neuhaus",
                                         "--email", "g.neuhaus@osce.org"});
  const auto card =
      add_person(*this, {"--display-name", "Neuhaus, G.", "--email", "gerald.neuhaus@gmx.at"});
  const std::string g = std::to_string(gerald);
  const std::string c = std::to_string(card);

  const Result merged = cli({"merge", c, g});
  BOOST_TEST_REQUIRE(merged.exit_code == 0, merged);
  BOOST_TEST(merged.out == "merged person " + c + " (Neuhaus, G.) into " + g +
                               " (Gerald Neuhaus); undo with: liaison unmerge 1\n",
             merged);
  const nlohmann::json people = json_of({"list", "people", "--json"});
  BOOST_TEST_REQUIRE(people.size() == 1u, people.dump());
  BOOST_TEST(contains(people.dump(), "gerald.neuhaus@gmx.at"), people.dump());
  BOOST_TEST(contains(cli({"search", "Neuhaus, G."}).out, "Gerald Neuhaus"));

  const nlohmann::json merges = json_of({"merges", "--json"});
  BOOST_TEST_REQUIRE(merges.size() == 1u, merges.dump());
  BOOST_TEST(merges[0].at("id") == 1);
  BOOST_TEST(merges[0].at("survivor") == gerald);
  BOOST_TEST(merges[0].at("absorbed") == card);
  BOOST_TEST(!merges[0].contains("undone_at"));
  const Result listed = cli({"merges"});
  BOOST_TEST(contains(listed.out, "person " + c + " merged into " + g), listed);

  const Result undone = cli({"unmerge", "1"});
  BOOST_TEST_REQUIRE(undone.exit_code == 0, undone);
  BOOST_TEST(undone.out == "undid merge 1: person " + c + " (Neuhaus, G.) is back beside " + g +
                               " (Gerald Neuhaus)\n",
             undone);
  BOOST_TEST(json_of({"list", "people", "--json"}).size() == 2u);
  BOOST_TEST(contains(cli({"merges"}).out, "(undone "));
  BOOST_TEST(contains(cli({"check"}).out, "ok"));

  const Result again = cli({"unmerge", "1"});
  BOOST_TEST(again.exit_code == 1, again);
  BOOST_TEST(contains(again.err, "already undone"), again);
}

BOOST_AUTO_TEST_CASE(merge_keeps_the_named_record_and_prints_json) {
  init();
  const auto first = add_person(*this, {"--given-name", "Sara", "--family-name", "Capaliku"});
  const auto second = add_person(*this, {"--given-name", "Sara", "--family-name", "Çapaliku"});
  const std::string s = std::to_string(second);
  const nlohmann::json result = json_of({"merge", std::to_string(first), s, "--keep", s, "--json"});
  BOOST_TEST(result.at("merge").at("survivor") == second);
  BOOST_TEST(result.at("merge").at("absorbed") == first);
  BOOST_TEST(result.at("survivor").at("id") == second);
  BOOST_TEST(contains(result.at("survivor").dump(), "Sara Capaliku"), result.dump());

  const nlohmann::json restored = json_of({"unmerge", "1", "--force", "--json"});
  BOOST_TEST(restored.at("absorbed").at("id") == first);
  BOOST_TEST(restored.at("merge").contains("undone_at"));
}

BOOST_AUTO_TEST_CASE(merge_refuses_records_of_two_kinds) {
  init();
  const auto person = add_person(*this, {"--given-name", "Ana"});
  BOOST_TEST_REQUIRE(cli({"add", "org", "--acronym", "OSCE"}).exit_code == 0);
  const Result refused = cli({"merge", std::to_string(person), "OSCE"});
  BOOST_TEST(refused.exit_code == 1, refused);
  BOOST_TEST(contains(refused.err, "both must be persons or both organizations"), refused);
  const Result unknown = cli({"unmerge", "7"});
  BOOST_TEST(unknown.exit_code == 1, unknown);
  BOOST_TEST(contains(unknown.err, "no merge with id 7"), unknown);
  BOOST_TEST(cli({"merge", std::to_string(person)}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(keep_apart_marks_two_organizations_as_different) {
  init();
  BOOST_TEST_REQUIRE(
      cli({"add", "org", "--name", "OSCE Mission to Skopje", "--acronym", "OSCE"}).exit_code == 0);
  BOOST_TEST_REQUIRE(cli({"add", "org", "--name", "OSCE Presence in Albania"}).exit_code == 0);
  const Result kept = cli({"keep-apart", "OSCE Mission to Skopje", "OSCE Presence in Albania"});
  BOOST_TEST_REQUIRE(kept.exit_code == 0, kept);
  BOOST_TEST(kept.out ==
                 "kept apart: 1 (OSCE Mission to Skopje (OSCE)) and 2 (OSCE Presence in Albania)\n",
             kept);
  BOOST_TEST(contains(cli({"keep-apart", "2", "1"}).out, "already kept apart: 2"));
  const nlohmann::json state = json_of({"keep-apart", "1", "2", "--json"});
  BOOST_TEST(state.at("kept_apart") == true);
  BOOST_TEST(state.at("changed") == false);

  const Result merge = cli({"merge", "1", "2"});
  BOOST_TEST(merge.exit_code == 1, merge);
  BOOST_TEST(contains(merge.err, "keep_apart"), merge);

  BOOST_TEST(contains(cli({"keep-apart", "1", "2", "--forget"}).out, "no longer kept apart: 1"));
  BOOST_TEST(contains(cli({"keep-apart", "1", "2", "--forget"}).out, "were not kept apart: 1"));
  BOOST_TEST(cli({"merge", "1", "2"}).exit_code == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(dedup_commands, Fixture)

BOOST_AUTO_TEST_CASE(dedup_lists_pairs_with_their_sources_and_reasons) {
  init();
  const std::string first = scratch.file("first.csv");
  std::ofstream(first, std::ios::binary) << "id,First Name,Last Name,E-mail Address\n"
                                         << "k1,Gerald,Neuhaus,gerald.neuhaus@osce.org\n"
                                         << "k2,Ana,Horvat,ana.horvat@mup.hr\n";
  const std::string second = scratch.file("second.csv");
  std::ofstream(second, std::ios::binary) << "First Name,Last Name,E-mail Address\n"
                                          << "Gerald,Neuhaus,gerald.neuhaus@osce.org\n";
  BOOST_TEST_REQUIRE(cli({"import", first, "--map", "id=external_id"}).exit_code == 0);
  const Result imported = cli({"import", second});
  BOOST_TEST_REQUIRE(imported.exit_code == 0, imported);
  BOOST_TEST(contains(imported.out, "matched 1"), imported);
  BOOST_TEST(contains(imported.err, "see liaison dedup"), imported);

  const nlohmann::json pairs = json_of({"dedup", "--json"});
  BOOST_TEST_REQUIRE(pairs.size() == 1u, pairs.dump());
  const nlohmann::json& pair = pairs[0];
  BOOST_TEST(pair.at("decision") == "duplicate");
  BOOST_TEST(pair.at("score").get<double>() >= 11.0);
  for (const char* side : {"a", "b"}) {
    const nlohmann::json& record = pair.at(side);
    BOOST_TEST(record.at("kind") == "person");
    BOOST_TEST(record.at("name") == "Gerald Neuhaus");
    BOOST_TEST(!record.at("uid").get<std::string>().empty());
    BOOST_TEST(record.at("id").get<std::int64_t>() > 0);
  }
  BOOST_TEST(pair.at("a").at("sources")[0].at("source") == "first.csv");
  BOOST_TEST(pair.at("a").at("sources")[0].at("key") == "k1");
  BOOST_TEST(pair.at("b").at("sources")[0].at("source") == "second.csv");
  BOOST_TEST(contains(pair.at("reasons").dump(), "\"field\":\"email\""), pair.dump());

  const Result text = cli({"dedup", "--kind", "person"});
  BOOST_TEST(text.exit_code == 0, text);
  BOOST_TEST(contains(text.out, "duplicate "), text);
  BOOST_TEST(contains(text.out, "1 pair"), text);
  BOOST_TEST(json_of({"dedup", "--kind", "org", "--json"}).empty());
  // Raised above the pair's score, the bar lists nothing.
  BOOST_TEST(json_of({"dedup", "--json", "--min-score", "1000"}).empty());

  const std::string a = std::to_string(pair.at("a").at("id").get<std::int64_t>());
  const std::string b = std::to_string(pair.at("b").at("id").get<std::int64_t>());
  BOOST_TEST_REQUIRE(cli({"keep-apart", a, b}).exit_code == 0);
  BOOST_TEST(json_of({"dedup", "--json"}).empty());
}

BOOST_AUTO_TEST_CASE(import_on_match_merge_and_skip) {
  init();
  const std::string first = scratch.file("first.csv");
  std::ofstream(first, std::ios::binary) << "First Name,Last Name,E-mail Address\n"
                                         << "Gerald,Neuhaus,gerald.neuhaus@osce.org\n";
  const std::string second = scratch.file("second.csv");
  std::ofstream(second, std::ios::binary) << "First Name,Last Name,E-mail Address\n"
                                          << "Gerald,Neuhaus,gerald.neuhaus@osce.org\n";
  BOOST_TEST_REQUIRE(cli({"import", first}).exit_code == 0);
  const nlohmann::json skipped = json_of({"import", second, "--on-match", "skip", "--json"});
  BOOST_TEST(skipped.at("skipped") == 1);
  BOOST_TEST(skipped.at("matches")[0].at("action") == "skipped");
  BOOST_TEST(json_of({"list", "people", "--json"}).size() == 1u);
  const Result merged = cli({"import", second, "--on-match", "merge"});
  BOOST_TEST_REQUIRE(merged.exit_code == 0, merged);
  BOOST_TEST(contains(merged.err, "liaison unmerge 1"), merged);
  BOOST_TEST(json_of({"list", "people", "--json"}).size() == 1u);
  BOOST_TEST(cli({"import", second, "--on-match", "sometimes"}).exit_code != 0);
  // A JSON document restores records by uid; matching it is not offered.
  const Result json = cli(
      {"import", std::string(LIAISON_SAMPLE_DIR) + "/workshop-2016.json", "--on-match", "merge"});
  BOOST_TEST(json.exit_code != 0, json);
  BOOST_TEST(contains(json.err, "--on-match applies to vCard and CSV files only"), json);
  BOOST_TEST(json_of({"list", "people", "--json"}).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
