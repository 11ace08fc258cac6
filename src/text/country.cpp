#include "text/country.hpp"

#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utypes.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace text {
namespace {

// ICU lists these three among its ISO countries, but ISO 3166-1 only
// reserves them (Diego Garcia, Ceuta and Melilla, Canary Islands).
constexpr std::array<std::string_view, 3> reserved_not_assigned = {"DG", "EA", "IC"};

// Kosovo has no ISO code; XK is the user-assigned code the EU, the IMF and
// CLDR use, and XKX / XKK the alpha-3 forms seen in the wild.
constexpr std::string_view kosovo = "XK";

// English first, then the languages of the Western Balkans and of the
// countries whose contact lists they receive: when two languages give one
// spelling to two different countries, the earlier language wins.
constexpr std::array<const char*, 36> name_languages = {
    "en", "sq", "sr", "sr_Latn", "hr", "bs", "mk", "sl", "de", "fr", "it", "el",
    "tr", "bg", "ro", "hu",      "es", "nl", "pt", "pl", "cs", "sk", "da", "sv",
    "nb", "fi", "et", "lv",      "lt", "ru", "uk", "be", "ar", "fa", "he", "ca"};

// Names people write that CLDR does not list: old official names, short
// forms, constituent countries, endonyms in the local script.
constexpr std::pair<std::string_view, std::string_view> aliases[] = {
    {"Macedonia", "MK"},
    {"Republic of Macedonia", "MK"},
    {"FYROM", "MK"},
    {"former Yugoslav Republic of Macedonia", "MK"},
    {"the former Yugoslav Republic of Macedonia", "MK"},
    {"Republic of North Macedonia", "MK"},
    {"Makedonija", "MK"},
    {"Македонија", "MK"},
    {"Maqedonia", "MK"},
    {"Kosova", "XK"},
    {"Kosovë", "XK"},
    {"Kosovo*", "XK"},
    {"Republic of Kosovo", "XK"},
    {"Republika e Kosovës", "XK"},
    {"UK", "GB"},
    {"U.K.", "GB"},
    {"Britain", "GB"},
    {"Great Britain", "GB"},
    {"England", "GB"},
    {"Scotland", "GB"},
    {"Wales", "GB"},
    {"Northern Ireland", "GB"},
    {"United Kingdom of Great Britain and Northern Ireland", "GB"},
    {"USA", "US"},
    {"U.S.A.", "US"},
    {"U.S.", "US"},
    {"United States of America", "US"},
    {"America", "US"},
    {"Bosnia", "BA"},
    {"BiH", "BA"},
    {"Bosnia-Herzegovina", "BA"},
    {"Bosnia and Herzegovina", "BA"},
    {"Holland", "NL"},
    {"The Netherlands", "NL"},
    {"Czechia", "CZ"},
    {"Czech Republic", "CZ"},
    {"Shqipëria", "AL"},
    {"Shqiperi", "AL"},
    {"Republic of Albania", "AL"},
    {"Crna Gora", "ME"},
    {"Mali i Zi", "ME"},
    {"Црна Гора", "ME"},
    {"Srbija", "RS"},
    {"Србија", "RS"},
    {"Republic of Serbia", "RS"},
    {"Turkey", "TR"},
    {"Türkiye", "TR"},
    {"UAE", "AE"},
    {"Vatican", "VA"},
};

struct country_data {
  std::unordered_map<std::string, std::string> english_by_code;
  std::unordered_map<std::string, std::string> code_by_alpha3;
  std::unordered_map<std::string, std::string> code_by_name_key;
};

std::string to_upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool is_ascii_alpha(std::string_view s) noexcept {
  for (const char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// The name of region `code` in `language`; empty where ICU has none, as it
// then answers with the code itself.
std::string display_name(const std::string& code, const icu::Locale& language) {
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(language, name);
  std::string out = utf8(name);
  return out == code ? std::string() : out;
}

void add_name(country_data& data, std::string_view name, const std::string& code) {
  std::string key = fold(name);
  if (!key.empty()) data.code_by_name_key.emplace(std::move(key), code);
}

// CLDR's alternative names ("Ivory Coast", "Czech Republic", "Bosnia"),
// which getDisplayCountry() never returns. Missing data is not an error:
// the table is only poorer for it.
void add_alternative_names(country_data& data, const char* language) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-region", language, &status);
  if (U_FAILURE(status)) {
    ures_close(bundle);
    return;
  }
  for (const char* table_key : {"Countries%variant", "Countries%short"}) {
    UErrorCode table_status = U_ZERO_ERROR;
    UResourceBundle* table = ures_getByKey(bundle, table_key, nullptr, &table_status);
    while (U_SUCCESS(table_status) && ures_hasNext(table)) {
      UErrorCode entry_status = U_ZERO_ERROR;
      const char* code = nullptr;
      std::int32_t length = 0;
      const UChar* name = ures_getNextString(table, &length, &code, &entry_status);
      if (U_FAILURE(entry_status) || code == nullptr) continue;
      const std::string code_string(code);
      if (data.english_by_code.count(code_string) == 0) continue;  // "UN", "EU"
      add_name(data, utf8(icu::UnicodeString(name, length)), code_string);
    }
    ures_close(table);
  }
  ures_close(bundle);
}

country_data build() {
  country_data data;
  const icu::Locale english("en");
  for (const char* const* p = uloc_getISOCountries(); *p != nullptr; ++p) {
    const std::string_view code(*p);
    bool reserved = false;
    for (const std::string_view r : reserved_not_assigned) reserved = reserved || r == code;
    if (!reserved) data.english_by_code.emplace(code, std::string());
  }
  data.english_by_code.emplace(kosovo, std::string());

  for (auto& [code, english_name] : data.english_by_code) {
    english_name = display_name(code, english);
    if (english_name.empty()) english_name = code;
    const std::string locale_id = "_" + code;
    const std::string_view alpha3 = uloc_getISO3Country(locale_id.c_str());
    if (alpha3.size() == 3) data.code_by_alpha3.emplace(alpha3, code);
  }
  data.code_by_alpha3.emplace("XKX", kosovo);
  data.code_by_alpha3.emplace("XKK", kosovo);

  for (const auto& [name, code] : aliases) add_name(data, name, std::string(code));
  for (const char* language : name_languages) {
    const icu::Locale locale(language);
    for (const auto& entry : data.english_by_code) {
      const std::string name = display_name(entry.first, locale);
      if (!name.empty()) add_name(data, name, entry.first);
    }
    add_alternative_names(data, language);
  }
  return data;
}

// Built on first use; C++ guarantees the initialisation runs once even when
// threads race, and the table is only read afterwards.
const country_data& data() {
  static const country_data table = build();
  return table;
}

}  // namespace

std::optional<std::string> country_code(std::string_view text) {
  const std::string trimmed = trim(text);
  // No country name comes near this; longer text is not worth folding.
  constexpr std::size_t longest_plausible_name = 200;
  if (trimmed.empty() || trimmed.size() > longest_plausible_name) return std::nullopt;
  const country_data& d = data();
  if (trimmed.size() == 2 && is_ascii_alpha(trimmed)) {
    std::string code = to_upper_ascii(trimmed);
    if (d.english_by_code.count(code) != 0) return code;
  }
  if (trimmed.size() == 3 && is_ascii_alpha(trimmed)) {
    const auto it = d.code_by_alpha3.find(to_upper_ascii(trimmed));
    if (it != d.code_by_alpha3.end()) return it->second;
  }
  const auto it = d.code_by_name_key.find(fold(trimmed));
  if (it != d.code_by_name_key.end()) return it->second;
  return std::nullopt;
}

bool is_country_code(std::string_view code) {
  if (code.size() != 2) return false;
  for (const char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return data().english_by_code.count(std::string(code)) != 0;
}

std::string country_name(std::string_view code) {
  if (code.size() != 2 || !is_ascii_alpha(code)) return {};
  const auto& names = data().english_by_code;
  const auto it = names.find(to_upper_ascii(code));
  return it == names.end() ? std::string() : it->second;
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
