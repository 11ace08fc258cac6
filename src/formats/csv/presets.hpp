// The tables the layout detection reads: the headers other programs write
// (one presets_*.cpp per program) and the synonyms that name a column when
// no program's header does (synonyms.cpp). Data only; layout.cpp decides.
//
// Conventions every table keeps, so that the row mapper can rely on them:
//  - e-mail columns carry group 1, 2, 3, ... (the layout's first, second
//    and third e-mail);
//  - a phone, website or social profile column carries group 0 when it
//    stands alone with a fixed label ("Business Phone" = phone/0/"work"),
//    and group n when a label column of group n goes with it (Google);
//  - an address's parts share a group: 1 "work", 2 "home", 3 "other"
//    where a program exports several, n for Google's "Address n", and 0
//    (no label) for the single address of native, Palm and synonym files,
//    whose country column (group 0, no label) is the record's country.
#ifndef LIAISON_SRC_FORMATS_CSV_PRESETS_HPP
#define LIAISON_SRC_FORMATS_CSV_PRESETS_HPP

#include "formats/csv/fields.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace detail {

/// A ColumnTarget a constexpr table can hold.
struct Target {
  constexpr Target(Field field_ = Field::none, unsigned group_ = 0, std::string_view label_ = {})
      : field(field_), group(group_), label(label_) {}

  Field field;
  unsigned group;
  std::string_view label;

  ColumnTarget column_target() const { return {field, group, std::string(label)}; }
};

/// One header name a program writes and what it means.
struct Column {
  std::string_view name;
  Target target;
};

/// One locale's header names for a preset, parallel to Preset::columns:
/// names[i] is the local name of columns[i], "" where the locale has none.
/// A name may repeat (French Thunderbird writes "Ville" for both cities):
/// its n-th occurrence in a header means its n-th column here.
struct LocaleNames {
  std::string_view locale;
  std::span<const std::string_view> names;
};

/// A program's export. Names are compared folded (text::fold: case,
/// accents, punctuation and spacing do not count, Cyrillic reads as
/// Latin), except for a preset with exact_names (native), whose names are
/// compared as written, ASCII case aside.
struct Preset {
  std::string_view name;
  /// The English header in the program's own order: the order a headerless
  /// file of this program has, and the order export_columns() writes.
  std::span<const Column> columns;
  /// Other English names for the same columns (other versions of the
  /// program), and columns only some versions write.
  std::span<const Column> aliases = {};
  std::span<const LocaleNames> locales = {};
  /// Columns numbered without end ("E-mail 7 - Value"): the target of a
  /// header name, or nullopt. Null for presets without such columns.
  std::optional<Target> (*numbered)(std::string_view name) = nullptr;
  bool exact_names = false;
};

const Preset& native_preset();
const Preset& google_preset();
const Preset& outlook_preset();
const Preset& thunderbird_preset();
const Preset& yahoo_preset();
const Preset& linkedin_preset();
const Preset& palm_preset();
const Preset& wab_preset();
const Preset& roundcube_preset();

/// Thunderbird's older column order, with "Screen Name" last instead of
/// seventh: indexes into thunderbird_preset().columns.
std::span<const std::size_t> thunderbird_legacy_order();

/// The Google header an export writes (names only; targets come from the
/// preset), and the Outlook one.
std::span<const std::string_view> google_export_names();
std::span<const std::string_view> outlook_export_names();

/// A header name that means a field whatever program wrote it: "E-mail",
/// "Prezime", "Телефон". Matched whole, folded and without spaces.
struct Synonym {
  std::string_view name;
  Target target;
};
std::span<const Synonym> synonyms();

/// A word that qualifies a contact point in a header ("Home" in "Home
/// Phone", "posao" in "Adresa (posao)") and the label it gives.
struct Qualifier {
  std::string_view word;
  std::string_view label;
};
std::span<const Qualifier> qualifiers();

}  // namespace detail
}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
