// A phonetic key for blocking: names that sound alike get the same key, so
// that a typo in the first letters still finds its twin.
#pragma once

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// The phonetic key of one fold()ed word (ASCII letters after folding and
/// transliteration; other characters are ignored): a key in the spirit of
/// NYSIIS/Metaphone tuned for the names of the region and of Febrl --
/// vowels after the first letter dropped, doubled letters merged, and
/// equivalent spellings unified (c/k/q, ph/f, w/v, z/s, dj/gj/dz, cs/ts/c,
/// sh/s, ch/c, th/t, y/i, ck/k, gh/g, "ić"/"ic"/"ich"/"itch"...). At most 6
/// characters. Empty for an empty word.
///
/// The key is lower-case ASCII: the first sound (a leading vowel as "a",
/// so Emir meets Amir), then consonant classes. All of c, k, q, ch, cs, cz,
/// ts, tz and tch are one class "k" (č and ć fold to c); dj, gj, dz, xh and
/// a plain d are one class "d", so Djordje, Dordje, Dorde and Gjorgje
/// share "drd". A j or consonantal y is kept only at the start (Jovanović,
/// Yovanovich); inside a word it is a glide (Maja/Maya, Bojan/Boyan). An h
/// that no digraph takes is silent after the first letter (Neuhaus,
/// Mohammed/Mohamed), and so is kh (Mikhail/Mihail). Names that differ only
/// in their vowels (Marko, Mirko) share a key: it is for blocking, and the
/// comparators tell them apart.
std::string phonetic_key(std::string_view folded_word);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
