// csv_bench: how fast the liaison CLI imports and exports a large CSV file
// in liaison's native layout, set against the sqlite3 shell loading the same
// file into a bare table and a full-text index, in the same run.
//
//   csv_bench [--rows N] --dir DIR [--seed S]
//
// It writes a seeded CSV file of N rows into DIR, then times, each as a
// child process from fork to exit, with its CPU time and peak RSS from
// wait4()'s rusage:
//   - the anchor: a script on the sqlite3 shell's stdin, `.mode csv` and
//     `.import FILE t` into a fresh file, then an FTS5 table with external
//     content on t over the text columns, filled by
//     INSERT INTO f(f) VALUES('rebuild'): one sqlite3 process;
//   - `liaison import FILE`, into a directory just made by `init`;
//   - `liaison export --format csv -o OUT`, of that directory.
// It checks that the import read every row and that the export wrote as
// many, and sets the figures against the targets of the issue.
//
// Public API only (the generator is bench/synthetic_directory); everything
// timed goes through the CLI. A benchmark, not a test: it prints figures and
// never fails on them. Exit codes: 0 done, 1 something failed, 2 bad
// command line.
#include "synthetic_directory.hpp"

#include <liaison/version.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#ifndef LIAISON_CLI
#error "LIAISON_CLI (the path of the liaison CLI binary) must be defined by the build"
#endif

namespace {

namespace fs = std::filesystem;
using liaison_bench::Rng;
using liaison_bench::SyntheticDirectory;
using liaison_bench::SyntheticOrganization;
using liaison_bench::SyntheticPerson;
using liaison_bench::SyntheticPhone;
using Clock = std::chrono::steady_clock;

constexpr const char* sqlite3_shell = "/usr/bin/sqlite3";

// The targets of the issue.
constexpr double target_import_ratio = 3.0;   // import time / anchor time
constexpr double stretch_import_ratio = 1.5;  //
constexpr double target_peak_mb = 150.0;      // peak RSS, MB (10^6 bytes)
constexpr double target_export_ratio = 1.0;   // export time / import time

// The generator's persons are drawn from a directory of this many, which
// makes 200 organizations (one per 50 persons): rows reuse them.
constexpr std::size_t template_persons = 10000;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double mib(double bytes) { return bytes / (1024.0 * 1024.0); }

// ---------------------------------------------------------------------------
// The command line

struct Options {
  std::size_t rows = 1000000;
  std::string dir;
  std::uint64_t seed = 20160831;
};

constexpr const char* usage_text =
    "usage: csv_bench [--rows N] --dir DIR [--seed S]\n"
    "  --rows N   rows in the generated CSV file (default 1000000)\n"
    "  --dir DIR  where the file, the databases and the logs go (created)\n"
    "  --seed S   generator seed (default 20160831)\n";

struct UsageError {
  std::string message;
};

std::uint64_t parse_number(std::string_view option, const std::string& text) {
  std::size_t used = 0;
  unsigned long long value = 0;
  try {
    value = std::stoull(text, &used, 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || text[0] == '-') {
    throw UsageError{std::string(option) + " needs a non-negative number, not '" + text + "'"};
  }
  return value;
}

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
      return argv[++i];
    };
    if (arg == "--rows") {
      options.rows = parse_number(arg, value());
    } else if (arg == "--dir") {
      options.dir = value();
    } else if (arg == "--seed") {
      options.seed = parse_number(arg, value());
    } else if (arg == "--help" || arg == "-h") {
      std::cout << usage_text;
      std::exit(0);
    } else {
      throw UsageError{"unknown argument '" + arg + "'"};
    }
  }
  if (options.rows == 0) throw UsageError{"--rows N needs N > 0"};
  if (options.dir.empty()) throw UsageError{"--dir DIR is required"};
  return options;
}

// ---------------------------------------------------------------------------
// Writing the file: the benchmark's own few lines, not liaison's writer.

// The native layout, in its export order.
enum Column : std::size_t {
  external_id,
  prefix,
  given_name,
  middle_name,
  family_name,
  suffix,
  nickname,
  birthday,
  organization,
  department,
  title,
  role,
  email,
  email2,
  email3,
  phone,
  mobile,
  fax,
  website,
  street,
  locality,
  region,
  postal_code,
  country,
  tags,
  notes,
  identifier,
  column_count
};

constexpr std::string_view native_header =
    "external_id,prefix,given_name,middle_name,family_name,suffix,nickname,birthday,organization,"
    "department,title,role,email,email2,email3,phone,mobile,fax,website,street,locality,region,"
    "postal_code,country,tags,notes,identifier";

/// The anchor's full-text columns: the text a person is searched by.
constexpr const char* anchor_columns =
    "given_name, middle_name, family_name, nickname, organization, department, title, role, "
    "email, email2, email3, phone, mobile, fax, locality, country, tags, notes";

/// RFC 4180: quoted when it holds a comma, a quote or a line break.
void put_field(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(value);
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

struct Place {
  const char* country;
  const char* capital;
  std::vector<const char*> streets;
  int postcode_digits;
};

const Place& place_of(std::string_view country) {
  static const std::vector<Place> places{
      {"AL", "Tirana", {"Rruga e Durrësit", "Bulevardi Dëshmorët e Kombit", "Rruga e Kavajës"}, 4},
      {"RS", "Beograd", {"Кнеза Милоша", "Булевар краља Александра", "Bulevar Mihajla Pupina"}, 5},
      {"MK", "Skopje", {"Булевар Партизански одреди", "Улица Македонија", "Bulevar Ilinden"}, 4},
      {"BA", "Sarajevo", {"Zmaja od Bosne", "Maršala Tita", "Ferhadija"}, 5},
      {"ME", "Podgorica", {"Bulevar Svetog Petra Cetinjskog", "Njegoševa", "Slobode"}, 5},
      {"XK",
       "Prishtinë",
       {"Bulevardi Nënë Tereza", "Rruga Ibrahim Rugova", "Rruga Agim Ramadani"},
       5},
      {"HR", "Zagreb", {"Ilica", "Trg bana Jelačića", "Ulica grada Vukovara"}, 5}};
  for (const Place& place : places) {
    if (country == place.country) return place;
  }
  return places.back();
}

const std::vector<const char*>& departments() {
  static const std::vector<const char*> list{"Sector for Border Police",
                                             "Department for International Cooperation",
                                             "Anti-Trafficking Unit",
                                             "Legal Department",
                                             "Analysis Unit",
                                             "Victim Assistance Office",
                                             "Regional Office",
                                             "Department for Organised Crime"};
  return list;
}

/// Notes as people type them into a CRM: commas, quotes, several lines.
std::string long_note(Rng& rng, const SyntheticOrganization& o) {
  switch (rng.below(5)) {
    case 0:
      return "Met at the \"Ohrid regional conference\", " + std::to_string(2015 + rng.below(10)) +
             ".\nAsked for the SOP draft; send it in English, too.";
    case 1:
      return "Prefers Signal, not e-mail.\nOffice hours: Mon-Fri, 8-16.\nAssistant: \"Ana\", "
             "ext. " +
             std::to_string(100 + rng.below(900)) + ".";
    case 2:
      return "Focal point for " + o.acronym + " (\"referral mechanism\", NRM), since " +
             std::to_string(2010 + rng.below(15)) + ".";
    case 3: return "Састанак у Београду, \"Атина\", 2023.\nДоговорено: обука, размена података.";
    default:
      return "Takimi në Tiranë, \"Tjetër Vizion\"; ndjekje pas 3 muajsh.\nTel. vetëm në mëngjes, "
             "ju lutem.";
  }
}

/// Capitalised ASCII: "Đorđević" as typed without the letters, "Djordjevic".
std::string without_diacritics(std::string_view name) {
  std::string out = liaison_bench::fold_key(name);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

std::vector<std::string> split_spaces(const std::string& text) {
  std::vector<std::string> parts;
  std::istringstream words(text);
  for (std::string word; words >> word;) parts.push_back(word);
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out.append(separator);
    out.append(part);
  }
  return out;
}

/// A number in one of the forms people write, with its last three digits
/// drawn anew so that rows made from one template person differ.
/// `international_only`: the row has no country to read a national form by.
std::string phone_text(Rng& rng, const SyntheticPhone& phone, bool international_only) {
  // "+355 69 123 4567" -> calling code "355", groups {"69", "123", "4567"}.
  std::vector<std::string> groups = split_spaces(phone.international);
  const std::string calling = groups.front().substr(1);
  groups.erase(groups.begin());
  std::string& last = groups.back();
  for (std::size_t k = last.size() - 3; k < last.size(); ++k) {
    last[k] = static_cast<char>('0' + rng.below(10));
  }
  const std::string compact = join(groups, "");
  static const std::vector<unsigned> weights{25, 10, 25, 10, 10, 5, 5, 10};
  static const std::vector<unsigned> international_weights{0, 0, 25, 10, 10, 5, 0, 0};
  switch (rng.weighted(international_only ? international_weights : weights)) {
    case 0: return "0" + join(groups, " ");                     // 069 123 4567
    case 1: return "0" + compact;                               // 0691234567
    case 2: return "+" + calling + " " + join(groups, " ");     // +355 69 123 4567
    case 3: return "+" + calling + compact;                     // +355691234567
    case 4: return "00" + calling + " " + join(groups, " ");    // 00355 69 123 4567
    case 5: return "+" + calling + " (0)" + join(groups, " ");  // +355 (0)69 123 4567
    case 6: return "0" + join(groups, "-");                     // 069-123-4567
    default: {                                                  // 069/123-4567
      std::string rest = join(std::vector<std::string>(groups.begin() + 1, groups.end()), "-");
      return "0" + groups.front() + "/" + rest;
    }
  }
}

/// How each organization is named in the file, the same on every row:
/// by its name (Latin or Cyrillic) or by its acronym.
std::vector<std::string> organization_labels(const SyntheticDirectory& generator,
                                             std::uint64_t seed) {
  Rng rng(seed ^ 0x4F52474C4142454CULL);
  std::vector<std::string> labels;
  for (std::size_t j = 0; j < generator.organization_count(); ++j) {
    const SyntheticOrganization& o = generator.organization(j);
    labels.push_back(rng.chance(30) ? o.acronym : o.name);
  }
  return labels;
}

struct Generated {
  std::uint64_t bytes = 0;
  std::size_t cyrillic = 0, ascii_names = 0, with_phone = 0, multi_line = 0, birthdays = 0;
  std::size_t organizations = 0;
  double seconds = 0;
};

void make_row(std::array<std::string, column_count>& cells, Generated& g, std::size_t index,
              std::uint64_t seed, const SyntheticDirectory& generator,
              const std::vector<std::string>& labels) {
  for (auto& cell : cells) cell.clear();
  Rng rng(seed ^ (0xD1B54A32D192ED03ULL * (index + 1)));
  rng.next();
  const SyntheticPerson p = generator.person(rng.below(generator.person_count()));
  const SyntheticOrganization& o = generator.organization(p.organization);

  if (rng.chance(95)) {
    char id[32];
    std::snprintf(id, sizeof id, "CRM-%07llu", static_cast<unsigned long long>(index + 1));
    cells[external_id] = id;
  }
  if (rng.chance(3)) cells[prefix] = rng.chance(50) ? "Dr." : "Prof.";
  // A few rows in Cyrillic (a third of the names the generator writes so);
  // some Latin ones typed without their diacritics.
  const bool cyrillic = p.cyrillic && rng.chance(35);
  if (cyrillic) {
    cells[given_name] = p.given_cyrillic;
    cells[family_name] = p.family_cyrillic;
    ++g.cyrillic;
  } else if (rng.chance(15)) {
    cells[given_name] = without_diacritics(p.given_latin);
    cells[family_name] = without_diacritics(p.family_latin);
    ++g.ascii_names;
  } else {
    cells[given_name] = p.given_latin;
    cells[family_name] = p.family_latin;
  }
  if (rng.chance(2))
    cells[middle_name] = std::string(1, static_cast<char>('A' + rng.below(26))) + ".";
  if (rng.chance(25)) {
    const int year = 1955 + static_cast<int>(rng.below(45));
    const int month = 1 + static_cast<int>(rng.below(12));
    const int day = 1 + static_cast<int>(rng.below(28));
    char date[48];
    switch (rng.weighted({50, 30, 15, 5})) {
      case 0: std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day); break;
      case 1: std::snprintf(date, sizeof date, "%02d.%02d.%04d", day, month, year); break;
      case 2: std::snprintf(date, sizeof date, "%02d/%02d/%04d", day, month, year); break;
      default: std::snprintf(date, sizeof date, "--%02d-%02d", month, day); break;
    }
    cells[birthday] = date;
    ++g.birthdays;
  }

  cells[organization] = labels[p.organization];
  if (rng.chance(3)) cells[organization] = liaison_bench::to_lower(cells[organization]);
  if (rng.chance(10)) cells[department] = departments()[rng.below(departments().size())];
  if (rng.chance(92)) cells[title] = p.title;
  if (rng.chance(4)) cells[role] = rng.chance(50) ? "Focal point" : "Trainer";

  // One or two addresses; a second one sometimes shares the first's cell.
  cells[email] = p.emails.front();
  const std::string family_word = liaison_bench::fold_key(p.family_latin);
  if (rng.chance(40)) {
    const std::string personal = liaison_bench::fold_key(p.given_latin) + "." + family_word +
                                 std::to_string(rng.below(1000)) + "@" +
                                 (rng.chance(60) ? "gmail.com" : "yahoo.com");
    if (rng.chance(15)) {
      cells[email] += " ::: " + personal;
    } else {
      cells[email2] = personal;
    }
  }

  // The record's country: a code, sometimes the English name, rarely none.
  const unsigned where = static_cast<unsigned>(rng.below(100));
  if (where < 85) {
    cells[country] = p.country;
  } else if (where < 95) {
    cells[country] = liaison_bench::country_name(p.country);
  }
  if (rng.chance(50)) {
    ++g.with_phone;
    const bool international_only = cells[country].empty();
    const SyntheticPhone& first = p.phones.front();
    cells[first.mobile ? mobile : phone] = phone_text(rng, first, international_only);
    if (p.phones.size() > 1 && rng.chance(40)) {
      const SyntheticPhone& second = p.phones[1];
      cells[second.mobile    ? mobile
            : rng.chance(20) ? fax
                             : phone] = phone_text(rng, second, international_only);
    }
  }
  if (rng.chance(5)) cells[website] = "https://" + o.domain;
  if (rng.chance(20)) {
    const Place& place = place_of(p.country);
    cells[street] = std::string(place.streets[rng.below(place.streets.size())]) + " " +
                    std::to_string(1 + rng.below(120));
    cells[locality] = o.city.empty() ? place.capital : o.city;
    const std::uint64_t low = place.postcode_digits == 4 ? 1000 : 10000;
    cells[postal_code] = std::to_string(low + rng.below(9 * low));
  }
  cells[tags] = join(p.tags, rng.chance(80) ? ", " : ",");
  if (rng.chance(8)) {
    cells[notes] = long_note(rng, o);
    g.multi_line += cells[notes].find('\n') != std::string::npos;
  } else {
    cells[notes] = p.notes;
  }
  if (rng.chance(5))
    cells[identifier] = "staff:" + o.acronym + "-" + std::to_string(rng.below(100000));
}

Generated write_rows(const Options& options, const fs::path& file) {
  const Clock::time_point start = Clock::now();
  const SyntheticDirectory generator(template_persons, options.seed);
  const std::vector<std::string> labels = organization_labels(generator, options.seed);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + file.string());
  Generated g;
  g.organizations = generator.organization_count();
  std::string text(native_header);
  text += "\r\n";
  std::array<std::string, column_count> cells;
  for (std::size_t i = 0; i < options.rows; ++i) {
    make_row(cells, g, i, options.seed, generator, labels);
    for (std::size_t c = 0; c < column_count; ++c) {
      if (c > 0) text += ',';
      put_field(text, cells[c]);
    }
    text += "\r\n";
    if (text.size() > (1u << 20)) {
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      g.bytes += text.size();
      text.clear();
    }
  }
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  g.bytes += text.size();
  out.close();
  if (!out) throw std::runtime_error("cannot write " + file.string());
  g.seconds = seconds_since(start);
  return g;
}

// ---------------------------------------------------------------------------
// Reading a CSV file back: records and the cells that are not blank, per
// column of the header. RFC 4180 quoting; line breaks inside quotes belong
// to the field.

struct CsvCounts {
  std::vector<std::string> header;
  std::size_t records = 0;  // without the header
  // Records with no name, title or role cell: an export's organizations.
  std::size_t unnamed = 0;
  std::vector<std::size_t> filled;
};

CsvCounts scan_csv(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  CsvCounts counts;
  std::vector<char> buffer(1 << 20);
  bool quoted = false, quote_seen = false, in_header = true, filled = false, any = false;
  std::string field;
  std::size_t column = 0;
  std::vector<bool> person_column;  // by index: a cell only a person's row fills
  bool named = false;
  const auto end_field = [&] {
    if (in_header) {
      static const std::vector<std::string> person_fields = {
          "prefix",    "given_name", "middle_name", "family_name", "suffix",
          "full_name", "nickname",   "title",       "role"};
      person_column.push_back(std::find(person_fields.begin(), person_fields.end(), field) !=
                              person_fields.end());
      counts.header.push_back(field);
      field.clear();
    } else if (filled) {
      if (column >= counts.filled.size()) counts.filled.resize(column + 1);
      ++counts.filled[column];
      named = named || (column < person_column.size() && person_column[column]);
    }
    filled = false;
    ++column;
  };
  const auto end_record = [&] {
    end_field();
    if (!in_header) ++counts.records;
    if (!in_header && !named) ++counts.unnamed;
    named = false;
    in_header = false;
    column = 0;
    any = false;
  };
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    for (std::size_t k = 0; k < got; ++k) {
      const char c = buffer[k];
      if (quoted) {
        if (c == '"') {
          quoted = false;
          quote_seen = true;
        } else {
          filled = true;
          if (in_header) field += c;
        }
        continue;
      }
      if (c == '"') {
        if (quote_seen) {  // "" inside a quoted field
          filled = true;
          if (in_header) field += c;
        }
        quoted = true;
        quote_seen = false;
        any = true;
        continue;
      }
      quote_seen = false;
      if (c == ',') {
        end_field();
        any = true;
      } else if (c == '\n') {
        if (any || column > 0) end_record();
      } else if (c != '\r') {
        any = true;
        if (c != ' ' && c != '\t') filled = true;
        if (in_header) field += c;
      }
    }
  }
  if (any || column > 0) end_record();
  counts.filled.resize(std::max(counts.filled.size(), counts.header.size()));
  return counts;
}

// ---------------------------------------------------------------------------
// Child processes

struct ChildRun {
  int status = -1;     ///< wait status
  double seconds = 0;  ///< wall time, fork to exit
  /// User and system CPU time (rusage): on a busy machine, the figure the
  /// other processes disturb least.
  double cpu_seconds = 0;
  double peak_rss_mib = 0;
  /// The largest RssAnon seen while it ran: RSS without the pages of the
  /// files mapped into it (SQLite maps the database, mmap_size).
  double peak_anon_mib = 0;
  std::string log;  ///< stdout and stderr
};

/// RssAnon of a running process in MiB; 0 once it has exited.
double rss_anon_mib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("RssAnon:", 0) == 0) return std::stod(line.substr(8)) / 1024.0;  // kB
  }
  return 0;
}

std::string describe(const std::vector<std::string>& argv) {
  std::string text;
  for (const auto& arg : argv) {
    const bool plain = arg.find_first_of(" '\"();*") == std::string::npos && !arg.empty();
    text += (text.empty() ? "" : " ") + (plain ? arg : "'" + arg + "'");
  }
  return text;
}

/// Runs a program with stdin from `input` and stdout and stderr into
/// `log_path`, from before
/// fork() to after wait4(): process start and exit included. Peak RSS is
/// the child's own (rusage); RssAnon is sampled from /proc every ms.
ChildRun run_child(const std::vector<std::string>& argv, const fs::path& log_path,
                   const fs::path& input = "/dev/null") {
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  std::cout.flush();

  const Clock::time_point start = Clock::now();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      close(fd);
    }
    const int in = open(input.c_str(), O_RDONLY);
    if (in >= 0) {
      dup2(in, STDIN_FILENO);
      close(in);
    }
    execv(args[0], args.data());
    _exit(127);
  }
  ChildRun run;
  rusage usage{};
  for (;;) {
    const pid_t done = wait4(pid, &run.status, WNOHANG, &usage);
    if (done == pid) break;
    if (done < 0) throw std::runtime_error("wait4 failed");
    run.peak_anon_mib = std::max(run.peak_anon_mib, rss_anon_mib(pid));
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  run.seconds = seconds_since(start);
  run.peak_rss_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
  const auto seconds_of = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  run.cpu_seconds = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);

  std::ifstream log(log_path, std::ios::binary);
  std::ostringstream text;
  text << log.rdbuf();
  run.log = text.str();
  return run;
}

bool succeeded(const ChildRun& run) {
  return WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0;
}

std::string tail_of(const std::string& text, std::size_t size = 2000) {
  return text.size() > size ? "..." + text.substr(text.size() - size) : text;
}

void require(const ChildRun& run, const std::vector<std::string>& argv) {
  if (succeeded(run)) return;
  throw std::runtime_error(describe(argv) + " failed (wait status " + std::to_string(run.status) +
                           "):\n" + tail_of(run.log));
}

/// The first line of `text` that starts with `prefix`, or "".
std::string line_starting(const std::string& text, std::string_view prefix) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) return line;
  }
  return {};
}

std::vector<std::string> lines_starting(const std::string& text, std::string_view prefix) {
  std::vector<std::string> found;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) found.push_back(line);
  }
  return found;
}

/// The number after `word` in `line` ("read 1000, created ..."), or -1.
long long number_after(const std::string& line, std::string_view word) {
  const std::size_t at = line.find(word);
  if (at == std::string::npos) return -1;
  std::size_t k = at + word.size();
  while (k < line.size() && line[k] == ' ') ++k;
  long long value = -1;
  for (; k < line.size() && line[k] >= '0' && line[k] <= '9'; ++k) {
    value = (value < 0 ? 0 : value * 10) + (line[k] - '0');
  }
  return value;
}

/// Physical lines [first, first + count) of a file, to show the row an
/// error names.
std::string file_lines(const fs::path& file, std::size_t first, std::size_t count) {
  std::ifstream in(file, std::ios::binary);
  std::string out;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (number >= first + count) break;
    if (number >= first) out += std::to_string(number) + ": " + line + "\n";
  }
  return out;
}

// ---------------------------------------------------------------------------
// The anchor

struct AnchorRun {
  bool ran = false;
  ChildRun child;
  double fts_seconds = -1;  ///< CREATE + rebuild, from the shell's .timer
  long long rows = -1;      ///< count(*) of the imported table
  long long hits = -1;      ///< an FTS5 query, as a sanity check
};

AnchorRun run_anchor(const fs::path& file, const fs::path& dir) {
  AnchorRun anchor;
  if (!fs::exists(sqlite3_shell)) {
    std::cout << "anchor: SKIPPED, " << sqlite3_shell
              << " is missing (Debian package sqlite3; bench/run-csv-bench installs it)\n";
    return anchor;
  }
  const fs::path db = dir / "anchor.db";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
  // A script on stdin: the shell's .timer reports statements read from
  // input, not those given as arguments.
  const fs::path script = dir / "anchor.sql";
  {
    std::ofstream sql(script, std::ios::trunc);
    sql << ".mode csv\n"
        << ".import " << file.string() << " t\n"
        << ".timer on\n"
        << "CREATE VIRTUAL TABLE f USING fts5(" << anchor_columns << ", content='t');\n"
        << "INSERT INTO f(f) VALUES('rebuild');\n"
        << ".timer off\n"
        << "SELECT 'rows', count(*) FROM t;\n"
        << "SELECT 'hits', count(*) FROM f WHERE f MATCH 'jovanovic';\n";
    if (!sql) throw std::runtime_error("cannot write " + script.string());
  }
  const std::vector<std::string> argv{sqlite3_shell, "-bail", db.string()};
  std::cout << "anchor: " << describe(argv) << " < " << script.string() << "\n";
  anchor.child = run_child(argv, dir / "anchor.log", script);
  require(anchor.child, argv);
  anchor.ran = true;
  anchor.fts_seconds = 0;
  for (const std::string& line : lines_starting(anchor.child.log, "Run Time: real ")) {
    anchor.fts_seconds += std::stod(line.substr(15));
  }
  anchor.rows = number_after(line_starting(anchor.child.log, "rows,"), "rows,");
  anchor.hits = number_after(line_starting(anchor.child.log, "hits,"), "hits,");
  return anchor;
}

// ---------------------------------------------------------------------------

const char* verdict(bool ok) { return ok ? "met" : "MISSED"; }

std::string fixed(double value, int digits) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(digits) << value;
  return text.str();
}

int run(const Options& options) {
  const fs::path dir = fs::absolute(options.dir);
  fs::create_directories(dir);
  const fs::path file = dir / ("rows-" + std::to_string(options.rows) + ".csv");
  const fs::path db = dir / "bench.db";
  const fs::path exported = dir / "out.csv";

  std::cout << "csv_bench: liaison " << liaison::version() << ", " << options.rows << " rows, seed "
            << options.seed << "\n";
  const Generated g = write_rows(options, file);
  std::cout << std::fixed << std::setprecision(2) << "file: " << file.string() << ", "
            << mib(static_cast<double>(g.bytes)) << " MiB (" << std::setprecision(0)
            << static_cast<double>(g.bytes) / static_cast<double>(options.rows)
            << " bytes a row), written in " << std::setprecision(2) << g.seconds << " s\n"
            << "  " << g.organizations << " organizations; rows with a phone " << g.with_phone
            << ", a birthday " << g.birthdays << ", a Cyrillic name " << g.cyrillic
            << ", a name without its diacritics " << g.ascii_names << ", a note of several lines "
            << g.multi_line << "\n"
            << std::flush;

  // The anchor first: its .import also brings the file into the page cache.
  const AnchorRun anchor = run_anchor(file, dir);
  if (anchor.ran) {
    std::cout << std::setprecision(3) << "anchor (sqlite3, fork to exit): " << anchor.child.seconds
              << " s (CPU " << anchor.child.cpu_seconds << " s), of which FTS5 create + rebuild "
              << anchor.fts_seconds << " s (.timer), so .import about "
              << anchor.child.seconds - anchor.fts_seconds << " s; " << anchor.rows
              << " rows in t, " << anchor.hits << " hits for 'jovanovic'; peak RSS "
              << std::setprecision(1) << anchor.child.peak_rss_mib << " MiB\n";
    if (anchor.rows != static_cast<long long>(options.rows)) {
      std::cout << "anchor: WARNING: expected " << options.rows << " rows in t\n";
    }
  }

  // A fresh directory each run: importing into an old one would update.
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
  const std::string cli = LIAISON_CLI;
  const std::vector<std::string> init_argv{cli, "--db", db.string(), "init", "--region", "AL"};
  require(run_child(init_argv, dir / "init.log"), init_argv);

  const std::vector<std::string> import_argv{cli, "--db", db.string(), "import", file.string()};
  std::cout << "import: " << describe(import_argv) << "\n";
  const ChildRun import = run_child(import_argv, dir / "import.log");
  if (!succeeded(import)) {
    // Show the row the error names ("FILE:LINE: row N ...").
    const std::string prefix = file.string() + ":";
    const std::size_t at = import.log.find(prefix);
    if (at != std::string::npos) {
      const long long line = number_after(import.log.substr(at), prefix);
      if (line > 0) {
        std::cout << "import failed at line " << line << " of the file:\n"
                  << file_lines(file, static_cast<std::size_t>(line), 3);
      }
    }
    require(import, import_argv);
  }
  const std::string report = line_starting(import.log, "read ");
  const long long rows_read = number_after(report, "read ");
  const std::vector<std::string> warnings = lines_starting(import.log, "warning");
  std::cout << std::setprecision(3) << "import (liaison CLI, fork to exit): " << import.seconds
            << " s (CPU " << import.cpu_seconds << " s), peak RSS " << std::setprecision(1)
            << import.peak_rss_mib << " MiB (anonymous " << import.peak_anon_mib << " MiB); "
            << report << "; " << warnings.size() << " warning lines (import.log)\n";
  for (std::size_t k = 0; k < warnings.size() && k < 5; ++k) {
    std::cout << "  " << warnings[k].substr(0, 300) << "\n";
  }
  std::cout << std::flush;

  const std::vector<std::string> export_argv{cli,        "--db", db.string(), "export",
                                             "--format", "csv",  "-o",        exported.string()};
  std::cout << "export: " << describe(export_argv) << "\n";
  const ChildRun exporting = run_child(export_argv, dir / "export.log");
  require(exporting, export_argv);
  const long long rows_said = number_after(line_starting(exporting.log, "wrote "), "wrote ");
  std::cout << std::setprecision(3) << "export (liaison CLI, fork to exit): " << exporting.seconds
            << " s (CPU " << exporting.cpu_seconds << " s), peak RSS " << std::setprecision(1)
            << exporting.peak_rss_mib << " MiB (anonymous " << exporting.peak_anon_mib << " MiB), "
            << mib(static_cast<double>(fs::file_size(exported))) << " MiB written; "
            << line_starting(exporting.log, "wrote ") << "\n"
            << std::flush;

  // What came back: records, and the filled cells of each column.
  const CsvCounts in = scan_csv(file);
  const CsvCounts out = scan_csv(exported);
  const std::string out_header = join(out.header, ",");
  const bool same_header = out_header == native_header;
  std::cout << "check: the file has " << in.records << " records; the export " << out.records
            << " records (" << out.unnamed << " of organizations), header "
            << (same_header ? "the native one" : "DIFFERENT: " + out_header) << "\n";
  std::cout << "check: filled cells per column, file -> export (where they differ):\n";
  std::size_t differ = 0;
  for (std::size_t c = 0; c < in.header.size(); ++c) {
    const auto found = std::find(out.header.begin(), out.header.end(), in.header[c]);
    const std::size_t back = found == out.header.end()
                                 ? 0
                                 : out.filled[static_cast<std::size_t>(found - out.header.begin())];
    if (back == in.filled[c]) continue;
    ++differ;
    std::cout << "  " << std::left << std::setw(12) << in.header[c] << std::right << std::setw(10)
              << in.filled[c] << " -> " << back << "\n";
  }
  if (differ == 0) std::cout << "  (none)\n";

  const double peak_mb = target_peak_mb * 1e6 / (1024.0 * 1024.0);  // in MiB
  const double import_rate = static_cast<double>(options.rows) / import.seconds;
  const double export_rate = static_cast<double>(out.records) / exporting.seconds;
  const double export_ratio = exporting.seconds / import.seconds;
  const auto row = [](const char* figure, const std::string& value, const std::string& target) {
    std::cout << "  " << std::left << std::setw(36) << figure << std::right << std::setw(12)
              << value << "   " << target << '\n';
  };
  std::cout << "\n== summary: " << options.rows << " rows, seed " << options.seed << " ==\n";
  row("rows", std::to_string(options.rows), "");
  row("file MiB", fixed(mib(static_cast<double>(g.bytes)), 1), "");
  if (anchor.ran) {
    row("anchor s (sqlite3 .import + FTS5)", fixed(anchor.child.seconds, 2), "(the anchor)");
    row("  of which FTS5 rebuild s", fixed(anchor.fts_seconds, 2), "");
    row("anchor CPU s", fixed(anchor.child.cpu_seconds, 2), "");
  } else {
    row("anchor s", "skipped", "");
  }
  row("import s (CLI, fork to exit)", fixed(import.seconds, 2), "");
  row("import CPU s", fixed(import.cpu_seconds, 2), "");
  row("import rows/s", fixed(import_rate, 0), "");
  if (anchor.ran) {
    const double ratio = import.seconds / anchor.child.seconds;
    row("import / anchor", fixed(ratio, 2),
        std::string("<= 3: ") + verdict(ratio <= target_import_ratio) +
            "; stretch <= 1.5: " + verdict(ratio <= stretch_import_ratio));
    row("  the same in CPU time", fixed(import.cpu_seconds / anchor.child.cpu_seconds, 2),
        "(for a busy machine)");
  }
  row("import peak RSS MiB", fixed(import.peak_rss_mib, 1),
      std::string("<= 150 MB (143.1 MiB): ") + verdict(import.peak_rss_mib <= peak_mb));
  row("import peak anonymous MiB", fixed(import.peak_anon_mib, 1), "(RSS less mapped files)");
  row("rows read by the import", std::to_string(rows_read),
      rows_read == static_cast<long long>(options.rows) ? "all" : "NOT ALL");
  row("export s (CLI, fork to exit)", fixed(exporting.seconds, 2), "");
  row("export CPU s", fixed(exporting.cpu_seconds, 2), "");
  row("export rows/s", fixed(export_rate, 0), "");
  row("export / import", fixed(export_ratio, 2),
      std::string("<= 1: ") + verdict(export_ratio <= target_export_ratio));
  row("  the same in CPU time", fixed(exporting.cpu_seconds / import.cpu_seconds, 2),
      "(for a busy machine)");
  row("export peak RSS MiB", fixed(exporting.peak_rss_mib, 1),
      std::string("<= 150 MB (143.1 MiB): ") + verdict(exporting.peak_rss_mib <= peak_mb));
  row("export peak anonymous MiB", fixed(exporting.peak_anon_mib, 1), "(RSS less mapped files)");
  // The export writes the organizations the rows named before the people.
  const std::size_t people_out = out.records - out.unnamed;
  row("rows in the export", std::to_string(out.records),
      std::to_string(out.unnamed) + " organizations, then " + std::to_string(people_out) +
          " people: " +
          (people_out == options.rows && rows_said == static_cast<long long>(out.records)
               ? "as many as imported"
               : "NOT AS MANY (CLI said " + std::to_string(rows_said) + ")"));
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  try {
    options = parse_options(argc, argv);
  } catch (const UsageError& error) {
    std::cerr << "csv_bench: " << error.message << '\n' << usage_text;
    return 2;
  }
  try {
    return run(options);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "csv_bench: " << error.what() << '\n';
    return 1;
  }
}
