// Telephone numbers: a cheap shape check and E.164 normalisation.
#pragma once

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

/// True when `text` looks like a phone number as people write it: an
/// optional "tel:" prefix, then at least 3 digits with only spaces and
/// + ( ) - . / between them ('+' only before the first digit), optionally
/// followed by an extension: "ext", "ext.", "x", "#" or ";ext=" and digits.
/// Letters anywhere else, vanity numbers included, make it false. Says
/// nothing about whether the number exists; see to_e164() for that.
bool is_plausible_phone_text(std::string_view text);

/// The E.164 form of `text` ("+35544500388"), or "" when it is not a
/// plausible phone text, libphonenumber cannot parse it, or the number has
/// an impossible length for its country. National forms are read as numbers
/// of `default_region` (ISO alpha-2, any case); an empty or unknown region
/// accepts only international forms, "+" or "00". Numbers are not checked
/// against the allocated ranges, which age faster than the data does.
/// Extensions are dropped. Thread-safe.
std::string to_e164(std::string_view text, std::string_view default_region);

}  // namespace text
}  // namespace v1
}  // namespace liaison
