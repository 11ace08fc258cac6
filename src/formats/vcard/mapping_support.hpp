// What the two directions of the vCard mapping share: liaison's own
// properties for fields vCard has no property for, and small text helpers.
#ifndef LIAISON_SRC_FORMATS_VCARD_MAPPING_SUPPORT_HPP
#define LIAISON_SRC_FORMATS_VCARD_MAPPING_SUPPORT_HPP

#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace mapping {

// Liaison's own properties, for the fields vCard has no property for; an
// export and a re-import keep them.
inline constexpr const char* x_country = "X-LIAISON-COUNTRY";
inline constexpr const char* x_organization_kind = "X-LIAISON-ORGANIZATION-KIND";
inline constexpr const char* x_identifier = "X-LIAISON-IDENTIFIER";
inline constexpr const char* x_alternative_name = "X-LIAISON-ALTERNATIVE-NAME";
inline constexpr const char* x_lawful_basis = "X-LIAISON-LAWFUL-BASIS";
inline constexpr const char* x_consent_date = "X-LIAISON-CONSENT-DATE";
inline constexpr const char* x_consent_source = "X-LIAISON-CONSENT-SOURCE";
inline constexpr const char* x_retention_review = "X-LIAISON-RETENTION-REVIEW";
inline constexpr const char* x_raw = "X-LIAISON-RAW";
// A parameter that marks which liaison field a standard property carries:
// NICKNAME;X-LIAISON-FIELD=acronym, URL;X-LIAISON-FIELD=website.
inline constexpr const char* field_marker = "X-LIAISON-FIELD";

inline std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out.append(separator);
    out.append(part);
  }
  return out;
}

inline std::string trimmed(std::string_view text) { return text::trim(text); }

// "Mr., Dr." or "home, work": the values between commas, trimmed, the
// empty ones left out (N's lists, a label made of several types).
inline std::vector<std::string> comma_separated(std::string_view text) {
  std::vector<std::string> values;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string value = text::trim(text.substr(start, comma - start));
    if (!value.empty()) values.push_back(std::move(value));
    start = comma + 1;
  }
  return values;
}

// The TEL types of RFC 2426 and 6350 that are no kind of liaison's (work,
// home, mobile, fax): a phone of one of them is of the kind "other", the
// type its label, and an export writes the type back.
inline bool is_other_phone_type(std::string_view type) {
  for (std::string_view other :
       {"pager", "car", "video", "isdn", "modem", "bbs", "pcs", "textphone"}) {
    if (text::equals_ignoring_ascii_case(type, other)) return true;
  }
  return false;
}

}  // namespace mapping
}  // namespace vcard
}  // namespace v1
}  // namespace liaison

#endif
