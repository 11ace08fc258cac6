// Organization names reduced to what identifies them, so that spelling
// variants, legal forms and acronyms meet.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// The comparable core of a fold()ed organization name: spelling variants
/// unified (organisation -> organization, co operation -> cooperation,
/// centre -> center, programme -> program, defence -> defense, ...),
/// legal-form words dropped (ltd, llc, gmbh, d o o, doo, sh p k, shpk,
/// a d, ad, inc, plc, s a, sa, ag, ...), and joining words dropped (the,
/// of, for, and, in, on, a, an, de, des, du, la, le, za, i, na, u, e, te,
/// und, fur, der, die, das, ...). Words separated by single spaces.
std::string org_name_core(std::string_view folded_name);

/// The acronyms a fold()ed full name may be known by: the initials of its
/// significant words (joining words left out, and also kept: "organization
/// for security and co operation in europe" -> "osce"; hyphen-split words
/// count once and twice). Empty when the name has fewer than two words.
std::vector<std::string> acronyms_of(std::string_view folded_name);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
