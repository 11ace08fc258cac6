// The words of a fold()ed text: folding leaves single spaces between them,
// so every part of dedup/ splits text the same way, here.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// The words of `folded`, as views into it; runs of spaces count as one.
inline std::vector<std::string_view> split_words(std::string_view folded) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < folded.size();) {
    if (folded[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t end = std::min(folded.find(' ', i), folded.size());
    words.push_back(folded.substr(i, end - i));
    i = end;
  }
  return words;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
