// liaison import FILE: reads contacts from a vCard or CSV file (or a
// liaison document) into the directory and reports what it did.
#include "commands.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

namespace liaison_cli {
namespace {

struct ImportCommandOptions {
  std::string file;
  std::string format;  // empty: from the extension, else from the first bytes
  std::string charset;
  std::string encoding;
  std::string preset;
  std::string map;
  std::string date_order;  // empty: as the file's dates show, else day first
  bool skip_bad = false;
  bool dry_run = false;
  std::string on_match;  // empty: not given, so list
};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The format a file is in: its extension says, else its first bytes do
// (a vCard begins with BEGIN:VCARD, possibly after a BOM or blank lines;
// a UTF-16 one has zero bytes between the letters). Anything else whose
// first line has a delimiter in it is read as CSV: Outlook and Excel save
// their "Unicode text" and "Text (tab delimited)" lists as .txt.
std::string detect_format(const std::string& file) {
  const std::string name = lower(file);
  if (ends_with(name, ".vcf") || ends_with(name, ".vcard")) return "vcard";
  if (ends_with(name, ".json")) return "json";
  if (ends_with(name, ".csv") || ends_with(name, ".tsv") || ends_with(name, ".tab")) {
    return "csv";
  }
  std::ifstream in(file, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  head.erase(std::remove(head.begin(), head.end(), '\0'), head.end());
  if (lower(head).find("begin:vcard") != std::string::npos) return "vcard";
  const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF\xFE\xFF");
  if (first == std::string::npos) return "";
  if (head[first] == '{') return "json";
  const std::string first_line = head.substr(first, head.find_first_of("\r\n", first) - first);
  if (first_line.find_first_of(",;\t|") != std::string::npos) return "csv";
  return "";
}

// "importing: 1200 rows, 35%" on one line of the terminal, rewritten in place.
std::function<void(std::size_t, std::uint64_t, std::uint64_t)> progress_printer(const char* unit) {
  return [unit](std::size_t done, std::uint64_t bytes, std::uint64_t total) {
    std::cerr << "\rimporting: " << done << ' ' << unit;
    if (total > 0) std::cerr << ", " << (bytes * 100 / total) << "%";
    std::cerr << std::flush;
  };
}

// Imports the file in its format, printing remarks as they come.
template <class PrintRemarks>
liaison::ImportReport run_format(const std::string& format, const ImportCommandOptions& options,
                                 liaison::OnMatch on_match, liaison::Directory& directory,
                                 PrintRemarks& print_remarks) {
  liaison::ImportReport report;
  if (format == "json") {
    liaison::ImportOptions import_options;
    import_options.skip_bad = options.skip_bad;
    import_options.dry_run = options.dry_run;
    print_remarks(import_options);
    report = liaison::load_document(directory, options.file, import_options);
  } else if (format == "csv") {
    liaison::CsvImportOptions import_options;
    import_options.skip_bad = options.skip_bad;
    import_options.dry_run = options.dry_run;
    import_options.on_match = on_match;
    import_options.encoding = options.encoding;
    import_options.preset = options.preset;
    import_options.map = options.map;
    if (!options.date_order.empty()) {
      import_options.date_order = options.date_order == "mdy" ? liaison::DateOrder::month_day_year
                                                              : liaison::DateOrder::day_month_year;
    }
    print_remarks(import_options);
    if (progress_wanted()) import_options.progress = progress_printer("rows");
    report = liaison::import_csv(directory, options.file, import_options);
    if (import_options.progress) std::cerr << '\n';
  } else {
    liaison::VCardImportOptions import_options;
    import_options.skip_bad = options.skip_bad;
    import_options.dry_run = options.dry_run;
    import_options.on_match = on_match;
    import_options.charset = options.charset;
    print_remarks(import_options);
    if (progress_wanted()) import_options.progress = progress_printer("cards");
    report = liaison::import_vcard(directory, options.file, import_options);
    if (import_options.progress) std::cerr << '\n';
  }
  return report;
}

void run_import(const Context& context, const ImportCommandOptions& options) {
  std::string format = options.format.empty() ? detect_format(options.file) : options.format;
  if (format.empty()) {
    throw liaison::Error(
        liaison::errc::invalid_argument,
        "cannot tell the format of '" + options.file +
            "' from its name or its first bytes: give --format vcard, csv or json");
  }
  if (!options.charset.empty() && format != "vcard") {
    throw liaison::Error(liaison::errc::invalid_argument,
                         "--charset applies to vCard files (CSV files take --encoding)");
  }
  bool csv_only = !options.encoding.empty() || !options.preset.empty() || !options.map.empty();
  if (csv_only && format != "csv") {
    throw liaison::Error(liaison::errc::invalid_argument,
                         "--encoding, --preset and --map apply to CSV files only");
  }
  // A JSON document is liaison's own, keyed by uid: it restores, it does not match.
  if (!options.on_match.empty() && format == "json") {
    throw liaison::Error(liaison::errc::invalid_argument,
                         "--on-match applies to vCard and CSV files only");
  }
  const liaison::OnMatch on_match = options.on_match.empty()
                                        ? liaison::OnMatch::list
                                        : *liaison::on_match_from_string(options.on_match);
  // A dry run is opened for writing too: the library tries the writes
  // inside a transaction it then rolls back.
  liaison::Directory directory = open_directory(context, Access::write);
  liaison::ImportReport report;
  // Without --json, remarks are printed as they come: a big file's report
  // then holds only their counts.
  RemarkPrinter remarks(progress_wanted());
  auto print_remarks = [&](liaison::ImportOptions& import_options) {
    if (!context.json) remarks.attach(import_options);
  };
  try {
    report = run_format(format, options, on_match, directory, print_remarks);
  } catch (const liaison::Error& error) {
    // Whoever meets a refused record first wants to know that the rest was
    // not imported either, and how to import it.
    if (error.code() != liaison::errc::parse_error || options.skip_bad) throw;
    throw liaison::Error(error.code(),
                         std::string(error.what()) +
                             "\nnothing was imported: an import is all or nothing, unless "
                             "--skip-bad, which leaves out what cannot be stored and reports it");
  }
  remarks.flush();
  print_report(context.json, report, options.dry_run);
}

}  // namespace

void register_import_command(CLI::App& app, const Context& context, Action& action) {
  auto options = std::make_shared<ImportCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "import",
      "Import contacts from a vCard file (2.1, 3.0, 4.0; any charset) or a CSV file (Google, "
      "Outlook, Thunderbird, Yahoo, LinkedIn, spreadsheets, liaison's own); importing it "
      "again updates in place");
  command->add_option("FILE", options->file, "The file to import")->required();
  command
      ->add_option("--format", options->format,
                   "vcard, csv or json (default: from the file's extension, else its first "
                   "bytes: a vCard, a JSON document, or CSV when its first line has a delimiter)")
      ->check(CLI::IsMember({"vcard", "json", "csv"}));
  command->add_option("--charset", options->charset,
                      "Charset of 8-bit text without a CHARSET parameter (windows-1250, "
                      "windows-1251, ISO-8859-2, ...); default: UTF-8 when valid, else guessed");
  command->add_option("--encoding", options->encoding,
                      "CSV: the file's encoding (windows-1250, windows-1252, windows-1251, "
                      "UTF-16LE, ...); default: detected");
  command
      ->add_option("--preset", options->preset,
                   "CSV: the layout, instead of recognising it from the header")
      ->check(CLI::IsMember({"native", "google", "outlook", "thunderbird", "yahoo", "linkedin",
                             "roundcube", "palm", "wab", "synonyms"}));
  command->add_option("--map", options->map,
                      "CSV: COLUMN=field,... maps columns to fields (given_name, family_name, "
                      "email, phone, organization, title, ...; see the README)");
  command
      ->add_option("--date-order", options->date_order,
                   "CSV: dmy (03/04/1975 is 3 April) or mdy (4 March); default: as the "
                   "file's own dates show (12/25/1975 is month first), else dmy")
      ->check(CLI::IsMember({"dmy", "mdy"}));
  command->add_flag("--skip-bad", options->skip_bad,
                    "Skip records that cannot be stored, and report each, instead of failing");
  command->add_flag("--dry-run", options->dry_run, "Report what would happen, write nothing");
  command
      ->add_option("--on-match", options->on_match,
                   "A new person that looks like a stored one: list it (default), merge it "
                   "into the stored one, skip it, or do not look (off); vCard and CSV")
      ->check(CLI::IsMember({"list", "merge", "skip", "off"}));
  command->callback([&context, &action, options] {
    action = [&context, options] { run_import(context, *options); };
  });
}

}  // namespace liaison_cli
