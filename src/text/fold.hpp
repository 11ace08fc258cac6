// The one place where text is folded for matching. Search, duplicate
// detection and the country table all compare fold() keys, so a change here
// changes what matches everywhere (and invalidates stored keys).
#pragma once

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

/// The matching key of `utf8`: NFKC, full case folding, diacritics of the
/// Latin, Greek and Cyrillic scripts removed, letters that decomposition
/// misses spelled out (đ -> dj, ł -> l, ß -> ss, æ -> ae, ø -> o, œ -> oe,
/// þ -> th, ı -> i), and Cyrillic written in Serbian/Macedonian Latin
/// (Ђорђе -> djordje, Ѓорѓи -> gjorgji, Џ -> dz, like dž) so both scripts
/// give the same key: ICU's Cyrillic-Latin, with rules of our own for the
/// letters it writes with a mark that folding would drop (Љ -> L̂, not lj).
/// Every run of characters that are not letters, digits or marks becomes
/// one space, with none at either end; digits of any script become ASCII
/// digits. Invalid UTF-8 bytes are read as U+FFFD, which then folds to a
/// space. Pure ASCII input never reaches ICU. Thread-safe.
/// Throws std::length_error for input of 2 GiB or more.
std::string fold(std::string_view utf8);

/// `utf8` in NFC with every run of Unicode white space turned into one
/// ASCII space and none at either end; nothing else changes, so "čitati"
/// and "citati" stay apart. Invalid UTF-8 bytes become U+FFFD. Thread-safe.
/// Throws std::length_error for input of 2 GiB or more.
std::string fold_exact(std::string_view utf8);

}  // namespace text
}  // namespace v1
}  // namespace liaison
