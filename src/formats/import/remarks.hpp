// Where an import's remarks go: into its report, or, when the caller asked
// for them as they come (ImportOptions::on_diagnostic, on_found_match), to
// the caller, with only their count kept, so that the report of a file of a
// million rows does not hold a million remarks.
#ifndef LIAISON_SRC_FORMATS_IMPORT_REMARKS_HPP
#define LIAISON_SRC_FORMATS_IMPORT_REMARKS_HPP

#include <liaison/import_report.hpp>

#include <utility>

namespace liaison {
inline namespace v1 {
namespace formats {

inline void note(ImportReport& report, const ImportOptions& options, Diagnostic diagnostic) {
  if (!options.on_diagnostic) {
    report.diagnostics.push_back(std::move(diagnostic));
    return;
  }
  if (diagnostic.severity == Diagnostic::Severity::error) {
    ++report.errors_passed_on;
  } else {
    ++report.warnings_passed_on;
  }
  options.on_diagnostic(diagnostic);
}

inline void note(ImportReport& report, const ImportOptions& options, ImportMatch match) {
  if (!options.on_found_match) {
    report.matches.push_back(std::move(match));
    return;
  }
  ++report.matches_passed_on;
  options.on_found_match(match);
}

}  // namespace formats
}  // namespace v1
}  // namespace liaison

#endif
