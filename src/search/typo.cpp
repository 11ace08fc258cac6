#include "search/typo.hpp"

#include <algorithm>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace search {

namespace {

bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte length of the code point that starts at `s[i]`. Folded words are
// valid UTF-8; should one not be, a stray byte counts as a letter of its
// own rather than swallowing its neighbours.
std::size_t unit_length(std::string_view s, std::size_t i) noexcept {
  const auto lead = static_cast<unsigned char>(s[i]);
  const std::size_t expected = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  std::size_t len = 1;
  while (len < expected && i + len < s.size() && is_continuation(s[i + len])) ++len;
  return len;
}

std::size_t count_code_points(std::string_view s) noexcept {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); i += unit_length(s, i)) ++count;
  return count;
}

// The letters of `s`, each as the bytes that spell it, so that two letters
// compare equal exactly when their encodings do.
std::vector<std::string_view> letters(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = unit_length(s, i);
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

std::size_t typo_budget(std::string_view folded_word) {
  const std::size_t length = count_code_points(folded_word);
  if (length < min_typo_word_length) return 0;
  return length < 8 ? 1 : 2;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a == b) return 0;
  const std::vector<std::string_view> x = letters(a);
  const std::vector<std::string_view> y = letters(b);
  const std::size_t m = x.size();
  const std::size_t n = y.size();
  // No distance exceeds the longer length; capping the limit there keeps
  // limit + 1 from overflowing when a caller passes SIZE_MAX.
  limit = std::min(limit, std::max(m, n));
  if ((m > n ? m - n : n - m) > limit) return limit + 1;

  // Three rows of the optimal string alignment table: the one before last
  // is what a transposition of two adjacent letters reads.
  std::vector<std::size_t> before(n + 1);
  std::vector<std::size_t> previous(n + 1);
  std::vector<std::size_t> row(n + 1);
  for (std::size_t j = 0; j <= n; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= m; ++i) {
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= n; ++j) {
      const std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        d = std::min(d, before[j - 2] + 1);
      }
      row[j] = d;
      row_min = std::min(row_min, d);
    }
    // A row's minimum never falls in the rows below it (a transposition
    // costs no less than the substitution it replaces), so once every cell
    // is past the limit the answer is too.
    if (row_min > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return std::min(previous[n], limit + 1);
}

std::vector<std::string> deletion_variants(std::string_view word) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t len = unit_length(word, i);
    std::string variant;
    variant.reserve(word.size() - len);
    variant.append(word.substr(0, i)).append(word.substr(i + len));
    // Only deleting letters of one run ("nn" in "anna") gives equal words,
    // and those come one after the other.
    if (out.empty() || out.back() != variant) out.push_back(std::move(variant));
    i += len;
  }
  return out;
}

}  // namespace search
}  // namespace v1
}  // namespace liaison
