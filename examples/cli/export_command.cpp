// liaison export --format vcard|csv: writes the whole directory as vCards
// or CSV rows, to a file (replaced only once the export is complete) or to
// stdout.
#include "commands.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iostream>
#include <memory>
#include <string>

namespace liaison_cli {
namespace {

struct ExportCommandOptions {
  std::string format = "vcard";
  std::string version = "4.0";
  std::string output = "-";
  bool no_fold = false;
  std::string preset = "native";
  bool excel = false;
};

std::function<void(std::size_t, std::size_t)> progress_printer() {
  return [](std::size_t done, std::size_t total) {
    std::cerr << "\rexporting: " << done << " of " << total << " records"
              << (done == total ? "\n" : "") << std::flush;
  };
}

std::size_t export_csv(const liaison::Directory& directory, const ExportCommandOptions& options) {
  liaison::CsvExportOptions export_options;
  export_options.preset = options.preset;
  export_options.excel = options.excel;
  if (progress_wanted()) export_options.progress = progress_printer();
  if (options.output == "-") return liaison::export_csv(directory, std::cout, export_options);
  return liaison::export_csv_file(directory, options.output, export_options);
}

void run_export(const Context& context, const ExportCommandOptions& options) {
  liaison::Directory directory = open_directory(context, Access::read);
  std::size_t written = 0;
  const bool csv = options.format == "csv";
  if (csv) {
    written = export_csv(directory, options);
  } else {
    liaison::VCardExportOptions export_options;
    export_options.version = options.version;
    export_options.fold = !options.no_fold;
    if (progress_wanted()) export_options.progress = progress_printer();
    if (options.output == "-") {
      written = liaison::export_vcard(directory, std::cout, export_options);
    } else {
      written = liaison::export_vcard_file(directory, options.output, export_options);
    }
  }
  // The records are the output on stdout; the count is a remark.
  if (options.output != "-") {
    if (context.json) {
      print_json(Json{{"written", written}, {"file", options.output}});
    } else {
      const char* unit =
          csv ? (written == 1 ? " row" : " rows") : (written == 1 ? " card" : " cards");
      std::cout << "wrote " << written << unit << " to " << options.output << '\n';
    }
  }
}

}  // namespace

void register_export_command(CLI::App& app, const Context& context, Action& action) {
  auto options = std::make_shared<ExportCommandOptions>();
  CLI::App* command = app.add_subcommand("export",
                                         "Export every organization and person as vCards, or every "
                                         "person as a CSV row");
  command->add_option("--format", options->format, "vcard or csv")
      ->check(CLI::IsMember({"vcard", "csv"}))
      ->capture_default_str();
  command
      ->add_option("--preset", options->preset,
                   "CSV: native (read back without loss), google or outlook")
      ->check(CLI::IsMember({"native", "google", "outlook"}))
      ->capture_default_str();
  command->add_flag("--excel", options->excel,
                    "CSV: a byte order mark and ';' between fields, for Excel in a European "
                    "locale, and an apostrophe before cells Excel would run as formulas");
  command->add_option("--vcard-version", options->version, "3.0 or 4.0")
      ->check(CLI::IsMember({"3.0", "4.0"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "The file to write, or - for stdout")
      ->capture_default_str();
  command->add_flag("--no-fold", options->no_fold, "Write each property on one line");
  command->callback([&context, &action, options] {
    action = [&context, options] { run_export(context, *options); };
  });
}

}  // namespace liaison_cli
