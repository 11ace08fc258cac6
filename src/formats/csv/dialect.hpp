// The delimiter of a CSV file: named by an Excel "sep=" line, or guessed
// from how the candidates fall in the first records.
#ifndef LIAISON_SRC_FORMATS_CSV_DIALECT_HPP
#define LIAISON_SRC_FORMATS_CSV_DIALECT_HPP

#include <cstddef>
#include <optional>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {

/// The delimiters detect_delimiter chooses among, in the order ties go.
inline constexpr std::string_view kDelimiterCandidates = ",;\t|";

/// How many non-blank records detect_delimiter looks at.
inline constexpr std::size_t kDelimiterSampleRecords = 50;

/// The delimiter an Excel "sep=" line names, or nullopt when `line` (one
/// physical line, without its line end) is not one. "sep=" is matched in
/// any case, the line may be quoted ("\"sep=;\""), and writers that pad
/// every line to the column count may follow it with more delimiters
/// ("sep=;;;;"). The delimiter may be any ASCII character but a letter, a
/// digit, a space or a double quote.
std::optional<char> parse_sep_line(std::string_view line) noexcept;

/// Guesses the delimiter of CSV text (UTF-8, from the start of the file,
/// after any "sep=" line) among , ; TAB and |. Each candidate splits the
/// first kDelimiterSampleRecords non-blank records as the reader would,
/// quotes included, and counts its occurrences outside quotes in each. The
/// winner has the most records with the same, non-zero count (the modal
/// count); ties go to the one present in more records, then to the larger
/// modal count, then to the order of kDelimiterCandidates. So note lines
/// before the header (LinkedIn), blank lines (csvkit) and a delimiter that
/// also occurs in some values do not decide; text where no candidate
/// occurs is one column, read with ','. A record cut by the end of `text`
/// is counted as far as it goes.
char detect_delimiter(std::string_view text) noexcept;

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
