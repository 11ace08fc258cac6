#include "formats/vcard/version_forms.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

bool is_binary_property(std::string_view name) {
  return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

// The media types of the TYPE values 2.1 and 3.0 cards give inline data.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> media_types = {{
    {"JPEG", "image/jpeg"},
    {"JPG", "image/jpeg"},
    {"PNG", "image/png"},
    {"GIF", "image/gif"},
    {"BMP", "image/bmp"},
    {"TIFF", "image/tiff"},
    {"WEBP", "image/webp"},
    {"HEIC", "image/heic"},
    {"WAVE", "audio/wav"},
    {"WAV", "audio/wav"},
    {"MP3", "audio/mpeg"},
    {"OGG", "audio/ogg"},
    {"PGP", "application/pgp-keys"},
    {"X509", "application/pkix-cert"},
}};

std::string media_type_of(std::string_view type) {
  for (const auto& [name, media] : media_types) {
    if (text::equals_ignoring_ascii_case(name, type)) return std::string(media);
  }
  if (type.find('/') != std::string_view::npos) return text::to_lower_ascii(type);
  return {};
}

std::string type_of(std::string_view media_type) {
  for (const auto& [name, media] : media_types) {
    if (text::equals_ignoring_ascii_case(media, media_type)) return std::string(name);
  }
  const std::size_t slash = media_type.find('/');
  std::string subtype(slash == std::string_view::npos ? media_type : media_type.substr(slash + 1));
  for (char& c : subtype) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return subtype;
}

bool is_base64_encoding(std::string_view value) {
  return text::equals_ignoring_ascii_case(value, "b") ||
         text::equals_ignoring_ascii_case(value, "BASE64");
}

void erase_parameters(Property& property, std::string_view name) {
  auto& parameters = property.parameters;
  parameters.erase(std::remove_if(parameters.begin(), parameters.end(),
                                  [&](const Parameter& p) {
                                    return text::equals_ignoring_ascii_case(p.name, name);
                                  }),
                   parameters.end());
}

std::string without_blanks(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out.push_back(c);
  }
  return out;
}

// The upper-cased TYPE values of an ADR or LABEL, to pair them.
std::set<std::string> types_of(const Property& property) {
  std::set<std::string> types;
  for (const std::string& type : property.parameter("TYPE")) {
    std::string upper(type);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    if (upper != "PREF") types.insert(upper);
  }
  return types;
}

// A URI (a data: URI, a photo's URL, a geo: URI) is no text, but some
// writers escape it as text ("data:image/png\;base64\,iVBOR...",
// "http\://", "geo:46.77\,-71.28"; Radicale, Gmail): read without those
// backslashes, or the media type, the address and the numbers keep them.
std::string without_text_escapes(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size() &&
        (value[i + 1] == ';' || value[i + 1] == ',' || value[i + 1] == ':' ||
         value[i + 1] == '\\')) {
      ++i;
    }
    out.push_back(value[i]);
  }
  return out;
}

// Takes 2.1's and 3.0's media types out of TYPE (TYPE=PNG, which 4.0
// says otherwise) and returns the first as a media type ("image/png");
// the other TYPE values (work, home) stay.
std::string take_media_type(Property& property) {
  std::vector<std::string> types = property.parameter("TYPE");
  std::string media;
  types.erase(std::remove_if(types.begin(), types.end(),
                             [&](const std::string& type) {
                               const std::string of = media_type_of(type);
                               if (of.empty()) return false;
                               if (media.empty()) media = of;
                               return true;
                             }),
              types.end());
  erase_parameters(property, "TYPE");
  if (!types.empty()) property.parameters.push_back(Parameter{"TYPE", types});
  return media;
}

}  // namespace

void adapt_binary_to_version(Property& property, std::string_view version) {
  if (!is_binary_property(property.name)) return;
  if (text::starts_with_ignoring_ascii_case(property.value, "data:")) {
    property.value = without_text_escapes(property.value);
  }
  const std::vector<std::string> encodings = property.parameter("ENCODING");
  const bool inline_base64 =
      std::any_of(encodings.begin(), encodings.end(), [](const std::string& e) {
        return is_base64_encoding(e);
      });
  if (version == "4.0" && inline_base64) {
    std::string media;
    for (const std::string& type : property.parameter("TYPE")) {
      if (!(media = media_type_of(type)).empty()) break;
    }
    if (media.empty()) media = "application/octet-stream";
    erase_parameters(property, "ENCODING");
    erase_parameters(property, "TYPE");
    erase_parameters(property, "VALUE");
    property.value = "data:" + media + ";base64," + without_blanks(property.value);
    return;
  }
  constexpr std::string_view data = "data:";
  if (version == "4.0" && text::starts_with_ignoring_ascii_case(property.value, data)) {
    take_media_type(property);  // 3.0's TYPE=PNG: the URI names the media type
    return;
  }
  if (version == "3.0" && text::starts_with_ignoring_ascii_case(property.value, data)) {
    const std::size_t comma = property.value.find(',');
    const std::size_t marker = property.value.find(";base64");
    if (comma == std::string::npos || marker == std::string::npos || marker > comma) return;
    const std::string media = property.value.substr(data.size(), marker - data.size());
    erase_parameters(property, "VALUE");
    erase_parameters(property, "MEDIATYPE");
    property.parameters.push_back(Parameter{"ENCODING", {"b"}});
    if (!media.empty()) {
      erase_parameters(property, "TYPE");  // the URI's media type says it, once
      property.parameters.push_back(Parameter{"TYPE", {type_of(media)}});
    }
    property.value.erase(0, comma + 1);
    return;
  }
  if (version == "3.0" && inline_base64) {
    erase_parameters(property, "ENCODING");
    property.parameters.push_back(Parameter{"ENCODING", {"b"}});
    return;
  }
  // A photo by reference: 2.1 says VALUE=URL, 3.0 VALUE=uri, 4.0 nothing (a
  // URI is its default) and names the media type MEDIATYPE, not TYPE=GIF.
  const std::vector<std::string> values = property.parameter("VALUE");
  const bool by_reference = std::any_of(values.begin(), values.end(), [](const std::string& v) {
    return text::equals_ignoring_ascii_case(v, "URL") || text::equals_ignoring_ascii_case(v, "uri");
  });
  if (!by_reference) return;
  property.value = without_text_escapes(property.value);
  erase_parameters(property, "VALUE");
  if (version == "3.0") {
    property.parameters.push_back(Parameter{"VALUE", {"uri"}});
    return;
  }
  const std::string media = take_media_type(property);
  if (!media.empty() && property.parameter("MEDIATYPE").empty()) {
    property.parameters.push_back(Parameter{"MEDIATYPE", {media}});
  }
}

namespace {

// "46.772673" or "-71.282945": a decimal number, as GEO's coordinates are.
bool is_coordinate(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  bool digit = false;
  bool point = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digit;
}

}  // namespace

void adapt_geo_to_version(Property& property, std::string_view version) {
  if (!text::equals_ignoring_ascii_case(property.name, "GEO")) return;
  const std::string value = without_text_escapes(property.value);
  const bool uri = text::starts_with_ignoring_ascii_case(value, "geo:");
  if (uri && version == "4.0") {  // the version's form, but perhaps escaped
    property.value = value;
    return;
  }
  std::string_view pair = value;
  if (uri) {
    pair.remove_prefix(4);
    pair = pair.substr(0, pair.find(';'));  // ";u=35" and other URI parameters
  }
  const std::size_t separator = pair.find_first_of(uri ? "," : ";,");
  if (separator == std::string_view::npos) return;
  const std::string latitude = text::trim(pair.substr(0, separator));
  std::string longitude = text::trim(pair.substr(separator + 1));
  if (uri) longitude = longitude.substr(0, longitude.find(','));  // an altitude 3.0 has no room for
  if (!is_coordinate(latitude) || !is_coordinate(longitude)) return;
  property.value =
      version == "4.0" ? "geo:" + latitude + "," + longitude : latitude + ";" + longitude;
  erase_parameters(property, "VALUE");
}

void move_labels_into_addresses(Card& card) {
  std::vector<Property>& properties = card.properties;
  std::vector<std::size_t> addresses;
  for (std::size_t i = 0; i < properties.size(); ++i) {
    if (properties[i].name == "ADR") addresses.push_back(i);
  }
  std::vector<bool> labelled(properties.size(), false);
  std::vector<bool> moved(properties.size(), false);
  for (std::size_t i = 0; i < properties.size(); ++i) {
    const Property& label = properties[i];
    if (label.name != "LABEL") continue;
    const std::set<std::string> types = types_of(label);
    std::optional<std::size_t> target;
    for (std::size_t a : addresses) {
      if (!labelled[a] && types_of(properties[a]) == types) {
        target = a;
        break;
      }
    }
    if (!target && addresses.size() == 1 && !labelled[addresses.front()]) target = addresses.front();
    if (!target) continue;
    properties[*target].parameters.push_back(
        Parameter{"LABEL", {unescape_text(label.value, "4.0")}});
    labelled[*target] = true;
    moved[i] = true;
  }
  std::vector<Property> kept;
  for (std::size_t i = 0; i < properties.size(); ++i) {
    if (!moved[i]) kept.push_back(std::move(properties[i]));
  }
  properties = std::move(kept);
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
