// Properties liaison does not map, as ExtraFields and back: the name with
// its group, and the rest of the content line as a 4.0 writer writes it.
#include "formats/vcard/content_line.hpp"
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/writer.hpp"

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace vcard {

ExtraField extra_from_property(const Property& property) {
  ExtraField extra;
  extra.format = "vcard";
  extra.name = property.group.empty() ? property.name : property.group + "." + property.name;
  Property bare = property;
  bare.group.clear();
  // The line as a 4.0 writer writes it (transfer parameters dropped: the
  // value is UTF-8 now), without the name, which is kept apart.
  const std::string line = format_property(bare, "4.0");
  extra.value = line.substr(bare.name.size());
  return extra;
}

namespace {

// RFC 6350's names of groups, properties and parameters: letters, digits, '-'.
bool is_name(std::string_view text) noexcept {
  if (text.empty()) return false;
  for (const char c : text) {
    const bool ascii_alnum =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!ascii_alnum && c != '-') return false;
  }
  return true;
}

bool has_valid_names(const Property& property) noexcept {
  if (!is_name(property.name)) return false;
  if (!property.group.empty() && !is_name(property.group)) return false;
  for (const Parameter& parameter : property.parameters) {
    if (!is_name(parameter.name)) return false;
  }
  return true;
}

}  // namespace

Property property_from_extra(const ExtraField& extra) {
  const std::string line = extra.name + extra.value;
  Property property;
  std::string_view value;
  if (parse_content_line(line, true, property, value) == ContentLineStatus::ok &&
      has_valid_names(property)) {
    property.value = std::string(value);
    return property;
  }
  // Stored text that no longer parses (edited by hand through the JSON
  // API), or whose names no reader would take (bytes of a broken file
  // read as U+FFFD: "g\uFFFDroup.X-ATTR"), still goes out, as an X-
  // property holding it.
  property = Property();
  property.name = "X-LIAISON-EXTRA";
  property.value = escape_text(line);
  return property;
}
}  // namespace vcard
}  // namespace v1
}  // namespace liaison
