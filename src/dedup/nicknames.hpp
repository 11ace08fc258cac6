// Given names that name the same person: "Bill" and "William", "Saša" and
// "Aleksandar", "Jovan" and "John".
#pragma once

#include <string_view>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// Whether two fold()ed given names are nicknames, diminutives or
/// cross-language forms of each other (but not equal). Symmetric. The
/// table covers common English forms and the languages of the Western
/// Balkans (Serbian, Croatian, Bosnian, Albanian, Macedonian), German,
/// French, Italian and Spanish forms met among international officers.
bool are_nicknames(std::string_view a, std::string_view b);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
