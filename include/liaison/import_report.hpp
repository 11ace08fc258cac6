// liaison: what an import did, record by record.
#ifndef LIAISON_IMPORT_REPORT_HPP
#define LIAISON_IMPORT_REPORT_HPP

#include <liaison/dedup.hpp>
#include <liaison/record.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
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

/// What an import did about a new record that looks like a stored one.
enum class MatchAction {
  listed,   ///< imported as a record of its own, and listed here for a person to decide
  merged,   ///< imported and merged into the stored record (OnMatch::merge); undo with unmerge()
  skipped,  ///< not imported (OnMatch::skip)
};
/// "listed", "merged", "skipped".
const char* to_string(MatchAction action) noexcept;

/// A new record of the file that may be a stored person (persons only).
struct ImportMatch {
  std::size_t line = 0;
  std::string record;     ///< the record as the file names it
  RecordId incoming = 0;  ///< the new record's id; 0 when skipped
  RecordId existing = 0;  ///< the stored record it looks like
  double score = 0;
  MatchDecision decision = MatchDecision::possible;
  MatchAction action = MatchAction::listed;
  std::int64_t merge_id = 0;  ///< for MatchAction::merged
};

/// Counts and remarks of one import. Warnings are values kept as raw text;
/// errors are records that were skipped (only with skip-bad).
struct ImportReport {
  /// The rows, cards or document items (and entries) of the file read.
  std::size_t read = 0;
  /// The records the import created and changed: for CSV and vCard, the
  /// organizations and affiliations a row or card names count too, so that
  /// `created` may well exceed `read`.
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t skipped = 0;  ///< bad records skipped, and duplicates with OnMatch::skip
  std::vector<Diagnostic> diagnostics;
  /// New persons and organizations that look like stored ones, in file
  /// order; for each, at most its three best matches (find_duplicates, or
  /// `liaison dedup`, lists every pair), so that a list full of namesakes
  /// does not fill memory with them.
  std::vector<ImportMatch> matches;
  /// Remarks handed to ImportOptions::on_diagnostic and on_found_match
  /// instead of being kept in the lists above.
  std::size_t warnings_passed_on = 0;
  std::size_t errors_passed_on = 0;
  std::size_t matches_passed_on = 0;

  /// Kept and passed on.
  std::size_t warning_count() const noexcept;
  std::size_t error_count() const noexcept;
  std::size_t match_count() const noexcept;
};

/// How an import treats a bad record (one with no name, e-mail or phone,
/// or one the file's structure breaks).
/// What an import does with a new person that scores as a duplicate of a
/// stored one. A record the same source imported before (same external
/// key), or with the same uid, is always updated, never matched.
enum class OnMatch {
  list,   ///< import it, and list it (and possible duplicates) in ImportReport::matches
  merge,  ///< merge it into the stored record when in the duplicate band; list possible ones
  skip,   ///< leave it out when in the duplicate band, counted as skipped; list possible ones
  off,    ///< do not look for duplicates (faster bulk loads)
};
std::optional<OnMatch> on_match_from_string(std::string_view text) noexcept;

struct ImportOptions {
  bool skip_bad = false;  ///< false: the whole import fails and nothing is stored
  bool dry_run = false;   ///< report what would happen; write nothing
  std::string source;     ///< provenance name; defaults to the file's name
  OnMatch on_match = OnMatch::list;
  /// When set, each diagnostic goes here as the import makes it instead of
  /// into ImportReport::diagnostics, which then only counts it: a report
  /// that does not grow with the file (the CLI prints remarks this way).
  /// The remarks of an import that fails have been passed on all the
  /// same; an exception thrown here ends the import, which rolls back.
  std::function<void(const Diagnostic&)> on_diagnostic;
  /// The same for ImportReport::matches.
  std::function<void(const ImportMatch&)> on_found_match;
};

}  // namespace v1
}  // namespace liaison

#endif
