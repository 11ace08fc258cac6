#include "dedup/similarity.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

namespace {

// The scorer compares millions of pairs of short keys: those must not touch
// the heap. Names and organization names fit in this many code points;
// longer input falls back to a vector.
constexpr std::size_t inline_capacity = 64;

// Room for `n` elements, on the stack while `n` is small. Uninitialized:
// every algorithm below writes a cell before it reads it.
template <class T>
class small_buffer {
 public:
  explicit small_buffer(std::size_t n) {
    if (n > inline_capacity) heap_.resize(n);
    data_ = n > inline_capacity ? heap_.data() : local_.data();
  }
  small_buffer(const small_buffer&) = delete;
  small_buffer& operator=(const small_buffer&) = delete;

  T* data() noexcept { return data_; }
  T& operator[](std::size_t i) noexcept { return data_[i]; }

 private:
  std::array<T, inline_capacity> local_;
  std::vector<T> heap_;
  T* data_ = nullptr;
};

bool is_ascii(std::string_view s) noexcept {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A byte that starts no well-formed sequence stands for itself, mapped into
// the surrogate range so that it equals no decoded code point.
constexpr char32_t stray(unsigned char byte) noexcept { return 0xDC00 + byte; }

// Decodes the code point at s[i] and moves i past it. Folded keys are valid
// UTF-8; should one not be, each bad byte counts as one letter of its own
// rather than swallowing its neighbours.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if (lead >= 0xC2 && lead < 0xE0) {
    len = 2, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead < 0xF0) {
    len = 3, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead < 0xF5) {
    len = 4, cp = lead & 0x07;
  } else {
    ++i;
    return stray(lead);
  }
  if (s.size() - i < len) {
    ++i;
    return stray(lead);
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto byte = static_cast<unsigned char>(s[i + k]);
    if ((byte & 0xC0) != 0x80) {
      ++i;
      return stray(lead);
    }
    cp = (cp << 6) | (byte & 0x3F);
  }
  i += len;
  return cp;
}

// Writes the code points of `s` to `out` (room for s.size()) and returns
// how many there are.
std::size_t decode(std::string_view s, char32_t* out) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) out[n++] = next_code_point(s, i);
  return n;
}

// Calls f(a, m, b, n) on the letters of both strings: the bytes themselves
// when both are ASCII, which after folding is nearly always, else decoded
// code points.
template <class F>
auto on_code_points(std::string_view a, std::string_view b, F&& f) {
  if (is_ascii(a) && is_ascii(b)) return f(a.data(), a.size(), b.data(), b.size());
  small_buffer<char32_t> x(a.size());
  small_buffer<char32_t> y(b.size());
  const std::size_t m = decode(a, x.data());
  const std::size_t n = decode(b, y.data());
  return f(static_cast<const char32_t*>(x.data()), m, static_cast<const char32_t*>(y.data()), n);
}

template <class T>
double jaro_of(const T* a, std::size_t m, const T* b, std::size_t n) {
  if (m == 0 && n == 0) return 1.0;
  if (m == 0 || n == 0) return 0.0;
  const std::size_t longer = std::max(m, n);
  const std::size_t window = longer / 2 > 0 ? longer / 2 - 1 : 0;
  small_buffer<unsigned char> a_matched(m);
  small_buffer<unsigned char> b_matched(n);
  std::fill_n(a_matched.data(), m, 0);
  std::fill_n(b_matched.data(), n, 0);

  std::size_t matches = 0;
  for (std::size_t i = 0; i < m; ++i) {
    const std::size_t lo = i > window ? i - window : 0;
    const std::size_t hi = std::min(n, i + window + 1);
    for (std::size_t j = lo; j < hi; ++j) {
      if (!b_matched[j] && a[i] == b[j]) {
        a_matched[i] = b_matched[j] = 1;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;

  // Matched letters that appear in a different order; half of them are
  // transpositions, counted in whole numbers as Winkler and jellyfish do.
  std::size_t out_of_order = 0;
  for (std::size_t i = 0, j = 0; i < m; ++i) {
    if (!a_matched[i]) continue;
    while (!b_matched[j]) ++j;
    if (a[i] != b[j]) ++out_of_order;
    ++j;
  }
  const double c = static_cast<double>(matches);
  const double t = static_cast<double>(out_of_order / 2);
  return (c / static_cast<double>(m) + c / static_cast<double>(n) + (c - t) / c) / 3.0;
}

template <class T>
double jaro_winkler_of(const T* a, std::size_t m, const T* b, std::size_t n) {
  const double j = jaro_of(a, m, b, n);
  const std::size_t max_prefix = std::min({m, n, std::size_t{4}});
  std::size_t prefix = 0;
  while (prefix < max_prefix && a[prefix] == b[prefix]) ++prefix;
  return j + static_cast<double>(prefix) * 0.1 * (1.0 - j);
}

template <class T>
std::size_t osa_of(const T* a, std::size_t m, const T* b, std::size_t n, std::size_t limit) {
  // Columns run over the shorter string, so the rows are as short as can be.
  if (n > m) {
    std::swap(a, b);
    std::swap(m, n);
  }
  // No distance exceeds the longer length; capping the limit there keeps
  // limit + 1 from overflowing when a caller passes SIZE_MAX.
  limit = std::min(limit, m);
  if (m - n > limit) return limit + 1;
  if (n == 0) return m;
  const std::size_t past = limit + 1;

  // Three rows of the table (the one before last is what a transposition
  // reads), each filled only within `limit` of the diagonal: a cell farther
  // out costs more than the limit anyway. The cells just outside the band
  // are set to `past` so that the next row reads a bound, not garbage.
  small_buffer<std::size_t> r0(n + 1);
  small_buffer<std::size_t> r1(n + 1);
  small_buffer<std::size_t> r2(n + 1);
  std::size_t* before = r0.data();
  std::size_t* previous = r1.data();
  std::size_t* row = r2.data();
  for (std::size_t j = 0; j <= n; ++j) previous[j] = j <= limit ? j : past;
  std::fill_n(before, n + 1, past);

  for (std::size_t i = 1; i <= m; ++i) {
    const std::size_t lo = i > limit ? i - limit : 1;
    const std::size_t hi = std::min(n, i + limit);
    row[0] = i <= limit ? i : past;
    if (lo > 1) row[lo - 1] = past;
    std::size_t row_min = lo > 1 ? past : row[0];
    for (std::size_t j = lo; j <= hi; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d = std::min(d, before[j - 2] + 1);
      }
      row[j] = std::min(d, past);
      row_min = std::min(row_min, row[j]);
    }
    if (hi < n) row[hi + 1] = past;
    // A row's minimum never falls in the rows below it (a transposition
    // costs no less than the substitution it replaces), so once every cell
    // is past the limit the answer is too.
    if (row_min > limit) return past;
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[n];
}

}  // namespace

double jaro(std::string_view a, std::string_view b) {
  return on_code_points(
      a, b, [](auto x, std::size_t m, auto y, std::size_t n) { return jaro_of(x, m, y, n); });
}

double jaro_winkler(std::string_view a, std::string_view b) {
  return on_code_points(a, b, [](auto x, std::size_t m, auto y, std::size_t n) {
    return jaro_winkler_of(x, m, y, n);
  });
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a == b) return 0;
  return on_code_points(a, b, [limit](auto x, std::size_t m, auto y, std::size_t n) {
    return osa_of(x, m, y, n, limit);
  });
}

double edit_similarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  return on_code_points(a, b, [](auto x, std::size_t m, auto y, std::size_t n) {
    const std::size_t longer = std::max(m, n);
    if (longer == 0) return 1.0;
    const std::size_t d = osa_of(x, m, y, n, longer);
    return 1.0 - static_cast<double>(d) / static_cast<double>(longer);
  });
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
