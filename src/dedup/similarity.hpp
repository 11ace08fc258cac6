// String similarity for matching names: the measures record-linkage
// tools use (Febrl, Splink), written here because no Debian package has
// them for UTF-8. Inputs are fold()ed keys; all measures count code points.
#pragma once

#include <cstddef>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// Jaro similarity in [0, 1]: 1 for equal strings, 0 when either is empty
/// (two empty strings: 1). Transpositions are counted in whole numbers
/// (half the out-of-order matches, rounded down), as Winkler's strcmp95
/// and jellyfish do.
double jaro(std::string_view a, std::string_view b);

/// Jaro-Winkler similarity in [0, 1]: Jaro raised for a common prefix of up
/// to four code points, with the usual scaling factor 0.1 and no boost
/// threshold: jw = j + l * 0.1 * (1 - j) whatever j is.
double jaro_winkler(std::string_view a, std::string_view b);

/// Optimal-string-alignment distance (Damerau-Levenshtein where a swap of
/// two neighbours counts once): insertions, deletions, substitutions and
/// adjacent transpositions. Stops counting past `limit` and returns limit + 1,
/// so comparing long unrelated strings stays cheap.
std::size_t edit_distance(std::string_view a, std::string_view b,
                          std::size_t limit = static_cast<std::size_t>(-1));

/// 1 - edit_distance / the longer length, in [0, 1].
double edit_similarity(std::string_view a, std::string_view b);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
