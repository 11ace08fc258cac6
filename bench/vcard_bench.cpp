// vcard_bench: how fast liaison reads and imports a large vCard file, set
// against Python's vobject parsing the same file in the same run.
//
//   vcard_bench --cards N --dir DIR [--seed S]
//
// It writes a seeded vCard file of N cards (most 3.0, a fifth in Android's
// 2.1 style with QUOTED-PRINTABLE) into DIR, then times:
//   - the private streaming reader alone, in-process (best of 3);
//   - the anchor: vobject.readComponents over the file, timed inside Python
//     (bench/vobject_parse.py under /usr/bin/python3; best of 1: it is slow);
//   - `liaison import FILE`, the real CLI as a child process, fork to exit,
//     so process start, opening the directory and committing are counted;
//   - `liaison export --format vcard`, the same way.
// Peak memory of the children comes from wait4()'s rusage; flatness in the
// number of cards shows by running two sizes (bench/run-vcard-bench does).
//
// It reads liaison's private reader header (src/formats/vcard/reader.hpp)
// because the target is about the reader alone; everything else goes
// through the CLI. A benchmark, not a test: it prints figures and never
// fails on them. Exit codes: 0 done, 1 something failed, 2 bad command line.
#include "synthetic_directory.hpp"

#include "formats/vcard/reader.hpp"

#include <liaison/version.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
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
#ifndef LIAISON_VOBJECT_SCRIPT
#error "LIAISON_VOBJECT_SCRIPT (the path of bench/vobject_parse.py) must be defined by the build"
#endif

namespace {

namespace fs = std::filesystem;
using liaison_bench::Rng;
using liaison_bench::SyntheticDirectory;
using liaison_bench::SyntheticOrganization;
using liaison_bench::SyntheticPerson;
using Clock = std::chrono::steady_clock;

constexpr const char* python = "/usr/bin/python3";

// The targets of the issue, as multiples of vobject's parse rate.
constexpr double target_reader_ratio = 50;
constexpr double target_import_ratio = 10;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double mib(double bytes) { return bytes / (1024.0 * 1024.0); }

// ---------------------------------------------------------------------------
// The command line

struct Options {
  std::size_t cards = 0;
  std::string dir;
  std::uint64_t seed = 20160831;
};

constexpr const char* usage_text =
    "usage: vcard_bench --cards N --dir DIR [--seed S]\n"
    "  --cards N  cards in the generated file\n"
    "  --dir DIR  where the file, the directory and the logs go (created)\n"
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
    if (arg == "--cards") {
      options.cards = parse_number(arg, value());
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
  if (options.cards == 0) throw UsageError{"--cards N (N > 0) is required"};
  if (options.dir.empty()) throw UsageError{"--dir DIR is required"};
  return options;
}

// ---------------------------------------------------------------------------
// Writing cards. The writer here is the benchmark's own, not liaison's, so
// that the file does not share liaison's idea of what vCard looks like.

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// vCard 3.0 text escapes (RFC 2426 5.8.4).
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ',' || c == ';') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

/// One content line, folded at 75 octets. A fold never splits a UTF-8
/// sequence (RFC 6350 3.2 asks writers not to), so a Cyrillic name
/// crosses a fold whole.
void put_line(std::string& out, std::string_view line) {
  std::size_t limit = 75;
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;  // the leading space counts
  }
  out.append(line);
  out += "\r\n";
}

/// A vCard 2.1 line as Android writes one for non-ASCII text: UTF-8 bytes
/// in QUOTED-PRINTABLE, long lines broken by soft line breaks ("=" CRLF),
/// not by folding. `head` is the name and parameters up to the ':'.
void put_qp_line(std::string& out, std::string_view head, std::string_view value) {
  static constexpr char hex[] = "0123456789ABCDEF";
  static constexpr std::string_view parameters = ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:";
  out.append(head);
  out.append(parameters);
  std::size_t column = head.size() + parameters.size();
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    char token[3] = {c, 0, 0};
    std::size_t length = 1;
    if (byte >= 0x80 || c == '=' || byte < 0x20) {
      token[0] = '=';
      token[1] = hex[byte >> 4];
      token[2] = hex[byte & 0xF];
      length = 3;
    }
    if (column + length > 74) {  // 75 with the '=' of the soft break
      out += "=\r\n";
      column = 0;
    }
    out.append(token, length);
    column += length;
  }
  out += "\r\n";
}

const std::vector<const char*>& units_latin() {
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

const std::vector<const char*>& units_cyrillic() {
  static const std::vector<const char*> list{
      "Одељење за међународну сарадњу", "Сектор граничне полиције",
      "Одсек за борбу против трговине људима", "Правна служба", "Аналитичко одељење"};
  return list;
}

/// A few real streets of each country's capital; the ADR city is the
/// organization's (its capital for a national body).
struct Place {
  const char* country;
  const char* capital;
  std::vector<const char*> streets;
};

const Place& place_of(std::string_view country) {
  static const std::vector<Place> places{
      {"AL", "Tirana", {"Rruga e Durrësit", "Bulevardi Dëshmorët e Kombit", "Rruga e Kavajës"}},
      {"RS", "Beograd", {"Кнеза Милоша", "Булевар краља Александра", "Bulevar Mihajla Pupina"}},
      {"MK", "Skopje", {"Булевар Партизански одреди", "Улица Македонија", "Bulevar Ilinden"}},
      {"BA", "Sarajevo", {"Zmaja od Bosne", "Maršala Tita", "Ferhadija"}},
      {"ME", "Podgorica", {"Bulevar Svetog Petra Cetinjskog", "Njegoševa", "Slobode"}},
      {"XK", "Prishtinë", {"Bulevardi Nënë Tereza", "Rruga Ibrahim Rugova", "Rruga Agim Ramadani"}},
      {"HR", "Zagreb", {"Ilica", "Trg bana Jelačića", "Ulica grada Vukovara"}}};
  for (const Place& place : places) {
    if (country == place.country) return place;
  }
  return places.back();
}

/// What a card says beyond the synthetic person: drawn from the card's own
/// stream, so the person stays the one SyntheticDirectory makes.
struct CardExtras {
  bool v21 = false;
  std::string unit;
  std::string street, city, postcode;  // street empty: no ADR
  std::string x_name, x_value;         // x_name empty: no X- property
};

CardExtras draw_extras(std::uint64_t seed, std::size_t index, const SyntheticPerson& p,
                       const SyntheticOrganization& o) {
  Rng rng(seed ^ (0xD1B54A32D192ED03ULL * (index + 1)));
  CardExtras e;
  e.v21 = rng.chance(20);
  if (rng.chance(30)) {
    const bool cyrillic = o.name != o.english_name;
    const auto& units = cyrillic ? units_cyrillic() : units_latin();
    e.unit = units[rng.below(units.size())];
  }
  if (rng.chance(40)) {
    const Place& place = place_of(o.country);
    e.street = std::string(place.streets[rng.below(place.streets.size())]) + " " +
               std::to_string(1 + rng.below(120));
    e.city = o.city.empty() ? place.capital : o.city;
    e.postcode = std::to_string(10000 + rng.below(90000));
  }
  const std::string local =
      liaison_bench::fold_key(p.given_latin) + "." + liaison_bench::fold_key(p.family_latin);
  switch (rng.below(6)) {
    case 0:
      e.x_name = "X-SKYPE-USERNAME";
      e.x_value = local;
      break;
    case 1:
      e.x_name = "X-SOCIALPROFILE;TYPE=linkedin";
      e.x_value = "https://www.linkedin.com/in/" + local;
      break;
    default: break;
  }
  return e;
}

/// The number as this person's contacts would have it: Albanian numbers
/// (the directory's region, `init --region AL`) often in national form,
/// every other country's with its +code.
const std::string& tel_of(const SyntheticPerson& p, const liaison_bench::SyntheticPhone& phone) {
  return p.country == "AL" ? phone.stored : phone.international;
}

void put_card_30(std::string& out, const SyntheticPerson& p, const SyntheticOrganization& o,
                 const CardExtras& e) {
  out += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
  put_line(out, "UID:" + p.uid);
  put_line(out, "N:" + escaped(p.family) + ";" + escaped(p.given) + ";;;");
  put_line(out, "FN:" + escaped(p.full_name()));
  put_line(out, "ORG:" + escaped(o.name) + (e.unit.empty() ? "" : ";" + escaped(e.unit)));
  put_line(out, "TITLE:" + escaped(p.title));
  for (std::size_t k = 0; k < p.emails.size(); ++k) {
    put_line(out, std::string(k == 0 ? "EMAIL;TYPE=INTERNET,WORK:" : "EMAIL;TYPE=INTERNET,HOME:") +
                      p.emails[k]);
  }
  for (const auto& phone : p.phones) {
    put_line(out, std::string(phone.mobile ? "TEL;TYPE=CELL:" : "TEL;TYPE=WORK,VOICE:") +
                      tel_of(p, phone));
  }
  if (!e.street.empty()) {
    put_line(out, "ADR;TYPE=WORK:;;" + escaped(e.street) + ";" + escaped(e.city) + ";;" +
                      e.postcode + ";" + escaped(liaison_bench::country_name(o.country)));
  }
  if (!p.tags.empty()) {
    std::string line = "CATEGORIES:";
    for (std::size_t k = 0; k < p.tags.size(); ++k) line += (k ? "," : "") + escaped(p.tags[k]);
    put_line(out, line);
  }
  if (!p.notes.empty()) put_line(out, "NOTE:" + escaped(p.notes));
  if (!e.x_name.empty()) put_line(out, e.x_name + ":" + e.x_value);
  out += "END:VCARD\r\n";
}

/// vCard 2.1, Android style: bare types, no escapes but \; in structured
/// values, QUOTED-PRINTABLE for any value that is not ASCII.
void put_card_21(std::string& out, const SyntheticPerson& p, const SyntheticOrganization& o,
                 const CardExtras& e) {
  const auto semi = [](std::string_view text) {
    std::string s;
    for (char c : text) {
      if (c == ';') s += '\\';
      s += c;
    }
    return s;
  };
  const auto put = [&out](std::string_view head, const std::string& value) {
    if (is_ascii(value)) {
      put_line(out, std::string(head) + ":" + value);
    } else {
      put_qp_line(out, head, value);
    }
  };
  out += "BEGIN:VCARD\r\nVERSION:2.1\r\n";
  put("N", semi(p.family) + ";" + semi(p.given) + ";;;");
  put("FN", p.full_name());
  put("ORG", semi(o.name) + (e.unit.empty() ? "" : ";" + semi(e.unit)));
  put("TITLE", p.title);
  for (const auto& phone : p.phones) {
    put(phone.mobile ? "TEL;CELL" : "TEL;WORK;VOICE", tel_of(p, phone));
  }
  for (std::size_t k = 0; k < p.emails.size(); ++k) {
    put(k == 0 ? "EMAIL;INTERNET;WORK" : "EMAIL;INTERNET;HOME", p.emails[k]);
  }
  if (!e.street.empty()) {
    put("ADR;WORK", ";;" + semi(e.street) + ";" + semi(e.city) + ";;" + e.postcode + ";" +
                        liaison_bench::country_name(o.country));
  }
  if (!p.tags.empty()) {
    std::string value;
    for (std::size_t k = 0; k < p.tags.size(); ++k) value += (k ? "," : "") + p.tags[k];
    put("CATEGORIES", value);
  }
  if (!p.notes.empty()) put("NOTE", p.notes);
  if (!e.x_name.empty()) put(e.x_name, e.x_value);
  put("UID", p.uid);
  out += "END:VCARD\r\n";
}

struct Generated {
  std::uint64_t bytes = 0;
  std::size_t v21_cards = 0;
  double seconds = 0;
};

Generated write_cards(const Options& options, const fs::path& file) {
  const Clock::time_point start = Clock::now();
  const SyntheticDirectory generator(options.cards, options.seed);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + file.string());
  Generated g;
  std::string card;
  for (std::size_t i = 0; i < options.cards; ++i) {
    const SyntheticPerson p = generator.person(i);
    const SyntheticOrganization& o = generator.organization(p.organization);
    const CardExtras e = draw_extras(options.seed, i, p, o);
    card.clear();
    if (e.v21) {
      put_card_21(card, p, o, e);
      ++g.v21_cards;
    } else {
      put_card_30(card, p, o, e);
    }
    out.write(card.data(), static_cast<std::streamsize>(card.size()));
    g.bytes += card.size();
  }
  out.close();
  if (!out) throw std::runtime_error("cannot write " + file.string());
  g.seconds = seconds_since(start);
  return g;
}

// ---------------------------------------------------------------------------
// Timing

struct ReaderRun {
  std::size_t cards = 0, broken = 0, warnings = 0;
  double seconds = 0;
};

ReaderRun read_all(const fs::path& file) {
  const Clock::time_point start = Clock::now();
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  liaison::vcard::Reader reader(in);
  ReaderRun run;
  while (std::optional<liaison::vcard::ReadItem> item = reader.next()) {
    ++(item->error ? run.broken : run.cards);
    run.warnings += item->warnings.size();
  }
  run.seconds = seconds_since(start);
  return run;
}

struct ChildRun {
  int status = -1;     ///< wait status
  double seconds = 0;  ///< wall time, fork to exit
  double peak_rss_mib = 0;
  /// The largest RssAnon seen while it ran: heap and stacks, without the
  /// pages of files mapped into it. SQLite maps the directory file
  /// (mmap_size), and those pages count in RSS though they are the page
  /// cache's, so RSS alone would grow with the file even if the heap did not.
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
  for (const auto& arg : argv) text += (text.empty() ? "" : " ") + arg;
  return text;
}

/// Runs a program with stdout and stderr into `log_path`, and measures it
/// from before fork() to after wait4(): process start and exit included,
/// as a user at a shell would feel them. Peak RSS is the child's own
/// (rusage), peak anonymous memory is sampled from /proc.
ChildRun run_child(const std::vector<std::string>& argv, const fs::path& log_path) {
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
    execv(args[0], args.data());
    _exit(127);
  }
  // Polled rather than blocking in wait4(), to sample RssAnon as it runs;
  // the exit is seen within a millisecond, small beside the runs timed.
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

  std::ifstream log(log_path, std::ios::binary);
  std::ostringstream text;
  text << log.rdbuf();
  run.log = text.str();
  return run;
}

bool succeeded(const ChildRun& run) {
  return WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0;
}

/// The child must have succeeded; otherwise the end of its log explains why.
void require(const ChildRun& run, const std::vector<std::string>& argv) {
  if (succeeded(run)) return;
  const std::string tail = run.log.size() > 2000 ? run.log.substr(run.log.size() - 2000) : run.log;
  throw std::runtime_error(describe(argv) + " failed (wait status " + std::to_string(run.status) +
                           "):\n" + tail);
}

/// The first line of `text` that starts with `prefix`, or "".
std::string line_starting(const std::string& text, std::string_view prefix) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) return line;
  }
  return {};
}

std::size_t count_lines_starting(const std::string& text, std::string_view prefix) {
  std::size_t count = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) count += line.rfind(prefix, 0) == 0;
  return count;
}

std::size_t count_cards(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::size_t count = 0;
  for (std::string line; std::getline(in, line);) count += line.rfind("BEGIN:VCARD", 0) == 0;
  return count;
}

// ---------------------------------------------------------------------------

const char* verdict(bool ok) { return ok ? "met" : "MISSED"; }

int run(const Options& options) {
  const fs::path dir = fs::absolute(options.dir);
  fs::create_directories(dir);
  const fs::path file = dir / ("cards-" + std::to_string(options.cards) + ".vcf");
  const fs::path db = dir / "bench.db";
  const fs::path exported = dir / "out.vcf";

  std::cout << "vcard_bench: liaison " << liaison::version() << ", " << options.cards
            << " cards, seed " << options.seed << "\n";
  const Generated generated = write_cards(options, file);
  std::cout << std::fixed << std::setprecision(2) << "file: " << file.string() << ", "
            << mib(static_cast<double>(generated.bytes)) << " MiB, " << generated.v21_cards
            << " cards in 2.1 style, written in " << generated.seconds << " s\n"
            << std::flush;

  // The reader alone, best of 3; the first run also warms the page cache.
  ReaderRun reader;
  for (int attempt = 0; attempt < 3; ++attempt) {
    const ReaderRun run = read_all(file);
    if (attempt == 0 || run.seconds < reader.seconds) reader = run;
  }
  const double reader_rate = static_cast<double>(reader.cards) / reader.seconds;
  std::cout << "reader (in-process, best of 3): " << reader.cards << " cards, " << reader.broken
            << " broken, " << reader.warnings << " warnings, " << std::setprecision(3)
            << reader.seconds << " s\n"
            << std::flush;
  if (reader.cards != options.cards || reader.broken != 0) {
    std::cout << "reader: WARNING: expected " << options.cards << " cards and none broken\n";
  }

  // The anchor: the script prints "<cards> <seconds of the parse>".
  const std::vector<std::string> anchor_argv{python, LIAISON_VOBJECT_SCRIPT, file.string()};
  const ChildRun anchor = run_child(anchor_argv, dir / "vobject.log");
  require(anchor, anchor_argv);
  std::size_t anchor_cards = 0;
  double anchor_seconds = 0;
  if (!(std::istringstream(anchor.log) >> anchor_cards >> anchor_seconds) || anchor_seconds <= 0) {
    throw std::runtime_error("cannot read the anchor's output: " + anchor.log);
  }
  const double anchor_rate = static_cast<double>(anchor_cards) / anchor_seconds;
  std::cout << "vobject (python3, parse only, best of 1): " << anchor_cards << " cards, "
            << anchor_seconds << " s (process " << anchor.seconds << " s, peak RSS "
            << std::setprecision(1) << anchor.peak_rss_mib << " MiB, anonymous "
            << anchor.peak_anon_mib << " MiB)\n"
            << std::flush;

  // A fresh directory each run: importing into an old one would update.
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
  const std::string cli = LIAISON_CLI;
  const std::vector<std::string> init_argv{cli, "--db", db.string(), "init", "--region", "AL"};
  require(run_child(init_argv, dir / "init.log"), init_argv);

  const std::vector<std::string> import_argv{cli, "--db", db.string(), "import", file.string()};
  const ChildRun import = run_child(import_argv, dir / "import.log");
  require(import, import_argv);
  const double import_rate = static_cast<double>(options.cards) / import.seconds;
  std::cout << std::setprecision(3) << "import (liaison CLI, fork to exit): " << import.seconds
            << " s, peak RSS " << std::setprecision(1) << import.peak_rss_mib << " MiB (anonymous "
            << import.peak_anon_mib << " MiB); " << line_starting(import.log, "read ") << "; "
            << count_lines_starting(import.log, "warning") << " warning lines (import.log)\n"
            << std::flush;

  const std::vector<std::string> export_argv{cli,        "--db",  db.string(), "export",
                                             "--format", "vcard", "-o",        exported.string()};
  const ChildRun exporting = run_child(export_argv, dir / "export.log");
  require(exporting, export_argv);
  const std::size_t exported_cards = count_cards(exported);
  const double export_rate = static_cast<double>(exported_cards) / exporting.seconds;
  std::cout << std::setprecision(3) << "export (liaison CLI, fork to exit): " << exported_cards
            << " cards, " << exporting.seconds << " s, peak RSS " << std::setprecision(1)
            << exporting.peak_rss_mib << " MiB (anonymous " << exporting.peak_anon_mib << " MiB), "
            << mib(static_cast<double>(fs::file_size(exported))) << " MiB written\n";

  const double reader_ratio = reader_rate / anchor_rate;
  const double import_ratio = import_rate / anchor_rate;
  const auto row = [](const char* figure, const std::string& value, const std::string& target) {
    std::cout << "  " << std::left << std::setw(34) << figure << std::right << std::setw(12)
              << value << "   " << target << '\n';
  };
  const auto fixed = [](double value, int digits) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(digits) << value;
    return text.str();
  };
  std::cout << "\n== summary: " << options.cards << " cards, seed " << options.seed << " ==\n";
  row("cards", std::to_string(options.cards), "");
  row("file MiB", fixed(mib(static_cast<double>(generated.bytes)), 1), "");
  row("reader cards/s", fixed(reader_rate, 0), "");
  row("vobject cards/s", fixed(anchor_rate, 0), "(the anchor)");
  row("reader / vobject", fixed(reader_ratio, 1),
      std::string(">= 50: ") + verdict(reader_ratio >= target_reader_ratio));
  row("import cards/s (process included)", fixed(import_rate, 0), "");
  row("import / vobject", fixed(import_ratio, 2),
      std::string(">= 10: ") + verdict(import_ratio >= target_import_ratio));
  row("import peak RSS MiB", fixed(import.peak_rss_mib, 1), "flat in N: compare sizes");
  row("import peak anonymous MiB", fixed(import.peak_anon_mib, 1), "(RSS less mapped files)");
  row("export cards/s (process included)", fixed(export_rate, 0), "");
  row("export peak RSS MiB", fixed(exporting.peak_rss_mib, 1), "flat in N: compare sizes");
  row("export peak anonymous MiB", fixed(exporting.peak_anon_mib, 1), "(RSS less mapped files)");
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  try {
    options = parse_options(argc, argv);
  } catch (const UsageError& error) {
    std::cerr << "vcard_bench: " << error.message << '\n' << usage_text;
    return 2;
  }
  try {
    return run(options);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "vcard_bench: " << error.what() << '\n';
    return 1;
  } catch (const liaison::vcard::ReadError& error) {
    std::cout.flush();
    std::cerr << "vcard_bench: reader: line " << error.remark.line << ": " << error.remark.message
              << '\n';
    return 1;
  }
}
