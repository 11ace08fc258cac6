// Country codes and names: everything the directory stores as a country is
// an upper-case ISO 3166-1 alpha-2 code, or XK for Kosovo.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

/// The upper-case ISO 3166-1 alpha-2 code that `text` names, or nullopt.
/// `text` may be an alpha-2 code in any case ("al", "DE"), XK for Kosovo,
/// an alpha-3 code ("ALB", "xkx"), or a country name in English or in one of
/// the languages of the region and its neighbours, in either script, as
/// ICU's locale data spells it, plus common aliases ("FYROM", "UK",
/// "Bosnia", "Kosova", "Holland"). Names are compared by fold(), so case,
/// diacritics, punctuation and script do not matter ("Shqipëri", "Албанија"
/// and "albania" are all AL). Codes ICU knows that ISO 3166-1 does not
/// assign (ZZ, EU, UN, QO, numeric regions, the exceptionally reserved DG,
/// EA, IC) give nullopt. The name table is built on first use; thread-safe.
std::optional<std::string> country_code(std::string_view text);

/// True when `code` is, exactly, one of the upper-case alpha-2 codes that
/// country_code() can return. "al" is false.
bool is_country_code(std::string_view code);

/// The English name of the country with the alpha-2 code `code` (upper or
/// lower case), e.g. "North Macedonia" for "MK"; empty when `code` is not
/// one country_code() can return.
std::string country_name(std::string_view code);

}  // namespace text
}  // namespace v1
}  // namespace liaison
