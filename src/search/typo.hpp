// The arithmetic of typo tolerance: how far apart two folded words are, and
// the one-letter deletions that let the index find words one typo away
// without comparing the query with every word it holds (symmetric deletion).
#ifndef LIAISON_SRC_SEARCH_TYPO_HPP
#define LIAISON_SRC_SEARCH_TYPO_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace search {

/// Words shorter than this (in code points) get no typo tolerance.
constexpr std::size_t min_typo_word_length = 5;

/// How many edits a word of this many code points may be away from a
/// match: 0 below min_typo_word_length, 1 up to 7, 2 from 8.
std::size_t typo_budget(std::string_view folded_word);

/// Optimal string alignment distance (insertions, deletions, substitutions
/// and transpositions of adjacent letters) between two UTF-8 words,
/// counted in code points. Stops early: returns limit + 1 for anything
/// farther than `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// Every distinct word made by deleting one code point from `word`, in
/// order of the deleted position; a one-letter word gives the empty string.
std::vector<std::string> deletion_variants(std::string_view word);

}  // namespace search
}  // namespace v1
}  // namespace liaison

#endif
