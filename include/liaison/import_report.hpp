// liaison: what an import did, record by record.
#ifndef LIAISON_IMPORT_REPORT_HPP
#define LIAISON_IMPORT_REPORT_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {

/// One remark about one place in an input file.
struct Diagnostic {
  enum class Severity { warning, error };
  Severity severity = Severity::warning;
  std::string file;
  std::size_t line = 0;  ///< 1-based; 0 when the remark is about the whole file
  std::string record;    ///< which record: a name, a key or "item 3"
  std::string field;     ///< the field concerned, or empty
  std::string message;

  /// "file:line: record: field: message", leaving out the parts that are empty.
  std::string to_string() const;
};

/// Counts and remarks of one import. Warnings are values kept as raw text;
/// errors are records that were skipped (only with skip-bad).
struct ImportReport {
  std::size_t read = 0;
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t skipped = 0;
  std::vector<Diagnostic> diagnostics;

  std::size_t warning_count() const noexcept;
  std::size_t error_count() const noexcept;
};

/// How an import treats a bad record (one with no name, e-mail or phone,
/// or one the file's structure breaks).
struct ImportOptions {
  bool skip_bad = false;  ///< false: the whole import fails and nothing is stored
  bool dry_run = false;   ///< report what would happen; write nothing
  std::string source;     ///< provenance name; defaults to the file's name
};

}  // namespace v1
}  // namespace liaison

#endif
