// Files without a header: what a cell looks like (which also tells a data
// row from a header), the shapes of the exports that write no header
// (Palm Desktop, Thunderbird's column order), and the layout inferred from
// the values when no shape fits.
#ifndef LIAISON_SRC_FORMATS_CSV_HEADERLESS_HPP
#define LIAISON_SRC_FORMATS_CSV_HEADERLESS_HPP

#include "formats/csv/layout.hpp"
#include "formats/csv/presets.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {

/// What a cell holds, by its look alone.
enum class ValueKind {
  empty,
  email,   ///< one "@" between a local part and a domain, no spaces
  phone,   ///< 6 to 20 digits with + ( ) - . / and spaces, not a date
  url,     ///< http://, https://, www.
  number,  ///< digits, maybe with . , -: a postal code, a year, a count
  date,    ///< 2016-08-31, 31.08.2016, 08/31/2016
  text,
};
ValueKind value_kind(std::string_view cell);

/// Whether a cell could only be data, never a header name.
bool is_data_value(std::string_view cell);

using Rows = std::vector<const std::vector<std::string>*>;

/// "column 1", "column 2", ...
std::string column_name(std::size_t index);

/// A headerless layout in a preset's column order: `order` indexes the
/// preset's columns (all of them when empty); columns past it are unmapped.
Layout positional_layout(const Preset& preset, std::span<const std::size_t> order,
                         std::size_t width);

/// Palm Desktop's or Thunderbird's layout when the rows have their shape
/// (e-mail addresses where that export writes them), else nullopt.
std::optional<Layout> known_shape(const Rows& rows, std::size_t width);

/// Thunderbird's layout for rows known to be Thunderbird's: the current
/// order, or the older one when the seventh column holds phone numbers.
Layout thunderbird_layout(const Rows& rows, std::size_t width);

/// The layout the values suggest ("inferred"): e-mail, phone and web
/// columns by their values; a column that is "A B" of two others as the
/// full name with A the given and B the family name; else a single
/// remaining text column as the full name.
Layout inferred_layout(const Rows& rows, std::size_t width);

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
