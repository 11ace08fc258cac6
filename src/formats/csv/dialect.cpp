#include "formats/csv/dialect.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

char lower_ascii(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// How one candidate falls in the sample.
struct Tally {
  std::size_t modal_count = 0;  // the most frequent non-zero count per record
  std::size_t modal_records = 0;
  std::size_t records_with = 0;  // records where it occurs at all
};

Tally tally(std::string_view text, char delimiter) {
  enum class Phase { field_start, unquoted, quoted, after_quote };
  std::array<std::size_t, kDelimiterSampleRecords> counts{};
  std::size_t records = 0;
  std::size_t count = 0;
  bool blank = true;
  Phase phase = Phase::field_start;
  auto end_record = [&] {
    if (!blank) counts[records++] = count;
    count = 0;
    blank = true;
    phase = Phase::field_start;
  };
  for (std::size_t i = 0; i < text.size() && records < counts.size(); ++i) {
    const char c = text[i];
    switch (phase) {
      case Phase::field_start:
        if (c == delimiter) {
          ++count;
          blank = false;
        } else if (c == '"') {
          phase = Phase::quoted;
          blank = false;
        } else if (c == '\r' || c == '\n') {
          end_record();
        } else if (c != ' ' && c != '\t') {
          phase = Phase::unquoted;
          blank = false;
        }
        break;
      case Phase::unquoted:
        if (c == delimiter) {
          ++count;
          phase = Phase::field_start;
        } else if (c == '\r' || c == '\n') {
          end_record();
        }
        break;
      case Phase::quoted:
        if (c == '"') phase = Phase::after_quote;
        break;
      case Phase::after_quote:
        if (c == '"') {
          phase = Phase::quoted;
        } else if (c == delimiter) {
          ++count;
          phase = Phase::field_start;
        } else if (c == '\r' || c == '\n') {
          end_record();
        } else if (c != ' ' && c != '\t') {
          phase = Phase::unquoted;
        }
        break;
    }
  }
  if (records < counts.size() && !blank) counts[records++] = count;

  Tally result;
  for (std::size_t i = 0; i < records; ++i) {
    if (counts[i] == 0) continue;
    ++result.records_with;
    const auto same = static_cast<std::size_t>(std::count(
        counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(records), counts[i]));
    if (same > result.modal_records ||
        (same == result.modal_records && counts[i] > result.modal_count)) {
      result.modal_records = same;
      result.modal_count = counts[i];
    }
  }
  return result;
}

}  // namespace

std::optional<char> parse_sep_line(std::string_view line) noexcept {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (!line.empty() && line.front() == '"') line.remove_prefix(1);
  constexpr std::string_view kSep = "sep=";
  if (line.size() <= kSep.size()) return std::nullopt;
  for (std::size_t i = 0; i < kSep.size(); ++i) {
    if (lower_ascii(line[i]) != kSep[i]) return std::nullopt;
  }
  const char delimiter = line[kSep.size()];
  if (static_cast<unsigned char>(delimiter) >= 0x80 || delimiter == '"' || delimiter == ' ' ||
      delimiter == '\r' || delimiter == '\n' || delimiter == '\0' || is_alnum(delimiter)) {
    return std::nullopt;
  }
  std::string_view rest = line.substr(kSep.size() + 1);
  if (!rest.empty() && rest.front() == '"') rest.remove_prefix(1);
  for (const char c : rest) {
    if (c != delimiter && c != ' ') return std::nullopt;
  }
  return delimiter;
}

char detect_delimiter(std::string_view text) noexcept {
  char best = kDelimiterCandidates.front();
  Tally best_tally;
  for (const char candidate : kDelimiterCandidates) {
    const Tally t = tally(text, candidate);
    const bool better =
        t.modal_records > best_tally.modal_records ||
        (t.modal_records == best_tally.modal_records &&
         (t.records_with > best_tally.records_with ||
          (t.records_with == best_tally.records_with && t.modal_count > best_tally.modal_count)));
    if (better) {
      best = candidate;
      best_tally = t;
    }
  }
  return best;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
